//! The team report by zone (`staycalc report --nationality`, or a nationality column beside a
//! country column): named examples run as a user runs them, and the report of many people
//! against each person's log checked alone by `staycalc check --nationality`'s engine (a
//! property).

#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

use chrono::{Days, NaiveDate};
use json::Value;
use proptest::prelude::*;
use proptest::test_runner::Config;
use staycalc::report::{read_team, BadRow, PersonReport, ReportStatus, TeamSettings};
use staycalc::zones::{assess_trips, country, nationalities, Trip, Verdict};
use staycalc::{date, Options, Stay};
use std::collections::BTreeMap;

/// The JSON report of `file` by zone on `on`, with `--nationality` when given: the lines by
/// (person, zone). Exit code 0 expected.
fn report(nationality: Option<&str>, on: &str, file: &str) -> BTreeMap<(String, String), Value> {
    let mut args = vec!["report", "--format", "json", "--on", on];
    if let Some(n) = nationality {
        args.extend(["--nationality", n]);
    }
    args.push("-");
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(&args, file);
    assert_eq!(code, 0, "{stderr}");
    let lines = json::parse(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    lines
        .items()
        .iter()
        .map(|line| {
            let key = (text(&line["person"]), text(&line["zone"]));
            (key, line.clone())
        })
        .collect()
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => panic!("not a string: {other:?}"),
    }
}

fn zones_of(lines: &BTreeMap<(String, String), Value>, person: &str) -> Vec<String> {
    lines
        .keys()
        .filter(|(p, _)| p == person)
        .map(|(_, z)| z.clone())
        .collect()
}

#[test]
fn sofia_in_2023_counts_toward_bulgaria_and_in_may_2024_toward_schengen() {
    let file = "person,entry,exit,country\n\
                Ana,2023-05-01,2023-05-20,Sofia is not a country\n";
    // A city is not a country: a bad row naming it, the person never green.
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &["report", "--nationality", "US", "--on", "2023-06-01", "-"],
        file,
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains(r#"line 2, column country, value "Sofia is not a country": not a country"#),
        "{stderr}"
    );
    assert!(stdout.contains("check rows"), "{stdout}");

    let file = "person,entry,exit,country\n\
                Ana,2023-05-01,2023-05-20,Bulgaria\n\
                Ben,2024-05-01,2024-05-20,BG\n\
                Ben,2024-05-21,2024-05-25,FR\n";
    let lines = report(Some("US"), "2024-06-01", file);
    // Ana's 2023 days: Bulgaria's own zone, under no rule the catalogue knows for it then.
    assert_eq!(zones_of(&lines, "Ana"), ["bg"]);
    let ana = &lines[&("Ana".into(), "bg".into())];
    assert_eq!(ana["zone_name"], "Bulgaria");
    assert_eq!(ana["countries"], "BG");
    assert_eq!(ana["days_present"], "20");
    // Ben's May 2024 in Sofia and Paris: one Schengen count, 20 + 5 days.
    assert_eq!(zones_of(&lines, "Ben"), ["schengen"]);
    let ben = &lines[&("Ben".into(), "schengen".into())];
    assert_eq!(ben["countries"], "BG FR");
    assert_eq!(ben["rule"], "schengen");
    assert_eq!(ben["days_used"], 25);
    assert_eq!(ben["status"], "ok");
    // Checked in 2023, Ana's Sofia days are Bulgaria's alone, not a Schengen day among them.
    let lines = report(
        Some("US"),
        "2023-05-20",
        "person,entry,exit,country\nAna,2023-05-01,2023-05-20,BG\nAna,2023-04-01,2023-04-10,DE\n",
    );
    assert_eq!(zones_of(&lines, "Ana"), ["bg", "schengen"]);
    assert_eq!(lines[&("Ana".into(), "schengen".into())]["days_used"], 10);
}

