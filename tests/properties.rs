//! Property tests: for random stays (some open, some planned), random rules (the catalogue and
//! random custom ones with versions) and random check dates, every answer of the engine equals
//! the brute-force oracle's in `tests/oracle`.
//!
//! Stays are generated as a chain with small gaps, overlaps, duplicates, same-day re-entries and
//! adjacent stays, near the rules' effective dates, so that window edges, merges and version
//! changes happen often. 256 cases per property keep `cargo test` fast; `PROPTEST_CASES=5000
//! cargo test --test properties` runs a longer search.

mod oracle;

use chrono::NaiveDate;
use oracle::{date_of, day, Oracle};
use proptest::prelude::*;
use proptest::test_runner::Config;
use staycalc::{
    catalogue, date, Calculator, Confidence, History, Limits, Options, PerEntry, Rule, Status,
    Stay, Version, Window,
};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// A rule, stays and a check date, with a trip length for `earliest_entry`.
#[derive(Clone, Debug)]
struct Scenario {
    rule: Rule,
    stays: Vec<Stay>,
    on: NaiveDate,
    trip: u32,
}

fn limits() -> impl Strategy<Value = Limits> {
    (
        0u8..5,
        2u32..=200,
        any::<u32>(),
        0u8..4,
        1u32..=60,
        1u32..=13,
    )
        .prop_map(|(kind, days, seed, cap_kind, cap_days, cap_months)| {
            let days = if kind == 4 { 180 } else { days };
            let max = 1 + seed % (days - 1);
            let window = match kind {
                0 => None,
                1 => Some(Window::CalendarYear {
                    max: if seed % 7 == 0 { 365 } else { 1 + seed % 120 },
                }),
                2 => Some(Window::FromFirstEntry { days, max }),
                _ => Some(Window::Rolling { days, max }),
            };
            let per_entry = match (cap_kind, window) {
                (1, _) => Some(PerEntry::Months(cap_months)),
                (0, _) | (_, None) => Some(PerEntry::Days(cap_days)),
                _ => None,
            };
            Limits { window, per_entry }
        })
}

/// A rule of random numbers with these versions.
fn random_rule(versions: Vec<Version>) -> Rule {
    Rule {
        id: Cow::Borrowed("random"),
        name: Cow::Borrowed("random"),
        destination: "",
        applies_to: "",
        nationalities: &[],
        versions: Cow::Owned(versions),
        source: "",
        confidence: Confidence::Low,
        last_checked: "",
        consequences: "",
        notes: "",
        translations: Default::default(),
    }
}

/// A custom rule with one to three versions between 1995 and 2030.
fn custom_rule() -> impl Strategy<Value = Rule> {
    (
        proptest::collection::vec((limits(), any::<bool>(), 1i32..400), 1..=3),
        0i32..12_000,
        any::<bool>(),
    )
        .prop_map(|(parts, start, open_first)| {
            let mut from = day(date(1995, 1, 1)) + start;
            let versions: Vec<Version> = parts
                .into_iter()
                .enumerate()
                .map(|(i, (limits, ignores, gap))| {
                    if i > 0 {
                        from += gap;
                    }
                    let from = (i > 0 || !open_first).then(|| date_of(from));
                    Version {
                        from,
                        limits,
                        ignores_earlier_presence: ignores && from.is_some(),
                    }
                })
                .collect();
            random_rule(versions)
        })
}

fn any_rule() -> impl Strategy<Value = Rule> {
    prop_oneof![
        (0..catalogue().len()).prop_map(|i| catalogue()[i].clone()),
        custom_rule(),
    ]
}

/// How one stay of the chain is placed and shaped.
#[derive(Clone, Copy, Debug)]
struct StaySpec {
    placement: u8,
    gap: i32,
    length: u8,
    open: bool,
    broken: u8,
}

