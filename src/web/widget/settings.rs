//! What a host page sets on an embedded widget (`<stay-calculator>`'s attributes, or the
//! query of `embed.html`), read into settings, and the state a widget starts with.
//!
//! The attributes:
//!
//! * `rule`: a catalogue id (or `custom`), taken as written so that a mistyped id shows as an
//!   unknown rule rather than quietly becoming another rule. Removing it leaves the current
//!   choice.
//! * `lang`: a language tag (`en`, `ru-RU`, `kk`); one the app does not speak, or none, leaves
//!   the choice to the browser's preferences.
//! * `on`: a fixed check date, `YYYY-MM-DD`; absent or unreadable, the check date is today.
//! * `compact`: present for the compact layout (any value but `false`).
//! * `nationality`: the traveller's nationalities, ISO codes separated by commas (`US,IE`):
//!   with it, a country on each stay gives an answer card per zone, as on the page. Absent, a
//!   nationality typed in the widget (or none) is used.
//! * `persist`: a key under which the widget saves what is entered, in local storage as
//!   `staycalc-widget:<key>`. Without it the widget neither reads nor writes storage, so two
//!   widgets (or two host pages) never see each other's data unless they share a key.
//!
//! `theme` and the `--staycalc-*` custom properties are styling only: the widget's stylesheet
//! reads them, and nothing here.

use crate::date::parse_date;
use crate::web::keys::WIDGET_KEY_PREFIX;
use crate::web::lang::Lang;
use crate::web::traveller::{start, Start};
use chrono::NaiveDate;

/// The attributes a widget reads, in the order a host's settings are read.
pub(crate) const ATTRIBUTES: [&str; 6] =
    ["rule", "lang", "on", "compact", "persist", "nationality"];

/// A widget's settings, as its host set them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct WidgetSettings {
    /// The rule the host chose (a catalogue id or `custom`), if any.
    pub rule: Option<String>,
    /// The language the host chose, if the app speaks it.
    pub lang: Option<Lang>,
    /// A fixed check date, if one was set and readable.
    pub on: Option<NaiveDate>,
    /// Whether the compact layout was asked for.
    pub compact: bool,
    /// The storage key, if the host opted in to saving.
    pub persist: Option<String>,
    /// The nationalities the host set (codes as written), if any.
    pub nationality: Option<Vec<String>>,
}

impl WidgetSettings {
    /// Reads attribute `name` with its `value` (`None`: the attribute is absent). Returns
    /// whether `name` is one of the [`ATTRIBUTES`]; any other is ignored.
    pub fn set(&mut self, name: &str, value: Option<&str>) -> bool {
        let value = value.map(str::trim);
        match name {
            "rule" => {
                if let Some(id) = value.filter(|id| !id.is_empty()) {
                    self.rule = Some(id.to_string());
                }
            }
            "lang" => self.lang = value.and_then(Lang::from_tag),
            "on" => self.on = value.and_then(|text| parse_date(text, "on").ok()),
            "compact" => self.compact = value.is_some_and(|v| !v.eq_ignore_ascii_case("false")),
            "persist" => self.persist = value.filter(|key| !key.is_empty()).map(str::to_string),
            "nationality" => {
                self.nationality = value.filter(|v| !v.is_empty()).map(|v| {
                    v.split(',')
                        .map(|code| code.trim().to_string())
                        .filter(|code| !code.is_empty())
                        .collect()
                });
            }
            _ => return false,
        }
        true
    }

    /// Where the widget saves its state: `staycalc-widget:<persist>`, or `None` when the host
    /// did not opt in.
    pub fn storage_key(&self) -> Option<String> {
        self.persist
            .as_ref()
            .map(|key| format!("{WIDGET_KEY_PREFIX}{key}"))
    }