#[test]
fn a_stay_across_bulgaria_s_schengen_date_is_split_on_it() {
    let file = "person,entry,exit,country\nAna,2024-03-20,2024-04-09,BG\n";
    let lines = report(Some("US"), "2024-04-09", file);
    assert_eq!(zones_of(&lines, "Ana"), ["bg", "schengen"]);
    // From 31 March 2024: 10 Schengen days; before it, 11 days of Bulgaria's own.
    assert_eq!(lines[&("Ana".into(), "schengen".into())]["days_used"], 10);
    assert_eq!(lines[&("Ana".into(), "bg".into())]["days_present"], "11");
}

#[test]
fn cyprus_is_counted_apart_from_schengen() {
    let file = "person,entry,exit,country\n\
                Ana,2025-01-01,2025-02-28,Greece\n\
                Ana,2025-03-01,2025-04-30,Cyprus\n";
    let lines = report(Some("US"), "2025-04-30", file);
    assert_eq!(zones_of(&lines, "Ana"), ["cy", "schengen"]);
    let schengen = &lines[&("Ana".into(), "schengen".into())];
    let cyprus = &lines[&("Ana".into(), "cy".into())];
    assert_eq!(schengen["days_used"], 59);
    assert_eq!(cyprus["days_used"], 61);
    // Together 120 days, over 90: apart, both within their limits.
    assert_eq!(schengen["status"], "ok");
    assert_eq!(cyprus["rule"], "cy");
    assert_ne!(cyprus["status"], "overstay");
}

#[test]
fn an_eu_citizen_in_france_has_no_limit_and_a_french_citizen_in_kazakhstan_a_rule() {
    let file = "person,entry,exit,country,nationality\n\
                Élise,2025-01-01,2025-06-30,France,FR\n\
                Élise,2025-07-01,2025-08-15,Kazakhstan,FR\n";
    let lines = report(None, "2025-08-15", file);
    let france = &lines[&("Élise".into(), "schengen".into())];
    assert_eq!(france["status"], "no_limit");
    assert_eq!(france["rule"], "");
    assert_eq!(france["nationality"], "FR");
    assert_eq!(france["days_present"], "181");
    assert!(text(&france["why"]).contains("move freely"), "{france:?}");
    let kz = &lines[&("Élise".into(), "kz".into())];
    assert_eq!(kz["rule"], "kz-visa-free");
    // 30 days per entry, 90 in any 180.
    assert_eq!(kz["per_entry_cap"], 30);
    assert_eq!(kz["limit"], 90);
    assert_eq!(kz["window_start"], "2025-02-17");
    // 46 days in one entry, over its 30.
    assert_eq!(kz["status"], "overstay");
    // The text report names both, the overstay first in the summary.
    let Run { code, stdout, .. } = staycalc(&["report", "--on", "2025-08-15", "-"], file);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Team report by zone on 2025-08-15: 2 lines for 1 person (1 overstay, 0 ok, 1 no limit)"), "{stdout}");
}

#[test]
fn rows_with_no_day_between_them_are_amber_unless_another_zone_s_row_shows_the_crossing() {
    // Two French citizens in Kazakhstan (30 days per entry), checked 5 Oct: Anna typed one
    // stay by city (Almaty 3-15 Sep, Astana from 16 Sep); Boris made a day trip to Kyrgyzstan
    // on 15 Sep between the same rows.
    let file = "person,entry,exit,country,nationality\n\
                Anna,2026-09-03,2026-09-15,Kazakhstan,FR\n\
                Anna,2026-09-16,,Kazakhstan,FR\n\
                Boris,2026-09-03,2026-09-15,Kazakhstan,FR\n\
                Boris,2026-09-15,2026-09-15,Kyrgyzstan,FR\n\
                Boris,2026-09-16,,Kazakhstan,FR\n";
    let lines = report(None, "2026-10-05", file);
    let anna = &lines[&("Anna".into(), "kz".into())];
    assert_eq!(anna["status"], "warning");
    assert_eq!(anna["warnings"][0]["code"], "reentry", "{anna:?}");
    let boris = &lines[&("Boris".into(), "kz".into())];
    assert_eq!(boris["status"], "ok");
    assert!(boris["warnings"].items().is_empty(), "{boris:?}");
    // As `check --nationality` answers each.
    for (person, status) in [("Anna", "warning"), ("Boris", "ok")] {
        let rows: String = file
            .lines()
            .filter(|l| l.starts_with(person))
            .map(|l| l.split(',').skip(1).take(3).collect::<Vec<_>>().join(",") + "\n")
            .collect();
        let log = format!("entry,exit,country\n{rows}");
        let Run {
            code,
            stdout,
            stderr,
        } = staycalc(
            &[
                "check",
                "--nationality",
                "FR",
                "--on",
                "2026-10-05",
                "--format",
                "json",
                "-",
            ],
            &log,
        );
        assert_eq!(code, 0, "{stderr}");
        let answer = json::parse(&stdout).unwrap();
        let kz = answer["zones"]
            .items()
            .iter()
            .find(|z| z["zone"] == "kz")
            .unwrap();
        assert_eq!(kz["status"], status, "{person}: {kz:?}");
    }
}

