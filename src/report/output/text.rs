//! The report as aligned text, for people.

use crate::assessment::Status;
use crate::report::{PassportCheck, PersonReport, ReportStatus, Team};
use crate::warning::Warning;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The columns after the person and the carried ones; `used` and `left` are numbers, aligned
/// right.
const COLUMNS: [&str; 9] = [
    "rule",
    "status",
    "used",
    "left",
    "latest exit",
    "keeping plans",
    "earliest full stay",
    "first unlawful day",
    "next planned trip",
];

/// What joins the cells of a line while it waits to be aligned.
const SEPARATOR: char = '\0';

/// Writes the report for people: a summary, one aligned line per person with the numbers
/// that matter (carried columns included), and what each column means.
///
/// Columns are aligned, so nothing is written before [`TextReportWriter::finish`]: until
/// then each person's line is kept as text (a few hundred bytes a person).
///
/// Someone with rows that could not be read has the status `check rows` (their numbers are
/// from their other rows, `-` when none was read), or `overstay !` when the rows read already
/// show an overstay.
///
/// ```
/// use staycalc::{date, rule};
/// use staycalc::report::{read_team, TeamSettings, TextReportWriter};
/// let file = "person,entry,exit\nAna,2025-03-01,2025-05-29\nBen,2025-05-20,\n";
/// let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
/// let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
/// let mut text = TextReportWriter::new(Vec::new(), &team);
/// for report in team.reports() {
///     text.write(&report?);
/// }
/// let text = String::from_utf8(text.finish().unwrap()).unwrap();
/// // Ana was present 90 days of the 180 ending on 2025-06-01: none left, a warning.
/// assert!(text.contains("\nAna     schengen  warning    90     0  "));
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Debug)]
pub struct TextReportWriter<'t, 'r, W: Write> {
    out: W,
    team: &'t Team<'r>,
    widths: Vec<usize>,
    lines: Vec<Box<str>>,
    /// How many lines have each status.
    counts: BTreeMap<ReportStatus, usize>,
    /// Each line's rows that may be one stay (the reason for a `warning` with days left),
    /// listed under the table: the table alone would show only the days left on the entry.
    reentries: Vec<String>,
}

impl<'t, 'r, W: Write> TextReportWriter<'t, 'r, W> {
    /// A writer to `out` for the report of `team`.
    pub fn new(out: W, team: &'t Team<'r>) -> TextReportWriter<'t, 'r, W> {
        let widths = header(team).iter().map(|h| h.chars().count()).collect();
        TextReportWriter {
            out,
            team,
            widths,
            lines: Vec::new(),
            counts: BTreeMap::new(),
            reentries: Vec::new(),
        }
    }

    /// Adds one person's line (written by [`TextReportWriter::finish`]).
    pub fn write(&mut self, report: &PersonReport) {
        let mut cells = cells(self.team, report);
        if self.team.has_passport() {
            cells.push(passport(report));
        }
        if self.team.has_visa() {
            cells.push(visa(report));
        }
        for (width, cell) in self.widths.iter_mut().zip(&cells) {
            *width = (*width).max(cell.chars().count());
        }
        self.lines.push(cells.join("\0").into());
        *self.counts.entry(report.status()).or_default() += 1;
        let zone = report
            .zone
            .as_ref()
            .map(|z| format!(" ({})", z.zone.id()))
            .unwrap_or_default();
        for warning in report.assessment.iter().flat_map(|a| &a.warnings) {
            if matches!(warning, Warning::Reentry { .. }) {
                self.reentries
                    .push(format!("  {}{zone}: {warning}", report.person));
            }
        }
    }

    /// Writes the summary, the aligned lines and the legend, and flushes the output.
    ///
    /// # Errors
    ///
    /// Any error writing to the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.summary()?;
        let header = header(self.team);
        let numeric: Vec<bool> = header.iter().map(|h| h == "used" || h == "left").collect();
        let mut line = |cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
            let mut text = String::new();
            for (i, cell) in cells.enumerate() {
                if i > 0 {
                    text.push_str("  ");
                }
                let pad = self.widths[i].saturating_sub(cell.chars().count());
                if numeric[i] {
                    text.extend(std::iter::repeat_n(' ', pad));
                    text.push_str(cell);
                } else {
                    text.push_str(cell);
                    text.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(self.out, "{}", text.trim_end())
        };
        line(&mut header.iter().map(String::as_str))?;
        for cells in &self.lines {
            line(&mut cells.split(SEPARATOR))?;
        }
        if !self.reentries.is_empty() {
            writeln!(
                self.out,
                "\nrows with no day between them under a per-entry limit (status warning: each \
                 is counted as a new entry, but they may be one stay; rows are the file's lines):"
            )?;
            for note in &self.reentries {
                writeln!(self.out, "{note}")?;
            }
        }
        self.legend()?;
        self.out.flush()?;
        Ok(self.out)
    }

