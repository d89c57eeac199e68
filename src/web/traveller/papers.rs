//! The traveller's passport against the answer: the engine's documents check
//! ([`check_documents`]) with the passport's last valid day, under the rules whose passport
//! conditions are sourced (the Schengen rule: valid at least 3 months after the exit,
//! [`crate::documents::PASSPORT_SOURCE`]). Nothing is checked under the others, and the page
//! says so rather than let the silence read as "fine".

use crate::assessment::Status;
use crate::calculator::Calculator;
use crate::documents::{check_documents, Documents, ExitReason, Passport, PassportVerdict};
use crate::documents::{Visa, VisaVerdict};
use crate::rule::Rule;
use crate::web::traveller::Answer;
use chrono::NaiveDate;

/// What the passport and the visas change in an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PassportAnswer {
    /// Whether the rule has passport (and visa) conditions: without, nothing below is checked.
    pub checked: bool,
    /// The day to leave by when the passport or a visa sets it before the rule's limits do.
    pub leave_by: Option<NaiveDate>,
    /// Whether the passport or a visa leaves no day to stay on from the check date.
    pub no_day: bool,
    /// What sets [`PassportAnswer::leave_by`] or [`PassportAnswer::no_day`]: the passport or
    /// a visa's UNTIL, DURATION OF STAY or entries.
    pub reason: Option<ExitReason>,
    /// The rule's own day to leave by, to say what the papers' day comes before.
    pub rule_exit: Option<NaiveDate>,
    /// The stays under way and planned that the passport does not cover, in order.
    pub trips: Vec<PassportVerdict>,
    /// The stays that break the visa they were entered on, in order.
    pub visa_trips: Vec<VisaVerdict>,
    /// The visa (1-based) whose bound sets the day to leave by, when one does.
    pub visa: Option<usize>,
    /// The traffic light the papers alone give (`DocumentsCheck::status`): the answer shows
    /// the worse of it and the rule's, as `staycalc check` does.
    pub status: Status,
}

/// The passport expiring on `expiry` against `answer` under `rule`.
#[cfg(test)]
pub(crate) fn passport_answer(rule: &Rule, answer: &Answer, expiry: NaiveDate) -> PassportAnswer {
    papers_answer(rule, answer, Some(expiry), &[])
}

