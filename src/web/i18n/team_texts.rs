//! What every language must say in the team view (the texts it shares with the traveller
//! view, such as the column names of the answer, come from [`crate::web::i18n::Texts`]).

use chrono::NaiveDate;

/// Every text of the team view in one language.
pub(crate) struct TeamTexts {
    /// A count as this language groups its digits (`1,000,000`, `1 000 000`).
    pub number: fn(usize) -> String,

    /// The label of the switch between the views.
    pub views: &'static str,
    /// The traveller view's tab.
    pub tab_traveller: &'static str,
    /// The team view's tab.
    pub tab_team: &'static str,
    /// The team page's heading.
    pub title: &'static str,
    /// The line under it: what it does and that nothing is uploaded.
    pub tagline: &'static str,

    /// The input section's heading.
    pub input_heading: &'static str,
    /// The drop zone's text.
    pub drop_hint: &'static str,
    /// The file picker.
    pub choose_file: &'static str,
    /// What a team file holds.
    pub format_hint: &'static str,
    /// The paste box's label.
    pub paste_label: &'static str,
    /// The button that checks the pasted rows.
    pub run: &'static str,
    /// The default rule field.
    pub default_rule: &'static str,
    /// The default rule's choice "none: every row names its rule".
    pub rule_from_file: &'static str,
    /// Said in place of the default rule field when a file is checked by zone.
    pub rule_by_zone: &'static str,
    /// The warning threshold field.
    pub warn_below: &'static str,
    /// Said before anything is loaded.
    pub start_hint: &'static str,
    /// The name of the file being checked.
    pub file_name: fn(&str) -> String,
    /// Said for pasted rows in place of a file name.
    pub pasted_rows: &'static str,

    /// Progress while the browser loads the file.
    pub loading: &'static str,
    /// Progress while reading: rows done of rows total (already formatted).
    pub reading: fn(&str, &str) -> String,
    /// Progress while checking: people done of people total.
    pub checking: fn(&str, &str) -> String,
    /// Progress while exporting: lines done of lines total.
    pub exporting: fn(&str, &str) -> String,
    /// The file could not be read at all, and why.
    pub file_error: fn(&str) -> String,