    /// The lines above the table.
    fn summary(&mut self) -> io::Result<()> {
        let (out, team) = (&mut self.out, self.team);
        let counts: Vec<String> = ReportStatus::BY_URGENCY
            .iter()
            .map(|status| (status, self.counts.get(status).copied().unwrap_or(0)))
            .filter(|&(&status, n)| n > 0 || status == Status::Overstay || status == Status::Ok)
            .map(|(status, n)| format!("{n} {}", words(*status)))
            .collect();
        let people = if self.lines.len() == 1 {
            "person"
        } else {
            "people"
        };
        if team.by_zone() {
            let lines = if self.lines.len() == 1 {
                "line"
            } else {
                "lines"
            };
            let people = match team.people_count() {
                1 => "1 person".to_string(),
                n => format!("{n} people"),
            };
            writeln!(
                out,
                "Team report by zone on {}: {} {lines} for {people} ({}) {}",
                team.on(),
                self.lines.len(),
                counts.join(", "),
                team.rows_in_words()
            )?;
        } else {
            writeln!(
                out,
                "Team report on {}: {} {people} ({}) {}",
                team.on(),
                self.lines.len(),
                counts.join(", "),
                team.rows_in_words()
            )?;
        }
        if let Some(nationality) = team.settings().nationality {
            let codes: Vec<&str> = nationality.iter().map(|c| c.alpha2).collect();
            writeln!(
                out,
                "nationality: {} unless a row gives one; each zone under the catalogue's rule \
                 for it",
                codes.join(";")
            )?;
        }
        if let Some(rule) = team.settings().rule.filter(|_| !team.by_zone()) {
            writeln!(
                out,
                "rule: {} ({}) unless a row names another",
                rule.id, rule.name
            )?;
        }
        match team.date_formats() {
            [] => {}
            [(format, _)] => writeln!(out, "dates read as {format}")?,
            formats => {
                let list: Vec<String> = formats
                    .iter()
                    .map(|(format, n)| format!("{format} ({n})"))
                    .collect();
                writeln!(
                    out,
                    "dates read as {}; also {}",
                    list[0],
                    list[1..].join(", ")
                )?;
            }
        }
        let spellings = team.spellings().len();
        if spellings > 0 {
            let (names, were) = if spellings == 1 {
                ("1 other spelling of a name", "was")
            } else {
                ("other spellings of names", "were")
            };
            let count = if spellings == 1 {
                String::new()
            } else {
                format!("{spellings} ")
            };
            writeln!(
                out,
                "{count}{names} (letter case, spaces, dots) {were} read as the person of an \
                 earlier line (listed on standard error)"
            )?;
        }
        let unread = team.unread_lines().len();
        if unread > 0 {
            let rows = if unread == 1 { "row" } else { "rows" };
            writeln!(
                out,
                "{unread} {rows} could not be read (listed on standard error): their people have \
                 the status check rows, or overstay ! when their other rows show one"
            )?;
        }
        if team.passport_rows() > 0 {
            let rows = if team.passport_rows() == 1 {
                "row gives"
            } else {
                "rows give"
            };
            writeln!(
                out,
                "{} {rows} another passport date than the person's other rows (listed on \
                 standard error): their stays count, their people have the status check rows \
                 and their passport is not checked",
                team.passport_rows()
            )?;
        }
        if team.visa_rows() > 0 {
            let rows = if team.visa_rows() == 1 {
                "row gives"
            } else {
                "rows give"
            };
            writeln!(
                out,
                "{} {rows} another visa than the person's other rows, part of one, or an UNTIL \
                 before its FROM (listed on standard error): their stays count, their people \
                 have the status check rows and their visa is not checked",
                team.visa_rows()
            )?;
        }
        writeln!(out)
    }

