//! Documents and deadlines: official and worked examples (each with its `Source:`), and
//! property tests of the visa and passport bounds against the oracle (`tests/oracle/documents.rs`).

mod oracle;

use chrono::NaiveDate;
use oracle::documents::{first_day_over, passport_last_exit, visa_verdicts, VisaSpec};
use oracle::{date_of, day};
use proptest::prelude::*;
use staycalc::deadlines::{deadline, parse_event};
use staycalc::documents::{
    check_documents, parse_visa, DocumentWarning, Documents, DocumentsCheck, Entries, ExitReason,
    Passport, PassportProblem, Permit, Visa, VisaProblem,
};
use staycalc::{date, rule, Calculator, Options, Status, Stay};

/// The documents' answer for `stays` on `on` under Schengen.
fn check(stays: &[Stay], on: NaiveDate, documents: &Documents) -> DocumentsCheck {
    let counted = documents.counted_stays(stays, on);
    let calculator = Calculator::new(rule("schengen").unwrap(), &counted, on).unwrap();
    check_documents(&calculator, documents)
}

fn visas(list: &[&str]) -> Documents {
    Documents {
        visas: list
            .iter()
            .map(|v| parse_visa(v, "visa").unwrap())
            .collect(),
        ..Documents::default()
    }
}

#[test]
fn duration_of_stay_counts_entry_and_exit_days_and_is_never_exceeded() {
    // Source: European Commission, "How to read the visa sticker": "The days should be counted
    // from the date you enter ... to the date you exit ..., both days included"; "your stay ...
    // must never exceed the exact number of days in the DURATION OF STAY".
    let documents = visas(&["2025-06-01..2025-06-30,1,10"]);
    let fine = check(
        &[Stay::new(date(2025, 6, 5), date(2025, 6, 14))],
        date(2025, 6, 1),
        &documents,
    );
    assert_eq!(fine.visas[0].problem, None);
    let over = check(
        &[Stay::new(date(2025, 6, 5), date(2025, 6, 15))],
        date(2025, 6, 1),
        &documents,
    );
    assert_eq!(over.visas[0].problem, Some(VisaProblem::Days));
    assert_eq!(over.visas[0].first_unlawful_day, Some(date(2025, 6, 15)));
}

#[test]
fn whatever_the_days_left_one_leaves_by_until() {
    // Source: European Commission, "How to read the visa sticker": "No matter how many days you
    // have stayed ..., you must leave no later than the date printed in the UNTIL field."
    let documents = visas(&["2025-06-01..2025-06-30,MULT,30"]);
    let answer = check(
        &[Stay::new(date(2025, 6, 25), date(2025, 7, 2))],
        date(2025, 6, 1),
        &documents,
    );
    assert_eq!(answer.visas[0].problem, Some(VisaProblem::Until));
    assert_eq!(answer.visas[0].first_unlawful_day, Some(date(2025, 7, 1)));
    // Present on 28 June with 4 of 30 days used: UNTIL, not the days, ends the stay.
    let present = check(
        &[Stay::open(date(2025, 6, 25))],
        date(2025, 6, 28),
        &documents,
    );
    assert_eq!(present.latest_exit, Some(date(2025, 6, 30)));
    assert_eq!(present.latest_exit_reason, Some(ExitReason::VisaUntil));
}

#[test]
fn an_eleven_day_visa_ends_the_stay_before_90_180() {
    // Source: the case (people with an 11-day visa): Visa Code Annex VII, DURATION OF
    // STAY 11 days, entry 2025-05-05 is day 1, so day 11 is 2025-05-15.
    let documents = visas(&["2025-05-01..2025-05-31,1,11"]);
    let answer = check(
        &[Stay::open(date(2025, 5, 5))],
        date(2025, 5, 8),
        &documents,
    );
    assert_eq!(answer.latest_exit, Some(date(2025, 5, 15)));
    assert_eq!(answer.latest_exit_reason, Some(ExitReason::VisaDays));
    let window = answer
        .bounds
        .iter()
        .find(|b| b.reason == ExitReason::Window)
        .unwrap();
    assert_eq!(window.latest_exit, Some(date(2025, 8, 2)));
}

#[test]
fn a_single_entry_visa_used_twice() {
    // Source: "once the allowed entries are used, the visa cannot be used to enter again, even
    // if still valid" (domain facts (b)); Visa Code Annex VII, NUMBER OF ENTRIES 01.
    let documents = visas(&["2025-03-01..2025-04-30,1,30"]);
    let stays = [
        Stay::new(date(2025, 3, 5), date(2025, 3, 10)),
        Stay::new(date(2025, 4, 1), date(2025, 4, 5)),
    ];
    let answer = check(&stays, date(2025, 4, 10), &documents);
    assert_eq!(answer.visas[0].problem, None);
    assert_eq!(answer.visas[1].entry_number, 2);
    assert_eq!(answer.visas[1].problem, Some(VisaProblem::Entries));
    assert_eq!(answer.visas[1].first_unlawful_day, Some(date(2025, 4, 1)));
    assert_eq!(
        answer.status(false, date(2025, 4, 10)),
        Status::PastOverstay
    );
    // A third entry on 10 April: no day of it is on the visa.
    let entering = check(&stays, date(2025, 4, 10), &documents);
    assert!(entering
        .bounds
        .iter()
        .any(|b| b.reason == ExitReason::VisaEntries && b.latest_exit.is_none()));
}

