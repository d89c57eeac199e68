//! A question asked before something that cannot be undone (the traveller page's clear, the
//! team page's forget and discard): the button to go ahead, and one to cancel, which gets the
//! focus. The one confirm component of the web app.

use crate::web::browser;
use leptos::prelude::*;

/// While `open`, the question and its two buttons. Going ahead runs `on_yes` and closes it;
/// cancelling closes it; either way the focus goes back to the element with id `back_to`.
/// `name` makes the ids and test ids: `{name}-question`, `{name}-yes`, `{name}-cancel`.
#[component]
pub(crate) fn Confirm(
    /// Whether the question is shown.
    open: RwSignal<bool>,
    /// The question.
    #[prop(into)]
    question: Signal<String>,
    /// The text of the button that goes ahead.
    #[prop(into)]
    yes: Signal<String>,
    /// The text of the button that cancels.
    #[prop(into)]
    cancel: Signal<String>,
    /// What going ahead does.
    on_yes: Callback<()>,
    /// The stem of the ids.
    name: &'static str,
    /// The id of the element to focus afterwards (the button that asked), if it is still there.
    back_to: &'static str,
) -> impl IntoView {
    let close = move || {
        open.set(false);
        browser::focus_soon(back_to.into());
    };
    let question_id = format!("{name}-question");
    view! {
        <Show when=move || open.get()>
            <div class="confirm" role="alertdialog" aria-labelledby=question_id.clone()>
                <p id=question_id.clone()>{move || question.get()}</p>
                <div class="buttons">
                    <button
                        type="button"
                        class="danger"
                        data-testid=format!("{name}-yes")
                        on:click=move |_| {
                            on_yes.run(());
                            close();
                        }
                    >
                        {move || yes.get()}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        id=format!("{name}-cancel")
                        data-testid=format!("{name}-cancel")
                        on:click=move |_| close()
                    >
                        {move || cancel.get()}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// Opens a question: shows it and moves the focus to its cancel button.
pub(crate) fn ask(open: RwSignal<bool>, name: &'static str) {
    open.set(true);
    browser::focus_soon(format!("{name}-cancel"));
}
