//! Keeping what was typed on the team page between visits: the paste box, the settings, the
//! table's order and filters, and the edits made in place, as a [`SavedTeam`] in the
//! browser's local storage under a key of its own. A file is never kept. Nothing here fails
//! loudly: without storage the page works, and says what will not survive a reload.
//!
//! A save writes the whole state, up to [`MAX_TEXT`](crate::web::team::MAX_TEXT) of pasted
//! text, so it waits until the changes pause ([`SAVE_DELAY`]) rather than run at every key
//! typed in the paste box; a save still waiting is made at once when the page is hidden or left
//! (`visibilitychange`, `pagehide`), so a reload right after typing keeps everything.

use crate::web::browser;
use crate::web::keys::{TEAM_KEY, TEAM_UNREAD_KEY};
use crate::web::team::ui::runner;
use crate::web::team::ui::store::{SaveProblem, Source, StartNotice, TeamStore};
use crate::web::team::{LastInput, Restored, SavedTeam, Unreadable};
use leptos::leptos_dom::helpers::{window_event_listener_untyped, TimeoutHandle};
use leptos::prelude::*;
use std::time::Duration;

/// How long the state must stay unchanged before it is saved.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Restores the state kept from the last visit into `team`, saying what could not be, and
/// checks the pasted rows again if they were checked last.
pub(crate) fn restore(team: TeamStore) {
    let Some(stored) = browser::stored(TEAM_KEY) else {
        return;
    };
    match SavedTeam::decode(&stored) {
        Ok(Restored { saved, dropped }) => {
            if dropped > 0 {
                team.notices
                    .update(|n| n.push(StartNotice::Damaged(dropped)));
            }
            load(team, saved);
        }
        Err(unreadable) => {
            browser::store(TEAM_UNREAD_KEY, &stored);
            let notice = match unreadable {
                Unreadable::Newer(_) => StartNotice::Newer,
                Unreadable::NotSaved => StartNotice::Unreadable,
            };
            team.notices.update(|n| n.push(notice));
        }
    }
}

/// Puts `saved` into `team`.
fn load(team: TeamStore, saved: SavedTeam) {
    team.rule_id.set(saved.rule);
    team.on.set(saved.on.filter(|&on| on != team.today));
    team.threshold.set(saved.threshold);
    team.sort.set(saved.sort);
    team.filter.set(saved.filter);
    team.page_size.set(saved.page_size);
    if let (Some(size), true) = (saved.text_left_out, saved.text.is_empty()) {
        team.notices
            .update(|n| n.push(StartNotice::TextNotKept(size)));
    }
    let waiting = |name: &str| {
        saved.edits.as_ref().map_or(0, |edits| {
            if edits.name.as_deref() == Some(name) {
                edits.people.len()
            } else {
                0
            }
        })
    };
    match &saved.source {
        Some(LastInput::File(name)) => {
            let notice = StartNotice::FileNotKept(name.clone(), waiting(name));
            team.notices.update(|n| n.push(notice));
        }
        Some(LastInput::Pasted) if !saved.text.trim().is_empty() => {
            team.source
                .set_value(Some(Source::Text(saved.text.clone())));
        }
        _ => {}
    }
    team.edits_restored
        .set(saved.edits.as_ref().is_some_and(|e| !e.people.is_empty()));
    team.edits.set(saved.edits);
    team.pasted.set(saved.text);
    if team.source.with_value(Option::is_some) {
        runner::start(team);
    }
}

/// What is to be kept now (tracked: an effect reading it runs again on any change).
fn current(team: TeamStore) -> SavedTeam {
    team.run.track();
    let source = match team.source_name.get() {
        Some(name) => Some(LastInput::File(name)),
        None => team
            .source
            .with_value(|s| matches!(s, Some(Source::Text(_))))
            .then_some(LastInput::Pasted),
    };
    let mut saved = SavedTeam {
        rule: team.rule_id.get(),
        on: team.on.get(),
        threshold: team.threshold.get(),
        sort: team.sort.get(),
        filter: team.filter.get(),
        page_size: team.page_size.get(),
        source,
        edits: team.edits.get().filter(|e| !e.people.is_empty()),
        ..SavedTeam::default()
    };
    team.pasted.with(|text| saved.keep_text(text));
    saved
}

/// Saves the state once it stops changing for [`SAVE_DELAY`], and at once when the page is
/// hidden or left (not on loading, so that opening the page never overwrites what it could
/// not read).
pub(crate) fn keep(team: TeamStore) {
    // The state to save, and the timer that will save it, while a save is waiting.
    let waiting = StoredValue::new(None::<SavedTeam>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let stop_timer = move || {
        if let Some(timer) = timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    };
    let flush = move || {
        stop_timer();
        if let Some(saved) = waiting.try_update_value(Option::take).flatten() {
            team.save_problem.set(save(&saved));
        }
    };
    Effect::new(move |previous: Option<()>| {
        let saved = current(team);
        if previous.is_none() {
            return;
        }
        waiting.set_value(Some(saved));
        stop_timer();
        match set_timeout_with_handle(flush, SAVE_DELAY) {
            Ok(handle) => timer.set_value(Some(handle)),
            Err(_) => flush(),
        }
    });
    // The page's life: these listeners are never removed.
    let _ = window_event_listener_untyped("pagehide", move |_| flush());
    let _ = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            flush();
        }
    });
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Writes `saved` (nothing when it is a fresh page's); returns why part or all of it could
/// not be kept.
fn save(saved: &SavedTeam) -> Option<SaveProblem> {
    let Some(storage) = storage() else {
        return Some(SaveProblem::Off);
    };
    if saved.is_default() {
        return storage
            .remove_item(TEAM_KEY)
            .err()
            .map(|_| SaveProblem::Off);
    }
    if storage.set_item(TEAM_KEY, &saved.encode()).is_ok() {
        return saved.text_left_out.map(SaveProblem::TooLarge);
    }
    // Full: keep the rest without the paste.
    if !saved.text.is_empty() {
        let lean = SavedTeam {
            text: String::new(),
            text_left_out: Some(saved.text.len()),
            ..saved.clone()
        };
        if storage.set_item(TEAM_KEY, &lean.encode()).is_ok() {
            return Some(SaveProblem::Full);
        }
    }
    Some(SaveProblem::Off)
}

/// Forgets everything the page keeps and clears the page (the language, shared with the
/// traveller page, stays).
pub(crate) fn forget(team: TeamStore) {
    team.run.update(|run| *run += 1);
    team.source.set_value(None);
    team.team.set_value(None);
    team.source_name.set(None);
    team.pasted.set(String::new());
    team.progress.set(None);
    team.exporting.set(None);
    team.failure.set(None);
    team.selected.set(None);
    team.lines.set(Vec::new());
    team.carried.set(Vec::new());
    team.problems.set(Vec::new());
    team.problem_count.set(0);
    team.summary.set(None);
    team.input.set(None);
    team.edits.set(None);
    team.edits_restored.set(false);
    team.edits_missed.set(0);
    team.notices.set(Vec::new());
    team.page.set(0);
    let fresh = SavedTeam::default();
    team.rule_id.set(fresh.rule);
    team.on.set(None);
    team.threshold.set(fresh.threshold);
    team.sort.set(None);
    team.filter.set(fresh.filter);
    team.page_size.set(fresh.page_size);
    browser::forget(TEAM_KEY);
    browser::forget(TEAM_UNREAD_KEY);
    team.save_problem.set(None);
}