#[test]
fn a_multiple_entry_visa_of_15_days_counts_every_stay_on_it() {
    // Source: nyidanmark.dk (the Danish immigration service): "the days may be one stay or
    // several, within the validity and the number of entries allowed".
    let documents = visas(&["2025-01-01..2025-12-31,MULT,15"]);
    let stays = [
        Stay::new(date(2025, 2, 1), date(2025, 2, 5)),
        Stay::new(date(2025, 3, 1), date(2025, 3, 5)),
        Stay::new(date(2025, 4, 1), date(2025, 4, 6)),
    ];
    let answer = check(&stays, date(2025, 1, 15), &documents);
    assert_eq!(answer.visas[1].problem, None);
    assert_eq!(answer.visas[2].problem, Some(VisaProblem::Days));
    assert_eq!(answer.visas[2].first_unlawful_day, Some(date(2025, 4, 6)));
    assert_eq!(
        answer.status(false, date(2025, 1, 15)),
        Status::PlannedOverstay
    );
}

#[test]
fn a_long_multiple_entry_visa_of_90_days_is_90_in_any_180() {
    // Source: nyidanmark.dk: "for multiple-entry visas valid 1-5 years, the allowance is always
    // 90 days per 180".
    let documents = visas(&["2024-01-01..2026-12-31,MULT,90"]);
    let stays = [
        Stay::new(date(2024, 1, 1), date(2024, 3, 30)),
        Stay::new(date(2024, 7, 1), date(2024, 9, 28)),
    ];
    let answer = check(&stays, date(2024, 12, 1), &documents);
    assert!(answer.visas.iter().all(|v| v.problem.is_none()));
}

#[test]
fn d_visa_days_drop_out_and_the_windows_close_up() {
    // Source: Schengen Borders Code Art. 6(2): stays on a residence permit or long-stay visa
    // are not counted; EU calculator manual (domain facts (a)).
    let stays = [Stay::new(date(2025, 1, 1), date(2025, 3, 31))];
    let on = date(2025, 3, 31);
    let without = staycalc::assess(rule("schengen").unwrap(), &stays, on).unwrap();
    assert_eq!(without.days_used, 90);
    let documents = Documents {
        permits: vec![Permit::new(date(2025, 2, 1), date(2025, 2, 28)).unwrap()],
        ..Documents::default()
    };
    let counted = documents.counted_stays(&stays, on);
    let calculator = Calculator::new(rule("schengen").unwrap(), &counted, on).unwrap();
    let answer = calculator.assessment(&Options::default());
    assert_eq!(answer.days_used, 62);
    assert_eq!(answer.days_remaining, 28);
    assert_eq!(documents.permit_days(&stays, on)[0].days, 28);
}

#[test]
fn a_passport_expiring_two_months_after_a_planned_exit() {
    // Source: Schengen Borders Code Art. 6(1)(a)(i): valid at least 3 months after the intended
    // date of departure.
    let documents = Documents {
        passport: Some(Passport {
            expiry: date(2026, 8, 31),
            issued: Some(date(2020, 1, 10)),
        }),
        ..Documents::default()
    };
    let stays = [Stay::new(date(2026, 6, 1), date(2026, 6, 30))];
    let answer = check(&stays, date(2026, 5, 1), &documents);
    assert_eq!(
        answer.passport[0].problems,
        [PassportProblem::ExpiresTooSoon {
            needed: date(2026, 9, 30)
        }]
    );
    assert_eq!(answer.passport[0].needed_by, Some(date(2026, 6, 1)));
    assert_eq!(
        answer.status(false, date(2026, 5, 1)),
        Status::PlannedOverstay
    );
}

#[test]
fn a_passport_issued_eleven_years_before_entry() {
    // Source: Schengen Borders Code Art. 6(1)(a)(ii): issued within the previous 10 years.
    let documents = Documents {
        passport: Some(Passport {
            expiry: date(2030, 1, 1),
            issued: Some(date(2015, 5, 1)),
        }),
        ..Documents::default()
    };
    let stays = [Stay::new(date(2026, 5, 10), date(2026, 5, 20))];
    let answer = check(&stays, date(2026, 4, 1), &documents);
    assert_eq!(
        answer.passport[0].problems,
        [PassportProblem::IssuedTooLongAgo {
            needed: date(2016, 5, 10)
        }]
    );
}

