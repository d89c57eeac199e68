//! Which rule a zone's days are judged by, for a nationality: from the catalogue by
//! destination and nationality (the app's rule picker uses the same [`rule_for`]), no limit for
//! citizens at home and for EU, EEA and Swiss citizens in those states, or none known.

use super::countries::Country;
use super::zone::{zone_of, Zone};
use crate::catalogue::catalogue;
use crate::rule::Rule;

/// The catalogue's destination for each zone that has rules, by alpha-2 code in code order (the
/// Schengen area's is `Schengen area`). A test checks every destination of the catalogue is here.
const DESTINATIONS: &[(&str, &str)] = &[
    ("AL", "Albania"),
    ("BA", "Bosnia and Herzegovina"),
    ("BY", "Belarus"),
    ("CA", "Canada"),
    ("CY", "Cyprus"),
    ("GB", "United Kingdom"),
    ("GE", "Georgia"),
    ("JP", "Japan"),
    ("KZ", "Kazakhstan"),
    ("MX", "Mexico"),
    ("PL", "Poland"),
    ("RS", "Serbia"),
    ("RU", "Russia"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TR", "Turkey"),
    ("UA", "Ukraine"),
    ("US", "United States"),
    ("UZ", "Uzbekistan"),
];

/// The states whose citizens move freely among them, with no short-stay limit: the 27 EU
/// states (Directive 2004/38/EC), the other EEA states Iceland, Liechtenstein and Norway (EEA
/// Agreement) and Switzerland (EU–Swiss Agreement on the Free Movement of Persons). The
/// catalogue's Schengen rule applies to "third-country nationals ...; not EU, EEA or Swiss
/// citizens". The list is that of 2026: a check date before a state joined the EU (Croatia
/// 2013) or after one left (the United Kingdom, 2020) is not modelled. In code order.
pub const FREE_MOVEMENT: &[&str] = &[
    "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The catalogue's destination name for `zone`, if the catalogue has rules for it.
pub fn destination(zone: Zone) -> Option<&'static str> {
    match zone {
        Zone::Schengen => Some("Schengen area"),
        Zone::Country(c) => DESTINATIONS
            .binary_search_by_key(&code_key(c.alpha2), |&(code, _)| code_key(code))
            .ok()
            .map(|i| DESTINATIONS[i].1),
    }
}

/// The zone a catalogue rule's days are counted in (its destination's: the Schengen area for
/// `schengen`, Kazakhstan for `kz-visa-free`); `None` for a rule with no destination (a custom
/// one), whose stays may be anywhere.
///
/// ```
/// use staycalc::{rule, zones::{zone_of_rule, Zone}};
/// assert_eq!(zone_of_rule(rule("schengen")?), Some(Zone::Schengen));
/// assert_eq!(zone_of_rule(rule("kz-visa-free")?).map(|z| z.id()), Some("kz".into()));
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn zone_of_rule(rule: &Rule) -> Option<Zone> {
    if rule.destination == "Schengen area" {
        return Some(Zone::Schengen);
    }
    DESTINATIONS
        .iter()
        .find(|(_, name)| *name == rule.destination)
        .and_then(|(code, _)| super::countries::by_alpha2(code))
        .map(Zone::Country)
}

/// Why a stay in `country` from `entry` to `last` (its exit, or the check date for a stay
/// still under way) is not counted under `rule`: some of its days are outside the rule's zone
/// (Georgia under Schengen's rule; Bulgaria before 31 March 2024). `None` when every day is in
/// it, or the rule has no zone.
///
/// ```
/// use staycalc::{date, rule, zones::{country, outside_rule}};
/// let schengen = rule("schengen")?;
/// assert_eq!(outside_rule(schengen, country("FR")?, date(2025, 3, 1), date(2025, 3, 9)), None);
/// assert_eq!(
///     outside_rule(schengen, country("GE")?, date(2025, 3, 1), date(2025, 3, 9)).as_deref(),
///     Some("Georgia (GE) is not in the Schengen area, the zone of rule schengen"),
/// );
/// assert_eq!(
///     outside_rule(schengen, country("BG")?, date(2024, 3, 20), date(2024, 4, 2)).as_deref(),
///     Some("Bulgaria (BG) counts toward the Schengen area only from 2024-03-31, not on every \
///           day of this stay (rule schengen)"),
/// );
/// let kz = rule("kz-visa-free")?;
/// assert_eq!(
///     outside_rule(kz, country("UZ")?, date(2025, 3, 1), date(2025, 3, 9)).as_deref(),
///     Some("Uzbekistan (UZ) is not Kazakhstan (KZ), the country of rule kz-visa-free"),
/// );
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn outside_rule(
    rule: &Rule,
    country: &'static Country,
    entry: chrono::NaiveDate,
    last: chrono::NaiveDate,
) -> Option<String> {
    let zone = zone_of_rule(rule)?;
    // A country joins the Schengen area once, so the stay's first and last days tell.
    let inside = |day| zone_of(country, day) == zone;
    if inside(entry) && inside(last) {
        return None;
    }
    let name = format!("{} ({})", country.name("en"), country.alpha2);
    let joined = super::membership::schengen_membership(country.alpha2).map(|m| m.from);
    Some(match (zone, joined) {
        (Zone::Schengen, Some(from)) => format!(
            "{name} counts toward the Schengen area only from {from}, not on every day of this \
             stay (rule {})",
            rule.id
        ),
        (Zone::Schengen, None) => {
            format!(
                "{name} is not in the Schengen area, the zone of rule {}",
                rule.id
            )
        }
        (Zone::Country(home), _) => format!(
            "{name} is not {} ({}), the country of rule {}",
            home.name("en"),
            home.alpha2,
            rule.id
        ),
    })
}

/// The zones the catalogue has rules for: the Schengen area and each destination country.
pub(crate) fn zones_with_rules() -> impl Iterator<Item = Zone> {
    std::iter::once(Zone::Schengen).chain(
        DESTINATIONS
            .iter()
            .filter_map(|(code, _)| super::countries::by_alpha2(code).map(Zone::Country)),
    )
}

/// The rule for a traveller of `nationality` (an ISO alpha-2 code, or empty for "another one")
/// going to `destination`: the first rule naming that nationality, else the destination's
/// first rule that names none (its general rule). `None` when the catalogue has no such rule
/// (Poland only has a rule for US citizens, for example).
///
/// ```
/// use staycalc::zones::rule_for;
/// let id = |destination, nationality| rule_for(destination, nationality).map(|r| r.id.as_ref());
/// assert_eq!(id("Kazakhstan", "CN"), Some("kz-china"));
/// assert_eq!(id("Kazakhstan", "FR"), Some("kz-visa-free"));
/// assert_eq!(id("Poland", "DE"), None);
/// ```
pub fn rule_for(destination: &str, nationality: &str) -> Option<&'static Rule> {
    let rules = || {
        catalogue()
            .iter()
            .filter(|r| same(r.destination, destination))
    };
    rules()
        .find(|r| !nationality.is_empty() && names(r, nationality))
        .or_else(|| rules().find(|r| r.nationalities.is_empty()))
}

