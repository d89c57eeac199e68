//! A travel log judged per zone (`cargo bench --bench zones`), against a baseline in the same
//! run: the log split by hand (the zone of each trip's country known in advance) and today's
//! single-rule engine called per zone with the zone's rule (assessment and plan), which is the
//! work `assess_trips` adds its splitting by date, rule choice and ordering to.
//!
//! * `trips_50_stays_5_zones`: one person, 50 trips in France, Germany, Kazakhstan, Georgia,
//!   Türkiye and Cyprus (5 zones: France and Germany are both the Schengen area), 2025-2026.
//!   Issue 11 aims at under 5 µs.
//!
//! Inputs come from a fixed seed, so runs compare.

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use staycalc::zones::{assess_trips, country, Trip};
use staycalc::{date, rule, Calculator, Options, Rule, Stay};
use std::hint::black_box;

/// A small deterministic generator (xorshift64*), so the inputs are the same on every run.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

/// The countries of the log and, for the baseline, each one's zone and rule for a US citizen.
const PLACES: [(&str, &str, &str); 6] = [
    ("FR", "schengen", "schengen"),
    ("DE", "schengen", "schengen"),
    ("KZ", "kz", "kz-visa-free"),
    ("GE", "ge", "ge"),
    ("TR", "tr", "tr"),
    ("CY", "cy", "cy"),
];

fn log(count: usize) -> (Vec<Trip>, NaiveDate) {
    let mut random = Random(11);
    let mut day = date(2025, 1, 1);
    let mut trips = Vec::with_capacity(count);
    for i in 0..count {
        let entry = day + Days::new(1 + random.below(6));
        let exit = entry + Days::new(random.below(5));
        let place = PLACES[random.below(PLACES.len() as u64) as usize].0;
        trips.push(Trip::new(
            Stay::new(entry, exit).at_row(i + 2),
            country(place).unwrap(),
        ));
        day = exit;
    }
    (trips, day)
}

/// The baseline: stays grouped by the zone known for each country, each zone judged under its
/// rule by today's engine.
fn by_hand(trips: &[Trip], on: NaiveDate) -> usize {
    let mut zones: Vec<(&str, &Rule, Vec<Stay>)> = Vec::new();
    for trip in trips {
        let &(_, zone, id) = PLACES
            .iter()
            .find(|(code, _, _)| *code == trip.country.alpha2)
            .expect("a place of the log");
        match zones.iter_mut().find(|(z, _, _)| *z == zone) {
            Some((_, _, stays)) => stays.push(trip.stay),
            None => zones.push((zone, rule(id).unwrap(), vec![trip.stay])),
        }
    }
    let options = Options::default();
    zones
        .iter()
        .map(|(_, rule, stays)| {
            let calculator = Calculator::new(rule, stays, on).unwrap();
            let answer = calculator.assessment(&options);
            answer.days_used as usize + calculator.plan().len()
        })
        .sum()
}

fn fifty_stays_five_zones(c: &mut Criterion) {
    let (trips, on) = log(50);
    let us = [country("US").unwrap()];
    let options = Options::default();
    let answer = assess_trips(&trips, &us, on, &options).unwrap();
    assert!(answer.zones.len() >= 4, "{} zones", answer.zones.len());
    let mut group = c.benchmark_group("trips_50_stays_5_zones");
    group.bench_function("assess_trips", |b| {
        b.iter(|| assess_trips(black_box(&trips), &us, black_box(on), &options).unwrap())
    });
    group.bench_function("baseline_split_by_hand", |b| {
        b.iter(|| by_hand(black_box(&trips), black_box(on)))
    });
    group.finish();
}

criterion_group!(benches, fifty_stays_five_zones);

criterion_main!(benches);
