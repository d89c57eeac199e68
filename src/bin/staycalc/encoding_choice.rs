//! The encoding a command reads its file in: `--encoding utf-8|windows-1251`, or detected from
//! the file's start. Shared by `check` and `report`.

use crate::args::Args;
use crate::failure::Failure;
use staycalc::input::Encoding;

/// The encoding `--encoding` names (`None` for `auto` or no option: detect it).
///
/// # Errors
///
/// A usage failure for any other name.
pub(crate) fn encoding(args: &Args) -> Result<Option<Encoding>, Failure> {
    match args.value("--encoding") {
        None | Some("auto") => Ok(None),
        Some(name) => Encoding::from_name(name).map(Some).ok_or_else(|| {
            Failure::usage(format!(
                "--encoding {name:?} is unknown: expected auto, utf-8 or windows-1251"
            ))
        }),
    }
}

/// What is said once, for the whole file, when it was not read as UTF-8.
pub(crate) fn encoding_note(encoding: Encoding) -> String {
    format!(
        "not UTF-8 text: read as {} (Cyrillic, as Russian-locale Excel saves \"CSV\"); \
         --encoding utf-8 refuses it",
        encoding.name()
    )
}
