use super::*;
use crate::date::{date, day};
use crate::stay::Stay;

fn presence(stays: &[Stay], on: chrono::NaiveDate) -> (Presence, Vec<Warning>) {
    let mut warnings = Vec::new();
    let intervals = intervals(stays, day(on)).unwrap();
    (
        Presence::from_intervals(&intervals, &mut warnings),
        warnings,
    )
}

#[test]
fn same_day_reentry_counts_the_date_once_as_day_one_of_the_new_stay() {
    let stays = [
        Stay::new(date(2024, 1, 1), date(2024, 1, 10)),
        Stay::new(date(2024, 1, 10), date(2024, 1, 20)),
    ];
    let (p, warnings) = presence(&stays, date(2024, 2, 1));
    assert!(warnings.is_empty());
    assert_eq!(p.count(day(date(2024, 1, 1)), day(date(2024, 12, 31))), 20);
    let second = p.segment_at(day(date(2024, 1, 10))).unwrap();
    assert_eq!(second.entry, day(date(2024, 1, 10)));
    assert_eq!(
        p.segment_at(day(date(2024, 1, 9))).unwrap().end,
        day(date(2024, 1, 9))
    );
}

#[test]
fn overlaps_and_duplicates_merge_with_a_warning_naming_both_rows() {
    let stays = [
        Stay::new(date(2024, 1, 1), date(2024, 1, 10)),
        Stay::new(date(2024, 1, 5), date(2024, 1, 12)),
        Stay::new(date(2024, 1, 5), date(2024, 1, 12)),
    ];
    let (p, warnings) = presence(&stays, date(2024, 2, 1));
    assert_eq!(p.count(0, Day::MAX - 1), 12);
    assert_eq!(p.segments().len(), 1);
    assert_eq!(warnings.len(), 2);
    assert_eq!(
        warnings[0].to_string(),
        "rows 1 and 2 overlap from 2024-01-05 to 2024-01-10: those days are counted once"
    );
    assert_eq!(warnings[1].rows(), vec![2, 3]);
}

#[test]
fn a_stay_inside_another_is_counted_once() {
    let stays = [
        Stay::new(date(2024, 1, 1), date(2024, 1, 31)),
        Stay::new(date(2024, 1, 10), date(2024, 1, 12)),
        Stay::new(date(2024, 1, 31), date(2024, 2, 2)),
    ];
    let (p, warnings) = presence(&stays, date(2024, 3, 1));
    assert_eq!(p.count(0, Day::MAX - 1), 33);
    assert_eq!(warnings.len(), 1);
    assert_eq!(
        p.segment_at(day(date(2024, 1, 31))).unwrap().entry,
        day(date(2024, 1, 31))
    );
}

#[test]
fn open_stays_run_through_the_check_date_and_bad_stays_name_their_row() {
    let (p, _) = presence(&[Stay::open(date(2024, 1, 1))], date(2024, 1, 31));
    assert_eq!(p.count(0, Day::MAX - 1), 31);
    let error = intervals(
        &[
            Stay::new(date(2024, 1, 1), date(2024, 1, 2)),
            Stay::new(date(2024, 3, 5), date(2024, 3, 1)),
        ],
        day(date(2024, 5, 1)),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "exit 2024-03-01 is before entry 2024-03-05 (row 2)"
    );
    let error = intervals(
        &[Stay::open(date(2024, 6, 1)).at_row(9)],
        day(date(2024, 5, 1)),
    )
    .unwrap_err();
    assert_eq!(error.code(), "open_stay_after_check_date");
    assert_eq!(error.row(), Some(9));
}

#[test]
fn cut_leaving_finds_where_only_m_days_remain() {
    let p = Presence::from_segments(vec![Segment::new(10, 19), Segment::new(30, 34)]);
    assert_eq!(p.cut_leaving(0, 5), 20);
    assert_eq!(p.cut_leaving(0, 6), 19);
    assert_eq!(p.cut_leaving(0, 0), 35);
    assert_eq!(p.cut_leaving(0, 15), 0);
    assert_eq!(p.first_on_or_after(20), Some(30));
    assert_eq!(p.count(15, 31), 7);
}
