//! A person's papers in a travel log: residence permits and long-stay visas belong to the state
//! that issued them; a short-stay visa and the passport's conditions to the Schengen area.
//!
//! Schengen Borders Code (Regulation (EU) 2016/399) Art. 6(2): "periods of stay authorised
//! under a residence permit or a long-stay visa shall not be taken into account" in the 90/180.
//! A permit or D visa authorises a stay in the state that issued it; in the other states its
//! holder moves under the Convention implementing the Schengen Agreement Art. 21 (up to 90 days
//! in any 180), a short stay like any other. So only the days in the issuing state, within the
//! permit's dates, are left out of the Schengen count; days in other Schengen states count. The
//! texts cited in `documents-and-zones.md` do not say more than Art. 6(2); of the two readings
//! this one leaves out fewer days (the stricter), and Art. 21 supports it (`DESIGN.md`,
//! "Permits in a travel log"). Outside the Schengen area no source found says a national
//! permit's days are left out of a rule of the catalogue: every day counts there.

use super::countries::Country;
use super::zone::{Part, Zone};
use crate::documents::{Documents, Permit};
use crate::error::{Error, Result};
use chrono::NaiveDate;

/// A residence permit or long-stay visa against one zone's days ([`super::ZoneAnswer::permits`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZonePermit {
    /// The permit, 1-based in the order given.
    pub permit: usize,
    /// Its first day.
    pub from: NaiveDate,
    /// Its last day.
    pub until: NaiveDate,
    /// The state that issued it.
    pub country: &'static Country,
    /// Days of presence in `country`, within the permit's dates, in this zone.
    pub days: u32,
    /// Whether those days are left out of the zone's count (the Schengen area: Borders Code
    /// Art. 6(2)); else they count (no source says otherwise for the zone's rule).
    pub left_out: bool,
    /// Days of presence in the zone's other countries within the permit's dates, which count
    /// (Schengen: CISA Art. 21); 0 outside the Schengen area.
    pub counted_elsewhere: u32,
}

/// Every permit must name the state that issued it in a travel log.
pub(crate) fn require_countries(permits: &[Permit]) -> Result<()> {
    match permits.iter().position(|p| p.country.is_none()) {
        Some(i) => Err(Error::InvalidDocument {
            field: format!("permit {}", i + 1),
            value: format!("{}..{}", permits[i].from, permits[i].until),
            reason: "give the state that issued it (FROM..UNTIL,FR): with countries, only its \
                     days in that state are left out"
                .into(),
        }),
        None => Ok(()),
    }
}

/// The parts with the days under a permit of their own country left out, in the Schengen area
/// only; a part cut by a permit keeps its zone, country and trip, and its pieces are in order.
pub(crate) fn counted_parts(parts: &[Part], permits: &[Permit], on: NaiveDate) -> Vec<Part> {
    if permits.is_empty() {
        return parts.to_vec();
    }
    let mut counted = Vec::with_capacity(parts.len());
    for part in parts {
        let own: Vec<Permit> = permits
            .iter()
            .filter(|p| part.zone == Zone::Schengen && p.country == Some(part.country))
            .copied()
            .collect();
        if own.is_empty() {
            counted.push(*part);
            continue;
        }
        let documents = Documents {
            permits: own,
            ..Documents::default()
        };
        for stay in documents.counted_stays(&[part.stay], on) {
            counted.push(Part { stay, ..*part });
        }
    }
    counted
}

