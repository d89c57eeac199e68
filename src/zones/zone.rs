//! Zones: the Schengen area, or one country, and which zone a day in a country belongs to.

use super::countries::{by_alpha2, Country};
use super::membership::schengen_membership;
use crate::error::{Error, Result};
use crate::stay::Stay;
use chrono::{Days, NaiveDate};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A set of countries whose days are counted together: the Schengen area (its members on each
/// date, see [`super::SCHENGEN_MEMBERS`]), or a single country.
///
/// Ordered with the Schengen area first, then countries by alpha-2 code.
///
/// ```
/// use staycalc::{date, zones::{country, zone_of}};
/// let sofia = country("BG")?;
/// assert_eq!(zone_of(sofia, date(2023, 6, 1)).id(), "bg");
/// assert_eq!(zone_of(sofia, date(2024, 5, 1)).id(), "schengen");
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// The Schengen area.
    Schengen,
    /// One country, counted on its own.
    Country(&'static Country),
}

impl Zone {
    /// `schengen`, or the country's alpha-2 code in lower case (`kz`, `bg`).
    pub fn id(&self) -> Cow<'static, str> {
        match self {
            Zone::Schengen => Cow::Borrowed("schengen"),
            Zone::Country(c) => Cow::Owned(c.alpha2.to_ascii_lowercase()),
        }
    }

    /// The zone's name in the language `code` (`en`, `ru` or `kk`; English for any other).
    pub fn name(&self, code: &str) -> &'static str {
        match (self, code) {
            (Zone::Schengen, "ru") => "Шенгенская зона",
            (Zone::Schengen, "kk") => "Шенген аймағы",
            (Zone::Schengen, _) => "Schengen area",
            (Zone::Country(c), code) => c.name(code),
        }
    }

    /// The zone with the id `id` (`schengen`, or an alpha-2 code in any case).
    pub fn from_id(id: &str) -> Option<Zone> {
        if id == "schengen" {
            return Some(Zone::Schengen);
        }
        let upper = id.to_ascii_uppercase();
        by_alpha2(&upper).map(Zone::Country)
    }
}

impl PartialOrd for Zone {
    fn partial_cmp(&self, other: &Zone) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Zone {
    fn cmp(&self, other: &Zone) -> Ordering {
        match (self, other) {
            (Zone::Schengen, Zone::Schengen) => Ordering::Equal,
            (Zone::Schengen, _) => Ordering::Less,
            (_, Zone::Schengen) => Ordering::Greater,
            (Zone::Country(a), Zone::Country(b)) => a.alpha2.cmp(b.alpha2),
        }
    }
}

/// The zone a day in `country` on `date` counts toward: the Schengen area from the country's
/// membership date, the country itself before it and for every country that never joined.
pub fn zone_of(country: &'static Country, date: NaiveDate) -> Zone {
    match schengen_membership(country.alpha2) {
        Some(m) if date >= m.from => Zone::Schengen,
        _ => Zone::Country(country),
    }
}

/// A stay in a country: the unit of a travel log.
///
/// ```
/// use staycalc::{date, Stay, zones::{country, Trip}};
/// let trip = Trip::new(Stay::new(date(2025, 3, 1), date(2025, 3, 10)), country("FR")?);
/// assert_eq!(trip.country.alpha2, "FR");
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trip {
    /// The dates, as for a single rule.
    pub stay: Stay,
    /// Where.
    pub country: &'static Country,
}

impl Trip {
    /// A stay in `country`.
    pub fn new(stay: Stay, country: &'static Country) -> Trip {
        Trip { stay, country }
    }
}

/// One part of a trip that falls in one zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Part {
    pub zone: Zone,
    pub country: &'static Country,
    pub stay: Stay,
    /// The trip's position in the log, from 0.
    pub index: usize,
}

