//! `staycalc report` on Excel and OpenDocument workbooks (tests/fixtures, written by real
//! writers: tests/fixtures/make_workbooks.py): the same team in .xlsx, .xls and .ods gives the
//! same report, read from the sheet with the header, with its rows' numbers; a damaged file is
//! an error, never a panic.

#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

const ON: &str = "2026-05-20";

fn report(file: &str, format: &str) -> Run {
    let path = format!("tests/fixtures/{file}");
    staycalc(
        &[
            "report", "--on", ON, "--rule", "schengen", "--format", format, &path,
        ],
        "",
    )
}

/// (person, department, status, days used) of each line of the CSV report.
fn lines(csv: &str) -> Vec<(String, String, String, String)> {
    let mut rows = csv.lines().map(|line| line.split(',').collect::<Vec<_>>());
    let header = rows.next().expect("a header");
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (person, department, status, used) =
        (at("person"), at("Отдел"), at("status"), at("days_used"));
    rows.map(|row| {
        (
            row[person].to_string(),
            row[department].to_string(),
            row[status].to_string(),
            row[used].to_string(),
        )
    })
    .collect()
}

#[test]
fn each_workbook_format_gives_the_same_report_from_its_trips_sheet() {
    let xlsx = report("team-ru.xlsx", "csv");
    let expected = [
        ("Иванов Иван", "Продажи", "overstay", "109"),
        ("Петрова Анна", "Бухгалтерия", "check_rows", "11"),
        ("Ким Ольга", "ИТ", "warning", "84"),
        ("Сидоров Пётр", "Продажи", "ok", "5"),
        ("Ахметов Ерлан", "Отдел кадров", "ok", "10"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect();
    assert_eq!(lines(&xlsx.stdout), expected, "{}", xlsx.stderr);
    // A bad row: exit code 2, the row named by the sheet's number, column and value.
    assert_eq!(xlsx.code, 2);
    assert!(
        xlsx.stderr.contains(r#"sheet "Поездки", header on row 3"#),
        "{}",
        xlsx.stderr
    );
    assert!(
        xlsx.stderr.contains(
            r#"team-ru.xlsx, sheet "Поездки": row 8, column Дата въезда, value "31.02.2026""#
        ),
        "{}",
        xlsx.stderr
    );
    for other in ["team-ru.xls", "team-ru.ods"] {
        let run = report(other, "csv");
        assert_eq!(run.stdout, xlsx.stdout, "{other}");
        assert_eq!(run.code, 2, "{other}");
        assert_eq!(
            run.stderr.replace(other, "FILE"),
            xlsx.stderr.replace("team-ru.xlsx", "FILE"),
            "{other}"
        );
    }
}

#[test]
fn a_damaged_workbook_is_an_error_naming_the_file_not_a_panic() {
    let run = report("damaged.xls", "json");
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("damaged.xls"), "{}", run.stderr);
    assert!(run.stderr.contains("cut short"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}
