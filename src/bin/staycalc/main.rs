//! The `staycalc` command line: subcommands, their output and their exit codes; run
//! `staycalc --help` for usage.
//!
//! Each subcommand returns its whole output or a [`Failure`]; [`run`] writes one or the other
//! and turns it into the exit code, so every path is testable without a process.
//!
//! The modules name each other from the crate root (`crate::args`) and are `pub(crate)`, so
//! the fuzz target `cli_args` can compile this file as a module and bring them to its root.

pub(crate) mod args;
pub(crate) mod check;
pub(crate) mod describe;
pub(crate) mod encoding_choice;
pub(crate) mod failure;
pub(crate) mod help;
pub(crate) mod json;
pub(crate) mod report;
pub(crate) mod rule_choice;
pub(crate) mod rules;

use failure::Failure;
use std::ffi::OsString;
use std::io::{BufRead, ErrorKind, Write};

/// The exit code of a command that ran.
pub const EXIT_OK: i32 = 0;
/// The exit code when the output could not be written.
pub const EXIT_OUTPUT_FAILED: i32 = 1;
/// The exit code for bad input: a bad option, rule, date or row.
pub const EXIT_BAD_INPUT: i32 = 2;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let code = run(
        &args,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}

/// Runs the command line `args` (without the program name) and returns the exit code.
pub fn run(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    if let Ok(args) = utf8(args) {
        if args.first().is_some_and(|command| command == "report") {
            // The report streams its output and sets its own exit code.
            return report::run(&args[1..], stdin, stdout, stderr);
        }
    }
    match utf8(args).and_then(|args| dispatch(&args, stdin)) {
        Ok(output) => match stdout
            .write_all(output.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => EXIT_OK,
            Err(e) if e.kind() == ErrorKind::BrokenPipe => EXIT_OUTPUT_FAILED,
            Err(e) => {
                let _ = writeln!(stderr, "staycalc: cannot write the output: {e}");
                EXIT_OUTPUT_FAILED
            }
        },
        Err(failure) => {
            let _ = stderr.write_all(failure.render().as_bytes());
            EXIT_BAD_INPUT
        }
    }
}

fn utf8(args: &[OsString]) -> Result<Vec<String>, Failure> {
    args.iter()
        .map(|arg| {
            arg.clone()
                .into_string()
                .map_err(|arg| Failure::usage(format!("argument {arg:?} is not UTF-8 text")))
        })
        .collect()
}

fn dispatch(args: &[String], stdin: &mut dyn BufRead) -> Result<String, Failure> {
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("check") => check::run(rest, stdin),
        Some("rules") => rules::run(rest),
        Some("help" | "--help" | "-h") => match rest.first().map(String::as_str) {
            None => Ok(help::MAIN.to_string()),
            Some("check") => Ok(help::CHECK.to_string()),
            Some("rules") => Ok(help::RULES.to_string()),
            Some("report") => Ok(report::HELP.to_string()),
            Some(other) => Err(Failure::usage(format!(
                "no help for {other:?}: the commands are check, report and rules"
            ))),
        },
        Some("--version" | "-V" | "version") => {
            Ok(format!("staycalc {}\n", env!("CARGO_PKG_VERSION")))
        }
        Some(other) => Err(Failure::usage(format!(
            "unknown command {other:?}: the commands are check, report, rules and help"
        ))),
        None => Err(Failure::usage("no command given")),
    }
}

/// The output format of a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Json,
}

impl Format {
    /// The format given to `--format`, text when none.
    pub(crate) fn parse(value: Option<&str>) -> Result<Format, Failure> {
        match value {
            None | Some("text") => Ok(Format::Text),
            Some("json") => Ok(Format::Json),
            Some(other) => Err(Failure::usage(format!(
                "--format {other:?} is unknown: expected text or json"
            ))),
        }
    }
}
