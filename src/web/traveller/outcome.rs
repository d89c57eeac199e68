//! The answer for what is on screen: the rows handed to the engine, and what it says.
//!
//! Every date computation is the engine's ([`Calculator`]); this file only decides which rows
//! can be counted yet (a row still being typed is left out and says why) and which days the
//! chart shows.

use crate::assessment::{Assessment, Options};
use crate::calculator::Calculator;
use crate::date::{parse_date, Day, MAX_DATE, MIN_DATE};
use crate::documents::{Documents, Permit, PermitDays};
use crate::error::Error;
use crate::plan::StayVerdict;
use crate::rule::{PerEntry, Rule, Window};
use crate::stay::Stay;
use crate::timeline::{CountedPart, TimelineDay};
use crate::web::traveller::stay_rows::{StayRow, StayRows};
use chrono::{Days, NaiveDate};

/// Why a row is not counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RowIssue {
    /// It has an entry date but no exit date, and is not marked "still there".
    NoExit,
    /// It has an exit date (or "still there") but no entry date.
    NoEntry,
    /// The engine refused it (an exit before the entry, a "still there" stay entered after the
    /// check date, a date out of range).
    Refused(Error),
    /// Its country (alpha-2 code) is outside the chosen rule's zone on its days, and no
    /// nationality is known to answer for that country's zone: it is not counted.
    Elsewhere(&'static str),
}

/// A row left out of the count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Skipped {
    /// The row's 1-based number in the list.
    pub row: usize,
    /// Why.
    pub issue: RowIssue,
}

/// The engine's answers for the rows that can be counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Answer {
    /// Every answer on the check date.
    pub assessment: Assessment,
    /// A verdict per counted stay, in list order (planned ones are marked).
    pub verdicts: Vec<StayVerdict>,
    /// The count day by day over the chart's range.
    pub timeline: Vec<TimelineDay>,
    /// The stays counted, each with its row number (the days under a permit left out, by the
    /// engine's [`Documents::counted_stays`]: a row may give several parts, or none).
    pub stays: Vec<Stay>,
    /// For each permit, the days of presence it covers ([`Documents::permit_days`]).
    pub permit_days: Vec<PermitDays>,
    /// The rows some of whose days are under a permit: the row and how many days are not
    /// counted for it.
    pub covered: Vec<(usize, u32)>,
    /// The runs of days of presence under a permit (for the chart), in no particular order.
    pub permit_spans: Vec<(NaiveDate, NaiveDate)>,
}

impl Answer {
    /// Which counted stays make up the count on `day` under `rule` (the engine's
    /// [`Calculator::counted_parts`]); none if the engine cannot say.
    pub fn counted_parts(&self, rule: &Rule, day: NaiveDate) -> Vec<CountedPart> {
        Calculator::new(rule, &self.stays, self.assessment.on)
            .and_then(|calculator| calculator.counted_parts(day))
            .unwrap_or_default()
    }
}

/// What the screen shows: the rows left out, and the answer or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// Rows not counted, in list order.
    pub skipped: Vec<Skipped>,
    /// The answer, or the error that prevents one (a rule not in force on the check date, ...).
    pub answer: Result<Answer, Error>,
}

impl Outcome {
    /// Why row `row` is not counted, if it is not.
    pub fn issue(&self, row: usize) -> Option<&RowIssue> {
        self.skipped.iter().find(|s| s.row == row).map(|s| &s.issue)
    }

    /// The verdict on row `row`, if it is counted.
    pub fn verdict(&self, row: usize) -> Option<&StayVerdict> {
        self.answer
            .as_ref()
            .ok()?
            .verdicts
            .iter()
            .find(|v| v.row == row)
    }
}

/// The stay of one row numbered `number`, `Ok(None)` for a blank row.
pub(crate) fn stay(row: &StayRow, number: usize) -> Result<Option<Stay>, RowIssue> {
    if row.is_blank() {
        return Ok(None);
    }
    let date = |text: &str, field: &str| {
        parse_date(text, field).map_err(|e| RowIssue::Refused(e.at_row(number)))
    };
    if row.entry.is_empty() {
        return Err(RowIssue::NoEntry);
    }
    let entry = date(&row.entry, "entry")?;
    let stay = if row.still_there {
        Stay::open(entry)
    } else if row.exit.is_empty() {
        return Err(RowIssue::NoExit);
    } else {
        Stay::new(entry, date(&row.exit, "exit")?)
    };
    Ok(Some(stay.at_row(number)))
}

