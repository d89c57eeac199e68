//! The table for reading as an Excel workbook (`.xlsx`, feature `workbook`): the same titles
//! and values as the readable CSV ([`readable_titles`], [`readable_values`]), each cell of its
//! kind: days as numbers, days as Excel dates shown in the input's date format (or the
//! language's), words as text (never a formula, so nothing needs neutralising as in the CSV).
//! The header row is bold, frozen and filtered; each column is as wide as its longest value.
//!
//! Writing is rust_xlsxwriter's.

use crate::input::DateFormat;
use crate::web::lang::Lang;
use crate::web::team::{readable_titles, readable_values, PaperColumns, TeamLine, Value};
use chrono::Datelike;
use rust_xlsxwriter::{ColNum, ExcelDateTime, Format, FormatAlign, RowNum, Workbook, XlsxError};

/// The most rows of a sheet (Excel's limit), the header's included.
const MAX_ROWS: usize = 1_048_576;
/// The most columns of a sheet (Excel's limit).
const MAX_COLUMNS: usize = 16_384;
/// The most characters of a cell (Excel's limit): a longer value is cut there.
const MAX_TEXT: usize = 32_767;
/// The narrowest and widest a column is made, in characters.
const WIDTHS: (usize, usize) = (8, 50);
/// The most characters of a title that widen its column: a longer title wraps instead.
const TITLE_WIDTH: usize = 20;
/// The columns of the table for reading besides the carried ones (and the passport's).
const OWN_COLUMNS: usize = 9;
/// The characters of a date in any [`DateFormat`].
const DATE_WIDTH: usize = 10;

/// Whether a table of `people` lines and `carried` columns fits in one sheet: Excel's limits of
/// 1,048,576 rows (the header's one) and 16,384 columns. [`readable_xlsx`] writes any table
/// that fits.
pub(crate) fn fits_a_sheet(people: usize, carried: usize) -> bool {
    people < MAX_ROWS && carried + OWN_COLUMNS <= MAX_COLUMNS
}

