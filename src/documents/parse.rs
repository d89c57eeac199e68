//! Documents written as text, as the command line takes them: a visa
//! `FROM..UNTIL,ENTRIES,DAYS[,AREA]` and a permit `FROM..UNTIL`.

use super::{Entries, Permit, Visa};
use crate::error::{Error, Result};
use crate::input::parse_any_date;
use chrono::NaiveDate;

/// A visa written `FROM..UNTIL,ENTRIES,DAYS[,AREA]`, given for `field`: dates as
/// [`parse_any_date`] reads them, ENTRIES `1`, `01`, `2`, `02` or `MULT` (any letter case), DAYS
/// the DURATION OF STAY, AREA the sticker's VALID FOR (optional, the rest of the text).
///
/// # Errors
///
/// [`Error::InvalidDocument`] naming `field` and the text when it has not that shape, has zero
/// or an unknown number of entries, a DAYS that is not a number, or fails [`Visa::new`];
/// [`Error::BadDate`] for a bad date.
///
/// ```
/// use staycalc::documents::{parse_visa, Entries};
/// use staycalc::date;
/// let visa = parse_visa("2025-05-01..2025-05-31,MULT,15,Schengen States", "--visa")?;
/// assert_eq!((visa.from, visa.until), (date(2025, 5, 1), date(2025, 5, 31)));
/// assert_eq!((visa.entries, visa.days), (Entries::Multiple, 15));
/// assert_eq!(visa.area.as_deref(), Some("Schengen States"));
/// assert_eq!(
///     parse_visa("2025-05-01..2025-05-31,0,15", "--visa").unwrap_err().to_string(),
///     "--visa \"2025-05-01..2025-05-31,0,15\" is invalid: zero entries: expected 1, 2 or MULT"
/// );
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn parse_visa(text: &str, field: &str) -> Result<Visa> {
    let bad = |reason: String| Error::InvalidDocument {
        field: field.to_string(),
        value: text.to_string(),
        reason,
    };
    let mut parts = text.splitn(4, ',').map(str::trim);
    let (Some(period), Some(entries), Some(days)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(bad(
            "expected FROM..UNTIL,ENTRIES,DAYS[,AREA], such as 2025-05-01..2025-05-31,1,11".into(),
        ));
    };
    let (from, until) = period_of(period, field).map_err(|e| match e {
        Error::InvalidDocument { reason, .. } => bad(reason),
        other => other,
    })?;
    let entries = match entries.to_ascii_uppercase().as_str() {
        "1" | "01" => Entries::One,
        "2" | "02" => Entries::Two,
        "MULT" | "MULTI" | "MULTIPLE" => Entries::Multiple,
        "0" | "00" => return Err(bad("zero entries: expected 1, 2 or MULT".into())),
        other => {
            return Err(bad(format!(
                "entries {other:?} is unknown: expected 1, 2 or MULT"
            )))
        }
    };
    let days: u32 = days
        .parse()
        .map_err(|_| bad(format!("duration of stay {days:?} is not a number of days")))?;
    let mut visa = Visa::new(from, until, entries, days).map_err(|e| match e {
        Error::InvalidDocument { reason, .. } => bad(reason),
        other => other,
    })?;
    visa.area = parts.next().filter(|a| !a.is_empty()).map(str::to_string);
    Ok(visa)
}

/// A permit (residence permit or long-stay visa) written `FROM..UNTIL`, or
/// `FROM..UNTIL,COUNTRY` with the state that issued it (a code or a name), given for `field`.
///
/// # Errors
///
/// [`Error::InvalidDocument`] naming `field` and the text when it has not that shape or
/// `UNTIL` is before `FROM`; [`Error::BadDate`] for a bad date; [`Error::UnknownCountry`]
/// naming `field` and the country for one that is none.
///
/// ```
/// use staycalc::documents::parse_permit;
/// use staycalc::date;
/// let permit = parse_permit("01.03.2025..31.08.2025", "--permit")?;
/// assert_eq!((permit.from, permit.until), (date(2025, 3, 1), date(2025, 8, 31)));
/// let french = parse_permit("2025-03-01..2025-08-31,FR", "--permit")?;
/// assert_eq!(french.country.map(|c| c.alpha2), Some("FR"));
/// assert!(parse_permit("2025-03-01..2025-08-31,Frnace", "--permit").is_err());
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn parse_permit(text: &str, field: &str) -> Result<Permit> {
    let (period, country) = match text.split_once(',') {
        Some((period, country)) => (period, Some(country.trim())),
        None => (text, None),
    };
    let country = match country {
        Some(name) => Some(crate::zones::country(name).map_err(|e| match e {
            Error::UnknownCountry {
                value, suggestion, ..
            } => Error::UnknownCountry {
                field: format!("{field} country"),
                value,
                suggestion,
                row: None,
            },
            other => other,
        })?),
        None => None,
    };
    let (from, until) = period_of(period.trim(), field).map_err(|e| match e {
        Error::InvalidDocument { reason, .. } => Error::InvalidDocument {
            field: field.to_string(),
            value: text.to_string(),
            reason,
        },
        other => other,
    })?;
    Ok(Permit {
        from,
        until,
        country,
    })
}

/// `FROM..UNTIL`, with UNTIL not before FROM.
fn period_of(text: &str, field: &str) -> Result<(NaiveDate, NaiveDate)> {
    let Some((from, until)) = text.split_once("..") else {
        return Err(Error::InvalidDocument {
            field: field.to_string(),
            value: text.to_string(),
            reason: "expected FROM..UNTIL, such as 2025-05-01..2025-05-31".into(),
        });
    };
    let from = parse_any_date(from, &format!("{field} FROM"))?;
    let until = parse_any_date(until, &format!("{field} UNTIL"))?;
    if until < from {
        return Err(Error::InvalidDocument {
            field: field.to_string(),
            value: text.to_string(),
            reason: format!("UNTIL {until} is before FROM {from}"),
        });
    }
    Ok((from, until))
}