/// The answer for `rows` under `rule` on the check date `on`.
///
/// Blank rows are ignored; rows still being filled in, and rows the engine refuses, are left
/// out one by one (each in [`Outcome::skipped`]) so the others are still answered.
#[cfg(test)]
pub(crate) fn outcome(rule: &Rule, rows: &StayRows, on: NaiveDate) -> Outcome {
    outcome_of(rule, rows, on, &[], |_, _, stay| Ok(Some(stay)))
}

/// For tests: the [`Answer`] under the catalogue's rule `rule_id` on `on` for rows of (entry,
/// exit, still there), as typed.
///
/// # Panics
///
/// When the catalogue has no such rule or the rows give no answer.
#[cfg(test)]
pub(crate) fn answer_of(rule_id: &str, rows: &[(&str, &str, bool)], on: NaiveDate) -> Answer {
    let rows = StayRows::from_values(
        rows.iter()
            .map(|&(entry, exit, still)| (entry.to_string(), exit.to_string(), still)),
    );
    outcome(crate::catalogue::rule(rule_id).unwrap(), &rows, on)
        .answer
        .expect("an answer")
}

/// [`outcome`] for the part of each row's stay that `part` keeps, given the row, its number
/// and its stay (`Ok(None)`: none of it, the row is in another zone; an error: the row is left
/// out and says why), with the days under `permits` left out of the count: a permit naming no
/// state covers every row, one naming a state only the rows whose country is that state (a
/// travel log's rule: only the days in the issuing state are left out, `DESIGN.md`).
pub(crate) fn outcome_of(
    rule: &Rule,
    rows: &StayRows,
    on: NaiveDate,
    permits: &[Permit],
    part: impl Fn(&StayRow, usize, Stay) -> Result<Option<Stay>, RowIssue>,
) -> Outcome {
    outcome_knowing(rule, rows, on, permits, &[], part)
}

/// [`outcome_of`] knowing the days the list shows spent in other zones (`elsewhere`, from
/// [`crate::web::traveller::days_elsewhere`]): rows with no day between them that those days
/// show the traveller left between are not asked about as one stay, as the answer per zone
/// does not ask (the same engine step, `Calculator::knowing_elsewhere`), so the detailed
/// answer and its deadlines say what the zone's card says.
pub(crate) fn outcome_knowing(
    rule: &Rule,
    rows: &StayRows,
    on: NaiveDate,
    permits: &[Permit],
    elsewhere: &[(Day, Day)],
    part: impl Fn(&StayRow, usize, Stay) -> Result<Option<Stay>, RowIssue>,
) -> Outcome {
    let mut skipped = Vec::new();
    let mut stays = Vec::new();
    for (i, row) in rows.rows().iter().enumerate() {
        match stay(row, i + 1).and_then(|s| s.map_or(Ok(None), |s| part(row, i + 1, s))) {
            Ok(Some(stay)) => {
                // The permits covering this row: those naming no state or the row's.
                let place = crate::web::traveller::row_country(row, i + 1)
                    .ok()
                    .flatten();
                let covering: Vec<Permit> = permits
                    .iter()
                    .filter(|p| p.country.is_none() || p.country == place)
                    .copied()
                    .collect();
                stays.push((stay, covering));
            }
            Ok(None) => {}
            Err(issue) => skipped.push(Skipped { row: i + 1, issue }),
        }
    }
    let answer = loop {
        let counted: Vec<Stay> = stays
            .iter()
            .flat_map(|(stay, covering)| {
                Documents {
                    permits: covering.clone(),
                    ..Documents::default()
                }
                .counted_stays(&[*stay], on)
            })
            .collect();
        match Calculator::new(rule, &counted, on) {
            Ok(mut calculator) => {
                calculator.knowing_elsewhere(elsewhere);
                break Ok(answer(&calculator, &stays, counted, permits));
            }
            Err(error) => {
                let bad = error
                    .row()
                    .and_then(|row| stays.iter().position(|(s, _)| s.row == Some(row)));
                match bad {
                    Some(i) => {
                        let row = stays.remove(i).0.row.unwrap_or(i + 1);
                        skipped.push(Skipped {
                            row,
                            issue: RowIssue::Refused(error),
                        });
                    }
                    None => break Err(error),
                }
            }
        }
    };
    crate::order::sort_by_rank(&mut skipped, |s| s.row as u64);
    Outcome { skipped, answer }
}

