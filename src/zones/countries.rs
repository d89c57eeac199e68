//! The countries a stay may name: every ISO 3166-1 country, found by its alpha-2 or alpha-3
//! code or by its name in English, Russian or Kazakh, in any letter case.
//!
//! The names are CLDR's (the Unicode Common Locale Data Repository, Unicode License v3), written
//! into `countries_data.rs` by `scripts/gen-countries.py`, but for the few the app words its own
//! way (Russian `Кыргызстан`, CLDR's `Киргизия` then kept as another name); a few other names
//! in common use (`Turkey`, `Czech Republic`, `USA`, `США`) are listed there too.

use super::countries_data::{ALIASES, COUNTRIES};
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A country of ISO 3166-1, with its names.
///
/// ```
/// use staycalc::zones::country;
/// let kazakhstan = country("Қазақстан")?;
/// assert_eq!((kazakhstan.alpha2, kazakhstan.alpha3), ("KZ", "KAZ"));
/// assert_eq!(kazakhstan.name("ru"), "Казахстан");
/// # Ok::<(), staycalc::Error>(())
/// ```
///
/// Two countries are equal when their alpha-2 codes are.
#[derive(Debug)]
pub struct Country {
    /// The ISO 3166-1 alpha-2 code (`FR`).
    pub alpha2: &'static str,
    /// The ISO 3166-1 alpha-3 code (`FRA`).
    pub alpha3: &'static str,
    /// The name in English (CLDR).
    pub en: &'static str,
    /// The name in Russian (CLDR's, but for `scripts/gen-countries.py`'s overrides).
    pub ru: &'static str,
    /// The name in Kazakh (CLDR).
    pub kk: &'static str,
}

impl PartialEq for Country {
    fn eq(&self, other: &Country) -> bool {
        // Byte by byte: the codes are two letters, shorter than a call to compare memory.
        std::ptr::eq(self, other)
            || (self.alpha2.len() == other.alpha2.len()
                && self
                    .alpha2
                    .bytes()
                    .zip(other.alpha2.bytes())
                    .all(|(a, b)| a == b))
    }
}

impl Eq for Country {}

impl std::hash::Hash for Country {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.alpha2.hash(state);
    }
}

impl Country {
    /// The name in the language `code` (`en`, `ru` or `kk`; English for any other).
    pub fn name(&self, code: &str) -> &'static str {
        match code {
            "ru" => self.ru,
            "kk" => self.kk,
            _ => self.en,
        }
    }
}

/// Every ISO 3166-1 country (249), in order of alpha-2 code.
///
/// ```
/// assert_eq!(staycalc::zones::countries().len(), 249);
/// ```
pub fn countries() -> &'static [Country] {
    COUNTRIES
}

/// A text made comparable: trimmed, lowercase, `ё` as `е`, `&` as `and`, punctuation and runs
/// of spaces as one space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'ё' => out.push('е'),
            '&' => out.push_str(" and "),
            '.' | ',' | '-' | '_' | '(' | ')' | '\'' | '’' => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every name of every country (in the three languages, and the other common names),
/// normalised, with the country's index: built once, on first use.
fn names() -> &'static HashMap<String, usize> {
    static NAMES: OnceLock<HashMap<String, usize>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::with_capacity(COUNTRIES.len() * 3 + ALIASES.len());
        for (i, c) in COUNTRIES.iter().enumerate() {
            for name in [c.en, c.ru, c.kk] {
                names.entry(normalise(name)).or_insert(i);
            }
        }
        for &(alias, code) in ALIASES {
            if let Ok(i) = COUNTRIES.binary_search_by(|c| c.alpha2.cmp(code)) {
                names.entry(normalise(alias)).or_insert(i);
            }
        }
        names
    })
}

/// The country `text` names, if it names one: an alpha-2 or alpha-3 code, or a name.
fn find(text: &str) -> Option<&'static Country> {
    let trimmed = text.trim();
    let by_code = match trimmed.len() {
        2 => by_alpha2(&trimmed.to_ascii_uppercase()),
        3 => COUNTRIES
            .iter()
            .find(|c| c.alpha3.eq_ignore_ascii_case(trimmed)),
        _ => None,
    };
    by_code.or_else(|| names().get(&normalise(trimmed)).map(|&i| &COUNTRIES[i]))
}

/// The country with the alpha-2 code `code` (upper case).
pub(crate) fn by_alpha2(code: &str) -> Option<&'static Country> {
    COUNTRIES
        .binary_search_by(|c| c.alpha2.cmp(code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// The edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of
/// neighbours), counted in characters.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// The country whose name (in any of the three languages, or another common name) is closest to
/// `text`, when one is close: at most one edit for a short name, two for a longer one.
fn closest(text: &str) -> Option<&'static Country> {
    let wanted = normalise(text);
    if wanted.chars().count() < 4 {
        return None;
    }
    let allowed = if wanted.chars().count() < 7 { 1 } else { 2 };
    names()
        .iter()
        .map(|(name, &i)| (distance(name, &wanted), name, i))
        .filter(|&(d, _, _)| d <= allowed)
        .min_by_key(|&(d, name, _)| (d, name.as_str()))
        .map(|(_, _, i)| &COUNTRIES[i])
}

/// The country `text` names: its ISO 3166-1 alpha-2 code (`FR`), alpha-3 code (`FRA`), or its
/// name in English, Russian or Kazakh (`France`, `Франция`, `Франция`), in any letter case.
///
/// # Errors
///
/// [`Error::UnknownCountry`] naming the text, with the closest name as a suggestion when one is
/// close (`Frnace`: France).
///
/// ```
/// use staycalc::zones::country;
/// assert_eq!(country("fra")?.alpha2, "FR");
/// assert_eq!(country("  bosnia & herzegovina ")?.alpha2, "BA");
/// assert_eq!(
///     country("Frnace").unwrap_err().to_string(),
///     "country \"Frnace\" is not a country: did you mean France (FR)?"
/// );
/// assert_eq!(country("XX").unwrap_err().code(), "unknown_country");
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn country(text: &str) -> Result<&'static Country> {
    find(text).ok_or_else(|| unknown("country", text, None))
}

