//! The traffic light of a status.

use crate::report::ReportStatus;
use crate::web::team::ui::store::use_team;
use leptos::prelude::*;

/// A coloured dot and the status in words (the colour is never the only sign).
#[component]
pub(crate) fn StatusLight(
    /// The status.
    status: ReportStatus,
    /// What an amber status means (the line's [`crate::web::team::TeamLine::amber`]).
    amber: Option<crate::Amber>,
) -> impl IntoView {
    let team = use_team();
    view! {
        <span class=format!("light light-{}", status.as_str()) data-testid="team-status" data-status=status.as_str()>
            <span class="dot" aria-hidden="true"></span>
            {move || team.status_words(status, amber)}
        </span>
    }
}
