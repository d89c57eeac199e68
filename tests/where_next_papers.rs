//! Where next with the papers: a short-stay visa and the passport bound a stay entered on the
//! date asked exactly as the Schengen zone's answer (`check --rule schengen`) bounds a stay
//! entered on its check date.

#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use staycalc::documents::{Documents, Entries, ExitReason, Passport, Visa};
use staycalc::zones::{
    assess_trips_with, country, where_next_papers, where_next_with, Longest, NextStay, Trip,
};
use staycalc::{date, Stay};

fn schengen_of(next: &[NextStay]) -> &NextStay {
    next.iter()
        .find(|n| n.zone.id() == "schengen")
        .expect("where next lists the Schengen area")
}

/// `(max_stay_days, latest_exit)` of a limited answer.
fn days(next: &NextStay) -> (u32, Option<chrono::NaiveDate>) {
    match next.longest {
        Longest::Days {
            max_stay_days,
            latest_exit,
            ..
        } => (max_stay_days, latest_exit),
        ref other => panic!("not limited: {other:?}"),
    }
}

fn visa(from: chrono::NaiveDate, until: chrono::NaiveDate, entries: Entries, n: u32) -> Visa {
    Visa::new(from, until, entries, n).expect("a valid visa")
}

/// 20 days in France in March 2025.
fn log() -> Vec<Trip> {
    vec![Trip::new(
        Stay::new(date(2025, 3, 1), date(2025, 3, 20)),
        country("FR").unwrap(),
    )]
}

fn india() -> Vec<&'static staycalc::zones::Country> {
    vec![country("IN").unwrap()]
}

#[test]
fn without_papers_where_next_is_the_rules_alone() {
    let (on, entry) = (date(2025, 5, 1), date(2025, 5, 10));
    let plain = where_next_with(&log(), &india(), on, entry, &[]).unwrap();
    let none = where_next_papers(&log(), &india(), on, entry, &Documents::default()).unwrap();
    assert_eq!(plain, none);
    let schengen = schengen_of(&none);
    assert_eq!(schengen.papers, None);
    // 20 days used in the 180 ending on 10 May: 70 left, 10 May .. 18 July.
    assert_eq!(days(schengen), (70, Some(date(2025, 7, 18))));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::Window));
}

#[test]
fn a_visa_with_five_days_left_to_its_until_gives_five_days_set_by_the_visa() {
    let papers = Documents {
        visas: vec![visa(
            date(2025, 2, 1),
            date(2025, 5, 14),
            Entries::Multiple,
            60,
        )],
        ..Documents::default()
    };
    let next = where_next_papers(
        &log(),
        &india(),
        date(2025, 5, 1),
        date(2025, 5, 10),
        &papers,
    )
    .unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (5, Some(date(2025, 5, 14))));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::VisaUntil));
    let found = schengen.papers.as_ref().unwrap();
    assert_eq!(found.visa, Some(1));
    assert!(!found.no_visa);
    // The rule's own figure is kept beside it.
    assert_eq!(
        (found.rule_max_stay_days, found.rule_latest_exit),
        (70, Some(date(2025, 7, 18)))
    );
}

#[test]
fn a_visas_duration_of_stay_counts_the_earlier_days_on_it() {
    // 30 days of stay; 20 used in March on it: 10 left from 10 May.
    let papers = Documents {
        visas: vec![visa(
            date(2025, 2, 1),
            date(2025, 8, 1),
            Entries::Multiple,
            30,
        )],
        ..Documents::default()
    };
    let next = where_next_papers(
        &log(),
        &india(),
        date(2025, 5, 1),
        date(2025, 5, 10),
        &papers,
    )
    .unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (10, Some(date(2025, 5, 19))));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::VisaDays));
}

#[test]
fn a_single_entry_visa_already_used_allows_no_entry() {
    let papers = Documents {
        visas: vec![visa(date(2025, 2, 1), date(2025, 8, 1), Entries::One, 90)],
        ..Documents::default()
    };
    let next = where_next_papers(
        &log(),
        &india(),
        date(2025, 5, 1),
        date(2025, 5, 10),
        &papers,
    )
    .unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (0, None));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::VisaEntries));
}

