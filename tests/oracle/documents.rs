//! The documents' oracle: a day-by-day reading of "Documents" in DESIGN.md, written without
//! looking at `src/documents/`. Stays are sorted, disjoint and separated by at least one day
//! of absence, so each is one entry.

use super::{date_of, day, Day};
use chrono::{Months, NaiveDate};
use std::collections::BTreeSet;

/// A visa as plain numbers.
#[derive(Clone, Copy, Debug)]
pub struct VisaSpec {
    pub from: Day,
    pub until: Day,
    /// `None` for MULT.
    pub entries: Option<u32>,
    pub days: u32,
}

impl VisaSpec {
    /// MULT, 90 days, valid more than 180 days: counted in any 180 days.
    fn rolling(&self) -> bool {
        self.entries.is_none() && self.days == 90 && self.until - self.from + 1 > 180
    }

    /// Days counted on day `d` for this visa, among `present`.
    pub fn counted(&self, present: &BTreeSet<Day>, d: Day) -> usize {
        let lo = if self.rolling() {
            d - 179
        } else {
            (d - 179).min(self.from)
        };
        present.range(lo..=d).count()
    }
}

/// One stay's verdict: entry, visa (0-based), entry number, and the first day and condition
/// broken.
pub type Verdict = (Day, usize, u32, Option<(Day, &'static str)>);

/// Every stay entered on a visa, checked day by day.
pub fn visa_verdicts(stays: &[(Day, Day)], visas: &[VisaSpec]) -> Vec<Verdict> {
    let present: BTreeSet<Day> = stays.iter().flat_map(|&(a, b)| a..=b).collect();
    let mut used = vec![0u32; visas.len()];
    let mut out = Vec::new();
    for &(entry, exit) in stays {
        let Some(index) = visas
            .iter()
            .position(|v| v.from <= entry && entry <= v.until)
        else {
            continue;
        };
        let visa = visas[index];
        used[index] += 1;
        let number = used[index];
        let breach = if visa.entries.is_some_and(|n| number > n) {
            Some((entry, "entries"))
        } else {
            (entry..=exit).find_map(|d| {
                if d > visa.until {
                    Some((d, "until"))
                } else if visa.counted(&present, d) > visa.days as usize {
                    Some((d, "days"))
                } else {
                    None
                }
            })
        };
        out.push((entry, index, number, breach));
    }
    out
}

/// The first day from `on` that breaks the visa's DURATION OF STAY staying on from `on` (days
/// before `on` as in `stays`, every day from `on` to UNTIL present), if any.
pub fn first_day_over(stays: &[(Day, Day)], visa: &VisaSpec, on: Day) -> Option<Day> {
    let mut present: BTreeSet<Day> = stays
        .iter()
        .flat_map(|&(a, b)| a..=b)
        .filter(|&d| d < on)
        .collect();
    for d in on..=visa.until.max(on) {
        present.insert(d);
        if visa.counted(&present, d) > visa.days as usize {
            return Some(d);
        }
    }
    None
}

/// The last exit a passport expiring on `expiry` allows: found by trying each day back from
/// the expiry until its date 3 months on is not after the expiry.
pub fn passport_last_exit(expiry: NaiveDate) -> NaiveDate {
    let mut d = day(expiry);
    loop {
        let three_months = date_of(d)
            .checked_add_months(Months::new(3))
            .expect("in range");
        if three_months <= expiry {
            return date_of(d);
        }
        d -= 1;
    }
}
