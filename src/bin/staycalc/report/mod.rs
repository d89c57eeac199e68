//! `staycalc report`: a team's stays, one line per person and rule, checked on a date.
//!
//! Unlike `check`, the report streams: bad rows go to standard error as they are found, the
//! report of the good rows to standard output as it is computed (CSV and JSON; text is aligned
//! and so written at the end), and the exit code comes last. People are checked on every core,
//! a batch at a time, while the batch before is written.

use crate::args::{Args, Spec};
use crate::encoding_choice::{encoding, encoding_note};
use crate::failure::Failure;
use crate::rule_choice::{chosen_rule, number};
use crate::{EXIT_BAD_INPUT, EXIT_OK, EXIT_OUTPUT_FAILED};
use chrono::NaiveDate;
use staycalc::{
    parse_any_date, read_team, utf8_reader, BadRow, CsvReportWriter, Encoding, Error,
    JsonReportWriter, Options, PersonReport, ReportStatus, Rule, Status, Team, TeamSettings,
    TextReportWriter,
};
use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, ErrorKind, Write};
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
    ],
    flags: &["--help"],
};

/// `staycalc report --help`.
pub(crate) const HELP: &str = "\
staycalc report: a team's stays, one line per person, checked on a date

Usage:
  staycalc report --on DATE [--rule ID | --window N --max M [--per-entry E]]
                  [--format text|csv|json] [--warn-below N]
                  [--fail-on warning|check_rows|overstay] [--encoding E] FILE

Options (before or after FILE):
  --on DATE         the check date (\"today\"): the day the counts are for
  --rule ID         the rule for rows with no rule of their own (`staycalc rules` lists them);
                    needed unless FILE has a rule column filled on every row
  --window N --max M [--per-entry E]
                    instead of --rule: your own rule, at most M days in any N-day window
                    (and at most E days per entry), for rows with no rule of their own
  --format F        text (default, for people), csv (for spreadsheets) or json (an array)
  --warn-below N    status \"warning\" when fewer than N days remain (default 10)
  --fail-on S       exit with code 1 when anyone's status is S or worse, from the mildest:
                    warning, planned_overstay, check_rows, past_overstay, overstay
  --encoding E      the file's encoding: auto (default: UTF-8, or Windows-1251 when the file
                    is not UTF-8, said once), utf-8 or windows-1251
  -h, --help        this help

FILE is a CSV or TSV file of stays, one stay per row, or - for standard input:
  person,department,entry,exit,planned
  \"Berg, Ana\",Sales,2025-01-10,2025-01-24,no
  Ben Ode,Legal,01.07.2025,20.07.2025,yes
The header names the columns, in any order and letter case:
  person    also read from name, employee, traveller, traveler, ФИО, Сотрудник, Работник,
            Имя, Аты-жөні, Қызметкер, Аты
  entry     also read from entry date, arrival, arrival date, from, Въезд, Дата въезда,
            Прибытие, Дата прибытия, Келу, Келу күні, Келген күні, Кіру, Кіру күні
  exit      also read from exit date, departure, departure date, to, Выезд, Дата выезда,
            Убытие, Дата убытия, Отъезд, Кету, Кету күні, Кеткен күні, Шығу, Шығу күні
            (empty: no exit yet)
  rule      optional: a rule id for the row, any letter case (empty: --rule); also Правило,
            Ереже
  planned   optional: yes/no, true/false, 1/0, да/нет, иә/жоқ (empty: no); also
            Планируется, Запланировано, Жоспарланған
Every other column (department, email, ...) is carried through to the report. A person's rows
need not be next to each other; someone with rows under two rules gets a line for each.
Separators , ; or tab; quoted fields as spreadsheets write them; UTF-8, with or without a
byte-order mark, or Windows-1251 (--encoding). Dates as YYYY-MM-DD, DD.MM.YYYY (dots: always day first), or with / or - in
the order the whole file shows: day first (DD/MM/YYYY) unless more of its dates read month
first only (03/15/2025); a date that conflicts with the file's order is a bad row naming an
example of it. The formats found are shown. Values past the header's columns must be empty.

