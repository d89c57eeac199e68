//! The report as JSON: an array with one object per person.

use crate::documents::PassportProblem;
use crate::output::JsonWriter;
use crate::report::output::fields::{self, Value};
use crate::report::{PassportReport, PersonReport, Team, VisaCheck, VisaReport};
use std::io::{self, Write};

/// Writes a report as a JSON array, one object per person, indented by two spaces.
///
/// Each object holds `person`, the carried columns (strings), then the fields of
/// `staycalc check --format json`, named the same and written the same (dates as
/// `YYYY-MM-DD`, `null` where none, `warnings` as objects with `code`, `message` and `rows`),
/// except its `plan`: instead, `next_planned` is the next planned trip's verdict (an object
/// like an item of that `plan`) or `null`. Then `stays`, the number of rows checked, and
/// `bad_lines`, the lines of the person's rows that could not be read.
///
/// ```
/// use staycalc::report::JsonReportWriter;
/// let writer = JsonReportWriter::new(Vec::new(), &["department"]).unwrap();
/// assert_eq!(writer.finish().unwrap(), b"[]\n");
/// ```
#[derive(Debug)]
pub struct JsonReportWriter<W: Write> {
    out: W,
    carried: Vec<String>,
    written: usize,
    text: String,
    /// Whether the passport fields are written.
    passport: bool,
    /// Whether the visa fields are written.
    visa: bool,
}

impl<W: Write> JsonReportWriter<W> {
    /// A writer to `out`, for a team with these carried columns.
    ///
    /// # Errors
    ///
    /// None yet: the array opens with the first object. The `Result` is for symmetry with
    /// [`crate::report::CsvReportWriter::new`].
    pub fn new<S: AsRef<str>>(out: W, carried_names: &[S]) -> io::Result<JsonReportWriter<W>> {
        Ok(JsonReportWriter {
            out,
            carried: carried_names
                .iter()
                .map(|s| s.as_ref().to_string())
                .collect(),
            written: 0,
            text: String::new(),
            passport: false,
            visa: false,
        })
    }

    /// A writer to `out` for `team`: its carried columns, and, when its file has a passport
    /// column, the passport fields after every other: `passport_expiry`, `passport_issued`
    /// (dates or `null`), `passport_check` (`ok`, `fails`, `not_checked`, or `null` when
    /// the person's rows give no passport date), `passport_last_exit` (the last exit it
    /// allows, 3 months before its expiry, when checked), `passport_failing` (the first current or
    /// planned trip it fails: `entry`, `exit`, `problems` as objects with `code` and
    /// `needed`, and `needed_by`; or `null`) and `passport_message` (in words). When it has
    /// the visa columns, then: `visa` (`from`, `until`, `entries` as `01`, `02` or `MULT`,
    /// `days`; `null` when the rows give none or disagree), `visa_check` (`ok`, `fails`,
    /// `no_visa_for_stay`, `not_checked`, or `null`), `visa_sets_latest_exit` (`visa_entries`,
    /// `visa_until`, `visa_days` or `null`), `visa_failing` (the first stay that breaks it:
    /// `row`, `entry`, `exit`, `entry_number`, `problem` as `entries`, `until` or `days`,
    /// `first_unlawful_day`; or `null`), `visa_outside` (the current and planned stays entered
    /// outside its dates: `row` and `entry`) and `visa_message` (in words).
    ///
    /// # Errors
    ///
    /// As [`JsonReportWriter::new`].
    pub fn for_team(out: W, team: &Team<'_>) -> io::Result<JsonReportWriter<W>> {
        let mut writer = JsonReportWriter::new(out, team.carried_names())?;
        writer.passport = team.has_passport();
        writer.visa = team.has_visa();
        Ok(writer)
    }

