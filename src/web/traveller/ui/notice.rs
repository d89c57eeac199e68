//! The banner of the store's notices: a shared link opened (with a button that brings back
//! one's own data, and one that keeps the shared trips as one's own), a link or saved data that
//! could not be read in full or at all, or data from a newer release. Everything in it is the app's own text.

use crate::web::browser;
use crate::web::keys::KEPT_KEY;
use crate::web::traveller::ui::store::{own_state, use_store};
use crate::web::traveller::{Notice, Saved};
use leptos::prelude::*;

/// A banner for the store's notices, one paragraph each; none: no banner.
#[component]
pub(crate) fn NoticeBanner() -> impl IntoView {
    let store = use_store();
    // One's own data, as saved: an earlier release kept it aside under `KEPT_KEY`.
    let restore = move |_| {
        let kept = browser::stored(KEPT_KEY)
            .as_deref()
            .map(Saved::decode)
            .and_then(Result::ok);
        if let Some(own) = kept.or_else(own_state) {
            store.load(own);
        }
        browser::forget(KEPT_KEY);
        store.shared.set(false);
        store.notice.set(Vec::new());
    };
    // The shared trips become one's own, and are saved.
    let keep = move |_| {
        browser::forget(KEPT_KEY);
        store.shared.set(false);
        store.notice.set(Vec::new());
    };
    let banner = move || {
        let texts = store.texts();
        let notices = store.notice.get();
        if notices.is_empty() {
            return None;
        }
        let backup = notices.contains(&Notice::Shared { backup: true });
        let paragraphs = notices
            .iter()
            .map(|notice| {
                let said = match notice {
                    Notice::Shared { .. } => texts.shared_opened.to_string(),
                    Notice::LinkLeftOut(dropped) => (texts.link_left_out)(dropped),
                    Notice::LinkUnreadable => texts.link_unreadable.to_string(),
                    Notice::Newer => texts.newer_version.to_string(),
                    Notice::SavedUnreadable => texts.saved_unreadable.to_string(),
                    Notice::SavedLeftOut(dropped) => (texts.saved_left_out)(dropped),
                };
                view! { <p data-notice=notice.kind()>{said}</p> }
            })
            .collect_view();
        Some(view! {
            <div class="notice" role="status" data-testid="notice">
                <div class="notice-text">{paragraphs}</div>
                {backup.then(|| view! {
                    <button type="button" class="secondary" data-testid="restore-mine" on:click=restore>
                        {texts.restore_mine}
                    </button>
                })}
                {notices.iter().any(|n| matches!(n, Notice::Shared { .. })).then(|| view! {
                    <button type="button" class="secondary" data-testid="keep-shared" on:click=keep>
                        {texts.keep_shared}
                    </button>
                })}
            </div>
        })
    };
    view! { {banner} }
}