/// The passport expiring on `expiry`, if given, and `visas` against `answer` under `rule`.
/// Both are checked under the rules whose conditions are sourced (the Schengen rule's: the
/// Borders Code for the passport, the Visa Code for visas).
pub(crate) fn papers_answer(
    rule: &Rule,
    answer: &Answer,
    expiry: Option<NaiveDate>,
    visas: &[Visa],
) -> PassportAnswer {
    let rule_exit = answer.assessment.latest_exit;
    let unchecked = PassportAnswer {
        checked: false,
        leave_by: None,
        no_day: false,
        reason: None,
        rule_exit,
        trips: Vec::new(),
        visa_trips: Vec::new(),
        visa: None,
        status: Status::Ok,
    };
    if !crate::documents::passport_conditions_apply(rule) {
        return unchecked;
    }
    let on = answer.assessment.on;
    let Ok(calculator) = Calculator::new(rule, &answer.stays, on) else {
        return unchecked;
    };
    let documents = Documents {
        passport: expiry.map(|expiry| Passport {
            expiry,
            issued: None,
        }),
        visas: visas.to_vec(),
        ..Documents::default()
    };
    let check = check_documents(&calculator, &documents);
    let status = check.status(answer.assessment.present, on);
    // Only the papers' own bounds are told here: the rule's are the answer's.
    let reason = check
        .latest_exit_reason
        .filter(|r| !matches!(r, ExitReason::Window | ExitReason::PerEntry));
    let leave_by = check
        .latest_exit
        .filter(|_| reason.is_some())
        .filter(|&day| rule_exit.is_none_or(|rule_exit| day < rule_exit));
    let no_day = reason.is_some() && check.latest_exit.is_none();
    // The visa whose bound it is: the one the engine finds the stay under way entered on
    // (overlapping rows are one stay, entered on the first one's day).
    let visa = match reason {
        Some(ExitReason::VisaUntil | ExitReason::VisaDays | ExitReason::VisaEntries) => {
            crate::documents::current_visa(&calculator, visas).map(|i| i + 1)
        }
        _ => None,
    };
    PassportAnswer {
        checked: true,
        leave_by,
        no_day,
        reason: reason.filter(|_| leave_by.is_some() || no_day),
        rule_exit,
        trips: check
            .passport
            .into_iter()
            .filter(|v| !v.is_fine())
            .collect(),
        visa_trips: check
            .visas
            .into_iter()
            .filter(|v| v.problem.is_some())
            .collect(),
        visa,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::documents::Entries;
    use crate::web::traveller::answer_of;

    #[test]
    fn a_passport_expiring_soon_ends_the_stay_before_the_rule_does() {
        // In since 1 January 2025 on 20 March: the rule allows until 31 March. A passport
        // valid until 25 June 2025 allows an exit until 25 March (3 months before); one valid
        // until 30 June, 31 March: the same day as the rule, so nothing to add.
        let staying = [("2025-01-01", "", true)];
        let on = date(2025, 3, 20);
        let schengen = rule("schengen").unwrap();
        let a = answer_of("schengen", &staying, on);
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
        let a = answer_of("schengen", &rows, on);
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
        let a = answer_of("schengen", &[("2025-03-01", "", true)], date(2025, 3, 20));
        let papers = passport_answer(rule("schengen").unwrap(), &a, date(2025, 5, 1));
        assert!(papers.no_day);
        assert_eq!(papers.leave_by, None);
        assert_eq!(papers.trips.len(), 1);
        assert_eq!(papers.trips[0].needed_by, Some(date(2025, 3, 20)));
    }

    fn visa(from: NaiveDate, until: NaiveDate, entries: Entries, days: u32) -> Visa {
        Visa::new(from, until, entries, days).unwrap()
    }

    #[test]
    fn a_visa_s_days_or_until_date_sets_the_day_to_leave_by_and_says_so() {
        let schengen = rule("schengen").unwrap();
        let on = date(2025, 5, 8);
        let a = answer_of("schengen", &[("2025-05-05", "", true)], on);
        // An 11-day single-entry visa: the 11th day from 5 May is the 15th.
        let eleven = [visa(date(2025, 5, 1), date(2025, 5, 31), Entries::One, 11)];
        let papers = papers_answer(schengen, &a, None, &eleven);
        assert_eq!(papers.leave_by, Some(date(2025, 5, 15)));
        assert_eq!(papers.reason, Some(ExitReason::VisaDays));
        assert_eq!(papers.visa, Some(1));
        assert_eq!(papers.rule_exit, a.assessment.latest_exit);
        assert_eq!(papers.rule_exit, Some(date(2025, 8, 2)));
        // A visa ending on 14 May, with days to spare: its UNTIL sets it.
        let until = [visa(
            date(2025, 5, 1),
            date(2025, 5, 14),
            Entries::Multiple,
            30,
        )];
        let papers = papers_answer(schengen, &a, None, &until);
        assert_eq!(papers.leave_by, Some(date(2025, 5, 14)));
        assert_eq!(papers.reason, Some(ExitReason::VisaUntil));
        // A long visa: the rule's day stands, nothing to add.
        let long = [visa(
            date(2025, 1, 1),
            date(2027, 12, 31),
            Entries::Multiple,
            90,
        )];
        let papers = papers_answer(schengen, &a, None, &long);
        assert_eq!((papers.leave_by, papers.reason), (None, None));
        assert!(papers.visa_trips.is_empty());
    }

    #[test]
    fn a_single_entry_visa_used_twice_flags_the_second_stay() {
        let rows = [
            ("2025-05-02", "2025-05-04", false),
            ("2025-05-10", "2025-05-12", false),
        ];
        let a = answer_of("schengen", &rows, date(2025, 5, 20));
        let once = [visa(date(2025, 5, 1), date(2025, 5, 31), Entries::One, 20)];
        let papers = papers_answer(rule("schengen").unwrap(), &a, None, &once);
        assert_eq!(papers.visa_trips.len(), 1);
        let second = &papers.visa_trips[0];
        assert_eq!((second.row, second.entry_number), (2, 2));
        assert_eq!(second.problem, Some(crate::documents::VisaProblem::Entries));
        assert_eq!(second.first_unlawful_day, Some(date(2025, 5, 10)));
        // Within 90/180, but the second stay broke the visa: a past overstay, as `check` says.
        assert_eq!(a.assessment.status, Status::Ok);
        assert_eq!(papers.status, Status::PastOverstay);
        // Entering again on the check date: no entry left, no day.
        let a = answer_of(
            "schengen",
            &[
                ("2025-05-02", "2025-05-04", false),
                ("2025-05-20", "", true),
            ],
            date(2025, 5, 20),
        );
        let papers = papers_answer(rule("schengen").unwrap(), &a, None, &once);
        assert!(papers.no_day);
        assert_eq!(papers.reason, Some(ExitReason::VisaEntries));
    }

    #[test]
    fn overlapping_rows_are_one_stay_entered_on_the_first_one_s_visa() {
        // In on 1 May on visa 1 (valid until 9 May), and a second row from 10 May that overlaps
        // the first (typed twice): the engine merges them into one stay, entered on visa 1,
        // whose UNTIL has passed. Visa 2, valid from 10 May, holds the second row's first day
        // but was not entered on: the page must name visa 1, as the engine counts it.
        let rows = [
            ("2025-05-01", "2025-05-11", false),
            ("2025-05-10", "", true),
        ];
        let a = answer_of("schengen", &rows, date(2025, 5, 12));
        let visas = [
            visa(date(2025, 4, 20), date(2025, 5, 9), Entries::Multiple, 30),
            visa(date(2025, 5, 10), date(2025, 6, 30), Entries::Multiple, 30),
        ];
        let papers = papers_answer(rule("schengen").unwrap(), &a, None, &visas);
        assert!(papers.no_day, "{papers:?}");
        assert_eq!(papers.reason, Some(ExitReason::VisaUntil));
        assert_eq!(papers.visa, Some(1));
    }

    #[test]
    fn visas_are_checked_under_the_schengen_rule_only() {
        let a = answer_of(
            "kz-visa-free",
            &[("2025-03-01", "", true)],
            date(2025, 3, 20),
        );
        let v = [visa(date(2025, 3, 1), date(2025, 3, 5), Entries::One, 5)];
        let papers = papers_answer(rule("kz-visa-free").unwrap(), &a, None, &v);
        assert!(!papers.checked);
        assert!(papers.visa_trips.is_empty());
    }

    #[test]
    fn other_rules_check_no_passport() {
        let a = answer_of(
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
                reason: None,
                rule_exit: a.assessment.latest_exit,
                trips: Vec::new(),
                visa_trips: Vec::new(),
                visa: None,
                status: Status::Ok,
            }
        );
    }
}