#[test]
fn an_expired_visa_leaves_the_rule_alone_and_says_no_visa_holds_the_entry() {
    // As `check` does for a stay no visa given holds (`no_visa_for_stay`): the traveller may
    // need none, or hold one not given; the answer flags it rather than refuse or stay silent.
    let papers = Documents {
        visas: vec![visa(
            date(2025, 2, 1),
            date(2025, 4, 30),
            Entries::Multiple,
            90,
        )],
        ..Documents::default()
    };
    let next = where_next_papers(
        &log(),
        &india(),
        date(2025, 5, 1),
        date(2025, 5, 10),
        &papers,
    )
    .unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (70, Some(date(2025, 7, 18))));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::Window));
    let found = schengen.papers.as_ref().unwrap();
    assert!(found.no_visa);
    assert_eq!(found.visa, None);
}

#[test]
fn a_passport_expiring_soon_bounds_the_stay_or_refuses_the_entry() {
    let with = |expiry, issued| Documents {
        passport: Some(Passport { expiry, issued }),
        ..Documents::default()
    };
    let (on, entry) = (date(2025, 5, 1), date(2025, 5, 10));
    // Expiring 1 September: the last exit whose 3 months end by then is 1 June.
    let next =
        where_next_papers(&log(), &india(), on, entry, &with(date(2025, 9, 1), None)).unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (23, Some(date(2025, 6, 1))));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::Passport));
    // Expiring in 2 months: not valid 3 months after even the entry day.
    let next =
        where_next_papers(&log(), &india(), on, entry, &with(date(2025, 7, 10), None)).unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (0, None));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::Passport));
    // Issued 11 years before the entry: no entry on it.
    let next = where_next_papers(
        &log(),
        &india(),
        on,
        entry,
        &with(date(2030, 1, 1), Some(date(2014, 5, 9))),
    )
    .unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (0, None));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::Passport));
    let found = schengen.papers.as_ref().unwrap();
    assert_eq!(
        found.passport.as_ref().unwrap().problems[0].code(),
        "issued_too_long_ago"
    );
}

#[test]
fn other_zones_and_free_movement_are_not_bound_by_the_schengen_papers() {
    let papers = Documents {
        visas: vec![visa(date(2025, 2, 1), date(2025, 8, 1), Entries::One, 90)],
        passport: Some(Passport {
            expiry: date(2025, 6, 1),
            issued: None,
        }),
        ..Documents::default()
    };
    let (on, entry) = (date(2025, 5, 1), date(2025, 5, 10));
    let next = where_next_papers(&log(), &india(), on, entry, &papers).unwrap();
    let plain = where_next_with(&log(), &india(), on, entry, &[]).unwrap();
    for (with, without) in next.iter().zip(&plain) {
        if with.zone.id() != "schengen" {
            assert_eq!(with, without);
        }
    }
    // A French and Indian dual national: free movement in the Schengen area.
    let dual = [country("IN").unwrap(), country("FR").unwrap()];
    let next = where_next_papers(&log(), &dual, on, entry, &papers).unwrap();
    assert_eq!(schengen_of(&next).longest, Longest::NoLimit);
}

