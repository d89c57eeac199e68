//! Rules in words, for people: "90 days in any 180, 30 per entry".

use staycalc::{Limits, PerEntry, Rule, Version, Window};

/// The limits of a version in words.
pub(crate) fn limits(limits: &Limits) -> String {
    let window = limits.window.map(|window| match window {
        Window::Rolling { days, max } => format!("{max} days in any {days}"),
        Window::CalendarYear { max } => format!("{max} days per calendar year"),
        Window::FromFirstEntry { days, max } => {
            format!("{max} days in each {days}-day period opened by a first entry")
        }
    });
    let per_entry = limits.per_entry.map(|cap| match cap {
        PerEntry::Days(days) => format!("{days} days per entry"),
        PerEntry::Months(12) => "one year per entry".to_string(),
        PerEntry::Months(months) => format!("{months} months per entry"),
    });
    match (window, per_entry) {
        (Some(window), Some(cap)) => format!("{window}, {cap}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => "no limit".to_string(),
    }
}

/// Each version of a rule with the dates it is in force: `from 2023-01-27: 90 days in any 180`.
pub(crate) fn versions(rule: &Rule) -> Vec<String> {
    rule.versions
        .iter()
        .enumerate()
        .map(|(i, version)| {
            let until = rule
                .versions
                .get(i + 1)
                .and_then(|next| next.from)
                .and_then(|from| from.pred_opt());
            format!(
                "{}: {}{}",
                period(version, until),
                limits(&version.limits),
                fresh(version)
            )
        })
        .collect()
}

fn period(version: &Version, until: Option<chrono::NaiveDate>) -> String {
    match (version.from, until) {
        (None, None) => "always".to_string(),
        (None, Some(until)) => format!("until {until}"),
        (Some(from), None) => format!("from {from}"),
        (Some(from), Some(until)) => format!("{from} .. {until}"),
    }
}

fn fresh(version: &Version) -> &'static str {
    if version.ignores_earlier_presence {
        " (presence before this date not counted)"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_each_kind_of_limit() {
        let rolling = Limits {
            window: Some(Window::Rolling { days: 180, max: 90 }),
            per_entry: Some(PerEntry::Days(30)),
        };
        assert_eq!(limits(&rolling), "90 days in any 180, 30 days per entry");
        let year = Limits {
            window: Some(Window::CalendarYear { max: 90 }),
            per_entry: None,
        };
        assert_eq!(limits(&year), "90 days per calendar year");
        let georgia = Limits {
            window: None,
            per_entry: Some(PerEntry::Months(12)),
        };
        assert_eq!(limits(&georgia), "one year per entry");
    }

    #[test]
    fn dates_each_version() {
        let russia = staycalc::rule("ru").unwrap();
        assert_eq!(
            versions(russia),
            [
                "until 2024-12-31: 90 days in any 180",
                "from 2025-01-01: 90 days per calendar year, 90 days per entry"
            ]
        );
    }
}