#[test]
fn by_zone_the_schengen_line_checks_the_passport_as_by_rule_and_other_zones_say_why_not() {
    // A US citizen: a stay in France in November, a trip to France planned in March, and a
    // stay in Kazakhstan in December; the passport expires on 15 May, two months after
    // that trip ends (the Schengen rule needs three).
    let file = "person,country,entry,exit,planned,passport expiry\n\
                Ana,FR,01.11.2025,10.11.2025,no,15.05.2026\n\
                Ana,FR,01.03.2026,15.03.2026,yes,\n\
                Ana,KZ,01.12.2025,10.12.2025,no,\n";
    let lines = report(Some("US"), "2026-01-15", file);
    let schengen = &lines[&("Ana".into(), "schengen".into())];
    assert_eq!(schengen["rule"], "schengen");
    assert_eq!(schengen["status"], "passport");
    assert_eq!(schengen["passport_check"], "fails");
    assert_eq!(schengen["passport_failing"]["entry"], "2026-03-01");
    assert_eq!(
        schengen["passport_failing"]["problems"][0]["needed"],
        "2026-06-15"
    );
    assert_eq!(schengen["passport_failing"]["needed_by"], "2026-03-01");
    // The passport bounds the latest exit, as by rule.
    assert_eq!(schengen["passport_last_exit"], "2026-02-15");
    assert_eq!(schengen["latest_exit"], "2026-02-15");
    let kz = &lines[&("Ana".into(), "kz".into())];
    assert_eq!(kz["rule"], "kz-visa-free");
    assert_eq!(kz["status"], "ok");
    assert_eq!(kz["passport_check"], "not_checked");
    assert_eq!(kz["passport_failing"], Value::Null);
    assert_eq!(
        kz["passport_message"],
        "not checked: only the Schengen rule has sourced passport conditions"
    );
    // The same person's French stays (the same rows, on the same lines) checked by rule give
    // the same passport columns and numbers: the report by zone cannot say less about the passport than by rule.
    let french: String =
        file.lines()
            .filter(|l| !l.contains(",KZ,"))
            .fold(String::new(), |mut out, line| {
                out.push_str(line);
                out.push('\n');
                out
            });
    let args = [
        "report",
        "--format",
        "json",
        "--on",
        "2026-01-15",
        "--rule",
        "schengen",
        "-",
    ];
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(&args, &french);
    assert_eq!(code, 0, "{stderr}");
    let by_rule = json::parse(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let by_rule = &by_rule.items()[0];
    for field in [
        "status",
        "latest_exit",
        "latest_exit_keeping_plans",
        "max_stay_days",
        "passport_expiry",
        "passport_check",
        "passport_last_exit",
        "passport_failing",
        "passport_message",
    ] {
        assert_eq!(schengen[field], by_rule[field], "{field}");
    }
    // The text report and --fail-on passport say so too.
    let Run { code, stdout, .. } = staycalc(
        &[
            "report",
            "--on",
            "2026-01-15",
            "--nationality",
            "US",
            "--fail-on",
            "passport",
            "-",
        ],
        file,
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("(0 overstay, 1 passport, 1 ok)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("a new passport is needed by 2026-03-01"),
        "{stdout}"
    );
    // The planned trip the passport fails is not called fine on the zone's line either.
    assert!(
        stdout.contains("2026-03-01 .. 2026-03-15: passport does not cover it"),
        "{stdout}"
    );
}

#[test]
fn a_person_s_nationality_cell_overrides_the_default_and_a_dual_national_gets_the_best() {
    let file = "person,entry,exit,country,nationality\n\
                Ana,2025-01-01,2025-03-31,DE,\n\
                Ben,2025-01-01,2025-03-31,DE,IE\n\
                Cem,2025-01-01,2025-03-31,DE,US;IE\n\
                Dan,2025-01-01,2025-03-31,DE,\"US, IE\"\n";
    let lines = report(Some("US"), "2025-03-31", file);
    assert_eq!(
        lines[&("Ana".into(), "schengen".into())]["status"],
        "warning"
    );
    assert_eq!(
        lines[&("Ana".into(), "schengen".into())]["nationality"],
        "US"
    );
    for person in ["Ben", "Cem", "Dan"] {
        let line = &lines[&(person.into(), "schengen".into())];
        assert_eq!(line["status"], "no_limit", "{person}");
        assert_eq!(line["nationality"], "IE", "{person}");
    }
}

#[test]
fn bad_countries_and_nationalities_are_bad_rows_and_their_person_is_never_green() {
    let file = "person,entry,exit,country,nationality\n\
                Ana,2025-01-01,2025-01-10,Frnace,US\n\
                Ana,2025-02-01,2025-02-10,DE,US\n\
                Ben,2025-01-01,2025-01-10,DE,XX\n\
                Cem,2025-01-01,2025-01-10,,US\n\
                Dan,2025-01-01,2025-01-10,DE,US\n\
                Dan,2025-02-01,2025-02-10,FR,FR\n\
                Eve,2025-01-01,2025-01-10,DE,\n";
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &["report", "--format", "csv", "--on", "2025-03-01", "-"],
        file,
    );
    assert_eq!(code, 2, "{stderr}");
    for expected in [
        r#"line 2, column country, value "Frnace": not a country: did you mean France (FR)?"#,
        r#"line 4, column nationality, value "XX": "XX" is not a country's code"#,
        r#"line 5, column country, value "": empty: by zone, every row needs the country"#,
        r#"line 7, column nationality, value "FR": differs from this person's nationality US (line 6"#,
        r#"line 8, column nationality, value "": empty, and no default nationality was given (--nationality)"#,
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    for person in ["Ana", "Ben", "Cem", "Dan", "Eve"] {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(&format!("{person},")))
            .unwrap_or_else(|| panic!("{person} has a line: {stdout}"));
        assert!(line.contains(",check_rows,"), "{line}");
    }
}

#[test]
fn a_rule_and_a_nationality_together_are_refused_with_the_reason() {
    let file = "person,entry,exit,country\nAna,2025-01-01,2025-01-10,DE\n";
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &[
            "report",
            "--rule",
            "schengen",
            "--nationality",
            "US",
            "--on",
            "2025-03-01",
            "-",
        ],
        file,
    );
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("give either --nationality"), "{stderr}");
    let Run { code, stderr, .. } = staycalc(
        &["report", "--nationality", "US", "--on", "2025-03-01", "-"],
        "person,entry,exit,country,rule\nAna,2025-01-01,2025-01-10,DE,schengen\n",
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("the header has a rule column"), "{stderr}");
    let Run { code, stderr, .. } = staycalc(
        &["report", "--nationality", "US", "--on", "2025-03-01", "-"],
        "person,entry,exit\nAna,2025-01-01,2025-01-10\n",
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("no country column"), "{stderr}");
    let Run { code, stderr, .. } = staycalc(
        &["report", "--nationality", "XX", "--on", "2025-03-01", "-"],
        file,
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("XX"), "{stderr}");
    // A rule given keeps a file with countries and nationalities checked by rule, as before.
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &[
            "report",
            "--rule",
            "schengen",
            "--format",
            "csv",
            "--on",
            "2025-03-01",
            "-",
        ],
        "person,entry,exit,country,nationality\nAna,2025-01-01,2025-01-10,DE,US\n",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("person,country,nationality,rule,"),
        "{stdout}"
    );
}

