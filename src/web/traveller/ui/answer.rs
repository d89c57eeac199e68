//! The answer: status, days used and remaining, latest exit, longest and earliest full stay,
//! each planned trip's verdict, and what the engine resolved in the input.

use crate::assessment::Status;
use crate::documents::ExitReason;
use crate::web::traveller::ui::later::{Later, Part};
use crate::web::traveller::ui::store::use_store;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A `<time>` holding `date` (ISO in `datetime`, the language's format as text), or a dash.
fn time(date: Option<NaiveDate>, text: String, testid: &'static str) -> impl IntoView {
    match date {
        Some(date) => {
            view! { <time data-testid=testid datetime=date.to_string()>{text}</time> }.into_any()
        }
        None => view! { <span data-testid=testid class="none">"—"</span> }.into_any(),
    }
}

/// The answer section. Its numbers carry the `data-testid`s the tests read; a short summary
/// is announced politely to screen readers when it changes.
#[component]
pub(crate) fn Answer() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let assessment = Memo::new(move |_| {
        store
            .outcome
            .with(|o| o.answer.as_ref().ok().map(|a| a.assessment.clone()))
    });
    let number = move |read: fn(&crate::assessment::Assessment) -> u32| {
        move || assessment.with(|a| a.as_ref().map_or("—".to_string(), |a| read(a).to_string()))
    };
    // The worse of the rule's and the papers' (a stay that broke its visa, a trip the passport
    // does not cover), as `staycalc check` says it.
    let papers_status = move || {
        store
            .papers
            .with(|p| p.as_ref().map_or(Status::Ok, |p| p.status))
    };
    let status = move || assessment.with(|a| a.as_ref().map(|a| a.status.max(papers_status())));
    let status_text = move || {
        assessment.with(|a| {
            a.as_ref()
                .map_or("—", |a| texts().answer_status(a, papers_status()))
        })
    };
    let summary = move || {
        let texts = texts();
        assessment.with(|a| {
            a.as_ref().map(|a| {
                let status = texts.answer_status(a, papers_status());
                let numbers = texts.numbers(a);
                format!("{status}. {numbers}")
            })
        })
    };
    // The day the answer is for: a check date set on an earlier visit is kept, so it is said.
    let answer_for = move || {
        let on = store.check_date.get();
        let text = (texts().answer_for)(on);
        if on == store.today {
            text
        } else {
            format!("{text} ({})", texts().not_today)
        }
    };
    // The rule the answer is for: on a phone the rule's section comes after the answer.
    let rule_name = move || store.rule_name();
    let problem = move || {
        let texts = texts();
        store.outcome.with(|o| {
            o.answer.as_ref().err().map(|error| {
                view! {
                    <p class="problem" role="alert">
                        {texts.no_answer} " " {(texts.error)(error)}
                    </p>
                }
            })
        })
    };
    let window_note = move || {
        assessment.with(|a| {
            a.as_ref()
                .map(|a| (texts().window_note)(a.window_start, a.on))
        })
    };
    let limit = move || assessment.with(|a| a.as_ref().map(|a| (texts().of_limit)(a.limit)));
    // The day the passport sets, when it comes before the rule's limits.
    let passport_leave_by = move || store.papers.with(|p| p.as_ref().and_then(|p| p.leave_by));
    // No day at all when the passport is valid less than 3 months after the check date.
    let passport_no_day = move || store.papers.with(|p| p.as_ref().is_some_and(|p| p.no_day));
    let latest_exit = move || {
        let date = passport_leave_by()
            .or_else(|| assessment.with(|a| a.as_ref().and_then(|a| a.latest_exit)))
            .filter(|_| !passport_no_day());
        let text = date.map(|d| store.date(d)).unwrap_or_default();
        time(date, text, "latest-exit")
    };
    let longest = move || {
        let texts = texts();
        if passport_leave_by().is_some() || passport_no_day() {
            let reason = store.papers.with(|p| p.as_ref().and_then(|p| p.reason));
            return Some(match reason {
                Some(ExitReason::Passport) | None => texts.passport_sets_it.to_string(),
                Some(reason) => (texts.visa.sets_it)(reason).to_string(),
            });
        }
        assessment.with(|a| {
            a.as_ref().map(|a| match a.latest_exit {
                Some(_) => format!(
                    "{}: {}",
                    (texts.longest_stay)(a.on, a.present),
                    (texts.days)(a.max_stay_days)
                ),
                None => texts.no_latest_exit.to_string(),
            })
        })
    };
    // When the per-entry cap binds, its numbers lead: the days left on this entry and the day
    // to leave by (or, over it, the day the stay had to end).
    let entry_binds = move || {
        assessment.with(|a| {
            a.as_ref()
                .is_some_and(crate::assessment::Assessment::per_entry_decides)
        })
    };
    let entry_over = move || {
        assessment.with(|a| {
            a.as_ref()
                .is_some_and(|a| a.per_entry_cap.is_some_and(|cap| a.day_of_stay > cap))
        })
    };
    let entry_left = number(|a| a.days_left_in_stay.unwrap_or(0));
    let entry_note = move || {
        let texts = texts();
        assessment.with(|a| {
            let a = a.as_ref()?;
            let (cap, last) = (a.per_entry_cap?, a.per_entry_last_day?);
            Some(if a.day_of_stay > cap {
                (texts.entry_over)(a.day_of_stay, cap, last)
            } else {
                (texts.entry_leave_by)(cap, last)
            })
        })
    };
    let keeping_plans = move || {
        let date = assessment.with(|a| a.as_ref().and_then(|a| a.latest_exit_keeping_plans));
        let text = date.map(|d| store.date(d)).unwrap_or_default();
        time(date, text, "latest-exit-keeping-plans")
    };
    let keeping_plans_note = move || {
        let none = assessment.with(|a| {
            a.as_ref()
                .is_some_and(|a| a.latest_exit_keeping_plans.is_none())
        });
        if none {
            texts().keeping_plans_none
        } else {
            texts().keeping_plans_note
        }
    };
    // "Available again from" once days are used up and come back; "available from" when a
    // full stay could start on the check date itself.
    let full_label = move || {
        let texts = texts();
        assessment.with(|a| {
            let (allowance, again) = a.as_ref().map_or((0, false), |a| {
                (
                    a.full_allowance,
                    a.earliest_full_stay.is_some_and(|d| d > a.on),
                )
            });
            if again {
                (texts.full_again)(allowance)
            } else {
                (texts.earliest_full_stay)(allowance)
            }
        })
    };
    // Said as a traveller would: "Leave by" when staying on, else "Enter on … → leave by".
    let leave_by_label = move || {
        let texts = texts();
        assessment.with(|a| {
            a.as_ref().map_or(texts.latest_exit.to_string(), |a| {
                (texts.leave_by)(a.on, a.present)
            })
        })
    };
    let earliest = move || {
        let date = assessment.with(|a| a.as_ref().and_then(|a| a.earliest_full_stay));
        let text = date.map(|d| store.date(d)).unwrap_or_default();
        time(date, text, "earliest-full-stay")
    };
    // The earliest full stay counts the days up to the check date only: said when that leaves
    // something out (the rest of a stay under way, planned trips), or why there is none.
    let full_stay_note = move || {
        let planned = store.has_planned_trips();
        assessment.with(|a| {
            let a = a.as_ref()?;
            let texts = texts();
            let said = if a.earliest_full_stay.is_none() {
                texts.no_full_stay.to_string()
            } else if a.present || planned {
                (texts.full_stay_if)(a.present.then_some(a.on), planned)
            } else {
                return None;
            };
            Some(view! { <small data-testid="full-stay-note">{said}</small> })
        })
    };
    let over_label = move || {
        let on = store.check_date.get();
        (texts().overstay_days)(on)
    };
    let overstaying = move || assessment.with(|a| a.as_ref().is_some_and(|a| a.overstay_days > 0));
    let warnings = move || {
        let texts = texts();
        assessment.with(|a| {
            a.as_ref().map(|a| {
                a.warnings
                    .iter()
                    .map(|w| view! { <li data-code=w.code()>{(texts.warning)(w)}</li> })
                    .collect_view()
            })
        })
    };
    let has_trips = move || store.has_planned_trips();

    view! {
        <section class="card answer" id="answer" aria-labelledby="answer-heading" tabindex="-1">
            <h2 id="answer-heading">{move || texts().answer_heading}</h2>
            <p
                class="status"
                data-testid="status"
                data-status=move || status().map_or("none", Status::as_str)
            >
                {status_text}
            </p>
            <p class="answer-on" data-testid="answer-on">{answer_for}</p>
            <p class="answer-rule">
                <a href="#rule-heading" data-testid="answer-rule">{rule_name}</a>
            </p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{summary}</p>
            {problem}
            <Later part=Part::Overstay/>
            // What the engine resolved in the stays, above the numbers it explains: rows that
            // may be one stay are the reason for an amber status with days still left, and on
            // a phone the list's old place, under the deadlines, was screens away from it.
            <ul class="warnings" data-testid="answer-warnings">{warnings}</ul>
            <div class="numbers">
                <Show when=entry_binds>
                    <div class="number lead" class:alarm=entry_over>
                        <h3>{move || texts().entry_left}</h3>
                        <p class="big" data-testid="entry-left">{entry_left}</p>
                        <p class="small" data-testid="entry-note">{entry_note}</p>
                    </div>
                </Show>
                <div class="number">
                    <h3>{move || texts().days_used}</h3>
                    <p class="big" data-testid="days-used">{number(|a| a.days_used)}</p>
                    <p class="small">{window_note}</p>
                </div>
                <div class="number">
                    <h3>{move || texts().days_remaining}</h3>
                    <p class="big" data-testid="days-remaining">{number(|a| a.days_remaining)}</p>
                    <p class="small">{limit}</p>
                </div>
                // Shown only when days are over: "0 days over the limit" is noise.
                <Show when=overstaying>
                    <div class="number alarm">
                        <h3>{over_label}</h3>
                        <p class="big" data-testid="overstay-days">{number(|a| a.overstay_days)}</p>
                    </div>
                </Show>
                <div class="number">
                    <h3 data-testid="leave-by-label">{leave_by_label}</h3>
                    <p class="big">{latest_exit}</p>
                    <p class="small">{longest}</p>
                </div>
                <Show when=has_trips>
                    <div class="number">
                        <h3>{move || texts().keeping_plans}</h3>
                        <p class="big">{keeping_plans}</p>
                        <p class="small">{keeping_plans_note}</p>
                    </div>
                </Show>
                <div class="number">
                    <h3>{full_label}</h3>
                    <p class="big">{earliest}</p>
                    <p class="small">{full_stay_note}</p>
                </div>
            </div>
            <p class="note remaining-note">{move || texts().remaining_note}</p>
            <Later part=Part::PaperNotes/>
            <Later part=Part::Deadlines/>
            <Later part=Part::PlannedTrips/>
        </section>
    }
}
