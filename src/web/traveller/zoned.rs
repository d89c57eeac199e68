//! One travel log, every zone: the stay list with a country on some rows, judged per zone by
//! the zones module ([`assess_trips`]) for the traveller's nationalities, and which part of
//! each row the detailed answer and the chart count when they show one zone.
//!
//! A row without a country counts toward the chosen rule, as it always did: in the chosen
//! rule's zone, with the rows whose country is in it. Under a rule with no zone (one's own
//! numbers) such rows are answered apart, under that rule ([`Shown::Chosen`]). `DESIGN.md`
//! ("Countries on the traveller page") says why.

use crate::date::Day;
use crate::documents::{Documents, Permit};
use crate::error::Error;
use crate::rule::{Confidence, Rule};
use crate::stay::Stay;
use crate::web::traveller::outcome::{stay, RowIssue};
use crate::web::traveller::stay_rows::{StayRow, StayRows};
use crate::zones::{
    assess_trips_with, country, zone_of, zone_of_rule, Country, Trip, TripsAnswer, Verdict, Zone,
    SCHENGEN_MEMBERS,
};
use chrono::{Days, NaiveDate};

/// What the detailed answer and the chart show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shown {
    /// The chosen rule: the rows without a country, and those with a country in the rule's
    /// zone (every row when the rule has none and no nationality is known).
    Chosen,
    /// One zone, under the rule its nationality gets there.
    Zone(Zone),
}

/// The country of row `number`, if it has one.
///
/// # Errors
///
/// A country the zones module does not know, naming the row and the value, with the closest
/// name when one is close.
pub(crate) fn row_country(
    row: &StayRow,
    number: usize,
) -> Result<Option<&'static Country>, RowIssue> {
    if !row.has_country() {
        return Ok(None);
    }
    country(&row.country)
        .map(Some)
        .map_err(|e| RowIssue::Refused(e.at_row(number)))
}

/// The traveller's nationalities: those typed (codes or names), else the rule picker's one,
/// else none.
///
/// # Errors
///
/// A typed nationality that names no country.
pub(crate) fn citizenship(typed: &[String], picker: &str) -> Result<Vec<&'static Country>, Error> {
    let mut found: Vec<&'static Country> = Vec::new();
    let given: Vec<&str> = typed
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let texts = if given.is_empty() && !picker.is_empty() {
        vec![picker]
    } else {
        given
    };
    for text in texts {
        let nationality = country(text).map_err(|e| match e {
            Error::UnknownCountry {
                value, suggestion, ..
            } => Error::UnknownCountry {
                field: "nationality".into(),
                value,
                suggestion,
                row: None,
            },
            other => other,
        })?;
        if !found.contains(&nationality) {
            found.push(nationality);
        }
    }
    Ok(found)
}

/// The country whose zone a stay without a country counts in, under a rule of `zone`: the
/// country itself, or for the Schengen area its first member (every day since then is in the
/// area); `None` for a single member state's zone, which holds no day once it joined.
fn stand_in(zone: Zone) -> Option<&'static Country> {
    match zone {
        Zone::Country(c) => SCHENGEN_MEMBERS
            .iter()
            .all(|m| m.country != c.alpha2)
            .then_some(c),
        Zone::Schengen => SCHENGEN_MEMBERS
            .iter()
            .filter(|m| m.confidence != Confidence::Low)
            .min_by_key(|m| (m.from, m.country))
            .and_then(|m| country(m.country).ok()),
    }
}

/// The zone rows without a country count in under `chosen`, when they count in one.
pub(crate) fn zone_without_country(chosen: Option<&Rule>) -> Option<Zone> {
    let zone = zone_of_rule(chosen?)?;
    stand_in(zone).map(|_| zone)
}

/// The list as a travel log: a trip for each row filled in with a country the zones module
/// knows, the rows without a country in the chosen rule's zone ([`zone_without_country`]); and
/// the countries the rows name, in order.
fn trips(rows: &StayRows, chosen: Option<&Rule>) -> (Vec<Trip>, Vec<&'static Country>) {
    let without = zone_without_country(chosen).and_then(stand_in);
    let mut trips = Vec::new();
    let mut named: Vec<&'static Country> = Vec::new();
    for (i, row) in rows.rows().iter().enumerate() {
        let (Ok(Some(stay)), Ok(place)) = (stay(row, i + 1), row_country(row, i + 1)) else {
            continue;
        };
        if let Some(country) = place {
            if !named.contains(&country) {
                named.push(country);
            }
        }
        if let Some(country) = place.or(without) {
            trips.push(Trip::new(stay, country));
        }
    }
    (trips, named)
}

/// The days the list shows spent outside `zone` (an open stay to `on`), as the answer per zone
/// ([`zones`]) takes them: where they show the traveller left between two of the zone's rows
/// with no day between them, the detailed answer does not ask whether those were one stay,
/// as the zone's card does not.
pub(crate) fn days_elsewhere(
    rows: &StayRows,
    chosen: Option<&Rule>,
    zone: Zone,
    on: NaiveDate,
) -> Vec<(Day, Day)> {
    crate::zones::days_elsewhere(&trips(rows, chosen).0, zone, on)
}

