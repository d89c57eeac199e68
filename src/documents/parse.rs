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
    let entries = parse_entries(entries).map_err(bad)?;
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

/// A visa's NUMBER OF ENTRIES as the sticker or a spreadsheet writes it: `1`, `01`, `2`, `02`
/// or `MULT` (any letter case; `MULTI`, `MULTIPLE` and `M` too, and the words for one, two and
/// multiple entries in Russian and Kazakh).
///
/// # Errors
///
/// Why it is none of them, in words: zero entries, or an unknown value.
pub(crate) fn parse_entries(text: &str) -> std::result::Result<Entries, String> {
    let text = text.trim();
    let upper = text.to_uppercase();
    Ok(match upper.as_str() {
        "1" | "01" | "ОДНОКРАТНАЯ" | "ОДНОКРАТНЫЙ" | "БІР РЕТ" | "БІР РЕТТІК" => {
            Entries::One
        }
        "2" | "02" | "ДВУКРАТНАЯ" | "ДВУКРАТНЫЙ" | "ЕКІ РЕТ" | "ЕКІ РЕТТІК" => {
            Entries::Two
        }
        "MULT"
        | "MULTI"
        | "MULTIPLE"
        | "M"
        | "МНОГОКРАТНАЯ"
        | "МНОГОКРАТНЫЙ"
        | "МУЛЬТИ"
        | "КӨП РЕТ"
        | "КӨП РЕТТІК" => Entries::Multiple,
        "0" | "00" => return Err("zero entries: expected 1, 2 or MULT".into()),
        _ => {
            return Err(format!(
                "entries {text:?} is unknown: expected 1, 2 or MULT"
            ))
        }
    })
}

/// A visa's DURATION OF STAY as a spreadsheet writes it: a number of days, maybe followed by
/// the word (`15`, `15 days`, `15 дней`, `15 күн`), 1 to [`super::MAX_VISA_DAYS`].
///
/// # Errors
///
/// Why it is not such a number, in words.
pub(crate) fn parse_visa_days(text: &str) -> std::result::Result<u32, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .map_or(text, |end| &text[..end]);
    let unit = text[digits.len()..].trim().to_lowercase();
    let is_unit = [
        "", "d", "day", "days", "дн", "дн.", "день", "дня", "дней", "күн",
    ]
    .contains(&unit.as_str());
    let days: u32 = match digits.parse() {
        Ok(days) if is_unit => days,
        _ => return Err(format!("duration of stay {text:?} is not a number of days")),
    };
    if days == 0 || days > super::MAX_VISA_DAYS {
        return Err(format!(
            "expected 1 to {} days (a short-stay visa allows at most 90)",
            super::MAX_VISA_DAYS
        ));
    }
    Ok(days)
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
