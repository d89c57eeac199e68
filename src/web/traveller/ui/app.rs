//! The app: reads the saved or shared state, owns the store, keeps storage and the URL in step,
//! and lays out the page.

use crate::web::browser;
use crate::web::keys::{KEPT_KEY, PEOPLE_KEY, STORAGE_KEY, UNREADABLE_KEY};
use crate::web::lang::Lang;
use crate::web::traveller::ui::answer::Answer;
use crate::web::traveller::ui::later::{Later, Part};
use crate::web::traveller::ui::stay_list::StayList;
use crate::web::traveller::ui::store::{own_state, Store};
use crate::web::traveller::ui::view_tabs::{PageTop, View};
use crate::web::traveller::{open_link, start, Notice, People, Start};
use leptos::prelude::*;

/// The state to start with ([`start`]), from the saved state and a link in the address,
/// which is then cleared; what the start keeps aside is stored at once.
pub(super) fn starting_state() -> Start {
    let stored = browser::stored(STORAGE_KEY);
    let fragment = browser::fragment();
    if fragment.is_some() {
        browser::set_fragment(None);
    }
    let mut start = start(stored.as_deref(), fragment.as_deref());
    for (key, text) in &start.keep {
        browser::store(key, text);
    }
    // An earlier release saved a shared link's state over one's own and kept one's own aside:
    // it stays one click away until the traveller chooses.
    if !start.shared && browser::stored(KEPT_KEY).is_some() {
        start.notices.push(Notice::Shared { backup: true });
    }
    start
}

/// The language the page starts in: the saved or shared one, else the browser's.
pub(super) fn starting_language(start: &Start) -> Lang {
    start
        .saved
        .lang
        .unwrap_or_else(|| Lang::from_browser(&browser::preferred_languages()))
}

/// The whole page, from its starting state and language ([`starting_state`],
/// [`starting_language`]), whose texts are here ([`Lang::ready`]).
#[component]
pub(crate) fn App(start: Start, lang: Lang) -> impl IntoView {
    let Start {
        saved,
        notices,
        mut aside,
        hold,
        shared,
        ..
    } = start;
    let store = Store::new(saved, lang, browser::today());
    store.notice.set(notices);
    store.shared.set(shared);
    store
        .people
        .set(People::read(browser::stored(PEOPLE_KEY).as_deref()));
    provide_context(store);

    // A shared link pasted into the address of the open page is read as one opened anew.
    browser::on_fragment_change(move || {
        let Some(fragment) = browser::fragment() else {
            return;
        };
        browser::set_fragment(None);
        let own = if store.shared.get_untracked() {
            own_state()
        } else {
            Some(store.saved_untracked())
        };
        let mut notices = Vec::new();
        if let Some(mut shared) = open_link(&fragment, own.as_ref(), &mut notices) {
            shared.lang = Some(store.chosen.get_untracked());
            store.load(shared);
            store.shared.set(true);
        }
        store.notice.set(notices);
    });

    // Saves every change. Saved text that could not be read is left as it is until the
    // traveller changes something, then kept aside (storage is freed first: it may be large).
    // A shared link's state is not saved: one's own stays as it was, unless the traveller
    // keeps the shared trips as their own.
    Effect::new(move |first: Option<()>| {
        let text = store.saved().encode(true);
        let shared = store.shared.get();
        if (first.is_none() && hold) || shared {
            return;
        }
        if let Some(unread) = aside.take() {
            browser::forget(STORAGE_KEY);
            browser::store(UNREADABLE_KEY, &unread);
        }
        browser::store(STORAGE_KEY, &text);
        if browser::fragment().is_some() {
            browser::set_fragment(None);
        }
    });
    Effect::new(move |_| {
        let lang = store.lang.get();
        browser::set_language(lang.code(), lang.texts().title);
    });

    let texts = move || store.texts();
    view! {
        <a class="skip" href="#answer">{move || texts().answer_heading}</a>
        <PageTop
            current=View::Traveller
            title=Signal::derive(move || texts().title)
            tagline=Signal::derive(move || texts().tagline)
        />
        <Later part=Part::Notice/>
        <main class="layout">
            <Later part=Part::PrintSummary/>
            <div class="inputs">
                <Later part=Part::Travellers/>
                <Later part=Part::RulePicker/>
                <Later part=Part::CheckDate/>
                <StayList/>
                <Later part=Part::Citizenship/>
                <Later part=Part::Passport/>
                <Later part=Part::Visas/>
                <Later part=Part::PasteBox/>
                <Later part=Part::Toolbar/>
            </div>
            // Without a zone under a rule to show, the answer per zone is all there is: the
            // detailed answer and the chart are hidden by a class (a `<Show>` around them
            // would type-erase them, which costs the wasm some 25 KB).
            <div class="results" class:no-detail=move || store.shown.with(Option::is_none)>
                <Later part=Part::ZoneCards/>
                <Answer/>
                <Later part=Part::Chart/>
            </div>
            <Later part=Part::CountryNames/>
        </main>
        <footer class="bottom">
            <p>{move || texts().disclaimer}</p>
            <p>
                <a href=move || texts().embed_href data-testid="embed-docs-link">
                    {move || texts().embed_link}
                </a>
            </p>
        </footer>
        <Later part=Part::SummaryBar/>
    }
}