fn stay_spec() -> impl Strategy<Value = StaySpec> {
    (
        0u8..10,
        1i32..150,
        any::<u8>(),
        prop::bool::weighted(0.15),
        any::<u8>(),
    )
        .prop_map(|(placement, gap, length, open, broken)| StaySpec {
            placement,
            gap,
            length,
            open,
            broken,
        })
}

/// Builds the stays from `anchor`, each placed relative to the one before.
fn chain(anchor: i32, specs: &[StaySpec], on: i32, allow_errors: bool) -> Vec<Stay> {
    let mut stays: Vec<Stay> = Vec::new();
    let mut previous = (anchor, anchor - 1);
    for (i, spec) in specs.iter().enumerate() {
        let placement = if i == 0 { 9 } else { spec.placement };
        let length = match spec.length % 4 {
            0 => 1,
            1 => 2 + (spec.length as i32 / 4) % 9,
            _ => 1 + (spec.length as i32 / 4) % 60,
        };
        // 0: overlaps the previous stay's last 0-5 days; 1: same-day re-entry; 2: the next
        // day; 3: a duplicate; 4: the same entry day; otherwise after a gap of 1-149 days.
        let (entry, exit) = match placement {
            0 => (
                previous.1 - spec.gap % 6,
                previous.1 - spec.gap % 6 + length - 1,
            ),
            1 => (previous.1, previous.1 + length - 1),
            2 => (previous.1 + 1, previous.1 + length),
            3 => previous,
            4 => (previous.0, previous.0 + length - 1),
            _ => (previous.1 + 1 + spec.gap, previous.1 + spec.gap + length),
        };
        let mut stay = Stay::new(date_of(entry), date_of(exit));
        if spec.open && entry <= on {
            stay = Stay::open(date_of(entry));
        }
        // Rarely (one stay in 128), an exit before the entry or an open stay after `on`.
        if allow_errors && spec.broken == 0 {
            stay = Stay::new(date_of(entry), date_of(entry - 1));
        } else if allow_errors && spec.broken == 1 {
            stay = Stay::open(date_of(on + 1 + entry.rem_euclid(3)));
        }
        stays.push(stay);
        previous = (entry, exit);
    }
    stays
}

