//! The table's order: by any column, either way, ties kept in file order.

use crate::web::team::line::TeamLine;
use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;

/// A column of the team table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Column {
    /// The person's name.
    Person,
    /// Carried column `n` (in the order of [`crate::report::Team::carried_names`]).
    Carried(usize),
    /// The rule's id.
    Rule,
    /// Days used.
    DaysUsed,
    /// Days remaining.
    DaysRemaining,
    /// The latest exit.
    LatestExit,
    /// The earliest full stay.
    EarliestFullStay,
    /// The next planned trip (ordered by its entry).
    NextPlanned,
    /// The traffic light.
    Status,
    /// The first unlawful day.
    FirstUnlawfulDay,
}

impl Column {
    /// The answers' columns, in the table's order, after the person and the status: the
    /// table puts the carried ones before the last, the rule, so that the answers (the first
    /// unlawful day among them) are seen at 1280 px without scrolling.
    pub const RESULTS: [Column; 7] = [
        Column::DaysUsed,
        Column::DaysRemaining,
        Column::LatestExit,
        Column::FirstUnlawfulDay,
        Column::EarliestFullStay,
        Column::NextPlanned,
        Column::Rule,
    ];

    /// A short stable name, for the page (`data-column`) and tests.
    pub fn key(self) -> String {
        match self {
            Column::Person => "person".into(),
            Column::Carried(n) => format!("carried-{n}"),
            Column::Rule => "rule".into(),
            Column::DaysUsed => "days-used".into(),
            Column::DaysRemaining => "days-remaining".into(),
            Column::LatestExit => "latest-exit".into(),
            Column::EarliestFullStay => "earliest-full-stay".into(),
            Column::NextPlanned => "next-planned".into(),
            Column::Status => "status".into(),
            Column::FirstUnlawfulDay => "first-unlawful-day".into(),
        }
    }

    /// The column named `key` by [`Column::key`], if any.
    pub fn from_key(key: &str) -> Option<Column> {
        if let Some(n) = key.strip_prefix("carried-") {
            let digits = !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit());
            return digits
                .then(|| n.parse().ok().map(Column::Carried))
                .flatten();
        }
        [Column::Person, Column::Status]
            .into_iter()
            .chain(Column::RESULTS)
            .find(|column| column.key() == key)
    }
}

/// How the table is ordered: a column, ascending or descending.
///
/// Ascending is each column's natural order, the most urgent first where there is one: names
/// A to Z (ignoring case), fewest days remaining first (a person with no answer last), the
/// status from the most urgent ([`crate::report::ReportStatus::BY_URGENCY`]), dates earliest first.
/// A missing date counts as later than any, except a missing latest exit, which means the
/// person must leave now and comes first. Descending is the exact reverse. Ties keep file
/// order either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sort {
    /// The column.
    pub column: Column,
    /// Whether reversed.
    pub descending: bool,
}

impl Sort {
    /// The table's order until a header is clicked: the most urgent status first (overstay,
    /// check rows, warning, ok), in file order within a status.
    pub const BY_URGENCY: Sort = Sort {
        column: Column::Status,
        descending: false,
    };

    /// The order after clicking `column`'s header: ascending, or the other way when it is
    /// already the sort column.
    pub fn clicked(current: Option<Sort>, column: Column) -> Sort {
        match current {
            Some(sort) if sort.column == column => Sort {
                column,
                descending: !sort.descending,
            },
            _ => Sort {
                column,
                descending: false,
            },
        }
    }

    /// Positions into `lines`, in this order.
    pub fn order(self, lines: &[TeamLine]) -> Vec<u32> {
        let flip = |ordering: Ordering| {
            if self.descending {
                ordering.reverse()
            } else {
                ordering
            }
        };
        // Ties are broken by the position, so no two lines compare equal and an unstable sort
        // gives the one order; each key sits beside its position, so the sort reads no other
        // memory (the table's first paint sorts a million rows' people by status).
        if is_text(self.column) {
            let mut keyed: Vec<((String, &str), u32)> = (0..)
                .zip(lines)
                .map(|(i, line)| {
                    let text = text(line, self.column);
                    ((text.to_lowercase(), text), i)
                })
                .collect();
            keyed.sort_unstable_by(|(a, i), (b, j)| flip(a.cmp(b)).then(i.cmp(j)));
            keyed.into_iter().map(|(_, i)| i).collect()
        } else {
            let mut keyed: Vec<(i64, u32)> = (0..)
                .zip(lines)
                .map(|(i, line)| (number(line, self.column), i))
                .collect();
            keyed.sort_unstable_by(|(a, i), (b, j)| flip(a.cmp(b)).then(i.cmp(j)));
            keyed.into_iter().map(|(_, i)| i).collect()
        }
    }
}

/// Whether `column` holds text.
fn is_text(column: Column) -> bool {
    matches!(column, Column::Person | Column::Rule | Column::Carried(_))
}

/// The text a text column sorts on (empty for the other columns).
fn text(line: &TeamLine, column: Column) -> &str {
    match column {
        Column::Person => &line.person,
        Column::Rule => &line.rule,
        Column::Carried(n) => line.carried(n),
        _ => "",
    }
}

/// A date as a number, for ordering.
fn day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

