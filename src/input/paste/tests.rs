use super::*;
use crate::date::date;

fn stays(text: &str) -> Vec<Stay> {
    let pasted = parse_pasted(text);
    assert_eq!(pasted.rejected, [], "{text:?}");
    pasted.stays
}

/// The one stay of `line`, and its place.
fn one(line: &str) -> (Stay, Option<String>) {
    let pasted = parse_pasted(line);
    assert_eq!(pasted.rejected, [], "{line:?}");
    assert_eq!(pasted.stays.len(), 1, "{line:?}");
    (pasted.stays[0], pasted.places[0].clone())
}

/// The reason `line` is rejected.
fn rejected(line: &str) -> String {
    let pasted = parse_pasted(line);
    assert_eq!(pasted.stays, [], "{line:?}");
    assert_eq!(pasted.rejected.len(), 1, "{line:?}");
    pasted.rejected[0].to_string()
}

#[test]
fn reads_each_separator_and_format() {
    let march = Stay::new(date(2025, 3, 1), date(2025, 3, 10)).at_row(1);
    for line in [
        "2025-03-01 2025-03-10",
        "2025-03-01\t2025-03-10",
        "2025-03-01-2025-03-10",
        "2025-03-01 - 2025-03-10",
        "2025-03-01 – 2025-03-10",
        "2025-03-01—2025-03-10",
        "2025-03-01..2025-03-10",
        "2025-03-01 .. 2025-03-10",
        "2025-03-01,2025-03-10",
        "2025-03-01; 2025-03-10;",
        "01.03.2025 - 10.03.2025",
        "1.3.2025-10.3.2025",
        "01/03/2025,10/03/2025",
        "01-03-2025 10-03-2025",
        "01-03-2025-10-03-2025",
        "2025/03/01 10.03.2025",
        "  01.03.2025 10.03.2025.  ",
        "2025-03-01 → 2025-03-10",
    ] {
        assert_eq!(stays(line), [march], "{line:?}");
    }
}

#[test]
fn reads_what_people_write() {
    let march = Stay::new(date(2025, 3, 12), date(2025, 3, 20)).at_row(1);
    for line in [
        // The forms people write one stay in, as found in travellers' notes.
        "12.03.2025 to 20.03.2025",
        "с 12.03.2025 по 20.03.2025",
        "12 Mar 2025 – 20 Mar 2025",
        "12 марта 2025 – 20 марта 2025",
        "12–20 March 2025",
        "12.03.25 - 20.03.25",
        "• 12.03.2025 - 20.03.2025",
        "1. 12.03.2025 - 20.03.2025",
        "12) 12.03.2025 - 20.03.2025",
        // And their neighbours.
        "from 12.03.2025 until 20.03.2025",
        "12 March 2025 to 20 March 2025",
        "12 Mar. 2025 - 20 Mar. 2025",
        "12 Mar – 20 Mar 2025",
        "12-20 March 2025",
        "March 12, 2025 – March 20, 2025",
        "March 12–20, 2025",
        "с 12 по 20 марта 2025 г.",
        "12 марта 2025 г. – 20 марта 2025 г.",
        "с 12 марта по 20 марта 2025 года",
        "12 мар 2025 - 20 мар 2025",
        "2025 жылғы 12–20 наурыз",
        "2025 жылғы 12 наурыздан 20 наурызға дейін",
        "12 наурыз 2025 – 20 наурыз 2025",
        "12.03.2025-ден 20.03.2025-ге дейін",
        "12.03.2025 бастап 20.03.2025 дейін",
        "12/03/25 20/03/25",
        "- 12.03.2025 — 20.03.2025",
        "12.03.2025\t20.03.2025\t9",
        "12.03.2025\t20.03.2025\t8",
        "12.03.2025 - 20.03.2025 (9 days)",
        "12.03.2025 - 20.03.2025, 9 дней",
        "3\t12.03.2025\t20.03.2025",
    ] {
        let (stay, place) = one(line);
        assert_eq!(stay, march, "{line:?}");
        assert_eq!(place, None, "{line:?}");
    }
}

