//! Arbitrary text through the date readers: `parse_date`, `parse_any_date`, `DateFormat::of`,
//! `detect` and `parse`, and `parse_pasted`. Beyond "no panic": a date read is in range and
//! reads back the same when written again, the readers agree with each other, and a paste
//! accounts for every non-blank line exactly once.

#![no_main]

use chrono::{Datelike, NaiveDate};
use libfuzzer_sys::fuzz_target;
use staycalc::{parse_date, MAX_DATE, MIN_DATE};
use staycalc::input::{parse_any_date, parse_pasted, DateFormat};

const FORMATS: [DateFormat; 6] = [
    DateFormat::Iso,
    DateFormat::YearFirstSlash,
    DateFormat::YearFirstDot,
    DateFormat::DayFirstDot,
    DateFormat::DayFirstSlash,
    DateFormat::DayFirstDash,
];

/// `date` written in `format`, with leading zeros.
fn write(date: NaiveDate, format: DateFormat) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match format {
        DateFormat::Iso => format!("{y:04}-{m:02}-{d:02}"),
        DateFormat::YearFirstSlash => format!("{y:04}/{m:02}/{d:02}"),
        DateFormat::YearFirstDot => format!("{y:04}.{m:02}.{d:02}"),
        DateFormat::DayFirstDot => format!("{d:02}.{m:02}.{y:04}"),
        DateFormat::DayFirstSlash => format!("{d:02}/{m:02}/{y:04}"),
        DateFormat::DayFirstDash => format!("{d:02}-{m:02}-{y:04}"),
        DateFormat::MonthFirstSlash => format!("{m:02}/{d:02}/{y:04}"),
        DateFormat::MonthFirstDash => format!("{m:02}-{d:02}-{y:04}"),
    }
}

fn check_one(text: &str) {
    let iso = parse_date(text, "entry");
    match &iso {
        Ok(date) => {
            assert!((MIN_DATE..=MAX_DATE).contains(date));
            assert_eq!(date.to_string(), text.trim());
        }
        Err(error) => {
            assert!(matches!(error.code(), "bad_date" | "date_out_of_range"));
            assert!(error.to_string().starts_with("entry "), "{error}");
        }
    }
    let any = parse_any_date(text, "exit");
    if let Ok(date) = iso {
        assert_eq!(
            any,
            Ok(date),
            "an ISO date is read the same by both readers"
        );
    }
    let shape = DateFormat::of(text);
    match &any {
        Ok(date) => {
            let format = shape.expect("a date read has a format");
            assert_eq!(format.parse(text, "exit").as_ref(), Ok(date));
            assert_eq!(
                parse_any_date(&write(*date, format), "exit").as_ref(),
                Ok(date)
            );
            assert_eq!(DateFormat::detect([text, "", "x"]), Some(format));
        }
        Err(error) => {
            assert!(matches!(error.code(), "bad_date" | "date_out_of_range"));
            assert!(error.to_string().starts_with("exit "), "{error}");
        }
    }
    for format in FORMATS {
        let parsed = format.parse(text, "on");
        if Some(format) != shape {
            assert!(
                parsed.is_err(),
                "{format:?} read {text:?} written as {shape:?}"
            );
        } else {
            assert_eq!(parsed.ok(), any.clone().ok());
        }
    }
}

fn check_paste(text: &str) {
    let pasted = parse_pasted(text);
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<usize> = body
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, _)| i + 1)
        .collect();
    let mut accounted: Vec<usize> = pasted
        .stays
        .iter()
        .map(|stay| stay.row.expect("a pasted stay has its line"))
        .chain(pasted.rejected.iter().map(|r| r.line))
        .chain(pasted.headers.iter().copied())
        .collect();
    accounted.sort_unstable();
    assert_eq!(
        accounted, lines,
        "every non-blank line is a stay, a header or rejected, once"
    );
    for stay in &pasted.stays {
        assert!((MIN_DATE..=MAX_DATE).contains(&stay.entry));
        assert!(stay
            .exit
            .is_none_or(|exit| exit >= stay.entry && exit <= MAX_DATE));
    }
    for rejected in &pasted.rejected {
        assert_eq!(rejected.reason.row(), Some(rejected.line), "{rejected}");
    }
    if pasted.stays.is_empty() && pasted.rejected.is_empty() {
        assert_eq!(pasted.date_format, None);
    }
    // The stays read, written again as ISO lines, read back the same.
    let again: String = pasted
        .stays
        .iter()
        .map(|stay| match stay.exit {
            Some(exit) => format!("{} {}\n", stay.entry, exit),
            None => format!("{}\n", stay.entry),
        })
        .collect();
    let reread = parse_pasted(&again);
    assert!(reread.rejected.is_empty());
    let dates =
        |stays: &[staycalc::Stay]| -> Vec<_> { stays.iter().map(|s| (s.entry, s.exit)).collect() };
    assert_eq!(dates(&reread.stays), dates(&pasted.stays));
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check_one(&text);
    for piece in text.split(['\n', ',', ';', ' ']).take(8) {
        check_one(piece);
    }
    check_paste(&text);
    let formats: Vec<&str> = text.lines().collect();
    if let Some(format) = DateFormat::detect(&formats) {
        assert!(formats.iter().any(|t| DateFormat::of(t) == Some(format)));
    }
});