/// Whether `rule` names the nationality `code`.
fn names(rule: &Rule, code: &str) -> bool {
    rule.nationalities.iter().any(|&n| same(n, code))
}

/// `a == b`, their first bytes compared first: the catalogue's destinations and codes mostly
/// differ there, and where next asks for a rule in every known zone (about 30 times a log), so
/// the calls to compare whole strings were a few percent of a travel log's answer.
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// An alpha-2 code's two bytes, ordered as the code (the tables' codes are all two letters).
#[inline]
fn code_key(code: &str) -> (u8, u8) {
    let bytes = code.as_bytes();
    (
        bytes.first().copied().unwrap_or(0),
        bytes.get(1).copied().unwrap_or(0),
    )
}

/// What applies in a zone to one nationality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    /// A catalogue rule.
    Rule(&'static Rule),
    /// No limit on the days (a citizen at home; an EU, EEA or Swiss citizen in one of those
    /// states or the Schengen area).
    NoLimit,
    /// The catalogue has no rule for this nationality there: days are counted, no limit is
    /// guessed.
    NoRuleKnown,
}

/// Why a regime applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A citizen in their own country.
    Home,
    /// An EU, EEA or Swiss citizen in one of those states or the Schengen area.
    FreeMovement,
    /// The catalogue's rule names the nationality.
    Named,
    /// The destination's general rule (it names no nationality).
    General,
    /// The catalogue has no rule for the nationality there.
    NoRule,
    /// The catalogue's rule starts after the check date (on this date).
    NotYetInForce(chrono::NaiveDate),
}

