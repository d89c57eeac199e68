//! The engine on structured random input: a rule (from the catalogue, or custom with one to
//! four versions of rolling, calendar-year or fixed windows and per-entry caps in days or
//! months, sometimes with absurd numbers), up to eight stays chained with gaps, overlaps and
//! same-day re-entries (some open, some broken), a check date, a trip length and a timeline
//! range.
//!
//! Checked: nothing panics; an invalid rule is refused; the invariants of every answer
//! (`days_used` within the window, `days_remaining + days_used == limit` when not over, a
//! latest exit not before the check date, an earliest entry whose trip is lawful while the day
//! before is not, drop-outs that add up to the days used, timelines that refuse what they
//! should); and on every input the brute-force oracle of the property tests
//! (`tests/oracle/mod.rs`) gives the same assessment, plan, earliest entry, timeline, errors
//! and overlapping rows.

#![no_main]

#[path = "../../tests/oracle/mod.rs"]
mod oracle;

use arbitrary::Arbitrary;
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use oracle::{date_of, day, Oracle};
use staycalc::{
    catalogue, Calculator, Confidence, Limits, Options, PerEntry, Rule, Stay, Version, Window,
    MAX_DATE, MAX_RULE_DAYS, MAX_TIMELINE_DAYS, MIN_DATE,
};
use std::borrow::Cow;
use std::collections::BTreeSet;

#[derive(Arbitrary, Debug)]
enum WindowSpec {
    None,
    Rolling { days: u32, max: u32 },
    CalendarYear { max: u32 },
    FromFirstEntry { days: u32, max: u32 },
}

#[derive(Arbitrary, Debug)]
enum CapSpec {
    None,
    Days(u32),
    Months(u32),
}

#[derive(Arbitrary, Debug)]
struct VersionSpec {
    /// Days after the previous version's start (after the anchor for the first).
    gap: i16,
    dated: bool,
    window: WindowSpec,
    cap: CapSpec,
    ignores_earlier_presence: bool,
}

#[derive(Arbitrary, Debug)]
enum RuleSpec {
    Catalogue(u8),
    /// Numbers folded into sensible ranges (small windows, `max < days`), unless `wild` is
    /// below 32 (one rule in eight): then as drawn, mostly invalid.
    Custom {
        wild: u8,
        versions: Vec<VersionSpec>,
    },
}

#[derive(Arbitrary, Debug)]
struct StaySpec {
    /// Days from the previous stay's exit to this entry: negative overlaps, 0 re-enters the
    /// same day, 1 is adjacent.
    gap: i8,
    /// Days in the stay; 0 makes the exit the day before the entry (an error).
    length: u8,
    open: bool,
}

#[derive(Arbitrary, Debug)]
struct Input {
    rule: RuleSpec,
    /// Days after 1890-01-01 (folded to reach 2210), so dates outside the range occur.
    anchor: u32,
    stays: Vec<StaySpec>,
    on: i16,
    trip: u32,
    threshold: u8,
    timeline_from: i16,
    timeline_days: u16,
}

fn fold(value: u32, lo: u32, hi: u32) -> u32 {
    lo + value % (hi - lo + 1)
}

fn limits(spec: &VersionSpec, wild: bool) -> Limits {
    let window = match spec.window {
        WindowSpec::None => None,
        WindowSpec::Rolling { days, max } | WindowSpec::FromFirstEntry { days, max } => {
            let (days, max) = if wild {
                (days, max)
            } else {
                let days = fold(days, 2, 400);
                (days, fold(max, 1, days - 1))
            };
            Some(match spec.window {
                WindowSpec::Rolling { .. } => Window::Rolling { days, max },
                _ => Window::FromFirstEntry { days, max },
            })
        }
        WindowSpec::CalendarYear { max } => Some(Window::CalendarYear {
            max: if wild { max } else { fold(max, 1, 365) },
        }),
    };
    let per_entry = match spec.cap {
        CapSpec::None if window.is_some() => None,
        CapSpec::None | CapSpec::Days(_) => {
            let days = match spec.cap {
                CapSpec::Days(days) => days,
                _ => 30,
            };
            Some(PerEntry::Days(if wild { days } else { fold(days, 1, 200) }))
        }
        CapSpec::Months(months) => Some(PerEntry::Months(if wild {
            months
        } else {
            fold(months, 1, 15)
        })),
    };
    Limits { window, per_entry }
}