    /// What was read: people and rows.
    pub summary: fn(usize, usize) -> String,
    /// The check date and the rule for rows that name none (none: each row names its own).
    pub checked_on: fn(NaiveDate, Option<&str>) -> String,
    /// What was read by zone: lines (a person in a zone each), people and rows.
    pub summary_by_zone: fn(usize, usize, usize) -> String,
    /// Said after either summary when rows could not be read: how many of the rows, and their
    /// lines (already listed, `3, 4, …`).
    pub unread_rows: fn(usize, &str) -> String,
    /// The check date of a report by zone (a file with country and nationality columns).
    pub checked_by_zone: fn(NaiveDate) -> String,
    /// The headers of a report by zone's own columns: zone, zone name, countries,
    /// nationality, days present (the table leaves out the sixth, why, in English words:
    /// the exports keep it).
    pub zone_columns: [&'static str; 5],
    /// The title of the exports' sixth zone column: why the zone's rule applies.
    pub zone_why: &'static str,
    /// How the dates were written (the format, as `DD.MM.YYYY`).
    pub date_format: fn(&str) -> String,
    /// Said when person cells that differ only in letter case, spaces or dots were read as
    /// one person: before the list of `spelling (line N) → person`.
    pub spellings: &'static str,
    /// One of [`TeamTexts::spellings`]: the other spelling, its line, the person as shown.
    pub spelling: fn(&str, u32, &str) -> String,
    /// Rows in a country outside their rule's zone on every day (how many, and their lines
    /// listed): not counted under the rule, not bad rows.
    pub elsewhere: fn(usize, &str) -> String,
    /// Said when the file was not UTF-8 and was read in another encoding (its name).
    pub encoding: fn(&str) -> String,
    /// Said when a workbook was read: the sheet's name and its header's row.
    pub sheet: fn(&str, usize) -> String,

    /// The person column.
    pub person: &'static str,
    /// The rule column.
    pub rule: &'static str,
    /// The earliest full stay column.
    pub earliest_full_stay: &'static str,
    /// The next planned trip column.
    pub next_planned: &'static str,
    /// The status column.
    pub status: &'static str,
    /// The first unlawful day column.
    pub first_unlawful_day: &'static str,
    /// Before the column names on a phone, where the table is a card per line and its
    /// headers are buttons that sort.
    pub sort_by: &'static str,
    /// The mark of a person some of whose rows could not be read.
    pub flagged: &'static str,
    /// The status of a person some of whose rows could not be read.
    pub check_rows: &'static str,
    /// The amber status of a group of lines (a count, a filter, a column) some close to the
    /// limit and some amber only because rows may be one stay.
    pub amber_either: &'static str,
    /// The status of a zone where the person's nationality has no limit (a report by zone).
    pub no_limit: &'static str,
    /// The status of a zone for which no rule is known for the nationality (by zone).
    pub no_rule_known: &'static str,
    /// The status of a person whose passport fails a current or planned stay, and the title
    /// of the passport column of the table for reading.
    pub passport: &'static str,
    /// Why the passport fails: the trip (entry, exit), the date a new one is needed by, and
    /// which conditions fail (valid 3 months after the exit; issued within 10 years).
    pub passport_fails: fn(NaiveDate, NaiveDate, NaiveDate, bool, bool) -> String,
    /// The next planned trip's words when the passport fails it though the rule's day count
    /// allows it: the trip (entry, exit), the date a new passport is needed by, and the last
    /// day the days alone would allow (never "fine").
    pub trip_passport_fails: fn(NaiveDate, NaiveDate, NaiveDate, Option<NaiveDate>) -> String,
    /// Added to the rule's words of a trip that breaks it when the passport fails it too:
    /// the date a new passport is needed by.
    pub trip_passport_too: fn(NaiveDate) -> String,
    /// The next planned trip's words when the passport could not be checked though the
    /// rule's day count allows the trip: the trip (entry, exit), why (`true`: no expiry date
    /// given; `false`: the person's rows give different passport dates or could not be
    /// read), and the last day the days alone would allow (never "fine").
    pub trip_passport_unchecked: fn(NaiveDate, NaiveDate, bool, Option<NaiveDate>) -> String,
    /// Added to the rule's words of a trip that breaks it when the passport could not be
    /// checked either: why, as above.
    pub trip_passport_unchecked_too: fn(bool) -> String,
    /// The passport is fine for every current and planned stay: "valid until DATE".
    pub passport_ok: fn(NaiveDate) -> String,
    /// Not checked: the rule has no sourced passport conditions.
    pub passport_no_conditions: &'static str,
    /// Not checked: only the issue date is given.
    pub passport_no_expiry: &'static str,
    /// Not checked: some of the person's rows give another passport date or could not be
    /// read.
    pub passport_unclear: &'static str,
    /// The title of a person's visa (the person panel, the table's note).
    pub visa: &'static str,
    /// Not checked: some of the person's rows give another visa, part of one, or could not
    /// be read.
    pub visa_unclear: &'static str,
    /// A current or planned trip entered on a day no visa in the file covers: checked by the
    /// day count alone.
    pub visa_outside: fn(NaiveDate) -> String,
    /// After the words of a trip that breaks its visa though the day count allows it: the
    /// last day the days alone would allow (nothing when they allow none), a sentence.
    pub trip_visa_days_only: fn(Option<NaiveDate>) -> String,
    /// A trip (entry, exit) the visa could not be checked for: the person's rows give
    /// different visa values, part of one, or could not be read (a sentence).
    pub trip_visa_unchecked: fn(NaiveDate, NaiveDate) -> String,
    /// The button that opens a person, for screen readers: "Open NAME".
    pub open_person: fn(&str) -> String,

    /// The status filter.
    pub filter_status: &'static str,
    /// Every status.
    pub all: &'static str,
    /// The carried column filter.
    pub filter_column: &'static str,
    /// No carried column filter.
    pub no_column: &'static str,
    /// The value looked for in that column.
    pub filter_value: &'static str,
    /// The name search.
    pub search: &'static str,
    /// Which lines are shown: first, last, of how many (after filtering).
    pub shown: fn(&str, &str, &str) -> String,
    /// Said when no line passes the filters.
    pub no_match: &'static str,
    /// The previous page button.
    pub previous: &'static str,
    /// The next page button.
    pub next: &'static str,
    /// The page size field.
    pub page_size: &'static str,

    /// The export button.
    pub export: &'static str,
    /// The button exporting the table for reading (titles and statuses in words).
    pub export_readable: &'static str,
    /// The button exporting the same table as an Excel workbook. This and the next two only
    /// with the feature `workbook` (the team page's bundle), so that the traveller page, which
    /// holds these texts for its team tab, does not grow by them.
    #[cfg(feature = "workbook")]
    pub export_xlsx: &'static str,
    /// Why that button is disabled when the table has more people than a sheet's rows.
    #[cfg(feature = "workbook")]
    pub export_xlsx_too_big: &'static str,
    /// The name of that workbook's sheet: at most 31 characters, none of `[]:*?/\`.
    #[cfg(feature = "workbook")]
    pub sheet_name: &'static str,
    /// The link to a template file.
    pub template: &'static str,
    /// The heading of the counts per value of a carried column.
    pub by_column: &'static str,
    /// The label of the choice of that column.
    pub by_column_choice: &'static str,
    /// The total column of those counts.
    pub total: &'static str,
    /// The print button.
    pub print: &'static str,

    /// The heading of the rows named below: those that could not be read, and those read and
    /// counted whose passport date differs from the person's other rows (their passport is
    /// not checked), and those read and counted whose visa differs, is given in part, or ends
    /// before it starts (their visa is not checked).
    pub errors_heading: fn(usize, usize, usize) -> String,
    /// The line column of that list.
    pub line: &'static str,
    /// The column column.
    pub column: &'static str,
    /// The value column.
    pub value: &'static str,
    /// The problem column.
    pub problem: &'static str,
    /// Said after the listed problems when there were more.
    pub more_problems: fn(usize) -> String,
    /// The people named only in rows that could not be read.
    pub unread: &'static str,

    /// The person panel's close button.
    pub close: &'static str,
    /// How editing a person works.
    pub edit_hint: &'static str,

    /// What the page keeps in the browser, and that files are never kept.
    pub saved_note: &'static str,
    /// The button that forgets what the page keeps.
    pub forget: &'static str,
    /// The question asked before forgetting.
    pub forget_confirm: &'static str,
    /// The button that forgets, once asked.
    pub forget_yes: &'static str,
    /// The button that hides a notice.
    pub dismiss: &'static str,
    /// The edits of N people from the last visit were applied again.
    pub edits_restored: fn(usize) -> String,
    /// The edits of N people are applied.
    pub edits_applied: fn(usize) -> String,
    /// N people's edits could not be applied to the lines now.
    pub edits_missed: fn(usize) -> String,
    /// The edits of N people were made to another input (a file of this name, if one).
    pub edits_elsewhere: fn(usize, Option<&str>) -> String,
    /// The button that discards the edits of this input.
    pub discard_edits: &'static str,
    /// The question asked before discarding the edits of N people.
    pub discard_confirm: fn(usize) -> String,
    /// The button that discards, once asked.
    pub discard_yes: &'static str,
    /// The button that forgets the edits made to another input.
    pub forget_edits: &'static str,
    /// The last file (its name) is not kept; N people's edits wait for it.
    pub file_not_kept: fn(&str, usize) -> String,
    /// The rows pasted last time (their size in bytes) were too large to keep.
    pub text_not_kept_last: fn(usize) -> String,
    /// These pasted rows (their size in bytes) are too large to keep.
    pub text_too_large: fn(usize) -> String,
    /// The browser's storage is full: the pasted rows are not kept.
    pub storage_full: &'static str,
    /// The browser keeps nothing for the page.
    pub storage_off: &'static str,
    /// N fields of the saved data could not be read; the rest is restored.
    pub saved_damaged: fn(usize) -> String,
    /// The saved data could not be read at all.
    pub saved_unreadable: &'static str,
    /// The saved data is from a newer release.
    pub saved_newer: &'static str,
}

/// `bytes` in megabytes (of 1,048,576 bytes), rounded up to a tenth (so that a size over a
/// limit never reads as the limit), with one decimal unless whole, the decimal separator
/// `point`: `2.5`, `2`.
pub(crate) fn megabytes(bytes: usize, point: char) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1_048_576);
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        d => format!("{}{point}{d}", tenths / 10),
    }
}

