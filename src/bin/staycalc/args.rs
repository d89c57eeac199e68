//! Command-line arguments: options with values (`--on 2025-06-01` or `--on=2025-06-01`), flags,
//! and positional arguments, in any order. `--` ends the options; `-` is a positional argument
//! (standard input). Positional arguments (file names) may be any bytes the system allows;
//! options and their values are UTF-8 text. The options that `check` and `report` share are
//! read here too: the rule, the check date, `--warn-below` and the one file.

use crate::failure::Failure;
use chrono::NaiveDate;
use staycalc::input::parse_any_date;
use staycalc::{Error, Options, Rule};
use std::borrow::Cow;
use std::ffi::OsString;
use std::path::PathBuf;

/// The parsed arguments of one subcommand.
#[derive(Debug, Default)]
pub(crate) struct Args {
    values: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
    /// Positional arguments, in order.
    pub positionals: Vec<OsString>,
}

/// What a subcommand accepts: options that take a value and flags that do not.
pub(crate) struct Spec {
    /// The subcommand, for messages (`check`).
    pub command: &'static str,
    /// Options taking a value, with their leading dashes (`--on`).
    pub values: &'static [&'static str],
    /// Flags (`--help`).
    pub flags: &'static [&'static str],
    /// Options taking a value that may be given more than once (`--visa`), in order.
    pub repeatable: &'static [&'static str],
}

impl Spec {
    /// Parses `args` (after the subcommand's name).
    ///
    /// # Errors
    ///
    /// A usage [`Failure`] for an unknown option, an option given twice or without its value,
    /// or an option or value that is not UTF-8 text.
    pub(crate) fn parse(&self, args: &[OsString]) -> Result<Args, Failure> {
        let mut parsed = Args::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if arg == "--" {
                parsed.positionals.extend(rest.by_ref().cloned());
                break;
            }
            if arg.as_encoded_bytes().first() != Some(&b'-') || arg == "-" {
                parsed.positionals.push(arg.clone());
                continue;
            }
            let arg = text(arg)?;
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (arg.as_str(), None),
            };
            let name = if name == "-h" { "--help" } else { name };
            if let Some(&flag) = self.flags.iter().find(|&&f| f == name) {
                if inline.is_some() {
                    return Err(Failure::usage(format!("{flag} takes no value")));
                }
                parsed.flags.push(flag);
            } else if let Some(&option) = self
                .values
                .iter()
                .chain(self.repeatable)
                .find(|&&v| v == name)
            {
                if !self.repeatable.contains(&option)
                    && parsed.values.iter().any(|(n, _)| *n == option)
                {
                    return Err(Failure::usage(format!("{option} is given twice")));
                }
                let value = match inline.map(Ok).or_else(|| rest.next().map(text)) {
                    Some(value) => value?,
                    None => return Err(Failure::usage(format!("{option} needs a value"))),
                };
                parsed.values.push((option, value));
            } else {
                return Err(Failure::usage(format!(
                    "unknown option {name:?} for `staycalc {}`",
                    self.command
                )));
            }
        }
        Ok(parsed)
    }
}

/// The options `check` and `report` share: the rule (`--rule ID` from the catalogue, or
/// custom numbers `--window N --max M [--per-entry E]`), the check date and the answer's
/// options, and the one file.
impl Args {
    /// The rule the options name, or `None` when they name none.
    ///
    /// # Errors
    ///
    /// A usage failure when `--rule` and custom numbers are both given or the numbers are
    /// incomplete; the engine's error for an unknown id or impossible numbers.
    pub(crate) fn chosen_rule(&self) -> Result<Option<Cow<'static, Rule>>, Failure> {
        let custom = ["--window", "--max", "--per-entry"].map(|option| self.value(option));
        match (self.value("--rule"), custom) {
            (None, [None, None, None]) => Ok(None),
            (Some(id), [None, None, None]) => Ok(Some(Cow::Borrowed(staycalc::rule(id)?))),
            (Some(_), _) => Err(Failure::usage(
                "give either --rule ID or --window N --max M [--per-entry E], not both",
            )),
            (None, [Some(window), Some(max), per_entry]) => {
                let window = number("--window", window)?;
                let max = number("--max", max)?;
                let per_entry = per_entry
                    .map(|cap| number("--per-entry", cap))
                    .transpose()?;
                Ok(Some(Cow::Owned(Rule::custom(window, max, per_entry)?)))
            }
            (None, _) => Err(Failure::usage(
                "a custom rule needs both --window N and --max M (and optionally --per-entry E)",
            )),
        }
    }

    /// `--on`, the check date, which every question needs.
    pub(crate) fn check_date(&self) -> Result<NaiveDate, Failure> {
        match self.value("--on") {
            Some(on) => Ok(parse_any_date(on, "--on")?),
            None => Err(Failure::usage(
                "no check date: give --on DATE, the day to count for (as --on 2025-06-01)",
            )),
        }
    }

    /// The answer's options: `--warn-below`.
    pub(crate) fn options(&self) -> Result<Options, Failure> {
        let mut options = Options::default();
        if let Some(below) = self.value("--warn-below") {
            options.warning_threshold = number("--warn-below", below)?;
        }
        Ok(options)
    }

    /// The one file `command` reads (`-` for standard input); `none` says what to give when
    /// there is none, `what` names the file when there are more (`stays file`).
    pub(crate) fn one_file(
        &self,
        command: &str,
        what: &str,
        none: &'static str,
    ) -> Result<PathBuf, Failure> {
        match &self.positionals[..] {
            [file] => Ok(PathBuf::from(file)),
            [] => Err(Failure::usage(none)),
            [_, extra, ..] => Err(Failure::usage(format!(
                "unexpected argument {extra:?}: `staycalc {command}` reads one {what}"
            ))),
        }
    }
}

