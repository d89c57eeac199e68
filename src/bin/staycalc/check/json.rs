//! `staycalc check --format json`: one object per person, fields named as in the engine.

use staycalc::input::DateFormat;
use staycalc::{Assessment, JsonWriter, Rule, StayVerdict};
use std::io::{self, Write};

/// How much text is written at once: the answer is written in pieces of about this size, so a
/// file of millions of stays does not make an answer held whole in memory.
const PIECE: usize = 1 << 16;

/// Writes the answer to `out` as one object: the one envelope of an answer
/// ([`JsonWriter::evaluation_in_pieces`]: the rule, the fields of [`Assessment::fields`], the
/// `plan`, a verdict per stay), then the `date_format` read, then the documents' part
/// (`latest_exit_reason`, `documents`) when documents or events were given.
///
/// # Errors
///
/// Any error writing to `out`.
pub(crate) fn write(
    out: &mut dyn Write,
    rule: &Rule,
    answer: &Assessment,
    plan: &[StayVerdict],
    date_format: Option<DateFormat>,
    documents: &super::documents::DocumentsAnswer,
) -> io::Result<()> {
    let mut text = String::with_capacity(PIECE + 1024);
    let mut json = JsonWriter::pretty(&mut text, 0);
    json.begin_object();
    json.evaluation_in_pieces(rule, answer, plan, |json| drain_when_full(json, out))?;
    json.key("date_format");
    match date_format {
        Some(format) => json.string(format.pattern()),
        None => json.null(),
    }
    documents.write_json(&mut json);
    json.end_object();
    json.drain(out)?;
    out.write_all(b"\n")
}

/// Writes out what `json` holds once it is a piece long.
fn drain_when_full(json: &mut JsonWriter<'_>, out: &mut dyn Write) -> io::Result<()> {
    if json.len() >= PIECE {
        json.drain(out)?;
    }
    Ok(())
}