    /// Writes one person's object.
    ///
    /// # Errors
    ///
    /// Any error writing to the output.
    pub fn write(&mut self, report: &PersonReport) -> io::Result<()> {
        let t = &mut self.text;
        t.clear();
        t.push_str(if self.written == 0 { "[\n  " } else { ",\n  " });
        let mut json = JsonWriter::pretty(t, 1);
        json.begin_object();
        json.key("person");
        json.string(&report.person);
        for (name, value) in self.carried.iter().zip(&report.carried) {
            json.key(name);
            json.string(value);
        }
        for (name, value) in fields::fields(report) {
            json.key(name);
            match value {
                Value::Answer(value) => json.value(value),
                Value::Verdict(None) => json.null(),
                Value::Verdict(Some(verdict)) => json.fields(verdict.fields()),
                Value::Lines(lines) => json.numbers(lines.iter().copied()),
            }
        }
        if self.passport {
            passport(&mut json, report.passport.as_ref());
        }
        if self.visa {
            visa(&mut json, report.visa.as_ref());
        }
        json.end_object();
        self.written += 1;
        self.out.write_all(self.text.as_bytes())
    }

    /// Closes the array and flushes the output.
    ///
    /// # Errors
    ///
    /// Any error writing to the output.
    pub fn finish(mut self) -> io::Result<W> {
        let end: &[u8] = if self.written == 0 { b"[]\n" } else { b"\n]\n" };
        self.out.write_all(end)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The passport fields of one person (see [`JsonReportWriter::for_team`]).
fn passport(json: &mut JsonWriter<'_>, passport: Option<&PassportReport>) {
    json.key("passport_expiry");
    json.optional_date(passport.and_then(|p| p.expiry));
    json.key("passport_issued");
    json.optional_date(passport.and_then(|p| p.issued));
    json.key("passport_check");
    match passport {
        Some(p) => json.string(p.check_name()),
        None => json.null(),
    }
    json.key("passport_last_exit");
    json.optional_date(passport.and_then(|p| p.last_exit));
    json.key("passport_failing");
    match passport.and_then(PassportReport::failing) {
        None => json.null(),
        Some(verdict) => {
            json.begin_object();
            json.key("row");
            json.number(verdict.row as u64);
            json.key("entry");
            json.date(verdict.entry);
            json.key("exit");
            json.date(verdict.exit);
            json.key("problems");
            json.begin_array();
            for problem in &verdict.problems {
                json.item();
                json.begin_object();
                json.key("code");
                json.string(problem.code());
                json.key("needed");
                json.date(match *problem {
                    PassportProblem::ExpiresTooSoon { needed }
                    | PassportProblem::IssuedTooLongAgo { needed } => needed,
                });
                json.end_object();
            }
            json.end_array();
            json.key("needed_by");
            json.optional_date(verdict.needed_by);
            json.end_object();
        }
    }
    json.key("passport_message");
    match passport {
        Some(p) => json.string(&p.message()),
        None => json.null(),
    }
}

/// The visa fields of one person (see [`JsonReportWriter::for_team`]).
fn visa(json: &mut JsonWriter<'_>, report: Option<&VisaReport>) {
    json.key("visa");
    match report.and_then(|r| r.visa.as_ref()) {
        None => json.null(),
        Some(v) => {
            json.begin_object();
            json.key("from");
            json.date(v.from);
            json.key("until");
            json.date(v.until);
            json.key("entries");
            json.string(v.entries.as_str());
            json.key("days");
            json.number(u64::from(v.days));
            json.end_object();
        }
    }
    json.key("visa_check");
    match report {
        Some(r) => json.string(r.check_name()),
        None => json.null(),
    }
    let (outside, sets) = match report.map(|r| &r.check) {
        Some(VisaCheck::Checked {
            outside,
            sets_latest_exit,
            ..
        }) => (outside.as_slice(), sets_latest_exit.map(|r| r.code())),
        _ => (&[][..], None),
    };
    json.key("visa_sets_latest_exit");
    match sets {
        Some(code) => json.string(code),
        None => json.null(),
    }
    json.key("visa_failing");
    match report.and_then(VisaReport::failing) {
        None => json.null(),
        Some(v) => json.visa_verdict(v, false),
    }
    json.key("visa_outside");
    json.begin_array();
    for &(row, entry) in outside {
        json.item();
        json.begin_object();
        json.key("row");
        json.number(row as u64);
        json.key("entry");
        json.date(entry);
        json.end_object();
    }
    json.end_array();
    json.key("visa_message");
    match report {
        Some(r) => json.string(&r.message()),
        None => json.null(),
    }
}