/// A whole number of days given for `option`.
///
/// # Errors
///
/// [`Error::InvalidNumber`] naming the option and the value.
pub(crate) fn number(option: &str, value: &str) -> Result<u32, Error> {
    value.trim().parse().map_err(|_| Error::InvalidNumber {
        field: option.to_string(),
        value: value.to_string(),
        expected: "a whole number of days".to_string(),
    })
}

/// `arg` as text, or a usage failure naming it.
pub(crate) fn text(arg: &OsString) -> Result<String, Failure> {
    arg.to_str()
        .map(str::to_string)
        .ok_or_else(|| Failure::usage(format!("argument {arg:?} is not UTF-8 text")))
}

impl Args {
    /// The value of an option, if given.
    pub(crate) fn value(&self, option: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| *name == option)
            .map(|(_, value)| value.as_str())
    }

    /// Every value of a repeatable option, in the order given.
    pub(crate) fn values<'a>(&'a self, option: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.values
            .iter()
            .filter(move |(name, _)| *name == option)
            .map(|(_, value)| value.as_str())
    }

    /// Whether a flag was given.
    pub(crate) fn has(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: Spec = Spec {
        command: "check",
        values: &["--on", "--rule"],
        flags: &["--help"],
        repeatable: &["--visa"],
    };

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn reads_options_before_and_after_positionals() {
        let parsed = SPEC
            .parse(&args(&[
                "a.csv",
                "--on=2025-01-01",
                "-h",
                "--rule",
                "x",
                "-",
                "--",
                "--on",
            ]))
            .unwrap();
        assert_eq!(parsed.value("--on"), Some("2025-01-01"));
        assert_eq!(parsed.value("--rule"), Some("x"));
        assert!(parsed.has("--help"));
        assert_eq!(parsed.positionals, ["a.csv", "-", "--on"]);
    }

    #[test]
    fn a_repeatable_option_keeps_every_value_in_order() {
        let parsed = SPEC
            .parse(&args(&["--visa", "a", "--visa=b", "--on", "x"]))
            .unwrap();
        assert_eq!(parsed.values("--visa").collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(parsed.value("--on"), Some("x"));
    }

    #[test]
    fn rejects_unknown_repeated_and_valueless_options() {
        for (list, message) in [
            (
                &["--bogus"][..],
                "unknown option \"--bogus\" for `staycalc check`",
            ),
            (&["--on", "1", "--on", "2"], "--on is given twice"),
            (&["--rule"], "--rule needs a value"),
            (&["--help=yes"], "--help takes no value"),
        ] {
            let failure = SPEC.parse(&args(list)).unwrap_err();
            assert_eq!(failure.messages, [message], "{list:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_may_be_any_bytes_but_options_are_text() {
        use std::os::unix::ffi::OsStringExt;
        let name = OsString::from_vec(b"caf\xe9.csv".to_vec());
        let parsed = SPEC.parse(std::slice::from_ref(&name)).unwrap();
        assert_eq!(parsed.positionals, std::slice::from_ref(&name));
        let value = SPEC.parse(&[OsString::from("--on"), name]).unwrap_err();
        assert_eq!(
            value.messages,
            ["argument \"caf\\xE9.csv\" is not UTF-8 text"]
        );
    }
}
