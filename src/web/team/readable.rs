//! What the team page hands to people rather than programs: the table as a CSV a manager opens
//! in a spreadsheet (titles and statuses in the page's language, dates and separator as the
//! input had them), a template file to start from, and the counts per status of each value of
//! a carried column (a department summary).
//!
//! The full machine CSV (the command line's report, [`crate::web::team::ExportJob`]) stays
//! beside the readable one: this one is for reading, that one for other programs.

use crate::input::DateFormat;
use crate::report::{push_cell, ReportStatus};
use crate::web::i18n::{passport_text, team_trip_visa_text, visa_text, TeamTexts, Texts};
use crate::web::lang::Lang;
use crate::web::team::TeamLine;
use std::borrow::Cow;

/// How a readable CSV is written: its separator and its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dialect {
    /// `,` or `;`.
    pub separator: char,
    /// How dates are written.
    pub dates: DateFormat,
}

impl Dialect {
    /// The input's dialect where it had one a spreadsheet opens as a table: its separator when
    /// it was `,` or `;` (not a tab, nor a workbook's), its date format when dates were read
    /// as text; otherwise the language's: `;` and `DD.MM.YYYY` for Russian and Kazakh (Excel in
    /// those locales splits on `;`), `,` and `YYYY-MM-DD` for English.
    pub fn of(separator: Option<char>, dates: Option<DateFormat>, lang: Lang) -> Dialect {
        let (own_separator, own_dates) = match lang {
            Lang::En => (',', DateFormat::Iso),
            Lang::Ru | Lang::Kk => (';', DateFormat::DayFirstDot),
        };
        Dialect {
            separator: separator
                .filter(|c| matches!(c, ',' | ';'))
                .unwrap_or(own_separator),
            dates: dates.unwrap_or(own_dates),
        }
    }
}

/// A status in words, in the language of `texts` and `team`, an amber one said for what it
/// means (`amber`, [`Texts::status_words`]).
pub(crate) fn status_word(
    texts: &Texts,
    team: &TeamTexts,
    status: ReportStatus,
    amber: Option<crate::Amber>,
) -> &'static str {
    match status {
        ReportStatus::Checked(status) => texts.status_words(status, amber),
        ReportStatus::CheckRows => team.check_rows,
        ReportStatus::NoLimit => team.no_limit,
        ReportStatus::NoRuleKnown => team.no_rule_known,
        ReportStatus::Passport => team.passport,
    }
}

/// One line of CSV from `cells`, each quoted or neutralised as a spreadsheet needs
/// ([`push_cell`]: any locale's separator is quoted, a formula-like value starts with `'`).
fn push_line<'a>(out: &mut String, separator: char, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// A value of the table for reading, of its kind: a CSV writes each as text, a workbook as a
/// cell of that kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value<'a> {
    /// Words (a name, a status, a carried value).
    Text(Cow<'a, str>),
    /// A count of days.
    Number(u32),
    /// A day.
    Date(chrono::NaiveDate),
    /// Nothing to say (a person none of whose rows could be read, no planned trip).
    Empty,
}

/// Which papers' columns the table for reading has: the passport's when the file has a
/// passport column, the visa's when it has the visa columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PaperColumns {
    pub passport: bool,
    pub visa: bool,
}

/// The titles of the table for reading in `lang`: the person, the status, the days used and
/// remaining, the latest exit, the first unlawful day, the earliest full stay, the next
/// planned trip, the `carried` columns under their own names, the rule, and the passport
/// when the file has a passport column, and the visa when it has the visa columns (`papers`).
pub(crate) fn readable_titles(carried: &[String], papers: PaperColumns, lang: Lang) -> Vec<&str> {
    let (texts, team) = (lang.texts(), lang.team_texts());
    let mut titles = vec![
        team.person,
        team.status,
        texts.days_used,
        texts.days_remaining,
        texts.latest_exit,
        team.first_unlawful_day,
        team.earliest_full_stay,
        team.next_planned,
    ];
    titles.extend(carried.iter().map(String::as_str));
    titles.push(team.rule);
    if papers.passport {
        titles.push(team.passport);
    }
    if papers.visa {
        titles.push(team.visa);
    }
    titles
}