/// `n` with its digits grouped in threes by `separator`.
pub(crate) fn grouped(n: usize, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::lang::Lang;

    #[test]
    fn counts_group_their_digits_the_language_s_way() {
        assert_eq!((Lang::En.team_texts().number)(1_000_000), "1,000,000");
        assert_eq!((Lang::En.team_texts().number)(999), "999");
        assert_eq!((Lang::En.team_texts().number)(0), "0");
        assert_eq!((Lang::Ru.team_texts().number)(12_345), "12\u{a0}345");
        assert_eq!((Lang::Kk.team_texts().number)(100_000), "100\u{a0}000");
    }

    #[test]
    fn counts_of_people_agree_with_their_number() {
        assert_eq!((Lang::En.team_texts().summary)(1, 1), "1 person from 1 row");
        assert_eq!(
            (Lang::En.team_texts().summary)(12, 19),
            "12 people from 19 rows"
        );
        assert_eq!(
            (Lang::Ru.team_texts().summary)(2, 21),
            "2 человека, 21 строка"
        );
        assert_eq!(
            (Lang::Ru.team_texts().summary)(5, 1_000_000),
            "5 человек, 1\u{a0}000\u{a0}000 строк"
        );
        assert_eq!((Lang::Kk.team_texts().summary)(5, 12), "5 адам, 12 жол");
    }

    #[test]
    fn rows_not_read_are_counted_and_their_lines_named() {
        let [en, ru, kk] = Lang::ALL.map(|lang| lang.team_texts().unread_rows);
        assert_eq!(en(1, "4"), ", 1 of them unreadable (line 4)");
        assert_eq!(en(3, "3, 4, 9"), ", 3 of them unreadable (lines 3, 4, 9)");
        assert_eq!(ru(1, "4"), ", из них 1 не прочитана (строка 4)");
        assert_eq!(ru(3, "3, 4, 9"), ", из них 3 не прочитаны (строки 3, 4, 9)");
        assert_eq!(
            ru(12, "3, 4, …"),
            ", из них 12 не прочитано (строки 3, 4, …)"
        );
        assert_eq!(kk(1, "4"), ", оның ішінде 1 жол оқылмады (4-жол)");
        assert_eq!(
            kk(3, "3, 4, 9"),
            ", оның ішінде 3 жол оқылмады (жолдар: 3, 4, 9)"
        );
    }

    #[test]
    fn every_language_says_every_progress_with_its_numbers() {
        for lang in Lang::ALL {
            let texts = lang.team_texts();
            for said in [
                (texts.reading)("7", "10"),
                (texts.checking)("7", "10"),
                (texts.exporting)("7", "10"),
            ] {
                assert!(said.contains('7') && said.contains("10"), "{said}");
            }
            assert!((texts.file_error)("why").contains("why"));
            let on = crate::date::date(2026, 1, 1);
            assert!((texts.checked_on)(on, Some("R")).contains("2026"));
            assert!((texts.checked_on)(on, Some("R")).contains('R'));
            assert!((texts.errors_heading)(3, 0, 0).contains('3'));
            let both = (texts.errors_heading)(3, 2, 0);
            assert!(both.contains('3') && both.contains('2'), "{both}");
            let passport_only = (texts.errors_heading)(0, 2, 0);
            assert!(!passport_only.contains('0'), "{passport_only}");
            let visa_only = (texts.errors_heading)(0, 0, 7);
            assert!(
                visa_only.contains('7') && !visa_only.contains('0'),
                "{visa_only}"
            );
            assert!(!texts.tab_team.is_empty() && !texts.tab_traveller.is_empty());
        }
    }

    #[test]
    fn every_language_says_the_numbers_and_names_of_what_was_kept() {
        for lang in Lang::ALL {
            let texts = lang.team_texts();
            for said in [
                (texts.edits_restored)(7),
                (texts.edits_applied)(7),
                (texts.edits_missed)(7),
                (texts.edits_elsewhere)(7, None),
                (texts.discard_confirm)(7),
                (texts.saved_damaged)(7),
            ] {
                assert!(said.contains('7'), "{said}");
            }
            assert!((texts.edits_elsewhere)(7, Some("a.csv")).contains("a.csv"));
            let not_kept = (texts.file_not_kept)("a.csv", 7);
            assert!(
                not_kept.contains("a.csv") && not_kept.contains('7'),
                "{not_kept}"
            );
            assert!(!(texts.file_not_kept)("a.csv", 0).contains('0'));
            // 2.5 MB, and the 2 MB limit of a paste kept.
            for said in [
                (texts.text_too_large)(2_621_440),
                (texts.text_not_kept_last)(2_621_440),
            ] {
                assert!(said.contains("2.5") || said.contains("2,5"), "{said}");
            }
            let too_large = (texts.text_too_large)(2_621_440);
            assert!(
                too_large.contains("2 ") || too_large.contains("2\u{a0}"),
                "{too_large}"
            );
        }
    }

    #[test]
    fn sizes_are_said_in_megabytes() {
        assert_eq!(megabytes(2 * 1024 * 1024, '.'), "2");
        assert_eq!(megabytes(2_621_440, ','), "2,5");
        assert_eq!(megabytes(3_000_000, '.'), "2.9");
        assert_eq!(megabytes(0, '.'), "0");
        assert_eq!(megabytes(2 * 1024 * 1024 + 1, '.'), "2.1");
        // The texts say the limit is 2 MB.
        assert_eq!(megabytes(crate::web::team::MAX_TEXT, '.'), "2");
    }
}
