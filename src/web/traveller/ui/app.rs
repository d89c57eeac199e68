//! The app: reads the saved or shared state, owns the store, keeps storage and the URL in step,
//! and lays out the page.

use crate::web::browser;
use crate::web::i18n::Lang;
use crate::web::traveller::ui::answer::Answer;
use crate::web::traveller::ui::chart::Chart;
use crate::web::traveller::ui::check_date::CheckDate;
use crate::web::traveller::ui::language::LanguageSwitcher;
use crate::web::traveller::ui::notice::NoticeBanner;
use crate::web::traveller::ui::paste_box::PasteBox;
use crate::web::traveller::ui::print_summary::PrintSummary;
use crate::web::traveller::ui::rule_picker::RulePicker;
use crate::web::traveller::ui::stay_list::StayList;
use crate::web::traveller::ui::store::{Notice, Store};
use crate::web::traveller::ui::summary_bar::SummaryBar;
use crate::web::traveller::ui::toolbar::Toolbar;
use crate::web::traveller::ui::view_tabs::{View, ViewTabs};
use crate::web::traveller::{Saved, SavedError};
use leptos::prelude::*;

/// Where the state is saved in the browser.
pub(crate) const STORAGE_KEY: &str = "staycalc";
/// Where one's own state is kept while a shared link is open.
pub(crate) const KEPT_KEY: &str = "staycalc.kept";
/// Where unreadable (newer) saved data is kept rather than overwritten.
const NEWER_KEY: &str = "staycalc.newer";
/// Where saved data that could not be read, in full or in part, is kept when the app first
/// saves over it.
const UNREADABLE_KEY: &str = "staycalc.unreadable";

/// How the app starts.
struct Start {
    /// The state to start with.
    saved: Saved,
    /// What to tell the traveller about it.
    notices: Vec<Notice>,
    /// Saved text that could not be read in full, to keep aside before saving over it.
    aside: Option<String>,
    /// Whether to leave the saved text as it is until the traveller changes something.
    hold: bool,
}

/// The state to start with, and what to tell the traveller about it: a shared link in the URL
/// first (one's own saved state is kept aside), else the saved state, else a fresh one. What
/// cannot be read, in a link or in storage, is said, never silently dropped.
fn starting_state() -> Start {
    let stored = browser::stored(STORAGE_KEY).filter(|text| !text.trim().is_empty());
    let raw = stored.clone().unwrap_or_default();
    let mut notices = Vec::new();
    let mut aside = None;
    let own = match stored.as_deref().map(Saved::read) {
        None => None,
        Some(Ok((own, dropped))) => {
            if !dropped.is_empty() {
                notices.push(Notice::SavedLeftOut(dropped));
                aside = Some(raw.clone());
            }
            Some(own)
        }
        Some(Err(SavedError::NewerVersion(_))) => {
            browser::store(NEWER_KEY, &raw);
            notices.push(Notice::Newer);
            None
        }
        Some(Err(SavedError::NotSaved)) => {
            notices.push(Notice::SavedUnreadable);
            aside = Some(raw.clone());
            None
        }
    };
    let hold = !notices.is_empty();
    if let Some(fragment) = browser::fragment() {
        browser::set_fragment(None);
        match Saved::read(&fragment) {
            Ok((shared, dropped))
                if own
                    .as_ref()
                    .is_some_and(|own| own.encode(false) == shared.encode(false)) =>
            {
                if !dropped.is_empty() {
                    notices.push(Notice::LinkLeftOut(dropped));
                }
            }
            Ok((mut shared, dropped)) => {
                let backup = own.as_ref().is_some_and(|own| !own.rows.is_blank());
                if backup {
                    browser::store(KEPT_KEY, &raw);
                }
                shared.lang = own.as_ref().and_then(|own| own.lang);
                notices.push(Notice::Shared { backup });
                if !dropped.is_empty() {
                    notices.push(Notice::LinkLeftOut(dropped));
                }
                return Start {
                    saved: shared,
                    notices,
                    aside,
                    hold: false,
                };
            }
            Err(SavedError::NewerVersion(_)) if notices.contains(&Notice::Newer) => {}
            Err(SavedError::NewerVersion(_)) => notices.push(Notice::Newer),
            Err(SavedError::NotSaved) => notices.push(Notice::LinkUnreadable),
        }
    }
    Start {
        saved: own.unwrap_or_default(),
        notices,
        aside,
        hold,
    }
}

/// The whole page.
#[component]
pub(crate) fn App() -> impl IntoView {
    let Start {
        saved,
        notices,
        mut aside,
        hold,
    } = starting_state();
    let lang = saved
        .lang
        .unwrap_or_else(|| Lang::from_browser(&browser::preferred_languages()));
    let store = Store::new(saved, lang, browser::today());
    store.notice.set(notices);
    provide_context(store);

    // Saves every change. Saved text that could not be read is left as it is until the
    // traveller changes something, then kept aside (storage is freed first: it may be large).
    Effect::new(move |first: Option<()>| {
        let text = store.saved().encode(true);
        if first.is_none() && hold {
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
