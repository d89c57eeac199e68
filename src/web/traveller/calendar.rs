//! "Add to calendar": the dates that matter in a traveller's answer as an iCalendar file
//! (RFC 5545, written by [`crate::reminders::to_ics`]), made in the page from the answer alone:
//! nothing is fetched or sent.
//!
//! The dates: the day to leave by while one is in the country (an alarm a week before), each
//! planned trip's entry with its verdict (a week before, time to change the plan), and the day
//! a full stay is possible again when that is after the check date. Each event says, in the
//! page's language, the rule, the count on the check date and that this is no legal advice.

use crate::reminders::{to_ics, Reminder};
use crate::web::i18n::{verdict_text, Texts};
use crate::web::traveller::{Answer, ArrivalDeadline, PassportAnswer};

/// The calendar of `answer` under the rule named `rule`, for `person` (empty: the page's own
/// trips), with what the passport changes, if one was given; `None` when it has no date to
/// remember. `deadlines`: the list's ([`crate::web::traveller::arrival_deadlines`]).
pub(crate) fn calendar(
    answer: &Answer,
    papers: Option<&PassportAnswer>,
    texts: &Texts,
    rule: &str,
    person: &str,
    deadlines: &[ArrivalDeadline],
) -> Option<String> {
    let a = &answer.assessment;
    let whose = |summary: String| match person.trim() {
        "" => summary,
        name => format!("{name}: {summary}"),
    };
    let about = format!("{rule}. {} {}", texts.numbers(a), texts.disclaimer);
    let mut reminders = Vec::new();
    // The passport's day, when it comes before the rule's, is the day to leave by.
    let passport_exit = papers.and_then(|p| p.leave_by);
    let no_day = papers.is_some_and(|p| p.no_day);
    let exit = passport_exit.or(a.latest_exit).filter(|_| !no_day);
    if let (true, Some(exit)) = (a.present, exit) {
        reminders.push(Reminder {
            id: format!("leave-by-{exit}"),
            date: exit,
            summary: whose(format!(
                "{} {}",
                (texts.leave_by)(a.on, true),
                (texts.date)(exit)
            )),
            description: match (passport_exit, papers.and_then(|p| p.reason)) {
                (None, _) => about.clone(),
                (Some(_), Some(reason)) if reason != crate::documents::ExitReason::Passport => {
                    format!("{} {about}", (texts.visa.sets_it)(reason))
                }
                (Some(_), _) => format!("{} {about}", texts.passport_sets_it),
            },
            alarm_days_before: if passport_exit.is_some() { 30 } else { 7 },
        });
        // Staying until then would make a planned trip unlawful: the earlier day too.
        if let Some(keeping) = a.latest_exit_keeping_plans.filter(|&day| day < exit) {
            reminders.push(Reminder {
                id: format!("keeping-plans-{keeping}"),
                date: keeping,
                summary: whose(format!(
                    "{}: {}",
                    texts.keeping_plans,
                    (texts.date)(keeping)
                )),
                description: format!("{} {about}", texts.keeping_plans_note),
                alarm_days_before: 7,
            });
        }
    }
    if let Some(papers) = papers {
        for trip in &papers.trips {
            let needed_by = trip.needed_by.unwrap_or(trip.entry);
            reminders.push(Reminder {
                id: format!("new-passport-{}-{}", trip.entry, trip.row),
                date: needed_by,
                summary: whose((texts.passport_trip)(trip.entry, trip.exit, needed_by)),
                description: about.clone(),
                alarm_days_before: 30,
            });
        }
    }
    for verdict in answer.verdicts.iter().filter(|v| v.planned) {
        reminders.push(Reminder {
            id: format!("trip-{}-{}-{}", verdict.entry, verdict.exit, verdict.row),
            date: verdict.entry,
            summary: whose(verdict_text(texts, verdict)),
            description: about.clone(),
            alarm_days_before: 7,
        });
    }
    for d in deadlines.iter().filter_map(|d| d.deadline.as_ref().ok()) {
        reminders.push(Reminder {
            id: format!("{}-{}", d.rule.id, d.event_date),
            date: d.date,
            summary: whose(if d.only_if_new_entry {
                format!(
                    "{} {}",
                    (texts.deadlines.arrival)(d),
                    texts.deadlines.if_new_entry
                )
            } else {
                (texts.deadlines.arrival)(d)
            }),
            description: format!(
                "{} {} {}",
                (texts.deadlines.intro)(crate::web::i18n::working_days(d.rule.counting)),
                (texts.deadlines.source)(d.rule),
                texts.disclaimer
            ),
            alarm_days_before: 1,
        });
    }
    if let Some(day) = a.earliest_full_stay.filter(|&day| day > a.on) {
        reminders.push(Reminder {
            id: format!("full-again-{day}"),
            date: day,
            summary: whose(format!(
                "{} {}",
                (texts.full_again)(a.full_allowance),
                (texts.date)(day)
            )),
            // Counted from the days up to the check date only: said when that leaves something
            // out, as the page says it.
            description: {
                let planned = answer.verdicts.iter().any(|v| v.planned);
                if a.present || planned {
                    let leaving = a.present.then_some(a.on);
                    format!("{} {about}", (texts.full_stay_if)(leaving, planned))
                } else {
                    about
                }
            },
            alarm_days_before: 0,
        });
    }
    (!reminders.is_empty()).then(|| to_ics(&reminders, a.on))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::web::lang::Lang;
    use crate::web::traveller::answer_of;
    use icalendar::{Calendar, CalendarComponent, Component};

    /// The events of `ics` read back by a maintained RFC 5545 parser: (start, summary,
    /// description, the alarm's trigger).
    fn events(ics: &str) -> Vec<(String, String, String, String)> {
        let calendar: Calendar = ics.parse().expect("a calendar");
        calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(event) => Some(event),
                _ => None,
            })
            .map(|event| {
                let start = event.property_value("DTSTART").unwrap_or("").to_string();
                let alarm = event
                    .components()
                    .iter()
                    .find(|c| c.component_kind() == "VALARM")
                    .and_then(|alarm| alarm.property_value("TRIGGER"))
                    .unwrap_or("")
                    .to_string();
                (
                    start,
                    event.get_summary().unwrap_or("").to_string(),
                    event.get_description().unwrap_or("").to_string(),
                    alarm,
                )
            })
            .collect()
    }

    #[test]
    fn the_day_to_leave_by_each_planned_trip_and_the_full_stay_again() {
        // In since 1 January 2025 on 20 March: 79 days used; a trip booked in June.
        let answer = answer_of(
            "schengen",
            &[
                ("2025-01-01", "", true),
                ("2025-06-01", "2025-06-10", false),
            ],
            date(2025, 3, 20),
        );
        let ics = calendar(
            &answer,
            None,
            Lang::En.texts(),
            "Schengen area",
            "Anna",
            &[],
        )
        .unwrap();
        let events = events(&ics);
        assert_eq!(events.len(), 4, "{ics}");
        let (start, summary, description, alarm) = &events[0];
        assert_eq!(start, "20250331");
        assert_eq!(summary, "Anna: Leave by 31 Mar 2025");
        assert!(
            description.starts_with("Schengen area. On 20 Mar 2025: 79 of 90 days used"),
            "{description}"
        );
        assert!(description.contains("Not legal advice"), "{description}");
        assert_eq!(alarm, "-P7D");
        // Staying after 21 March would make June's trip unlawful: 80 + 10 days in the window
        // ending 10 June.
        assert_eq!(events[1].0, "20250321");
        assert_eq!(
            events[1].1,
            "Anna: Latest exit keeping planned trips lawful: 21 Mar 2025"
        );
        assert_eq!(events[2].0, "20250601");
        assert!(
            events[2].1.starts_with("Anna: 1–10 Jun 2025: fine"),
            "{}",
            events[2].1
        );
        let (start, summary, description, alarm) = &events[3];
        assert_eq!(
            (start.as_str(), alarm.as_str()),
            (
                answer
                    .assessment
                    .earliest_full_stay
                    .unwrap()
                    .format("%Y%m%d")
                    .to_string()
                    .as_str(),
                "-P0D"
            )
        );
        assert!(
            summary.starts_with("Anna: Full 90 days available again from"),
            "{summary}"
        );
        // Counted from the days up to 20 March only: Anna is there, and June is planned.
        assert!(
            description.starts_with(
                "If you leave on 20 Mar 2025; the trips you plan are not counted. Schengen area."
            ),
            "{description}"
        );
    }

    #[test]
    fn the_passport_sets_the_day_and_names_the_trips_it_does_not_cover() {
        let answer = answer_of(
            "schengen",
            &[
                ("2025-01-01", "", true),
                ("2025-08-01", "2025-08-20", false),
            ],
            date(2025, 3, 20),
        );
        let papers = crate::web::traveller::passport_answer(
            rule("schengen").unwrap(),
            &answer,
            date(2025, 6, 25),
        );
        let ics = calendar(
            &answer,
            Some(&papers),
            Lang::En.texts(),
            "Schengen area",
            "",
            &[],
        );
        let events = events(&ics.unwrap());
        // 3 months before 25 June: 25 March, before the rule's 31 March, which is not said.
        let leave: Vec<_> = events
            .iter()
            .filter(|e| e.1.starts_with("Leave by"))
            .collect();
        assert_eq!(leave.len(), 1, "{events:?}");
        assert_eq!(
            (leave[0].0.as_str(), leave[0].1.as_str()),
            ("20250325", "Leave by 25 Mar 2025")
        );
        assert!(
            leave[0].2.starts_with("Set by your passport"),
            "{}",
            leave[0].2
        );
        assert_eq!(leave[0].3, "-P30D");
        let trip = events
            .iter()
            .find(|e| {
                e.1.starts_with("Your passport does not cover the trip 1–20 Aug 2025")
            })
            .expect("the August trip");
        assert_eq!(trip.0, "20250801");
    }

    #[test]
    fn in_russian_and_kazakh_and_nothing_to_remember_gives_no_file() {
        let staying = answer_of("schengen", &[("2025-01-01", "", true)], date(2025, 3, 20));
        let ru = events(
            &calendar(&staying, None, Lang::Ru.texts(), "Шенгенская зона", "", &[]).unwrap(),
        );
        assert_eq!(ru[0].1, "Выехать не позднее 31.03.2025");
        assert!(
            ru[0].2.contains("Не является юридической консультацией"),
            "{}",
            ru[0].2
        );
        let kk =
            events(&calendar(&staying, None, Lang::Kk.texts(), "Шенген аймағы", "", &[]).unwrap());
        assert!(kk[0].1.contains("31.03.2025"), "{}", kk[0].1);
        // Not in the country, nothing planned, the full stay available now: no date.
        let past = answer_of(
            "schengen",
            &[("2024-01-01", "2024-01-10", false)],
            date(2025, 3, 20),
        );
        assert_eq!(
            calendar(&past, None, Lang::En.texts(), "Schengen area", "", &[]),
            None
        );
    }

    #[test]
    fn kazakhstan_s_arrival_notification_is_in_the_file_with_its_source() {
        let kz = rule("kz-visa-free").unwrap();
        let answer = answer_of(
            "kz-visa-free",
            &[("2026-03-20", "", true)],
            date(2026, 3, 24),
        );
        let deadlines = crate::web::traveller::arrival_deadlines(kz, &answer);
        let ics = calendar(
            &answer,
            None,
            Lang::En.texts(),
            "Kazakhstan",
            "",
            &deadlines,
        );
        let events = events(&ics.unwrap());
        let notice = events
            .iter()
            .find(|e| e.1.starts_with("Arrival on 20 Mar 2026"))
            .expect("the notification");
        // Across Nauryz (23-25 March off): the 20th, 26th and 27th are the 3 working days.
        assert_eq!(notice.0, "20260327");
        assert!(
            notice.2.contains("Source: Law of 27 Dec 2019"),
            "{}",
            notice.2
        );
        assert_eq!(notice.3, "-P1D");
    }

    #[test]
    fn an_arrival_on_a_row_that_may_continue_the_stay_before_says_it_holds_only_if_it_was_one() {
        let kz = rule("kz-visa-free").unwrap();
        let answer = answer_of(
            "kz-visa-free",
            &[
                ("2026-09-03", "2026-09-15", false),
                ("2026-09-16", "", true),
            ],
            date(2026, 9, 17),
        );
        let deadlines = crate::web::traveller::arrival_deadlines(kz, &answer);
        for (lang, arrival, doubt) in [
            (
                Lang::En,
                "Arrival on 16 Sep 2026",
                "Only if this was a new entry",
            ),
            (Lang::Ru, "Въезд 16", "Только если это был новый въезд"),
            (
                Lang::Kk,
                "16\u{a0}қыркүйекте келу",
                "Бұл жаңа келу болса ғана",
            ),
        ] {
            let ics = calendar(&answer, None, lang.texts(), "Kazakhstan", "", &deadlines);
            let events = events(&ics.unwrap());
            let notice = events
                .iter()
                .find(|e| e.1.contains(arrival))
                .expect("the notification");
            assert!(notice.1.contains(doubt), "{}", notice.1);
        }
    }
}