#[test]
fn the_passport_bounds_the_stay_under_way() {
    // Source: Schengen Borders Code Art. 6(1)(a)(i). Expiry 2025-09-15: the last exit whose
    // 3 months end by then is 2025-06-15.
    let documents = Documents {
        passport: Some(Passport {
            expiry: date(2025, 9, 15),
            issued: None,
        }),
        ..Documents::default()
    };
    let answer = check(
        &[Stay::open(date(2025, 6, 1))],
        date(2025, 6, 5),
        &documents,
    );
    assert_eq!(answer.latest_exit, Some(date(2025, 6, 15)));
    assert_eq!(answer.latest_exit_reason, Some(ExitReason::Passport));
}

#[test]
fn a_passport_expired_before_the_history_is_a_warning_not_a_refusal() {
    let documents = Documents {
        passport: Some(Passport {
            expiry: date(2020, 1, 1),
            issued: None,
        }),
        ..Documents::default()
    };
    let answer = check(
        &[Stay::new(date(2025, 1, 1), date(2025, 1, 5))],
        date(2025, 2, 1),
        &documents,
    );
    assert_eq!(
        answer.warnings[0],
        DocumentWarning::PassportExpiredBeforeHistory {
            expiry: date(2020, 1, 1),
            first_entry: date(2025, 1, 1)
        }
    );
}

#[test]
fn bad_documents_name_the_field_and_value() {
    for (text, message) in [
        (
            "2025-05-31..2025-05-01,1,11",
            "--visa \"2025-05-31..2025-05-01,1,11\" is invalid: UNTIL 2025-05-01 is before FROM 2025-05-31",
        ),
        (
            "2025-05-01..2025-05-31,0,11",
            "--visa \"2025-05-01..2025-05-31,0,11\" is invalid: zero entries: expected 1, 2 or MULT",
        ),
        (
            "2025-05-01..2025-05-31,1,0",
            "--visa \"2025-05-01..2025-05-31,1,0\" is invalid: expected 1 to 90 days (a short-stay visa allows at most 90)",
        ),
        (
            "2025-05-01..2025-05-31,1,91",
            "--visa \"2025-05-01..2025-05-31,1,91\" is invalid: expected 1 to 90 days (a short-stay visa allows at most 90)",
        ),
    ] {
        assert_eq!(parse_visa(text, "--visa").unwrap_err().to_string(), message);
    }
    assert_eq!(
        Visa::new(date(2025, 1, 1), date(2025, 1, 2), Entries::Two, 91)
            .unwrap_err()
            .code(),
        "invalid_document"
    );
    assert!(parse_event("kz-nothing:2026-01-01", "--event").is_err());
}

#[test]
fn notification_within_three_working_days_across_a_holiday_and_a_weekend() {
    // Source: notification within 3 working days of arrival (investastana.kz; AIFC expat
    // centre); days off 2025 from the eGov calendar (Victory Day, Friday 9 May 2025).
    // Arrival Thursday 8 May 2025: the 8th (day 1), Friday 9th off, weekend, Monday 12th,
    // Tuesday 13th.
    let answer = deadline(&parse_event("kz-arrival:2025-05-08", "--event").unwrap()).unwrap();
    assert_eq!(answer.date, date(2025, 5, 13));
    // Nauryz 2026 (Monday 23 to Wednesday 25 March off) after a weekend.
    let answer = deadline(&parse_event("kz-arrival:20.03.2026", "--event").unwrap()).unwrap();
    assert_eq!(answer.date, date(2026, 3, 27));
}

/// Stays in 2025 with at least a day between them, from (gap, length) pairs.
fn stays_from(parts: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let mut start = day(date(2025, 1, 1));
    parts
        .iter()
        .map(|&(gap, len)| {
            let entry = start + gap + 1;
            let exit = entry + len - 1;
            start = exit + 1;
            (entry, exit)
        })
        .collect()
}