#[test]
fn fail_on_and_the_counts_carry_the_zone_statuses() {
    // Bulgaria before its Schengen date: no rule the catalogue knows for a US citizen.
    let file = "person,entry,exit,country,nationality\n\
                Ana,2023-05-01,2023-05-10,BG,US\n\
                Ben,2023-05-01,2023-05-10,DE,FR\n";
    let run = |fail_on: &str| {
        staycalc(
            &["report", "--fail-on", fail_on, "--on", "2023-05-10", "-"],
            file,
        )
    };
    let Run { code, stdout, .. } = run("no_rule_known");
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("2 lines for 2 people (0 overstay, 1 no rule known, 0 ok, 1 no limit)"),
        "{stdout}"
    );
    assert_eq!(run("warning").code, 0);
    let Run { code, stderr, .. } = staycalc(
        &[
            "report",
            "--fail-on",
            "late",
            "--nationality",
            "US",
            "--on",
            "2023-05-10",
            "-",
        ],
        file,
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("expected no_rule_known, warning,"),
        "{stderr}"
    );
}

#[test]
fn each_person_s_lines_come_most_urgent_first_in_text_csv_and_json() {
    // Ana (first in the file): a few days in France (ok), 40 days in Kazakhstan, over its 30
    // days per entry (overstay), a stay in Cyprus (ok) and in Andorra (no rule known). Ben:
    // France only. People stay in file order; each person's lines by urgency, zones of the
    // same status in zone order (the Schengen area first, then by code).
    let file = "person,entry,exit,country,nationality\n\
                Ana,2025-05-01,2025-05-05,FR,US\n\
                Ana,2025-05-10,2025-05-14,AD,US\n\
                Ana,2025-05-20,2025-05-25,CY,US\n\
                Ana,2025-06-01,2025-07-10,KZ,US\n\
                Ben,2025-05-01,2025-05-05,FR,US\n";
    let expected = [
        ("Ana", "kz", "overstay"),
        ("Ana", "ad", "no_rule_known"),
        ("Ana", "schengen", "ok"),
        ("Ana", "cy", "ok"),
        ("Ben", "schengen", "ok"),
    ];
    let run = |format: &str| {
        let Run {
            code,
            stdout,
            stderr,
        } = staycalc(
            &["report", "--format", format, "--on", "2025-07-10", "-"],
            file,
        );
        assert_eq!(code, 0, "{stderr}");
        stdout
    };
    let json = json::parse(&run("json")).unwrap();
    let lines: Vec<(String, String, String)> = json
        .items()
        .iter()
        .map(|l| (text(&l["person"]), text(&l["zone"]), text(&l["status"])))
        .collect();
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|&(p, z, s)| (p.into(), z.into(), s.into()))
        .collect();
    assert_eq!(lines, want);
    let csv = run("csv");
    let rows: Vec<(&str, &str)> = csv
        .lines()
        .skip(1)
        .map(|line| {
            let mut cells = line.split(',');
            (cells.next().unwrap(), cells.next().unwrap())
        })
        .collect();
    let want: Vec<(&str, &str)> = expected.iter().map(|&(p, z, _)| (p, z)).collect();
    assert_eq!(rows, want);
    // The text report: the zone names in the same order.
    let text = run("text");
    let at = |name: &str| {
        text.find(name)
            .unwrap_or_else(|| panic!("{name} in {text}"))
    };
    assert!(at("Kazakhstan") < at("Andorra"), "{text}");
    assert!(at("Andorra") < at("Schengen area"), "{text}");
    assert!(at("Schengen area") < at("Cyprus"), "{text}");
}

