//! Share, print, add to calendar, clear, and the stays as a file.

use crate::web::browser;
use crate::web::confirm::{ask, Confirm};
use crate::web::keys::KEPT_KEY;
use crate::web::traveller::ui::backup_tools::BackupTools;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{calendar, Saved};
use leptos::prelude::*;

/// The share button (puts the state in the link's fragment and copies the link), the print
/// button, the clear button, which asks first, and the stays as a file ([`BackupTools`]).
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
    // The answer's dates as a calendar file, made when asked for (and to know whether any).
    let ics = move || {
        let rule = store.rule_name().unwrap_or_default();
        let person = store.people.with(|p| p.current.clone());
        store.outcome.with(|o| {
            o.answer.as_ref().ok().and_then(|answer| {
                store.papers.with(|papers| {
                    store.deadlines.with(|deadlines| {
                        calendar(answer, papers.as_ref(), texts(), &rule, &person, deadlines)
                    })
                })
            })
        })
    };
    let clear = move |_| {
        store.load(Saved {
            lang: Some(store.chosen.get_untracked()),
            ..Saved::default()
        });
        browser::forget(KEPT_KEY);
        store.notice.set(Vec::new());
        link.set(None);
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
                <Show when=move || ics().is_some()>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="calendar"
                        on:click=move |_| {
                            if let Some(ics) = ics() {
                                let name = format!("staycalc-{}.ics", store.check_date.get_untracked());
                                browser::download(ics.as_bytes(), &name, "text/calendar");
                            }
                        }
                    >
                        {move || texts().calendar}
                    </button>
                </Show>
                <button
                    type="button"
                    class="secondary danger"
                    id="clear-everything"
                    data-testid="clear"
                    aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| ask(confirming, "clear")
                >
                    {move || texts().clear}
                </button>
            </div>
            <BackupTools/>
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
            <Confirm
                open=confirming
                question=Signal::derive(move || texts().clear_confirm.to_string())
                yes=Signal::derive(move || texts().clear_yes.to_string())
                cancel=Signal::derive(move || texts().cancel.to_string())
                on_yes=Callback::new(clear)
                name="clear"
                back_to="clear-everything"
            />
        </section>
    }
}
