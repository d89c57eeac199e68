//! The native half of `make bench-js`: the batch the Node benchmark runs through the npm
//! package, done natively and timed in the same way.
//!
//! ```text
//! cargo run --release --example batch -- FILE RULE ON
//! ```
//!
//! `FILE` holds one `person,entry,exit` line per stay (no header), each person's stays
//! together. The file is read first; then, timed, for each person: parse the date strings,
//! compute the full assessment and the verdict per stay (what the package's `evaluate` does),
//! and add up `days_used`. Prints `{"people": N, "ms": T, "days_used_sum": S}`: the sum shows
//! both sides did the same work.

use staycalc::{parse_date, rule, Calculator, Error, Options, Stay};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, rule_id, on] = args.as_slice() else {
        return Err("usage: batch FILE RULE ON".into());
    };
    let text = std::fs::read_to_string(file)?;
    let mut people: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut last = "";
    for line in text.lines() {
        let mut cells = line.split(',');
        let (Some(person), Some(entry), Some(exit)) = (cells.next(), cells.next(), cells.next())
        else {
            return Err(format!("bad line {line:?}").into());
        };
        if person != last || people.is_empty() {
            people.push(Vec::new());
            last = person;
        }
        people.last_mut().expect("pushed above").push((entry, exit));
    }
    let rule = rule(rule_id)?;
    let options = Options::default();

    let start = Instant::now();
    let mut sum: u64 = 0;
    for stays in &people {
        let on = parse_date(on, "on")?;
        let stays = stays
            .iter()
            .enumerate()
            .map(|(i, (entry, exit))| {
                Ok(Stay::new(parse_date(entry, "entry")?, parse_date(exit, "exit")?).at_row(i + 1))
            })
            .collect::<Result<Vec<Stay>, Error>>()?;
        let calculator = Calculator::new(rule, &stays, on)?;
        sum += u64::from(calculator.assessment(&options).days_used);
        std::hint::black_box(calculator.plan());
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{{\"people\": {}, \"ms\": {ms:.1}, \"days_used_sum\": {sum}}}",
        people.len()
    );
    Ok(())
}
