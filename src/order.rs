//! One stable sort for the whole crate, by a rank that is a plain number.
//!
//! Each `sort_by_key` with its own element or key type is a copy of the standard library's
//! stable sort: about 3.8 KB of WebAssembly each, and the traveller page had 13 of them
//! (DESIGN.md "How big is the traveller page?"). Here the callers give each element a `u64`
//! rank that orders as their key did, and one unstable sort of `(rank, position)` pairs, the
//! same for every caller, finds the order; the position breaks ties, so equal ranks keep their
//! order, as a stable sort keeps them.

use crate::date::Day;
use crate::zones::{Country, Zone};
use chrono::{Datelike, NaiveDate};

/// Up to this many items are sorted in place: a person's stays in a team report, the zones of
/// a travel log. Ranking and reordering through vectors cost a report of many such people
/// about a tenth more time.
const SHORT: usize = 16;

/// Sorts `items` by `rank`, keeping items of equal rank in their order (a stable sort).
pub(crate) fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u64) {
    if items.len() <= SHORT {
        // An insertion sort: no allocation, and in order already (as stays mostly are) it
        // only compares each pair of neighbours once.
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && rank(&items[j - 1]) > rank(&items[j]) {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // Most lists come in order already (stays by date): then nothing is allocated.
    if items
        .windows(2)
        .all(|pair| rank(&pair[0]) <= rank(&pair[1]))
    {
        return;
    }
    let order = ranked_order(items.iter().map(rank).collect());
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions of `ranks` in the order of their ranks, equal ranks by position.
#[inline(never)]
fn ranked_order(ranks: Vec<u64>) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize)> = ranks.into_iter().zip(0..).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// A day number's rank: ordered as the days are.
pub(crate) fn day(day: Day) -> u64 {
    u64::from((day as u32) ^ 0x8000_0000)
}

/// A date's rank: ordered as the dates are.
pub(crate) fn date(date: NaiveDate) -> u64 {
    day(date.num_days_from_ce())
}

/// The rank of two days, the first deciding and the second breaking ties.
pub(crate) fn days(first: Day, second: Day) -> u64 {
    (day(first) << 32) | day(second)
}

/// A country's rank: ordered as the alpha-2 codes are (two capital letters each).
pub(crate) fn country(country: &Country) -> u64 {
    country
        .alpha2
        .bytes()
        .take(2)
        .fold(0, |rank, byte| (rank << 8) | u64::from(byte))
}

/// A zone's rank: ordered as `Zone`'s `Ord` (the Schengen area first, then the countries by
/// alpha-2 code). Under 2^17, so a rank of its own can go above it.
pub(crate) fn zone(zone: Zone) -> u64 {
    match zone {
        Zone::Schengen => 0,
        Zone::Country(c) => (1 << 16) | country(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zones::countries;

    #[test]
    fn sorts_as_a_stable_sort_by_key() {
        let mut seed = 7u64;
        for len in [0usize, 1, 2, 3, 10, 16, 17, 50, 300] {
            let items: Vec<(i32, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) as i32 % 9 - 4, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(key, _)| key);
            let mut got = items;
            sort_by_rank(&mut got, |&(key, _)| day(key));
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn ranks_order_as_their_keys() {
        let days_ = [i32::MIN, -800_000, -1, 0, 1, 738_000, i32::MAX];
        for &a in &days_ {
            for &b in &days_ {
                assert_eq!(day(a).cmp(&day(b)), a.cmp(&b));
                for &c in &days_ {
                    assert_eq!(days(a, c).cmp(&days(b, c)), (a, c).cmp(&(b, c)));
                    assert_eq!(days(a, b).cmp(&days(a, c)), b.cmp(&c));
                }
            }
        }
        let dates = [
            NaiveDate::MIN,
            NaiveDate::from_ymd_opt(1999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2025, 2, 28).unwrap(),
            NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
            NaiveDate::MAX,
        ];
        for a in dates {
            for b in dates {
                assert_eq!(date(a).cmp(&date(b)), a.cmp(&b));
            }
        }
        let mut zones: Vec<Zone> = countries().iter().map(Zone::Country).collect();
        zones.push(Zone::Schengen);
        for a in &zones {
            assert!(zone(*a) < 1 << 17);
            for b in &zones {
                assert_eq!(zone(*a).cmp(&zone(*b)), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }
}