#[test]
fn a_country_or_note_before_or_after_the_dates_is_the_place() {
    let march = Stay::new(date(2025, 3, 12), date(2025, 3, 20)).at_row(1);
    for (line, place) in [
        ("France 12.03.2025 - 20.03.2025", "France"),
        ("12.03.2025 - 20.03.2025 (Paris)", "Paris"),
        ("France: 12.03.2025 - 20.03.2025 (Paris)", "France Paris"),
        ("France\t12.03.2025\t20.03.2025\t9", "France"),
        ("1\tFrance\t12.03.2025\t20.03.2025\t9", "France"),
        ("Казахстан, с 12 по 20 марта 2025 г.", "Казахстан"),
        ("• Қазақстан 2025 жылғы 12–20 наурыз", "Қазақстан"),
        (
            "12 Mar 2025 – 20 Mar 2025 business trip (Berlin)",
            "business trip (Berlin)",
        ),
        ("Nur-Sultan 12.03.2025 20.03.2025", "Nur-Sultan"),
        ("12.03.2025 - 20.03.2025 (trip 2, Rome)", "trip 2, Rome"),
    ] {
        assert_eq!(one(line), (march, Some(place.to_string())), "{line:?}");
    }
    assert_eq!(
        one("Germany 01.06.2025"),
        (
            Stay::open(date(2025, 6, 1)).at_row(1),
            Some("Germany".into())
        )
    );
}

#[test]
fn years_said_once_and_years_across_new_year() {
    assert_eq!(
        one("28 Dec – 5 Jan 2026").0,
        Stay::new(date(2025, 12, 28), date(2026, 1, 5)).at_row(1)
    );
    assert_eq!(
        one("с 28 декабря по 5.01.2026").0,
        Stay::new(date(2025, 12, 28), date(2026, 1, 5)).at_row(1)
    );
    assert_eq!(one("1 мая 2024").0, Stay::open(date(2024, 5, 1)).at_row(1));
    // Two-digit years as POSIX strptime reads them.
    assert_eq!(
        one("01.01.68 02.01.68").0,
        Stay::new(date(2068, 1, 1), date(2068, 1, 2)).at_row(1)
    );
    assert_eq!(
        one("31.12.69 – 01.01.70").0,
        Stay::new(date(1969, 12, 31), date(1970, 1, 1)).at_row(1)
    );
    assert_eq!(
        rejected("01.01.68 02.01.69"),
        "exit 1969-01-02 is before entry 2068-01-01 (row 1)"
    );
}

#[test]
fn a_header_is_recognised_not_rejected() {
    for header in [
        "Entry\tExit",
        "entry exit",
        "Country\tEntry date\tExit date\tDays",
        "Дата въезда;Дата выезда",
        "Ел\tКелу күні\tКету күні",
        "Страна, Въезд, Выезд, Дней",
    ] {
        let pasted = parse_pasted(&format!("{header}\n12.03.2025 20.03.2025\n"));
        assert_eq!(pasted.headers, [1], "{header:?}");
        assert_eq!(pasted.rejected, [], "{header:?}");
        assert_eq!(pasted.stays.len(), 1, "{header:?}");
    }
    // Below the first line, only a line of column names is a header.
    let pasted = parse_pasted("12.03.2025 20.03.2025\nEntry\tExit\nmy trips\n");
    assert_eq!(pasted.headers, [2]);
    assert_eq!(pasted.rejected.len(), 1);
    assert_eq!(pasted.rejected[0].line, 3);
    assert_eq!(parse_pasted("Trips:\n").headers, Vec::<usize>::new());
}