/// A scenario near one of the rule's effective dates (or 2020), so versions change inside it.
fn scenario_with(allow_errors: bool) -> impl Strategy<Value = Scenario> {
    (
        any_rule(),
        any::<usize>(),
        -300i32..150,
        proptest::collection::vec(stay_spec(), 0..8),
        -60i32..500,
        prop_oneof![1u32..=10, 1u32..=100],
    )
        .prop_map(move |(rule, pick, shift, specs, on_offset, trip)| {
            let mut anchors: Vec<i32> = rule
                .versions
                .iter()
                .filter_map(|v| v.from.map(day))
                .collect();
            anchors.push(day(date(2020, 1, 1)));
            let anchor = anchors[pick % anchors.len()] + shift;
            let first_in_force = rule.versions[0].from.map_or(i32::MIN, day);
            let on = (anchor + on_offset).max(first_in_force);
            let stays = chain(anchor, &specs, on, allow_errors);
            Scenario {
                rule,
                stays,
                on: date_of(on),
                trip,
            }
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_with(false)
}

/// Planned stays entered while fixed periods are counted, running up to and past the day a
/// rolling window replaces them: Schengen before and after 2013-10-18, or a custom rule with
/// fixed periods then a rolling window (and per-entry caps), checked before the first stay.
fn fixed_periods_scenario() -> impl Strategy<Value = Scenario> {
    let schengen = catalogue()
        .iter()
        .find(|rule| rule.id == "schengen")
        .expect("schengen in the catalogue")
        .clone();
    let custom = (limits(), limits(), 2u32..=200, 1u32..199, 0i32..400).prop_map(
        |(first, second, days, max, start)| {
            let first = Limits {
                window: Some(Window::FromFirstEntry {
                    days,
                    max: 1 + max % (days - 1),
                }),
                ..first
            };
            let change = day(date(2005, 1, 1)) + start;
            random_rule(vec![
                Version {
                    from: None,
                    limits: first,
                    ignores_earlier_presence: false,
                },
                Version {
                    from: Some(date_of(change)),
                    limits: second,
                    ignores_earlier_presence: false,
                },
            ])
        },
    );
    (
        prop_oneof![Just(schengen), custom],
        0i32..400,
        1i32..60,
        proptest::collection::vec(stay_spec(), 1..12),
    )
        .prop_map(|(rule, before, early, specs)| {
            let end = rule
                .versions
                .iter()
                .filter_map(|v| v.from.map(day))
                .next_back()
                .expect("a second version");
            let anchor = end - before;
            let on = anchor - early;
            let stays = chain(anchor, &specs, on, false);
            Scenario {
                rule,
                stays,
                on: date_of(on),
                trip: 1,
            }
        })
}

/// 256 cases, or `PROPTEST_CASES` when set.
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// The first and last day a timeline should cover: the stays and `on`, with a margin.
fn span(s: &Scenario) -> (NaiveDate, NaiveDate) {
    let mut lo = day(s.on);
    let mut hi = day(s.on);
    for stay in &s.stays {
        lo = lo.min(day(stay.entry));
        hi = hi.max(stay.exit.map_or(day(s.on), day));
    }
    (date_of(lo - 10), date_of(hi + 10))
}

/// Unordered pairs of rows with their shared days.
fn pairs(
    list: impl IntoIterator<Item = (usize, usize, NaiveDate, NaiveDate)>,
) -> BTreeSet<(usize, usize, NaiveDate, NaiveDate)> {
    list.into_iter()
        .map(|(a, b, from, until)| (a.min(b), a.max(b), from, until))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    /// Every field of the assessment, and the errors, equal the oracle's; every overlap warning
    /// names two rows that share those days, and every row that overlaps another is named.
    #[test]
    fn assessment_equals_the_oracle(s in scenario_with(true)) {
        let engine = Calculator::new(&s.rule, &s.stays, s.on);
        let oracle = Oracle::new(&s.rule, &s.stays, s.on);
        let (calculator, oracle) = match (engine, oracle) {
            (Ok(c), Ok(o)) => (c, o),
            (Err(e), Err(o)) => {
                prop_assert_eq!((e.code(), e.row()), (o.code, o.row));
                return Ok(());
            }
            (engine, oracle) => {
                return Err(TestCaseError::fail(format!(
                    "engine {:?}, oracle {:?}", engine.err(), oracle.err()
                )));
            }
        };
        let mut answer = calculator.assessment(&Options::default());
        let warnings = std::mem::take(&mut answer.warnings);
        prop_assert_eq!(answer, oracle.assessment(10));

        let overlaps = oracle.overlaps();
        let truth = pairs(overlaps.iter().map(|o| (o.first_row, o.second_row, o.from, o.until)));
        let named = pairs(warnings.iter().filter_map(|w| match *w {
            staycalc::Warning::Overlap { first_row, second_row, from, until } => {
                Some((first_row, second_row, from, until))
            }
            _ => None,
        }));
        let reentries: Vec<oracle::Reentry> = warnings.iter().filter_map(oracle::Reentry::of).collect();
        prop_assert_eq!(reentries, oracle.reentries());
        prop_assert!(named.is_subset(&truth), "warned {:?}, true overlaps {:?}", named, truth);
        let rows = |set: &BTreeSet<(usize, usize, NaiveDate, NaiveDate)>| -> BTreeSet<usize> {
            set.iter().flat_map(|p| [p.0, p.1]).collect()
        };
        prop_assert_eq!(rows(&named), rows(&truth));
    }

    /// Stays merged once (`History`) and asked on several dates (each question after
    /// another, as the stays are lent and given back) answer as stays merged on each date: every field of the assessment, the warnings, the verdicts, and the same errors.
    #[test]
    fn a_history_answers_as_the_stays_on_every_date(s in scenario_with(true), later in 0i32..400) {
        let Ok(Some(mut history)) = History::new(&s.stays) else {
            // Open stays, or a stay whose own dates are wrong: no history to compare.
            return Ok(());
        };
        for on in [s.on, date_of(day(s.on) + later), date_of(day(s.on) - later)] {
            let fresh = Calculator::new(&s.rule, &s.stays, on);
            let kept = history.ask(&s.rule, on, |calculator| {
                (calculator.assessment(&Options::default()), calculator.plan())
            });
            match (fresh, kept) {
                (Ok(fresh), Ok((assessment, plan))) => {
                    prop_assert_eq!(fresh.assessment(&Options::default()), assessment);
                    prop_assert_eq!(fresh.plan(), plan);
                }
                (Err(fresh), Err(kept)) => prop_assert_eq!(fresh.to_string(), kept.to_string()),
                (fresh, kept) => {
                    return Err(TestCaseError::fail(format!(
                        "fresh {:?}, with the history {:?}", fresh.err(), kept.err()
                    )));
                }
            }
        }
    }

    /// `earliest_entry(n)` and the timeline equal the oracle's.
    #[test]
    fn earliest_entry_and_timeline_equal_the_oracle(s in scenario()) {
        let calculator = Calculator::new(&s.rule, &s.stays, s.on).unwrap();
        let oracle = Oracle::new(&s.rule, &s.stays, s.on).unwrap();
        prop_assert_eq!(
            calculator.earliest_entry(s.trip).unwrap(),
            oracle.earliest_entry(s.trip).map(date_of),
            "trip of {} days", s.trip
        );
        let (from, to) = span(&s);
        prop_assert_eq!(calculator.timeline(from, to).unwrap(), oracle.timeline(from, to));
    }

    /// The plan's verdicts, with each planned stay's latest exit, equal the oracle's, and so
    /// does each verdict asked for alone.
    #[test]
    fn plan_equals_the_oracle(s in scenario()) {
        let calculator = Calculator::new(&s.rule, &s.stays, s.on).unwrap();
        let oracle = Oracle::new(&s.rule, &s.stays, s.on).unwrap();
        let plan = oracle.plan();
        prop_assert_eq!(calculator.plan(), plan.clone());
        for (index, verdict) in plan.into_iter().enumerate() {
            prop_assert_eq!(calculator.verdict_of(index), Some(verdict));
        }
        prop_assert_eq!(calculator.verdict_of(s.stays.len()), None);
    }

    /// Under fixed periods, where a longer stay can move later periods' starts, the plan's
    /// verdicts and latest exits equal the oracle's too, for stays running past the periods'
    /// end: only the stays entered before the end plus a look-back are judged again.
    #[test]
    fn plan_under_fixed_periods_equals_the_oracle(s in fixed_periods_scenario()) {
        let calculator = Calculator::new(&s.rule, &s.stays, s.on).unwrap();
        let oracle = Oracle::new(&s.rule, &s.stays, s.on).unwrap();
        prop_assert_eq!(calculator.plan(), oracle.plan());
        prop_assert_eq!(
            calculator.latest_exit_keeping_plans(),
            oracle.latest_exit_keeping_plans().map(date_of)
        );
    }

    /// A planned stay's verdict and its latest exit agree: it leaves by its latest exit
    /// exactly when it is fine (no unlawful day of its own, none caused later). Under rules
    /// whose counts only grow with presence (no fixed periods, see `DESIGN.md`).
    #[test]
    fn a_verdict_agrees_with_its_latest_exit(s in scenario()) {
        let fixed = s.rule.versions.iter().any(|v| {
            matches!(v.limits.window, Some(Window::FromFirstEntry { .. }))
        });
        prop_assume!(!fixed);
        let calculator = Calculator::new(&s.rule, &s.stays, s.on).unwrap();
        for verdict in calculator.plan().iter().filter(|v| v.planned) {
            let leaves_in_time = verdict.latest_exit.is_some_and(|exit| verdict.exit <= exit);
            prop_assert_eq!(leaves_in_time, verdict.is_fine(), "{:?}", verdict);
        }
    }

    /// Keeping the planned stays never lets one stay longer than without them, and without
    /// planned stays it is the latest exit.
    #[test]
    fn latest_exit_keeping_plans_is_within_latest_exit(s in scenario()) {
        let calculator = Calculator::new(&s.rule, &s.stays, s.on).unwrap();
        let answer = calculator.assessment(&Options::default());
        let oracle = Oracle::new(&s.rule, &s.stays, s.on).unwrap();
        prop_assert_eq!(
            answer.latest_exit_keeping_plans,
            oracle.latest_exit_keeping_plans().map(date_of)
        );
        match (answer.latest_exit, answer.latest_exit_keeping_plans) {
            (None, keeping) => prop_assert_eq!(keeping, None),
            (Some(_), None) => {}
            (Some(alone), Some(keeping)) => prop_assert!(keeping <= alone),
        }
        if calculator.plan().iter().all(|v| !v.planned) {
            prop_assert_eq!(answer.latest_exit_keeping_plans, answer.latest_exit);
        }
    }

    /// Merging does not depend on the order of the stays: shuffled (rows kept), every answer
    /// and the rows named by warnings are the same.
    #[test]
    fn order_of_stays_does_not_matter(
        (s, shuffled) in scenario().prop_flat_map(|s| {
            let rowed: Vec<Stay> =
                s.stays.iter().enumerate().map(|(i, stay)| stay.at_row(i + 1)).collect();
            (Just(s), Just(rowed).prop_shuffle())
        })
    ) {
        let rowed: Vec<Stay> =
            s.stays.iter().enumerate().map(|(i, stay)| stay.at_row(i + 1)).collect();
        let a = Calculator::new(&s.rule, &rowed, s.on).unwrap();
        let b = Calculator::new(&s.rule, &shuffled, s.on).unwrap();
        let (mut x, mut y) = (a.assessment(&Options::default()), b.assessment(&Options::default()));
        let rows = |w: &[staycalc::Warning]| -> BTreeSet<usize> {
            w.iter().flat_map(|w| w.rows()).collect()
        };
        prop_assert_eq!(rows(&x.warnings), rows(&y.warnings));
        x.warnings.clear();
        y.warnings.clear();
        prop_assert_eq!(x, y);
        let mut p = a.plan();
        let mut q = b.plan();
        p.sort_by_key(|v| v.row);
        q.sort_by_key(|v| v.row);
        prop_assert_eq!(p, q);
        prop_assert_eq!(a.earliest_entry(s.trip).unwrap(), b.earliest_entry(s.trip).unwrap());
    }

    /// Over the limit and overstay agree: with a window on `on`, `days_used <= limit` exactly
    /// when the window part of the overstay is 0; no overstay at all means within the limit.
    #[test]
    fn days_used_within_the_limit_iff_not_over(s in scenario()) {
        let calculator = Calculator::new(&s.rule, &s.stays, s.on).unwrap();
        let answer = calculator.assessment(&Options::default());
        let window = s.rule.limits_on(s.on).and_then(|l| l.window);
        if window.is_some() {
            let over_window = answer.days_used.saturating_sub(answer.limit);
            prop_assert_eq!(answer.days_used <= answer.limit, over_window == 0);
            prop_assert!(answer.overstay_days >= over_window);
            if over_window > 0 {
                prop_assert_eq!(answer.days_remaining, 0);
            }
        }
        if answer.overstay_days == 0 {
            prop_assert!(answer.days_used <= answer.limit || answer.limit == 0);
        } else if answer.present {
            prop_assert_eq!(answer.status, Status::Overstay);
        } else {
            prop_assert_eq!(answer.status, Status::PastOverstay);
        }
        prop_assert_eq!(answer.days_remaining, answer.limit.saturating_sub(answer.days_used));
    }
}