/// A small deterministic generator (xorshift), so that the comparison covers many cases.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn where_nexts_schengen_answer_is_the_zones_answer_for_a_stay_entered_that_day() {
    let mut rng = Rng(0x5eed_cafe_f00d);
    let base = date(2025, 1, 1);
    let day = |n: u64| base + chrono::Days::new(n);
    let mut compared = [0u32; 7];
    for _ in 0..400 {
        // Past stays in France, Germany or Kazakhstan, ending before the entry.
        let entry = day(200 + rng.below(60));
        let mut trips = Vec::new();
        let mut start = rng.below(30);
        while start < 190 {
            let length = 1 + rng.below(25);
            let end = (start + length).min(197);
            let code = ["FR", "DE", "KZ"][rng.below(3) as usize];
            trips.push(Trip::new(
                Stay::new(day(start), day(end)),
                country(code).unwrap(),
            ));
            start = end + 2 + rng.below(40);
        }
        let entry_offset = (entry - base).num_days() as u64;
        let mut papers = Documents::default();
        for _ in 0..rng.below(3) {
            let from = day(rng.below(entry_offset + 10));
            let until = from + chrono::Days::new(10 + rng.below(200));
            let entries = [Entries::One, Entries::Two, Entries::Multiple][rng.below(3) as usize];
            papers
                .visas
                .push(visa(from, until, entries, 1 + rng.below(90) as u32));
        }
        if rng.below(2) == 0 {
            papers.passport = Some(Passport {
                expiry: entry + chrono::Days::new(30 + rng.below(200)),
                issued: (rng.below(3) == 0)
                    .then(|| entry - chrono::Days::new(3500 + rng.below(300))),
            });
        }
        let on = entry - chrono::Days::new(1 + rng.below(5));
        let next = where_next_papers(&trips, &india(), on, entry, &papers).unwrap();
        let next = schengen_of(&next);
        // The zone's answer, checked on the entry day with a stay entered then.
        let mut with_stay = trips.clone();
        with_stay.push(Trip::new(Stay::open(entry), country("FR").unwrap()));
        let answer =
            assess_trips_with(&with_stay, &india(), entry, &Default::default(), &papers).unwrap();
        let zone = answer
            .zones
            .iter()
            .find(|z| z.zone.id() == "schengen")
            .unwrap();
        let (max_stay_days, latest_exit) = days(next);
        match &zone.papers {
            None => {
                assert!(papers.visas.is_empty() && papers.passport.is_none());
                assert_eq!(next.papers, None);
                let applied = zone.papers_applied().unwrap();
                assert_eq!(
                    (max_stay_days, latest_exit),
                    (applied.max_stay_days, applied.latest_exit)
                );
                compared[0] += 1;
            }
            Some(check) => {
                let applied = zone.papers_applied().unwrap();
                // The passport issued over 10 years before the entry: check says the stay
                // breaks it (a verdict), where next that there is no entry.
                let issued_fails = check
                    .passport
                    .iter()
                    .any(|v| v.problems.iter().any(|p| p.code() == "issued_too_long_ago"));
                let found = next.papers.as_ref().unwrap();
                assert_eq!(found.check.bounds, check.bounds, "{trips:?} {papers:?}");
                if issued_fails {
                    assert_eq!((max_stay_days, latest_exit), (0, None));
                    // The passport sets it unless another bound already allows no day.
                    let expected = match applied.latest_exit {
                        Some(_) => Some(ExitReason::Passport),
                        None => check.latest_exit_reason,
                    };
                    assert_eq!(next.latest_exit_reason(), expected);
                    compared[1] += 1;
                    continue;
                }
                assert_eq!(
                    (max_stay_days, latest_exit),
                    (applied.max_stay_days, applied.latest_exit),
                    "{trips:?} {papers:?} entry {entry}"
                );
                assert_eq!(next.latest_exit_reason(), check.latest_exit_reason);
                let no_visa = check
                    .warnings
                    .iter()
                    .any(|w| w.code() == "no_visa_for_stay");
                assert_eq!(found.no_visa, no_visa, "{papers:?} entry {entry}");
                let slot = match check.latest_exit_reason {
                    Some(ExitReason::VisaUntil) => 2,
                    Some(ExitReason::VisaDays) => 3,
                    Some(ExitReason::VisaEntries) => 4,
                    Some(ExitReason::Passport) => 5,
                    _ => 6,
                };
                compared[slot] += 1;
            }
        }
    }
    // Every kind of bound was met.
    assert!(compared.iter().all(|&n| n > 0), "{compared:?}");
}

