//! Whose trips: asked once; then the person shown, a switch to anyone else kept in this
//! browser, and a way to add someone.

use crate::web::browser;
use crate::web::keys::PEOPLE_KEY;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{People, Saved};
use leptos::prelude::*;

/// The people card. Until answered it asks whose trips these are (a name, or "just me"); then
/// it offers to add a person, and once there is a name, a choice of person. Switching
/// keeps the shown person's trips under their name and shows the other's. Hidden while a
/// shared link is shown (those trips are not anyone's here yet).
#[component]
pub(crate) fn Travellers() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let people = store.people;
    let typed = RwSignal::new(String::new());
    let keep = move || browser::store(PEOPLE_KEY, &people.with_untracked(People::encode));
    let name_shown = move |name: String| {
        people.update(|p| p.name_current(&name));
        typed.set(String::new());
        keep();
    };
    let switch = move |index: usize| {
        let shown = store.saved_untracked().encode(true);
        let mut next = None;
        people.update(|p| next = p.switch_to(index, shown));
        if let Some(text) = next {
            let saved = Saved::read(&text)
                .map(|(saved, _)| saved)
                .unwrap_or_default();
            // The language and the check date are the page's, not the person's.
            store.load(Saved {
                lang: Some(store.chosen.get_untracked()),
                on: store.on.get_untracked(),
                ..saved
            });
            store.notice.set(Vec::new());
        }
        keep();
    };
    let add = move || {
        let name = typed.get_untracked();
        if name.trim().is_empty() {
            return;
        }
        let shown = store.saved_untracked();
        people.update(|p| p.add(&name, shown.encode(true), store.texts_untracked().me));
        store.load(People::empty_state(&shown));
        store.notice.set(Vec::new());
        typed.set(String::new());
        keep();
    };
    let asked = move || people.with(|p| p.asked);
    let named = move || people.with(|p| !p.current.is_empty() || !p.others.is_empty());
    // One form: first the answer to "whose trips?", then a person to add. Parts are hidden
    // rather than swapped (each `<Show>` adds to the wasm).
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if people.with_untracked(|p| p.asked) {
            add();
        } else {
            name_shown(typed.get_untracked());
        }
    };
    let options = move || {
        let me = texts().me;
        people.with(|p| {
            let shown = if p.current.is_empty() {
                me.to_string()
            } else {
                p.current.clone()
            };
            std::iter::once((String::new(), shown))
                .chain(
                    p.others
                        .iter()
                        .enumerate()
                        .map(|(i, (name, _))| (i.to_string(), name.clone())),
                )
                .map(|(value, name)| view! { <option value=value>{name}</option> })
                .collect_view()
        })
    };
    view! {
        <section
            class="card people"
            aria-labelledby="people-heading"
            data-testid="people"
            hidden=move || store.shared.get()
        >
            <h2 id="people-heading">{move || texts().whose_trips}</h2>
            <p class="hint" hidden=asked>{move || texts().people_hint}</p>
            <form class="field-row" on:submit=submit>
                <select
                    data-testid="person-select"
                    aria-label=move || texts().whose_trips
                    hidden=move || !named()
                    on:change:target=move |ev| {
                        if let Ok(index) = ev.target().value().parse::<usize>() {
                            switch(index);
                        }
                    }
                >
                    {options}
                </select>
                <input
                    type="text"
                    data-testid="person-name"
                    maxlength="40"
                    autocomplete="off"
                    aria-label=move || texts().person_name
                    placeholder=move || texts().person_name
                    prop:value=move || typed.get()
                    on:input:target=move |ev| typed.set(ev.target().value())
                />
                <button type="submit" class:secondary=asked data-testid="person-save">
                    {move || if asked() { texts().add_person } else { texts().save_name }}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="person-skip"
                    hidden=asked
                    on:click=move |_| name_shown(String::new())
                >
                    {move || texts().just_me}
                </button>
            </form>
        </section>
    }
}
