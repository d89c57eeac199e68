//! The chart's geometry, computed from the engine's timeline: SVG paths in a coordinate space
//! of one unit per day across, [`PLOT_HEIGHT`] units for the count and a band of stay bars below.
//!
//! The SVG is stretched to its box (`preserveAspectRatio="none"`), so labels are placed by the
//! page as percentages of the width ([`ChartModel::percent`]) rather than drawn in the SVG.

use crate::timeline::TimelineDay;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// Height of the plot of the count, in chart units; a count of [`ChartModel::top`] is at 0.
pub(crate) const PLOT_HEIGHT: f64 = 100.0;
/// Top of the band that shows the stays as bars.
pub(crate) const BAND_TOP: f64 = 104.0;
/// Height of that band.
pub(crate) const BAND_HEIGHT: f64 = 12.0;
/// Height of the whole chart.
pub(crate) const VIEW_HEIGHT: f64 = BAND_TOP + BAND_HEIGHT;

/// What a run of days in the stay band is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BarKind {
    /// Presence on or before the check date.
    Past,
    /// Presence after the check date: a planned trip.
    Planned,
    /// Presence that violates the rule.
    Unlawful,
    /// Presence under a residence permit or long-stay visa: not counted.
    Permit,
}

/// A run of days drawn in the stay band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Bar {
    /// Index of its first day.
    pub start: usize,
    /// How many days.
    pub days: usize,
    /// What it is.
    pub kind: BarKind,
}

/// The first day of a month, where the chart draws a grid line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MonthTick {
    /// Index of the day.
    pub index: usize,
    /// The day (always the 1st).
    pub date: NaiveDate,
    /// Whether it carries a label (every month on a short chart, fewer on a long one).
    pub labelled: bool,
}

/// Everything the chart draws.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ChartModel {
    /// Days across: the width in chart units.
    pub days: usize,
    /// The count at the top of the plot.
    pub top: u32,
    /// The count as a filled step area.
    pub count_area: String,
    /// The count as a step line.
    pub count_line: String,
    /// The cap as a step line, broken where the rule is not in force.
    pub cap_line: String,
    /// When the rule has both a window and a per-entry cap: each stay's day number, a step line
    /// on its days, and the cap of each stay as a step line over the same days; empty
    /// otherwise (without a window, `count_line` is the day number already).
    pub entry_line: String,
    /// See `entry_line`.
    pub entry_cap_line: String,
    /// Filled areas under the count on days that violate the rule.
    pub over_area: String,
    /// Stays, planned trips and violations in the band.
    pub bars: Vec<Bar>,
    /// Index of the check date, if shown.
    pub today: Option<usize>,
    /// Month starts.
    pub months: Vec<MonthTick>,
}

/// Formats a chart coordinate compactly (one decimal, none when whole).
fn coord(value: f64) -> String {
    let text = fixed(value, 1);
    text.strip_suffix(".0").map_or(text.clone(), str::to_string)
}

/// `value` rounded to `decimals` places (half away from zero), written with exactly that many
/// (as `format!("{value:.2}")` writes it, but for a rare half-way case). Integer arithmetic
/// only: Rust's float formatting (`{:.2}`, `Display for f64`) costs the traveller page's wasm
/// about 8 KB gzipped, and the chart's coordinates and percentages are its only floats written.
pub(crate) fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (
        scaled.unsigned_abs() / scale as u64,
        scaled.unsigned_abs() % scale as u64,
    );
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
    }
}

/// A step line through `values` (one per day), broken where a value is `None`.
fn step_line(values: &[Option<f64>]) -> String {
    let mut path = String::new();
    let mut previous: Option<f64> = None;
    for (i, &value) in values.iter().enumerate() {
        match (previous, value) {
            (_, None) => {}
            (None, Some(y)) => {
                let _ = write!(path, "M{i},{}H{}", coord(y), i + 1);
            }
            (Some(p), Some(y)) if p == y => {
                let _ = write!(path, "H{}", i + 1);
            }
            (Some(_), Some(y)) => {
                let _ = write!(path, "V{}H{}", coord(y), i + 1);
            }
        }
        previous = value;
    }
    path
}

