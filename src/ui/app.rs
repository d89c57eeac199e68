//! The app: reads the saved or shared state, owns the store, keeps storage and the URL in step,
//! and lays out the page.

use crate::app_state::{Saved, SavedError};
use crate::i18n::Lang;
use crate::ui::answer::Answer;
use crate::ui::browser;
use crate::ui::chart::Chart;
use crate::ui::check_date::CheckDate;
use crate::ui::language::LanguageSwitcher;
use crate::ui::notice::NoticeBanner;
use crate::ui::paste_box::PasteBox;
use crate::ui::print_summary::PrintSummary;
use crate::ui::rule_picker::RulePicker;
use crate::ui::stay_list::StayList;
use crate::ui::store::{Notice, Store};
use crate::ui::summary_bar::SummaryBar;
use crate::ui::toolbar::Toolbar;
use crate::ui::view_tabs::{View, ViewTabs};
use leptos::prelude::*;

/// Where the state is saved in the browser.
pub(crate) const STORAGE_KEY: &str = "staycalc";
/// Where one's own state is kept while a shared link is open.
pub(crate) const KEPT_KEY: &str = "staycalc.kept";
/// Where unreadable (newer) saved data is kept rather than overwritten.
const NEWER_KEY: &str = "staycalc.newer";

/// The state to start with, and what to tell the traveller about it: a shared link in the URL
/// first (one's own saved state is kept aside), else the saved state, else a fresh one.
fn starting_state() -> (Saved, Option<Notice>) {
    let stored = browser::stored(STORAGE_KEY);
    let own = stored.as_deref().map(Saved::decode);
    let mut notice = None;
    if let Some(Err(SavedError::NewerVersion(_))) = own {
        browser::store(NEWER_KEY, stored.as_deref().unwrap_or_default());
        notice = Some(Notice::Newer);
    }
    let own = own.and_then(Result::ok);
    if let Some(fragment) = browser::fragment() {
        browser::set_fragment(None);
        match Saved::decode(&fragment) {
            Ok(shared)
                if own
                    .as_ref()
                    .is_some_and(|own| own.encode(false) == shared.encode(false)) => {}
            Ok(mut shared) => {
                let backup = own.as_ref().is_some_and(|own| !own.rows.is_blank());
                if backup {
                    browser::store(KEPT_KEY, stored.as_deref().unwrap_or_default());
                }
                shared.lang = own.as_ref().and_then(|own| own.lang);
                return (shared, Some(Notice::Shared { backup }));
            }
            Err(SavedError::NewerVersion(_)) => notice = Some(Notice::Newer),
            Err(SavedError::NotSaved) => {}
        }
    }
    (own.unwrap_or_default(), notice)
}

/// The whole page.
#[component]
pub(crate) fn App() -> impl IntoView {
    let (saved, notice) = starting_state();
    let lang = saved
        .lang
        .unwrap_or_else(|| Lang::from_browser(&browser::preferred_languages()));
    let store = Store::new(saved, lang, browser::today());
    store.notice.set(notice);
    provide_context(store);

    Effect::new(move |_| {
        browser::store(STORAGE_KEY, &store.saved().encode(true));
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
        <ViewTabs current=View::Traveller/>
        <header class="top">
            <div class="top-text">
                <h1>{move || texts().title}</h1>
                <p class="tagline">{move || texts().tagline}</p>
            </div>
            <LanguageSwitcher/>
        </header>
        <NoticeBanner/>
        <main class="layout">
            <PrintSummary/>
            <div class="inputs">
                <RulePicker/>
                <CheckDate/>
                <StayList/>
                <PasteBox/>
                <Toolbar/>
            </div>
            <div class="results">
                <Answer/>
                <Chart/>
            </div>
        </main>
        <footer class="bottom">
            <p>{move || texts().disclaimer}</p>
            <p>
                <a href="embed-docs.html" data-testid="embed-docs-link">
                    {move || texts().embed_link}
                </a>
            </p>
        </footer>
        <SummaryBar/>
    }
}