fn rule(spec: &RuleSpec, anchor: i32) -> Rule {
    let (wild, versions) = match spec {
        RuleSpec::Catalogue(i) => return catalogue()[*i as usize % catalogue().len()].clone(),
        RuleSpec::Custom { wild, versions } => (*wild < 32, versions),
    };
    let mut from = anchor;
    let versions: Vec<Version> = versions
        .iter()
        .take(4)
        .enumerate()
        .map(|(i, spec)| {
            let gap = if wild || i == 0 {
                spec.gap as i32
            } else {
                1 + (spec.gap as i32).rem_euclid(500)
            };
            from += gap;
            let dated = spec.dated || (i > 0 && !wild);
            Version {
                from: dated.then(|| date_of(from)),
                limits: limits(spec, wild),
                ignores_earlier_presence: spec.ignores_earlier_presence && dated,
            }
        })
        .collect();
    Rule {
        id: Cow::Borrowed("fuzz"),
        name: Cow::Borrowed("fuzz"),
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

fn stays(specs: &[StaySpec], anchor: i32, on: i32) -> Vec<Stay> {
    let mut exit = anchor - 1;
    specs
        .iter()
        .take(8)
        .map(|spec| {
            let entry = exit + spec.gap as i32;
            exit = entry + (spec.length % 80) as i32 - 1;
            if spec.open && (spec.length % 7 == 0 || entry <= on) {
                Stay::open(date_of(entry))
            } else {
                Stay::new(date_of(entry), date_of(exit))
            }
        })
        .collect()
}

/// The length of the window in force on `on`, in days, as an upper bound of `days_used`.
fn window_length(rule: &Rule, on: NaiveDate) -> Option<u32> {
    Some(match rule.limits_on(on)?.window? {
        Window::Rolling { days, .. } | Window::FromFirstEntry { days, .. } => days,
        Window::CalendarYear { .. } => 366,
    })
}

/// Whether a trip of `days` days from `start` is lawful with the presence up to `on` kept
/// and later presence dropped, as the engine judges a plan.
fn trip_is_lawful(rule: &Rule, stays: &[Stay], on: NaiveDate, start: NaiveDate, days: u32) -> bool {
    let mut kept: Vec<Stay> = stays
        .iter()
        .filter(|s| s.entry <= on)
        .map(|s| Stay::new(s.entry, s.exit.map_or(on, |exit| exit.min(on))))
        .collect();
    let end = date_of(day(start) + days as i32 - 1);
    kept.push(Stay::new(start, end));
    let calculator = Calculator::new(rule, &kept, on).expect("the kept stays are valid");
    calculator.plan().last().expect("the trip").is_lawful()
}

fuzz_target!(|input: Input| {
    let anchor =
        day(NaiveDate::from_ymd_opt(1890, 1, 1).unwrap()) + (input.anchor % 117_000) as i32;
    let rule = rule(&input.rule, anchor);
    let on_day = anchor + input.on as i32 % 700;
    let on = date_of(on_day);
    let stays = stays(&input.stays, anchor, on_day);
    let options = Options {
        warning_threshold: input.threshold as u32,
    };

    let engine = Calculator::new(&rule, &stays, on);
    if let Err(error) = rule.validate() {
        assert_eq!(
            engine.unwrap_err(),
            error,
            "an invalid rule is refused as such"
        );
        return;
    }
    let calculator = match (engine, Oracle::new(&rule, &stays, on)) {
        (Ok(c), Ok(o)) => (c, o),
        (Err(e), Err(o)) => {
            assert_eq!((e.code(), e.row()), (o.code, o.row), "{e}");
            return;
        }
        (e, o) => panic!("engine {:?}, oracle {:?}", e.err(), o.err()),
    };
    let (calculator, oracle) = calculator;

    // Invariants of the assessment.
    let mut answer = calculator.assessment(&options);
    if let Some(length) = window_length(&rule, on) {
        assert!(
            answer.days_used <= length,
            "{} days used in {length}",
            answer.days_used
        );
    }
    if answer.days_used <= answer.limit {
        assert_eq!(answer.days_remaining + answer.days_used, answer.limit);
    } else {
        assert_eq!(answer.days_remaining, 0);
        if window_length(&rule, on).is_some() {
            assert!(answer.overstay_days > 0, "over the window and no overstay");
        }
    }
    match answer.latest_exit {
        Some(exit) => {
            assert!(exit >= on && exit <= MAX_DATE);
            assert_eq!(answer.max_stay_days as i32, day(exit) - on_day + 1);
        }
        None => assert_eq!(answer.max_stay_days, 0),
    }
    let counted: u32 = calculator.drop_outs().iter().map(|d| d.days).sum();
    if window_length(&rule, on).is_some() {
        assert_eq!(
            counted, answer.days_used,
            "drop-outs add up to the days used"
        );
    }
    assert!(calculator
        .drop_outs()
        .iter()
        .all(|d| d.from > on && d.until >= d.from));

    // The earliest entry: lawful, and the day before not (when it could have started then).
    for days in [0, MAX_RULE_DAYS + 1] {
        assert_eq!(
            calculator.earliest_entry(days).unwrap_err().code(),
            "invalid_number"
        );
    }
    let trip = 1 + input.trip % 120;
    let earliest = calculator
        .earliest_entry(trip)
        .expect("a valid trip length");
    if let Some(start) = earliest {
        let first = if answer.present { on_day + 1 } else { on_day };
        assert!(day(start) >= first);
        assert!(
            trip_is_lawful(&rule, &stays, on, start, trip),
            "trip from {start}"
        );
        if day(start) > first {
            let before = date_of(day(start) - 1);
            assert!(
                !trip_is_lawful(&rule, &stays, on, before, trip),
                "trip from {before}"
            );
        }
    }
    let wild_trip = calculator.earliest_entry(input.trip);
    assert_eq!(
        wild_trip.is_err(),
        input.trip == 0 || input.trip > MAX_RULE_DAYS
    );

    // The timeline: refuses reversed, too long or out-of-range spans; otherwise one day each.
    let from_day = on_day + input.timeline_from as i32;
    let to_day = from_day + input.timeline_days as i32 - 1;
    let (from, to) = (date_of(from_day), date_of(to_day));
    let in_range = |d: NaiveDate| (MIN_DATE..=MAX_DATE).contains(&d);
    match calculator.timeline(from, to) {
        Ok(days) => {
            assert_eq!(days.len() as i32, to_day - from_day + 1);
            assert!(days.len() as u32 <= MAX_TIMELINE_DAYS);
            if let Some(today) = days.iter().find(|d| d.date == on) {
                assert_eq!(today.count, answer.days_used);
                assert_eq!(today.present, answer.present);
            }
        }
        Err(error) => {
            let refused = to_day < from_day
                || (to_day - from_day) as u32 >= MAX_TIMELINE_DAYS
                || !in_range(from)
                || !in_range(to);
            assert!(refused, "timeline {from} .. {to} refused: {error}");
        }
    }

    // The oracle.
    let warnings = std::mem::take(&mut answer.warnings);
    assert_eq!(answer, oracle.assessment(options.warning_threshold));
    assert_eq!(calculator.plan(), oracle.plan());
    assert_eq!(
        earliest,
        oracle.earliest_entry(trip).map(date_of),
        "trip of {trip} days"
    );
    let lo = stays
        .iter()
        .map(|s| day(s.entry))
        .min()
        .unwrap_or(on_day)
        .min(on_day)
        - 5;
    let hi = stays
        .iter()
        .map(|s| s.exit.map_or(on_day, day))
        .max()
        .unwrap_or(on_day)
        .max(on_day)
        + 5;
    let (lo, hi) = (date_of(lo).max(MIN_DATE), date_of(hi).min(MAX_DATE));
    assert_eq!(
        calculator.timeline(lo, hi).unwrap(),
        oracle.timeline(lo, hi)
    );
    let rows = |pairs: &mut dyn Iterator<Item = (usize, usize)>| -> BTreeSet<usize> {
        pairs.flat_map(|(a, b)| [a, b]).collect()
    };
    let warned = rows(&mut warnings.iter().filter(|w| w.code() == "overlap").map(|w| {
        let r = w.rows();
        (r[0], r[1])
    }));
    let overlapping = rows(
        &mut oracle
            .overlaps()
            .iter()
            .map(|o| (o.first_row, o.second_row)),
    );
    assert_eq!(warned, overlapping, "rows named by overlap warnings");
    let reentries: Vec<oracle::Reentry> = warnings
        .iter()
        .filter_map(oracle::Reentry::of)
        .collect();
    assert_eq!(reentries, oracle.reentries(), "stays with no day between them");
});
