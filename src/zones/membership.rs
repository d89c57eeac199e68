//! Which countries' days count toward the Schengen area's common 90 days in any 180, and from
//! which date: data only, one entry per block, each with its legal source and confidence.
//!
//! # Where the data comes from
//!
//! `docs/rules.md` §2.4 (Croatia, Bulgaria and Romania, Cyprus, Ireland, the microstates) and
//! `docs/documents-and-zones.md` §4(d) for the recent members; for the earlier members, the
//! Council decisions on the full application of the Schengen acquis as published in the
//! Official Journal (seen through EUR-Lex copies and dataset mirrors) and the accession
//! chronology of the Schengen states as reported by the European Commission, the Library of
//! Congress and national pages (each entry names its own). Collected 2026-12.
//!
//! # Which date counts
//!
//! The first day the state applied the Schengen acquis in full, with the lifting of checks at
//! its internal land (or sea) borders: from then on a short stay there is a stay in the
//! Schengen area. Where air borders followed later (Croatia on 26 March 2023, the 2007 members
//! on 30 March 2008, Switzerland on 29 March 2009), the earlier date counts; for Bulgaria and
//! Romania the acquis applied in full, and stays started to count, from 31 March 2024 with the
//! lifting of air and sea checks, although land checks stayed until 1 January 2025.
//!
//! # Assumptions
//!
//! Monaco, San Marino and the Vatican have no border checks with France or Italy: time there
//! cannot be told apart, so it counts with the neighbour, from the neighbour's date (an
//! assumption, low confidence). Andorra keeps its border checks with France and Spain: entering
//! it is leaving the Schengen area, so it is a zone of its own ([`OUTSIDE`]). Cyprus and
//! Ireland are outside on every date: Cyprus is a Schengen state not yet fully applying the
//! acquis, and is counted apart (Schengen Borders Code Art. 6(1a)); Ireland opted out.

use crate::rule::Confidence;
use chrono::NaiveDate;

/// A date literal that fails to compile when it is not a date.
const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date in the membership table"),
    }
}

/// A country whose days count toward the Schengen area's 90/180 from a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Membership {
    /// The country's ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// The first day its days count toward the Schengen area; before it, the country is a zone
    /// of its own.
    pub from: NaiveDate,
    /// The legal act and where it was read.
    pub source: &'static str,
    /// How sure we are of the date.
    pub confidence: Confidence,
    /// What the date means, and any assumption, in words.
    pub note: &'static str,
}

/// A European country whose days never count toward the Schengen area, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outside {
    /// The country's ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// Where that is said.
    pub source: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
    /// Why, in words.
    pub note: &'static str,
}

/// The first members: the Convention implementing the Schengen Agreement put into effect.
const FIRST_MEMBERS: &str = "Convention implementing the Schengen Agreement, put into effect on \
    26 March 1995 for Belgium, France, Germany, Luxembourg, the Netherlands, Portugal and Spain \
    (Schengen accession chronology: https://www.schengen-visa-info.eu/schengen-agreement; \
    Austria-Forum, Schengener Übereinkommen; docest.com summary of the Convention)";

/// The nine members of 21 December 2007.
const MEMBERS_2007: &str = "Council Decision 2007/801/EC of 6 December 2007 on the full \
    application of the provisions of the Schengen acquis in the Czech Republic, Estonia, \
    Latvia, Lithuania, Hungary, Malta, Poland, Slovenia and Slovakia, OJ L 323, 8.12.2007, \
    p. 34 (CELEX 32007D0801); internal land and sea border checks lifted 21 December 2007, air \
    30 March 2008 (JHA Council conclusions of 8 November 2007, as reported by euroskop.cz; \
    Library of Congress Global Legal Monitor, 12 January 2009)";

/// The Nordic members of 25 March 2001.
const NORDIC_2001: &str = "Convention implementing the Schengen Agreement in force for \
    Denmark, Finland, Iceland, Norway and Sweden from 25 March 2001 (docest.com summary of the \
    Convention; Schengen accession chronology: \
    https://www.schengen-visa-info.eu/schengen-agreement)";

/// Bulgaria and Romania.
const BG_RO: &str = "Council Decision (EU) 2024/210 of 30 December 2023 (air and sea checks \
    lifted 31 March 2024; land checks lifted 1 January 2025 by the Council decision of \
    12 December 2024): Bulgarian National Television, Romania Insider, ANSA, the EES site as \
    reported by Kathimerini Cyprus; Fragomen; vreemdelingenrecht.be";