/// What each permit does in each zone its country's days are in: `(zone, permit)` pairs for
/// every permit with days of presence in its country within its dates.
pub(crate) fn zone_permits(
    parts: &[Part],
    counted: &[Part],
    permits: &[Permit],
    on: NaiveDate,
) -> Vec<(Zone, ZonePermit)> {
    let mut found = Vec::new();
    for (i, permit) in permits.iter().enumerate() {
        let Some(country) = permit.country else {
            continue;
        };
        let days_in = |parts: &[Part], zone: Zone, same: bool| {
            let stays: Vec<_> = parts
                .iter()
                .filter(|p| p.zone == zone && (p.country == country) == same)
                .map(|p| p.stay)
                .collect();
            let one = Documents {
                permits: vec![*permit],
                ..Documents::default()
            };
            one.permit_days(&stays, on)[0].days
        };
        let mut zones: Vec<Zone> = parts
            .iter()
            .filter(|p| p.country == country)
            .map(|p| p.zone)
            .collect();
        zones.dedup();
        crate::order::sort_by_rank(&mut zones, |&z| crate::order::zone(z));
        zones.dedup();
        for zone in zones {
            let days = days_in(parts, zone, true);
            if days == 0 {
                continue;
            }
            let left_out = zone == Zone::Schengen;
            found.push((
                zone,
                ZonePermit {
                    permit: i + 1,
                    from: permit.from,
                    until: permit.until,
                    country,
                    days,
                    left_out,
                    counted_elsewhere: if left_out {
                        days_in(counted, zone, false)
                    } else {
                        0
                    },
                },
            ));
        }
    }
    found
}

/// The permits the Schengen area's check date is under: those whose state the traveller is in
/// on `on`, within their dates (the documents' `permit` bound).
pub(crate) fn permits_on(parts: &[Part], permits: &[Permit], on: NaiveDate) -> Vec<Permit> {
    permits
        .iter()
        .filter(|p| p.from <= on && on <= p.until)
        .filter(|p| {
            parts.iter().any(|part| {
                part.zone == Zone::Schengen
                    && Some(part.country) == p.country
                    && part.stay.entry <= on
                    && part.stay.exit.is_none_or(|exit| exit >= on)
            })
        })
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::stay::Stay;
    use crate::zones::country;

    fn part(code: &str, entry: NaiveDate, exit: NaiveDate, index: usize) -> Part {
        let country = country(code).unwrap();
        Part {
            zone: super::super::zone_of(country, entry),
            country,
            stay: Stay::new(entry, exit).at_row(index + 1),
            index,
        }
    }

    #[test]
    fn only_the_issuing_states_days_are_left_out() {
        let permit = Permit::new(date(2025, 3, 1), date(2025, 8, 31))
            .unwrap()
            .of(country("FR").unwrap());
        let parts = [
            part("FR", date(2025, 2, 20), date(2025, 6, 10), 0),
            part("DE", date(2025, 6, 10), date(2025, 6, 19), 1),
            part("KZ", date(2025, 7, 1), date(2025, 7, 5), 2),
        ];
        let counted = counted_parts(&parts, &[permit], date(2025, 9, 1));
        let stays: Vec<_> = counted.iter().map(|p| p.stay).collect();
        assert_eq!(
            stays,
            [
                Stay::new(date(2025, 2, 20), date(2025, 2, 28)).at_row(1),
                Stay::new(date(2025, 6, 10), date(2025, 6, 19)).at_row(2),
                Stay::new(date(2025, 7, 1), date(2025, 7, 5)).at_row(3),
            ]
        );
        let found = zone_permits(&parts, &counted, &[permit], date(2025, 9, 1));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Zone::Schengen);
        assert_eq!((found[0].1.days, found[0].1.counted_elsewhere), (102, 10));
        assert!(found[0].1.left_out);
    }

    #[test]
    fn a_permit_outside_the_schengen_area_leaves_out_nothing() {
        let permit = Permit::new(date(2025, 1, 1), date(2025, 12, 31))
            .unwrap()
            .of(country("KZ").unwrap());
        let parts = [part("KZ", date(2025, 3, 1), date(2025, 6, 30), 0)];
        let counted = counted_parts(&parts, &[permit], date(2025, 9, 1));
        assert_eq!(counted, parts);
        let found = zone_permits(&parts, &counted, &[permit], date(2025, 9, 1));
        assert_eq!(found[0].0.id(), "kz");
        assert_eq!((found[0].1.days, found[0].1.left_out), (122, false));
    }

    #[test]
    fn a_permit_with_no_country_is_refused_naming_it() {
        let permit = Permit::new(date(2025, 1, 1), date(2025, 2, 1)).unwrap();
        let error = require_countries(&[permit]).unwrap_err().to_string();
        assert!(error.contains("permit 1"), "{error}");
        assert!(error.contains("2025-01-01..2025-02-01"), "{error}");
    }
}
