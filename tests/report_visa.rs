//! `staycalc report` with the visa columns: each person's short-stay visa is checked by the
//! same documents check as `staycalc check --rule schengen --visa`, as a user runs both.

#[allow(dead_code)]
#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

/// `staycalc report --on ON --rule schengen --format FORMAT -` on `file`.
fn report(on: &str, format: &str, file: &str) -> Run {
    staycalc(
        &[
            "report", "--on", on, "--rule", "schengen", "--format", format, "-",
        ],
        file.as_bytes(),
    )
}

fn people(run: &Run) -> Vec<json::Value> {
    json::parse(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
        .items()
        .to_vec()
}

/// Checked on 2026-01-15. Ana used her single-entry visa in December, and plans March on it:
/// a second entry. Ben is present on a 15-day MULT visa since 5 January. Cem's planned trip
/// is 20 days on a 15-day visa. Dan's visa ends before his planned trip does. Eve gives no visa.
const TEAM: &str = "\
person,entry,exit,planned,visa from,visa until,visa entries,visa days
Ana,01.12.2025,10.12.2025,no,01.12.2025,30.06.2026,1,30
Ana,01.03.2026,15.03.2026,yes,,,,
Ben,05.01.2026,,no,01.01.2026,31.01.2026,MULT,15
Cem,01.03.2026,20.03.2026,yes,01.03.2026,31.03.2026,2,15
Dan,01.03.2026,20.03.2026,yes,01.02.2026,10.03.2026,MULT,90
Eve,01.03.2026,20.03.2026,yes,,,,
";

#[test]
fn each_visa_condition_is_flagged_with_the_stay_and_the_day() {
    let run = report("2026-01-15", "json", TEAM);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let people = people(&run);
    let [ana, ben, cem, dan, eve] = &people[..] else {
        panic!("five people: {}", run.stdout)
    };
    // A second entry on a single-entry visa: outside it from its first day.
    assert_eq!(ana["visa_check"], "fails");
    assert_eq!(ana["status"], "planned_overstay");
    assert_eq!(ana["visa"]["entries"], "01");
    assert_eq!(ana["visa_failing"]["problem"], "entries");
    assert_eq!(ana["visa_failing"]["entry"], "2026-03-01");
    assert_eq!(ana["visa_failing"]["entry_number"], 2);
    assert_eq!(ana["visa_failing"]["first_unlawful_day"], "2026-03-01");
    // Entering today would be a second entry too: no lawful day, as check says.
    assert_eq!(ana["latest_exit"], json::Value::Null);
    assert_eq!(ana["visa_sets_latest_exit"], "visa_entries");
    // Ben's 15 days (5 to 19 January) set his latest exit, long before 90/180.
    assert_eq!(ben["visa_check"], "ok");
    assert_eq!(ben["status"], "ok");
    assert_eq!(ben["latest_exit"], "2026-01-19");
    assert_eq!(ben["visa_sets_latest_exit"], "visa_days");
    assert_eq!(ben["visa_message"], "");
    // Cem's 16th day is the first outside his 15.
    assert_eq!(cem["visa_failing"]["problem"], "days");
    assert_eq!(cem["visa_failing"]["first_unlawful_day"], "2026-03-16");
    assert_eq!(cem["status"], "planned_overstay");
    assert_eq!(
        cem["visa_message"],
        "the stay 2026-03-01 .. 2026-03-20 breaks the visa 2026-03-01..2026-03-31,02,15: over \
         its 15 days of stay from 2026-03-16"
    );
    // Dan's trip goes on after UNTIL.
    assert_eq!(dan["visa_failing"]["problem"], "until");
    assert_eq!(dan["visa_failing"]["first_unlawful_day"], "2026-03-11");
    // No visa given: the column is null and nothing changes.
    assert_eq!(eve["visa"], json::Value::Null);
    assert_eq!(eve["visa_check"], json::Value::Null);
    assert_eq!(eve["status"], "ok");
}

#[test]
fn a_planned_trip_that_breaks_the_visa_is_never_called_fine() {
    let run = report("2026-01-15", "text", TEAM);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cem = run
        .stdout
        .lines()
        .find(|l| l.starts_with("Cem "))
        .expect("Cem's line");
    assert!(
        cem.contains(
            "2026-03-01 .. 2026-03-20: breaks the visa (over its 15 days of stay from \
             2026-03-16); the days alone allow a stay until 2026-05-29"
        ),
        "{cem}"
    );
    assert!(!cem.contains("ok, may stay"), "{cem}");
    assert!(
        run.stdout.contains("\nvisa: whether each stay"),
        "{}",
        run.stdout
    );
}

#[test]
fn csv_has_the_visa_columns_after_the_report_s_own() {
    let run = report("2026-01-15", "csv", TEAM);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut lines = run.stdout.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let at = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no {name} in {header:?}"))
    };
    assert_eq!(header.last(), Some(&"visa_message"));
    let cem: Vec<&str> = lines
        .find(|l| l.starts_with("Cem,"))
        .expect("Cem")
        .split(',')
        .collect();
    assert_eq!(cem[at("visa_from")], "2026-03-01");
    assert_eq!(cem[at("visa_entries")], "02");
    assert_eq!(cem[at("visa_days")], "15");
    assert_eq!(cem[at("visa_check")], "fails");
    assert_eq!(cem[at("visa_problem")], "days");
    assert_eq!(cem[at("visa_first_unlawful_day")], "2026-03-16");
    assert_eq!(cem[at("status")], "planned_overstay");
}