/// The regime of a zone for one nationality, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The zone.
    pub zone: Zone,
    /// The nationality it is for.
    pub nationality: &'static Country,
    /// What applies.
    pub regime: Regime,
    /// Why.
    pub why: Why,
}

impl Why {
    /// The word for it in JSON answers: `home`, `free_movement`, `named`, `general` (the
    /// destination's general rule: the catalogue does not say it covers the nationality),
    /// `no_rule` or `not_yet_in_force`.
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Home => "home",
            Why::FreeMovement => "free_movement",
            Why::Named => "named",
            Why::General => "general",
            Why::NoRule => "no_rule",
            Why::NotYetInForce(_) => "not_yet_in_force",
        }
    }
}

impl Choice {
    /// Why, in words (English).
    ///
    /// ```
    /// use staycalc::zones::{choice, country, Zone};
    /// let home = choice(Zone::Country(country("KZ")?), country("KZ")?);
    /// assert_eq!(home.reason(), "a citizen of Kazakhstan (KZ) has no limit in their own country");
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn reason(&self) -> String {
        let citizen = format!(
            "a citizen of {} ({})",
            self.nationality.en, self.nationality.alpha2
        );
        let destination = destination(self.zone).unwrap_or_else(|| self.zone.name("en"));
        match (self.why, self.regime) {
            (Why::Home, _) => format!("{citizen} has no limit in their own country"),
            (Why::FreeMovement, _) => format!(
                "{citizen}: EU, EEA and Swiss citizens move freely in the EU, EEA and \
                 Switzerland, with no short-stay limit (Directive 2004/38/EC, the EEA Agreement, \
                 the EU-Swiss Agreement on the Free Movement of Persons; longer stays have \
                 conditions of residence)"
            ),
            (Why::Named, _) => format!("{citizen}: the catalogue's rule for this nationality"),
            (Why::General, Regime::Rule(rule)) => format!(
                "{citizen}: the general rule of {destination}, for {} (the catalogue does not \
                 list each nationality it covers: check yours is among them)",
                first_lowercase(rule.applies_to)
            ),
            (Why::NotYetInForce(from), _) => format!(
                "{citizen}: the catalogue's rule for {destination} starts on {from}, after the \
                 check date: days are counted, no limit is assumed"
            ),
            _ => format!(
                "the catalogue has no rule for {citizen} in {destination}: days are counted, no \
                 limit is assumed"
            ),
        }
    }
}

/// What applies in `zone` to a citizen of `nationality`, and why ([`Choice::reason`]).
///
/// ```
/// use staycalc::zones::{choice, country, Regime, Zone};
/// let schengen = choice(Zone::Schengen, country("FR")?);
/// assert_eq!(schengen.regime, Regime::NoLimit);
/// let kz = choice(Zone::Country(country("KZ")?), country("FR")?);
/// assert!(matches!(kz.regime, Regime::Rule(rule) if rule.id == "kz-visa-free"));
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn choice(zone: Zone, nationality: &'static Country) -> Choice {
    let free = |code: &str| {
        FREE_MOVEMENT
            .binary_search_by_key(&code_key(code), |&c| code_key(c))
            .is_ok()
    };
    let home = matches!(zone, Zone::Country(c) if c == nationality);
    let moves_freely = free(nationality.alpha2)
        && match zone {
            Zone::Schengen => true,
            Zone::Country(c) => free(c.alpha2),
        };
    let (regime, why) = if home {
        (Regime::NoLimit, Why::Home)
    } else if moves_freely {
        (Regime::NoLimit, Why::FreeMovement)
    } else {
        match destination(zone).and_then(|d| rule_for(d, nationality.alpha2)) {
            Some(rule) if names(rule, nationality.alpha2) => (Regime::Rule(rule), Why::Named),
            Some(rule) => (Regime::Rule(rule), Why::General),
            None => (Regime::NoRuleKnown, Why::NoRule),
        }
    };
    Choice {
        zone,
        nationality,
        regime,
        why,
    }
}

