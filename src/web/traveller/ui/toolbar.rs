//! Share, print and clear.

use crate::web::browser;
use crate::web::traveller::ui::app::KEPT_KEY;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::Saved;
use leptos::prelude::*;

/// The share button (puts the state in the link's fragment and copies the link), the print
/// button, and the clear button, which asks first.
#[component]
pub(crate) fn Toolbar() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let share = move |_| {
        let url = browser::set_fragment(Some(&store.saved().encode(false)));
        copied.set(false);
        browser::copy(&url, move |worked| copied.set(worked));
        link.set(Some(url));
    };
    let clear = move |_| {
        store.load(Saved {
            lang: Some(store.lang.get_untracked()),
            ..Saved::default()
        });
        browser::forget(KEPT_KEY);
        store.notice.set(Vec::new());
        link.set(None);
        confirming.set(false);
        browser::focus_soon("clear-everything".into());
    };
    view! {
        <section class="card toolbar">
            <div class="buttons">
                <button type="button" data-testid="share" on:click=share>
                    {move || texts().share}
                </button>
                <button type="button" class="secondary" on:click=move |_| browser::print()>
                    {move || texts().print}
                </button>
                <button
                    type="button"
                    class="secondary danger"
                    id="clear-everything"
                    data-testid="clear"
                    aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| {
                        confirming.set(true);
                        browser::focus_soon("clear-cancel".into());
                    }
                >
                    {move || texts().clear}
                </button>
            </div>
            <Show when=move || link.with(Option::is_some)>
                <div class="share-link">
                    <label for="share-url">{move || texts().share_ready}</label>
                    <input
                        id="share-url"
                        data-testid="share-url"
                        type="text"
                        readonly=true
                        prop:value=move || link.get().unwrap_or_default()
                        on:focus:target=move |ev| ev.target().select()
                    />
                    <Show when=move || copied.get()>
                        <p class="hint" role="status">{move || texts().share_copied}</p>
                    </Show>
                </div>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="clear-question">
                    <p id="clear-question">{move || texts().clear_confirm}</p>
                    <div class="buttons">
                        <button type="button" class="danger" data-testid="clear-yes" on:click=clear>
                            {move || texts().clear_yes}
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            id="clear-cancel"
                            data-testid="clear-cancel"
                            on:click=move |_| confirming.set(false)
                        >
                            {move || texts().cancel}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
