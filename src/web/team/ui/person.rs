//! One person's stays, opened from the table: the traveller view's stay list and chart, with a
//! store of the person's own; editing the list checks the person's line of the table again.

use crate::web::browser;
use crate::web::i18n::{passport_text, visa_text};
use crate::web::team::edit_list::line_key;
use crate::web::team::ui::status_light::StatusLight;
use crate::web::team::ui::store::use_team;
use crate::web::team::{EditList, PersonEdit, TeamLine};
use crate::web::traveller::ui::chart::Chart;
use crate::web::traveller::ui::stay_list::StayList;
use crate::web::traveller::ui::store::Store;
use crate::web::traveller::Saved;
use leptos::prelude::*;

/// The panel of team line `index`: the person's name and current answer, their stays as an
/// editable list, and the chart. Each edit that the traveller view would count replaces the
/// person's stays in the team and checks their line again (the file is not changed), and is
/// kept with the input's edits, to be applied again when the same rows are checked again.
#[component]
pub(crate) fn PersonPanel(
    /// The team line shown.
    index: u32,
) -> impl IntoView {
    let team = use_team();
    let i = index as usize;
    let opened = team.team.with_value(|t| {
        t.as_ref().filter(|t| i < t.len()).map(|t| {
            (
                t.line_stays(i),
                t.line_rule(i).map_or(String::new(), |r| r.id.to_string()),
            )
        })
    });
    let Some((stays, rule)) = opened else {
        return ().into_any();
    };
    let (edit, rows) = PersonEdit::new(index, &stays);
    let saved = Saved {
        rule,
        rows,
        on: Some(team.check_date.get_untracked()),
        ..Saved::default()
    };
    // The person's own store, in the page's language: the stay list and the chart read it.
    let store = Store {
        lang: team.lang,
        ..Store::new(saved, team.lang.get_untracked(), team.today)
    };
    provide_context(store);

    let last = StoredValue::new(stays);
    Effect::new(move |_| {
        let now = store.rows.with(|rows| {
            store.outcome.with(|outcome| {
                let skipped: Vec<usize> = outcome.skipped.iter().map(|s| s.row).collect();
                edit.stays(rows, &skipped)
            })
        });
        if last.with_value(|last| *last == now) {
            return;
        }
        last.set_value(now.clone());
        let mut report = None;
        team.team.update_value(|t| {
            if let Some(t) = t.as_mut() {
                t.set_line_stays(i, &now);
                report = t.report(i).ok().map(|r| (r, t.settings().options));
            }
        });
        let who = team.lines.with_untracked(|lines| {
            lines.get(i).map(|line| {
                let by_zone = team.by_zone.get_untracked();
                (
                    line.person.to_string(),
                    line_key(by_zone, line).into_owned(),
                )
            })
        });
        if let (Some(input), Some((person, rule))) = (team.input.get_untracked(), who) {
            let name = team.source_name.get_untracked();
            team.edits.update(|edits| {
                let mut list = EditList::for_input(edits.take(), input, name);
                list.set(&person, &rule, now);
                *edits = Some(list);
            });
            team.edits_restored.set(false);
        }
        if let Some((report, options)) = report {
            team.lines.update(|lines| {
                if let Some(line) = lines.get_mut(i) {
                    *line = TeamLine::new(i, report, &options);
                }
            });
        }
    });

    let line = Memo::new(move |_| team.lines.with(|lines| lines.get(i).cloned()));
    let numbers = move || {
        let texts = team.texts();
        line.get().map(|line| {
            let latest = line
                .latest_exit
                .map_or_else(|| texts.no_latest_exit.to_string(), |d| team.date(d));
            view! {
                <StatusLight status=line.status amber=line.amber/>
                <span data-testid="team-person-used">
                    {format!(
                        "{}: {} / {}",
                        texts.days_used,
                        shown(line.days_used),
                        shown(line.limit),
                    )}
                </span>
                <span>{format!("{}: {}", texts.days_remaining, shown(line.days_remaining))}</span>
                {line.entry_left.map(|left| view! {
                    <span data-testid="team-person-entry-left">
                        {format!("{}: {left}", texts.entry_left)}
                    </span>
                })}
                <span>{format!("{}: {latest}", texts.latest_exit)}</span>
                {line.passport.map(|passport| {
                    // The failures and "not checked" name the passport; a valid one is its date.
                    let words = passport_text(team.team_texts(), &passport);
                    let words = match passport.check_name() {
                        "ok" => format!("{}: {words}", team.team_texts().passport),
                        _ => words,
                    };
                    view! {
                        <span data-testid="team-person-passport" data-check=passport.check_name()>
                            {words}
                        </span>
                    }
                })}
                {line.visa.map(|visa| {
                    let words = visa_text(texts, team.team_texts(), &visa);
                    view! {
                        <span data-testid="team-person-visa" data-check=visa.check_name()>
                            {words}
                        </span>
                    }
                })}
            }
        })
    };
    // By zone, the assumptions the line's countries rest on (Monaco counted with France, ...),
    // as the traveller page says them under its zone cards.
    let notes = move || {
        let texts = team.texts();
        line.get().filter(|line| line.zone.is_some()).map(|line| {
            line.carried(2)
                .split(' ')
                .filter_map(|code| crate::zones::country(code).ok())
                .filter_map(crate::zones::assumption)
                .map(|w| view! { <li data-code=w.code()>{(texts.zones.log_warning)(&w)}</li> })
                .collect_view()
        })
    };
    // What the engine resolved in the person's stays and a person should know: overlapping
    // rows, rows with no day between them under a per-entry cap (the reason for an amber
    // light), as the traveller page says them; the stays are numbered as in the list below.
    let warnings = move || {
        let texts = team.texts();
        store.outcome.with(|o| {
            o.answer.as_ref().ok().map(|a| {
                a.assessment
                    .warnings
                    .iter()
                    .map(|w| view! { <li data-code=w.code()>{(texts.warning)(w)}</li> })
                    .collect_view()
            })
        })
    };
    let close = move |_| {
        team.selected.set(None);
        browser::focus_soon(format!("team-open-{index}"));
    };
    view! {
        <section
            class="person-panel"
            data-testid="team-person"
            aria-labelledby="team-person-heading"
        >
            <div class="person-head">
                <h2 id="team-person-heading" tabindex="-1">
                    {move || line.get().map(|line| line.person.to_string())}
                </h2>
                <button
                    type="button"
                    class="secondary"
                    data-testid="team-person-close"
                    on:click=close
                >
                    {move || team.team_texts().close}
                </button>
            </div>
            <p class="person-numbers">{numbers}</p>
            <ul class="warnings" data-testid="team-person-notes">{notes}{warnings}</ul>
            <p class="hint">{move || team.team_texts().edit_hint}</p>
            <div class="person-body">
                <StayList/>
                <Chart/>
            </div>
        </section>
    }
    .into_any()
}

/// A number, or a dash for a person none of whose rows could be read.
fn shown(number: Option<u32>) -> String {
    number.map_or_else(|| "—".to_string(), |n| n.to_string())
}
