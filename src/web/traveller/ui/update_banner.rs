//! The notice that a new version of the app has taken over (the service worker, `www/sw.js`),
//! with a button that reloads the page into it.

use crate::web::browser;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// Shown once `www/offline.js` says a new version took over while the page was open: the page
/// still runs the version it loaded, so it offers to reload. On the traveller page and the team
/// page, in the page's language.
#[component]
pub(crate) fn UpdateBanner() -> impl IntoView {
    let store = use_store();
    let ready = RwSignal::new(false);
    browser::on_window_event("staycalc-update", move || ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="notice update" role="status" data-testid="update-ready">
                <p class="notice-text">{move || store.texts().update_ready}</p>
                <button type="button" data-testid="update-reload" on:click=move |_| browser::reload()>
                    {move || store.texts().reload}
                </button>
            </div>
        </Show>
    }
}