/// Standard output of a run of `staycalc ARGS` that must succeed.
fn staycalc(args: &[&str], stdin: &str) -> String {
    let run = run::staycalc(args, stdin);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn the_cli_where_next_is_check_rule_schengen_for_a_stay_entered_that_day() {
    let log = "entry,exit,country\n2025-03-01,2025-03-20,FR\n2025-04-01,2025-04-10,KZ\n";
    for papers in [
        &["--visa", "2025-02-01..2025-05-14,MULT,60"][..],
        &["--visa", "2025-02-01..2025-08-01,MULT,30"][..],
        &["--visa", "2025-02-01..2025-08-01,1,90"][..],
        &["--passport-expiry", "2025-09-01"][..],
        &["--passport-expiry", "2025-07-10"][..],
    ] {
        let next = json::parse(&staycalc(
            &[
                &["check", "--format", "json", "--nationality", "IN"][..],
                &["--on", "2025-05-01", "--next-entry", "2025-05-10"],
                papers,
                &["-"],
            ]
            .concat(),
            log,
        ))
        .unwrap();
        let schengen = next["where_next"]
            .items()
            .iter()
            .find(|n| n["zone"] == "schengen")
            .unwrap()
            .clone();
        let single = json::parse(&staycalc(
            &[
                &["check", "--format", "json", "--rule", "schengen"][..],
                &["--on", "2025-05-10"],
                papers,
                &["-"],
            ]
            .concat(),
            "entry,exit\n2025-03-01,2025-03-20\n2025-05-10,\n",
        ))
        .unwrap();
        for key in ["max_stay_days", "latest_exit", "latest_exit_reason"] {
            assert_eq!(schengen[key], single[key], "{key} with {papers:?}");
        }
        assert_eq!(
            schengen["papers"]["bounds"], single["documents"]["bounds"],
            "{papers:?}"
        );
    }
    // The text says what sets it, and "no entry" when nothing is allowed.
    let text = staycalc(
        &[
            "check",
            "--nationality",
            "IN",
            "--on",
            "2025-05-01",
            "--next-entry",
            "2025-05-10",
            "--visa",
            "2025-02-01..2025-08-01,1,90",
            "-",
        ],
        log,
    );
    let line = text
        .lines()
        .find(|l| l.starts_with("Schengen area (schengen)") && l.contains("no entry"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.contains("no entry on 2025-05-10: the visa's entries, all used (visa 1)"),
        "{line}"
    );
}

#[test]
fn a_permit_in_force_on_the_entry_bounds_it_by_its_last_day_as_the_zones_answer_does() {
    use staycalc::documents::Permit;
    let fr = country("FR").unwrap();
    let trips = [Trip::new(Stay::open(date(2025, 4, 1)), fr)];
    let papers = Documents {
        passport: Some(Passport {
            expiry: date(2030, 1, 1),
            issued: None,
        }),
        permits: vec![Permit::new(date(2025, 3, 1), date(2025, 6, 30))
            .unwrap()
            .of(fr)],
        ..Documents::default()
    };
    let on = date(2025, 5, 10);
    let next = where_next_papers(&trips, &india(), on, on, &papers).unwrap();
    let schengen = schengen_of(&next);
    assert_eq!(days(schengen), (52, Some(date(2025, 6, 30))));
    assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::Permit));
    let answer = assess_trips_with(&trips, &india(), on, &Default::default(), &papers).unwrap();
    let zone = answer
        .zones
        .iter()
        .find(|z| z.zone.id() == "schengen")
        .unwrap();
    let applied = zone.papers_applied().unwrap();
    assert_eq!((applied.max_stay_days, applied.latest_exit), days(schengen));
    assert_eq!(
        zone.papers.as_ref().unwrap().latest_exit_reason,
        Some(ExitReason::Permit)
    );
}

#[test]
fn the_cli_text_says_when_no_visa_given_holds_the_entry_and_when_the_passport_refuses_it() {
    let log = "entry,exit,country\n2025-03-01,2025-03-20,FR\n";
    let line = |papers: &[&str]| {
        let text = staycalc(
            &[
                &["check", "--nationality", "IN", "--on", "2025-05-01"][..],
                &["--next-entry", "2025-05-10"],
                papers,
                &["-"],
            ]
            .concat(),
            log,
        );
        text.lines()
            .find(|l| l.starts_with("Schengen area (schengen)"))
            .unwrap_or_else(|| panic!("{text}"))
            .to_string()
    };
    let expired = line(&["--visa", "2025-02-01..2025-04-30,MULT,90"]);
    assert!(expired.contains("70 days, until 2025-07-18"), "{expired}");
    assert!(
        expired.contains("no visa given is valid on 2025-05-10: the rule alone"),
        "{expired}"
    );
    let old = line(&[
        "--passport-expiry",
        "2030-01-01",
        "--passport-issued",
        "2014-05-09",
    ]);
    assert!(
        old.contains("no entry on 2025-05-10: the passport was issued more than 10 years"),
        "{old}"
    );
    let short = line(&["--passport-expiry", "2025-09-01"]);
    assert!(
        short.contains(
            "23 days, until 2025-06-01 (schengen), set by the passport (valid 3 months after the \
             exit); the rule alone: 70 days, until 2025-07-18"
        ),
        "{short}"
    );
}