fn visa_of(from: i32, length: i32, entries: u8, days: u32) -> (VisaSpec, Visa) {
    let spec = VisaSpec {
        from: day(date(2025, 1, 1)) + from,
        until: day(date(2025, 1, 1)) + from + length - 1,
        entries: match entries {
            1 => Some(1),
            2 => Some(2),
            _ => None,
        },
        days,
    };
    let visa = Visa::new(
        date_of(spec.from),
        date_of(spec.until),
        match entries {
            1 => Entries::One,
            2 => Entries::Two,
            _ => Entries::Multiple,
        },
        days,
    )
    .unwrap();
    (spec, visa)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn visa_verdicts_match_the_oracle(
        parts in prop::collection::vec((0i32..60, 1i32..40), 1..6),
        visa_a in (0i32..200, 1i32..400, 1u8..4, prop::sample::select(vec![5u32, 11, 15, 30, 60, 90])),
        visa_b in (0i32..300, 1i32..200, 1u8..4, 1u32..91),
    ) {
        let stays = stays_from(&parts);
        let (spec_a, a) = visa_of(visa_a.0, visa_a.1, visa_a.2, visa_a.3);
        let (spec_b, b) = visa_of(visa_b.0, visa_b.1, visa_b.2, visa_b.3);
        let documents = Documents { visas: vec![a, b], ..Documents::default() };
        let engine_stays: Vec<Stay> = stays
            .iter()
            .map(|&(e, x)| Stay::new(date_of(e), date_of(x)))
            .collect();
        let on = date(2025, 1, 1);
        let answer = check(&engine_stays, on, &documents);
        let expected = visa_verdicts(&stays, &[spec_a, spec_b]);
        let got: Vec<_> = answer
            .visas
            .iter()
            .map(|v| (
                day(v.entry),
                v.visa - 1,
                v.entry_number,
                v.first_unlawful_day.map(|d| (day(d), v.problem.unwrap().code())),
            ))
            .collect();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn the_visa_days_and_until_bounds_match_the_oracle(
        parts in prop::collection::vec((0i32..40, 1i32..30), 1..5),
        visa in (0i32..100, 30i32..400, 3u8..4, 1u32..91),
        on_offset in 0i32..300,
    ) {
        let stays = stays_from(&parts);
        let (spec, v) = visa_of(visa.0, visa.1, visa.2, visa.3);
        let on = day(date(2025, 1, 1)) + on_offset;
        // Stays before the check date only, and the check date inside the visa's validity.
        let before: Vec<(i32, i32)> = stays.iter().copied().filter(|&(_, x)| x < on - 1).collect();
        prop_assume!(spec.from <= on && on <= spec.until);
        let documents = Documents { visas: vec![v], ..Documents::default() };
        let engine_stays: Vec<Stay> = before
            .iter()
            .map(|&(e, x)| Stay::new(date_of(e), date_of(x)))
            .collect();
        let answer = check(&engine_stays, date_of(on), &documents);
        let bound = |reason| answer.bounds.iter().find(|b| b.reason == reason).map(|b| b.latest_exit);
        prop_assert_eq!(bound(ExitReason::VisaUntil), Some(Some(date_of(spec.until))));
        let expected = first_day_over(&before, &spec, on)
            .map(|d| (d > on).then(|| date_of(d - 1)));
        prop_assert_eq!(bound(ExitReason::VisaDays), expected);
    }

    #[test]
    fn the_passport_bound_matches_the_oracle(offset in 0i32..3000, on_offset in 0i32..200) {
        let expiry = date_of(day(date(2025, 1, 1)) + offset);
        let on = date_of(day(date(2025, 1, 1)) + on_offset);
        let documents = Documents {
            passport: Some(Passport { expiry, issued: None }),
            ..Documents::default()
        };
        let answer = check(&[Stay::open(on)], on, &documents);
        let bound = answer.bounds.iter().find(|b| b.reason == ExitReason::Passport).unwrap();
        let last = passport_last_exit(expiry);
        prop_assert_eq!(bound.latest_exit, (last >= on).then_some(last));
    }
}

#[test]
fn a_per_entry_cap_can_be_the_bound_and_other_rules_do_not_check_passports() {
    // Kazakhstan's visa-free 30 days per entry (catalogue `kz-visa-free`): no passport
    // conditions are sourced for it, so a passport is not checked, and said so.
    let documents = Documents {
        passport: Some(Passport {
            expiry: date(2025, 12, 1),
            issued: None,
        }),
        ..Documents::default()
    };
    let stays = [Stay::open(date(2025, 11, 1))];
    let on = date(2025, 11, 10);
    let calculator = Calculator::new(rule("kz-visa-free").unwrap(), &stays, on).unwrap();
    let answer = check_documents(&calculator, &documents);
    assert_eq!(answer.latest_exit, Some(date(2025, 11, 30)));
    assert_eq!(answer.latest_exit_reason, Some(ExitReason::PerEntry));
    assert!(answer.passport.is_empty());
    assert_eq!(answer.warnings[0].code(), "no_passport_conditions");
}

#[test]
fn under_a_permit_on_the_check_date_its_last_day_is_the_bound() {
    let documents = Documents {
        permits: vec![Permit::new(date(2025, 1, 1), date(2025, 6, 30)).unwrap()],
        ..Documents::default()
    };
    let answer = check(
        &[Stay::open(date(2025, 1, 1))],
        date(2025, 3, 1),
        &documents,
    );
    assert_eq!(answer.latest_exit, Some(date(2025, 6, 30)));
    assert_eq!(answer.latest_exit_reason, Some(ExitReason::Permit));
}
