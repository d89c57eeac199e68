//! A travel log across countries on structured random input: up to ten trips chained with
//! gaps, overlaps and same-day re-entries (some open, some broken) in countries picked from
//! every ISO code (so members before and after their Schengen date, microstates and countries
//! with no rule all occur), one or two nationalities, a check date and an entry date.
//!
//! Checked: nothing panics; a broken trip is an error naming its row; every zone answered under
//! a rule equals the single-rule engine on the zone's stays, rebuilt here day by day from
//! `zone_of`; a zone's countries are in it on some day of the log; `where_next` answers every
//! zone the catalogue has rules for.

#![no_main]

use arbitrary::Arbitrary;
use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use staycalc::zones::{
    assess_trips, countries, where_next, zone_of, Country, Trip, Verdict, Zone,
};
use staycalc::{assess, Options, Stay};

#[derive(Arbitrary, Debug)]
struct TripSpec {
    /// Days from the previous trip's exit to this entry.
    gap: i8,
    /// Days in the trip; 0 makes the exit the day before the entry (an error).
    length: u8,
    open: bool,
    country: u8,
}

#[derive(Arbitrary, Debug)]
struct Input {
    /// Days after 1994-01-01 (folded to reach 2027), so every membership date is crossed.
    start: u16,
    trips: Vec<TripSpec>,
    on: u16,
    entry: u8,
    nationality: (u8, Option<u8>),
}

fn pick(i: u8) -> &'static Country {
    let all = countries();
    // Most picks among the countries that matter here, the rest among all.
    const OFTEN: [&str; 12] = ["FR", "DE", "BG", "RO", "HR", "CY", "MC", "AD", "KZ", "GE", "US", "CH"];
    if i < 192 {
        let code = OFTEN[i as usize % OFTEN.len()];
        all.iter().find(|c| c.alpha2 == code).expect("a country")
    } else {
        &all[i as usize % all.len()]
    }
}

fuzz_target!(|input: Input| {
    let base = NaiveDate::from_ymd_opt(1994, 1, 1).unwrap();
    let mut at = base + Days::new(u64::from(input.start % 12_000));
    let on = base + Days::new(u64::from(input.on % 12_500));
    let mut trips = Vec::new();
    for spec in input.trips.iter().take(10) {
        let entry = if spec.gap < 0 {
            at - Days::new(u64::from(spec.gap.unsigned_abs() % 8))
        } else {
            at + Days::new(u64::from(spec.gap as u8 % 60))
        };
        let exit = if spec.length == 0 {
            entry - Days::new(1)
        } else {
            entry + Days::new(u64::from(spec.length % 100).max(1) - 1)
        };
        let stay = if spec.open && entry <= on {
            Stay::open(entry)
        } else {
            Stay::new(entry, exit)
        };
        trips.push(Trip::new(stay, pick(spec.country)));
        at = exit.max(entry);
    }
    let mut nationality = vec![pick(input.nationality.0)];
    if let Some(second) = input.nationality.1 {
        nationality.push(pick(second));
    }
    let options = Options::default();
    let answer = match assess_trips(&trips, &nationality, on, &options) {
        Ok(answer) => answer,
        Err(error) => {
            assert!(error.row().is_some(), "{error}");
            return;
        }
    };
    for zone in &answer.zones {
        assert!(!zone.countries.is_empty());
        // The zone's stays, day by day.
        let mut stays = Vec::new();
        for (i, trip) in trips.iter().enumerate() {
            let last = trip.stay.exit.unwrap_or(on);
            let mut day = trip.stay.entry;
            let mut run: Option<NaiveDate> = None;
            while day <= last {
                let inside = zone_of(trip.country, day) == zone.zone;
                match (inside, run) {
                    (true, None) => run = Some(day),
                    (false, Some(from)) => {
                        stays.push(Stay::new(from, day - Days::new(1)).at_row(i + 1));
                        run = None;
                    }
                    _ => {}
                }
                day = day + Days::new(1);
            }
            if let Some(from) = run {
                let stay = match trip.stay.exit {
                    Some(exit) => Stay::new(from, exit),
                    None => Stay::open(from),
                };
                stays.push(stay.at_row(i + 1));
            }
        }
        assert!(!stays.is_empty(), "zone {} with no days", zone.zone.id());
        if let Verdict::Rule { rule, assessment, .. } = &zone.verdict {
            let mut single = assess(rule, &stays, on).unwrap();
            let mut zoned = assessment.clone();
            // The log's other zones may show the crossing between two rows with no day between
            // them, settling what the zone alone asks (reentry warnings and the status they
            // set); they never ask more, and the rest is the same.
            if single.warnings.iter().any(|w| w.code() == "reentry") {
                for a in [&mut single, &mut zoned] {
                    a.warnings.retain(|w| w.code() != "reentry");
                }
                single.status = zoned.status;
            } else {
                assert!(zoned.warnings.iter().all(|w| w.code() != "reentry"));
            }
            assert_eq!(zoned, single);
        }
    }
    let entry = on + Days::new(u64::from(input.entry));
    if let Ok(next) = where_next(&trips, &nationality, on, entry) {
        assert!(next.iter().any(|n| n.zone == Zone::Schengen));
    }
});
