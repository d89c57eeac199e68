//! `staycalc report`: a team's stays, one line per person and rule, checked on a date.
//!
//! Unlike `check`, the report streams: bad rows go to standard error as they are found, the
//! report of the good rows to standard output as it is computed (CSV and JSON; text is aligned
//! and so written at the end), and the exit code comes last. People are checked on every core,
//! a batch at a time, while the batch before is written.

mod help;

pub(crate) use help::HELP;

use crate::args::{Args, Spec};
use crate::encoding_choice::{encoding, encoding_note};
use crate::failure::Failure;
use crate::{EXIT_BAD_INPUT, EXIT_OK, EXIT_OUTPUT_FAILED};
use chrono::NaiveDate;
use staycalc::input::{is_workbook, read_workbook, utf8_reader, Encoding, Workbook};
use staycalc::report::{
    read_team, BadRow, CsvReportWriter, JsonReportWriter, PersonReport, ReportStatus, Team,
    TeamColumns, TeamSettings, TextReportWriter,
};
use staycalc::zones::{nationalities, Country};
use staycalc::{Error, Options, Rule, Status};
use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, ErrorKind, Read, Write};
use std::path::PathBuf;

/// The exit code when a person reached the `--fail-on` status.
pub(crate) const EXIT_FAIL_ON: i32 = 1;

const SPEC: Spec = Spec {
    command: "report",
    values: &[
        "--rule",
        "--window",
        "--max",
        "--per-entry",
        "--on",
        "--format",
        "--warn-below",
        "--fail-on",
        "--encoding",
        "--nationality",
    ],
    flags: &["--help"],
    repeatable: &[],
};

/// Report lines checked per thread at a time.
const BATCH: usize = 2048;

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ReportFormat {
    Text,
    Csv,
    Json,
}

/// Everything `report` was asked, read from its arguments.
struct ReportRequest {
    on: NaiveDate,
    /// The rule for rows with none of their own: from the catalogue or custom numbers.
    rule: Option<Cow<'static, Rule>>,
    options: Options,
    format: ReportFormat,
    fail_on: Option<ReportStatus>,
    /// The file's encoding, if given (else detected).
    encoding: Option<Encoding>,
    /// The nationality for rows with none of their own: a report by zone.
    nationality: Option<Vec<&'static Country>>,
    file: PathBuf,
}

/// Runs `staycalc report` with the arguments after `report`; `stdin` is read for the file `-`.
/// Writes the report to `stdout`, bad rows and failures to `stderr`, and returns the exit code.
pub(crate) fn run(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let request = match SPEC.parse(args).and_then(|args| {
        if args.has("--help") {
            Ok(None)
        } else {
            ReportRequest::from_args(&args).map(Some)
        }
    }) {
        Ok(Some(request)) => request,
        Ok(None) => return written(stdout.write_all(HELP.as_bytes()), stderr, EXIT_OK),
        Err(failure) => return fail(stderr, &failure),
    };
    let source = if request.file.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        request.file.display().to_string()
    };
    let source = source.as_str();
    let settings = request.settings();
    let input: Box<dyn BufRead> = if request.file.as_os_str() == "-" {
        Box::new(stdin)
    } else {
        match std::fs::File::open(&request.file) {
            Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
            Err(e) => {
                let message = format!("cannot open {}: {e}", request.file.display());
                return fail(stderr, &Failure::message(message));
            }
        }
    };
    let (input, sheet) = match workbook(input) {
        Ok(read) => read,
        Err(error) => {
            let mut failure = Failure::from(error);
            for message in &mut failure.messages {
                *message = format!("{source}: {message}");
            }
            return fail(stderr, &failure);
        }
    };
    let in_sheet;
    let source = match &sheet {
        Some(book) => {
            let _ = writeln!(
                stderr,
                "staycalc: {source}: sheet \"{}\", header on row {} (rows are numbered as in the sheet)",
                book.sheet, book.header_row
            );
            in_sheet = format!("{source}, sheet \"{}\"", book.sheet);
            in_sheet.as_str()
        }
        None => source,
    };
    let (input, encoding) = match utf8_reader(input, request.encoding) {
        Ok(read) => read,
        Err(e) => {
            let message = format!("cannot read {source}: {e}");
            return fail(stderr, &Failure::message(message));
        }
    };
    if encoding != Encoding::Utf8 {
        let _ = writeln!(stderr, "staycalc: {source}: {}", encoding_note(encoding));
    }
    let mut on_bad_row = |bad: BadRow| {
        let bad = bad.to_string();
        // A sheet has rows, not lines (and the numbers are the sheet's).
        let bad = match (&sheet, bad.strip_prefix("line ")) {
            (Some(_), Some(rest)) => Cow::Owned(format!("row {rest}")),
            _ => Cow::Borrowed(bad.as_str()),
        };
        let _ = writeln!(stderr, "staycalc: {source}: {bad}");
    };
    let team = read_team(input, settings, &mut on_bad_row);
    let team = match team {
        Ok(team) => team,
        Err(error) => {
            let mut failure = Failure::from(error);
            for message in &mut failure.messages {
                *message = format!("{source}: {message}");
            }
            return fail(stderr, &failure);
        }
    };
    let mut tally = Tally::default();
    let result = write_report(
        &team,
        request.format,
        stdout,
        &mut |error: Error| {
            tally.errors += 1;
            let _ = writeln!(stderr, "staycalc: {source}: {error}");
        },
        &mut tally.worst,
    );
    if let Err(e) = result {
        if e.kind() != ErrorKind::BrokenPipe {
            let _ = writeln!(stderr, "staycalc: cannot write the output: {e}");
        }
        return EXIT_OUTPUT_FAILED;
    }
    summary(stderr, source, &team, request.format);
    if team.bad_rows() > 0 || tally.errors > 0 {
        EXIT_BAD_INPUT
    } else if request
        .fail_on
        .is_some_and(|fail_on| tally.worst >= Some(fail_on))
    {
        EXIT_FAIL_ON
    } else {
        EXIT_OK
    }
}

