//! One travel log across many countries, every rule that applies: stays with a country, the
//! traveller's nationality, and an answer per zone.
//!
//! A **zone** is a set of countries counted together, by date: the Schengen area (each member
//! from the date its days started to count toward the common 90/180, [`SCHENGEN_MEMBERS`]), or
//! one country (every other country, and a member before its date: Bulgaria in 2023 is a
//! zone of its own). [`assess_trips`] splits a log ([`Trip`]s) by zone and judges each zone's
//! stays with the engine under the rule the catalogue gives the nationality there
//! ([`rule_for`], [`choice`]): no limit for a citizen at home and for EU, EEA and Swiss citizens
//! in those states; "no rule known" (days counted, no limit guessed) where the catalogue has
//! none. [`where_next`] says, for each zone, the longest stay if entering on a date.
//!
//! Countries are found by ISO 3166-1 code or by name in English, Russian or Kazakh
//! ([`country`]); the names are CLDR's (Unicode License v3). `DESIGN.md` ("Zones") states the
//! model and its assumptions.
//!
//! ```
//! use staycalc::{date, Stay};
//! use staycalc::zones::{assess_trips, country, nationalities, Trip};
//! let log = [
//!     Trip::new(Stay::new(date(2025, 9, 1), date(2025, 9, 20)), country("FR")?),
//!     Trip::new(Stay::new(date(2025, 9, 20), date(2025, 10, 5)), country("Казахстан")?),
//! ];
//! let answer = assess_trips(&log, &nationalities("US")?, date(2025, 10, 5), &Default::default())?;
//! let ids: Vec<_> = answer.zones.iter().map(|z| z.zone.id()).collect();
//! // Both ok (Kazakhstan's 30 days per entry: 14 left), so the Schengen area comes first.
//! assert_eq!(ids, ["schengen", "kz"]);
//! assert_eq!(answer.zones[1].status(), "ok");
//! # Ok::<(), staycalc::Error>(())
//! ```

mod assess;
mod countries;
mod countries_data;
mod membership;
mod papers;
mod regime;
mod zone;

pub use assess::{
    assess_trips, assess_trips_with, assumption, where_next, where_next_papers, where_next_with,
    LogWarning, Longest, NextPapers, NextStay, TripsAnswer, Verdict, ZoneAnswer,
};
pub use countries::{countries, country, nationalities, Country};
pub use membership::{Membership, Outside, OUTSIDE, SCHENGEN_MEMBERS};
pub use papers::ZonePermit;
pub use regime::{
    choice, destination, outside_rule, rule_for, zone_of_rule, Choice, Regime, Why, FREE_MOVEMENT,
};
pub use zone::{zone_of, Trip, Zone};

/// For the web app's detailed answer of one zone (`web/traveller/zoned.rs`).
#[cfg(any(test, feature = "ui"))]
pub(crate) use assess::days_elsewhere;
pub(crate) use assess::{judge_best, Judging};
pub(crate) use zone::split;