/// A log of one person for the property: (country, entry offset, length) from a base date.
fn arb_stays() -> impl Strategy<Value = Vec<(usize, u64, u64)>> {
    prop::collection::vec((0..COUNTRIES.len(), 0u64..1400, 0u64..70), 1..8)
}

const COUNTRIES: [&str; 12] = [
    "FR", "DE", "BG", "RO", "HR", "CY", "KZ", "GE", "TR", "GB", "CH", "IE",
];
const NATIONALITIES: [&str; 6] = ["US", "FR", "KZ", "IE", "US;IE", "GB"];

/// The report's lines of `file` by zone, each person's lines by zone id.
fn report_lines(
    file: &str,
    on: NaiveDate,
) -> (
    BTreeMap<String, BTreeMap<String, PersonReport>>,
    Vec<BadRow>,
) {
    let default = nationalities("US").unwrap();
    let mut settings = TeamSettings::new(on, None);
    settings.nationality = Some(&default);
    let mut bad = Vec::new();
    let team = read_team(file.as_bytes(), settings, |b| bad.push(b)).unwrap();
    assert!(team.by_zone());
    let mut lines: BTreeMap<String, BTreeMap<String, PersonReport>> = BTreeMap::new();
    for report in team.reports() {
        let report = report.unwrap();
        let zone = report.zone.as_ref().expect("a zone").zone.id().into_owned();
        let previous = lines
            .entry(report.person.clone())
            .or_default()
            .insert(zone, report);
        assert!(previous.is_none(), "one line per person and zone");
    }
    (lines, bad)
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    /// Every zone `check --nationality` answers for a person's log is a line of the report
    /// with the same answer (every field of the assessment, the rule, the nationality and
    /// why, the countries); a line it leaves out is a zone under a rule with no day in its
    /// window and nothing planned (ok, nothing used).
    #[test]
    fn the_report_by_zone_agrees_with_check_for_each_person(
        people in prop::collection::vec((0..NATIONALITIES.len(), arb_stays()), 1..5),
        on_offset in 200u64..1500,
    ) {
        let base = date(2022, 6, 1);
        let on = base + Days::new(on_offset);
        let mut file = String::from("person,entry,exit,country,nationality\n");
        let mut logs: Vec<(String, &str, Vec<Trip>)> = Vec::new();
        let mut line = 1;
        for (p, (nationality, stays)) in people.iter().enumerate() {
            let person = format!("P{p}");
            let mut trips = Vec::new();
            for &(c, start, length) in stays {
                line += 1;
                let entry = base + Days::new(start);
                let exit = entry + Days::new(length);
                file.push_str(&format!(
                    "{person},{entry},{exit},{},{}\n",
                    COUNTRIES[c], NATIONALITIES[*nationality]
                ));
                let stay = Stay { entry, exit: Some(exit), row: Some(line) };
                trips.push(Trip::new(stay, country(COUNTRIES[c]).unwrap()));
            }
            logs.push((person, NATIONALITIES[*nationality], trips));
        }
        let (lines, bad) = report_lines(&file, on);
        prop_assert!(bad.is_empty(), "{:?}", bad);
        for (person, nationality, trips) in &logs {
            let nationality = nationalities(&nationality.replace(';', ",")).unwrap();
            let answer = assess_trips(trips, &nationality, on, &Options::default()).unwrap();
            let mine = &lines[person];
            for zone in &answer.zones {
                let id = zone.zone.id().into_owned();
                let line = mine.get(&id);
                prop_assert!(line.is_some(), "{} has no line for {}", person, id);
                let line = line.unwrap();
                let report_zone = line.zone.as_ref().unwrap();
                prop_assert_eq!(line.status().as_str(), zone.status());
                prop_assert_eq!(&report_zone.choice, &zone.choice);
                prop_assert_eq!(&report_zone.countries, &zone.countries);
                match &zone.verdict {
                    Verdict::Rule { rule, assessment, .. } => {
                        prop_assert_eq!(line.rule.as_str(), &*rule.id);
                        prop_assert_eq!(line.assessment.as_ref(), Some(assessment));
                    }
                    Verdict::Counted { days_present, .. } => {
                        prop_assert_eq!(report_zone.days_present, Some(*days_present));
                        prop_assert!(line.assessment.is_none());
                    }
                }
            }
            let answered: Vec<String> = answer.zones.iter().map(|z| z.zone.id().into_owned()).collect();
            let only_counted_lines = mine.values().all(|l| l.assessment.is_none());
            for (id, line) in mine {
                if answered.contains(id) {
                    continue;
                }
                match &line.assessment {
                    Some(a) => {
                        prop_assert_eq!(line.status(), ReportStatus::Checked(staycalc::Status::Ok), "{} {}", person, id);
                        prop_assert_eq!(a.days_used, 0);
                        prop_assert!(!a.present);
                    }
                    // A zone with no rule and no recent day is left out unless it is all
                    // the person has.
                    None => prop_assert!(only_counted_lines, "{} {}", person, id),
                }
            }
        }
    }
}