/// The table for reading as the bytes of an `.xlsx` workbook of one sheet named in `lang`: a
/// row of [`readable_titles`], then one row per line in the order given of
/// [`readable_values`]; dates are Excel dates shown as `dates` writes them (a day Excel cannot
/// hold, before 1900, is written as text), an empty value or text an empty cell.
///
/// # Errors
///
/// When the table does not fit in a sheet ([`fits_a_sheet`]).
pub(crate) fn readable_xlsx<'a>(
    lines: impl IntoIterator<Item = &'a TeamLine>,
    carried: &[String],
    papers: PaperColumns,
    lang: Lang,
    dates: DateFormat,
) -> Result<Vec<u8>, XlsxError> {
    let titles = readable_titles(carried, papers, lang);
    let title_format = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let date_format = Format::new().set_num_format(number_format(dates));
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(lang.team_texts().sheet_name)?;
    let mut widths: Vec<usize> = titles
        .iter()
        .map(|title| title.chars().count().min(TITLE_WIDTH))
        .collect();
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, column(col)?, *title, &title_format)?;
    }
    let mut last: RowNum = 0;
    for (n, line) in lines.into_iter().enumerate() {
        last = RowNum::try_from(n + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (col, value) in readable_values(line, carried.len(), papers, lang)
            .into_iter()
            .enumerate()
        {
            let at = column(col)?;
            let width = match value {
                Value::Text(text) if text.is_empty() => 0,
                Value::Text(text) => {
                    let text = cut(&text);
                    sheet.write_string(last, at, text)?;
                    text.chars().count()
                }
                Value::Number(n) => {
                    sheet.write_number(last, at, n)?;
                    n.checked_ilog10().map_or(1, |digits| digits as usize + 1)
                }
                Value::Date(day) => match excel_date(day) {
                    Some(day) => {
                        sheet.write_date_with_format(last, at, &day, &date_format)?;
                        DATE_WIDTH
                    }
                    None => {
                        let text = dates.write(day);
                        sheet.write_string(last, at, &text)?;
                        text.chars().count()
                    }
                },
                Value::Empty => 0,
            };
            widths[col] = widths[col].max(width);
        }
    }
    for (col, width) in widths.into_iter().enumerate() {
        let width = (width + 2).clamp(WIDTHS.0, WIDTHS.1);
        sheet.set_column_width(column(col)?, width as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last, column(titles.len() - 1)?)?;
    workbook.save_to_buffer()
}

/// Column `n` of a sheet, if a sheet has it.
fn column(n: usize) -> Result<ColNum, XlsxError> {
    ColNum::try_from(n)
        .ok()
        .filter(|&n| usize::from(n) < MAX_COLUMNS)
        .ok_or(XlsxError::RowColumnLimitError)
}

/// `text`, cut to the characters a cell holds.
fn cut(text: &str) -> &str {
    match text.char_indices().nth(MAX_TEXT) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// `day` as Excel holds it, if it can: from 1900 to 9999.
fn excel_date(day: chrono::NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(day.year()).ok()?;
    let (month, day) = (
        u8::try_from(day.month()).ok()?,
        u8::try_from(day.day()).ok()?,
    );
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// The Excel number format that shows a date as `dates` writes it (a slash is escaped, so that
/// Excel keeps it rather than the system's date separator).
fn number_format(dates: DateFormat) -> &'static str {
    match dates {
        DateFormat::Iso => "yyyy-mm-dd",
        DateFormat::YearFirstSlash => r"yyyy\/mm\/dd",
        DateFormat::YearFirstDot => "yyyy.mm.dd",
        DateFormat::DayFirstDot => "dd.mm.yyyy",
        DateFormat::DayFirstSlash => r"dd\/mm\/yyyy",
        DateFormat::DayFirstDash => "dd-mm-yyyy",
        DateFormat::MonthFirstSlash => r"mm\/dd\/yyyy",
        DateFormat::MonthFirstDash => "mm-dd-yyyy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::web::team::readable::tests::lines;
    use calamine::{Data, Reader, Xlsx};
    use std::io::Cursor;

    /// The workbook `bytes` read back by calamine: its sheets' names, and the first sheet.
    fn read_back(bytes: Vec<u8>) -> (Vec<String>, calamine::Range<Data>) {
        let mut book = Xlsx::new(Cursor::new(bytes)).expect("an .xlsx calamine reads");
        let names = book.sheet_names();
        let range = book.worksheet_range(&names[0]).unwrap();
        (names, range)
    }

    fn day(cell: &Data) -> Option<chrono::NaiveDate> {
        match cell {
            Data::DateTime(value) if value.is_datetime() => value.as_datetime().map(|d| d.date()),
            _ => None,
        }
    }

    const FILE: &str = "ФИО;Отдел;Дата въезда;Дата выезда\n\
                        Иванов Иван;=HYPERLINK(1);01.01.2026;\n\
                        \"Doe; Jo\";Продажи;01.03.2026;05.03.2026\n\
                        Петров Пётр;ИТ;32.13.2026;\n";

    #[test]
    fn the_workbook_holds_the_readable_table_each_value_a_cell_of_its_kind() {
        let (lines, carried) = lines(FILE, date(2026, 4, 20));
        let bytes = readable_xlsx(
            &lines,
            &carried,
            PaperColumns::default(),
            Lang::Ru,
            DateFormat::DayFirstDot,
        )
        .unwrap();
        let (names, range) = read_back(bytes);
        assert_eq!(names, ["Группа"]);
        assert_eq!(range.get_size(), (4, 10));
        let titles: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(
            titles,
            readable_titles(&carried, PaperColumns::default(), Lang::Ru)
        );
        assert_eq!(titles[..3], ["Имя", "Статус", "Использовано дней"]);
        // Every value as readable_values has it: words as text, days as numbers, dates as dates.
        for (line, row) in lines.iter().zip(range.rows().skip(1)) {
            for (value, cell) in
                readable_values(line, carried.len(), PaperColumns::default(), Lang::Ru)
                    .iter()
                    .zip(row)
            {
                match value {
                    Value::Text(text) if text.is_empty() => assert_eq!(cell, &Data::Empty),
                    Value::Text(text) => assert_eq!(cell, &Data::String(text.to_string())),
                    Value::Number(n) => assert_eq!(cell, &Data::Float(f64::from(*n))),
                    Value::Date(d) => assert_eq!(day(cell), Some(*d), "{cell:?}"),
                    Value::Empty => assert_eq!(cell, &Data::Empty),
                }
            }
        }
        // Still there: 110 days from 1 January to 20 April, the 91st day 1 April 2026; the
        // formula-like department is text as typed, not a formula.
        let ivanov = &range.rows().nth(1).unwrap();
        assert_eq!(ivanov[0], Data::String("Иванов Иван".into()));
        assert_eq!(ivanov[1], Data::String("Нарушение срока пребывания".into()));
        assert_eq!(
            (&ivanov[2], &ivanov[3]),
            (&Data::Float(110.0), &Data::Float(0.0))
        );
        assert_eq!(day(&ivanov[5]), Some(date(2026, 4, 1)));
        assert_eq!(ivanov[8], Data::String("=HYPERLINK(1)".into()));
        assert_eq!(ivanov[9], Data::String("schengen".into()));
        // No readable row: "check rows", and no number or date.
        let petrov = &range.rows().nth(3).unwrap();
        assert_eq!(petrov[1], Data::String("Проверить строки".into()));
        assert!(
            petrov[2..8].iter().all(|cell| cell == &Data::Empty),
            "{petrov:?}"
        );
    }

    #[test]
    fn every_date_format_is_a_date_format_to_a_spreadsheet() {
        let (lines, carried) = lines(FILE, date(2026, 4, 20));
        for dates in [
            DateFormat::Iso,
            DateFormat::YearFirstSlash,
            DateFormat::YearFirstDot,
            DateFormat::DayFirstDot,
            DateFormat::DayFirstSlash,
            DateFormat::DayFirstDash,
            DateFormat::MonthFirstSlash,
            DateFormat::MonthFirstDash,
        ] {
            let (_, range) = read_back(
                readable_xlsx(&lines, &carried, PaperColumns::default(), Lang::En, dates).unwrap(),
            );
            assert_eq!(day(&range[(1, 5)]), Some(date(2026, 4, 1)), "{dates:?}");
        }
    }

    #[test]
    fn a_day_before_1900_is_written_as_text() {
        let (mut lines, carried) = lines(FILE, date(2026, 4, 20));
        lines[1].latest_exit = Some(date(1899, 3, 1));
        let bytes = readable_xlsx(
            &lines,
            &carried,
            PaperColumns::default(),
            Lang::En,
            DateFormat::Iso,
        )
        .unwrap();
        let (_, range) = read_back(bytes);
        assert_eq!(range[(2, 4)], Data::String("1899-03-01".into()));
    }

    #[test]
    fn each_language_names_its_sheet_and_an_empty_table_is_a_header() {
        for (lang, sheet) in [(Lang::En, "Team"), (Lang::Ru, "Группа"), (Lang::Kk, "Топ")]
        {
            let bytes =
                readable_xlsx([], &[], PaperColumns::default(), lang, DateFormat::Iso).unwrap();
            let (names, range) = read_back(bytes);
            assert_eq!(names, [sheet]);
            assert_eq!(range.get_size(), (1, OWN_COLUMNS), "{lang:?}");
        }
    }

    #[test]
    fn a_sheet_holds_a_million_people_and_sixteen_thousand_columns() {
        assert!(fits_a_sheet(MAX_ROWS - 1, MAX_COLUMNS - OWN_COLUMNS));
        assert!(!fits_a_sheet(MAX_ROWS, 0));
        assert!(!fits_a_sheet(0, MAX_COLUMNS - OWN_COLUMNS + 1));
    }

    #[test]
    fn a_long_text_is_cut_at_a_cell_s_characters() {
        let long = "ж".repeat(MAX_TEXT + 5);
        assert_eq!(cut(&long).chars().count(), MAX_TEXT);
        assert_eq!(cut("short"), "short");
    }
}
