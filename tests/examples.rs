//! Every official worked example in `docs/rules.md` §7.1 and §7.2, and the usable
//! ones in §7.3, as a table: stays, rule, check date, and each stated figure.
//!
//! A figure marked `Official` is the result the source states; `Derived` is one rules.md
//! computes itself from the sourced rule (its "Derived extras" column or a "derived:" note), or
//! that follows from the example by the same arithmetic, said in the case's comment. Every
//! case is also checked against the brute-force oracle in `tests/oracle`.

mod oracle;

use chrono::NaiveDate;
use staycalc::{date, rule, Assessment, Calculator, Options, Rule, Status, Stay};

/// Whether the source states a figure or rules.md derives it.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Official,
    Derived,
}
use Kind::{Derived, Official};

/// One figure of an answer.
#[derive(Clone, Copy, Debug)]
enum Figure {
    WindowStart(NaiveDate),
    DaysUsed(u32),
    DaysRemaining(u32),
    OverstayDays(u32),
    UnlawfulDays(u32),
    FirstUnlawfulDay(Option<NaiveDate>),
    LatestExit(Option<NaiveDate>),
    MaxStayDays(u32),
    EarliestFullStay(Option<NaiveDate>),
    /// `earliest_entry(n)`.
    EarliestEntry(u32, Option<NaiveDate>),
    /// The verdict on the plan's stay at this index: first violating day, latest exit.
    PlannedStay(usize, Option<NaiveDate>, Option<NaiveDate>),
    Status(Status),
}
use Figure::*;

struct Case {
    name: &'static str,
    rule: &'static str,
    stays: Vec<Stay>,
    on: NaiveDate,
    figures: Vec<(Kind, Figure)>,
}

fn stay(entry: (i32, u32, u32), exit: (i32, u32, u32)) -> Stay {
    Stay::new(
        date(entry.0, entry.1, entry.2),
        date(exit.0, exit.1, exit.2),
    )
}

