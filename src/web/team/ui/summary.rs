//! What was read: the source, the people and rows, the date format, the statuses, or why the
//! file could not be read.

use crate::assessment::Status;
use crate::report::ReportStatus;
use crate::web::team::status_counts;
use crate::web::team::ui::store::use_team;
use leptos::prelude::*;

/// One card: before anything is loaded, how to start; after a run, the file's name, how many
/// people and rows, how the dates were written and how many people have each status; when the
/// file cannot be read at all, why.
#[component]
pub(crate) fn TeamSummary() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let counts = Memo::new(move |_| team.lines.with(|lines| status_counts(lines)));
    let people = Memo::new(move |_| team.lines.with(Vec::len));
    let failure = move || {
        team.failure.with(|failure| {
            failure.as_ref().map(|error| {
                let reason = (team.texts().error)(error);
                (texts().file_error)(&reason)
            })
        })
    };
    let read = move || {
        let texts = texts();
        team.summary.with(|summary| {
            summary.as_ref().map(|summary| {
                let source = match team.source_name.get() {
                    Some(name) => (texts.file_name)(&name),
                    None => texts.pasted_rows.to_string(),
                };
                let counts = counts.get();
                let count = |status: ReportStatus| counts[status.urgency()];
                // Each status with how many have it, the most urgent first; those no one has
                // left out, but for overstay and ok.
                let status_counts = ReportStatus::BY_URGENCY
                    .into_iter()
                    .filter(|&status| {
                        count(status) > 0 || status == Status::Overstay || status == Status::Ok
                    })
                    .enumerate()
                    .map(|(i, status)| {
                        let label = format!("{}: {}", team.group_name(status), team.number(count(status)));
                        let chosen = move || team.filter.with(|f| f.status == Some(status));
                        // A count is a link to its filter (again: every status).
                        let choose = move |_| {
                            let again = chosen();
                            team.set_filter(|filter| {
                                filter.status = if again { None } else { Some(status) };
                            });
                        };
                        view! {
                            {(i > 0).then_some(" · ")}
                            <button
                                type="button"
                                class="link status-count"
                                data-testid="team-count-filter"
                                data-status=status.as_str()
                                aria-pressed=move || chosen().to_string()
                                on:click=choose
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="source">{source}</p>
                    <p data-testid="team-checked-on" data-on=summary.on.to_string()>
                        {if summary.by_zone {
                            (texts.checked_by_zone)(summary.on)
                        } else {
                            (texts.checked_on)(
                                summary.on,
                                summary.rule.as_ref().map(|rule| rule.wording(team.lang.get().code()).name).as_deref(),
                            )
                        }}
                    </p>
                    <p
                        data-testid="team-count"
                        data-people=people.get()
                        data-rows=summary.rows
                        data-unread=summary.unread_rows.0
                    >
                        {if summary.by_zone {
                            (texts.summary_by_zone)(people.get(), summary.people, summary.rows)
                        } else {
                            (texts.summary)(people.get(), summary.rows)
                        }}
                        {(summary.unread_rows.0 > 0).then(|| {
                            let (rows, first) = &summary.unread_rows;
                            (texts.unread_rows)(*rows, &listed(first, *rows))
                        })}
                    </p>
                    {summary.encoding.map(|encoding| {
                        view! {
                            <p data-testid="team-encoding" data-encoding=encoding>
                                {(texts.encoding)(encoding)}
                            </p>
                        }
                    })}
                    {summary.sheet.clone().map(|(sheet, row)| {
                        view! {
                            <p data-testid="team-sheet" data-sheet=sheet.clone() data-header-row=row>
                                {(texts.sheet)(&sheet, row)}
                            </p>
                        }
                    })}
                    {(summary.elsewhere.0 > 0).then(|| {
                        let (rows, first) = &summary.elsewhere;
                        view! {
                            <p class="note" data-testid="team-elsewhere" data-rows=*rows>
                                {(texts.elsewhere)(*rows, &listed(first, *rows))}
                            </p>
                        }
                    })}
                    {summary.date_format.clone().map(|format| {
                        view! {
                            <p data-testid="team-date-format" data-format=format.clone()>
                                {(texts.date_format)(&format)}
                            </p>
                        }
                    })}
                    {(!summary.spellings.is_empty()).then(|| {
                        let listed = summary
                            .spellings
                            .iter()
                            .map(|(person, spelling, line)| (texts.spelling)(spelling, *line, person))
                            .collect::<Vec<_>>()
                            .join("; ");
                        view! {
                            <p
                                class="spellings"
                                data-testid="team-spellings"
                                data-count=summary.spellings.len()
                            >
                                {texts.spellings} " " <span translate="no">{listed}</span>
                            </p>
                        }
                    })}
                    <p
                        class="status-counts"
                        data-testid="team-status-counts"
                        data-overstay=count(Status::Overstay.into())
                        data-past-overstay=count(Status::PastOverstay.into())
                        data-check-rows=count(ReportStatus::CheckRows)
                        data-passport=count(ReportStatus::Passport)
                        data-planned-overstay=count(Status::PlannedOverstay.into())
                        data-warning=count(Status::Warning.into())
                        data-ok=count(Status::Ok.into())
                    >
                        {status_counts}
                    </p>
                }
            })
        })
    };
    let idle = move || {
        team.summary.with(Option::is_none)
            && team.failure.with(Option::is_none)
            && team.progress.with(Option::is_none)
    };
    view! {
        <section class="card team-summary" aria-live="polite">
            <Show when=idle>
                <p class="hint">{move || texts().start_hint}</p>
            </Show>
            <p class="problem" role="alert" data-testid="team-failure">{failure}</p>
            {read}
        </section>
    }
}

/// The `first` lines of `rows` rows, `…` after them when there are more.
fn listed(first: &[u32], rows: usize) -> String {
    let mut lines: Vec<String> = first.iter().map(u32::to_string).collect();
    if rows > first.len() {
        lines.push("…".into());
    }
    lines.join(", ")
}
