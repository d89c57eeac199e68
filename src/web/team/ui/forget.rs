//! Forgetting what the page keeps: employees' data may be on a shared computer.

use crate::web::confirm::{ask, Confirm};
use crate::web::team::ui::persist;
use crate::web::team::ui::store::use_team;
use leptos::prelude::*;

/// What the page keeps and where, and the button that forgets it all and clears the page,
/// which asks first.
#[component]
pub(crate) fn TeamForget() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let asking = RwSignal::new(false);
    view! {
        <div class="team-forget">
            <p class="hint">{move || texts().saved_note}</p>
            <button
                type="button"
                class="secondary danger"
                id="team-forget"
                data-testid="team-forget"
                aria-expanded=move || asking.get().to_string()
                on:click=move |_| ask(asking, "team-forget")
            >
                {move || texts().forget}
            </button>
            <Confirm
                open=asking
                question=Signal::derive(move || texts().forget_confirm.to_string())
                yes=Signal::derive(move || texts().forget_yes.to_string())
                cancel=Signal::derive(move || team.texts().cancel.to_string())
                on_yes=Callback::new(move |()| persist::forget(team))
                name="team-forget"
                back_to="team-forget"
            />
        </div>
    }
}