/// Closed step areas from the baseline up to `values`, one per run of `Some`.
fn step_area(values: &[Option<f64>]) -> String {
    let mut path = String::new();
    let mut open_since: Option<usize> = None;
    for (i, &value) in values.iter().chain([None].iter()).enumerate() {
        match (open_since, value) {
            (None, Some(y)) => {
                let _ = write!(path, "M{i},{}V{}H{}", coord(PLOT_HEIGHT), coord(y), i + 1);
                open_since = Some(i);
            }
            (Some(_), Some(y)) => {
                let _ = write!(path, "V{}H{}", coord(y), i + 1);
            }
            (Some(_), None) => {
                let _ = write!(path, "V{}Z", coord(PLOT_HEIGHT));
                open_since = None;
            }
            (None, None) => {}
        }
    }
    path
}

/// Runs of consecutive indices for which `kind` gives a kind, merged while it stays the same.
fn bars(kinds: impl Iterator<Item = Option<BarKind>>) -> Vec<Bar> {
    let mut bars: Vec<Bar> = Vec::new();
    for (i, kind) in kinds.enumerate() {
        let Some(kind) = kind else { continue };
        match bars.last_mut() {
            Some(bar) if bar.kind == kind && bar.start + bar.days == i => bar.days += 1,
            _ => bars.push(Bar {
                start: i,
                days: 1,
                kind,
            }),
        }
    }
    bars
}

impl ChartModel {
    /// Adds bars for the days of `timeline` inside `spans` (presence under a permit, which the
    /// timeline does not count as present).
    pub fn with_permits(
        mut self,
        timeline: &[TimelineDay],
        spans: &[(NaiveDate, NaiveDate)],
    ) -> ChartModel {
        if !spans.is_empty() {
            let covered = |d: &TimelineDay| spans.iter().any(|&(a, b)| a <= d.date && d.date <= b);
            self.bars.extend(bars(
                timeline
                    .iter()
                    .map(|d| (!d.present && covered(d)).then_some(BarKind::Permit)),
            ));
        }
        self
    }

    /// The chart of `timeline`, with the check date `on` marked.
    pub fn new(timeline: &[TimelineDay], on: NaiveDate) -> ChartModel {
        // A per-entry count of its own when it is not the count already (a rule with a window).
        let entry_count = timeline
            .iter()
            .any(|d| d.per_entry_cap > 0 && d.present && d.limit != d.per_entry_cap);
        let highest = timeline
            .iter()
            .map(|d| d.count.max(d.limit).max(d.day_of_stay))
            .max()
            .unwrap_or(0)
            .max(1);
        let top = highest + highest.div_ceil(10);
        let y = |count: u32| PLOT_HEIGHT - f64::from(count) * PLOT_HEIGHT / f64::from(top);
        let counts: Vec<Option<f64>> = timeline.iter().map(|d| Some(y(d.count))).collect();
        let caps: Vec<Option<f64>> = timeline
            .iter()
            .map(|d| (d.limit > 0).then(|| y(d.limit)))
            .collect();
        let on_stays = |value: fn(&TimelineDay) -> u32| -> Vec<Option<f64>> {
            timeline
                .iter()
                .map(|d| (entry_count && d.present && d.per_entry_cap > 0).then(|| y(value(d))))
                .collect()
        };
        let entry_days = on_stays(|d| d.day_of_stay);
        let entry_caps = on_stays(|d| d.per_entry_cap);
        let over: Vec<Option<f64>> = timeline
            .iter()
            .map(|d| d.unlawful.then(|| y(d.count)))
            .collect();
        let kinds = timeline.iter().map(|d| match (d.present, d.unlawful) {
            (_, true) => Some(BarKind::Unlawful),
            (true, false) if d.date > on => Some(BarKind::Planned),
            (true, false) => Some(BarKind::Past),
            (false, false) => None,
        });
        let starts: Vec<(usize, NaiveDate)> = timeline
            .iter()
            .enumerate()
            .filter(|(_, d)| d.date.day() == 1)
            .map(|(i, d)| (i, d.date))
            .collect();
        let every = match starts.len() {
            0..=8 => 1,
            9..=16 => 2,
            17..=24 => 3,
            _ => 6,
        };
        ChartModel {
            days: timeline.len(),
            top,
            count_area: step_area(&counts),
            count_line: step_line(&counts),
            cap_line: step_line(&caps),
            entry_line: step_line(&entry_days),
            entry_cap_line: step_line(&entry_caps),
            over_area: step_area(&over),
            bars: bars(kinds),
            today: timeline.iter().position(|d| d.date == on),
            months: starts
                .into_iter()
                .map(|(index, date)| MonthTick {
                    index,
                    date,
                    labelled: date.month0() % every == 0,
                })
                .collect(),
        }
    }

