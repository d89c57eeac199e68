//! Export and print.

use crate::web::browser;
use crate::web::team::ui::io;
use crate::web::team::ui::runner;
use crate::web::team::ui::store::{use_team, TeamStore};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Prints every line shown (all pages of the filtered table, not only the page on screen):
/// the table renders them all, the browser paints, prints, and the table goes back to its page.
fn print(team: TeamStore) {
    team.printing.set(true);
    spawn_local(async move {
        io::next_task().await;
        browser::print();
        team.printing.set(false);
    });
}

/// The export button (a CSV of the lines shown, in the order shown, spreadsheet-safe) and the
/// print button (every line shown, on all pages, by the print stylesheet).
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
                on:click=move |_| print(team)
            >
                {move || team.team_texts().print}
            </button>
        </div>
    }
}