/// `text` with its first letter in lower case (for a text set inside a sentence).
fn first_lowercase(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zones::country;

    #[test]
    fn every_catalogue_destination_has_a_zone() {
        for rule in catalogue() {
            let found = rule.destination == "Schengen area"
                || DESTINATIONS.iter().any(|&(_, d)| d == rule.destination);
            assert!(found, "{}", rule.destination);
        }
        for (code, _) in DESTINATIONS {
            assert!(super::super::countries::by_alpha2(code).is_some());
        }
        // Both are searched by halves.
        assert!(DESTINATIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FREE_MOVEMENT.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(FREE_MOVEMENT.len(), 27 + 3 + 1);
        // By their two bytes (`code_key`): every code of the tables and of the country table
        // is two letters, so the key orders and tells them apart as the codes do.
        let two_letters =
            |code: &str| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        assert!(DESTINATIONS.iter().all(|&(code, _)| two_letters(code)));
        assert!(FREE_MOVEMENT.iter().all(|&code| two_letters(code)));
        assert!(crate::zones::countries()
            .iter()
            .all(|c| two_letters(c.alpha2)));
        assert!(DESTINATIONS
            .windows(2)
            .all(|w| code_key(w[0].0) < code_key(w[1].0)));
        // Every pair of the catalogue's nationality codes and destinations compares as `==` does.
        let destinations: Vec<&str> = catalogue().iter().map(|r| r.destination).collect();
        let codes: Vec<&str> = catalogue()
            .iter()
            .flat_map(|r| r.nationalities.iter().copied())
            .collect();
        for list in [&destinations, &codes] {
            for a in list.iter() {
                for b in list.iter() {
                    assert_eq!(same(a, b), a == b, "{a} {b}");
                }
            }
        }
    }

    #[test]
    fn nationality_and_destination_pick_the_specific_rule_before_the_general_one() {
        let id = |destination: &str, nationality: &str| {
            rule_for(destination, nationality).map(|r| r.id.as_ref())
        };
        assert_eq!(id("Kazakhstan", "CN"), Some("kz-china"));
        assert_eq!(id("Kazakhstan", "RU"), Some("kz-eaeu"));
        assert_eq!(id("Kazakhstan", ""), Some("kz-visa-free"));
        assert_eq!(id("Albania", "US"), Some("al-us"));
        assert_eq!(id("Schengen area", "US"), Some("schengen"));
        assert_eq!(id("Atlantis", ""), None);
    }

    #[test]
    fn citizens_at_home_and_eu_citizens_in_the_eu_have_no_limit() {
        let regime = |zone: &str, nationality: &str| {
            choice(Zone::from_id(zone).unwrap(), country(nationality).unwrap()).regime
        };
        assert_eq!(regime("kz", "KZ"), Regime::NoLimit);
        assert_eq!(regime("schengen", "IE"), Regime::NoLimit);
        assert_eq!(regime("schengen", "CH"), Regime::NoLimit);
        assert_eq!(regime("cy", "DE"), Regime::NoLimit);
        assert_eq!(
            regime("schengen", "US"),
            Regime::Rule(crate::rule("schengen").unwrap())
        );
        assert_eq!(regime("cy", "US"), Regime::Rule(crate::rule("cy").unwrap()));
        assert_eq!(
            regime("kz", "FR"),
            Regime::Rule(crate::rule("kz-visa-free").unwrap())
        );
        assert_eq!(regime("bg", "US"), Regime::NoRuleKnown);
        assert_eq!(regime("pl", "DE"), Regime::NoLimit);
        assert_eq!(regime("pl", "JP"), Regime::NoRuleKnown);
    }
}