/// The error for a text that names no country, with the closest name when one is close.
pub(crate) fn unknown(field: &str, text: &str, row: Option<usize>) -> Error {
    Error::UnknownCountry {
        field: field.to_string(),
        value: text.to_string(),
        suggestion: closest(text).map(|c| format!("{} ({})", c.en, c.alpha2)),
        row,
    }
}

/// The countries of a nationality list: ISO codes separated by commas (`US,IE`), each once.
///
/// # Errors
///
/// [`Error::UnknownCountry`] for a code that is not a country, or for an empty list.
///
/// ```
/// use staycalc::zones::nationalities;
/// let both = nationalities("us, IE")?;
/// assert_eq!(both.iter().map(|c| c.alpha2).collect::<Vec<_>>(), ["US", "IE"]);
/// assert!(nationalities("US,XX").is_err());
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn nationalities(text: &str) -> Result<Vec<&'static Country>> {
    let mut found: Vec<&'static Country> = Vec::new();
    for part in text.split(',') {
        let code = part.trim();
        let country = match code.len() {
            2 | 3 => find(code).filter(|c| {
                c.alpha2.eq_ignore_ascii_case(code) || c.alpha3.eq_ignore_ascii_case(code)
            }),
            _ => None,
        }
        .ok_or_else(|| unknown("nationality", code, None))?;
        if !found.contains(&country) {
            found.push(country);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_iso_country_once_in_code_order() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].alpha2 < w[1].alpha2));
        let mut alpha3: Vec<_> = COUNTRIES.iter().map(|c| c.alpha3).collect();
        alpha3.sort_unstable();
        alpha3.dedup();
        assert_eq!(alpha3.len(), 249);
        for c in COUNTRIES {
            assert_eq!(c.alpha2.len(), 2);
            assert_eq!(c.alpha3.len(), 3);
            assert!(!c.en.is_empty() && !c.ru.is_empty() && !c.kk.is_empty());
        }
        for (alias, code) in ALIASES {
            assert!(by_alpha2(code).is_some(), "{alias}");
        }
    }

    #[test]
    fn every_name_and_code_finds_its_own_country() {
        for c in COUNTRIES {
            for text in [c.alpha2, c.alpha3, c.en, c.ru, c.kk] {
                assert_eq!(country(text).unwrap(), c, "{text}");
                assert_eq!(country(&text.to_uppercase()).unwrap(), c, "{text}");
                assert_eq!(country(&text.to_lowercase()).unwrap(), c, "{text}");
            }
        }
        for (alias, code) in ALIASES {
            assert_eq!(country(alias).unwrap().alpha2, *code);
        }
    }

    #[test]
    fn names_in_each_language_and_common_names_are_found() {
        let code = |text: &str| country(text).map(|c| c.alpha2);
        assert_eq!(code("Франция"), Ok("FR"));
        assert_eq!(code("Германия"), Ok("DE"));
        assert_eq!(code("Түркия"), Ok("TR"));
        assert_eq!(code("turkey"), Ok("TR"));
        assert_eq!(code("Соединённые Штаты"), Ok("US"));
        assert_eq!(code("czech republic"), Ok("CZ"));
        assert_eq!(code("deu"), Ok("DE"));
    }

    #[test]
    fn unknown_countries_are_errors_with_the_closest_name_when_close() {
        let error = country("Germny").unwrap_err();
        assert_eq!(
            error,
            Error::UnknownCountry {
                field: "country".into(),
                value: "Germny".into(),
                suggestion: Some("Germany (DE)".into()),
                row: None,
            }
        );
        assert_eq!(
            country("Казахтан").unwrap_err().to_string(),
            "country \"Казахтан\" is not a country: did you mean Kazakhstan (KZ)?"
        );
        assert_eq!(
            country("XX").unwrap_err().to_string(),
            "country \"XX\" is not a country: expected an ISO 3166-1 code (FR, FRA) or a \
             country's name in English, Russian or Kazakh"
        );
        assert!(country("").is_err());
        assert!(country("Atlantis of the deep").is_err());
    }

    #[test]
    fn a_nationality_is_a_code_not_a_name() {
        assert!(nationalities("France").is_err());
        assert_eq!(nationalities("fr,FRA").unwrap().len(), 1);
        assert!(nationalities("").is_err());
        assert_eq!(
            nationalities("US,ZZ").unwrap_err().to_string(),
            "nationality \"ZZ\" is not a country: expected an ISO 3166-1 code (FR, FRA)"
        );
    }
}
