//! The status of a line of the team report: the engine's traffic light, unless some of the
//! person's rows could not be read.

use crate::assessment::Status;
use std::cmp::Ordering;
use std::fmt;

/// What the team report says of one person: the engine's [`Status`] from every one of their
/// rows, or [`ReportStatus::CheckRows`] when some rows could not be read.
///
/// A person with an unreadable row is never shown as fine: their answer is from part of their
/// history, and a missing stay can only hide days. So "check rows" replaces every status
/// below an overstay up to the check date (past or present); such an overstay found in the
/// rows read stands (more rows can only add days), and the line is still marked as having bad
/// rows ([`crate::report::PersonReport::bad_lines`]).
///
/// [`ReportStatus::Passport`] marks a person whose passport fails the stay under way or a
/// planned trip (the Schengen Borders Code's conditions, `staycalc::documents`), when nothing
/// more urgent applies.
///
/// Statuses are ordered by urgency, least urgent first: `ok < warning < planned_overstay <
/// passport < check rows < past_overstay < overstay` (the team table's order: the overstayer
/// first, then the people to check, then papers that fail, then planned breaches: a new
/// passport takes weeks, a trip's dates can change).
///
/// ```
/// use staycalc::report::ReportStatus;
/// use staycalc::Status;
/// let flagged = ReportStatus::of(Status::Ok, true);
/// assert_eq!(flagged, ReportStatus::CheckRows);
/// assert_eq!(flagged.as_str(), "check_rows");
/// assert_eq!(ReportStatus::of(Status::Overstay, true), Status::Overstay);
/// assert!(ReportStatus::CheckRows > Status::PlannedOverstay.into());
/// assert!(ReportStatus::CheckRows < Status::PastOverstay.into());
/// assert!(ReportStatus::Passport < ReportStatus::CheckRows);
/// assert!(ReportStatus::Passport > Status::PlannedOverstay.into());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportStatus {
    /// Every row of the person was read: the engine's status.
    Checked(Status),
    /// Some of the person's rows could not be read (or none could), and the rows read show no
    /// overstay up to the check date.
    CheckRows,
    /// The passport fails the stay under way or a planned trip, and the rows show no
    /// overstay and none is to be checked.
    Passport,
}

impl ReportStatus {
    /// Every status, the most urgent first: the team table's default order.
    pub const BY_URGENCY: [ReportStatus; 7] = [
        ReportStatus::Checked(Status::Overstay),
        ReportStatus::Checked(Status::PastOverstay),
        ReportStatus::CheckRows,
        ReportStatus::Passport,
        ReportStatus::Checked(Status::PlannedOverstay),
        ReportStatus::Checked(Status::Warning),
        ReportStatus::Checked(Status::Ok),
    ];

    /// The place of this status in [`ReportStatus::BY_URGENCY`]: 0 for the most urgent.
    pub const fn urgency(self) -> usize {
        match self {
            ReportStatus::Checked(Status::Overstay) => 0,
            ReportStatus::Checked(Status::PastOverstay) => 1,
            ReportStatus::CheckRows => 2,
            ReportStatus::Passport => 3,
            ReportStatus::Checked(Status::PlannedOverstay) => 4,
            ReportStatus::Checked(Status::Warning) => 5,
            ReportStatus::Checked(Status::Ok) => 6,
        }
    }

    /// The status of a person whose rows read give `status`, with or without unreadable rows.
    pub fn of(status: Status, has_bad_rows: bool) -> ReportStatus {
        if has_bad_rows && status < Status::PastOverstay {
            ReportStatus::CheckRows
        } else {
            ReportStatus::Checked(status)
        }
    }

    /// The engine's names (`ok`, `warning`, `overstay`, ...), `check_rows` and `passport`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Checked(status) => status.as_str(),
            ReportStatus::CheckRows => "check_rows",
            ReportStatus::Passport => "passport",
        }
    }

    /// The status named `name` (as [`ReportStatus::as_str`] writes it), if any.
    ///
    /// ```
    /// use staycalc::report::ReportStatus;
    /// use staycalc::Status;
    /// assert_eq!(ReportStatus::from_name("warning"), Some(Status::Warning.into()));
    /// assert_eq!(ReportStatus::from_name("check_rows"), Some(ReportStatus::CheckRows));
    /// assert_eq!(ReportStatus::from_name("green"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<ReportStatus> {
        ReportStatus::BY_URGENCY
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

impl From<Status> for ReportStatus {
    fn from(status: Status) -> ReportStatus {
        ReportStatus::Checked(status)
    }
}

impl PartialEq<Status> for ReportStatus {
    fn eq(&self, other: &Status) -> bool {
        *self == ReportStatus::Checked(*other)
    }
}

impl Ord for ReportStatus {
    fn cmp(&self, other: &ReportStatus) -> Ordering {
        other.urgency().cmp(&self.urgency())
    }
}

impl PartialOrd for ReportStatus {
    fn partial_cmp(&self, other: &ReportStatus) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for ReportStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_rows_replaces_every_status_below_an_overstay() {
        for (status, flagged, expected) in [
            (Status::Ok, false, ReportStatus::Checked(Status::Ok)),
            (Status::Ok, true, ReportStatus::CheckRows),
            (Status::Warning, true, ReportStatus::CheckRows),
            (Status::PlannedOverstay, true, ReportStatus::CheckRows),
            (
                Status::PastOverstay,
                true,
                ReportStatus::Checked(Status::PastOverstay),
            ),
            (
                Status::Overstay,
                true,
                ReportStatus::Checked(Status::Overstay),
            ),
            (
                Status::Overstay,
                false,
                ReportStatus::Checked(Status::Overstay),
            ),
        ] {
            assert_eq!(ReportStatus::of(status, flagged), expected, "{status:?}");
        }
    }

    #[test]
    fn statuses_are_ordered_by_urgency() {
        let mut all: Vec<ReportStatus> = Status::ALL
            .into_iter()
            .map(ReportStatus::from)
            .chain([ReportStatus::CheckRows, ReportStatus::Passport])
            .collect();
        all.sort();
        let names: Vec<&str> = all.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "ok",
                "warning",
                "planned_overstay",
                "passport",
                "check_rows",
                "past_overstay",
                "overstay"
            ]
        );
        all.reverse();
        assert_eq!(all, ReportStatus::BY_URGENCY);
        for (i, status) in all.iter().enumerate() {
            assert_eq!(status.urgency(), i, "{status}");
        }
        for status in all {
            assert_eq!(ReportStatus::from_name(status.as_str()), Some(status));
        }
    }
}
