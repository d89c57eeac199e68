//! The words a pasted line may hold around its dates, in English, Russian and Kazakh: month
//! names in the cases the languages use, the words that say "year" or "days", the connectors
//! between two dates, and the names of a header's columns.
//!
//! Every word is compared lowercased, without a final dot (`Mar.`, `г.`, `ж.`).

/// The month names, abbreviations first, each as a stem and the endings it takes.
///
/// Russian months decline (`март`, `марта`, `марте`); Kazakh ones take case endings (`наурыз`,
/// `наурыздан`, `наурызға`, `наурызда`). A word is a month when it is one of the stems followed
/// by one of its endings.
const MONTHS: [(&[&str], &[&str], &[&str]); 12] = [
    (&["jan", "january"], &["январ", "янв"], &["қаңтар", "қаң"]),
    (
        &["feb", "february"],
        &["феврал", "фев", "февр"],
        &["ақпан", "ақп"],
    ),
    (&["mar", "march"], &["март", "мар"], &["наурыз", "нау"]),
    (&["apr", "april"], &["апрел", "апр"], &["сәуір", "сәу"]),
    (&["may"], &["ма"], &["мамыр", "мам"]),
    (&["jun", "june"], &["июн"], &["маусым", "мау"]),
    (&["jul", "july"], &["июл"], &["шілде", "шіл"]),
    (&["aug", "august"], &["август", "авг"], &["тамыз", "там"]),
    (
        &["sep", "sept", "september"],
        &["сентябр", "сен", "сент"],
        &["қыркүйек", "қыр"],
    ),
    (&["oct", "october"], &["октябр", "окт"], &["қазан", "қаз"]),
    (
        &["nov", "november"],
        &["ноябр", "ноя", "нояб"],
        &["қараша", "қар"],
    ),
    (
        &["dec", "december"],
        &["декабр", "дек"],
        &["желтоқсан", "жел"],
    ),
];

/// The endings a Russian month stem takes: `январ|ь|я|е|ю|ём`, `март||а|е|у|ом`, `ма|й|я|е|ю|ем`.
const RU_ENDINGS: &[&str] = &["", "ь", "я", "е", "ю", "ём", "ем", "а", "у", "ом", "й"];

/// The case endings a Kazakh month takes (genitive, dative, locative, ablative, accusative,
/// instrumental, and the possessive -ы/-і), in their vowel-harmony and consonant variants.
const KK_ENDINGS: &[&str] = &[
    "",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "да",
    "де",
    "та",
    "те",
    "нда",
    "нде",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "ды",
    "ді",
    "ты",
    "ті",
    "ны",
    "ні",
    "мен",
    "бен",
    "пен",
    "ы",
    "і",
    "сы",
    "сі",
    "ында",
    "інде",
    "ынан",
    "інен",
    "ына",
    "іне",
    "нда",
    "ндағы",
    "ндегі",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
];

/// Whether `word` (lowercase, no final dot) is `stem` followed by one of `endings`, the
/// abbreviations (stems of three letters or fewer) only as they are.
fn declined(word: &str, stem: &str, endings: &[&str]) -> bool {
    match word.strip_prefix(stem) {
        Some("") => true,
        Some(ending) => stem.chars().count() > 3 && endings.contains(&ending),
        None => false,
    }
}

/// The month (1 to 12) `word` names, in English, Russian or Kazakh, in any case.
///
/// `май`, `мая`, `мае` are May; `март`, `марта`, `мар` March; `наурыздан` March.
pub(super) fn month(word: &str) -> Option<u32> {
    let word = normal(word);
    let word = word.as_str();
    MONTHS.iter().zip(1..).find_map(|((en, ru, kk), number)| {
        let english = en.contains(&word);
        let russian = ru.iter().any(|stem| match *stem {
            // `ма` alone is no abbreviation: only май and its cases.
            "ма" => ["май", "мая", "мае", "маю", "маем"].contains(&word),
            stem => declined(word, stem, RU_ENDINGS),
        });
        let kazakh = kk.iter().any(|stem| declined(word, stem, KK_ENDINGS));
        (english || russian || kazakh).then_some(number)
    })
}

/// `word` lowercased, without a final dot.
fn normal(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

/// Whether `word` says "year" after a year (`2025 г.`, `2025 года`, `2025 жылғы`, `2025 ж.`).
pub(super) fn is_year_word(word: &str) -> bool {
    matches!(
        normal(word).as_str(),
        "г" | "гг" | "год" | "года" | "году" | "ж" | "жыл" | "жылы" | "жылғы" | "жылдың"
    )
}

/// Whether `word` says "days" after a number of days (`9 days`, `9 дней`, `9 күн`).
pub(super) fn is_days_word(word: &str) -> bool {
    matches!(
        normal(word).as_str(),
        "d" | "day"
            | "days"
            | "дн"
            | "день"
            | "дня"
            | "дней"
            | "сут"
            | "суток"
            | "сутки"
            | "күн"
            | "күні"
            | "тәулік"
    )
}

/// Whether `word` only joins or frames two dates ("from … to …", «с … по …», «… бастап …
/// дейін»): it is no part of a place.
pub(super) fn is_connector(word: &str) -> bool {
    matches!(
        normal(word).as_str(),
        "from"
            | "to"
            | "till"
            | "til"
            | "until"
            | "through"
            | "thru"
            | "between"
            | "and"
            | "с"
            | "со"
            | "по"
            | "до"
            | "от"
            | "и"
            | "бастап"
            | "дейін"
            | "шейін"
            | "аралығында"
            | "аралық"
            | "және"
    )
}

/// Whether `cell` names a column a pasted table may have: the entry or exit of the stays
/// files' header vocabulary, or a place, the dates, the days, a note.
pub(super) fn is_column_name(cell: &str) -> bool {
    use crate::input::header::{normalise, ENTRY, EXIT};
    let name = normalise(cell);
    ENTRY.names.contains(&name.as_str())
        || EXIT.names.contains(&name.as_str())
        || matches!(
            name.as_str(),
            "country"
                | "place"
                | "city"
                | "destination"
                | "dates"
                | "date"
                | "days"
                | "number of days"
                | "note"
                | "notes"
                | "comment"
                | "страна"
                | "место"
                | "город"
                | "даты"
                | "дата"
                | "дни"
                | "дней"
                | "количество дней"
                | "кол во дней"
                | "примечание"
                | "комментарий"
                | "ел"
                | "мемлекет"
                | "қала"
                | "күндер"
                | "күні"
                | "күн саны"
                | "ескертпе"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_every_language_and_case() {
        for (word, number) in [
            ("Mar", 3),
            ("march", 3),
            ("Sept.", 9),
            ("марта", 3),
            ("Март", 3),
            ("мар.", 3),
            ("мая", 5),
            ("май", 5),
            ("декабре", 12),
            ("января", 1),
            ("нояб", 11),
            ("наурыз", 3),
            ("наурыздан", 3),
            ("наурызға", 3),
            ("шілдеге", 7),
            ("желтоқсанда", 12),
            ("қазанның", 10),
            ("қыркүйектен", 9),
        ] {
            assert_eq!(month(word), Some(number), "{word}");
        }
        for word in [
            "ma",
            "маша",
            "map",
            "марк",
            "marches",
            "мамаша",
            "France",
            "г",
        ] {
            assert_eq!(month(word), None, "{word}");
        }
    }
}
