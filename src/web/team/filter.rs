//! Narrowing the table: by status, by the value of a carried column, by the person's name.

use crate::report::ReportStatus;
use crate::web::team::line::TeamLine;

/// What the table shows: every condition must hold. Texts match anywhere in the value,
/// ignoring case; empty texts match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Filter {
    /// Only this status, if set.
    pub status: Option<ReportStatus>,
    /// The carried column `value` is looked for in, if any.
    pub column: Option<usize>,
    /// The text looked for in that column.
    pub value: String,
    /// The text looked for in the person's name.
    pub search: String,
}

impl Filter {
    /// Whether the filter lets every line through.
    pub fn is_empty(&self) -> bool {
        self.status.is_none()
            && (self.column.is_none() || self.value.trim().is_empty())
            && self.search.trim().is_empty()
    }

    /// The positions of `order` whose lines pass, in that order.
    pub fn apply(&self, lines: &[TeamLine], order: &[u32]) -> Vec<u32> {
        if self.is_empty() {
            return order.to_vec();
        }
        let search = self.search.trim().to_lowercase();
        let value = self.value.trim().to_lowercase();
        order
            .iter()
            .copied()
            .filter(|&i| {
                let line = &lines[i as usize];
                self.status.is_none_or(|status| line.status == status)
                    && self
                        .column
                        .is_none_or(|column| contains(line.carried(column), &value))
                    && contains(&line.person, &search)
            })
            .collect()
    }
}

/// How many lines have each status, in the order of [`ReportStatus::BY_URGENCY`].
pub(crate) fn status_counts(lines: &[TeamLine]) -> [usize; ReportStatus::BY_URGENCY.len()] {
    let mut counts = [0; ReportStatus::BY_URGENCY.len()];
    for line in lines {
        counts[line.status.urgency()] += 1;
    }
    counts
}

/// Whether `text` holds `needle` (already lowercase), ignoring case. ASCII text, the common
/// case, is compared without allocating.
fn contains(text: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if text.is_ascii() && needle.is_ascii() {
        let needle = needle.as_bytes();
        return text
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle));
    }
    text.to_lowercase().contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Status;

    fn line(index: u32, person: &str, department: &str, status: Status) -> TeamLine {
        TeamLine {
            index,
            person: person.into(),
            rule: "schengen".into(),
            carried: vec![Box::from(department), Box::from("x@example.com")].into(),
            stays: 1,
            days_used: Some(0),
            days_remaining: Some(90),
            entry_left: None,
            limit: Some(90),
            overstay_days: Some(0),
            latest_exit: None,
            earliest_full_stay: None,
            first_unlawful_day: None,
            next_planned: None,
            status: status.into(),
            amber: None,
            flagged: false,
            passport: None,
            visa: None,
            zone: None,
        }
    }

    fn lines() -> Vec<TeamLine> {
        vec![
            line(0, "Berg, Ana", "Sales", Status::Ok),
            line(1, "Chloé Martin", "Legal", Status::Overstay),
            line(2, "CHLOE Roy", "Pre-sales", Status::Warning),
            line(3, "Ben Okafor", "Engineering", Status::Warning),
        ]
    }

    fn shown(filter: &Filter) -> Vec<u32> {
        let lines = lines();
        filter.apply(&lines, &[3, 2, 1, 0])
    }

    #[test]
    fn no_filter_keeps_the_order() {
        assert_eq!(shown(&Filter::default()), [3, 2, 1, 0]);
    }

    #[test]
    fn status_keeps_only_that_status_in_order() {
        let filter = Filter {
            status: Some(Status::Warning.into()),
            ..Filter::default()
        };
        assert_eq!(shown(&filter), [3, 2]);
    }

    #[test]
    fn the_search_ignores_case_in_any_script() {
        let search = |text: &str| {
            shown(&Filter {
                search: text.into(),
                ..Filter::default()
            })
        };
        assert_eq!(search("chlo"), [2, 1]);
        assert_eq!(search("CHLOÉ"), [1]);
        assert_eq!(search(" ana "), [0]);
        assert_eq!(search("zed"), Vec::<u32>::new());
    }

    #[test]
    fn a_carried_column_matches_its_value_anywhere() {
        let filter = Filter {
            column: Some(0),
            value: "SALES".into(),
            ..Filter::default()
        };
        assert_eq!(shown(&filter), [2, 0]);
        let none = Filter {
            column: Some(1),
            value: "sales".into(),
            ..Filter::default()
        };
        assert_eq!(shown(&none), Vec::<u32>::new());
    }

    #[test]
    fn conditions_combine() {
        let filter = Filter {
            status: Some(Status::Warning.into()),
            column: Some(0),
            value: "sales".into(),
            search: "roy".into(),
        };
        assert_eq!(shown(&filter), [2]);
    }

    #[test]
    fn statuses_are_counted() {
        let mut lines = lines();
        lines[0].status = ReportStatus::CheckRows;
        lines[0].flagged = true;
        // Overstay, past overstay, check rows, passport, planned overstay, warning, no rule
        // known, ok, no limit.
        assert_eq!(status_counts(&lines), [1, 0, 1, 0, 0, 2, 0, 0, 0]);
    }
}
