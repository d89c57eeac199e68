//! What a rule is: its limits, its versions with effective dates, and where it comes from.
//!
//! A rule is data. The engine reads the [`Limits`] of the [`Version`] in force on each day;
//! the rest (name, who it applies to, source, confidence) is for people.

#[cfg(feature = "catalogue-translations")]
use crate::catalogue::wordings;
use crate::date::{self, Day};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use std::borrow::Cow;

/// How presence is bounded over a period of days.
///
/// Every bound is inclusive: "at most `max` days" allows exactly `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// At most `max` days of presence in the `days` days ending on each day of presence, that
    /// day included: the window for day `d` is `[d - (days - 1), d]`. Schengen is
    /// `Rolling { days: 180, max: 90 }`.
    Rolling {
        /// The window's length in days.
        days: u32,
        /// The most days of presence allowed in it.
        max: u32,
    },
    /// At most `max` days of presence from 1 January to each day of presence, that day included.
    CalendarYear {
        /// The most days of presence allowed in a calendar year.
        max: u32,
    },
    /// Fixed periods of `days` days opened by a first entry: the first period starts on the
    /// first day of presence; the next one on the first day of presence after it ends. At most
    /// `max` days of presence in each period (Schengen before 18 October 2013).
    FromFirstEntry {
        /// The period's length in days.
        days: u32,
        /// The most days of presence allowed in one period.
        max: u32,
    },
}

impl Window {
    /// The most days of presence the window allows.
    ///
    /// ```
    /// use staycalc::Window;
    /// assert_eq!(Window::CalendarYear { max: 90 }.max(), 90);
    /// ```
    pub const fn max(&self) -> u32 {
        match *self {
            Window::Rolling { max, .. }
            | Window::CalendarYear { max }
            | Window::FromFirstEntry { max, .. } => max,
        }
    }
}

/// The longest one stay may last, counted from its entry day (day 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PerEntry {
    /// At most this many days, the entry day being day 1.
    Days(u32),
    /// Up to the day before the same date this many calendar months later (an entry on
    /// 2024-03-01 with `Months(12)` may stay until 2025-02-28). A date that does not exist in
    /// the target month is clamped to that month's last day.
    Months(u32),
}

impl PerEntry {
    /// The last day a stay entered on `entry` may last.
    pub(crate) fn last_day(self, entry: Day) -> Day {
        match self {
            PerEntry::Days(days) => entry + days as Day - 1,
            PerEntry::Months(months) => date::add_months(entry, months) - 1,
        }
    }

    /// The fewest days the cap allows a stay, whatever its entry (a month is at least 28).
    pub(crate) fn min_days(self) -> u32 {
        match self {
            PerEntry::Days(days) => days,
            PerEntry::Months(months) => months.saturating_mul(28),
        }
    }

    /// The cap in days for a stay entered on `entry`.
    pub(crate) fn days_from(self, entry: Day) -> u32 {
        (self.last_day(entry) - entry + 1) as u32
    }
}

/// The bounds a version of a rule sets; at least one of them is present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The cumulative bound, if any.
    pub window: Option<Window>,
    /// The bound on one stay, if any.
    pub per_entry: Option<PerEntry>,
}

/// The limits of a rule from an effective date until the next version's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version {
    /// The first day this version is in force; `None` for "since before any date we handle".
    pub from: Option<NaiveDate>,
    /// Its limits.
    pub limits: Limits,
    /// When true, presence before `from` is not counted by this version (a fresh start, as when
    /// Poland's agreement with the US ended on 2025-10-12).
    pub ignores_earlier_presence: bool,
}

/// How sure we are of a rule's numbers and how they are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Only blogs, Q&A sites or a single uncorroborated report.
    Low,
    /// An official source seen only as a quotation, or a reputable secondary source.
    Medium,
    /// Primary legal text or an official government page.
    High,
}

impl Confidence {
    /// `"high"`, `"medium"` or `"low"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// A rule's words for people in one language: its name, who it applies to, what an overstay
/// leads to and its notes. Legal sources are cited in their own language and are not
/// translated.
#[cfg(any(feature = "catalogue-translations", feature = "ui"))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wording {
    /// The rule's name.
    pub name: Cow<'static, str>,
    /// Who it applies to.
    pub applies_to: &'static str,
    /// What an overstay leads to, with its legal source; empty where the catalogue does not
    /// know.
    pub consequences: &'static str,
    /// Caveats for people; may be empty.
    pub notes: &'static str,
}

/// A rule's words in the languages other than English, kept beside the English ones.
#[cfg(feature = "catalogue-translations")]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translations {
    /// Russian.
    pub ru: Wording,
    /// Kazakh.
    pub kk: Wording,
}

