//! The rows that could not be read.

use crate::web::team::ui::store::use_team;
use leptos::prelude::*;

/// How many problems are listed on the page (all are counted; the others are said as a number).
const LISTED: usize = 200;

/// A folded list (open while short) of the rows that could not be read: line, column, value
/// and why, and the people of whom no row could be read. Every other row was checked.
#[component]
pub(crate) fn TeamProblems() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let count = Memo::new(move |_| team.summary.with(|s| s.as_ref().map_or(0, |s| s.bad_rows)));
    let rows = move || {
        let texts = team.texts();
        team.problems.with(|problems| {
            problems
                .iter()
                .take(LISTED)
                .map(|bad| {
                    view! {
                        <tr data-testid="team-error" data-line=bad.line>
                            <td class="num">{bad.line}</td>
                            <td translate="no">{bad.column.clone().unwrap_or_default()}</td>
                            <td class="value" translate="no">{bad.value.clone()}</td>
                            <td>{(texts.reason)(&bad.reason)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let more = move || {
        let more = team.problem_count.get().saturating_sub(LISTED);
        (more > 0).then(|| view! { <p class="hint">{(texts().more_problems)(more)}</p> })
    };
    let unread = move || {
        team.summary.with(|summary| {
            let names = summary.as_ref()?.unread.clone();
            (!names.is_empty()).then(|| {
                view! {
                    <p data-testid="team-unread">
                        {texts().unread} " " {names.join("; ")}
                    </p>
                }
            })
        })
    };
    view! {
        <Show when=move || { team.problem_count.get() > 0 }>
            <section class="card team-errors" data-testid="team-errors">
                <details open=move || count.get() <= 20>
                    <summary>
                        <h2 data-testid="team-errors-heading">
                            {move || {
                                let passport = team
                                    .summary
                                    .with(|s| s.as_ref().map_or(0, |s| s.passport_rows));
                                let visa = team
                                    .summary
                                    .with(|s| s.as_ref().map_or(0, |s| s.visa_rows));
                                let unread = count.get().saturating_sub(passport + visa);
                                (texts().errors_heading)(unread, passport, visa)
                            }}
                        </h2>
                    </summary>
                    <div class="table-scroll">
                        <table class="errors-table">
                            <thead>
                                <tr>
                                    <th scope="col">{move || texts().line}</th>
                                    <th scope="col">{move || texts().column}</th>
                                    <th scope="col">{move || texts().value}</th>
                                    <th scope="col">{move || texts().problem}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {more}
                    {unread}
                </details>
            </section>
        </Show>
    }
}