/// Splits a log into parts by zone, in log order: a trip across its country's membership date
/// becomes a part before it (the country's own zone) and one from it (the Schengen area). Each
/// part keeps its trip's row (or, without one, its 1-based position in the log).
///
/// # Errors
///
/// [`Error::ExitBeforeEntry`] or [`Error::OpenStayAfterCheckDate`] for a trip that cannot be
/// split, naming its row.
pub(crate) fn split(trips: &[Trip], on: NaiveDate) -> Result<Vec<Part>> {
    let mut parts = Vec::with_capacity(trips.len() + 4);
    for (index, trip) in trips.iter().enumerate() {
        let row = trip.stay.row.unwrap_or(index + 1);
        let stay = Stay {
            row: Some(row),
            ..trip.stay
        };
        let last = match stay.exit {
            Some(exit) if exit < stay.entry => {
                return Err(Error::ExitBeforeEntry {
                    entry: stay.entry,
                    exit,
                    row,
                })
            }
            Some(exit) => exit,
            None if stay.entry > on => {
                return Err(Error::OpenStayAfterCheckDate {
                    entry: stay.entry,
                    on,
                    row,
                })
            }
            None => on,
        };
        let part = |zone, stay| Part {
            zone,
            country: trip.country,
            stay,
            index,
        };
        let own = Zone::Country(trip.country);
        match schengen_membership(trip.country.alpha2) {
            Some(m) if stay.entry < m.from && last >= m.from => {
                let day_before = m.from - Days::new(1);
                parts.push(part(
                    own,
                    Stay {
                        exit: Some(day_before),
                        ..stay
                    },
                ));
                parts.push(part(
                    Zone::Schengen,
                    Stay {
                        entry: m.from,
                        ..stay
                    },
                ));
            }
            // As `zone_of` on the entry day, with the one lookup.
            Some(m) if stay.entry >= m.from => parts.push(part(Zone::Schengen, stay)),
            _ => parts.push(part(own, stay)),
        }
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::zones::country;

    fn trip(entry: NaiveDate, exit: Option<NaiveDate>, code: &str) -> Trip {
        Trip::new(
            Stay {
                entry,
                exit,
                row: None,
            },
            country(code).unwrap(),
        )
    }

    #[test]
    fn zones_by_date() {
        let zone = |code: &str, on| zone_of(country(code).unwrap(), on).id();
        assert_eq!(zone("BG", date(2024, 3, 30)), "bg");
        assert_eq!(zone("BG", date(2024, 3, 31)), "schengen");
        assert_eq!(zone("HR", date(2022, 12, 31)), "hr");
        assert_eq!(zone("HR", date(2023, 1, 1)), "schengen");
        assert_eq!(zone("CY", date(2026, 1, 1)), "cy");
        assert_eq!(zone("AD", date(2026, 1, 1)), "ad");
        assert_eq!(zone("MC", date(2026, 1, 1)), "schengen");
        assert_eq!(zone("FR", date(1995, 3, 25)), "fr");
        assert_eq!(zone("KZ", date(2026, 1, 1)), "kz");
    }

    #[test]
    fn a_trip_across_the_membership_date_is_split_there() {
        let on = date(2024, 6, 1);
        let parts = split(
            &[
                trip(date(2024, 3, 20), Some(date(2024, 4, 5)), "BG"),
                trip(date(2024, 5, 20), None, "RO"),
            ],
            on,
        )
        .unwrap();
        let seen: Vec<_> = parts
            .iter()
            .map(|p| (p.zone.id(), p.stay.entry, p.stay.exit, p.stay.row))
            .collect();
        assert_eq!(
            seen,
            [
                (
                    "bg".into(),
                    date(2024, 3, 20),
                    Some(date(2024, 3, 30)),
                    Some(1)
                ),
                (
                    "schengen".into(),
                    date(2024, 3, 31),
                    Some(date(2024, 4, 5)),
                    Some(1)
                ),
                ("schengen".into(), date(2024, 5, 20), None, Some(2)),
            ]
        );
        let open_before = split(&[trip(date(2024, 3, 1), None, "BG")], date(2024, 3, 10));
        assert_eq!(open_before.unwrap()[0].zone.id(), "bg");
        let open_across = split(&[trip(date(2024, 3, 1), None, "BG")], on).unwrap();
        assert_eq!(open_across[0].stay.exit, Some(date(2024, 3, 30)));
        assert_eq!(open_across[1].stay.exit, None);
    }

    #[test]
    fn bad_trips_are_errors_naming_their_row() {
        let error = split(
            &[trip(date(2024, 3, 20), Some(date(2024, 3, 1)), "FR")],
            date(2024, 6, 1),
        )
        .unwrap_err();
        assert_eq!(error.code(), "exit_before_entry");
        let error = split(&[trip(date(2024, 7, 1), None, "FR")], date(2024, 6, 1)).unwrap_err();
        assert_eq!(error.row(), Some(1));
    }
}