#[test]
fn what_is_still_rejected_says_why() {
    for (line, reason) in [
        ("12.03.2025 9", "line 1: unexpected \"9\": one stay per line, entry then exit, then its number of days if you like"),
        ("12 Mrach 2025 - 20.03.2025", "line 1: unexpected \"12\": one stay per line, entry then exit, then its number of days if you like"),
        ("12.03.2025 20.03.2O25", "exit \"20.03.2O25\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 1)"),
        ("12.03.2025\t20.03.2025\t5", "line 1: 5 days, but the stay from 2025-03-12 to 2025-03-20 has 9 (the entry and exit days both count)"),
        ("31 February 2025", "entry \"31 February 2025\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 1)"),
        ("12.03.202 - 20.03.2025", "entry \"12.03.202\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 1)"),
        ("12.03 - 20.03.2025", "entry \"12.03\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 1)"),
        ("31.02.25", "entry \"31.02.25\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 1)"),
        ("1 Jan 1850", "entry 1850-01-01 is outside the supported range 1900-01-01 .. 2199-12-31 (row 1)"),
        ("20 марта 2025 – 12 марта 2025", "exit 2025-03-12 is before entry 2025-03-20 (row 1)"),
        ("12–20 March 2025 25.03.2025", "line 1: more than two dates (\"25.03.2025\" after the exit): one stay per line, entry then exit"),
        ("my trip to Paris", "line 1: no date on the line"),
    ] {
        assert_eq!(rejected(line), reason, "{line:?}");
    }
}

#[test]
fn dates_with_no_year_are_named_and_no_year_is_guessed() {
    // The forms people write a month's stay in without its year, in en, ru and kk: each is
    // rejected naming its dates as written (a range's both), never read with a year made up.
    for (line, dates) in [
        ("1–31 July", "1–31 July"),
        ("July 1–31", "July 1–31"),
        ("1 July - 31 July", "1 July - 31 July"),
        ("12 March – 20 March", "12 March – 20 March"),
        ("с 1 по 31 июля", "1 по 31 июля"),
        ("с 1 июля по 31 июля", "1 июля по 31 июля"),
        ("1–30 июня", "1–30 июня"),
        ("1 шілде – 31 шілде", "1 шілде – 31 шілде"),
        ("1 шілдеден 31 шілдеге дейін", "1 шілдеден 31 шілдеге"),
        ("1–31 шілде", "1–31 шілде"),
        ("12 March", "12 March"),
        ("01.03.2025 – 20 March", "20 March"),
    ] {
        assert_eq!(
            rejected(line),
            format!("line 1: {dates:?} has no year: add the year (none is guessed)"),
            "{line:?}"
        );
    }
    // With the year, the same forms are read.
    let july = Stay::new(date(2025, 7, 1), date(2025, 7, 31)).at_row(1);
    for line in [
        "1–31 July 2025",
        "с 1 по 31 июля 2025 г.",
        "1 июля 2025 – 31 июля 2025",
        "1 шілде 2025 – 31 шілде 2025",
        "2025 жылғы 1–31 шілде",
    ] {
        assert_eq!(one(line).0, july, "{line:?}");
    }
    // A date in words takes the next date's year (the year before when it comes later in
    // the year), as before.
    assert_eq!(
        one("28 Dec – 5 Jan 2026").0,
        Stay::new(date(2025, 12, 28), date(2026, 1, 5)).at_row(1)
    );
}

#[test]
fn a_single_date_is_an_open_stay_and_blank_lines_are_skipped() {
    assert_eq!(
        stays("\u{feff}\r\n2025-01-05 2025-01-06\r\n   \r\n\t\n05.06.2025\n"),
        [
            Stay::new(date(2025, 1, 5), date(2025, 1, 6)).at_row(2),
            Stay::open(date(2025, 6, 5)).at_row(5),
        ]
    );
    assert_eq!(parse_pasted(""), parse_pasted("\n\n"));
    assert_eq!(parse_pasted("").date_format, None);
}