/// `input` as the team reader reads it: a workbook (`.xlsx`, `.xls`, `.ods`) becomes the CSV
/// text of its sheet with a team header, with which sheet that is; any other file is given
/// back as it is.
fn workbook(
    mut input: Box<dyn BufRead + '_>,
) -> Result<(Box<dyn BufRead + '_>, Option<Workbook>), Error> {
    let start = input.fill_buf().map_err(|e| Error::BadInput {
        line: 1,
        column: None,
        reason: format!("cannot be read: {e}"),
    })?;
    if !is_workbook(start) {
        return Ok((input, None));
    }
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| Error::BadInput {
        line: 1,
        column: None,
        reason: format!("cannot be read: {e}"),
    })?;
    let mut book = read_workbook(bytes, |header| TeamColumns::from_header(header).is_ok())?;
    let csv = std::mem::take(&mut book.csv);
    Ok((Box::new(io::Cursor::new(csv)), Some(book)))
}

/// What the checking found: the worst status, and people that could not be checked.
#[derive(Default)]
struct Tally {
    worst: Option<ReportStatus>,
    errors: usize,
}

impl ReportRequest {
    /// What the team reader needs: the check date, the default rule and the options.
    fn settings(&self) -> TeamSettings<'_> {
        let mut settings = TeamSettings::new(self.on, self.rule.as_deref());
        settings.options = self.options;
        settings.nationality = self.nationality.as_deref();
        settings
    }

    fn from_args(args: &Args) -> Result<ReportRequest, Failure> {
        let on = args.check_date()?;
        let rule = args.chosen_rule()?;
        let nationality = match args.value("--nationality") {
            Some(_) if rule.is_some() => {
                return Err(Failure::usage(
                    "give either --nationality (a line per person and zone, each zone under \
                     the catalogue's rule for the nationality, chosen from each row's country) \
                     or --rule / --window --max (one rule for every row), not both",
                ))
            }
            Some(codes) => Some(nationalities(codes)?),
            None => None,
        };
        let options = args.options()?;
        let format = match args.value("--format") {
            None | Some("text") => ReportFormat::Text,
            Some("csv") => ReportFormat::Csv,
            Some("json") => ReportFormat::Json,
            Some(other) => {
                return Err(Failure::usage(format!(
                    "--format {other:?} is unknown: expected text, csv or json"
                )))
            }
        };
        let fail_on = match args.value("--fail-on") {
            None => None,
            Some(name) => match ReportStatus::from_name(name).filter(|&s| s > Status::Ok.into()) {
                Some(status) => Some(status),
                None => {
                    let names: Vec<&str> = ReportStatus::BY_URGENCY
                        .iter()
                        .rev()
                        .filter(|&&s| s > Status::Ok.into())
                        // A status of a report by zone only.
                        .filter(|&&s| nationality.is_some() || s != ReportStatus::NoRuleKnown)
                        .map(|s| s.as_str())
                        .collect();
                    return Err(Failure::usage(format!(
                        "--fail-on {name:?} is unknown: expected {}",
                        names.join(", ")
                    )));
                }
            },
        };
        let encoding = encoding(args)?;
        let file = args.one_file(
            "report",
            "team file",
            "no team file: give a CSV file of stays with a person column, or - for standard input",
        )?;
        Ok(ReportRequest {
            on,
            rule,
            options,
            format,
            fail_on,
            encoding,
            nationality,
            file,
        })
    }
}