/// Every country whose days count toward the Schengen area, and from which date, in order of
/// alpha-2 code. Every other country is a zone of its own on every date.
pub static SCHENGEN_MEMBERS: &[Membership] = &[
    Membership {
        country: "AT",
        from: ymd(1997, 12, 1),
        source: "Convention implementing the Schengen Agreement in force for Austria from \
            1 December 1997, internal border checks ended 1 April 1998 (Austria-Forum, \
            Schengener Übereinkommen; https://www.schengen-visa-info.eu/schengen-agreement)",
        confidence: Confidence::Medium,
        note: "The date the Convention was put into force for Austria; checks at its internal \
            borders ended on 1 April 1998.",
    },
    Membership {
        country: "BE",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member.",
    },
    Membership {
        country: "BG",
        from: ymd(2024, 3, 31),
        source: BG_RO,
        confidence: Confidence::Medium,
        note: "Stays count from the lifting of air and sea checks (Schengen rules started to \
            apply, Schengen visas issued); land checks stayed until 1 January 2025. Before, \
            Bulgaria applied its own 90/180.",
    },
    Membership {
        country: "CH",
        from: ymd(2008, 12, 12),
        source: "Council Decision 2008/903/EC on the full application of the Schengen acquis in \
            Switzerland; land border checks lifted 12 December 2008, air 29 March 2009 (Library \
            of Congress Global Legal Monitor, 12 January 2009; euroskop.cz)",
        confidence: Confidence::Medium,
        note: "Land checks lifted on this date; air checks on 29 March 2009.",
    },
    Membership {
        country: "CZ",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "DE",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member.",
    },
    Membership {
        country: "DK",
        from: ymd(2001, 3, 25),
        source: NORDIC_2001,
        confidence: Confidence::Medium,
        note: "The Faroe Islands and Greenland (FO, GL) are outside the Schengen area.",
    },
    Membership {
        country: "EE",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "ES",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member.",
    },
    Membership {
        country: "FI",
        from: ymd(2001, 3, 25),
        source: NORDIC_2001,
        confidence: Confidence::Medium,
        note: "A Nordic member.",
    },
    Membership {
        country: "FR",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member (metropolitan France; its overseas territories with their own \
            ISO codes are zones of their own).",
    },
    Membership {
        country: "GR",
        from: ymd(2000, 1, 1),
        source: "Council Decision 1999/848/EC of 13 December 1999 on the full application of \
            the Schengen acquis in Greece, OJ L 327, 21.12.1999, p. 58 (CELEX 31999D0848): \
            checks at internal borders lifted between 1 January and 26 March 2000",
        confidence: Confidence::Medium,
        note: "The decision applies from 1 January 2000; checks at internal borders were lifted \
            between that date and 26 March 2000.",
    },
    Membership {
        country: "HR",
        from: ymd(2023, 1, 1),
        source: "Council Decision (EU) 2022/2451; internal land and sea checks lifted 1 January \
            2023, air 26 March 2023 (investcroatia.gov.hr; mup.gov.hr; HINA)",
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 26 March 2023. Before, \
            Croatia applied its own 90/180.",
    },
    Membership {
        country: "HU",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "IS",
        from: ymd(2001, 3, 25),
        source: NORDIC_2001,
        confidence: Confidence::Medium,
        note: "A Nordic member outside the EU.",
    },
    Membership {
        country: "IT",
        from: ymd(1997, 10, 26),
        source: "Convention implementing the Schengen Agreement in force for Italy from \
            26 October 1997 (Austria-Forum, Schengener Übereinkommen; \
            https://www.schengen-visa-info.eu/schengen-agreement)",
        confidence: Confidence::Medium,
        note: "The date the Convention was put into force for Italy.",
    },
    Membership {
        country: "LI",
        from: ymd(2011, 12, 19),
        source: "Council Decision 2011/842/EU of 13 December 2011 on the full application of the \
            provisions of the Schengen acquis in the Principality of Liechtenstein, OJ L 334, \
            16.12.2011, p. 27; European Commission press release IP/11/1566 of 19 December 2011",
        confidence: Confidence::High,
        note: "Checks at its borders lifted on this date.",
    },
    Membership {
        country: "LT",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "LU",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member.",
    },
    Membership {
        country: "LV",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "MC",
        from: ymd(1995, 3, 26),
        source: "No border checks with France, which checks Monaco's port and heliport \
            (Wikipedia-derived pages, travel.SE answers, EU relations report \
            summary); San Marino RTV, 26 March 1995",
        confidence: Confidence::Low,
        note: "An assumption: Monaco is inside the Schengen external border, so its days count \
            with France's, from France's date.",
    },
    Membership {
        country: "MT",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "NL",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member (the European Netherlands; Aruba, Curaçao, Sint Maarten and the \
            Caribbean Netherlands have ISO codes of their own and are zones of their own).",
    },
    Membership {
        country: "NO",
        from: ymd(2001, 3, 25),
        source: NORDIC_2001,
        confidence: Confidence::Medium,
        note: "A Nordic member outside the EU (Svalbard, within NO's code here, is outside the \
            Schengen area: not modelled).",
    },
    Membership {
        country: "PL",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "PT",
        from: ymd(1995, 3, 26),
        source: FIRST_MEMBERS,
        confidence: Confidence::Medium,
        note: "A first member.",
    },
    Membership {
        country: "RO",
        from: ymd(2024, 3, 31),
        source: BG_RO,
        confidence: Confidence::Medium,
        note: "Stays count from the lifting of air and sea checks (Schengen rules started to \
            apply, Schengen visas issued); land checks stayed until 1 January 2025. Before, \
            Romania applied its own 90/180.",
    },
    Membership {
        country: "SE",
        from: ymd(2001, 3, 25),
        source: NORDIC_2001,
        confidence: Confidence::Medium,
        note: "A Nordic member.",
    },
    Membership {
        country: "SI",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land and sea checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "SK",
        from: ymd(2007, 12, 21),
        source: MEMBERS_2007,
        confidence: Confidence::High,
        note: "Land checks lifted on this date; air checks on 30 March 2008.",
    },
    Membership {
        country: "SM",
        from: ymd(1997, 10, 26),
        source: "Open border with Italy (Wikipedia-derived pages, travel.SE \
            answers, EU relations report summary)",
        confidence: Confidence::Low,
        note: "An assumption: San Marino has an open border with Italy, so its days count with \
            Italy's, from Italy's date.",
    },
    Membership {
        country: "VA",
        from: ymd(1997, 10, 26),
        source: "Open border with Italy (Wikipedia-derived pages, travel.SE \
            answers, EU relations report summary)",
        confidence: Confidence::Low,
        note: "An assumption: Vatican City has an open border with Italy, so its days count \
            with Italy's, from Italy's date.",
    },
];

