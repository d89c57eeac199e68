//! The counts per status of each value of a carried column: a department summary.

use crate::report::ReportStatus;
use crate::web::team::ui::store::use_team;
use crate::web::team::{counts_by_value, summary_column};
use leptos::prelude::*;

/// A folded card, once a file with carried columns is read: for each value of one carried
/// column (the department's, if one is named so; any other chosen), how many people have each
/// status, the most urgent first, and in all.
#[component]
pub(crate) fn TeamGroups() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let chosen = RwSignal::new(None::<usize>);
    let column = Memo::new(move |_| {
        team.carried.with(|carried| {
            chosen
                .get()
                .filter(|&n| n < carried.len())
                .or_else(|| summary_column(carried))
        })
    });
    let groups = Memo::new(move |_| match column.get() {
        Some(column) => team.lines.with(|lines| counts_by_value(lines, column)),
        None => Vec::new(),
    });
    let shown = move || column.get().is_some() && team.summary.with(Option::is_some);
    let options = move || {
        team.carried.with(|carried| {
            carried
                .iter()
                .enumerate()
                .map(|(n, name)| {
                    view! {
                        <option value=n.to_string() selected=move || column.get() == Some(n)>
                            {name.clone()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let name = move || {
        column
            .get()
            .and_then(|n| team.carried.with(|carried| carried.get(n).cloned()))
            .unwrap_or_default()
    };
    let heads = move || {
        ReportStatus::BY_URGENCY
            .into_iter()
            .map(|status| view! { <th scope="col" class="num">{team.group_name(status)}</th> })
            .collect_view()
    };
    let rows = move || {
        groups
            .get()
            .into_iter()
            .map(|(value, counts)| {
                let total: usize = counts.iter().sum();
                let cells = counts
                    .into_iter()
                    .zip(ReportStatus::BY_URGENCY)
                    .map(|(count, status)| {
                        view! {
                            <td class="num" data-status=status.as_str()>
                                {team.number(count)}
                            </td>
                        }
                    })
                    .collect_view();
                let label = if value.is_empty() {
                    "—".to_string()
                } else {
                    value.clone()
                };
                view! {
                    <tr data-testid="team-group" data-value=value>
                        <th scope="row" translate="no">{label}</th>
                        {cells}
                        <td class="num" data-testid="team-group-total">{team.number(total)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=shown>
            <details class="card team-groups" data-testid="team-groups">
                <summary>{move || texts().by_column}</summary>
                <label class="field">
                    <span>{move || texts().by_column_choice}</span>
                    <select
                        data-testid="team-groups-column"
                        on:change:target=move |ev| chosen.set(ev.target().value().parse().ok())
                    >
                        {options}
                    </select>
                </label>
                <div class="table-scroll">
                    <table class="errors-table" data-testid="team-groups-table">
                        <thead>
                            <tr>
                                <th scope="col" translate="no">{name}</th>
                                {heads}
                                <th scope="col" class="num">{move || texts().total}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </Show>
    }
}
