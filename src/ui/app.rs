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
    /// Whether `saved` is a shared link's, not one's own.
    shared: bool,
}

/// The state to start with, and what to tell the traveller about it: a shared link in the URL
/// first (shown, never saved over one's own), else the saved state, else a fresh one. What
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
    if let Some(shared) =
        browser::fragment().and_then(|fragment| open_link(&fragment, own.as_ref(), &mut notices))
    {
        return Start {
            saved: shared,
            notices,
            aside,
            hold: true,
            shared: true,
        };
    }
    // An earlier release saved a shared link's state over one's own and kept one's own aside:
    // it stays one click away until the traveller chooses.
    if browser::stored(KEPT_KEY).is_some() {
        notices.push(Notice::Shared { backup: true });
    }
    Start {
        saved: own.unwrap_or_default(),
        notices,
        aside,
        hold,
        shared: false,
    }
}

/// Reads the shared link `fragment` (and takes it out of the address), and says what it found
/// in `notices`: the state to show, when it differs from one's own `own`. One's own data is
/// left where it is saved, one click away.
fn open_link(fragment: &str, own: Option<&Saved>, notices: &mut Vec<Notice>) -> Option<Saved> {
    browser::set_fragment(None);
    match Saved::read(fragment) {
        Ok((shared, dropped))
            if own.is_some_and(|own| own.encode(false) == shared.encode(false)) =>
        {
            if !dropped.is_empty() {
                notices.push(Notice::LinkLeftOut(dropped));
            }
            None
        }
        Ok((mut shared, dropped)) => {
            let backup = own.is_some_and(|own| !own.rows.is_blank());
            shared.lang = own.and_then(|own| own.lang);
            notices.push(Notice::Shared { backup });
            if !dropped.is_empty() {
                notices.push(Notice::LinkLeftOut(dropped));
            }
            Some(shared)
        }
        Err(SavedError::NewerVersion(_)) if notices.contains(&Notice::Newer) => None,
        Err(SavedError::NewerVersion(_)) => {
            notices.push(Notice::Newer);
            None
        }
        Err(SavedError::NotSaved) => {
            notices.push(Notice::LinkUnreadable);
            None
        }
    }
}

/// One's own saved state.
pub(crate) fn own_state() -> Option<Saved> {
    let stored = browser::stored(STORAGE_KEY)?;
    Saved::read(&stored).ok().map(|(own, _)| own)
}

/// The whole page.
#[component]
pub(crate) fn App() -> impl IntoView {
    let Start {
        saved,
        notices,
        mut aside,
        hold,
        shared,
    } = starting_state();
    let lang = saved
        .lang
        .unwrap_or_else(|| Lang::from_browser(&browser::preferred_languages()));
    let store = Store::new(saved, lang, browser::today());
    store.notice.set(notices);
    store.shared.set(shared);
    provide_context(store);

    // A shared link pasted into the address of the open page is read as one opened anew.
    browser::on_fragment_change(move || {
        let Some(fragment) = browser::fragment() else {
            return;
        };
        let own = if store.shared.get_untracked() {
            own_state()
        } else {
            Some(store.saved_untracked())
        };
        let mut notices = Vec::new();
        if let Some(mut shared) = open_link(&fragment, own.as_ref(), &mut notices) {
            shared.lang = Some(store.lang.get_untracked());
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
