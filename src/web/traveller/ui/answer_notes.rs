//! What the answer says of the papers (the passport, visas and permits), of the deadlines the
//! catalogue sets from the stays, and of each planned trip: parts of the answer a traveller
//! without papers, a Kazakhstan rule or planned trips never sees, so the traveller page builds
//! them from a chunk of its own ([`Later`](crate::web::traveller::ui::later::Later)). The
//! status and the numbers above them already count the papers and the planned trips.

use crate::documents::ExitReason;
use crate::web::i18n::verdict_text;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{permit_numbers, row_number, visa_numbers};
use leptos::prelude::*;

/// The notes on the papers: the earlier day to leave by that the passport or a visa sets, each
/// stay a visa or the passport does not cover, and the days each permit leaves out.
#[component]
pub(crate) fn PaperNotes() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    // What the passport changes, said in full: the earlier day to leave by, and each stay
    // under way or planned it does not cover.
    let passport_notes = move || {
        let texts = texts();
        let expiry = store.passport.get();
        // The days each permit leaves out of the count (the engine's `permit_days`). Without
        // countries on the stays they are every day within its dates, taken to be in the state
        // that issued it: said after them (days in other Schengen states would count).
        let by_zone = store.rows.with(|rows| rows.has_countries());
        // The engine numbers papers in the order read; the rows are labelled by position.
        let permit_number = store.permits.with(|rows| permit_numbers(rows, by_zone));
        let visa_number = store.visas.with(|rows| visa_numbers(rows));
        let mut notes: Vec<_> = store.outcome.with(|o| {
            let permit_days = o
                .answer
                .as_ref()
                .map(|a| a.permit_days.clone())
                .unwrap_or_default();
            let assumed = (!by_zone && !permit_days.is_empty()).then(|| {
                view! {
                    <li class="permit" data-testid="permit-assumed">{texts.permit.assumed.to_string()}</li>
                }
            });
            permit_days
                .into_iter()
                .map(|days| {
                    let days = crate::documents::PermitDays {
                        permit: row_number(&permit_number, days.permit),
                        ..days
                    };
                    view! {
                        <li class="permit" data-testid="permit-days">{(texts.permit.summary)(&days)}</li>
                    }
                })
                .chain(assumed)
                .collect()
        });
        store.papers.with(|papers| {
            let Some(papers) = papers else {
                return notes;
            };
            match (papers.reason, papers.leave_by, expiry) {
                (Some(ExitReason::Passport), Some(exit), Some(expiry)) => notes.push(view! {
                    <li class="bad" data-testid="passport-leave-by">
                        {(texts.passport_leave_by)(exit, expiry)}
                    </li>
                }),
                (Some(ExitReason::Passport), ..) | (None, ..) => {}
                // A visa's bound comes first: which one, against the rule's day.
                (Some(reason), exit, _) => {
                    let n = papers.visa.unwrap_or(1);
                    store.visas_read.with(|(visas, _)| {
                        if let Some(visa) = visas.get(n - 1) {
                            let n = row_number(&visa_number, n);
                            notes.push(view! {
                                <li class="bad" data-testid="visa-leave-by">
                                    {(texts.visa.leave_by)(reason, exit, papers.rule_exit, n, visa)}
                                </li>
                            });
                        }
                    });
                }
            }
            store.visas_read.with(|(visas, _)| {
                for trip in &papers.visa_trips {
                    if let Some(visa) = visas.get(trip.visa - 1) {
                        let trip = crate::documents::VisaVerdict {
                            visa: row_number(&visa_number, trip.visa),
                            ..trip.clone()
                        };
                        notes.push(view! {
                            <li class="bad" data-testid="visa-trip">
                                {(texts.visa.breach)(&trip, visa)}
                            </li>
                        });
                    }
                }
            });
            for trip in &papers.trips {
                let needed_by = trip.needed_by.unwrap_or(trip.entry);
                notes.push(view! {
                    <li class="bad" data-testid="passport-trip">
                        {(texts.passport_trip)(trip.entry, trip.exit, needed_by)}
                    </li>
                });
            }
            notes
        })
    };
    view! { <ul class="passport-notes">{passport_notes}</ul> }
}

/// The deadlines the catalogue sets from the stays (a registration on arrival in Kazakhstan),
/// when there are any.
#[component]
pub(crate) fn Deadlines() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    // The deadlines the catalogue sets from the stays: what the host must do and its source
    // once, then each arrival's day.
    let deadlines = move || {
        let texts = texts().deadlines;
        let rule = crate::deadlines::event_rules()
            .iter()
            .find(|r| r.id == crate::web::traveller::ARRIVAL)?;
        store.deadlines.with(|list| {
            let dated = list.iter().any(|d| d.deadline.is_ok());
            (!list.is_empty()).then(|| {
                let items = list
                    .iter()
                    .map(|d| {
                        let line = match &d.deadline {
                            Ok(deadline) => (texts.arrival)(deadline),
                            Err(_) => (texts.unknown)(d.entry),
                        };
                        // A row that may continue the stay before it: no arrival, perhaps.
                        let doubt = d.only_if_new_entry.then(|| {
                            view! { <span class="if-new-entry" data-testid="deadline-if-new-entry">" " {texts.if_new_entry}</span> }
                        });
                        view! {
                            <li data-testid="deadline" data-if-new-entry=d.only_if_new_entry.to_string()>
                                {line}
                                {doubt}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="deadlines" data-testid="deadlines">
                        <h3>{texts.heading}</h3>
                        <p>{(texts.intro)(crate::web::i18n::working_days(rule.counting))}</p>
                        <ul>{items}</ul>
                        <p class="source">{(texts.source)(rule)}</p>
                        <p class="small">{dated.then_some(texts.calendar)}</p>
                    </div>
                }
            })
        })
    };
    deadlines
}

/// Each planned trip's verdict, under a heading, when there are planned trips.
#[component]
pub(crate) fn PlannedTrips() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let trips = move || {
        let texts = texts();
        store
            .verdicts()
            .into_iter()
            .filter(|v| v.planned)
            .map(|v| {
                // The verdict and its latest exit agree: a trip that makes a later one
                // unlawful is not fine, whatever its own days.
                let text = verdict_text(texts, &v);
                view! {
                    <li
                        class:bad=!v.is_fine()
                        data-testid="trip-verdict"
                        data-fine=v.is_fine().to_string()
                    >
                        {text}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    let has_trips = move || store.has_planned_trips();
    view! {
        <Show when=has_trips>
            <h3>{move || texts().planned_heading}</h3>
            <ul class="trips">{trips}</ul>
        </Show>
    }
}
