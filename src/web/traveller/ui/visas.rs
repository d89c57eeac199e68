//! Short-stay visas, added like stays: FROM, UNTIL, entries and DURATION OF STAY, each with
//! what it allows in plain words, or why it cannot be checked (the row, field and value).

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{typed_date, VisaRow};
use leptos::prelude::*;

/// Which value of a visa row an input sets.
#[derive(Clone, Copy)]
enum Part {
    From,
    Until,
    Entries,
    Days,
}

/// Sets `part` of the visa row `id` to `value`.
fn set(id: u32, part: Part, value: String) {
    let store = use_store();
    store.visas.update(|rows| {
        if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
            match part {
                Part::From => row.from = typed_date(&value),
                Part::Until => row.until = typed_date(&value),
                Part::Entries => row.entries = value,
                Part::Days => row.days = value.trim().to_string(),
            }
        }
    });
}

/// One visa row. Its inputs start with the row's values and then own what is typed.
#[component]
fn VisaItem(id: u32) -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts().visa;
    let row = store
        .visas
        .with_untracked(|rows| rows.iter().find(|r| r.id == id).cloned())
        .unwrap_or_else(VisaRow::blank);
    let number = Memo::new(move |_| {
        store
            .visas
            .with(|rows| rows.iter().position(|r| r.id == id).map_or(0, |i| i + 1))
    });
    // What it allows, or why it cannot be checked.
    let said = move || {
        let texts = texts();
        store.visas.with(|rows| {
            let row = rows.iter().find(|r| r.id == id)?;
            if row.is_blank() {
                return None;
            }
            Some(match row.visa(number.get()) {
                Ok(visa) => (false, (texts.allows)(&visa)),
                Err(error) => (true, (texts.error)(&error)),
            })
        })
    };
    let error = move || said().is_some_and(|(bad, _)| bad);
    let entries = row.entries.clone();
    let date_input = move |part: Part, value: String, label: fn() -> &'static str, testid| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="text"
                    class="date"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=move || store.texts().date_placeholder
                    data-testid=testid
                    prop:value=value
                    on:input:target=move |ev| set(id, part, ev.target().value())
                />
            </label>
        }
    };
    let from_label: fn() -> &'static str = || use_store().texts().visa.from;
    let until_label: fn() -> &'static str = || use_store().texts().visa.until;
    view! {
        <li class="visa-row" data-testid="visa-row" class:unlawful=error>
            <fieldset>
                <legend class="row-number">{move || (texts().label)(number.get())}</legend>
                {date_input(Part::From, row.from.clone(), from_label, "visa-from")}
                {date_input(Part::Until, row.until.clone(), until_label, "visa-until")}
                <label class="field">
                    <span>{move || texts().entries}</span>
                    <select
                        data-testid="visa-entries"
                        on:change:target=move |ev| set(id, Part::Entries, ev.target().value())
                    >
                        <option value="1" selected=entries == "1">{move || texts().one}</option>
                        <option value="2" selected=entries == "2">{move || texts().two}</option>
                        <option value="m" selected=entries == "m">{move || texts().mult}</option>
                        {(!matches!(entries.as_str(), "1" | "2" | "m"))
                            .then(|| view! { <option value=entries.clone() selected=true>{entries.clone()}</option> })}
                    </select>
                </label>
                <label class="field days">
                    <span>{move || texts().days}</span>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        data-testid="visa-days"
                        prop:value=row.days.clone()
                        on:input:target=move |ev| set(id, Part::Days, ev.target().value())
                    />
                </label>
                <button
                    type="button"
                    class="delete"
                    data-testid="visa-delete"
                    aria-label=move || (texts().delete)(number.get())
                    title=move || (texts().delete)(number.get())
                    on:click=move |_| store.visas.update(|rows| rows.retain(|r| r.id != id))
                >
                    "×"
                </button>
            </fieldset>
            <p
                class="visa-says"
                class:row-issue=error
                data-testid="visa-says"
                data-error=move || error().to_string()
                aria-live="polite"
            >
                {move || said().map(|(_, text)| text)}
            </p>
        </li>
    }
}

/// The visas card: the rows, a button to add one, and a word when the rule checks none.
#[component]
pub(crate) fn VisaList() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts().visa;
    let ids = Memo::new(move |_| {
        store
            .visas
            .with(|rows| rows.iter().map(|r| r.id).collect::<Vec<_>>())
    });
    let not_checked = move || {
        store.visas.with(|v| v.iter().any(|r| !r.is_blank()))
            && store
                .papers
                .with(|p| p.as_ref().is_some_and(|p| !p.checked))
    };
    view! {
        <section class="card visas" aria-labelledby="visas-heading" data-testid="visas">
            <h2 id="visas-heading">{move || texts().heading}</h2>
            <p class="hint">{move || texts().hint}</p>
            <ol class="visa-rows">
                <For each=move || ids.get() key=|id| *id let:id>
                    <VisaItem id=id/>
                </For>
            </ol>
            <Show when=not_checked>
                <p class="hint" data-testid="visas-not-checked">{move || texts().not_checked}</p>
            </Show>
            <button
                type="button"
                data-testid="visa-add"
                on:click=move |_| store.visas.update(|rows| rows.push(VisaRow::blank()))
            >
                {move || texts().add}
            </button>
        </section>
    }
}
