//! `staycalc check`: one person's stays against a rule on a date.

mod help;
mod text;

pub(crate) use help::HELP;

use crate::args::{Args, Spec};
use crate::failure::Failure;
use crate::rule_choice::{chosen_rule, number};
use crate::Format;
use chrono::NaiveDate;
use staycalc::input::{parse_any_date, read_stays, StaysFile};
use staycalc::{Calculator, Error, JsonWriter, Options, Rule};
use std::borrow::Cow;
use std::io::{BufRead, BufReader};
use text::CheckText;

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
    ],
    flags: &["--help"],
};

/// Everything `check` was asked, read from its arguments.
struct CheckRequest {
    rule: Cow<'static, Rule>,
    on: NaiveDate,
    format: Format,
    options: Options,
    file: String,
}

/// Runs `staycalc check` with the arguments after `check`; `stdin` is read for the file `-`.
pub(crate) fn run(args: &[String], stdin: &mut dyn BufRead) -> Result<String, Failure> {
    let args = SPEC.parse(args)?;
    if args.has("--help") {
        return Ok(HELP.to_string());
    }
    let request = CheckRequest::from_args(&args)?;
    let (source, file) = if request.file == "-" {
        ("standard input".to_string(), read_stays(stdin))
    } else {
        let opened = std::fs::File::open(&request.file)
            .map_err(|e| Failure::message(format!("cannot open {}: {e}", request.file)))?;
        (request.file.clone(), read_stays(BufReader::new(opened)))
    };
    let errors = all_errors(&file, request.on);
    if !errors.is_empty() {
        return Err(bad_rows(&source, &errors));
    }
    let calculator = Calculator::new(&request.rule, &file.stays, request.on)?;
    let answer = calculator.assessment(&request.options);
    let plan = calculator.plan();
    Ok(match request.format {
        Format::Json => {
            // The one envelope of an answer (the JS API's `evaluate` writes it too), and the
            // file's date format.
            let mut out = String::new();
            let mut json = JsonWriter::pretty(&mut out, 0);
            json.begin_object();
            json.evaluation(&request.rule, &answer, &plan);
            json.key("date_format");
            match file.date_format {
                Some(format) => json.string(format.pattern()),
                None => json.null(),
            }
            json.end_object();
            out.push('\n');
            out
        }
        Format::Text => CheckText {
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

impl CheckRequest {
    fn from_args(args: &Args) -> Result<CheckRequest, Failure> {
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
        Ok(CheckRequest {
            rule,
            on,
            format,
            options,
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
