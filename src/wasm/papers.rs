//! A request's papers, read the same way by `evaluateDocuments` (one rule) and `evaluateTrips`
//! (a travel log): `passport {expiry, issued?}`, `visas [{from, until, entries, days, area?}]`
//! and `permits [{from, until, country?}]`, each optional.

use super::error::Thrown;
use super::js;
use super::request::{describe, text, Request};
use crate::documents::{Documents, Entries, Passport, Permit, Visa};
use crate::zones::country;
use crate::{parse_date, Error};
use wasm_bindgen::prelude::*;

/// The most visas, permits or events a request may hold: far more than a person holds.
const MAX_ITEMS: u32 = 1000;

/// `passport`, `visas` and `permits`, each optional.
pub(super) fn read_documents(request: &Request) -> Result<Documents, Thrown> {
    let mut documents = Documents::default();
    let passport = request.field("passport")?;
    if !absent(&passport) {
        let passport = Request::checked(passport, "the passport", &[&["expiry", "issued"]])?;
        let issued = match text(&passport.field("issued")?, "issued", None)? {
            Some(value) if !value.trim().is_empty() => Some(parse_date(&value, "issued")?),
            _ => None,
        };
        documents.passport = Some(Passport {
            expiry: passport.date("expiry")?,
            issued,
        });
    }
    for item in items(&request.field("visas")?, "visas")? {
        let visa = Request::checked(
            item,
            "the visa",
            &[&["from", "until", "entries", "days", "area"]],
        )?;
        let entries = visa.field("entries")?;
        let entries = match (entries.as_f64(), js::short_string(&entries)) {
            (Some(1.0), _) => Entries::One,
            (Some(2.0), _) => Entries::Two,
            (_, Some(Ok(text))) if text == "MULT" => Entries::Multiple,
            _ if absent(&entries) => return Err(visa.missing("entries")),
            _ => {
                return Err(Thrown::bad_request(
                    format!(
                        "entries of the visa must be 1, 2 or \"MULT\", not {}",
                        describe(&entries)
                    ),
                    None,
                ))
            }
        };
        let days = visa.count("days")?.ok_or_else(|| visa.missing("days"))?;
        let mut read = Visa::new(visa.date("from")?, visa.date("until")?, entries, days)?;
        read.area = text(&visa.field("area")?, "area", None)?.filter(|a| !a.trim().is_empty());
        documents.visas.push(read);
    }
    for (index, item) in items(&request.field("permits")?, "permits")?
        .into_iter()
        .enumerate()
    {
        let permit = Request::checked(item, "the permit", &[&["from", "until", "country"]])?;
        let mut read = Permit::new(permit.date("from")?, permit.date("until")?)?;
        if let Some(name) = text(&permit.field("country")?, "country", None)? {
            read = read.of(country(&name).map_err(|e| match e {
                Error::UnknownCountry {
                    value, suggestion, ..
                } => Error::UnknownCountry {
                    field: format!("permit {} country", index + 1),
                    value,
                    suggestion,
                    row: None,
                },
                other => other,
            })?);
        }
        documents.permits.push(read);
    }
    Ok(documents)
}

/// Whether a field is absent: `undefined` or `null`.
pub(super) fn absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// The items of the optional array field `key` (none when absent), at most [`MAX_ITEMS`].
pub(super) fn items(value: &JsValue, key: &str) -> Result<Vec<JsValue>, Thrown> {
    if absent(value) {
        return Ok(Vec::new());
    }
    if !js::is_array(value)? {
        return Err(Thrown::bad_request(
            format!("{key} must be an array, not {}", describe(value)),
            None,
        ));
    }
    let length = js::length(value, key)?;
    let count = match length.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=f64::from(MAX_ITEMS)).contains(&n) => n as u32,
        _ => {
            return Err(Thrown::bad_request(
                format!(
                    "{key} holds {} items: at most {MAX_ITEMS}",
                    describe(&length)
                ),
                None,
            ))
        }
    };
    (0..count)
        .map(|index| {
            js::own(
                value,
                &JsValue::from(index),
                || format!("item {} of {key}", index + 1),
                None,
            )
        })
        .collect()
}