/// Checks every person and writes the report in `format`; each person that cannot be checked
/// goes to `on_error`, and `worst` keeps the worst status seen.
fn write_report(
    team: &Team<'_>,
    format: ReportFormat,
    out: &mut dyn Write,
    on_error: &mut dyn FnMut(Error),
    worst: &mut Option<ReportStatus>,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    match format {
        ReportFormat::Text => {
            let mut text = TextReportWriter::new(&mut out, team);
            in_order(team, on_error, |report| {
                *worst = (*worst).max(Some(report.status()));
                text.write(&report);
                Ok(())
            })?;
            text.finish()?;
        }
        ReportFormat::Csv => {
            let mut csv = CsvReportWriter::for_team(&mut out, team)?;
            in_order(team, on_error, |report| {
                *worst = (*worst).max(Some(report.status()));
                csv.write(&report)
            })?;
            csv.finish()?;
        }
        ReportFormat::Json => {
            let mut json = JsonReportWriter::for_team(&mut out, team)?;
            in_order(team, on_error, |report| {
                *worst = (*worst).max(Some(report.status()));
                json.write(&report)
            })?;
            json.finish()?;
        }
    }
    out.flush()
}

/// Hands each line of `team` to `each`: people in the order of their first row, as the report
/// by rule; by zone, each person's lines most urgent first (overstay, past overstay, check
/// rows, passport, planned overstay, warning, no rule known, ok, no limit: the team page's
/// order and `check --nationality`'s), zones of the same status in zone order.
fn in_order(
    team: &Team<'_>,
    on_error: &mut dyn FnMut(Error),
    mut each: impl FnMut(PersonReport) -> io::Result<()>,
) -> io::Result<()> {
    if !team.by_zone() {
        return each_report(team, on_error, each);
    }
    // A person's lines come together (zones in order): kept until the next person's.
    let mut person: Vec<PersonReport> = Vec::new();
    let mut flush = |person: &mut Vec<PersonReport>| -> io::Result<()> {
        person.sort_by_key(|report| std::cmp::Reverse(report.status()));
        person.drain(..).try_for_each(&mut each)
    };
    each_report(team, on_error, |report| {
        if person
            .first()
            .is_some_and(|first| first.person != report.person)
        {
            flush(&mut person)?;
        }
        person.push(report);
        Ok(())
    })?;
    flush(&mut person)
}