    /// What the columns mean.
    fn legend(&mut self) -> io::Result<()> {
        let out = &mut self.out;
        let on = self.team.on();
        let warning = self.team.settings().options.warning_threshold;
        writeln!(out)?;
        writeln!(
            out,
            "used: days present in the rule's window ending on {on}; left: days remaining in it"
        )?;
        writeln!(
            out,
            "  (not the longest possible stay: days drop out of the window while one stays)"
        )?;
        writeln!(
            out,
            "  (\"4 entry\": the days left on the stay under way, whose per-entry limit ends it first)"
        )?;
        writeln!(
            out,
            "latest exit: the last day one may stay, staying on (or entering) on {on}"
        )?;
        writeln!(
            out,
            "earliest full stay: the first day a stay of the rule's full allowance may start, \
             counting the days up to {on} only (not the rest of a stay under way, nor planned trips)"
        )?;
        writeln!(
            out,
            "first unlawful day: the first day over the limit among all stays, past and planned"
        )?;
        writeln!(
            out,
            "next planned trip: the next trip after {on} (or marked planned), and its verdict"
        )?;
        writeln!(
            out,
            "keeping plans: the last day one may stay from {on} without making a planned trip \
             unlawful"
        )?;
        if self.team.has_visa() {
            writeln!(
                out,
                "visa: whether each stay entered on the visa keeps to its FROM..UNTIL, \
                 entries (1, 2 or MULT) and duration of stay, as staycalc check --visa checks \
                 it (Schengen rule only); a stay that breaks it is an overstay in the status \
                 (past, planned, or now when it leaves no day)"
            )?;
        }
        if self.team.has_passport() {
            writeln!(
                out,
                "passport: whether the passport meets the Schengen Borders Code's conditions \
                 (valid 3 months after the exit, issued within 10 years before the entry) for \
                 the stay under way on {on} and each planned trip"
            )?;
        }
        let passport = if self.team.has_passport() {
            ", passport (the passport fails the stay under way or a planned trip)"
        } else {
            ""
        };
        writeln!(
            out,
            "status: overstay (present and over the limit on {on}), past_overstay (over the \
             limit before {on}), check rows (some of the person's rows could not be read: the \
             answer is from the others, - when none){passport}, planned_overstay (a planned \
             trip over the limit), warning (fewer than {warning} days left, or rows that may be \
             one stay: listed under the table), ok"
        )?;
        if self.team.by_zone() {
            writeln!(
                out,
                "zone: the Schengen area (each member from the date it joined) or one country; \
                 countries: whose stays counted toward it; nationality: the one the zone is \
                 judged for (a dual national's most favourable); days_present: days in the \
                 zone with no rule to count them against; no_limit (no limit for that \
                 nationality there), no_rule_known (the catalogue has no rule for it: days \
                 counted, no limit assumed); why each regime applies: in the csv and json"
            )?;
        }
        Ok(())
    }
}

/// Whether carried column `index` is shown: all but a report by zone's `why` (long words,
/// in the CSV and JSON).
fn shown(team: &Team<'_>, index: usize) -> bool {
    !(team.by_zone() && index == crate::report::ZONE_COLUMNS.len() - 1)
}

/// The header's cells.
fn header(team: &Team<'_>) -> Vec<String> {
    let mut header = vec!["person".to_string()];
    header.extend(
        team.carried_names()
            .iter()
            .enumerate()
            .filter(|&(i, _)| shown(team, i))
            .map(|(_, name)| flat(name)),
    );
    header.extend(COLUMNS.map(String::from));
    if team.has_passport() {
        header.push("passport".to_string());
    }
    if team.has_visa() {
        header.push("visa".to_string());
    }
    header
}

/// The passport cell: `-` when the person's rows give none, `ok`, or what fails (the trip,
/// the conditions, the date a new passport is needed by), or why it was not checked.
fn passport(report: &PersonReport) -> String {
    match &report.passport {
        None => "-".to_string(),
        Some(p) if p.check_name() == "ok" => format!(
            "ok (valid until {})",
            p.expiry.map_or("-".to_string(), |d| d.to_string())
        ),
        Some(p) => flat(&p.message()),
    }
}

/// The visa cell: `-` when the person's rows give none, `ok` with the visa, or what breaks it
/// (the stay, the condition, from which day), a stay entered outside it, or why it was not
/// checked.
fn visa(report: &PersonReport) -> String {
    match &report.visa {
        None => "-".to_string(),
        Some(v) if v.check_name() == "ok" => format!("ok ({})", v.visa_text()),
        Some(v) => flat(&v.message()),
    }
}

/// What the visa says of the next planned trip `v`, when it breaks it (the condition, from
/// which day) or could not be checked.
fn visa_trip(v: &crate::plan::StayVerdict, visa: &crate::report::VisaReport) -> Option<String> {
    use crate::documents::VisaProblem;
    if visa.check == crate::report::VisaCheck::Unclear {
        return Some("visa not checked (the person's rows disagree on it)".into());
    }
    let breach = visa.fails_stay(v.row)?;
    let sticker = visa.visa.as_ref()?;
    let from = breach
        .first_unlawful_day
        .map_or(String::new(), |d| d.to_string());
    let what = match breach.problem {
        Some(VisaProblem::Entries) => format!(
            "entry {} on a visa allowing {}",
            breach.entry_number,
            sticker.entries.allowed().unwrap_or(0)
        ),
        Some(VisaProblem::Until) => format!("past its UNTIL {} from {from}", sticker.until),
        _ => format!("over its {} days of stay from {from}", sticker.days),
    };
    Some(format!("breaks the visa ({what})"))
}

