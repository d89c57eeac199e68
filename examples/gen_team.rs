//! Writes a large team file for the `report` benchmark: `PEOPLE` people with `STAYS` stays
//! each (default 100,000 × 10 = 1,000,000 rows), with a department, an email and a planned
//! flag, dates in ISO form.
//!
//! The rows are written stay by stay (every person's first stay, then every person's second,
//! ...), so no person's rows are next to each other: the worst case for grouping.
//! Deterministic: the same arguments always give the same file.
//!
//! ```text
//! cargo run --release --example gen_team -- target/team-1m.csv [PEOPLE] [STAYS]
//! ```

use chrono::{Days, NaiveDate};
use std::io::{BufWriter, Write};

/// The check date the benchmark uses: trips after it are planned.
const ON: (i32, u32, u32) = (2026, 1, 15);

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: gen_team PATH [PEOPLE] [STAYS]");
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
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "person,department,email,entry,exit,planned")?;
    for k in 0..stays {
        for (i, trips) in trips.iter().enumerate() {
            let (entry, exit) = trips[k];
            let entry = start + Days::new(entry);
            let exit = start + Days::new(exit);
            let planned = if entry > on { "yes" } else { "no" };
            writeln!(
                out,
                "Person {i:06},{},person.{i:06}@example.com,{entry},{exit},{planned}",
                DEPARTMENTS[i % DEPARTMENTS.len()]
            )?;
        }
    }
    out.flush()
}
