//! Choosing a rule: from the catalogue by id, by destination and nationality, or custom numbers.

use crate::catalogue::{catalogue, rule};
use crate::error::{Error, Result};
use crate::rule::{Rule, MAX_RULE_DAYS};

/// The id the rule list uses for "my own numbers".
pub(crate) const CUSTOM: &str = "custom";

/// The catalogue rule a new visitor starts with.
pub(crate) const DEFAULT_RULE: &str = "schengen";

/// The numbers of a custom rule as typed (digits, or empty for "none").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CustomNumbers {
    /// The window in days.
    pub window: String,
    /// The most days in the window.
    pub max: String,
    /// The most days per stay; empty for no per-entry cap.
    pub per_entry: String,
}

impl Default for CustomNumbers {
    /// 90 days in any 180, no per-entry cap: the most common rule, as a starting point.
    fn default() -> CustomNumbers {
        CustomNumbers {
            window: "180".into(),
            max: "90".into(),
            per_entry: String::new(),
        }
    }
}

/// Reads one typed number for `field`.
fn number(field: &str, text: &str) -> Result<u32> {
    text.trim().parse().map_err(|_| Error::InvalidNumber {
        field: field.into(),
        value: text.into(),
        expected: format!("a whole number of days from 1 to {MAX_RULE_DAYS}"),
    })
}

/// The rule the traveller chose: the catalogue rule `id`, or for [`CUSTOM`] a rolling rule
/// with the typed numbers.
///
/// # Errors
///
/// [`Error::UnknownRule`] for an id not in the catalogue; [`Error::InvalidNumber`] for a
/// custom number that is not a whole number; [`Error::InvalidRule`] for custom numbers that
/// make no sense (see [`Rule::custom`]).
pub(crate) fn chosen_rule(id: &str, custom: &CustomNumbers) -> Result<Rule> {
    if id != CUSTOM {
        return rule(id).cloned();
    }
    let per_entry = match custom.per_entry.trim() {
        "" => None,
        text => Some(number("per-entry cap", text)?),
    };
    Rule::custom(
        number("window", &custom.window)?,
        number("maximum", &custom.max)?,
        per_entry,
    )
}

/// Every destination of the catalogue, once each, in catalogue order.
pub(crate) fn destinations() -> Vec<&'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    for rule in catalogue() {
        if !seen.contains(&rule.destination) {
            seen.push(rule.destination);
        }
    }
    seen
}

/// The nationalities (ISO codes) that some rule of `destination` names, in catalogue order.
/// Every other nationality falls under the destination's general rule, if it has one.
pub(crate) fn nationalities(destination: &str) -> Vec<&'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    for rule in catalogue().iter().filter(|r| r.destination == destination) {
        for &code in rule.nationalities {
            if !seen.contains(&code) {
                seen.push(code);
            }
        }
    }
    seen
}

/// The rule for a traveller of `nationality` (an ISO code, or empty for "another one") going to
/// `destination`: the engine's [`crate::zones::rule_for`], which a travel log's zones use too.
/// `None` when the catalogue has no such rule (Poland only has a rule for US citizens, for
/// example).
pub(crate) fn suggestion(destination: &str, nationality: &str) -> Option<&'static Rule> {
    crate::zones::rule_for(destination, nationality)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_ids_give_their_rule_and_unknown_ids_an_error() {
        let custom = CustomNumbers::default();
        assert_eq!(chosen_rule("kz-china", &custom).unwrap().id, "kz-china");
        assert_eq!(
            chosen_rule("atlantis", &custom).unwrap_err().code(),
            "unknown_rule"
        );
    }

    #[test]
    fn custom_numbers_make_a_rolling_rule_or_say_what_is_wrong() {
        let numbers = |window: &str, max: &str, per_entry: &str| CustomNumbers {
            window: window.into(),
            max: max.into(),
            per_entry: per_entry.into(),
        };
        let rule = chosen_rule(CUSTOM, &numbers("180", "90", "30")).unwrap();
        assert_eq!(rule, Rule::custom(180, 90, Some(30)).unwrap());
        let rule = chosen_rule(CUSTOM, &numbers(" 365 ", "183", "")).unwrap();
        assert_eq!(rule, Rule::custom(365, 183, None).unwrap());
        let error = chosen_rule(CUSTOM, &numbers("", "90", "")).unwrap_err();
        assert_eq!(
            error,
            Error::InvalidNumber {
                field: "window".into(),
                value: "".into(),
                expected: format!("a whole number of days from 1 to {MAX_RULE_DAYS}"),
            }
        );
        let error = chosen_rule(CUSTOM, &numbers("90", "90", "")).unwrap_err();
        assert_eq!(error.code(), "invalid_rule");
        let error = chosen_rule(CUSTOM, &numbers("180", "90", "-1")).unwrap_err();
        assert_eq!(error.code(), "invalid_number");
    }

    #[test]
    fn destinations_are_listed_once_each() {
        let all = destinations();
        let kazakhstan = all.iter().filter(|&&d| d == "Kazakhstan").count();
        assert_eq!(kazakhstan, 1);
        assert_eq!(all[0], "Schengen area");
        assert!(all.contains(&"Russia"));
    }

    #[test]
    fn nationality_and_destination_pick_the_specific_rule_before_the_general_one() {
        assert!(nationalities("Kazakhstan").contains(&"CN"));
        assert!(nationalities("Schengen area").is_empty());
        let id = |destination: &str, nationality: &str| {
            suggestion(destination, nationality).map(|r| r.id.as_ref())
        };
        assert_eq!(id("Kazakhstan", "CN"), Some("kz-china"));
        assert_eq!(id("Kazakhstan", "RU"), Some("kz-eaeu"));
        assert_eq!(id("Kazakhstan", "DE"), Some("kz-visa-free"));
        assert_eq!(id("Kazakhstan", ""), Some("kz-visa-free"));
        assert_eq!(id("Albania", "US"), Some("al-us"));
        assert_eq!(id("Schengen area", "US"), Some("schengen"));
        assert_eq!(id("Poland", "US"), Some("pl-us"));
        assert_eq!(id("Poland", "DE"), None);
        assert_eq!(id("Atlantis", ""), None);
    }
}
