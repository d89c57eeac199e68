//! Pasting a list of stays into the stay list.

use crate::input::{parse_pasted, RejectedLine};
use crate::web::traveller::StayRows;
use crate::{Error, Rule, Stay};
use chrono::NaiveDate;

/// What a paste did: how many stays were added, and the lines that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PasteReport {
    /// Stays added to the list.
    pub added: usize,
    /// Lines left out, with their number, text and reason.
    pub rejected: Vec<RejectedLine>,
    /// Lines read as a header naming the columns.
    pub headers: Vec<usize>,
}

/// Reads `text` with the engine's paste reader and appends the stays of its good lines to
/// `rows` (see [`StayRows::append`]); the lines it cannot read are reported, not guessed.
///
/// A line whose words are a country outside `rule`'s zone on its days (`Georgia`, `Грузия`,
/// `GE` under Schengen; Bulgaria before 31 March 2024) is left out and reported too: its days
/// do not count toward that rule, and counting them would overstate the days used. A line
/// with any other words (a city, a note) counts, as its dates say. An open stay's days run to
/// `on`, the check date.
pub(crate) fn paste(
    rows: &mut StayRows,
    text: &str,
    rule: Option<&Rule>,
    on: NaiveDate,
) -> PasteReport {
    let pasted = parse_pasted(text);
    let mut rejected = pasted.rejected;
    let mut stays = Vec::with_capacity(pasted.stays.len());
    let lines: Vec<&str> = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .lines()
        .collect();
    for (stay, place) in pasted.stays.into_iter().zip(&pasted.places) {
        match place
            .as_deref()
            .zip(rule)
            .and_then(|(place, rule)| outside(rule, &stay, place, on))
        {
            Some(reason) => {
                let line = stay.row.unwrap_or(0);
                rejected.push(RejectedLine {
                    line,
                    text: lines
                        .get(line.wrapping_sub(1))
                        .copied()
                        .unwrap_or("")
                        .to_string(),
                    reason: Error::BadInput {
                        line,
                        column: None,
                        reason,
                    },
                });
            }
            None => stays.push(stay),
        }
    }
    rejected.sort_by_key(|r| r.line);
    PasteReport {
        added: rows.append(&stays),
        rejected,
        headers: pasted.headers,
    }
}

/// Why `stay`, pasted with the words `place`, does not count toward `rule`: `place` is a
/// country's name (in English, Russian or Kazakh) outside the rule's zone on some of its days.
///
/// Only a name: a code is also a word (`in` is India's, `at` Austria's, `no` Norway's), and
/// leaving out a stay that does count would understate the days used, which is worse than
/// counting one that does not. So `IN 01.03.2025` counts, as every line did before.
fn outside(rule: &Rule, stay: &Stay, place: &str, on: NaiveDate) -> Option<String> {
    let place = place.trim_matches(|c: char| !c.is_alphanumeric());
    if place.chars().count() <= 3 {
        return None;
    }
    let country = crate::zones::country(place).ok()?;
    let last = stay.exit.unwrap_or(on).max(stay.entry);
    let reason = crate::zones::outside_rule(rule, country, stay.entry, last)?;
    Some(format!("{reason}: {NOT_COUNTED}"))
}