/// Checks every line of `team` in order, on every core a batch at a time, handing each
/// report to `each` on this thread while the next batch is checked.
fn each_report(
    team: &Team<'_>,
    on_error: &mut dyn FnMut(Error),
    mut each: impl FnMut(PersonReport) -> io::Result<()>,
) -> io::Result<()> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads == 1 {
        // On one core, no thread: each line is made, written and freed in turn (memory
        // allocated on a thread and freed on another costs the allocator more).
        for index in 0..team.len() {
            match team.report(index) {
                Ok(report) => each(report)?,
                Err(error) => on_error(error),
            }
        }
        return Ok(());
    }
    let step = BATCH * threads;
    std::thread::scope(|scope| {
        let spawn = |start: usize| {
            let end = (start + step).min(team.len());
            (start..end)
                .step_by(BATCH)
                .map(|lo| {
                    let hi = (lo + BATCH).min(end);
                    scope.spawn(move || (lo..hi).map(|i| team.report(i)).collect::<Vec<_>>())
                })
                .collect::<Vec<_>>()
        };
        let mut pending = spawn(0);
        let mut next = step;
        while !pending.is_empty() {
            let batches: Vec<_> = pending
                .into_iter()
                .map(|handle| {
                    handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect();
            pending = if next < team.len() {
                spawn(next)
            } else {
                Vec::new()
            };
            next += step;
            for result in batches.into_iter().flatten() {
                match result {
                    Ok(report) => each(report)?,
                    Err(error) => on_error(error),
                }
            }
        }
        Ok(())
    })
}

/// One line on standard error for csv and json output (text shows it above the table): how
/// much was read, the date format, and the rows left out; and for every format, the spellings
/// of a name read as one person.
fn summary(stderr: &mut dyn Write, source: &str, team: &Team<'_>, format: ReportFormat) {
    let spellings = team.spellings();
    if !spellings.is_empty() {
        let listed: Vec<String> = spellings
            .iter()
            .map(|s| format!("{:?} (line {}) as {:?}", &*s.spelling, s.line, &*s.person))
            .collect();
        let _ = writeln!(
            stderr,
            "staycalc: {source}: names that differ only in letter case, spaces or dots are one \
             person: {}",
            listed.join("; ")
        );
    }
    let dates = team
        .date_format()
        .map_or(String::new(), |format| format!(", dates as {format}"));
    if format != ReportFormat::Text {
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {} lines reported {}{dates}",
            team.len(),
            team.rows_in_words()
        );
    }
    if team.passport_rows() > 0 {
        let rows = if team.passport_rows() == 1 {
            "row gives"
        } else {
            "rows give"
        };
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {} {rows} another passport date than the person's other rows \
             (above); their stays count, and their people are check_rows with the passport not \
             checked",
            team.passport_rows()
        );
    }
    if team.visa_rows() > 0 {
        let rows = if team.visa_rows() == 1 {
            "row gives"
        } else {
            "rows give"
        };
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {} {rows} another visa than the person's other rows, part of \
             one, or an UNTIL before its FROM (above); their stays count, and their people are \
             check_rows with the visa not checked",
            team.visa_rows()
        );
    }
    let elsewhere = team.elsewhere_lines();
    if !elsewhere.is_empty() {
        let mut lines: Vec<String> = elsewhere.iter().take(10).map(|l| l.to_string()).collect();
        if elsewhere.len() > lines.len() {
            lines.push("...".into());
        }
        let (rows, is, line) = if elsewhere.len() == 1 {
            ("row", "its", "line")
        } else {
            ("rows", "their", "lines")
        };
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {} {rows} in a country outside {is} rule's zone on every day \
             ({line} {}) not counted under the rule: another zone's days; give a nationality \
             (--nationality, or a nationality column and no rule column) to check every zone",
            elsewhere.len(),
            lines.join(", ")
        );
    }
    let unread_rows = team.unread_lines().len();
    if unread_rows > 0 {
        let rows = if unread_rows == 1 { "row" } else { "rows" };
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {unread_rows} {rows} could not be read (above); their people \
             are reported from their other rows, as check_rows unless those show an overstay"
        );
        let unread = team.unread_people();
        if !unread.is_empty() {
            let _ = writeln!(
                stderr,
                "staycalc: {source}: no row readable, reported as check_rows with no numbers: {}",
                unread.join(", ")
            );
        }
    }
}

/// Writes `failure` to standard error; the exit code for bad input.
fn fail(stderr: &mut dyn Write, failure: &Failure) -> i32 {
    let _ = stderr.write_all(failure.render().as_bytes());
    EXIT_BAD_INPUT
}

/// `code` when `result` is fine, else the exit code for output that could not be written.
fn written(result: io::Result<()>, stderr: &mut dyn Write, code: i32) -> i32 {
    match result {
        Ok(()) => code,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => EXIT_OUTPUT_FAILED,
        Err(e) => {
            let _ = writeln!(stderr, "staycalc: cannot write the output: {e}");
            EXIT_OUTPUT_FAILED
        }
    }
}

#[cfg(test)]
mod tests;