/// The values of `line` under [`readable_titles`] with `carried` columns (and the passport
/// and the visa as `papers` asks): the status, the next planned trip and the papers in words
/// in `lang`, a
/// missing number or date [`Value::Empty`].
pub(crate) fn readable_values(
    line: &TeamLine,
    carried: usize,
    papers: PaperColumns,
    lang: Lang,
) -> Vec<Value<'_>> {
    let (texts, team) = (lang.texts(), lang.team_texts());
    let number = |n: Option<u32>| n.map_or(Value::Empty, Value::Number);
    let date = |d: Option<chrono::NaiveDate>| d.map_or(Value::Empty, Value::Date);
    let mut values = vec![
        Value::Text(Cow::Borrowed(&line.person)),
        Value::Text(Cow::Borrowed(status_word(
            texts,
            team,
            line.status,
            line.amber,
        ))),
        number(line.days_used),
        number(line.left()),
        date(line.latest_exit),
        date(line.first_unlawful_day),
        date(line.earliest_full_stay),
        line.next_planned.as_ref().map_or(Value::Empty, |v| {
            Value::Text(Cow::Owned(team_trip_visa_text(
                texts,
                team,
                v,
                line.passport.as_deref(),
                line.visa.as_deref(),
            )))
        }),
    ];
    let at = values.len();
    values.extend((0..carried).map(|n| Value::Text(Cow::Borrowed(line.carried(n)))));
    if let Some((zone, why)) = line.zone {
        // By zone the report's own columns come first among the carried ones: the zone's name
        // (1) and why (5) in the page's language, as the table says them.
        if carried > 5 {
            values[at + 1] = Value::Text(Cow::Borrowed(zone.name(lang.code())));
            values[at + 5] = Value::Text(Cow::Owned((texts.zones.why)(why, line.carried(3))));
        }
    }
    values.push(Value::Text(Cow::Borrowed(&line.rule)));
    if papers.passport {
        values.push(line.passport.as_ref().map_or(Value::Empty, |p| {
            Value::Text(Cow::Owned(passport_text(team, p)))
        }));
    }
    if papers.visa {
        values.push(line.visa.as_ref().map_or(Value::Empty, |v| {
            Value::Text(Cow::Owned(visa_text(texts, team, v)))
        }));
    }
    values
}

/// The table for a manager: after a UTF-8 byte-order mark, a line of [`readable_titles`], then
/// one line per person in the order given, of [`readable_values`] with the dates in the
/// dialect's format. A missing number or date is an empty cell.
pub(crate) fn readable_csv<'a>(
    lines: impl IntoIterator<Item = &'a TeamLine>,
    carried: &[String],
    papers: PaperColumns,
    lang: Lang,
    dialect: Dialect,
) -> String {
    let mut out = String::from("\u{feff}");
    push_line(
        &mut out,
        dialect.separator,
        readable_titles(carried, papers, lang),
    );
    for line in lines {
        let cells: Vec<Cow<str>> = readable_values(line, carried.len(), papers, lang)
            .into_iter()
            .map(|value| match value {
                Value::Text(text) => text,
                Value::Number(n) => Cow::Owned(n.to_string()),
                Value::Date(d) => Cow::Owned(dialect.dates.write(d)),
                Value::Empty => Cow::Borrowed(""),
            })
            .collect();
        push_line(
            &mut out,
            dialect.separator,
            cells.iter().map(|cell| &**cell),
        );
    }
    out
}

