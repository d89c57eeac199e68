//! Property tests of the input readers through the public API: whatever a spreadsheet writes
//! reads back the same, every date format round-trips, and no text makes a reader panic.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use staycalc::input::{parse_any_date, parse_pasted, read_stays, CsvReader, DateFormat};
use staycalc::{Stay, MAX_DATE, MIN_DATE};

/// Writes `records` as a spreadsheet would: fields quoted when they need it (always, when
/// `quote_all`), quotes doubled, the given separator and line end, and maybe a byte-order mark.
fn write_csv(
    records: &[Vec<String>],
    separator: char,
    line_end: &str,
    bom: bool,
    quote_all: bool,
) -> String {
    let mut out = String::from(if bom { "\u{feff}" } else { "" });
    for record in records {
        let fields: Vec<String> = record
            .iter()
            .map(|field| {
                let needs = quote_all
                    || field.is_empty()
                    || field.contains([separator, '"', '\n', '\r'])
                    || field.trim() != field;
                if needs {
                    format!("\"{}\"", field.replace('"', "\"\""))
                } else {
                    field.clone()
                }
            })
            .collect();
        out.push_str(&fields.join(&separator.to_string()));
        out.push_str(line_end);
    }
    out
}

/// A field: any printable text with separators, quotes and line ends mixed in. A field of a
/// line end alone would be written as a quoted line end, which is fine, but `\r` alone inside
/// quotes is read as part of a CRLF: keep `\r` only before `\n`.
fn field() -> impl Strategy<Value = String> {
    proptest::string::string_regex("([a-zA-Zäß€ 0-9.,;\t\"-]|\r\n|\n){0,12}").unwrap()
}

/// Pieces of what people paste: numbers, dates, month names in their cases, joining words,
/// separators, brackets, bullets, letters of other scripts.
const PASTE_PIECES: [&str; 40] = [
    "12",
    "2025",
    "31",
    "1",
    "0",
    "99999",
    "12.03.2025",
    "12.03.25",
    "2025-03-12",
    "03/12/2025",
    "29.02.24",
    "12.03",
    " ",
    "\t",
    "-",
    "–",
    "..",
    ",",
    ";",
    "(",
    ")",
    "[",
    "•",
    "1. ",
    "Mar",
    "марта",
    "наурыздан",
    "Dec",
    "г.",
    "жылғы",
    "to",
    "по",
    "дейін",
    "-ден",
    "days",
    "дней",
    "France",
    "é",
    "漢",
    "🙂",
];

fn date_in_range() -> impl Strategy<Value = NaiveDate> {
    (MIN_DATE.num_days_from_ce()..=MAX_DATE.num_days_from_ce())
        .prop_map(|day| NaiveDate::from_num_days_from_ce_opt(day).unwrap())
}

/// `date` written in `format`, with or without leading zeros.
fn write_date(date: NaiveDate, format: DateFormat, zeros: bool) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    let two = |n: u32| {
        if zeros {
            format!("{n:02}")
        } else {
            n.to_string()
        }
    };
    match format {
        DateFormat::Iso => format!("{y}-{}-{}", two(m), two(d)),
        DateFormat::YearFirstSlash => format!("{y}/{}/{}", two(m), two(d)),
        DateFormat::YearFirstDot => format!("{y}.{}.{}", two(m), two(d)),
        DateFormat::DayFirstDot => format!("{}.{}.{y}", two(d), two(m)),
        DateFormat::DayFirstSlash => format!("{}/{}/{y}", two(d), two(m)),
        DateFormat::DayFirstDash => format!("{}-{}-{y}", two(d), two(m)),
        DateFormat::MonthFirstSlash => format!("{}/{}/{y}", two(m), two(d)),
        DateFormat::MonthFirstDash => format!("{}-{}-{y}", two(m), two(d)),
    }
}

const FORMATS: [DateFormat; 6] = [
    DateFormat::Iso,
    DateFormat::YearFirstSlash,
    DateFormat::YearFirstDot,
    DateFormat::DayFirstDot,
    DateFormat::DayFirstSlash,
    DateFormat::DayFirstDash,
];

