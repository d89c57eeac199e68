//! `staycalc check`: one person's stays against a rule on a date.

mod documents;
mod help;
mod json;
mod text;
mod zones;

pub(crate) use help::HELP;

use crate::args::{Args, Spec};
use crate::encoding_choice::encoding;
use crate::failure::Failure;
use crate::Format;
use chrono::NaiveDate;
use staycalc::input::{read_stays, utf8_reader, Encoding, StaysFile};
use staycalc::{Calculator, Error, Options, Rule, Stay};
use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use text::CheckText;

const SPEC: Spec = Spec {
    command: "check",
    values: &[
        "--rule",
        "--passport-expiry",
        "--passport-issued",
        "--window",
        "--max",
        "--per-entry",
        "--on",
        "--format",
        "--warn-below",
        "--encoding",
        "--nationality",
        "--next-entry",
    ],
    flags: &["--help"],
    repeatable: documents::REPEATABLE,
};

/// Everything `check` was asked, read from its arguments.
struct CheckRequest {
    rule: Cow<'static, Rule>,
    on: NaiveDate,
    format: Format,
    options: Options,
    /// The file's encoding, if given (else detected).
    encoding: Option<Encoding>,
    file: PathBuf,
}

/// Runs `staycalc check` with the arguments after `check`; `stdin` is read for the file `-`.
/// The answer is written to `stdout` (the result of writing it), or nothing when the request
/// or the file is bad (the failure).
pub(crate) fn run(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
) -> Result<io::Result<()>, Failure> {
    let args = SPEC.parse(args)?;
    if args.has("--help") {
        return Ok(stdout.write_all(HELP.as_bytes()));
    }
    if args.value("--nationality").is_some() || args.value("--next-entry").is_some() {
        documents::refuse_with_zones(&args)?;
        return zones::run(&args, stdin, stdout);
    }
    let request = CheckRequest::from_args(&args)?;
    let papers = documents::DocumentsRequest::from_args(&args)?;
    let (source, input) = open(&request.file, stdin)?;
    let (input, encoding) = utf8_reader(input, request.encoding)
        .map_err(|e| Failure::message(format!("cannot read {source}: {e}")))?;
    // Said once, with the file's name, in every message and answer.
    let source = match encoding {
        Encoding::Utf8 => source,
        other => format!("{source} (read as {}: not UTF-8)", other.name()),
    };
    let StaysFile {
        stays,
        errors,
        error_count,
        date_format,
        country_column,
    } = read_stays(input);
    // A travel log across countries: under one rule every stay would count toward it,
    // whatever its country (54 days in Georgia as Schengen days).
    if country_column {
        return Err(Failure::usage(format!(
            "{source}: the file names each stay's country, but --rule {} counts every stay \
             toward one rule, wherever it was; give --nationality XX (your passport's country \
             code) to check each zone under its own rule, or leave the country column out if \
             every stay was in that rule's zone",
            request.rule.id
        )));
    }
    let errors = Errors::of(errors, error_count, &stays, request.on);
    if errors.count > 0 {
        return Err(bad_rows(&source, &errors));
    }
    let counted = papers.counted_stays(stays.clone(), request.on);
    let calculator = Calculator::new(&request.rule, &counted, request.on)?;
    let answer = calculator.assessment(&request.options);
    let papers_answer = papers.answer(&calculator, &stays);
    let plan = calculator.plan();
    if papers.ics {
        let answer = papers_answer.applied(answer);
        return Ok(stdout.write_all(papers_answer.ics(&request.rule, &answer).as_bytes()));
    }
    Ok(match request.format {
        Format::Json => json::write(
            stdout,
            &request.rule,
            &papers_answer.applied(answer),
            &plan,
            date_format,
            &papers_answer,
        ),
        // The rule's answer as it is, the documents' after it (and their headline first).
        Format::Text => stdout.write_all(
            (papers_answer.headline(&answer)
                + &CheckText {
                    rule: &request.rule,
                    answer: &answer,
                    plan: &plan,
                    options: &request.options,
                    source: &source,
                    rows: stays.len(),
                    date_format,
                }
                .render()
                + &papers_answer.text())
                .as_bytes(),
        ),
    })
}