    /// How the widget starts: the traveller's [`start`] from what was `stored` under its key
    /// (a widget reads no link), with the host's rule, language and check date over the state.
    pub fn starting_state(&self, stored: Option<&str>) -> Start {
        let mut start = start(stored, None);
        let saved = &mut start.saved;
        if let Some(rule) = &self.rule {
            saved.rule.clone_from(rule);
        }
        if self.lang.is_some() {
            saved.lang = self.lang;
        }
        if self.on.is_some() {
            saved.on = self.on;
        }
        if let Some(nationality) = &self.nationality {
            saved.nationalities.clone_from(nationality);
        }
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::web::traveller::{Saved, StayRows};

    fn settings(pairs: &[(&str, &str)]) -> WidgetSettings {
        let mut settings = WidgetSettings::default();
        for (name, value) in pairs {
            assert!(settings.set(name, Some(value)), "{name} is read");
        }
        settings
    }

    #[test]
    fn attributes_are_read() {
        let read = settings(&[
            ("rule", " kz-china "),
            ("lang", "ru-RU"),
            ("on", "2014-11-30"),
            ("compact", ""),
            ("persist", "agency"),
        ]);
        assert_eq!(
            read,
            WidgetSettings {
                rule: Some("kz-china".into()),
                lang: Some(Lang::Ru),
                on: Some(date(2014, 11, 30)),
                compact: true,
                persist: Some("agency".into()),
                nationality: None,
            }
        );
        let dual = settings(&[("nationality", " US, ie ")]);
        assert_eq!(dual.nationality, Some(vec!["US".into(), "ie".into()]));
        let start = dual.starting_state(None);
        assert_eq!(start.saved.nationalities, ["US", "ie"]);
    }

    #[test]
    fn removing_an_attribute_undoes_it_except_the_rule() {
        let mut read = settings(&[("rule", "ru"), ("lang", "kk"), ("on", "2025-01-01")]);
        for name in ATTRIBUTES {
            read.set(name, None);
        }
        assert_eq!(
            read,
            WidgetSettings {
                rule: Some("ru".into()),
                ..WidgetSettings::default()
            }
        );
    }

    #[test]
    fn unreadable_values_fall_back() {
        let read = settings(&[
            ("rule", ""),
            ("lang", "de"),
            ("on", "30.11.2014"),
            ("compact", "false"),
            ("persist", "  "),
        ]);
        assert_eq!(read, WidgetSettings::default());
        // An unknown id is kept: the widget then says the rule is unknown.
        assert_eq!(
            settings(&[("rule", "atlantis")]).rule.as_deref(),
            Some("atlantis")
        );
        assert!(!WidgetSettings::default().set("theme", Some("dark")));
    }

    #[test]
    fn storage_is_namespaced_and_opt_in() {
        assert_eq!(WidgetSettings::default().storage_key(), None);
        assert_eq!(
            settings(&[("persist", "trip")]).storage_key().as_deref(),
            Some("staycalc-widget:trip")
        );
    }

    #[test]
    fn the_host_settings_go_over_the_stored_state() {
        let stored = Saved {
            rule: "ru".into(),
            lang: Some(Lang::Kk),
            on: Some(date(2025, 1, 1)),
            rows: StayRows::from_values([("2024-12-01".into(), "2024-12-10".into(), false)]),
            ..Saved::default()
        }
        .encode(true);
        let plain = WidgetSettings::default()
            .starting_state(Some(&stored))
            .saved;
        assert_eq!(plain.encode(true), stored);
        let set = settings(&[("rule", "schengen"), ("lang", "en"), ("on", "2025-02-01")]);
        let start = set.starting_state(Some(&stored)).saved;
        assert_eq!(start.rule, "schengen");
        assert_eq!(start.lang, Some(Lang::En));
        assert_eq!(start.on, Some(date(2025, 2, 1)));
        assert!(start.encode(true).ends_with("&stays=2024-12-01_2024-12-10"));
        assert_eq!(
            set.starting_state(Some("not saved")).saved.encode(true),
            set.starting_state(None).saved.encode(true)
        );
    }
}
