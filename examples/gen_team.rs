//! Writes a large team file for the `report` benchmark: `PEOPLE` people with `STAYS` stays
//! each (default 100,000 × 10 = 1,000,000 rows), with a department, an email and a planned
//! flag, dates in ISO form. With `--countries`, each row also has a country (Schengen members
//! old and new, Cyprus, Kazakhstan, Georgia, Turkey, the United Kingdom) and each person a
//! nationality (US, KZ, FR, GB, or US;IE), for the report by zone.
//!
//! The rows are written stay by stay (every person's first stay, then every person's second,
//! ...), so no person's rows are next to each other: the worst case for grouping.
//! Deterministic: the same arguments always give the same file.
//!
//! ```text
//! cargo run --release --example gen_team -- target/team-1m.csv [PEOPLE] [STAYS] [--countries]
//! ```

use chrono::{Days, NaiveDate};
use std::io::{BufWriter, Write};

/// The check date the benchmark uses: trips after it are planned.
const ON: (i32, u32, u32) = (2026, 1, 15);

/// The countries of `--countries`, as a spreadsheet might write them (codes and names).
const COUNTRIES: [&str; 12] = [
    "FR", "Germany", "BG", "Romania", "HR", "ES", "Cyprus", "KZ", "Georgia", "TR", "GB", "IT",
];

/// The nationalities of `--countries`.
const NATIONALITIES: [&str; 5] = ["US", "KZ", "FR", "GB", "US;IE"];

const DEPARTMENTS: [&str; 6] = [
    "Sales",
    "Engineering",
    "Legal",
    "Finance",
    "Support",
    "Field",
];

/// A small deterministic generator (xorshift64*), so the file needs no dependency.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

fn main() -> std::io::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let countries = args.iter().any(|a| a == "--countries");
    args.retain(|a| a != "--countries");
    let Some(path) = args.first() else {
        eprintln!("usage: gen_team PATH [PEOPLE] [STAYS] [--countries]");
        std::process::exit(2);
    };
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (people, stays) = (number(1, 100_000), number(2, 10));
    let on = NaiveDate::from_ymd_opt(ON.0, ON.1, ON.2).expect("a date");
    let start = NaiveDate::from_ymd_opt(2024, 9, 1).expect("a date");
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    // Each person's stays: entry and exit offsets in days from `start`.
    let trips: Vec<Vec<(u64, u64)>> = (0..people)
        .map(|_| {
            let mut day = random.below(60);
            (0..stays)
                .map(|_| {
                    day += 5 + random.below(70);
                    let trip = (day, day + random.below(25));
                    day = trip.1;
                    trip
                })
                .collect()
        })
        .collect();
    let mut places = Random(0x2545_f491_4f6c_dd1d);
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    let header = "person,department,email,entry,exit,planned";
    match countries {
        true => writeln!(out, "{header},country,nationality")?,
        false => writeln!(out, "{header}")?,
    }
    for k in 0..stays {
        for (i, trips) in trips.iter().enumerate() {
            let (entry, exit) = trips[k];
            let entry = start + Days::new(entry);
            let exit = start + Days::new(exit);
            let planned = if entry > on { "yes" } else { "no" };
            write!(
                out,
                "Person {i:06},{},person.{i:06}@example.com,{entry},{exit},{planned}",
                DEPARTMENTS[i % DEPARTMENTS.len()]
            )?;
            if countries {
                // A second generator, so the dates are those of the file without countries.
                let country = COUNTRIES[places.below(COUNTRIES.len() as u64) as usize];
                write!(out, ",{country},{}", NATIONALITIES[i % NATIONALITIES.len()])?;
            }
            writeln!(out)?;
        }
    }
    out.flush()
}