/// What becomes of a pasted line in a country outside the rule's zone.
pub(crate) const NOT_COUNTED: &str =
    "left out of this rule's days; check that stay under its own country's rule";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;

    const ON: NaiveDate = match NaiveDate::from_ymd_opt(2025, 12, 1) {
        Some(on) => on,
        None => panic!(),
    };

    #[test]
    fn a_line_in_a_country_outside_the_rules_zone_is_left_out_and_said() {
        let mut rows = StayRows::default();
        let text = "France 01.03.2025 - 10.03.2025\n\
                    Georgia 12.03.2025 - 30.03.2025\n\
                    Грузия 1.04.2025 - 5.04.2025\n\
                    Paris (work) 2025-05-01 2025-05-03\n\
                    Bulgaria 2024-03-20 2024-03-25\n\
                    Bulgaria 2024-04-20 2024-04-25\n\
                    GE 2025-11-20\n\
                    in 2025-06-01 2025-06-05\n\
                    Georgia: 2025-07-01\n";
        let report = paste(&mut rows, text, Some(rule("schengen").unwrap()), ON);
        // France, Paris (no country: counts), Bulgaria after 31 March 2024, and the codes,
        // which are words too: GE, and "in" (India's code, but a word).
        assert_eq!(report.added, 5);
        let entries: Vec<&str> = rows.rows().iter().map(|r| r.entry.as_str()).collect();
        assert_eq!(
            entries,
            [
                "2025-03-01",
                "2025-05-01",
                "2024-04-20",
                "2025-11-20",
                "2025-06-01"
            ]
        );
        let left: Vec<(usize, &str)> = report
            .rejected
            .iter()
            .map(|r| (r.line, r.text.as_str()))
            .collect();
        assert_eq!(
            left,
            [
                (2, "Georgia 12.03.2025 - 30.03.2025"),
                (3, "Грузия 1.04.2025 - 5.04.2025"),
                (5, "Bulgaria 2024-03-20 2024-03-25"),
                (9, "Georgia: 2025-07-01"),
            ]
        );
        assert_eq!(
            report.rejected[0].reason.to_string(),
            "line 2: Georgia (GE) is not in the Schengen area, the zone of rule schengen: left \
             out of this rule's days; check that stay under its own country's rule"
        );
        assert!(report.rejected[2]
            .reason
            .to_string()
            .contains("Bulgaria (BG) counts toward the Schengen area only from 2024-03-31"));
    }

    #[test]
    fn the_reason_a_line_is_left_out_is_said_in_russian_and_kazakh() {
        use crate::web::lang::Lang;
        let mut rows = StayRows::default();
        let text = "Грузия 12.03.2025 - 30.03.2025\nBulgaria 2024-03-20 2024-03-25\n\
                    Узбекистан 2025-03-01 2025-03-09\n";
        let schengen = paste(&mut rows, text, Some(rule("schengen").unwrap()), ON);
        let kz = paste(&mut rows, text, Some(rule("kz-visa-free").unwrap()), ON);
        let reasons: Vec<&Error> = schengen.rejected[..2]
            .iter()
            .chain(&kz.rejected)
            .map(|r| &r.reason)
            .collect();
        assert_eq!(reasons.len(), 5);
        let said = |lang: Lang| -> Vec<String> {
            reasons.iter().map(|r| (lang.texts().error)(r)).collect()
        };
        let ru = said(Lang::Ru);
        assert!(
            ru[0].starts_with("Грузия (GE) не входит в Шенгенскую зону"),
            "{}",
            ru[0]
        );
        assert!(
            ru[1].contains("входит в Шенгенскую зону только с 31"),
            "{}",
            ru[1]
        );
        assert!(
            ru[4].starts_with("Узбекистан (UZ) — не Казахстан (KZ)"),
            "{}",
            ru[4]
        );
        for text in ru.iter().chain(&said(Lang::Kk)) {
            assert!(
                !text.contains("left out") && !text.contains("rule column"),
                "{text}"
            );
            assert!(
                !text.contains("не распознана") && !text.contains("танылмады"),
                "{text}"
            );
        }
        assert!(said(Lang::Kk)
            .iter()
            .all(|text| text.contains("сапар есепке алынбады; оны осы елдің ережесімен")));
        assert!(ru
            .iter()
            .all(|text| text.ends_with("проверьте её по правилу этой страны")));
    }

    #[test]
    fn without_a_zone_or_a_rule_every_dated_line_counts() {
        let text = "Georgia 12.03.2025 - 30.03.2025\nFrance 2025-04-01 2025-04-02\n";
        let custom = crate::Rule::custom(180, 90, None).unwrap();
        for rule in [None, Some(&custom)] {
            let mut rows = StayRows::default();
            let report = paste(&mut rows, text, rule, ON);
            assert_eq!((report.added, report.rejected.len()), (2, 0));
        }
        // Under Kazakhstan's rule, France is outside and Kazakhstan inside.
        let mut rows = StayRows::default();
        let kz = rule("kz-visa-free").unwrap();
        let report = paste(
            &mut rows,
            "Kazakhstan 2025-03-01 2025-03-05\nFrance 2025-04-01\n",
            Some(kz),
            ON,
        );
        assert_eq!(report.added, 1);
        assert_eq!(report.rejected[0].line, 2);
    }

    #[test]
    fn good_lines_become_rows_and_bad_lines_are_reported_by_number() {
        let mut rows = StayRows::default();
        let report = paste(
            &mut rows,
            "Entry\tExit\n2025-03-01 2025-03-10\n01.04.2025 - 10.04.2025\n\nlast summer\n\
             1–10 May 2025\n",
            None,
            ON,
        );
        assert_eq!(report.added, 3);
        let lines: Vec<(usize, &str)> = report
            .rejected
            .iter()
            .map(|r| (r.line, r.text.as_str()))
            .collect();
        assert_eq!(lines, [(5, "last summer")]);
        assert_eq!(report.headers, [1]);
        let entries: Vec<&str> = rows.rows().iter().map(|r| r.entry.as_str()).collect();
        assert_eq!(entries, ["2025-03-01", "2025-04-01", "2025-05-01"]);
        assert_eq!(rows.rows()[2].exit, "2025-05-10");
    }

    #[test]
    fn pasting_below_typed_rows_keeps_them_first() {
        let mut rows = StayRows::from_values([("2024-12-01".into(), "2024-12-05".into(), false)]);
        let report = paste(&mut rows, "2025-06-01\n", None, ON);
        assert_eq!(report.added, 1);
        assert_eq!(rows.rows().len(), 2);
        assert_eq!(rows.rows()[0].entry, "2024-12-01");
        assert!(rows.rows()[1].still_there);
    }
}