/// A team file to start from, in the page's language: a header the reader knows (the person,
/// a department, entry, exit, rule, planned and passport expiry) and three example rows (a
/// past trip, a trip still under way, a planned one; one without a passport date), in the
/// language's separator and date format. Read back, it gives three people and no bad row.
pub(crate) fn template(lang: Lang) -> String {
    let dialect = Dialect::of(None, None, lang);
    let d = |y, m, day| dialect.dates.write(crate::date::date(y, m, day));
    let (header, rows): ([&str; 7], [[String; 7]; 3]) = match lang {
        Lang::En => (
            [
                "person",
                "department",
                "entry",
                "exit",
                "rule",
                "planned",
                "passport expiry",
            ],
            [
                [
                    "Berg, Ana".into(),
                    "Sales".into(),
                    d(2026, 1, 5),
                    d(2026, 1, 20),
                    String::new(),
                    "no".into(),
                    d(2031, 5, 10),
                ],
                [
                    "Ben Okafor".into(),
                    "Engineering".into(),
                    d(2026, 2, 1),
                    String::new(),
                    "schengen".into(),
                    "no".into(),
                    String::new(),
                ],
                [
                    "Chloé Martin".into(),
                    "Legal".into(),
                    d(2026, 9, 1),
                    d(2026, 9, 14),
                    String::new(),
                    "yes".into(),
                    d(2029, 8, 31),
                ],
            ],
        ),
        Lang::Ru => (
            [
                "ФИО",
                "Отдел",
                "Дата въезда",
                "Дата выезда",
                "Правило",
                "Планируется",
                "Срок действия паспорта",
            ],
            [
                [
                    "Иванова Анна".into(),
                    "Продажи".into(),
                    d(2026, 1, 5),
                    d(2026, 1, 20),
                    String::new(),
                    "нет".into(),
                    d(2031, 5, 10),
                ],
                [
                    "Петров Борис".into(),
                    "ИТ".into(),
                    d(2026, 2, 1),
                    String::new(),
                    "schengen".into(),
                    "нет".into(),
                    String::new(),
                ],
                [
                    "Ким Ольга".into(),
                    "Юридический".into(),
                    d(2026, 9, 1),
                    d(2026, 9, 14),
                    String::new(),
                    "да".into(),
                    d(2029, 8, 31),
                ],
            ],
        ),
        Lang::Kk => (
            [
                "Аты-жөні",
                "Бөлім",
                "Келу күні",
                "Кету күні",
                "Ереже",
                "Жоспарланған",
                "Төлқұжаттың жарамдылық мерзімі",
            ],
            [
                [
                    "Ахметова Айгүл".into(),
                    "Сату".into(),
                    d(2026, 1, 5),
                    d(2026, 1, 20),
                    String::new(),
                    "жоқ".into(),
                    d(2031, 5, 10),
                ],
                [
                    "Серіков Ерлан".into(),
                    "IT".into(),
                    d(2026, 2, 1),
                    String::new(),
                    "schengen".into(),
                    "жоқ".into(),
                    String::new(),
                ],
                [
                    "Оспанова Дана".into(),
                    "Заң".into(),
                    d(2026, 9, 1),
                    d(2026, 9, 14),
                    String::new(),
                    "иә".into(),
                    d(2029, 8, 31),
                ],
            ],
        ),
    };
    let mut out = String::from("\u{feff}");
    push_line(&mut out, dialect.separator, header);
    for row in &rows {
        push_line(&mut out, dialect.separator, row.iter().map(String::as_str));
    }
    out
}

/// The people of each value of carried column `column` by status: `(value, counts)` with the
/// counts in the order of [`ReportStatus::BY_URGENCY`], values in the order of their first
/// line (an empty value is its own group, shown as a dash by the page).
pub(crate) fn counts_by_value(
    lines: &[TeamLine],
    column: usize,
) -> Vec<(String, [usize; ReportStatus::BY_URGENCY.len()])> {
    let mut groups: Vec<(String, [usize; ReportStatus::BY_URGENCY.len()])> = Vec::new();
    // Looked up by the value itself: a copy is made only for a value not seen before (the
    // summary is counted over every line when the table first shows).
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in lines {
        let value = line.carried(column);
        let at = match index.get(value) {
            Some(&at) => at,
            None => {
                groups.push((value.to_string(), [0; ReportStatus::BY_URGENCY.len()]));
                index.insert(value.to_string(), groups.len() - 1);
                groups.len() - 1
            }
        };
        groups[at].1[line.status.urgency()] += 1;
    }
    groups
}

