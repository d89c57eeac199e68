//! One line of the team table.

use crate::web::browser;
use crate::web::i18n::{passport_text, team_trip_visa_text, visa_text};
use crate::web::team::ui::status_light::StatusLight;
use crate::web::team::ui::store::use_team;
use crate::web::team::ui::table::column_label;
use crate::web::team::Column;
use crate::web::team::TeamLine;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A line: the person (a button that opens their stays), the status light, the numbers and
/// dates of the answer (the first unlawful day among them), the next planned trip's verdict,
/// with the passport's failure or why it was not checked beside it, the carried values (cut
/// short, whole in their title) and the rule. Dates carry their ISO form in `<time datetime>`; a missing one is a dash.
#[component]
pub(crate) fn TeamRow(
    /// The line shown.
    line: TeamLine,
) -> impl IntoView {
    let team = use_team();
    let index = line.index;
    // Each value's column name, which a phone shows above it (a line is a card there).
    let named = move |column: Column| move || column_label(team, column);
    // The per-entry cap decides: the cell says so on hover (the person panel in words).
    let entry_left = line.entry_left;
    let date = move |date: Option<NaiveDate>| match date {
        Some(d) => view! { <time datetime=d.to_string()>{move || team.date(d)}</time> }.into_any(),
        None => view! { <span class="none">"—"</span> }.into_any(),
    };
    // Never "fine" for a trip the passport or the visa fails.
    let papers = line.passport.clone();
    let visa = line.visa.clone();
    let verdict = line.next_planned.clone().map(|v| {
        view! {
            <span data-testid="team-next-trip">
                {move || {
                    team_trip_visa_text(
                        team.texts(),
                        team.team_texts(),
                        &v,
                        papers.as_deref(),
                        visa.as_deref(),
                    )
                }}
            </span>
        }
    });
    // The visa, when a stay breaks it, a trip is outside it, or it could not be checked;
    // not when what it says is the next trip's breach, which the trip's words say first.
    let next_row = line.next_planned.as_ref().map(|v| v.row);
    let visa = line
        .visa
        .clone()
        .filter(|v| v.check_name() != "ok")
        .filter(|v| {
            v.failing()
                .is_none_or(|breach| Some(breach.row) != next_row)
        })
        .map(|v| {
            let check = v.check_name();
            view! {
                <span class="passport-note" data-testid="team-visa" data-check=check>
                    {move || visa_text(team.texts(), team.team_texts(), &v)}
                </span>
            }
        });
    // The passport, when it fails a trip or could not be checked (fine: nothing to say).
    let passport = line
        .passport
        .clone()
        .filter(|p| p.check_name() != "ok")
        .map(|p| {
            let check = p.check_name();
            view! {
                <span class="passport-note" data-testid="team-passport" data-check=check>
                    {move || passport_text(team.team_texts(), &p)}
                </span>
            }
        });
    let number = |number: Option<u32>| match number {
        Some(n) => view! { <span>{n}</span> }.into_any(),
        None => view! { <span class="none">"—"</span> }.into_any(),
    };
    let open = move |_| {
        team.selected.set(Some(index));
        browser::focus_soon("team-person-heading".into());
    };
    // By zone, the zone's name in the page's language (the report's is English).
    let by_zone = team.by_zone.get_untracked();
    let zone = by_zone
        .then(|| line.carried.first())
        .flatten()
        .and_then(|id| crate::zones::Zone::from_id(id));
    // By zone, the zone's name comes right after the person (the line is a person in a zone),
    // and the long `why` is left to the exports.
    let zone_name = zone.map(|zone| {
        let name = move || zone.name(team.lang.get().code()).to_string();
        view! {
            <td class="zone-name" data-testid="team-zone-name" data-label=named(Column::Carried(1)) title=name>
                {name}
            </td>
        }
    });
    let carried = line
        .carried
        .iter()
        .enumerate()
        .filter(|&(n, _)| !(by_zone && (n == 1 || n == crate::report::ZONE_COLUMNS.len() - 1)))
        .map(|(n, value)| {
            let title = value.to_string();
            view! {
                <td class="carried" translate="no" title=title data-label=named(Column::Carried(n))>
                    {value.to_string()}
                </td>
            }
        })
        .collect_view();
    let person = line.person.to_string();
    let label = person.clone();
    view! {
        <tr
            data-testid="team-row"
            data-index=index
            class:selected=move || team.selected.get() == Some(index)
            class=format!("status-{}", line.status.as_str())
        >
            <th scope="row" class="person" translate="no">
                <button
                    type="button"
                    class="link"
                    id=format!("team-open-{index}")
                    data-testid="team-open"
                    aria-label=move || (team.team_texts().open_person)(&label)
                    on:click=open
                >
                    {person}
                </button>
                {line
                    .flagged
                    .then(|| {
                        view! {
                            <span
                                class="flag"
                                data-testid="team-flagged"
                                title=move || team.team_texts().flagged
                                aria-label=move || team.team_texts().flagged
                            >
                                "!"
                            </span>
                        }
                    })}
            </th>
            {zone_name}
            <td class="status-cell" data-label=named(Column::Status)>
                <StatusLight status=line.status amber=line.amber/>
            </td>
            <td class="num days-used" data-testid="team-days-used" data-label=named(Column::DaysUsed)>
                {number(line.days_used)}
            </td>
            <td
                class="num days-left"
                data-testid="team-days-remaining"
                data-label=named(Column::DaysRemaining)
                data-entry=entry_left.is_some().then_some("true")
                title=move || entry_left.map(|_| team.texts().entry_left)
            >
                {number(line.left())}
            </td>
            <td class="latest-exit" data-testid="team-latest-exit" data-label=named(Column::LatestExit)>
                {date(line.latest_exit)}
            </td>
            <td
                class="first-unlawful"
                data-testid="team-first-unlawful"
                data-label=named(Column::FirstUnlawfulDay)
            >
                {date(line.first_unlawful_day)}
            </td>
            <td class="earliest-full" data-label=named(Column::EarliestFullStay)>
                {date(line.earliest_full_stay)}
            </td>
            <td class="verdict" data-label=named(Column::NextPlanned)>{verdict}{passport}{visa}</td>
            {carried}
            <td class="rule" translate="no" data-label=named(Column::Rule)>{line.rule.to_string()}</td>
        </tr>
    }
}