/// `text` on one line: control characters (line ends, tabs) as spaces.
fn flat(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A status for people: `check rows` with a space, the engine's words as they are.
fn words(status: ReportStatus) -> &'static str {
    match status {
        ReportStatus::CheckRows => "check rows",
        ReportStatus::NoLimit => "no limit",
        ReportStatus::NoRuleKnown => "no rule known",
        status => status.as_str(),
    }
}

/// The cells of one person's line.
fn cells(team: &Team<'_>, report: &PersonReport) -> Vec<String> {
    let date = |d: Option<chrono::NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    let status = match report.status() {
        status @ ReportStatus::Checked(_) if report.is_flagged() => format!("{status} !"),
        status => words(status).to_string(),
    };
    let next = match &report.next_planned {
        None => "-".to_string(),
        Some(v) => {
            let verdict = match (v.first_unlawful_day, v.later_unlawful_days, v.latest_exit) {
                (Some(first), _, _) => format!("unlawful from {first}"),
                (None, 0, Some(exit)) => format!("ok, may stay until {exit}"),
                (None, 0, None) => "ok".to_string(),
                (None, _, Some(exit)) => {
                    format!("makes a later trip unlawful: leave by {exit}")
                }
                (None, _, None) => "makes a later trip unlawful".to_string(),
            };
            // A trip the passport fails is never said to be fine: the day count's verdict
            // comes second, as what the days alone allow.
            let papers = report.passport.as_ref().and_then(|p| p.fails_stay(v.row));
            // Nor for a trip the passport could not be checked for: the reason comes first.
            let unchecked = report.passport.as_ref().and_then(|p| match p.check {
                PassportCheck::NoExpiry => Some("no expiry date given"),
                PassportCheck::Unclear => {
                    Some("the person's rows disagree on it or could not be read")
                }
                _ => None,
            });
            match papers {
                None => match (unchecked, v.first_unlawful_day, v.later_unlawful_days) {
                    (None, ..) => format!("{} .. {}: {verdict}", v.entry, v.exit),
                    (Some(why), None, 0) => format!(
                        "{} .. {}: passport not checked ({why}){}",
                        v.entry,
                        v.exit,
                        v.latest_exit.map_or(String::new(), |exit| format!(
                            "; the days alone allow a stay until {exit}"
                        ))
                    ),
                    (Some(why), ..) => format!(
                        "{} .. {}: {verdict}; passport not checked either ({why})",
                        v.entry, v.exit
                    ),
                },
                Some(p) => {
                    let needed = p.needed_by.unwrap_or(v.entry);
                    match (v.first_unlawful_day, v.later_unlawful_days, v.latest_exit) {
                        (None, 0, exit) => format!(
                            "{} .. {}: passport does not cover it, new passport needed by \
                             {needed}{}",
                            v.entry,
                            v.exit,
                            exit.map_or(String::new(), |exit| format!(
                                " (the days alone allow a stay until {exit})"
                            ))
                        ),
                        _ => format!(
                            "{} .. {}: {verdict}; passport does not cover it either, new \
                             passport needed by {needed}",
                            v.entry, v.exit
                        ),
                    }
                }
            }
        }
    };
    // A trip that breaks the visa, or that the visa could not be checked for, is never said
    // to be fine either: the visa comes first.
    let next = match (&report.next_planned, &report.visa) {
        (Some(v), Some(visa)) => match visa_trip(v, visa) {
            None => next,
            Some(said) => {
                let rest = next
                    .split_once(": ")
                    .map_or(String::new(), |(_, rest)| rest.to_string());
                let rest = if rest.starts_with("ok") {
                    v.latest_exit.map_or(String::new(), |exit| {
                        format!("; the days alone allow a stay until {exit}")
                    })
                } else {
                    format!("; {rest}")
                };
                format!("{} .. {}: {said}{rest}", v.entry, v.exit)
            }
        },
        _ => next,
    };
    let mut cells = vec![flat(&report.person)];
    cells.extend(
        report
            .carried
            .iter()
            .enumerate()
            .filter(|&(i, _)| shown(team, i))
            .map(|(_, c)| flat(c)),
    );
    let rule = if report.rule.is_empty() {
        "-".to_string()
    } else {
        report.rule.clone()
    };
    cells.extend([rule, status]);
    match &report.assessment {
        Some(a) => cells.extend([
            a.days_used.to_string(),
            // On the 26th day of a 30-day entry, the entry's 4 days, not the window's 64.
            match a.days_left_in_stay.filter(|_| a.per_entry_decides()) {
                Some(left) => format!("{left} entry"),
                None => a.days_remaining.to_string(),
            },
            date(a.latest_exit),
            date(a.latest_exit_keeping_plans),
            date(a.earliest_full_stay),
            date(a.first_unlawful_day),
        ]),
        None => cells.extend(["-", "-", "-", "-", "-", "-"].map(String::from)),
    }
    cells.push(next);
    cells
}