/// European countries whose days never count toward the Schengen area, each a zone of its own.
pub static OUTSIDE: &[Outside] = &[
    Outside {
        country: "AD",
        source: "Andorra keeps border controls with France and Spain \
            (Wikipedia-derived pages, travel.SE answers, EU relations report summary)",
        confidence: Confidence::Low,
        note: "An assumption: entering Andorra is leaving the Schengen area.",
    },
    Outside {
        country: "CY",
        source: "Regulation (EU) 2016/399 Art. 6(1a); EC DG HOME \"Schengen area\" page; eu-LISA \
            EES map; Council Decision (EU) 2023/870 (SIS only)",
        confidence: Confidence::Medium,
        note: "A Schengen state not yet fully applying the acquis and not operating the EES: its \
            90/180 is counted apart. Its status on 2026-12-03 is not confirmed.",
    },
    Outside {
        country: "IE",
        source: "EC DG HOME \"Schengen area\" page (Ireland's opt-out)",
        confidence: Confidence::High,
        note: "Never in the Schengen area: it shares the Common Travel Area with the UK.",
    },
];

/// The membership of `country` (alpha-2), if its days ever count toward the Schengen area.
pub(crate) fn schengen_membership(country: &str) -> Option<&'static Membership> {
    // Codes compared as two-byte numbers: a call per day of a long log must be cheap.
    let key = |code: &str| code.bytes().fold(0u32, |k, b| k << 8 | u32::from(b));
    let wanted = key(country);
    SCHENGEN_MEMBERS
        .binary_search_by(|m| key(m.country).cmp(&wanted))
        .ok()
        .map(|i| &SCHENGEN_MEMBERS[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zones::countries::by_alpha2;

    #[test]
    fn members_are_countries_once_each_in_code_order_with_a_source() {
        assert!(SCHENGEN_MEMBERS
            .windows(2)
            .all(|w| w[0].country < w[1].country));
        for m in SCHENGEN_MEMBERS.iter() {
            assert!(by_alpha2(m.country).is_some(), "{}", m.country);
            assert!(!m.source.is_empty() && !m.note.is_empty(), "{}", m.country);
        }
        for o in OUTSIDE {
            assert!(by_alpha2(o.country).is_some());
            assert!(schengen_membership(o.country).is_none(), "{}", o.country);
        }
    }

    #[test]
    fn the_29_states_and_three_microstates_count_in_2026() {
        let in_2026 = SCHENGEN_MEMBERS
            .iter()
            .filter(|m| m.from <= ymd(2026, 1, 1))
            .count();
        assert_eq!(in_2026, 29 + 3);
        assert_eq!(schengen_membership("HR").unwrap().from, ymd(2023, 1, 1));
        assert_eq!(schengen_membership("BG").unwrap().from, ymd(2024, 3, 31));
        assert_eq!(schengen_membership("RO").unwrap().from, ymd(2024, 3, 31));
        assert!(schengen_membership("CY").is_none());
        assert!(schengen_membership("IE").is_none());
        assert!(schengen_membership("AD").is_none());
    }

    #[test]
    fn microstates_count_from_their_neighbours_date() {
        let from = |c: &str| schengen_membership(c).unwrap().from;
        assert_eq!(from("MC"), from("FR"));
        assert_eq!(from("SM"), from("IT"));
        assert_eq!(from("VA"), from("IT"));
    }
}