/// The fields both answers have for a zone under a rule, compared as written.
const SHARED: [&str; 12] = [
    "zone_name",
    "nationality",
    "rule",
    "status",
    "days_used",
    "days_remaining",
    "latest_exit",
    "latest_exit_keeping_plans",
    "earliest_full_stay",
    "first_unlawful_day",
    "unlawful_days",
    "present",
];

#[test]
fn the_command_line_report_agrees_with_check_for_each_person() {
    // A small deterministic team over zones, nationalities and dates (xorshift).
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut below = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let on = "2025-03-01";
    let base = date(2024, 1, 1);
    let mut file = String::from("person,entry,exit,country,nationality\n");
    let mut logs: Vec<(String, &str, String)> = Vec::new();
    for p in 0..30 {
        let person = format!("P{p:02}");
        let nationality = NATIONALITIES[below(NATIONALITIES.len() as u64) as usize];
        let mut log = String::from("entry,exit,country\n");
        let mut day = below(40);
        for _ in 0..(2 + below(6)) {
            day += below(50);
            let entry = base + Days::new(day);
            let exit = entry + Days::new(below(45));
            day += (exit - entry).num_days() as u64;
            let country = COUNTRIES[below(COUNTRIES.len() as u64) as usize];
            file.push_str(&format!(
                "{person},{entry},{exit},{country},{nationality}\n"
            ));
            log.push_str(&format!("{entry},{exit},{country}\n"));
        }
        logs.push((person, nationality, log));
    }
    let lines = report(None, on, &file);
    let mut compared = 0;
    for (person, nationality, log) in &logs {
        let codes = nationality.replace(';', ",");
        let args = [
            "check",
            "--format",
            "json",
            "--nationality",
            &codes,
            "--on",
            on,
            "-",
        ];
        let Run {
            code,
            stdout,
            stderr,
        } = staycalc(&args, log);
        assert_eq!(code, 0, "{stderr}");
        let answer = json::parse(&stdout).unwrap();
        let zones = answer["zones"].items();
        compared += zones.len();
        for zone in zones {
            let id = text(&zone["zone"]);
            let line = lines
                .get(&(person.clone(), id.clone()))
                .unwrap_or_else(|| panic!("{person} has no {id} line: {file}"));
            let countries: Vec<String> = zone["countries"].items().iter().map(text).collect();
            assert_eq!(
                text(&line["countries"]),
                countries.join(" "),
                "{person} {id}"
            );
            assert_eq!(line["why"], zone["reason"], "{person} {id}");
            let Value::Object(fields) = zone else {
                panic!("not an object: {zone:?}")
            };
            if zone["rule"] == Value::Null {
                // No limit or no rule known: the days counted, no answer of a rule.
                for field in ["zone_name", "nationality", "status"] {
                    assert_eq!(line[field], zone[field], "{person} {id} {field}");
                }
                let Value::Number(days) = zone["days_present"] else {
                    panic!("{zone:?}")
                };
                assert_eq!(text(&line["days_present"]), days.to_string());
                assert_eq!(line["days_used"], Value::Null);
                continue;
            }
            for field in SHARED {
                let value = &fields.iter().find(|(name, _)| name == field).unwrap().1;
                assert_eq!(&line[field], value, "{person} {id} {field}");
            }
        }
    }
    assert!(compared >= 20, "{compared} zones compared");
}
