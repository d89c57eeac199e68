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
/// `май`, `мая`, `мае` are May; `март`, `марта`, `мар` March; `июля` July; `наурыздан` March.
pub(super) fn month(word: &str) -> Option<u32> {
    let word = normal(word);
    let word = word.as_str();
    MONTHS.iter().zip(1..).find_map(|((en, ru, kk), number)| {
        let english = en.contains(&word);
        let russian = ru.iter().any(|stem| match *stem {
            // `ма` alone is no abbreviation: only май and its cases.
            "ма" => ["май", "мая", "мае", "маю", "маем"].contains(&word),
            // июн and июл are the abbreviations and the stems: июнь, июня, июле...
            "июн" | "июл" => word
                .strip_prefix(stem)
                .is_some_and(|ending| ["", "ь", "я", "е", "ю", "ем"].contains(&ending)),
            stem => declined(word, stem, RU_ENDINGS),
        });
        let kazakh = kk.iter().any(|stem| declined(word, stem, KK_ENDINGS));
        (english || russian || kazakh).then_some(number)
    })
}

/// `word` lowercased, without a final dot.
fn normal(word: &str) -> String {
    word.trim_end_matches('.').chars().map(lower).collect()
}

/// Whether `c` is a letter of the scripts the paste reads words in: Latin (with its accented
/// letters) and Cyrillic (with Kazakh's). A hand-written test rather than `char::is_alphabetic`
/// and `to_lowercase`, whose Unicode tables would grow the traveller page's WebAssembly; a
/// letter of another script is punctuation here, and so goes to the place as it is.
pub(super) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{c0}'..='\u{24f}' | '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}')
            && !matches!(c, '×' | '÷')
}

/// `c` in lower case, for the letters [`is_letter`] knows (others as they are).
pub(super) fn lower(c: char) -> char {
    let code = c as u32;
    let lowered = match c {
        'A'..='Z' | 'А'..='Я' | '\u{c0}'..='\u{de}' if c != '×' => code + 32,
        'Ѐ'..='Џ' => code + 80,
        // Latin Extended-A and Cyrillic's additions, Kazakh's among them (Ә, Ғ, Қ, Ң, Ө, Ұ,
        // Ү, Һ): capital and small in pairs, the capital even.
        '\u{100}'..='\u{17f}' | '\u{460}'..='\u{4bf}' | '\u{4d0}'..='\u{4ff}' if code % 2 == 0 => {
            code + 1
        }
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
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
    use crate::input::header::{ENTRY, EXIT};
    // As the header reader normalises a name: lowercase, `_`, `-` and `.` as spaces.
    let name: String = cell
        .trim()
        .chars()
        .map(|c| match c {
            '_' | '-' | '.' => ' ',
            c => lower(c),
        })
        .collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
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
            ("июнь", 6),
            ("июня", 6),
            ("июн.", 6),
            ("июля", 7),
            ("июле", 7),
            ("июль", 7),
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
            "июнька",
            "июлия",
            "France",
            "г",
        ] {
            assert_eq!(month(word), None, "{word}");
        }
    }

    #[test]
    fn letters_lowered_as_unicode_lowers_them() {
        for c in ('\0'..='\u{4ff}').filter(|&c| is_letter(c)) {
            assert!(c.is_alphabetic(), "{c:?}");
        }
        let paired = |c: char| {
            c.is_ascii()
                || matches!(c, '\u{c0}'..='\u{ff}' | '\u{400}'..='\u{4bf}' | '\u{4d0}'..='\u{4ff}')
        };
        for c in ('\0'..='\u{4ff}').filter(|&c| is_letter(c) && paired(c)) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            assert_eq!([lower(c)], unicode[..], "{c:?}");
        }
        for word in ["ҚАЗАН", "ӘЛІ", "ҰЛЫ", "ІҢҮӨҒҺ", "ЁЖИК", "ÉTÉ"] {
            let ours: String = word.chars().map(lower).collect();
            assert_eq!(ours, word.to_lowercase(), "{word}");
        }
    }
}
