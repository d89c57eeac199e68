//! The notice shown after opening a shared link, or when saved data is from a newer release.

use crate::app_state::Saved;
use crate::ui::app::KEPT_KEY;
use crate::ui::browser;
use crate::ui::store::{use_store, Notice};
use leptos::prelude::*;

/// A banner for the store's notice; after a shared link, a button brings back one's own data.
#[component]
pub(crate) fn NoticeBanner() -> impl IntoView {
    let store = use_store();
    let restore = move |_| {
        if let Some(Ok(own)) = browser::stored(KEPT_KEY).as_deref().map(Saved::decode) {
            store.load(own);
        }
        browser::forget(KEPT_KEY);
        store.notice.set(None);
    };
    let banner = move || {
        let texts = store.texts();
        store.notice.get().map(|notice| match notice {
            Notice::Shared { backup } => view! {
                <div class="notice" role="status" data-testid="notice">
                    <p>{texts.shared_opened}</p>
                    {backup.then(|| view! {
                        <button type="button" class="secondary" on:click=restore>
                            {texts.restore_mine}
                        </button>
                    })}
                </div>
            }
            .into_any(),
            Notice::Newer => view! {
                <div class="notice" role="status" data-testid="notice">
                    <p>{texts.newer_version}</p>
                </div>
            }
            .into_any(),
        })
    };
    view! { {banner} }
}
