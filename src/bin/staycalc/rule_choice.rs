//! The rule a command is given: `--rule ID` from the catalogue, or custom numbers
//! `--window N --max M [--per-entry E]`. Shared by `check` and `report`.

use crate::args::Args;
use crate::failure::Failure;
use staycalc::{Error, Rule};
use std::borrow::Cow;

/// The rule the options name, or `None` when they name none.
///
/// # Errors
///
/// A usage failure when `--rule` and custom numbers are both given or the numbers are
/// incomplete; the engine's error for an unknown id or impossible numbers.
pub(crate) fn chosen_rule(args: &Args) -> Result<Option<Cow<'static, Rule>>, Failure> {
    let custom = ["--window", "--max", "--per-entry"].map(|option| args.value(option));
    match (args.value("--rule"), custom) {
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
