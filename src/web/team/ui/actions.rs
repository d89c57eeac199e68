//! Export and print.

use crate::web::browser;
use crate::web::team::ui::runner;
use crate::web::team::ui::store::use_team;
use leptos::prelude::*;

/// The export button (a CSV of the lines shown, in the order shown, spreadsheet-safe) and the
/// print button (the page shown, by the print stylesheet).
#[component]
pub(crate) fn TeamActions() -> impl IntoView {
    let team = use_team();
    let nothing = move || team.lines.with(Vec::is_empty) || team.exporting.with(Option::is_some);
    view! {
        <div class="buttons team-actions">
            <button
                type="button"
                data-testid="team-export"
                disabled=nothing
                on:click=move |_| runner::export(team)
            >
                {move || team.team_texts().export}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="team-print"
                disabled=move || team.lines.with(Vec::is_empty)
                on:click=move |_| browser::print()
            >
                {move || team.team_texts().print}
            </button>
        </div>
    }
}