fn cases() -> Vec<Case> {
    vec![
        // Source: rules.md §7.1 Example 1, Swiss SEM short-stay calculator examples (2014),
        // sem.admin.ch/sem/en/home/themen/einreise/aufenthaltsrechner/bsp-1.html.
        // Planning: back on 2015-01-01 after 47 days in Aug-Sep 2014, "may remain 90 days".
        Case {
            name: "SEM 2014 example 1",
            rule: "schengen",
            stays: vec![stay((2014, 8, 15), (2014, 9, 30))],
            on: date(2015, 1, 1),
            figures: vec![
                (Official, MaxStayDays(90)),
                (Derived, WindowStart(date(2014, 7, 6))),
                (Derived, DaysUsed(47)),
                (Derived, DaysRemaining(43)),
                (Derived, LatestExit(Some(date(2015, 3, 31)))),
                (Derived, UnlawfulDays(0)),
            ],
        },
        // Source: rules.md §7.1 Example 2, Swiss SEM (2014), .../aufenthaltsrechner/bsp-2.html.
        // Control on exit 2014-11-30: legal, "could stay until 13.12.2014".
        Case {
            name: "SEM 2014 example 2",
            rule: "schengen",
            stays: vec![
                stay((2014, 8, 15), (2014, 9, 30)),
                stay((2014, 11, 1), (2014, 11, 30)),
            ],
            on: date(2014, 11, 30),
            figures: vec![
                (Official, OverstayDays(0)),
                (Official, LatestExit(Some(date(2014, 12, 13)))),
                (Derived, DaysUsed(77)),
                (Derived, DaysRemaining(13)),
                // Derived here: 2014-11-30 .. 2014-12-13 is 14 days.
                (Derived, MaxStayDays(14)),
                (Derived, Status(Status::Ok)),
            ],
        },
        // Source: rules.md §7.1 Example 4, Swiss SEM (2014), .../aufenthaltsrechner/bsp-4.html.
        // Control on exit 2014-01-30: June-July 2013 outside the reference period; legal;
        // "could stay until 31.03.2014". The 2013 stays fall partly under the pre-2013 fixed
        // period (the catalogue's first Schengen version): 43 + 47 = 90 days, not over.
        Case {
            name: "SEM 2014 example 4",
            rule: "schengen",
            stays: vec![
                stay((2013, 6, 1), (2013, 7, 13)),
                stay((2013, 8, 15), (2013, 9, 30)),
                stay((2014, 1, 1), (2014, 1, 30)),
            ],
            on: date(2014, 1, 30),
            figures: vec![
                (Official, OverstayDays(0)),
                (Official, LatestExit(Some(date(2014, 3, 31)))),
                (Derived, WindowStart(date(2013, 8, 4))),
                (Derived, DaysUsed(77)),
                (Derived, UnlawfulDays(0)),
            ],
        },
        // Source: rules.md §7.1 Example 5a, Swiss SEM (2014), .../aufenthaltsrechner/bsp-5.html.
        // Control on exit 2014-06-09: "overstay 9 days".
        Case {
            name: "SEM 2014 example 5a",
            rule: "schengen",
            stays: example_5_stays(),
            on: date(2014, 6, 9),
            figures: vec![
                (Official, OverstayDays(9)),
                (Derived, WindowStart(date(2013, 12, 12))),
                (Derived, DaysUsed(99)),
                // Derived here: 59 days Feb-Apr, then May fills the window to 90 on 2014-05-31,
                // so 2014-06-01 .. 2014-06-09 violate.
                (Derived, UnlawfulDays(9)),
                (Derived, FirstUnlawfulDay(Some(date(2014, 6, 1)))),
                (Derived, LatestExit(None)),
                (Derived, Status(Status::Overstay)),
            ],
        },
        // Source: rules.md §7.1 Example 5b, Swiss SEM (2014), .../aufenthaltsrechner/bsp-5.html.
        // Return on 2014-08-30? "Reference period starts 04.03.2014; return possible for up to
        // 50 days". The June overstay is still reported (rules.md §2.2: compute normally).
        Case {
            name: "SEM 2014 example 5b",
            rule: "schengen",
            stays: example_5_stays(),
            on: date(2014, 8, 30),
            figures: vec![
                (Official, WindowStart(date(2014, 3, 4))),
                (Official, MaxStayDays(50)),
                (Derived, DaysUsed(88)),
                (Derived, LatestExit(Some(date(2014, 10, 18)))),
                (Derived, EarliestFullStay(Some(date(2014, 9, 8)))),
                (Derived, EarliestEntry(50, Some(date(2014, 8, 30)))),
                (Derived, UnlawfulDays(9)),
            ],
        },
        // Source: rules.md §7.1 Example 6, Swiss SEM (2014), .../aufenthaltsrechner/bsp-6.html.
        // Control on exit 2014-03-01: "reference period 03.09.2013 - 01.03.2014; overstay 74".
        Case {
            name: "SEM 2014 example 6",
            rule: "schengen",
            stays: vec![
                stay((2013, 6, 28), (2013, 8, 9)),
                stay((2013, 9, 19), (2014, 3, 1)),
            ],
            on: date(2014, 3, 1),
            figures: vec![
                (Official, WindowStart(date(2013, 9, 3))),
                (Official, OverstayDays(74)),
                (Derived, DaysUsed(164)),
                (Derived, Status(Status::Overstay)),
            ],
        },
        // Source: rules.md §7.2 Example 1 "90 consecutive days", Swiss SEM (2025 page),
        // sem.admin.ch/.../voraussetzungen-nach-staat/mit-visum/aufenthaltsrechner.html.
        // 1 March (day 1) to 29 May (day 90); "earliest re-entry 28 August". Checked the day
        // after the exit; year 2025 as rules.md assumes.
        Case {
            name: "SEM 2025 example 1, the day after the exit",
            rule: "schengen",
            stays: vec![stay((2025, 3, 1), (2025, 5, 29))],
            on: date(2025, 5, 30),
            figures: vec![
                (Official, EarliestEntry(1, Some(date(2025, 8, 28)))),
                (Official, EarliestFullStay(Some(date(2025, 8, 28)))),
                (Derived, DaysUsed(90)),
                (Derived, DaysRemaining(0)),
                (Derived, LatestExit(None)),
            ],
        },
        // Source: rules.md §7.2 Example 1, Swiss SEM (2025 page), as above: "after which a new
        // stay of up to 90 days is possible"; derived last day 2025-11-25.
        Case {
            name: "SEM 2025 example 1, re-entering on 28 August",
            rule: "schengen",
            stays: vec![stay((2025, 3, 1), (2025, 5, 29))],
            on: date(2025, 8, 28),
            figures: vec![
                (Official, MaxStayDays(90)),
                (Derived, LatestExit(Some(date(2025, 11, 25)))),
                (Derived, DaysUsed(89)),
            ],
        },
        // Source: rules.md §7.2 Example 2 "Entry too early", Swiss SEM (2025 page), as above.
        // Planned entry 15 Jun 2025: look-back period 18 Dec 2024 - 15 Jun 2025 already holds
        // 90 days, "no entry possible"; derived: earliest entry 28 Aug 2025.
        Case {
            name: "SEM 2025 example 2",
            rule: "schengen",
            stays: vec![stay((2025, 3, 1), (2025, 5, 29))],
            on: date(2025, 6, 15),
            figures: vec![
                (Official, WindowStart(date(2024, 12, 18))),
                (Official, DaysUsed(90)),
                (Official, LatestExit(None)),
                (Official, MaxStayDays(0)),
                (Derived, EarliestEntry(1, Some(date(2025, 8, 28)))),
                (Derived, EarliestFullStay(Some(date(2025, 8, 28)))),
            ],
        },
        // Source: rules.md §7.2 Example 2, Swiss SEM (2025 page), as a plan checked on
        // 2025-06-01 with the too-early trip planned (its length is ours: one week).
        Case {
            name: "SEM 2025 example 2 as a plan",
            rule: "schengen",
            stays: vec![
                stay((2025, 3, 1), (2025, 5, 29)),
                stay((2025, 6, 15), (2025, 6, 21)),
            ],
            on: date(2025, 6, 1),
            figures: vec![
                (Official, PlannedStay(1, Some(date(2025, 6, 15)), None)),
                (Official, Status(Status::PlannedOverstay)),
                (Derived, UnlawfulDays(7)),
            ],
        },
        // Source: rules.md §7.3, EU handbook example quoted by dev.to/nekoautomata "why180"
        // (Medium): 19-21 Apr 2014 (3 days) + 18 Jun - 11 Sep 2014 (86 days) is 89 days on
        // 11 Sep 2014, never above 90.
        Case {
            name: "EU handbook 89 days",
            rule: "schengen",
            stays: vec![
                stay((2014, 4, 19), (2014, 4, 21)),
                stay((2014, 6, 18), (2014, 9, 11)),
            ],
            on: date(2014, 9, 11),
            figures: vec![
                (Official, DaysUsed(89)),
                (Official, UnlawfulDays(0)),
                (Derived, DaysRemaining(1)),
            ],
        },
        // Source: rules.md §7.3, travel.SE answer citing the official EU calculator
        // (Low-Medium): 15 Jul - 26 Sep 2016 is 74 days.
        Case {
            name: "travel.SE first visit 74 days",
            rule: "schengen",
            stays: vec![stay((2016, 7, 15), (2016, 9, 26))],
            on: date(2016, 9, 26),
            figures: vec![(Official, DaysUsed(74))],
        },
        // Source: rules.md §7.3, travel.SE answer as above: 5-29 Jan 2017 is 25 days, not 24.
        Case {
            name: "travel.SE second visit 25 days",
            rule: "schengen",
            stays: vec![stay((2017, 1, 5), (2017, 1, 29))],
            on: date(2017, 1, 29),
            figures: vec![(Official, DaysUsed(25))],
        },
        // Source: rules.md §7.3, travel.SE answer as above: with both visits, an entry on
        // 8 May 2017 "may be authorised for up to 90 days".
        Case {
            name: "travel.SE entry on 2017-05-08",
            rule: "schengen",
            stays: vec![
                stay((2016, 7, 15), (2016, 9, 26)),
                stay((2017, 1, 5), (2017, 1, 29)),
            ],
            on: date(2017, 5, 8),
            figures: vec![
                (Official, MaxStayDays(90)),
                // Derived here: only the January days are in the window.
                (Derived, DaysUsed(25)),
                (Derived, LatestExit(Some(date(2017, 8, 5)))),
            ],
        },
        // Source: rules.md §7.3, Ukraine, SW Partners on CMU Res. 163/2015 (Medium): on an exit
        // on 09.04.2015 the window goes back to 12.10.2014 (the stay's entry is ours).
        Case {
            name: "Ukraine window start",
            rule: "ua",
            stays: vec![stay((2015, 3, 20), (2015, 4, 9))],
            on: date(2015, 4, 9),
            figures: vec![
                (Official, WindowStart(date(2014, 10, 12))),
                (Derived, DaysUsed(21)),
            ],
        },
        // Source: rules.md §7.3, Poland-US after the EES, Clark Hill 3 Nov 2025 citing the
        // Polish Border Guard (Medium): entered 1 Sep 2025, departs 21 Oct 2025, counted as 10
        // days (12-21 Oct) because the count starts with the EES on 12 Oct 2025.
        Case {
            name: "Poland-US 10 days counted",
            rule: "pl-us",
            stays: vec![stay((2025, 9, 1), (2025, 10, 21))],
            on: date(2025, 10, 21),
            figures: vec![
                (Official, DaysUsed(10)),
                (Derived, WindowStart(date(2025, 10, 12))),
                (Derived, DaysRemaining(80)),
                (Derived, UnlawfulDays(0)),
            ],
        },
        // Source: rules.md §7.3, Kazakhstan EAEU, harant.ru lawyer answer (Low-Medium):
        // 1 Apr - 10 May (40 days), back a week later, the remaining 50 days can be used. The
        // year is ours (2024: the 90/180 cap applies from 2023-01-27).
        Case {
            name: "Kazakhstan EAEU 40 then 50",
            rule: "kz-eaeu",
            stays: vec![stay((2024, 4, 1), (2024, 5, 10))],
            on: date(2024, 5, 17),
            figures: vec![
                (Official, DaysUsed(40)),
                (Official, DaysRemaining(50)),
                // Derived here: nothing leaves the window before day 50 of the new stay.
                (Derived, MaxStayDays(50)),
                (Derived, LatestExit(Some(date(2024, 7, 5)))),
            ],
        },
    ]
}