/// The answer of `calculator` (on `counted`, the stays less the days under the permits covering
/// each), with what the permits cover in `stays` (each with the permits covering it).
fn answer(
    calculator: &Calculator,
    stays: &[(Stay, Vec<Permit>)],
    counted: Vec<Stay>,
    permits: &[Permit],
) -> Answer {
    let on = calculator.on();
    let all: Vec<Stay> = stays.iter().map(|(s, _)| *s).collect();
    let (from, to) = chart_range(calculator.rule(), &all, on);
    // The days of presence of a stay: through the check date when it has no exit yet.
    let last = |s: &Stay| s.exit.unwrap_or(on).max(s.entry);
    let days = |a: NaiveDate, b: NaiveDate| (b - a).num_days() as u32 + 1;
    let mut covered = Vec::new();
    let mut permit_spans = Vec::new();
    if !permits.is_empty() {
        for (stay, covering) in stays
            .iter()
            .filter(|(s, _)| s.exit.is_some() || s.entry <= on)
        {
            let kept: u32 = counted
                .iter()
                .filter(|c| c.row == stay.row)
                .map(|c| days(c.entry, last(c)))
                .sum();
            let all = days(stay.entry, last(stay));
            if let (Some(row), true) = (stay.row, kept < all) {
                covered.push((row, all - kept));
            }
            for permit in covering {
                let (a, b) = (stay.entry.max(permit.from), last(stay).min(permit.until));
                if a <= b {
                    permit_spans.push((a, b));
                }
            }
        }
    }
    // Each permit's days: those of the stays it covers.
    let permit_days = permits
        .iter()
        .enumerate()
        .map(|(i, permit)| {
            let theirs: Vec<Stay> = stays
                .iter()
                .filter(|(_, covering)| covering.contains(permit))
                .map(|(s, _)| *s)
                .collect();
            let one = Documents {
                permits: vec![*permit],
                ..Documents::default()
            };
            PermitDays {
                permit: i + 1,
                ..one.permit_days(&theirs, on)[0]
            }
        })
        .collect();
    Answer {
        assessment: calculator.assessment(&Options::default()),
        verdicts: calculator.plan(),
        timeline: calculator.timeline(from, to).unwrap_or_default(),
        permit_days,
        covered,
        permit_spans,
        stays: counted,
    }
}

/// How far back the chart looks from the check date, and how far ahead: the length of the
/// window in force then (a year for calendar years, the per-entry cap without a window).
fn reach(rule: &Rule, on: NaiveDate) -> u64 {
    let limits = rule.limits_on(on);
    match limits.and_then(|l| l.window) {
        Some(Window::Rolling { days, .. }) | Some(Window::FromFirstEntry { days, .. }) => {
            days.into()
        }
        Some(Window::CalendarYear { .. }) => 365,
        None => match limits.and_then(|l| l.per_entry) {
            Some(PerEntry::Days(days)) => days.into(),
            Some(PerEntry::Months(months)) => u64::from(months) * 31,
            None => 180,
        },
    }
}

/// The longest the chart looks back or ahead of the check date, in days.
const CHART_REACH: u64 = 730;

