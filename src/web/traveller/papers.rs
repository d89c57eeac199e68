//! The traveller's passport against the answer: the engine's documents check
//! ([`check_documents`]) with the passport's last valid day, under the rules whose passport
//! conditions are sourced (the Schengen rule: valid at least 3 months after the exit,
//! [`crate::documents::PASSPORT_SOURCE`]). Nothing is checked under the others, and the page
//! says so rather than let the silence read as "fine".

use crate::calculator::Calculator;
use crate::documents::{check_documents, Documents, ExitReason, Passport, PassportVerdict};
use crate::rule::Rule;
use crate::web::traveller::Answer;
use chrono::NaiveDate;

/// What the passport changes in an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PassportAnswer {
    /// Whether the rule has passport conditions: without, nothing below is checked.
    pub checked: bool,
    /// The day to leave by when the passport sets it before the rule's limits do.
    pub leave_by: Option<NaiveDate>,
    /// Whether the passport leaves no day to stay on from the check date (it is valid less
    /// than 3 months after it).
    pub no_day: bool,
    /// The stays under way and planned that the passport does not cover, in order.
    pub trips: Vec<PassportVerdict>,
}

/// The passport expiring on `expiry` against `answer` under `rule`.
pub(crate) fn passport_answer(rule: &Rule, answer: &Answer, expiry: NaiveDate) -> PassportAnswer {
    let unchecked = PassportAnswer {
        checked: false,
        leave_by: None,
        no_day: false,
        trips: Vec::new(),
    };
    if !crate::documents::passport_conditions_apply(rule) {
        return unchecked;
    }
    let Ok(calculator) = Calculator::new(rule, &answer.stays, answer.assessment.on) else {
        return unchecked;
    };
    let documents = Documents {
        passport: Some(Passport {
            expiry,
            issued: None,
        }),
        ..Documents::default()
    };
    let check = check_documents(&calculator, &documents);
    let leave_by = check
        .latest_exit
        .filter(|_| check.latest_exit_reason == Some(ExitReason::Passport))
        .filter(|&day| {
            answer
                .assessment
                .latest_exit
                .is_none_or(|rule_exit| day < rule_exit)
        });
    let passport_binds = check.latest_exit_reason == Some(ExitReason::Passport);
    PassportAnswer {
        checked: true,
        leave_by,
        no_day: passport_binds && check.latest_exit.is_none(),
        trips: check
            .passport
            .into_iter()
            .filter(|v| !v.is_fine())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::web::traveller::{outcome, StayRows};

    fn answer(rule_id: &str, rows: &[(&str, &str, bool)], on: NaiveDate) -> Answer {
        let rows = StayRows::from_values(
            rows.iter()
                .map(|&(entry, exit, still)| (entry.to_string(), exit.to_string(), still)),
        );
        outcome(rule(rule_id).unwrap(), &rows, on)
            .answer
            .expect("an answer")
    }

    #[test]
    fn a_passport_expiring_soon_ends_the_stay_before_the_rule_does() {
        // In since 1 January 2025 on 20 March: the rule allows until 31 March. A passport
        // valid until 25 June 2025 allows an exit until 25 March (3 months before); one valid
        // until 30 June, 31 March: the same day as the rule, so nothing to add.
        let staying = [("2025-01-01", "", true)];
        let on = date(2025, 3, 20);
        let schengen = rule("schengen").unwrap();
        let a = answer("schengen", &staying, on);
        assert_eq!(a.assessment.latest_exit, Some(date(2025, 3, 31)));
        let late = passport_answer(schengen, &a, date(2025, 6, 25));
        assert!(late.checked);
        assert_eq!(late.leave_by, Some(date(2025, 3, 25)));
        // The stay so far (to the check date) is covered; leaving later would not be.
        assert!(late.trips.is_empty(), "{:?}", late.trips);
        let same = passport_answer(schengen, &a, date(2025, 6, 30));
        assert_eq!(same.leave_by, None);
        // Valid long enough: the rule's day stands, nothing to say.
        let fine = passport_answer(schengen, &a, date(2030, 1, 1));
        assert_eq!((fine.leave_by, fine.trips.len()), (None, 0));
    }

    #[test]
    fn a_planned_trip_the_passport_does_not_cover_needs_a_new_one_by_its_entry() {
        let rows = [
            ("2025-01-01", "2025-01-10", false),
            ("2025-08-01", "2025-08-20", false),
        ];
        let on = date(2025, 3, 20);
        let a = answer("schengen", &rows, on);
        let papers = passport_answer(rule("schengen").unwrap(), &a, date(2025, 10, 1));
        assert_eq!(papers.trips.len(), 1);
        let trip = &papers.trips[0];
        assert_eq!(
            (trip.entry, trip.exit),
            (date(2025, 8, 1), date(2025, 8, 20))
        );
        assert_eq!(trip.needed_by, Some(date(2025, 8, 1)));
    }

    #[test]
    fn a_passport_valid_less_than_3_months_on_leaves_no_day() {
        let a = answer("schengen", &[("2025-03-01", "", true)], date(2025, 3, 20));
        let papers = passport_answer(rule("schengen").unwrap(), &a, date(2025, 5, 1));
        assert!(papers.no_day);
        assert_eq!(papers.leave_by, None);
        assert_eq!(papers.trips.len(), 1);
        assert_eq!(papers.trips[0].needed_by, Some(date(2025, 3, 20)));
    }

    #[test]
    fn other_rules_check_no_passport() {
        let a = answer(
            "kz-visa-free",
            &[("2025-03-01", "", true)],
            date(2025, 3, 20),
        );
        let papers = passport_answer(rule("kz-visa-free").unwrap(), &a, date(2025, 4, 1));
        assert_eq!(
            papers,
            PassportAnswer {
                checked: false,
                leave_by: None,
                no_day: false,
                trips: Vec::new(),
            }
        );
    }
}