#[test]
fn without_visa_columns_the_report_is_unchanged() {
    let file = "person,entry,exit,Duration of stay\nAna,2026-01-01,2026-01-10,10\n";
    let run = report("2026-01-15", "csv", file);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // `Duration of stay` alone is a trip's days, carried: no visa column appears.
    assert!(
        run.stdout.starts_with("person,Duration of stay,rule,"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("visa_"), "{}", run.stdout);
}

/// A spreadsheet exported by Russian-locale Excel: `;`, a byte-order mark, CRLF, headers
/// typed by people, entries in words and days with their unit, quotes, empty cells repeated.
#[test]
fn reads_an_excel_like_export_with_russian_and_kazakh_headers() {
    let ru = "\u{feff}ФИО;Отдел;Дата въезда;Дата выезда;Планируется;Виза действительна с;\
              Виза действительна по;Кол-во въездов;Продолжительность пребывания\r\n\
              \"Берг, Анна\";Продажи;01.03.2026;20.03.2026;да;01.03.2026;31.03.2026;\
              многократная;15 дней\r\n\
              \"Берг, Анна\";Продажи;01.12.2025;05.12.2025;нет;;;;\r\n";
    let run = report("2026-01-15", "json", ru);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let anna = &people(&run)[0];
    assert_eq!(anna["person"], "Берг, Анна");
    assert_eq!(anna["visa"]["entries"], "MULT");
    assert_eq!(anna["visa"]["days"], 15);
    assert_eq!(anna["visa_failing"]["problem"], "days");
    let kk = "Аты-жөні,Келу күні,Кету күні,Визаның басталу күні,Визаның аяқталу күні,\
              Келу саны,Болу ұзақтығы\n\
              Айгүл,01.03.2026,10.03.2026,01.03.2026,31.03.2026,бір рет,15 күн\n";
    let run = report("2026-01-15", "json", kk);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let aigul = &people(&run)[0];
    assert_eq!(aigul["visa"]["entries"], "01");
    assert_eq!(aigul["visa_check"], "ok");
}

#[test]
fn bad_visa_values_name_the_row_the_column_and_the_value_and_keep_the_good_rows() {
    let file = "\
person,entry,exit,visa from,visa until,visa entries,visa days
Ana,01.03.2026,10.03.2026,01.03.2026,20.02.2026,2,15
Ben,01.03.2026,10.03.2026,01.03.2026,31.03.2026,0,15
Cem,01.03.2026,10.03.2026,01.03.2026,31.03.2026,3,15
Dan,01.03.2026,10.03.2026,01.03.2026,31.03.2026,2,0
Eve,01.03.2026,10.03.2026,01.03.2026,31.03.2026,2,91
Fay,01.03.2026,10.03.2026,01.03.2026,31.03.2026,2,15
Fay,01.04.2026,05.04.2026,01.03.2026,31.03.2026,MULT,15
Gus,01.03.2026,10.03.2026,,31.03.2026,,
Hal,01.03.2026,10.03.2026,01.03.2026,31.03.2026,2,15
";
    let run = report("2026-01-15", "json", file);
    // Bad rows: exit code 2, the report of every row still written.
    assert_eq!(run.code, 2, "{}", run.stderr);
    for expected in [
        "line 2, column visa until, value \"20.02.2026\": the visa's UNTIL is before its FROM \
         2026-03-01",
        "line 3, column visa entries, value \"0\": zero entries: expected 1, 2 or MULT",
        "line 4, column visa entries, value \"3\": entries \"3\" is unknown: expected 1, 2 or \
         MULT",
        "line 5, column visa days, value \"0\": expected 1 to 90 days (a short-stay visa allows \
         at most 90)",
        "line 6, column visa days, value \"91\": expected 1 to 90 days",
        "line 8, column visa entries, value \"MULT\": differs from 02 on line 7: a person has \
         one visa in this file",
        "line 9, column visa from, value \"\": empty on every row of this person, while another \
         visa column is not",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    let people = people(&run);
    let status = |name: &str| {
        let person = people
            .iter()
            .find(|p| p["person"] == name)
            .unwrap_or_else(|| panic!("{name} is in the report"));
        (person["status"].clone(), person["visa_check"].clone())
    };
    let check_rows = json::Value::String("check_rows".into());
    let not_checked = json::Value::String("not_checked".into());
    // A visa no row can settle: the stays count, the visa is not checked, the person is
    // check rows.
    for name in ["Ana", "Fay", "Gus"] {
        assert_eq!(
            status(name),
            (check_rows.clone(), not_checked.clone()),
            "{name}"
        );
    }
    // A value no visa has: the row cannot be read, as a bad passport date.
    for name in ["Ben", "Cem", "Dan", "Eve"] {
        assert_eq!(status(name).0, check_rows, "{name}");
    }
    // One bad row never drops the good ones.
    assert_eq!(status("Hal").0, "ok");
    assert!(
        run.stderr.contains(
            "3 rows give another visa than the person's other rows, part of one, or an UNTIL \
             before its FROM"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_header_with_part_of_the_visa_columns_names_the_missing_one() {
    let run = report(
        "2026-01-15",
        "csv",
        "person,entry,exit,visa from,visa until\nAna,2026-01-01,2026-01-10,2026-01-01,2026-01-31\n",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "line 1: a visa is checked on FROM, UNTIL, entries and duration of stay together, \
             so the header has no visa entries column"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn other_rules_do_not_check_the_visa() {
    let file = "person,entry,exit,rule,visa from,visa until,visa entries,visa days\n\
                Ana,2026-03-01,2026-03-20,cy,2026-03-01,2026-03-05,1,5\n";
    let run = report("2026-01-15", "json", file);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ana = &people(&run)[0];
    assert_eq!(ana["visa_check"], "not_checked");
    assert_eq!(
        ana["visa_message"],
        "not checked: visas are checked under the Schengen rule only"
    );
    assert_eq!(ana["status"], "ok");
}

/// A small deterministic generator (a 64-bit LCG), so the teams are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// The report's answer for each person equals `staycalc check --rule schengen --visa` on the
/// same stays and visa: status, latest exit, longest stay, latest exit keeping plans, the
/// bound that sets it when it is the visa's, and the first stay that breaks the visa.
#[test]
fn the_report_s_verdict_is_check_s_on_the_same_stays_and_visa() {
    use chrono::{Duration, NaiveDate};
    let on = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
    let mut random = Lcg(12);
    let mut file = String::from("person,entry,exit,visa from,visa until,visa entries,visa days\n");
    let mut people = Vec::new();
    for person in 0..40 {
        let name = format!("P{person}");
        let from = on - Duration::days(random.below(120) as i64);
        let until = from + Duration::days(random.below(200) as i64);
        let entries = ["1", "2", "MULT"][random.below(3) as usize];
        let days = 1 + random.below(90);
        let visa = format!("{from}..{until},{entries},{days}");
        let mut stays = String::from("entry,exit\n");
        let mut day = on - Duration::days(150 + random.below(40) as i64);
        for _ in 0..1 + random.below(4) {
            day += Duration::days(1 + random.below(40) as i64);
            let length = random.below(30) as i64;
            let exit = day + Duration::days(length);
            // Now and then a stay under way on the check date, with no exit yet.
            let open = day <= on && exit >= on && random.below(3) == 0;
            let exit_text = if open {
                String::new()
            } else {
                exit.to_string()
            };
            file.push_str(&format!(
                "{name},{day},{exit_text},{from},{until},{entries},{days}\n"
            ));
            stays.push_str(&format!("{day},{exit_text}\n"));
            if open {
                break;
            }
            day = exit;
        }
        people.push((name, visa, stays));
    }
    let run = report(&on.to_string(), "json", &file);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let reports = crate::people(&run);
    assert_eq!(reports.len(), people.len());
    let mut failing = 0;
    for ((name, visa, stays), report) in people.iter().zip(&reports) {
        assert_eq!(report["person"], name.as_str());
        let check = staycalc(
            &[
                "check",
                "--rule",
                "schengen",
                "--on",
                &on.to_string(),
                "--format",
                "json",
                "--visa",
                visa,
                "-",
            ],
            stays.as_bytes(),
        );
        assert_eq!(check.code, 0, "{name}: {}", check.stderr);
        let answer = json::parse(&check.stdout).expect("JSON");
        let context = format!("{name} ({visa}):\n{stays}\n{}", check.stdout);
        for field in [
            "status",
            "latest_exit",
            "max_stay_days",
            "latest_exit_keeping_plans",
        ] {
            assert_eq!(report[field], answer[field], "{field} of {context}");
        }
        let reason = &answer["latest_exit_reason"];
        let visa_reason = matches!(reason, json::Value::String(r) if r.starts_with("visa_"));
        let expected = if visa_reason {
            reason.clone()
        } else {
            json::Value::Null
        };
        assert_eq!(report["visa_sets_latest_exit"], expected, "{context}");
        let breaks = answer["documents"]["visas"]
            .items()
            .iter()
            .find(|v| !matches!(v["problem"], json::Value::Null))
            .cloned();
        match breaks {
            None => assert_eq!(report["visa_failing"], json::Value::Null, "{context}"),
            Some(verdict) => {
                failing += 1;
                let ours = &report["visa_failing"];
                for field in [
                    "entry",
                    "exit",
                    "entry_number",
                    "problem",
                    "first_unlawful_day",
                ] {
                    assert_eq!(ours[field], verdict[field], "{field} of {context}");
                }
            }
        }
    }
    // The teams are varied enough to test both.
    assert!(
        failing > 5 && failing < 35,
        "{failing} of 40 break their visa"
    );
}

#[test]
fn by_zone_the_visa_is_checked_on_the_schengen_area_s_line_only() {
    let file =
        "person,entry,exit,country,nationality,visa from,visa until,visa entries,visa days\n\
                Ana,2026-03-01,2026-03-20,FR,KZ,2026-03-01,2026-03-31,MULT,15\n\
                Ana,2026-02-01,2026-02-10,GE,KZ,,,,\n";
    let run = staycalc(
        &["report", "--on", "2026-01-15", "--format", "json", "-"],
        file.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = people(&run);
    let zone = |id: &str| {
        lines
            .iter()
            .find(|l| l["zone"] == id)
            .unwrap_or_else(|| panic!("a {id} line: {}", run.stdout))
    };
    let schengen = zone("schengen");
    assert_eq!(schengen["visa_check"], "fails");
    assert_eq!(schengen["visa_failing"]["problem"], "days");
    assert_eq!(schengen["status"], "planned_overstay");
    // The same answer as check with the zone's stays and the visa.
    let check = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2026-01-15",
            "--format",
            "json",
            "--visa",
            "2026-03-01..2026-03-31,MULT,15",
            "-",
        ],
        b"entry,exit\n2026-03-01,2026-03-20\n",
    );
    let answer = json::parse(&check.stdout).expect("JSON");
    for field in ["status", "latest_exit", "latest_exit_keeping_plans"] {
        assert_eq!(schengen[field], answer[field], "{field}");
    }
    let georgia = zone("ge");
    assert_eq!(georgia["visa_check"], "not_checked");
    assert_eq!(georgia["status"], "ok");
}

#[test]
fn a_trip_the_visa_could_not_be_checked_for_is_never_called_fine() {
    let file = "person,entry,exit,visa from,visa until,visa entries,visa days\n\
                Ana,01.12.2025,05.12.2025,01.12.2025,31.03.2026,MULT,30\n\
                Ana,01.03.2026,10.03.2026,,,,31\n";
    let run = report("2026-01-15", "text", file);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let ana = run
        .stdout
        .lines()
        .find(|l| l.starts_with("Ana "))
        .expect("Ana's line");
    assert!(
        ana.contains(
            "2026-03-01 .. 2026-03-10: visa not checked (the person's rows disagree on it); the \
             days alone allow a stay until"
        ),
        "{ana}"
    );
    assert!(!ana.contains("ok, may stay"), "{ana}");
}

/// An Excel workbook as HR keeps one: dates as date cells, the entries and the days as number
/// cells (Excel drops the sticker's leading zero: `01` is the number 1), MULT as text.
#[test]
fn reads_the_visa_from_an_excel_workbook_s_date_and_number_cells() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let dates = Format::new().set_num_format("dd.mm.yyyy");
    let header = [
        "ФИО",
        "Дата въезда",
        "Дата выезда",
        "Виза действительна с",
        "Виза действительна по",
        "Кол-во въездов",
        "Продолжительность пребывания",
    ];
    for (col, title) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, *title).expect("a title");
    }
    let date = |y, m, d| ExcelDateTime::from_ymd(y, m, d).expect("a date");
    for (row, (name, entry, exit, entries, days)) in [
        ("Ана", date(2026, 3, 1), date(2026, 3, 20), None, 15.0),
        (
            "Бен",
            date(2026, 3, 1),
            date(2026, 3, 10),
            Some("MULT"),
            15.0,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let row = row as u32 + 1;
        sheet.write_string(row, 0, name).expect("a name");
        sheet
            .write_datetime_with_format(row, 1, entry, &dates)
            .expect("an entry");
        sheet
            .write_datetime_with_format(row, 2, exit, &dates)
            .expect("an exit");
        sheet
            .write_datetime_with_format(row, 3, date(2026, 3, 1), &dates)
            .expect("FROM");
        sheet
            .write_datetime_with_format(row, 4, date(2026, 3, 31), &dates)
            .expect("UNTIL");
        match entries {
            Some(text) => sheet.write_string(row, 5, text).expect("entries"),
            None => sheet.write_number(row, 5, 1.0).expect("entries"),
        };
        sheet.write_number(row, 6, days).expect("days");
    }
    let bytes = workbook.save_to_buffer().expect("a workbook");
    let run = staycalc(
        &[
            "report",
            "--on",
            "2026-01-15",
            "--rule",
            "schengen",
            "--format",
            "json",
            "-",
        ],
        &bytes,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let people = people(&run);
    assert_eq!(people[0]["visa"]["entries"], "01");
    assert_eq!(people[0]["visa"]["days"], 15);
    assert_eq!(people[0]["visa_failing"]["problem"], "days");
    assert_eq!(people[1]["visa"]["entries"], "MULT");
    assert_eq!(people[1]["visa_check"], "ok");
}