#[test]
fn rejects_bad_lines_with_reasons_and_keeps_good_ones() {
    let text = "2025-01-01 2025-01-10\n\
                no dates here\n\
                2025-02-01 2025-02-3x\n\
                2025-03-10 2025-03-01\n\
                2025-04-01 2025-04-02 2025-04-03\n\
                2025-05-01 2025-05-02 Paris\n\
                31.02.2025\n\
                01.01.1800 02.01.1800\n\
                ---\n\
                2025-06-01 2025-06-30\n";
    let pasted = parse_pasted(text);
    assert_eq!(
        pasted.stays,
        [
            Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(1),
            Stay::new(date(2025, 5, 1), date(2025, 5, 2)).at_row(6),
            Stay::new(date(2025, 6, 1), date(2025, 6, 30)).at_row(10),
        ]
    );
    assert_eq!(pasted.places, [None, Some("Paris".to_string()), None]);
    let reasons: Vec<(usize, &str, String)> = pasted
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.code(), r.to_string()))
        .collect();
    assert_eq!(
        reasons,
        [
            (2, "bad_input", "line 2: no date on the line".into()),
            (3, "bad_date", "exit \"2025-02-3x\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 3)".into()),
            (4, "exit_before_entry", "exit 2025-03-01 is before entry 2025-03-10 (row 4)".into()),
            (5, "bad_input", "line 5: more than two dates (\"2025-04-03\" after the exit): one stay per line, entry then exit".into()),
            (7, "bad_date", "entry \"31.02.2025\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 7)".into()),
            (8, "date_out_of_range", "entry 1800-01-01 is outside the supported range 1900-01-01 .. 2199-12-31 (row 8)".into()),
            (9, "bad_input", "line 9: no date on the line".into()),
        ]
    );
    assert_eq!(pasted.rejected[2].text, "2025-03-10 2025-03-01");
}

#[test]
fn the_paste_decides_its_date_order() {
    // Two dates read month first only, one day first only: month first wins, and the
    // day-first one conflicts.
    let pasted = parse_pasted("03/15/2025 03/20/2025\n03/04/2025 03/05/2025\n13/04/2025\n");
    assert_eq!(
        pasted.stays,
        [
            Stay::new(date(2025, 3, 15), date(2025, 3, 20)).at_row(1),
            Stay::new(date(2025, 3, 4), date(2025, 3, 5)).at_row(2),
        ]
    );
    assert_eq!(pasted.date_format, Some(DateFormat::MonthFirstSlash));
    let lines: Vec<usize> = pasted.rejected.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3]);
    assert!(pasted.rejected[0]
        .to_string()
        .contains("\"13/04/2025\" written day first, but this file writes dates with / or - month first (2 to 1, as \"03/15/2025\" on line 1)"));
    // Without month-first evidence, slashes are day first; two-digit years follow the order.
    assert_eq!(
        stays("03/04/2025 03/05/2025\n03/04/25 03/05/25"),
        [
            Stay::new(date(2025, 4, 3), date(2025, 5, 3)).at_row(1),
            Stay::new(date(2025, 4, 3), date(2025, 5, 3)).at_row(2)
        ]
    );
}

#[test]
fn reports_the_format_and_survives_odd_text() {
    let pasted = parse_pasted("01.03.2025 - 10.03.2025\n2025-04-01\n05.05.2025\n");
    assert_eq!(pasted.date_format, Some(DateFormat::DayFirstDot));
    for odd in [
        "\0",
        "💥 2025-01-01 7",
        "2025-",
        "1/",
        "9999999999/1/1",
        "..",
        "–",
        "1.2.",
        "12 (",
        "мая",
        "12 мая",
        "2025 жылғы",
        "31 Dec 2199 – 1 Jan",
    ] {
        let pasted = parse_pasted(odd);
        assert!(pasted.stays.is_empty(), "{odd:?}: {pasted:?}");
        assert_eq!(pasted.rejected.len(), 1, "{odd:?}");
    }
}

#[test]
fn a_place_that_names_a_country_is_found_by_the_zones() {
    let pasted = parse_pasted(
        "France 12.03.2025 - 20.03.2025\n\
         Казахстан, с 12 по 20 апреля 2025 г.\n\
         • Қазақстан 2025 жылғы 1–5 мамыр\n\
         Germany\t01.06.2025\t05.06.2025\t5\n",
    );
    let codes: Vec<&str> = pasted
        .places
        .iter()
        .map(|place| {
            crate::zones::country(place.as_deref().unwrap_or_default())
                .map_or("?", |country| country.alpha2)
        })
        .collect();
    assert_eq!(codes, ["FR", "KZ", "KZ", "DE"]);
}
