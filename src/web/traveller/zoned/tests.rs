use super::*;
use crate::catalogue::rule;
use crate::date::date;
use crate::web::traveller::{arrival_deadlines, outcome_knowing, Answer};
use crate::zones::Regime;

/// A list of rows `(entry, exit, country)`.
fn list(values: &[(&str, &str, &str)]) -> StayRows {
    let mut rows = StayRows::from_values(
        values
            .iter()
            .map(|&(entry, exit, _)| (entry.to_string(), exit.to_string(), exit.is_empty())),
    );
    let ids: Vec<u32> = rows.rows().iter().map(|r| r.id).collect();
    for (id, &(_, _, country)) in ids.into_iter().zip(values) {
        rows.set_country(id, country);
    }
    rows
}

fn us() -> Vec<&'static Country> {
    vec![country("US").unwrap()]
}

/// Each zone's id, status and days used (or present).
fn summary(answer: &TripsAnswer) -> Vec<(String, &'static str, u32)> {
    answer
        .zones
        .iter()
        .map(|z| {
            let days = match &z.verdict {
                Verdict::Rule { assessment, .. } => assessment.days_used,
                Verdict::Counted { days_present, .. } => *days_present,
            };
            (z.zone.id().into_owned(), z.status(), days)
        })
        .collect()
}

