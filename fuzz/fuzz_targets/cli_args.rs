//! Arbitrary argument vectors and standard input through the command line's entry function,
//! `cli::run(args, stdin, stdout, stderr) -> exit code`.
//!
//! The command line is the `staycalc` binary's crate (`src/bin/staycalc/`), not the library, so
//! it is compiled into this target from its source (`#[path]`): the same code, called in-process
//! thousands of times a second, where spawning the binary would manage a few hundred.
//!
//! Arguments are drawn from the words the command line knows (subcommands, options, rule ids,
//! formats, dates) or are arbitrary text, so the fuzzer reaches past the parser quickly. File
//! arguments stay inside a scratch directory holding a stays file and a team file: an absolute
//! path or one with `..` is replaced, so nothing outside is read (`/dev/zero` would never end).
//!
//! Beyond "no panic": the exit code is 0, 1 or 2; output is UTF-8; a success writes its output,
//! a failure says why on standard error.

#![no_main]

#[allow(dead_code)]
#[path = "../../src/bin/staycalc/main.rs"]
mod cli;
// The binary's modules name each other from its crate root (`crate::args`): bring them here.
use cli::*;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use std::ffi::OsString;
use std::sync::Once;

/// Words the command line knows.
const WORDS: &[&str] = &[
    "check",
    "rules",
    "report",
    "help",
    "version",
    "--help",
    "-h",
    "--version",
    "-V",
    "--rule",
    "--on",
    "--window",
    "--max",
    "--per-entry",
    "--format",
    "--warn-below",
    "--fail-on",
    "text",
    "json",
    "csv",
    "warning",
    "overstay",
    "-",
    "--",
    "stays.csv",
    "team.csv",
    "missing.csv",
    ".",
    "2014-11-30",
    "2025-06-01",
    "30.11.2014",
    "01/06/2025",
    "1899-12-31",
    "2199-12-31",
    "180",
    "90",
    "0",
    "-1",
    "36526",
    "4294967296",
    "--on=2025-06-01",
    "--rule=schengen",
    "--format=json",
    "--nationality",
    "US",
    "US,IE",
    "KZ",
    "--next-entry",
];

/// One argument: a known word, a catalogue rule id, a number, or any text.
#[derive(Arbitrary, Debug)]
enum Arg {
    Word(u8),
    Rule(u8),
    Number(i64),
    Text(String),
    NotUtf8(Vec<u8>),
}

/// What standard input starts with, before the arbitrary bytes.
#[derive(Arbitrary, Debug)]
enum Header {
    None,
    Stays,
    Team,
    Travel,
}

#[derive(Arbitrary, Debug)]
struct Input {
    args: Vec<Arg>,
    header: Header,
    stdin: Vec<u8>,
}

const STAYS: &str = "entry,exit\n2014-08-15,2014-09-30\n2014-11-01,\n";
const TEAM: &str = "person,entry,exit,planned,note\nAna,2025-03-01,2025-04-30,no,=1+1\n\
                    Ben,01.06.2025,,yes,@x\n";

/// Makes a scratch directory with the files the arguments may name, and works in it.
fn scratch() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let dir = std::env::temp_dir().join(format!("staycalc-fuzz-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        std::fs::write(dir.join("stays.csv"), STAYS).expect("stays.csv");
        std::fs::write(dir.join("team.csv"), TEAM).expect("team.csv");
        std::env::set_current_dir(&dir).expect("work in the scratch directory");
    });
}

impl Arg {
    fn to_os(&self) -> OsString {
        let text = match self {
            Arg::Word(i) => WORDS[*i as usize % WORDS.len()].to_string(),
            Arg::Rule(i) => {
                let rules = staycalc::catalogue();
                rules[*i as usize % rules.len()].id.to_string()
            }
            Arg::Number(n) => n.to_string(),
            Arg::Text(text) => text.clone(),
            Arg::NotUtf8(bytes) => {
                use std::os::unix::ffi::OsStringExt;
                return OsString::from_vec(bytes.iter().map(|b| b | 0x80).collect());
            }
        };
        if text.starts_with('/') || text.contains("..") || text.contains('\0') {
            OsString::from("outside.csv")
        } else {
            OsString::from(text)
        }
    }
}

fuzz_target!(|input: Input| {
    scratch();
    let args: Vec<OsString> = input.args.iter().take(16).map(Arg::to_os).collect();
    let mut stdin = match input.header {
        Header::None => Vec::new(),
        Header::Stays => b"entry,exit\n".to_vec(),
        Header::Team => b"person,entry,exit,rule,planned\n".to_vec(),
        Header::Travel => b"entry,exit,country\n".to_vec(),
    };
    stdin.extend_from_slice(&input.stdin);
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run(&args, &mut &stdin[..], &mut stdout, &mut stderr);
    let stdout = String::from_utf8(stdout).expect("standard output is UTF-8");
    let stderr = String::from_utf8(stderr).expect("standard error is UTF-8");
    assert!(matches!(code, 0..=2), "exit code {code}");
    match code {
        0 => assert!(!stdout.is_empty(), "{args:?} succeeded with no output"),
        2 => assert!(stderr.starts_with("staycalc: "), "{args:?}: {stderr:?}"),
        _ => {}
    }
});