    /// Where day `index` starts, as a percentage of the chart's width.
    pub fn percent(&self, index: usize) -> f64 {
        if self.days == 0 {
            0.0
        } else {
            index as f64 * 100.0 / self.days as f64
        }
    }

    /// Where `count` is drawn, as a percentage of the chart's height up from its bottom.
    pub fn bottom_percent(&self, count: u32) -> f64 {
        let above_band = VIEW_HEIGHT - PLOT_HEIGHT;
        (above_band + PLOT_HEIGHT * f64::from(count) / f64::from(self.top)) * 100.0 / VIEW_HEIGHT
    }

    /// The day under a point `fraction` (0 to 1) of the way across the chart.
    pub fn index_at(&self, fraction: f64) -> Option<usize> {
        if self.days == 0 || !fraction.is_finite() {
            return None;
        }
        let index = (fraction * self.days as f64).floor().max(0.0) as usize;
        Some(index.min(self.days - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_writes_as_the_float_formatting_does() {
        for value in [
            0.0, 1.0, 12.5, 33.333_333, 66.666_667, 99.99, 100.0, 0.004, 116.0, -2.71, -0.04,
        ] {
            assert_eq!(
                fixed(value, 2),
                format!("{value:.2}").replace("-0.00", "0.00"),
                "{value}"
            );
            assert_eq!(
                fixed(value, 1),
                format!("{value:.1}").replace("-0.0", "0.0"),
                "{value}"
            );
        }
        for i in 0..=1000 {
            let value = f64::from(i) * 100.0 / 367.0;
            assert!((fixed(value, 2).parse::<f64>().unwrap() - value).abs() <= 0.005 + 1e-9);
        }
        // A half-way value rounds away from zero, as `coord` always rounded (`{:.1}` would
        // round 7.25 to even, 7.2).
        assert_eq!(fixed(7.25, 1), "7.3");
        assert_eq!(coord(100.0), "100");
        assert_eq!(coord(42.25), "42.3");
        assert_eq!(coord(3.04), "3");
    }
    use crate::calculator::Calculator;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::stay::Stay;

    fn day(date: NaiveDate, count: u32, limit: u32, present: bool, unlawful: bool) -> TimelineDay {
        TimelineDay {
            date,
            count,
            window_start: date,
            limit,
            present,
            unlawful,
            day_of_stay: u32::from(present),
            per_entry_cap: 0,
        }
    }

    #[test]
    fn step_lines_follow_the_values_and_break_on_gaps() {
        assert_eq!(
            step_line(&[Some(5.0), Some(5.0), Some(2.5), None, Some(1.0)]),
            "M0,5H1H2V2.5H3M4,1H5"
        );
        assert_eq!(step_line(&[]), "");
        assert_eq!(
            step_area(&[None, Some(50.0), Some(40.0), None]),
            "M1,100V50H2V40H3V100Z"
        );
    }

    #[test]
    fn a_small_timeline_gives_its_paths_bars_and_today() {
        let on = date(2025, 1, 31);
        let timeline = [
            day(date(2025, 1, 30), 9, 10, true, false),
            day(date(2025, 1, 31), 10, 10, true, false),
            day(date(2025, 2, 1), 11, 10, true, true),
            day(date(2025, 2, 2), 11, 10, false, false),
            day(date(2025, 2, 3), 12, 10, true, false),
        ];
        let chart = ChartModel::new(&timeline, on);
        assert_eq!(chart.top, 14);
        assert_eq!(chart.days, 5);
        assert_eq!(chart.today, Some(1));
        assert_eq!(chart.cap_line, "M0,28.6H1H2H3H4H5");
        assert_eq!(chart.over_area, "M2,100V21.4H3V100Z");
        assert_eq!(
            chart.bars,
            [
                Bar {
                    start: 0,
                    days: 2,
                    kind: BarKind::Past
                },
                Bar {
                    start: 2,
                    days: 1,
                    kind: BarKind::Unlawful
                },
                Bar {
                    start: 4,
                    days: 1,
                    kind: BarKind::Planned
                },
            ]
        );
        assert_eq!(
            chart.months,
            [MonthTick {
                index: 2,
                date: date(2025, 2, 1),
                labelled: true
            }]
        );
        assert_eq!(chart.percent(2), 40.0);
        assert_eq!(chart.index_at(0.99), Some(4));
        assert_eq!(chart.index_at(-1.0), Some(0));
        assert_eq!(chart.index_at(1.5), Some(4));
        assert!((chart.bottom_percent(10) - (16.0 + 71.428) * 100.0 / 116.0).abs() < 0.01);
        assert!((chart.bottom_percent(0) - 16.0 * 100.0 / 116.0).abs() < 0.01);
    }

    #[test]
    fn an_engine_timeline_charts_a_year_with_labels_every_other_month() {
        let stays = [Stay::new(date(2025, 1, 1), date(2025, 4, 30))];
        let schengen = rule("schengen").unwrap();
        let calculator = Calculator::new(schengen, &stays, date(2025, 3, 1)).unwrap();
        let timeline = calculator
            .timeline(date(2025, 1, 1), date(2025, 12, 31))
            .unwrap();
        let chart = ChartModel::new(&timeline, date(2025, 3, 1));
        assert_eq!(chart.days, 365);
        assert_eq!(chart.months.len(), 12);
        assert_eq!(chart.months.iter().filter(|m| m.labelled).count(), 6);
        // 120 days of presence: the last 30 (from 1 April) are over the 90-day limit.
        assert_eq!(
            chart.bars.last().unwrap(),
            &Bar {
                start: 90,
                days: 30,
                kind: BarKind::Unlawful
            }
        );
        assert!(chart.bars.iter().any(|b| b.kind == BarKind::Planned));
        assert_eq!(chart.top, 132);
        assert_eq!(chart.index_at(0.0), Some(0));
    }

    #[test]
    fn a_per_entry_cap_is_drawn_beside_the_window() {
        // Kazakhstan's visa-free list: 30 days per entry, 90 in any 180. Day 33 of a stay
        // entered on 1 November is over the cap with 33 of 90 in the window.
        let stays = [Stay::open(date(2025, 11, 1))];
        let calculator =
            Calculator::new(rule("kz-visa-free").unwrap(), &stays, date(2025, 12, 3)).unwrap();
        let timeline = calculator
            .timeline(date(2025, 10, 31), date(2025, 12, 3))
            .unwrap();
        let chart = ChartModel::new(&timeline, date(2025, 12, 3));
        assert_eq!(chart.top, 99);
        // From day 1 (1 November, index 1) to day 33, against a cap of 30 on the same days.
        assert!(
            chart.entry_line.starts_with("M1,99H2V98"),
            "{}",
            chart.entry_line
        );
        assert!(
            chart.entry_line.ends_with("V66.7H34"),
            "{}",
            chart.entry_line
        );
        assert_eq!(chart.entry_cap_line, "M1,69.7H2H3H4H5H6H7H8H9H10H11H12H13H14H15H16H17H18H19H20H21H22H23H24H25H26H27H28H29H30H31H32H33H34");
        // Schengen has no per-entry cap: nothing extra.
        let schengen = rule("schengen").unwrap();
        let calculator = Calculator::new(schengen, &stays, date(2025, 12, 3)).unwrap();
        let timeline = calculator
            .timeline(date(2025, 10, 31), date(2025, 12, 3))
            .unwrap();
        let chart = ChartModel::new(&timeline, date(2025, 12, 3));
        assert_eq!(chart.entry_line, "");
        assert_eq!(chart.entry_cap_line, "");
    }

    #[test]
    fn an_empty_timeline_draws_nothing() {
        let chart = ChartModel::new(&[], date(2025, 1, 1));
        assert_eq!(chart.days, 0);
        assert_eq!(chart.count_line, "");
        assert_eq!(chart.today, None);
        assert_eq!(chart.index_at(0.5), None);
    }
}