impl CheckRequest {
    fn from_args(args: &Args) -> Result<CheckRequest, Failure> {
        let rule = rule(args)?;
        let on = args.check_date()?;
        // `--format ics` is the documents' calendar (documents.rs).
        let format = Format::parse(args.value("--format").filter(|f| *f != "ics"))?;
        let options = args.options()?;
        let file = args.one_file(
            "check",
            "stays file",
            "no stays file: give a CSV file of stays, or - for standard input",
        )?;
        Ok(CheckRequest {
            rule,
            on,
            format,
            options,
            encoding: encoding(args)?,
            file,
        })
    }
}

/// The stays file `file` (`-`: `stdin`), and its name for messages.
fn open<'a>(
    file: &Path,
    stdin: &'a mut dyn BufRead,
) -> Result<(String, Box<dyn BufRead + 'a>), Failure> {
    if file.as_os_str() == "-" {
        return Ok(("standard input".to_string(), Box::new(stdin)));
    }
    let opened = std::fs::File::open(file)
        .map_err(|e| Failure::message(format!("cannot open {}: {e}", file.display())))?;
    Ok((file.display().to_string(), Box::new(BufReader::new(opened))))
}

/// The rule asked for: a catalogue id, or custom numbers; `check` needs one.
fn rule(args: &Args) -> Result<Cow<'static, Rule>, Failure> {
    args.chosen_rule()?.ok_or_else(|| {
        Failure::usage(
            "no rule: give --rule ID (`staycalc rules` lists them) or --window N --max M",
        )
    })
}

/// The errors to name: the file's, and every stay with no exit that starts after the check
/// date, the first [`ROWS_NAMED`] by row, and how many there are in all. Only what is named is
/// kept, so a file of millions of bad rows costs no more here than one of a hundred (the
/// stays reader keeps the first [`staycalc::input::ERRORS_KEPT`] of the file's, more than are
/// named, and counts them all).
struct Errors {
    named: Vec<Error>,
    count: usize,
    /// The row of the first error not named.
    first_unnamed: Option<usize>,
}

impl Errors {
    fn of(file_errors: Vec<Error>, file_count: usize, stays: &[Stay], on: NaiveDate) -> Errors {
        let unkept = file_count - file_errors.len();
        let open_after = stays
            .iter()
            .filter(|stay| stay.exit.is_none() && stay.entry > on)
            .map(|stay| Error::OpenStayAfterCheckDate {
                entry: stay.entry,
                on,
                row: stay.row.unwrap_or(0),
            });
        // Both come in order of row: merged as they come.
        let mut file_errors = file_errors.into_iter().peekable();
        let mut open_after = open_after.peekable();
        let mut errors = Errors {
            named: Vec::new(),
            count: 0,
            first_unnamed: None,
        };
        loop {
            let next = match (file_errors.peek(), open_after.peek()) {
                (Some(a), Some(b)) if b.row() < a.row() => open_after.next(),
                (Some(_), _) => file_errors.next(),
                (None, _) => open_after.next(),
            };
            let Some(error) = next else {
                errors.count += unkept;
                return errors;
            };
            errors.count += 1;
            if errors.named.len() < ROWS_NAMED {
                errors.named.push(error);
            } else if errors.first_unnamed.is_none() {
                errors.first_unnamed = error.row();
            }
        }
    }
}

/// How many bad rows are named one by one; a file with more (a wrong column, a file that is not
/// a list of stays) would bury the summary under millions of lines.
const ROWS_NAMED: usize = 100;

/// Every bad row (the first [`ROWS_NAMED`] of them), and why nothing was checked.
fn bad_rows(source: &str, errors: &Errors) -> Failure {
    let mut failure = Failure::errors(&errors.named);
    for message in &mut failure.messages {
        *message = format!("{source}: {message}");
    }
    if errors.count > errors.named.len() {
        let rest = errors.count - errors.named.len();
        let from = errors
            .first_unnamed
            .map_or(String::new(), |row| format!(", from row {row}"));
        failure.messages.push(format!(
            "{source}: {rest} more {} not listed{from}",
            if rest == 1 { "problem" } else { "problems" }
        ));
    }
    let problems = if errors.count == 1 {
        "the problem".to_string()
    } else {
        format!("the {} problems", errors.count)
    };
    failure.messages.push(format!(
        "nothing was checked: fix {problems} above (a history with rows left out would give a \
         wrong answer)"
    ));
    failure
}