/// SEM 2014 examples 5a and 5b share these stays.
fn example_5_stays() -> Vec<Stay> {
    vec![
        stay((2013, 9, 1), (2013, 9, 30)),
        stay((2014, 2, 21), (2014, 4, 20)),
        stay((2014, 5, 1), (2014, 6, 9)),
    ]
}

/// Checks one figure against an answer; returns a message when it differs.
fn check(
    calculator: &Calculator,
    answer: &Assessment,
    figure: Figure,
    oracle: &oracle::Oracle,
) -> Result<(), String> {
    let day = |d: Option<oracle::Day>| d.map(oracle::date_of);
    let (got, from_oracle, want) = match figure {
        WindowStart(want) => (
            format!("{}", answer.window_start),
            format!("{}", oracle::date_of(oracle.used().0)),
            format!("{want}"),
        ),
        DaysUsed(want) => (
            answer.days_used.to_string(),
            oracle.used().1.to_string(),
            want.to_string(),
        ),
        DaysRemaining(want) => (
            answer.days_remaining.to_string(),
            oracle.assessment(10).days_remaining.to_string(),
            want.to_string(),
        ),
        OverstayDays(want) => (
            answer.overstay_days.to_string(),
            oracle.assessment(10).overstay_days.to_string(),
            want.to_string(),
        ),
        UnlawfulDays(want) => (
            answer.unlawful_days.to_string(),
            oracle.unlawful().len().to_string(),
            want.to_string(),
        ),
        FirstUnlawfulDay(want) => (
            format!("{:?}", answer.first_unlawful_day),
            format!("{:?}", day(oracle.unlawful().first().copied())),
            format!("{want:?}"),
        ),
        LatestExit(want) => (
            format!("{:?}", answer.latest_exit),
            format!("{:?}", day(oracle.latest_exit())),
            format!("{want:?}"),
        ),
        MaxStayDays(want) => (
            answer.max_stay_days.to_string(),
            oracle.assessment(10).max_stay_days.to_string(),
            want.to_string(),
        ),
        EarliestFullStay(want) => (
            format!("{:?}", answer.earliest_full_stay),
            format!("{:?}", day(oracle.earliest_entry(oracle.full_allowance()))),
            format!("{want:?}"),
        ),
        EarliestEntry(n, want) => (
            format!(
                "{:?}",
                calculator.earliest_entry(n).map_err(|e| e.to_string())?
            ),
            format!("{:?}", day(oracle.earliest_entry(n))),
            format!("{want:?}"),
        ),
        PlannedStay(i, first, exit) => {
            let verdict = |v: &staycalc::StayVerdict| {
                format!(
                    "first {:?}, latest exit {:?}",
                    v.first_unlawful_day, v.latest_exit
                )
            };
            (
                verdict(&calculator.plan()[i]),
                verdict(&oracle.plan()[i]),
                format!("first {first:?}, latest exit {exit:?}"),
            )
        }
        Status(want) => (
            answer.status.as_str().to_string(),
            oracle.assessment(10).status.as_str().to_string(),
            want.as_str().to_string(),
        ),
    };
    if got == want && from_oracle == want {
        Ok(())
    } else {
        Err(format!(
            "{figure:?}: engine {got}, oracle {from_oracle}, expected {want}"
        ))
    }
}

#[test]
fn every_worked_example_gives_its_stated_figures() {
    let mut failures = Vec::new();
    for case in cases() {
        let rule: &Rule = rule(case.rule).expect("a catalogue rule");
        let calculator = Calculator::new(rule, &case.stays, case.on).expect("valid example");
        let answer = calculator.assessment(&Options::default());
        let oracle = oracle::Oracle::new(rule, &case.stays, case.on).expect("valid example");
        assert!(
            answer.warnings.is_empty(),
            "{}: {:?}",
            case.name,
            answer.warnings
        );
        for (kind, figure) in case.figures {
            if let Err(message) = check(&calculator, &answer, figure, &oracle) {
                failures.push(format!("{} ({kind:?}) {message}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_worked_example_agrees_with_the_oracle_on_every_field() {
    for case in cases() {
        let rule = rule(case.rule).expect("a catalogue rule");
        let mut answer = staycalc::assess(rule, &case.stays, case.on).expect("valid example");
        answer.warnings.clear();
        let oracle = oracle::Oracle::new(rule, &case.stays, case.on).expect("valid example");
        assert_eq!(answer, oracle.assessment(10), "{}", case.name);
    }
}