For each person: days used in the window ending on the check date, days remaining (not the
longest stay), the latest exit staying on from the check date, the earliest date a full stay
may start, the first day over the limit (past or planned), the verdict on the next planned
trip (the first that starts after the check date, or is marked planned and not over), and a
status: ok, warning, planned_overstay (a planned trip over the limit), check_rows (some of
the person's rows could not be read, and the others show no overstay up to the check date),
past_overstay (over the limit before the check date) or overstay (present and over it). With
--format json, an array of objects with person, the
carried columns, the fields of `staycalc check --format json` (except plan), next_planned (an
item of that plan, or null), stays and bad_lines. CSV output is safe to open in a
spreadsheet: a value starting with = + - @ or a tab is written with a leading '.

Rows that cannot be read are listed on standard error with their line, column and value; every
other row is still checked. A person with a bad row is never shown as ok: their status is
check_rows (their numbers from their other rows, empty when none could be read), or overstay
when the rows read show one; bad_lines lists the lines in csv and json.

Exit codes:
  0  the report was written, and no one reached the --fail-on status
  1  someone's status is the --fail-on status or worse (or the output could not be written)
  2  bad input: a bad option, rule or date, a header without person, entry and exit, or any
     row that could not be read; the report of the other rows is still written first
";

/// Report lines checked per thread at a time.
const BATCH: usize = 2048;

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Csv,
    Json,
}

/// Everything `report` was asked, read from its arguments.
struct Request {
    on: NaiveDate,
    /// The rule for rows with none of their own: from the catalogue or custom numbers.
    rule: Option<Cow<'static, Rule>>,
    options: Options,
    format: Format,
    fail_on: Option<ReportStatus>,
    /// The file's encoding, if given (else detected).
    encoding: Option<Encoding>,
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
            Request::from_args(&args).map(Some)
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
    let mut outcome = Outcome::default();
    let result = write_report(
        &team,
        request.format,
        stdout,
        &mut |error: Error| {
            outcome.errors += 1;
            let _ = writeln!(stderr, "staycalc: {source}: {error}");
        },
        &mut outcome.worst,
    );
    if let Err(e) = result {
        if e.kind() != ErrorKind::BrokenPipe {
            let _ = writeln!(stderr, "staycalc: cannot write the output: {e}");
        }
        return EXIT_OUTPUT_FAILED;
    }
    summary(stderr, source, &team, request.format);
    if team.bad_rows() > 0 || outcome.errors > 0 {
        EXIT_BAD_INPUT
    } else if request
        .fail_on
        .is_some_and(|fail_on| outcome.worst >= Some(fail_on))
    {
        EXIT_FAIL_ON
    } else {
        EXIT_OK
    }
}

/// What the checking found: the worst status, and people that could not be checked.
#[derive(Default)]
struct Outcome {
    worst: Option<ReportStatus>,
    errors: usize,
}

impl Request {
    /// What the team reader needs: the check date, the default rule and the options.
    fn settings(&self) -> TeamSettings<'_> {
        let mut settings = TeamSettings::new(self.on, self.rule.as_deref());
        settings.options = self.options;
        settings
    }

    fn from_args(args: &Args) -> Result<Request, Failure> {
        let on = match args.value("--on") {
            Some(on) => parse_any_date(on, "--on")?,
            None => {
                return Err(Failure::usage(
                    "no check date: give --on DATE, the day to count for (as --on 2025-06-01)",
                ))
            }
        };
        let rule = chosen_rule(args)?;
        let mut options = Options::default();
        if let Some(below) = args.value("--warn-below") {
            options.warning_threshold = number("--warn-below", below)?;
        }
        let format = match args.value("--format") {
            None | Some("text") => Format::Text,
            Some("csv") => Format::Csv,
            Some("json") => Format::Json,
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
                        .skip(1)
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
        let file = match &args.positionals[..] {
            [file] => PathBuf::from(file),
            [] => {
                return Err(Failure::usage(
                    "no team file: give a CSV file of stays with a person column, or - for \
                     standard input",
                ))
            }
            [_, extra, ..] => {
                return Err(Failure::usage(format!(
                    "unexpected argument {extra:?}: `staycalc report` reads one team file"
                )))
            }
        };
        Ok(Request {
            on,
            rule,
            options,
            format,
            fail_on,
            encoding,
            file,
        })
    }
}