/// A rule: who it applies to, its versions, and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable identifier (`schengen`, `kz-visa-free`, ...).
    pub id: Cow<'static, str>,
    /// Name for people.
    pub name: Cow<'static, str>,
    /// The destination the rule governs (`Schengen area`, `Kazakhstan`, ...).
    pub destination: &'static str,
    /// Who it applies to, in words.
    pub applies_to: &'static str,
    /// ISO 3166-1 alpha-2 codes of the nationalities it applies to, where the catalogue knows
    /// them; empty when it applies to everyone not otherwise covered.
    pub nationalities: &'static [&'static str],
    /// Versions in order of `from`; the first one's `from` may be `None`.
    pub versions: Cow<'static, [Version]>,
    /// The legal source and where it was read.
    pub source: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
    /// When the source was last checked (`YYYY-MM-DD`).
    pub last_checked: &'static str,
    /// What happens on an overstay, where known; empty otherwise.
    pub consequences: &'static str,
    /// Caveats for people (how a day is counted where the law is silent, ...).
    pub notes: &'static str,
    /// The name, who it applies to, consequences and notes in Russian and Kazakh (feature
    /// `catalogue-translations`, on by default).
    #[cfg(feature = "catalogue-translations")]
    pub translations: Translations,
}

/// The largest window or per-entry cap a rule may have, in days (100 years).
pub const MAX_RULE_DAYS: u32 = 36_525;

impl Rule {
    /// A rolling rule with your own numbers: at most `max` days in any `window` days, and
    /// optionally at most `per_entry` days per stay.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRule`] when `window` or `max` is zero, `max` is not less than
    /// `window`, `per_entry` is zero, or a number exceeds [`MAX_RULE_DAYS`].
    ///
    /// ```
    /// let rule = staycalc::Rule::custom(180, 90, Some(30))?;
    /// assert_eq!(rule.id, "custom");
    /// assert_eq!(rule.name, "custom: 90 days in any 180, 30 per entry");
    /// assert_eq!(
    ///     rule.wording("ru").name,
    ///     "Своё правило: 90 дней в течение любого периода в 180 дней, не более 30 дней за один въезд"
    /// );
    /// assert_eq!(
    ///     staycalc::Rule::custom(21, 1, None)?.wording("kk").name,
    ///     "Өз ережем: кез келген 21 күн ішінде 1 күн"
    /// );
    /// assert!(staycalc::Rule::custom(180, 180, None).is_err());
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn custom(window: u32, max: u32, per_entry: Option<u32>) -> Result<Rule> {
        let name = match per_entry {
            Some(cap) => format!("custom: {max} days in any {window}, {cap} per entry"),
            None => format!("custom: {max} days in any {window}"),
        };
        let rule = Rule {
            id: Cow::Borrowed("custom"),
            name: Cow::Owned(name),
            destination: "",
            applies_to: "whoever the numbers are for",
            nationalities: &[],
            versions: Cow::Owned(vec![Version {
                from: None,
                limits: Limits {
                    window: Some(Window::Rolling { days: window, max }),
                    per_entry: per_entry.map(PerEntry::Days),
                },
                ignores_earlier_presence: false,
            }]),
            source: "numbers given by the user",
            confidence: Confidence::Low,
            last_checked: "",
            consequences: "",
            notes: "",
            #[cfg(feature = "catalogue-translations")]
            translations: Translations {
                ru: wordings::custom_ru(window, max, per_entry),
                kk: wordings::custom_kk(window, max, per_entry),
            },
        };
        rule.validate()?;
        Ok(rule)
    }

    /// The rule's words in the language `code` (`en`, `ru`, `kk`); English for any other code.
    ///
    /// ```
    /// let schengen = staycalc::rule("schengen")?;
    /// assert_eq!(schengen.wording("en").name, schengen.name);
    /// assert_eq!(
    ///     schengen.wording("ru").name,
    ///     "Шенгенская зона: 90 дней в течение любых 180 дней"
    /// );
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    #[cfg(feature = "catalogue-translations")]
    pub fn wording(&self, code: &str) -> Wording {
        match code {
            "ru" => self.translations.ru.clone(),
            "kk" => self.translations.kk.clone(),
            _ => Wording {
                name: self.name.clone(),
                applies_to: self.applies_to,
                consequences: self.consequences,
                notes: self.notes,
            },
        }
    }

