//! The traveller's nationalities, asked once a stay has a country: each zone's rule depends on
//! them.

use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// Two fields finding a country by its name in the page's language or its code (the page's
/// list of country names suggests them): a nationality, and a second for a dual national. The
/// rule picker's nationality fills in for an empty first field. Shown only while a stay has
/// a country; a nationality that names no country says so, with the closest name.
#[component]
pub(crate) fn Citizenship() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts().zones;
    let shown = move || store.rows.with(|rows| rows.has_countries());
    let typed = move |i: usize| {
        store.nationalities.with(|n| {
            let text = n.get(i).cloned().unwrap_or_default();
            match crate::zones::country(&text) {
                Ok(country) if !text.trim().is_empty() => {
                    country.name(store.lang.get().code()).to_string()
                }
                _ => text,
            }
        })
    };
    let set = move |i: usize, text: String| {
        store.nationalities.update(|n| {
            if n.len() <= i {
                n.resize(i + 1, String::new());
            }
            n[i] = text.trim().to_string();
            while n.last().is_some_and(|t| t.is_empty()) {
                n.pop();
            }
        })
    };
    let problem = move || {
        let texts = store.texts();
        store
            .citizens
            .with(|c| c.as_ref().err().map(|e| (texts.error)(e)))
    };
    let needed = move || {
        store
            .citizens
            .with(|c| c.as_ref().is_ok_and(|c| c.is_empty()))
    };
    // The rule picker's nationality, shown in an empty first field.
    let picker = move |i: usize| {
        let code = store.nationality.get();
        match crate::zones::country(&code) {
            Ok(country) if i == 0 && !code.is_empty() => country.name(store.lang.get().code()),
            _ => "",
        }
    };
    let field = move |i: usize| {
        let label = move || {
            if i == 0 {
                texts().first
            } else {
                texts().second
            }
        };
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="text"
                    list="country-names"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=format!("nationality-{i}")
                    aria-describedby="citizenship-hint"
                    placeholder=move || picker(i)
                    prop:value=move || typed(i)
                    on:change:target=move |ev| set(i, ev.target().value())
                />
            </label>
        }
    };
    view! {
        <section
            class="card citizenship"
            aria-labelledby="citizenship-heading"
            hidden=move || !shown()
        >
                <h2 id="citizenship-heading">{move || texts().heading}</h2>
                <div class="field-row">{field(0)} {field(1)}</div>
                <p class="hint" id="citizenship-hint">{move || texts().hint}</p>
                <p class="note" role="status" data-testid="nationality-needed" hidden=move || !needed()>
                    {move || texts().needed}
                </p>
                <p class="problem" role="alert" data-testid="nationality-problem">{problem}</p>
        </section>
    }
}