/// Checks every person and writes the report in `format`; each person that cannot be checked
/// goes to `on_error`, and `worst` keeps the worst status seen.
fn write_report(
    team: &Team<'_>,
    format: Format,
    out: &mut dyn Write,
    on_error: &mut dyn FnMut(Error),
    worst: &mut Option<ReportStatus>,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    match format {
        Format::Text => {
            let mut text = TextReportWriter::new(&mut out, team);
            each_report(team, on_error, |report| {
                *worst = (*worst).max(Some(report.status()));
                text.write(&report);
                Ok(())
            })?;
            text.finish()?;
        }
        Format::Csv => {
            let mut csv = CsvReportWriter::new(&mut out, team.carried_names())?;
            each_report(team, on_error, |report| {
                *worst = (*worst).max(Some(report.status()));
                csv.write(&report)
            })?;
            csv.finish()?;
        }
        Format::Json => {
            let mut json = JsonReportWriter::new(&mut out, team.carried_names())?;
            each_report(team, on_error, |report| {
                *worst = (*worst).max(Some(report.status()));
                json.write(&report)
            })?;
            json.finish()?;
        }
    }
    out.flush()
}

/// Checks every line of `team` in order, on every core a batch at a time, handing each
/// report to `each` on this thread while the next batch is checked.
fn each_report(
    team: &Team<'_>,
    on_error: &mut dyn FnMut(Error),
    mut each: impl FnMut(PersonReport) -> io::Result<()>,
) -> io::Result<()> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
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
/// much was read, the date format, and the rows left out.
fn summary(stderr: &mut dyn Write, source: &str, team: &Team<'_>, format: Format) {
    let dates = team
        .date_format()
        .map_or(String::new(), |format| format!(", dates as {format}"));
    if format != Format::Text {
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {} lines reported from {} rows{dates}",
            team.len(),
            team.rows()
        );
    }
    if team.bad_rows() > 0 {
        let rows = if team.bad_rows() == 1 { "row" } else { "rows" };
        let _ = writeln!(
            stderr,
            "staycalc: {source}: {} {rows} could not be read (above); their people are \
             reported from their other rows, as check_rows unless those show an overstay",
            team.bad_rows()
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
mod tests {
    use super::*;

    /// Runs `report` on `input` (as standard input): exit code, stdout, stderr.
    fn report(args: &[&str], input: &str) -> (i32, String, String) {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let code = run(&args, &mut input.as_bytes(), &mut stdout, &mut stderr);
        (
            code,
            String::from_utf8(stdout).unwrap(),
            String::from_utf8(stderr).unwrap(),
        )
    }

    const TEAM: &str = "person,entry,exit\n\
                        Ana,2025-03-01,2025-05-29\n\
                        Ben,2025-05-20,2025-05-25\n";

    #[test]
    fn fail_on_sets_code_1_only_when_reached() {
        let on = ["--on", "2025-06-01", "--rule", "schengen"];
        let with = |extra: &[&str]| {
            let mut args = vec!["-"];
            args.extend(on);
            args.extend(extra);
            report(&args, TEAM).0
        };
        // Ana has 0 days left on 2025-06-01: a warning, no overstay.
        assert_eq!(with(&[]), 0);
        assert_eq!(with(&["--fail-on", "warning"]), 1);
        assert_eq!(with(&["--fail-on", "overstay"]), 0);
    }

    #[test]
    fn bad_rows_go_to_stderr_and_make_code_2_after_the_report() {
        let input = format!("{TEAM}Cy,2025-02-30,\n");
        let (code, out, err) = report(
            &[
                "--on",
                "2025-06-01",
                "--rule",
                "schengen",
                "--format",
                "csv",
                "-",
            ],
            &input,
        );
        assert_eq!(code, 2);
        assert_eq!(out.lines().count(), 4, "{out}");
        assert!(out.lines().last().unwrap().starts_with("Cy,,,"), "{out}");
        assert!(out.contains(",check_rows,"), "{out}");
        assert!(
            err.contains("staycalc: standard input: line 4, column entry, value \"2025-02-30\""),
            "{err}"
        );
        assert!(
            err.contains("no row readable, reported as check_rows with no numbers: Cy"),
            "{err}"
        );
    }

    #[test]
    fn usage_mistakes_are_code_2_with_a_message() {
        for (args, message) in [
            (&["-"][..], "no check date"),
            (
                &["--on", "2025-06-01", "-", "--format", "xml"],
                "--format \"xml\" is unknown",
            ),
            (
                &["--on", "2025-06-01", "--fail-on", "ok", "-"],
                "--fail-on \"ok\" is unknown",
            ),
            (
                &["--on", "2025-06-01", "--rule", "atlantis", "-"],
                "unknown rule \"atlantis\"",
            ),
            (
                &["--on", "2025-06-01", "-"],
                "no rule: the header has no rule column",
            ),
        ] {
            let (code, out, err) = report(args, TEAM);
            assert_eq!(code, 2, "{args:?}");
            assert!(out.is_empty());
            assert!(err.contains(message), "{args:?}: {err}");
        }
    }

    #[test]
    fn a_custom_rule_is_the_default_for_rows_without_one() {
        // 45 days in any 60: on 2025-06-01 the window is 2025-04-03..=2025-06-01. Ana's stay
        // 2025-03-01..=2025-05-29 has 28 days in April and 29 in May in it: 57, 12 over; she has
        // left, so a past overstay. Ben's
        // 2025-05-20..=2025-05-25 is 6 days: 39 remain.
        let args = ["--on", "2025-06-01", "--window", "60", "--max", "45"];
        let (code, out, err) = report(&[&args[..], &["--format", "csv", "-"]].concat(), TEAM);
        assert_eq!(code, 0, "{err}");
        let mut lines = out.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
        let row = |person: &str| rows.iter().find(|r| r[column("person")] == person).unwrap();
        assert_eq!(row("Ana")[column("days_used")], "57");
        assert_eq!(row("Ana")[column("overstay_days")], "12");
        assert_eq!(row("Ana")[column("status")], "past_overstay");
        assert_eq!(row("Ben")[column("days_used")], "6");
        assert_eq!(row("Ben")[column("days_remaining")], "39");
        assert_eq!(row("Ben")[column("status")], "ok");
    }

    #[test]
    fn a_custom_rule_needs_both_numbers_and_not_a_rule_id_too() {
        for (args, message) in [
            (
                &["--window", "60"][..],
                "a custom rule needs both --window N and --max M",
            ),
            (
                &["--rule", "schengen", "--window", "60", "--max", "45"],
                "give either --rule ID or --window N --max M",
            ),
            (&["--window", "sixty", "--max", "45"], "--window"),
            (&["--window", "60", "--max", "60"], "60"),
        ] {
            let (code, out, err) = report(&[&["--on", "2025-06-01", "-"], args].concat(), TEAM);
            assert_eq!(code, 2, "{args:?}");
            assert!(out.is_empty(), "{args:?}");
            assert!(err.contains(message), "{args:?}: {err}");
        }
    }
}