proptest! {
    #[test]
    fn csv_reads_back_what_a_spreadsheet_writes(
        // The header decides the separator: give it two plain fields so it is unambiguous.
        rows in proptest::collection::vec(proptest::collection::vec(field(), 2), 0..8),
        separator in prop_oneof![Just(','), Just(';'), Just('\t')],
        crlf in any::<bool>(),
        bom in any::<bool>(),
        quote_all in any::<bool>(),
    ) {
        let header = vec!["entry".to_string(), "exit".to_string()];
        let mut records = vec![header];
        // A record whose fields are all empty would be written as a blank line, which is skipped.
        records.extend(rows.into_iter().filter(|r| r.iter().any(|f| !f.is_empty())));
        let text = write_csv(&records, separator, if crlf { "\r\n" } else { "\n" }, bom, quote_all);
        let mut reader = CsvReader::new(text.as_bytes());
        let read: Vec<Vec<String>> = reader
            .by_ref()
            .map(|record| record.map(|r| r.fields))
            .collect::<Result<_, _>>()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        // A CRLF inside a quoted field is a line end, read as LF.
        let expected: Vec<Vec<String>> = records
            .iter()
            .map(|r| r.iter().map(|f| f.replace("\r\n", "\n")).collect())
            .collect();
        prop_assert_eq!(read, expected);
        prop_assert_eq!(reader.separator(), Some(separator));
    }

    #[test]
    fn every_format_round_trips(
        date in date_in_range(),
        zeros in any::<bool>(),
    ) {
        for format in FORMATS {
            let text = write_date(date, format, zeros);
            prop_assert_eq!(DateFormat::of(&text), Some(format), "{}", text);
            prop_assert_eq!(parse_any_date(&text, "entry"), Ok(date), "{}", text);
            prop_assert_eq!(format.parse(&text, "entry"), Ok(date), "{}", text);
        }
    }

    #[test]
    fn pasted_pairs_read_back_in_any_format_and_separator(
        pairs in proptest::collection::vec((date_in_range(), 0u32..400), 1..6),
        format in proptest::sample::select(&FORMATS[..]),
        separator in proptest::sample::select(&[" ", "\t", " - ", "-", " – ", "..", ",", "; "][..]),
    ) {
        // Day-first slashes would be refused if a day above 12 made them look month first:
        // that cannot happen when every date is written day first, which is what we write.
        let pairs: Vec<(NaiveDate, NaiveDate)> = pairs
            .into_iter()
            .filter_map(|(entry, length)| Some((entry, entry.checked_add_days(chrono::Days::new(length.into()))?)))
            .filter(|(_, exit)| *exit <= MAX_DATE)
            .collect();
        let text: String = pairs
            .iter()
            .map(|(entry, exit)| format!("{}{separator}{}\n", write_date(*entry, format, true), write_date(*exit, format, true)))
            .collect();
        let pasted = parse_pasted(&text);
        prop_assert_eq!(pasted.rejected, vec![]);
        let expected: Vec<Stay> = pairs
            .iter()
            .enumerate()
            .map(|(i, (entry, exit))| Stay::new(*entry, *exit).at_row(i + 1))
            .collect();
        prop_assert_eq!(pasted.stays, expected);
    }

    #[test]
    fn a_file_written_month_first_reads_month_first_once_a_date_tells(
        dates in proptest::collection::vec(date_in_range(), 1..20),
        format in proptest::sample::select(&[DateFormat::MonthFirstSlash, DateFormat::MonthFirstDash][..]),
    ) {
        // One date whose day is over 12 tells the order; every other date follows it.
        let mut text = String::from("entry,exit\n");
        text.push_str(&format!("{},\n", write_date(chrono::NaiveDate::from_ymd_opt(2025, 3, 15).unwrap(), format, true)));
        for date in &dates {
            text.push_str(&format!("{},\n", write_date(*date, format, true)));
        }
        let file = read_stays(text.as_bytes());
        prop_assert_eq!(&file.errors, &vec![]);
        let read: Vec<NaiveDate> = file.stays.iter().skip(1).map(|s| s.entry).collect();
        prop_assert_eq!(read, dates);
        prop_assert_eq!(file.date_format, Some(format));
    }

    #[test]
    fn pasted_lines_of_date_pieces_never_panic_and_read_dates_in_range(
        lines in proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(&PASTE_PIECES[..]), 0..12),
            1..6,
        ),
    ) {
        let text: String = lines.iter().map(|pieces| pieces.concat() + "\n").collect();
        let pasted = parse_pasted(&text);
        let nonblank = text.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(pasted.stays.len() + pasted.rejected.len() + pasted.headers.len(), nonblank);
        prop_assert_eq!(pasted.places.len(), pasted.stays.len());
        for stay in &pasted.stays {
            prop_assert!((MIN_DATE..=MAX_DATE).contains(&stay.entry));
            prop_assert!(stay.exit.is_none_or(|exit| exit >= stay.entry && exit <= MAX_DATE));
        }
    }

    #[test]
    fn every_nonblank_pasted_line_is_a_stay_a_header_or_rejected(text in "[\\PC\n\r]{0,200}") {
        let pasted = parse_pasted(&text);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let nonblank = text.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(pasted.stays.len() + pasted.rejected.len() + pasted.headers.len(), nonblank);
        prop_assert_eq!(pasted.places.len(), pasted.stays.len());
    }

    #[test]
    fn no_bytes_make_the_stays_reader_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut input = b"entry,exit\n".to_vec();
        input.extend_from_slice(&bytes);
        let file = read_stays(&input[..]);
        for stay in &file.stays {
            prop_assert!(stay.row.is_some());
            prop_assert!(stay.exit.is_none_or(|exit| exit >= stay.entry));
        }
    }
}