/// The number a non-text column sorts on, ascending.
fn number(line: &TeamLine, column: Column) -> i64 {
    let later = |date: Option<NaiveDate>| date.map_or(i64::MAX, day);
    match column {
        Column::DaysUsed => line.days_used.map_or(i64::MAX, i64::from),
        Column::DaysRemaining => line.left().map_or(i64::MAX, i64::from),
        Column::LatestExit => line.latest_exit.map_or(i64::MIN, day),
        Column::EarliestFullStay => later(line.earliest_full_stay),
        Column::NextPlanned => later(line.next_planned.as_ref().map(|v| v.entry)),
        Column::FirstUnlawfulDay => later(line.first_unlawful_day),
        Column::Status => line.status.urgency() as i64,
        Column::Person | Column::Rule | Column::Carried(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Status;
    use crate::date::date;

    fn line(index: u32, person: &str, remaining: u32, latest: Option<NaiveDate>) -> TeamLine {
        TeamLine {
            index,
            person: person.into(),
            rule: "schengen".into(),
            carried: vec![Box::from(if index % 2 == 0 { "Sales" } else { "legal" })].into(),
            stays: 1,
            days_used: Some(90 - remaining),
            days_remaining: Some(remaining),
            entry_left: None,
            limit: Some(90),
            overstay_days: Some(0),
            latest_exit: latest,
            earliest_full_stay: None,
            first_unlawful_day: None,
            next_planned: None,
            status: match remaining {
                0 => Status::Overstay,
                1..=9 => Status::Warning,
                _ => Status::Ok,
            }
            .into(),
            amber: None,
            flagged: false,
            passport: None,
            visa: None,
            zone: None,
        }
    }

    fn lines() -> Vec<TeamLine> {
        vec![
            line(0, "bea", 40, Some(date(2025, 7, 1))),
            line(1, "Ana", 5, Some(date(2025, 6, 5))),
            line(2, "Cem", 0, None),
            line(3, "ana", 40, Some(date(2025, 7, 1))),
        ]
    }

    fn names(lines: &[TeamLine], order: &[u32]) -> Vec<String> {
        order
            .iter()
            .map(|&i| lines[i as usize].person.to_string())
            .collect()
    }

    fn sorted(column: Column, descending: bool) -> Vec<String> {
        let lines = lines();
        names(&lines, &Sort { column, descending }.order(&lines))
    }

    #[test]
    fn names_sort_ignoring_case_then_as_written() {
        assert_eq!(sorted(Column::Person, false), ["Ana", "ana", "bea", "Cem"]);
        assert_eq!(sorted(Column::Person, true), ["Cem", "bea", "ana", "Ana"]);
    }

    #[test]
    fn numbers_sort_with_ties_in_file_order_both_ways() {
        assert_eq!(
            sorted(Column::DaysRemaining, false),
            ["Cem", "Ana", "bea", "ana"]
        );
        assert_eq!(
            sorted(Column::DaysRemaining, true),
            ["bea", "ana", "Ana", "Cem"]
        );
    }

    #[test]
    fn the_most_urgent_status_comes_first() {
        assert_eq!(sorted(Column::Status, false), ["Cem", "Ana", "bea", "ana"]);
    }

    #[test]
    fn no_latest_exit_means_leave_now_and_comes_first() {
        assert_eq!(
            sorted(Column::LatestExit, false),
            ["Cem", "Ana", "bea", "ana"]
        );
    }

    #[test]
    fn missing_dates_come_last_ascending() {
        let mut lines = lines();
        lines[3].first_unlawful_day = Some(date(2025, 8, 1));
        lines[1].first_unlawful_day = Some(date(2025, 6, 1));
        let order = Sort {
            column: Column::FirstUnlawfulDay,
            descending: false,
        }
        .order(&lines);
        assert_eq!(names(&lines, &order), ["Ana", "ana", "bea", "Cem"]);
    }

    #[test]
    fn carried_columns_sort_as_text() {
        assert_eq!(
            sorted(Column::Carried(0), false),
            ["Ana", "ana", "bea", "Cem"]
        );
    }

    #[test]
    fn clicking_a_header_sorts_then_reverses() {
        let first = Sort::clicked(None, Column::DaysUsed);
        assert_eq!(first.column, Column::DaysUsed);
        assert!(!first.descending);
        assert!(Sort::clicked(Some(first), Column::DaysUsed).descending);
        assert!(!Sort::clicked(Some(first), Column::Person).descending);
    }

    #[test]
    fn a_hundred_thousand_lines_sort_by_every_column() {
        let many: Vec<TeamLine> = (0..100_000u32)
            .map(|i| {
                line(
                    i,
                    &format!("p{}", (i * 7919) % 100_000),
                    (i * 31) % 91,
                    None,
                )
            })
            .collect();
        let columns = [Column::Person, Column::Status, Column::Carried(0)]
            .into_iter()
            .chain(Column::RESULTS);
        for column in columns {
            let order = Sort {
                column,
                descending: false,
            }
            .order(&many);
            let mut seen = order.clone();
            seen.sort_unstable();
            assert!(seen.iter().copied().eq(0..100_000), "{column:?}");
        }
        let by_remaining = Sort {
            column: Column::DaysRemaining,
            descending: false,
        }
        .order(&many);
        assert!(by_remaining.windows(2).all(|w| {
            let (a, b) = (&many[w[0] as usize], &many[w[1] as usize]);
            (a.days_remaining, a.index) < (b.days_remaining, b.index)
        }));
    }

    #[test]
    fn a_column_is_found_again_by_its_key() {
        let columns = [
            Column::Person,
            Column::Status,
            Column::Carried(0),
            Column::Carried(12),
        ]
        .into_iter()
        .chain(Column::RESULTS);
        for column in columns {
            assert_eq!(Column::from_key(&column.key()), Some(column));
        }
        for bad in [
            "",
            "carried-",
            "carried-x",
            "carried-123456",
            "days",
            "Person",
        ] {
            assert_eq!(Column::from_key(bad), None, "{bad}");
        }
    }
}