/// Every zone of the list judged on `on` for `nationalities` with their `papers`
/// ([`assess_trips_with`]: each permit must name its state), the rows without a country in
/// the chosen rule's zone ([`zone_without_country`]). Rows not filled in, with a country not
/// known, or that the engine refuses are left out (the detailed answer says why, row by row).
///
/// # Errors
///
/// What the engine says about the whole list (a check date out of range).
pub(crate) fn zones(
    rows: &StayRows,
    chosen: Option<&Rule>,
    nationalities: &[&'static Country],
    on: NaiveDate,
    papers: &Documents,
) -> Result<TripsAnswer, Error> {
    let (mut trips, named) = trips(rows, chosen);
    let mut answer = loop {
        match assess_trips_with(&trips, nationalities, on, &Default::default(), papers) {
            Ok(answer) => break answer,
            Err(error) => {
                let bad = error
                    .row()
                    .and_then(|row| trips.iter().position(|t| t.stay.row == Some(row)));
                match bad {
                    Some(i) => {
                        trips.remove(i);
                    }
                    None => return Err(error),
                }
            }
        }
    };
    // The stand-in is not a country the traveller named.
    for zone in &mut answer.zones {
        zone.countries.retain(|c| named.contains(c));
    }
    Ok(answer)
}

/// The part of `stay`, in `country`, whose days are in `zone`: before the country joined the
/// Schengen area, its own zone; from then on, the area's. An open stay runs to `on`.
pub(crate) fn part_in(
    country: &'static Country,
    zone: Zone,
    stay: Stay,
    on: NaiveDate,
) -> Option<Stay> {
    let last = stay.exit.unwrap_or(on).max(stay.entry);
    let Some(joined) = SCHENGEN_MEMBERS
        .iter()
        .find(|m| m.country == country.alpha2)
    else {
        return (zone_of(country, stay.entry) == zone).then_some(stay);
    };
    match zone {
        Zone::Schengen if last < joined.from => None,
        Zone::Schengen => Some(Stay {
            entry: stay.entry.max(joined.from),
            ..stay
        }),
        Zone::Country(c) if c == country && stay.entry < joined.from => {
            if last < joined.from {
                Some(stay)
            } else {
                Some(Stay {
                    exit: Some(joined.from - Days::new(1)),
                    ..stay
                })
            }
        }
        Zone::Country(_) => None,
    }
}

/// Which part of a row the answer shown counts: `Ok(None)` for a row in another zone.
///
/// `with_countries` is whether the list is answered per zone (a nationality is known): then
/// [`Shown::Chosen`] holds only the rows without a country (those a rule with no zone cannot
/// place); else the rows with a country in the chosen rule's zone count toward it with them.
pub(crate) fn part_shown(
    shown: Shown,
    chosen: Option<&Rule>,
    with_countries: bool,
    row: &StayRow,
    number: usize,
    stay: Stay,
    on: NaiveDate,
) -> Result<Option<Stay>, RowIssue> {
    let place = row_country(row, number)?;
    Ok(match (shown, place) {
        (Shown::Chosen, None) => Some(stay),
        (Shown::Chosen, Some(_)) if with_countries => None,
        (Shown::Chosen, Some(country)) => match chosen.and_then(zone_of_rule) {
            Some(zone) => match part_in(country, zone, stay, on) {
                None => return Err(RowIssue::Elsewhere(country.alpha2)),
                part => part,
            },
            None => Some(stay),
        },
        (Shown::Zone(zone), Some(country)) => part_in(country, zone, stay, on),
        (Shown::Zone(zone), None) => (zone_without_country(chosen) == Some(zone)).then_some(stay),
    })
}

/// The zones the detailed answer and the chart may show, most urgent first: each zone judged
/// under a rule, and the chosen rule for rows without a country when it has no zone to put
/// them in.
pub(crate) fn choices(answer: &TripsAnswer, chosen: Option<&Rule>, rows: &StayRows) -> Vec<Shown> {
    let mut shown: Vec<Shown> = answer
        .zones
        .iter()
        .filter(|z| matches!(z.verdict, Verdict::Rule { .. }))
        .map(|z| Shown::Zone(z.zone))
        .collect();
    let apart = rows
        .rows()
        .iter()
        .any(|row| !row.is_blank() && !row.has_country());
    if apart && zone_without_country(chosen).is_none() {
        shown.push(Shown::Chosen);
    }
    shown
}

/// Whether the answer per zone may count days in Schengen states other than `permit`'s own
/// within its dates: `false` only when it lists the permit with none (the log has no such
/// day), `true` when it does not know (no answer per zone, or the permit's state has no day
/// in its dates).
pub(crate) fn permit_days_elsewhere(answer: Option<&TripsAnswer>, permit: &Permit) -> bool {
    let found = answer
        .into_iter()
        .flat_map(|answer| &answer.zones)
        .filter(|z| z.zone == Zone::Schengen)
        .flat_map(|z| &z.permits)
        .find(|p| {
            Some(p.country) == permit.country && p.from == permit.from && p.until == permit.until
        });
    found.is_none_or(|p| p.counted_elsewhere > 0)
}

/// The rule a zone's answer is under, if it is under one.
pub(crate) fn zone_rule(answer: &TripsAnswer, zone: Zone) -> Option<&'static Rule> {
    answer.zones.iter().find_map(|z| match z.verdict {
        Verdict::Rule { rule, .. } if z.zone == zone => Some(rule),
        _ => None,
    })
}

#[cfg(test)]
mod tests;
