//! `staycalc check`: one person's stays against a rule on a date.

mod json;
mod text;

use crate::args::{Args, Spec};
use crate::encoding_choice::encoding;
use crate::failure::Failure;
use crate::help;
use crate::json::Json;
use crate::rule_choice::{chosen_rule, number};
use crate::Format;
use chrono::NaiveDate;
use staycalc::{
    parse_any_date, read_stays, utf8_reader, Calculator, Encoding, Error, Options, Rule, StaysFile,
};
use std::borrow::Cow;
use std::io::{BufRead, BufReader};
use text::Report;

const SPEC: Spec = Spec {
    command: "check",
    values: &[
        "--rule",
        "--window",
        "--max",
        "--per-entry",
        "--on",
        "--format",
        "--warn-below",
        "--encoding",
    ],
    flags: &["--help"],
};

/// Everything `check` was asked, read from its arguments.
struct Request {
    rule: Cow<'static, Rule>,
    on: NaiveDate,
    format: Format,
    options: Options,
    /// The file's encoding, if given (else detected).
    encoding: Option<Encoding>,
    file: String,
}

/// Runs `staycalc check` with the arguments after `check`; `stdin` is read for the file `-`.
pub(crate) fn run(args: &[String], stdin: &mut dyn BufRead) -> Result<String, Failure> {
    let args = SPEC.parse(args)?;
    if args.has("--help") {
        return Ok(help::CHECK.to_string());
    }
    let request = Request::from_args(&args)?;
    let (source, input): (String, Box<dyn BufRead>) = if request.file == "-" {
        ("standard input".to_string(), Box::new(stdin))
    } else {
        let opened = std::fs::File::open(&request.file)
            .map_err(|e| Failure::message(format!("cannot open {}: {e}", request.file)))?;
        (request.file.clone(), Box::new(BufReader::new(opened)))
    };
    let (input, encoding) = utf8_reader(input, request.encoding)
        .map_err(|e| Failure::message(format!("cannot read {source}: {e}")))?;
    // Said once, with the file's name, in every message and answer.
    let source = match encoding {
        Encoding::Utf8 => source,
        other => format!("{source} (read as {}: not UTF-8)", other.name()),
    };
    let file = read_stays(input);
    let errors = all_errors(&file, request.on);
    if !errors.is_empty() {
        return Err(bad_rows(&source, &errors));
    }
    let calculator = Calculator::new(&request.rule, &file.stays, request.on)?;
    let answer = calculator.assessment(&request.options);
    let plan = calculator.plan();
    Ok(match request.format {
        Format::Json => {
            let mut fields = json::fields(&request.rule, &answer, &plan);
            fields.push((
                "date_format",
                file.date_format
                    .map_or(Json::Null, |format| Json::text(format.pattern())),
            ));
            Json::Object(fields).pretty()
        }
        Format::Text => Report {
            rule: &request.rule,
            answer: &answer,
            plan: &plan,
            options: &request.options,
            source: &source,
            date_format: file.date_format,
        }
        .render(),
    })
}

impl Request {
    fn from_args(args: &Args) -> Result<Request, Failure> {
        let rule = rule(args)?;
        let on = match args.value("--on") {
            Some(on) => parse_any_date(on, "--on")?,
            None => {
                return Err(Failure::usage(
                    "no check date: give --on DATE, the day to count for (as --on 2025-06-01)",
                ))
            }
        };
        let format = Format::parse(args.value("--format"))?;
        let mut options = Options::default();
        if let Some(below) = args.value("--warn-below") {
            options.warning_threshold = number("--warn-below", below)?;
        }
        let file = match &args.positionals[..] {
            [file] => file.clone(),
            [] => {
                return Err(Failure::usage(
                    "no stays file: give a CSV file of stays, or - for standard input",
                ))
            }
            [_, extra, ..] => {
                return Err(Failure::usage(format!(
                    "unexpected argument {extra:?}: `staycalc check` reads one stays file"
                )))
            }
        };
        Ok(Request {
            rule,
            on,
            format,
            options,
            encoding: encoding(args)?,
            file,
        })
    }
}

/// The rule asked for: a catalogue id, or custom numbers; `check` needs one.
fn rule(args: &Args) -> Result<Cow<'static, Rule>, Failure> {
    chosen_rule(args)?.ok_or_else(|| {
        Failure::usage(
            "no rule: give --rule ID (`staycalc rules` lists them) or --window N --max M",
        )
    })
}

/// The file's errors, and every stay with no exit that starts after the check date, by row.
fn all_errors(file: &StaysFile, on: NaiveDate) -> Vec<Error> {
    let mut errors = file.errors.clone();
    errors.extend(
        file.stays
            .iter()
            .filter(|stay| stay.exit.is_none() && stay.entry > on)
            .map(|stay| Error::OpenStayAfterCheckDate {
                entry: stay.entry,
                on,
                row: stay.row.unwrap_or(0),
            }),
    );
    errors.sort_by_key(|error| error.row());
    errors
}

/// How many bad rows are named one by one; a file with more (a wrong column, a file that is not
/// a list of stays) would bury the summary under millions of lines.
const ROWS_NAMED: usize = 100;

/// Every bad row (the first [`ROWS_NAMED`] of them), and why nothing was checked.
fn bad_rows(source: &str, errors: &[Error]) -> Failure {
    let mut failure = Failure::errors(errors.iter().take(ROWS_NAMED));
    for message in &mut failure.messages {
        *message = format!("{source}: {message}");
    }
    if let Some(first_unnamed) = errors.get(ROWS_NAMED) {
        let rest = errors.len() - ROWS_NAMED;
        let from = first_unnamed
            .row()
            .map_or(String::new(), |row| format!(", from row {row}"));
        failure.messages.push(format!(
            "{source}: {rest} more {} not listed{from}",
            if rest == 1 { "problem" } else { "problems" }
        ));
    }
    let problems = if errors.len() == 1 {
        "the problem".to_string()
    } else {
        format!("the {} problems", errors.len())
    };
    failure.messages.push(format!(
        "nothing was checked: fix {problems} above (a history with rows left out would give a \
         wrong answer)"
    ));
    failure
}
