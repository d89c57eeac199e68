//! The team table: sortable headers, and the lines of the page shown.

use crate::web::team::ui::row::TeamRow;
use crate::web::team::ui::sort_header::SortHeader;
use crate::web::team::ui::store::{use_team, TeamStore};
use crate::web::team::Column;
use leptos::prelude::*;

/// The name of `column` in the current language (tracked): the header's, and on a phone the
/// label of each line's value (a line is a card there).
pub(crate) fn column_label(team: TeamStore, column: Column) -> String {
    let (texts, team_texts) = (team.texts(), team.team_texts());
    match column {
        Column::Person => team_texts.person.to_string(),
        Column::Carried(n) if team.by_zone.get() && n < team_texts.zone_columns.len() => {
            team_texts.zone_columns[n].to_string()
        }
        Column::Carried(n) => team.carried.with(|c| c.get(n).cloned().unwrap_or_default()),
        Column::Rule => team_texts.rule.to_string(),
        Column::DaysUsed => texts.days_used.to_string(),
        Column::DaysRemaining => texts.days_remaining.to_string(),
        Column::LatestExit => texts.latest_exit.to_string(),
        Column::EarliestFullStay => team_texts.earliest_full_stay.to_string(),
        Column::NextPlanned => team_texts.next_planned.to_string(),
        Column::Status => team_texts.status.to_string(),
        Column::FirstUnlawfulDay => team_texts.first_unlawful_day.to_string(),
    }
}

/// The table of the page shown: only those lines are in the page (100 by default), so a
/// team of 100,000 people sorts, filters and scrolls as fast as one of ten.
#[component]
pub(crate) fn TeamTable() -> impl IntoView {
    let team = use_team();
    let team_texts = move || team.team_texts();
    let page_lines = Memo::new(move |_| {
        let (page, size) = (team.page.get(), team.page_size.get());
        if team.printing.get() {
            return team.shown.get();
        }
        team.shown.with(|shown| {
            let start = (page * size).min(shown.len());
            let end = (start + size).min(shown.len());
            shown[start..end].to_vec()
        })
    });
    let label = move |column: Column| -> Signal<String> {
        Signal::derive(move || column_label(team, column))
    };
    let headers = move || {
        // The answers first, so that they fit at 1280 px with the first unlawful day; then
        // the file's own columns (cut short, whole on hover) and the rule.
        // By zone, the zone's name follows the person: a line is a person in a zone.
        let carried = team.carried.with(Vec::len);
        let by_zone = team.by_zone.get();
        let (answers, rule) = Column::RESULTS.split_at(Column::RESULTS.len() - 1);
        [Column::Person]
            .into_iter()
            .chain(by_zone.then_some(Column::Carried(1)))
            .chain([Column::Status])
            .chain(answers.iter().copied())
            .chain(
                (0..carried)
                    .filter(|&n| team.shows_carried(n) && !(by_zone && n == 1))
                    .map(Column::Carried),
            )
            .chain(rule.iter().copied())
            .map(|column| view! { <SortHeader column=column label=label(column)/> })
            .collect_view()
    };
    let rows = move || {
        team.lines.with(|lines| {
            page_lines
                .get()
                .into_iter()
                .map(|i| view! { <TeamRow line=lines[i as usize].clone()/> })
                .collect_view()
        })
    };
    view! {
        <Show when=move || team.summary.with(Option::is_some)>
            <div class="table-scroll" tabindex="0" aria-labelledby="team-table-heading">
                <table class="team-table" data-testid="team-table" aria-labelledby="team-table-heading">
                    <thead>
                        <tr data-label=move || team_texts().sort_by>{headers}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=move || team.shown.with(Vec::is_empty)>
                <p class="empty">{move || team_texts().no_match}</p>
            </Show>
        </Show>
    }
}
