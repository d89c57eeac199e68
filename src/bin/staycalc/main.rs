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
pub(crate) mod encoding_choice;
pub(crate) mod failure;
pub(crate) mod help;
pub(crate) mod json;
pub(crate) mod report;
pub(crate) mod rules;
pub(crate) mod stderr;

use failure::Failure;
use std::ffi::OsString;
use std::io::{BufRead, ErrorKind, Write};

/// mimalloc rather than the system's allocator: `staycalc report` makes and frees a dozen small
/// strings and vectors per line of a report of hundreds of thousands of lines, and glibc's
/// allocator took about a sixth of its time (DESIGN.md, "And the team report?"). Not under the
/// fuzzer, whose sanitizer watches the system's allocator, nor when the binary is built for
/// wasm32 (as the wasm test target builds every binary of the crate), where mimalloc is no
/// dependency.
#[cfg(not(any(fuzzing, target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The exit code of a command that ran.
pub const EXIT_OK: i32 = 0;
/// The exit code when the output could not be written.
pub const EXIT_OUTPUT_FAILED: i32 = 1;
/// The exit code for bad input: a bad option, rule, date or row.
pub const EXIT_BAD_INPUT: i32 = 2;

fn main() {
    if stdout_was_closed() {
        eprintln!("staycalc: cannot write the output: standard output is closed");
        std::process::exit(EXIT_OUTPUT_FAILED);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let code = run(
        &args,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}

/// Whether standard output was closed when the program started (`staycalc check ... >&-`).
///
/// The Rust runtime then opens `/dev/null` in its place, so every write would succeed and the
/// command exit 0 having written nothing. It opens it for reading and writing, where a shell's
/// `>/dev/null` opens it for writing only: that tells the two apart (Linux, from `/proc`).
fn stdout_was_closed() -> bool {
    #[cfg(target_os = "linux")]
    {
        let is_null = std::fs::read_link("/proc/self/fd/1")
            .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
        let flags = std::fs::read_to_string("/proc/self/fdinfo/1")
            .ok()
            .and_then(|info| {
                let flags = info.lines().find_map(|line| line.strip_prefix("flags:"))?;
                u32::from_str_radix(flags.trim(), 8).ok()
            });
        // O_ACCMODE is 3 and O_RDWR 2.
        is_null && flags.is_some_and(|flags| flags & 3 == 2)
    }
    #[cfg(not(target_os = "linux"))]
    false
}

/// Runs the command line `args` (without the program name) and returns the exit code.
pub fn run(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let mut stderr = stderr::Stderr::new(stderr);
    let code = run_with(args, stdin, stdout, &mut stderr);
    let _ = stderr.flush();
    code
}

/// [`run`], with standard error buffered and escaped.
fn run_with(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    if args.first().is_some_and(|command| command == "report") {
        // The report streams its output and sets its own exit code.
        return report::run(&args[1..], stdin, stdout, stderr);
    }
    match dispatch(args, stdin, stdout) {
        Ok(written) => match written.and_then(|()| stdout.flush()) {
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

/// Runs the command `args` asks for: what writing its output to `stdout` gave, or why it
/// could not run (nothing written then).
fn dispatch(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
) -> Result<std::io::Result<()>, Failure> {
    let rest = args.get(1..).unwrap_or_default();
    let command = args.first().map(args::text).transpose()?;
    let text = match command.as_deref() {
        Some("check") => return check::run(rest, stdin, stdout),
        Some("rules") => rules::run(rest),
        Some("help" | "--help" | "-h") => {
            match rest.first().map(args::text).transpose()?.as_deref() {
                None => Ok(help::MAIN.to_string()),
                Some("check") => Ok(check::HELP.to_string()),
                Some("rules") => Ok(rules::HELP.to_string()),
                Some("report") => Ok(report::HELP.to_string()),
                Some(other) => Err(Failure::usage(format!(
                    "no help for {other:?}: the commands are check, report and rules"
                ))),
            }
        }
        Some("--version" | "-V" | "version") => {
            Ok(format!("staycalc {}\n", env!("CARGO_PKG_VERSION")))
        }
        Some(other) => Err(Failure::usage(format!(
            "unknown command {other:?}: the commands are check, report, rules and help"
        ))),
        None => Err(Failure::usage("no command given")),
    }?;
    Ok(stdout.write_all(text.as_bytes()))
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