/// The days the chart shows: from the first entry (or one window before the check date, if
/// that is earlier) to one window after the check date (or a month after the last exit, if
/// that is later), never more than [`CHART_REACH`] days either side of the check date.
pub(crate) fn chart_range(rule: &Rule, stays: &[Stay], on: NaiveDate) -> (NaiveDate, NaiveDate) {
    let reach = reach(rule, on).clamp(30, CHART_REACH);
    let back = |days: u64| on.checked_sub_days(Days::new(days)).unwrap_or(MIN_DATE);
    let ahead = |days: u64| on.checked_add_days(Days::new(days)).unwrap_or(MAX_DATE);
    let first_entry = stays.iter().map(|s| s.entry).min().unwrap_or(on);
    let last_exit = stays.iter().filter_map(|s| s.exit).max().unwrap_or(on);
    let from = first_entry.min(back(reach - 1)).max(back(CHART_REACH));
    let to = last_exit
        .checked_add_days(Days::new(30))
        .unwrap_or(MAX_DATE)
        .max(ahead(reach))
        .min(ahead(CHART_REACH));
    (from.max(MIN_DATE), to.min(MAX_DATE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::assess;
    use crate::catalogue::rule;
    use crate::date::date;

    fn rows(values: &[(&str, &str, bool)]) -> StayRows {
        StayRows::from_values(
            values
                .iter()
                .map(|&(a, b, open)| (a.to_string(), b.to_string(), open)),
        )
    }

    #[test]
    fn complete_rows_are_answered_by_the_engine() {
        // Swiss SEM example 2 (rules.md §7.1), checked on exit 2014-11-30.
        let schengen = rule("schengen").unwrap();
        let on = date(2014, 11, 30);
        let list = rows(&[
            ("2014-08-15", "2014-09-30", false),
            ("", "", false),
            ("2014-11-01", "2014-11-30", false),
        ]);
        let outcome = outcome(schengen, &list, on);
        assert!(outcome.skipped.is_empty());
        let answer = outcome.answer.unwrap();
        let expected = assess(
            schengen,
            &[
                Stay::new(date(2014, 8, 15), date(2014, 9, 30)).at_row(1),
                Stay::new(date(2014, 11, 1), date(2014, 11, 30)).at_row(3),
            ],
            on,
        )
        .unwrap();
        assert_eq!(answer.assessment, expected);
        assert_eq!(answer.assessment.days_used, 77);
        assert_eq!(
            answer.verdicts.iter().map(|v| v.row).collect::<Vec<_>>(),
            [1, 3]
        );
    }

    #[test]
    fn rows_being_typed_are_left_out_and_say_why() {
        let list = rows(&[
            ("2025-01-01", "", false),
            ("", "2025-02-01", false),
            ("", "", true),
            ("2025-03-01", "2025-03-05", false),
        ]);
        let outcome = outcome(rule("schengen").unwrap(), &list, date(2025, 3, 5));
        let issues: Vec<(usize, RowIssue)> = outcome
            .skipped
            .iter()
            .map(|s| (s.row, s.issue.clone()))
            .collect();
        assert_eq!(
            issues,
            [
                (1, RowIssue::NoExit),
                (2, RowIssue::NoEntry),
                (3, RowIssue::NoEntry)
            ]
        );
        assert_eq!(outcome.answer.as_ref().unwrap().assessment.days_used, 5);
        assert_eq!(outcome.issue(1), Some(&RowIssue::NoExit));
        assert_eq!(outcome.issue(4), None);
    }

    #[test]
    fn rows_the_engine_refuses_are_left_out_one_by_one() {
        let on = date(2025, 3, 10);
        let list = rows(&[
            ("2025-02-10", "2025-02-01", false),
            ("2025-03-01", "2025-03-05", false),
            ("2025-04-01", "", true),
        ]);
        let outcome = outcome(rule("schengen").unwrap(), &list, on);
        let codes: Vec<(usize, &str)> = outcome
            .skipped
            .iter()
            .map(|s| match &s.issue {
                RowIssue::Refused(e) => (s.row, e.code()),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(
            codes,
            [(1, "exit_before_entry"), (3, "open_stay_after_check_date")]
        );
        let answer = outcome.answer.as_ref().unwrap();
        assert_eq!(answer.assessment.days_used, 5);
        assert!(outcome.verdict(2).is_some() && outcome.verdict(1).is_none());
    }

    #[test]
    fn an_error_of_no_row_replaces_the_answer() {
        // Kazakhstan's rule for India and Iran is in force from 2022-07-08.
        let list = rows(&[("2020-01-01", "2020-01-05", false)]);
        let outcome = outcome(rule("kz-india-iran").unwrap(), &list, date(2021, 1, 1));
        assert_eq!(outcome.answer.unwrap_err().code(), "rule_not_in_force");
    }

    #[test]
    fn the_answer_says_which_rows_make_up_a_days_count() {
        let schengen = rule("schengen").unwrap();
        let list = rows(&[
            ("2025-01-01", "2025-01-10", false),
            ("", "", false),
            ("2025-03-01", "2025-03-05", false),
        ]);
        let answer = outcome(schengen, &list, date(2025, 3, 5)).answer.unwrap();
        let parts = answer.counted_parts(schengen, date(2025, 3, 5));
        assert_eq!(
            parts.iter().map(|p| (p.row, p.days)).collect::<Vec<_>>(),
            [(1, 10), (3, 5)]
        );
    }

    #[test]
    fn planned_trips_get_a_verdict_marked_planned() {
        let list = rows(&[
            ("2025-01-01", "2025-02-28", false),
            ("2025-06-01", "2025-07-15", false),
        ]);
        let outcome = outcome(rule("schengen").unwrap(), &list, date(2025, 3, 15));
        let planned = outcome.verdict(2).unwrap();
        assert!(planned.planned);
        assert!(!outcome.verdict(1).unwrap().planned);
    }

    #[test]
    fn the_chart_covers_the_stays_and_one_window_ahead_within_two_years() {
        let schengen = rule("schengen").unwrap();
        let on = date(2025, 6, 1);
        let stays = [Stay::new(date(2025, 3, 1), date(2025, 3, 10))];
        assert_eq!(
            chart_range(schengen, &stays, on),
            (date(2024, 12, 4), date(2025, 11, 28))
        );
        let old = [
            Stay::new(date(2015, 1, 1), date(2015, 1, 2)),
            Stay::new(date(2025, 7, 1), date(2025, 12, 31)),
        ];
        assert_eq!(
            chart_range(schengen, &old, on),
            (date(2023, 6, 2), date(2026, 1, 30))
        );
        let russia = rule("ru").unwrap();
        let (from, to) = chart_range(russia, &[], on);
        assert_eq!((from, to), (date(2024, 6, 2), date(2026, 6, 1)));
    }

    #[test]
    fn days_under_a_permit_are_left_out_as_the_engine_leaves_them_out() {
        // A D visa from 1 March to 31 August 2025 in the middle of a stay from 1 February to
        // 10 September, and a short trip inside it: only February and 1-10 September count.
        let schengen = rule("schengen").unwrap();
        let on = date(2025, 9, 10);
        let list = rows(&[
            ("2025-02-01", "2025-09-10", false),
            ("2025-04-01", "2025-04-05", false),
        ]);
        let permit = Permit::new(date(2025, 3, 1), date(2025, 8, 31)).unwrap();
        let outcome = outcome_of(schengen, &list, on, &[permit], |_, _, s| Ok(Some(s)));
        let answer = outcome.answer.unwrap();
        let original = [
            Stay::new(date(2025, 2, 1), date(2025, 9, 10)).at_row(1),
            Stay::new(date(2025, 4, 1), date(2025, 4, 5)).at_row(2),
        ];
        let documents = Documents {
            permits: vec![permit],
            ..Documents::default()
        };
        let counted = documents.counted_stays(&original, on);
        assert_eq!(answer.stays, counted);
        assert_eq!(answer.assessment, assess(schengen, &counted, on).unwrap());
        // February is outside the 180 days before 10 September: only 1-10 September count.
        assert_eq!(answer.assessment.days_used, 10);
        assert_eq!(answer.covered, [(1, 184), (2, 5)]);
        assert_eq!(answer.permit_days[0].days, 184);
        assert!(answer
            .permit_spans
            .contains(&(date(2025, 3, 1), date(2025, 8, 31))));
        // The chart's days under the permit are not present, and drawn as the permit's.
        let day = |d: NaiveDate| answer.timeline.iter().find(|t| t.date == d).unwrap();
        assert!(!day(date(2025, 5, 1)).present && day(date(2025, 9, 1)).present);
    }

    #[test]
    fn a_permit_naming_its_state_leaves_out_only_the_rows_in_that_state() {
        // A French permit from 1 February to 30 June 2025; ten days in Germany inside it.
        let schengen = rule("schengen").unwrap();
        let on = date(2025, 7, 10);
        let mut list = rows(&[
            ("2025-01-10", "2025-03-09", false),
            ("2025-03-10", "2025-03-20", false),
            ("2025-03-21", "2025-06-30", false),
        ]);
        let ids: Vec<u32> = list.rows().iter().map(|r| r.id).collect();
        for (id, code) in ids.iter().zip(["FR", "DE", "FR"]) {
            list.set_country(*id, code);
        }
        let france = crate::zones::country("FR").unwrap();
        let permit = Permit::new(date(2025, 2, 1), date(2025, 6, 30))
            .unwrap()
            .of(france);
        let outcome = outcome_of(schengen, &list, on, &[permit], |_, _, s| Ok(Some(s)));
        let answer = outcome.answer.unwrap();
        // What counts: France before the permit (from 12 January, 180 days back) and Germany.
        assert_eq!(answer.assessment.days_used, 20 + 11);
        assert_eq!(answer.permit_days[0].days, 139);
        assert_eq!(answer.covered, [(1, 37), (3, 102)]);
        // The same permit naming no state leaves out Germany's days too.
        let anywhere = Permit {
            country: None,
            ..permit
        };
        let outcome = outcome_of(schengen, &list, on, &[anywhere], |_, _, s| Ok(Some(s)));
        assert_eq!(outcome.answer.unwrap().assessment.days_used, 20);
    }
}