#[test]
fn a_stay_in_sofia_counts_toward_bulgaria_in_2023_and_toward_schengen_in_may_2024() {
    let schengen = rule("schengen").unwrap();
    let in_2023 = list(&[("2023-05-01", "2023-05-10", "Bulgaria")]);
    let answer = zones(
        &in_2023,
        Some(schengen),
        &us(),
        date(2023, 5, 20),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(summary(&answer), [("bg".to_string(), "no_rule_known", 10)]);
    let in_2024 = list(&[("2024-05-01", "2024-05-10", "Болгария")]);
    let answer = zones(
        &in_2024,
        Some(schengen),
        &us(),
        date(2024, 5, 20),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(summary(&answer), [("schengen".to_string(), "ok", 10)]);
    assert_eq!(answer.zones[0].countries[0].alpha2, "BG");
}

#[test]
fn cyprus_is_always_a_zone_apart() {
    let rows = list(&[
        ("2025-03-01", "2025-03-10", "CY"),
        ("2025-03-10", "2025-03-20", "FR"),
    ]);
    let answer = zones(&rows, None, &us(), date(2025, 3, 25), &Default::default()).unwrap();
    let mut ids: Vec<(String, &str, u32)> = summary(&answer);
    ids.sort();
    assert_eq!(
        ids,
        [
            ("cy".to_string(), "ok", 10),
            ("schengen".to_string(), "ok", 11)
        ]
    );
}

#[test]
fn rows_without_a_country_count_in_the_chosen_rules_zone_with_the_rows_there() {
    let rows = list(&[
        ("2025-01-01", "2025-02-14", "France"),
        ("2025-02-20", "2025-03-31", ""),
        ("2025-04-01", "2025-04-10", "KZ"),
    ]);
    let schengen = rule("schengen").unwrap();
    let on = date(2025, 4, 10);
    let answer = zones(&rows, Some(schengen), &us(), on, &Default::default()).unwrap();
    // 45 + 40 days in the area: near the limit together, though neither part is alone.
    let mut got = summary(&answer);
    got.sort();
    assert_eq!(
        got,
        [
            ("kz".to_string(), "ok", 10),
            ("schengen".to_string(), "warning", 85)
        ]
    );
    let area = answer
        .zones
        .iter()
        .find(|z| z.zone == Zone::Schengen)
        .unwrap();
    let named: Vec<&str> = area.countries.iter().map(|c| c.alpha2).collect();
    assert_eq!(
        named,
        ["FR"],
        "the stand-in for rows without a country is not named"
    );
    // The detailed answer for the area counts the same rows.
    let shown = |row: usize| {
        let r = &rows.rows()[row];
        let s = stay(r, row + 1).unwrap().unwrap();
        part_shown(
            Shown::Zone(Zone::Schengen),
            Some(schengen),
            true,
            r,
            row + 1,
            s,
            on,
        )
        .unwrap()
    };
    assert!(shown(0).is_some() && shown(1).is_some() && shown(2).is_none());
    assert_eq!(choices(&answer, Some(schengen), &rows).len(), 2);
    assert_eq!(zone_rule(&answer, Zone::Schengen), Some(schengen));
}

#[test]
fn under_ones_own_numbers_rows_without_a_country_are_answered_apart() {
    let rows = list(&[
        ("2025-01-01", "2025-01-10", "FR"),
        ("2025-02-01", "2025-02-05", ""),
    ]);
    let custom = crate::Rule::custom(180, 90, None).unwrap();
    let answer = zones(
        &rows,
        Some(&custom),
        &us(),
        date(2025, 3, 1),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(summary(&answer), [("schengen".to_string(), "ok", 10)]);
    let shown = choices(&answer, Some(&custom), &rows);
    assert_eq!(shown, [Shown::Zone(Zone::Schengen), Shown::Chosen]);
    let r = &rows.rows()[0];
    let s = stay(r, 1).unwrap().unwrap();
    let on = date(2025, 3, 1);
    assert_eq!(
        part_shown(Shown::Chosen, Some(&custom), true, r, 1, s, on),
        Ok(None)
    );
}

#[test]
fn an_eu_citizen_in_france_has_no_limit_and_nothing_to_chart() {
    let rows = list(&[("2025-01-01", "2025-06-30", "FR")]);
    let answer = zones(
        &rows,
        None,
        &[country("DE").unwrap()],
        date(2025, 7, 1),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(answer.zones[0].choice.regime, Regime::NoLimit);
    assert!(choices(&answer, None, &rows).is_empty());
}

#[test]
fn a_stay_across_bulgarias_date_is_split_between_its_zones() {
    let bg = country("BG").unwrap();
    let stay = Stay::new(date(2024, 3, 20), date(2024, 4, 5));
    let on = date(2024, 5, 1);
    assert_eq!(
        part_in(bg, Zone::Country(bg), stay, on),
        Some(Stay::new(date(2024, 3, 20), date(2024, 3, 30)))
    );
    assert_eq!(
        part_in(bg, Zone::Schengen, stay, on),
        Some(Stay::new(date(2024, 3, 31), date(2024, 4, 5)))
    );
    let fr = country("FR").unwrap();
    assert_eq!(part_in(fr, Zone::Country(bg), stay, on), None);
    let kz = country("KZ").unwrap();
    assert_eq!(part_in(kz, Zone::Country(kz), stay, on), Some(stay));
    assert_eq!(part_in(kz, Zone::Schengen, stay, on), None);
}

#[test]
fn without_a_nationality_rows_outside_the_chosen_rules_zone_are_not_counted() {
    let rows = list(&[
        ("2025-01-01", "2025-01-10", "Georgia"),
        ("2025-02-01", "2025-02-05", ""),
    ]);
    let schengen = rule("schengen").unwrap();
    let on = date(2025, 3, 1);
    let part = |i: usize| {
        let r = &rows.rows()[i];
        let s = stay(r, i + 1).unwrap().unwrap();
        part_shown(Shown::Chosen, Some(schengen), false, r, i + 1, s, on)
    };
    assert_eq!(part(0), Err(RowIssue::Elsewhere("GE")));
    assert!(part(1).unwrap().is_some());
}

#[test]
fn an_unknown_country_is_an_issue_of_its_row_with_the_closest_name() {
    let rows = list(&[("2025-01-01", "2025-01-10", "Frnace")]);
    let issue = row_country(&rows.rows()[0], 4).unwrap_err();
    let RowIssue::Refused(error) = issue else {
        panic!("{issue:?}")
    };
    assert_eq!(error.row(), Some(4));
    assert!(
        error.to_string().contains("did you mean France (FR)"),
        "{error}"
    );
    // It is left out of every zone's answer, not counted somewhere silently.
    let answer = zones(&rows, None, &us(), date(2025, 2, 1), &Default::default()).unwrap();
    assert!(answer.zones.is_empty());
}

#[test]
fn nationalities_are_typed_as_codes_or_names_else_the_pickers() {
    let codes = |typed: &[&str], picker: &str| {
        let typed: Vec<String> = typed.iter().map(|t| t.to_string()).collect();
        citizenship(&typed, picker).map(|c| c.iter().map(|c| c.alpha2).collect::<Vec<_>>())
    };
    assert_eq!(codes(&["us", "Ирландия"], "CN"), Ok(vec!["US", "IE"]));
    assert_eq!(codes(&["", " "], "CN"), Ok(vec!["CN"]));
    assert_eq!(codes(&[], ""), Ok(vec![]));
    let error = codes(&["Frnace"], "").unwrap_err();
    assert!(
        error.to_string().starts_with("nationality \"Frnace\""),
        "{error}"
    );
}

#[test]
fn a_permit_has_days_elsewhere_only_when_the_answer_per_zone_finds_some() {
    let schengen = rule("schengen").unwrap();
    let france = country("FR").unwrap();
    let permit = Permit::new(date(2025, 2, 1), date(2025, 6, 30))
        .unwrap()
        .of(france);
    let papers = Documents {
        permits: vec![permit],
        ..Documents::default()
    };
    let on = date(2025, 7, 10);
    let answer = |rows: &[(&str, &str, &str)]| {
        zones(&list(rows), Some(schengen), &us(), on, &papers).unwrap()
    };
    // Ten days in Germany within the permit's dates count; only France's are left out.
    let with_germany = answer(&[
        ("2025-01-10", "2025-03-09", "FR"),
        ("2025-03-10", "2025-03-20", "DE"),
        ("2025-03-21", "2025-06-30", "FR"),
    ]);
    assert!(permit_days_elsewhere(Some(&with_germany), &permit));
    // Only France within them: no day elsewhere to speak of.
    let only_france = answer(&[("2025-01-10", "2025-06-30", "FR"), ("2025-07-01", "", "KZ")]);
    assert!(!permit_days_elsewhere(Some(&only_france), &permit));
    // Not known: no answer per zone, or another permit than the answer's.
    assert!(permit_days_elsewhere(None, &permit));
    let later = Permit::new(date(2025, 3, 1), date(2025, 6, 30))
        .unwrap()
        .of(france);
    assert!(permit_days_elsewhere(Some(&only_france), &later));
}

/// The detailed answer for one zone, as the page computes it: the rows' parts in `zone` under
/// the rule the zone's answer is under, knowing the days the list shows elsewhere.
fn detailed(rows: &StayRows, answer: &TripsAnswer, zone: Zone, on: NaiveDate) -> Answer {
    let rule = zone_rule(answer, zone).expect("the zone is under a rule");
    let elsewhere = days_elsewhere(rows, None, zone, on);
    outcome_knowing(rule, rows, on, &[], &elsewhere, |row, number, stay| {
        part_shown(Shown::Zone(zone), None, true, row, number, stay, on)
    })
    .answer
    .expect("an answer")
}

#[test]
fn the_detailed_answer_asks_about_one_stay_only_when_the_zones_card_does() {
    // A French citizen in Kazakhstan (30 days per entry): Almaty 3-15 Sep, Astana from 16 Sep,
    // checked 5 Oct (tests/zones.rs has the zone's answer). With a day in Kyrgyzstan on 15 Sep
    // the list shows the traveller left: no question, on the card or in the detailed answer,
    // and the notification of the entry on 16 Sep is due, not "only if this was a new entry".
    let on = date(2026, 10, 5);
    let kz = Zone::Country(country("KZ").unwrap());
    let french = vec![country("FR").unwrap()];
    let by_city = list(&[("2026-09-03", "2026-09-15", "KZ"), ("2026-09-16", "", "KZ")]);
    let border_run = list(&[
        ("2026-09-03", "2026-09-15", "KZ"),
        ("2026-09-15", "2026-09-15", "Кыргызстан"),
        ("2026-09-16", "", "KZ"),
    ]);
    for (rows, asked) in [(&by_city, true), (&border_run, false)] {
        let answer = zones(rows, None, &french, on, &Default::default()).unwrap();
        let card = answer.zones.iter().find(|z| z.zone == kz).unwrap();
        let Verdict::Rule {
            rule, assessment, ..
        } = &card.verdict
        else {
            panic!("a rule")
        };
        let shown = detailed(rows, &answer, kz, on);
        let codes = |a: &crate::assessment::Assessment| -> Vec<&str> {
            a.warnings.iter().map(|w| w.code()).collect()
        };
        assert_eq!(
            codes(&shown.assessment),
            codes(assessment),
            "asked: {asked}"
        );
        assert_eq!(shown.assessment.status, assessment.status, "asked: {asked}");
        assert_eq!(codes(assessment).contains(&"reentry"), asked);
        let doubted: Vec<(NaiveDate, bool)> = arrival_deadlines(rule, &shown)
            .iter()
            .map(|d| (d.entry, d.only_if_new_entry))
            .collect();
        assert_eq!(doubted, [(date(2026, 9, 16), asked)], "asked: {asked}");
    }
}