    /// Checks that the rule's numbers and versions make sense.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRule`] saying what is wrong: no versions, versions out of order or with
    /// the same date, a version with no limit, a zero or absurd number, or a maximum that is
    /// not less than its window (such a window never binds).
    ///
    /// ```
    /// for rule in staycalc::catalogue() {
    ///     rule.validate()?;
    /// }
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn validate(&self) -> Result<()> {
        let invalid = |reason: String| Error::InvalidRule {
            id: self.id.to_string(),
            reason,
        };
        if self.versions.is_empty() {
            return Err(invalid("it has no versions".into()));
        }
        for (i, version) in self.versions.iter().enumerate() {
            if i > 0 {
                let previous = self.versions[i - 1].from;
                match (previous, version.from) {
                    (_, None) => {
                        return Err(invalid(format!(
                            "version {} has no start date; only the first may",
                            i + 1
                        )))
                    }
                    (Some(a), Some(b)) if b <= a => {
                        return Err(invalid(format!(
                            "version {} starts on {b}, not after the previous one ({a}): versions overlap",
                            i + 1
                        )))
                    }
                    _ => {}
                }
            }
            if let Some(from) = version.from {
                date::check_range(from, "version start").map_err(|_| {
                    invalid(format!(
                        "version {} starts on {from}, outside the supported range",
                        i + 1
                    ))
                })?;
            }
            let limits = version.limits;
            if limits.window.is_none() && limits.per_entry.is_none() {
                return Err(invalid(format!("version {} sets no limit", i + 1)));
            }
            let check = |what: &str, value: u32, upto: u32| {
                if value == 0 || value > upto {
                    Err(invalid(format!(
                        "{what} is {value}; it must be 1 to {upto}"
                    )))
                } else {
                    Ok(())
                }
            };
            match limits.window {
                Some(Window::Rolling { days, max })
                | Some(Window::FromFirstEntry { days, max }) => {
                    check("the window", days, MAX_RULE_DAYS)?;
                    check("the maximum", max, days.saturating_sub(1).max(1))?;
                    if max >= days {
                        return Err(invalid(format!(
                            "the maximum {max} is not less than the window {days}, so it never binds"
                        )));
                    }
                }
                Some(Window::CalendarYear { max }) => check("the yearly maximum", max, 365)?,
                None => {}
            }
            match limits.per_entry {
                Some(PerEntry::Days(days)) => check("the per-entry cap", days, MAX_RULE_DAYS)?,
                Some(PerEntry::Months(months)) => {
                    check("the per-entry cap in months", months, 1200)?
                }
                None => {}
            }
        }
        Ok(())
    }

    /// The version in force on `day`, or `None` before the first version's start.
    pub(crate) fn version_at(&self, day: Day) -> Option<&Version> {
        self.versions
            .iter()
            .rev()
            .find(|v| v.from.is_none_or(|from| date::day(from) <= day))
    }

    /// Where fixed periods counted from a first entry ([`Window::FromFirstEntry`]) are
    /// counted: `None` when no version counts them, otherwise the first day of the version
    /// after the last one that does (`Day::MAX` when that is the last version). From that day
    /// on, a day is judged by the days shortly before it alone.
    pub(crate) fn fixed_periods_end(&self) -> Option<Day> {
        let last = self
            .versions
            .iter()
            .rposition(|v| matches!(v.limits.window, Some(Window::FromFirstEntry { .. })))?;
        Some(
            self.versions
                .get(last + 1)
                .and_then(|v| v.from)
                .map_or(Day::MAX, date::day),
        )
    }

    /// The first day of the next version after `day`, if there is one.
    pub(crate) fn next_change_after(&self, day: Day) -> Option<Day> {
        self.versions
            .iter()
            .filter_map(|v| v.from.map(date::day))
            .find(|&from| from > day)
    }

    /// The version in force on `on`, or `None` before the rule's first version.
    ///
    /// ```
    /// use staycalc::{date, rule};
    /// let russia = rule("ru")?;
    /// let limits = russia.limits_on(date(2026, 1, 1)).unwrap();
    /// assert_eq!(limits.window, Some(staycalc::Window::CalendarYear { max: 90 }));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn limits_on(&self, on: NaiveDate) -> Option<Limits> {
        self.version_at(date::day(on)).map(|v| v.limits)
    }
}

/// Which limit of a rule binds: the one that ends the longest stay from the check date, or
/// the one exceeded on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bound {
    /// The window's maximum (rolling, calendar year or fixed period).
    Window,
    /// The per-entry cap of the stay.
    PerEntry,
}

impl Bound {
    /// `"window"` or `"per_entry"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Bound::Window => "window",
            Bound::PerEntry => "per_entry",
        }
    }
}