/// The carried column a department summary starts on: the first whose name says department,
/// team, division or unit (in English, Russian or Kazakh), else the first.
pub(crate) fn summary_column(carried: &[String]) -> Option<usize> {
    const WORDS: [&str; 10] = [
        "department",
        "dept",
        "team",
        "division",
        "unit",
        "отдел",
        "подразделение",
        "департамент",
        "бөлім",
        "бөлімше",
    ];
    let named = carried.iter().position(|name| {
        let name = name.to_lowercase();
        WORDS.iter().any(|word| name.contains(word))
    });
    named.or((!carried.is_empty()).then_some(0))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The columns of a file with a passport column and no visa.
    const PASSPORT: PaperColumns = PaperColumns {
        passport: true,
        visa: false,
    };
    use crate::assessment::Status;
    use crate::date::date;
    use crate::report::{read_team, TeamSettings};

    /// The team lines of `file` checked on `on` under Schengen, and its carried columns.
    pub(crate) fn lines(file: &str, on: chrono::NaiveDate) -> (Vec<TeamLine>, Vec<String>) {
        let settings = TeamSettings::new(on, Some(crate::catalogue::rule("schengen").unwrap()));
        let team = read_team(file.as_bytes(), settings, |_| {}).unwrap();
        let lines = (0..team.len())
            .map(|i| TeamLine::new(i, team.report(i).unwrap(), &Default::default()))
            .collect();
        (lines, team.carried_names().to_vec())
    }

    #[test]
    fn by_zone_the_zone_s_name_and_why_are_in_the_page_s_language() {
        let file = "person,entry,exit,country,nationality\n\
                    Ana,2025-05-01,2025-05-20,France,US\n\
                    Ana,2025-07-01,2025-07-10,KZ,US\n";
        let settings = TeamSettings::new(date(2025, 7, 10), None);
        let team = read_team(file.as_bytes(), settings, |_| {}).unwrap();
        assert!(team.by_zone());
        let lines: Vec<TeamLine> = (0..team.len())
            .map(|i| TeamLine::new(i, team.report(i).unwrap(), &Default::default()))
            .collect();
        let carried = team.carried_names().to_vec();
        let cell = |line: &TeamLine, lang: Lang, n: usize| match &readable_values(
            line,
            carried.len(),
            PaperColumns::default(),
            lang,
        )[8 + n]
        {
            Value::Text(text) => text.to_string(),
            other => panic!("{other:?}"),
        };
        let schengen = lines.iter().find(|l| l.carried(0) == "schengen").unwrap();
        assert_eq!(cell(schengen, Lang::En, 1), "Schengen area");
        assert_eq!(cell(schengen, Lang::Ru, 1), "Шенгенская зона");
        assert_eq!(cell(schengen, Lang::Kk, 1), "Шенген аймағы");
        let kz = lines.iter().find(|l| l.carried(0) == "kz").unwrap();
        assert_eq!(cell(kz, Lang::Ru, 1), "Казахстан");
        // Why, as the traveller page's zone card says it.
        let (_, why) = kz.zone.unwrap();
        assert_eq!(
            cell(kz, Lang::Ru, 5),
            (Lang::Ru.texts().zones.why)(why, "US")
        );
        assert!(cell(kz, Lang::Kk, 5).starts_with("Азаматтық: Америка Құрама Штаттары (US)"));
        // The other columns are the report's: the zone's id, countries, nationality.
        assert_eq!(cell(kz, Lang::Ru, 0), "kz");
        assert_eq!(cell(kz, Lang::Ru, 3), "US");
    }

    #[test]
    fn the_dialect_is_the_input_s_or_the_language_s() {
        let dot = Some(DateFormat::DayFirstDot);
        assert_eq!(
            Dialect::of(Some(';'), dot, Lang::En),
            Dialect {
                separator: ';',
                dates: DateFormat::DayFirstDot
            }
        );
        // A tab (pasted from a spreadsheet) or a workbook gives the language's separator.
        assert_eq!(Dialect::of(Some('\t'), None, Lang::Ru).separator, ';');
        assert_eq!(
            Dialect::of(None, None, Lang::En),
            Dialect {
                separator: ',',
                dates: DateFormat::Iso
            }
        );
        assert_eq!(
            Dialect::of(None, None, Lang::Kk).dates,
            DateFormat::DayFirstDot
        );
    }

    #[test]
    fn the_readable_table_says_each_person_s_answer_in_words_and_the_input_s_dates() {
        let file = "ФИО;Отдел;Дата въезда;Дата выезда\n\
                    Иванов Иван;=HYPERLINK(1);01.01.2026;\n\
                    \"Doe; Jo\";Продажи;01.03.2026;05.03.2026\n";
        let (lines, carried) = lines(file, date(2026, 4, 20));
        let csv = readable_csv(
            &lines,
            &carried,
            PaperColumns::default(),
            Lang::Ru,
            Dialect::of(Some(';'), Some(DateFormat::DayFirstDot), Lang::Ru),
        );
        let csv = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
        let rows: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            rows[0],
            "Имя;Статус;Использовано дней;Осталось дней;Выехать не позднее;Первый день нарушения;\
             Въезд на полный срок возможен с;Следующая поездка;Отдел;Правило"
        );
        // Still there: 110 days from 1 January to 20 April, over 90 from 1 April, the 91st
        // day; the formula-like department is neutralised.
        assert!(
            rows[1].starts_with("Иванов Иван;Нарушение срока пребывания;110;0;;01.04.2026;"),
            "{}",
            rows[1]
        );
        assert!(
            rows[1].ends_with(";;'=HYPERLINK(1);schengen"),
            "{}",
            rows[1]
        );
        assert!(
            rows[2].starts_with("\"Doe; Jo\";В пределах срока;5;85;"),
            "{}",
            rows[2]
        );
        assert_eq!(rows[3], "");
        assert_eq!(rows.len(), 4);
        assert_eq!(lines[0].status, ReportStatus::Checked(Status::Overstay));
    }

    #[test]
    fn visa_columns_add_the_visa_in_words_and_a_trip_that_breaks_it_is_never_fine() {
        // Ana's trip is 15 days on an 11-day visa; Ben's keeps to his; Cem gives none.
        let file = "person,entry,exit,planned,visa from,visa until,visa entries,visa days\n\
                    Ana,2026-03-01,2026-03-15,yes,2026-03-01,2026-03-31,1,11\n\
                    Ben,2026-03-01,2026-03-15,yes,2026-03-01,2026-03-31,MULT,30\n\
                    Cem,2026-03-01,2026-03-15,yes,,,,\n";
        let (lines, carried) = lines(file, date(2026, 1, 15));
        let papers = PaperColumns {
            passport: false,
            visa: true,
        };
        assert_eq!(
            lines[0].status,
            ReportStatus::Checked(Status::PlannedOverstay)
        );
        for (lang, title, breaks, allows, fine) in [
            (
                Lang::En,
                "Visa",
                "breaks its visa: it goes over visa 1's 11 days of stay from 12 Mar 2026",
                "Any number of entries",
                "fine",
            ),
            (
                Lang::Ru,
                "Виза",
                "нарушает условия визы",
                "Многократная",
                "нарушений нет",
            ),
            (
                Lang::Kk,
                "Виза",
                "виза шарттарын бұзады",
                "Көп рет келуге",
                "бұзушылық жоқ",
            ),
        ] {
            let titles = readable_titles(&carried, papers, lang);
            assert_eq!(titles.last(), Some(&title), "{lang:?}");
            let values =
                |line| -> Vec<Value<'_>> { readable_values(line, carried.len(), papers, lang) };
            let text = |value: &Value<'_>| match value {
                Value::Text(text) => text.to_string(),
                Value::Empty => String::new(),
                other => panic!("{other:?}"),
            };
            let ana = values(&lines[0]);
            let said = text(ana.last().expect("a visa cell"));
            assert!(said.contains(breaks), "{lang:?}: {said}");
            // Her trip's words name the breach first, never "fine".
            let trip = text(&ana[7]);
            assert!(
                trip.contains(breaks) && !trip.contains(fine),
                "{lang:?}: {trip}"
            );
            let ben = text(values(&lines[1]).last().expect("a visa cell"));
            assert!(ben.contains(allows), "{lang:?}: {ben}");
            assert_eq!(text(values(&lines[2]).last().expect("a cell")), "");
        }
    }

    #[test]
    fn a_passport_column_adds_the_passport_in_words_in_each_language() {
        let file = "person,entry,exit,planned,passport expiry\n\
                    Ana,2026-03-01,2026-03-15,yes,2026-05-15\n\
                    Ben,2026-03-01,2026-03-15,yes,2030-01-01\n\
                    Cem,2026-03-01,2026-03-15,yes,\n";
        let (lines, carried) = lines(file, date(2026, 1, 15));
        for (lang, title, fails, fine) in [
            (
                Lang::En,
                "Passport",
                "New passport needed by 1 Mar 2026.",
                "Valid until 1 Jan 2030",
            ),
            (
                Lang::Ru,
                "Паспорт",
                "Новый паспорт нужен не позднее",
                "Действителен до",
            ),
            (Lang::Kk, "Төлқұжат", "Жаңа төлқұжат", "дейін жарамды"),
        ] {
            let titles = readable_titles(&carried, PASSPORT, lang);
            assert_eq!(titles.last(), Some(&title), "{lang:?}");
            assert_eq!(
                titles.len(),
                readable_titles(&carried, PaperColumns::default(), lang).len() + 1
            );
            let text = |line: &TeamLine| match readable_values(line, carried.len(), PASSPORT, lang)
                .pop()
            {
                Some(Value::Text(text)) => text.into_owned(),
                Some(Value::Empty) => String::new(),
                other => panic!("{other:?}"),
            };
            assert!(
                text(&lines[0]).contains(fails),
                "{lang:?}: {}",
                text(&lines[0])
            );
            assert_eq!(lines[0].status, ReportStatus::Passport);
            assert!(
                text(&lines[1]).contains(fine),
                "{lang:?}: {}",
                text(&lines[1])
            );
            assert_eq!(text(&lines[2]), "", "{lang:?}: no passport given");
        }
        // The next planned trip: never "fine" when the passport fails it.
        for (lang, not_covered, fine) in [
            (
                Lang::En,
                "1–15 Mar 2026: the passport does not cover this trip; new passport needed by 1 \
                 Mar 2026. Counting days only, the stay could last until ",
                "fine",
            ),
            (
                Lang::Ru,
                "паспорт не подходит для этой поездки, новый паспорт нужен не позднее 1\u{a0}марта \
                 2026",
                "нарушений нет",
            ),
            (
                Lang::Kk,
                "төлқұжат бұл сапарға жарамайды; жаңа төлқұжат",
                "бұзушылық жоқ",
            ),
        ] {
            let next = |line: &TeamLine| match &readable_values(line, carried.len(), PASSPORT, lang)[7]
            {
                Value::Text(text) => text.to_string(),
                other => panic!("{other:?}"),
            };
            let ana = next(&lines[0]);
            assert!(ana.contains(not_covered), "{lang:?}: {ana}");
            assert!(!ana.contains(fine), "{lang:?}: {ana}");
            let ben = next(&lines[1]);
            assert!(ben.contains(fine), "{lang:?}: {ben}");
            assert!(!ben.contains(not_covered), "{lang:?}: {ben}");
        }
    }

    #[test]
    fn a_passport_that_could_not_be_checked_never_leaves_the_trip_fine() {
        // Ana's rows disagree on her passport; Ben gives only its issue date.
        let file = "person,entry,exit,planned,passport expiry,passport issued\n\
                    Ana,2025-12-01,2025-12-05,no,2031-01-01,\n\
                    Ana,2026-03-01,2026-03-15,yes,2032-01-01,\n\
                    Ben,2026-03-01,2026-03-15,yes,,2020-06-01\n";
        let (lines, carried) = lines(file, date(2026, 1, 15));
        let ana = lines.iter().find(|l| &*l.person == "Ana").unwrap();
        let ben = lines.iter().find(|l| &*l.person == "Ben").unwrap();
        for (lang, rows, no_expiry, fine) in [
            (
                Lang::En,
                "1–15 Mar 2026: the passport could not be checked for this trip: this person's \
                 rows give different passport dates or could not be read. Counting days only, \
                 the stay could last until ",
                "the passport could not be checked for this trip: no expiry date is given.",
                "fine",
            ),
            (
                Lang::Ru,
                "паспорт для этой поездки проверить не удалось (строки этого человека дают \
                 разные даты паспорта или не прочитаны); только по числу дней",
                "паспорт для этой поездки проверить не удалось (не указан срок действия)",
                "нарушений нет",
            ),
            (
                Lang::Kk,
                "төлқұжатты бұл сапарға тексеру мүмкін болмады (бұл адамның жолдарында \
                 төлқұжат күндері әртүрлі немесе оқылмады). Тек күн санына қарағанда",
                "төлқұжатты бұл сапарға тексеру мүмкін болмады (жарамдылық мерзімі \
                 көрсетілмеген)",
                "бұзушылық жоқ",
            ),
        ] {
            let next =
                |line: &TeamLine| match &readable_values(line, carried.len(), PASSPORT, lang)[7] {
                    Value::Text(text) => text.to_string(),
                    other => panic!("{other:?}"),
                };
            assert!(next(ana).contains(rows), "{lang:?}: {}", next(ana));
            assert!(next(ben).contains(no_expiry), "{lang:?}: {}", next(ben));
            for line in [ana, ben] {
                assert!(!next(line).contains(fine), "{lang:?}: {}", next(line));
            }
        }
    }

    #[test]
    fn the_template_reads_back_as_three_people_and_no_bad_row_in_every_language() {
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let text = template(lang);
            let settings = TeamSettings::new(
                date(2026, 6, 1),
                Some(crate::catalogue::rule("schengen").unwrap()),
            );
            let mut bad = Vec::new();
            let team =
                read_team(text.as_bytes(), settings, |row| bad.push(row.to_string())).unwrap();
            assert!(bad.is_empty(), "{lang:?}: {bad:?}");
            assert_eq!(team.len(), 3, "{lang:?}");
            assert_eq!(team.carried_names().len(), 1, "{lang:?}: the department");
            assert!(team.has_passport(), "{lang:?}: the passport expiry column");
            let first = team.report(0).unwrap().passport.expect("a passport date");
            assert_eq!(first.expiry, Some(date(2031, 5, 10)), "{lang:?}");
            let planned = team.report(2).unwrap();
            assert!(
                planned.next_planned.is_some(),
                "{lang:?}: the third trip is planned"
            );
        }
    }

    #[test]
    fn counts_by_department_in_the_order_of_urgency() {
        let file = "person,department,entry,exit\n\
                    Ana,Sales,2026-01-01,\n\
                    Ben,Legal,2026-04-01,2026-04-03\n\
                    Cem,Sales,2026-04-10,2026-04-12\n\
                    Dan,,2026-04-10,2026-04-12\n";
        let (lines, carried) = lines(file, date(2026, 4, 20));
        assert_eq!(summary_column(&carried), Some(0));
        let counts = counts_by_value(&lines, 0);
        let ok = ReportStatus::Checked(Status::Ok).urgency();
        let over = ReportStatus::Checked(Status::Overstay).urgency();
        assert_eq!(counts.len(), 3);
        assert_eq!(counts[0].0, "Sales");
        assert_eq!((counts[0].1[over], counts[0].1[ok]), (1, 1));
        assert_eq!(counts[1].0, "Legal");
        assert_eq!(counts[1].1[ok], 1);
        assert_eq!(counts[2].0, "");
        assert_eq!(
            counts
                .iter()
                .map(|(_, c)| c.iter().sum::<usize>())
                .sum::<usize>(),
            4
        );
    }

    #[test]
    fn the_summary_column_is_the_department_if_one_is_named() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(summary_column(&names(&["email", "Отдел"])), Some(1));
        assert_eq!(summary_column(&names(&["email", "notes"])), Some(0));
        assert_eq!(summary_column(&[]), None);
    }
}
