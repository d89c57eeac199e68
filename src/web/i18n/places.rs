//! Names of the catalogue's destinations and nationalities in each language: data only.
//!
//! The catalogue names destinations in English and nationalities by ISO 3166-1 alpha-2 code;
//! a test checks that every one of them is here.

/// `(English name as in the catalogue, Russian, Kazakh)`.
pub(crate) const DESTINATIONS: &[(&str, &str, &str)] = &[
    ("Schengen area", "Шенгенская зона", "Шенген аймағы"),
    ("Cyprus", "Кипр", "Кипр"),
    ("Kazakhstan", "Казахстан", "Қазақстан"),
    ("Russia", "Россия", "Ресей"),
    ("Ukraine", "Украина", "Украина"),
    ("Albania", "Албания", "Албания"),
    ("Serbia", "Сербия", "Сербия"),
    (
        "Bosnia and Herzegovina",
        "Босния и Герцеговина",
        "Босния және Герцеговина",
    ),
    ("Turkey", "Турция", "Түркия"),
    ("Georgia", "Грузия", "Грузия"),
    ("Poland", "Польша", "Польша"),
    ("United Kingdom", "Великобритания", "Ұлыбритания"),
    ("United States", "США", "АҚШ"),
    ("Canada", "Канада", "Канада"),
    ("Japan", "Япония", "Жапония"),
    ("Thailand", "Таиланд", "Тайланд"),
    ("Uzbekistan", "Узбекистан", "Өзбекстан"),
    ("Tajikistan", "Таджикистан", "Тәжікстан"),
    ("Belarus", "Беларусь", "Беларусь"),
    ("Mexico", "Мексика", "Мексика"),
];

/// `(ISO code, English, Russian, Kazakh)`.
pub(crate) const COUNTRIES: &[(&str, &str, &str, &str)] = &[
    ("AM", "Armenia", "Армения", "Армения"),
    ("BY", "Belarus", "Беларусь", "Беларусь"),
    ("CL", "Chile", "Чили", "Чили"),
    ("CN", "China", "Китай", "Қытай"),
    ("IN", "India", "Индия", "Үндістан"),
    ("IR", "Iran", "Иран", "Иран"),
    ("KG", "Kyrgyzstan", "Кыргызстан", "Қырғызстан"),
    ("RU", "Russia", "Россия", "Ресей"),
    ("TR", "Turkey", "Турция", "Түркия"),
    ("US", "United States", "США", "АҚШ"),
];

/// The destination's name in the language picked by `column` (0 Russian, 1 Kazakh); the
/// English name when the table lacks it.
pub(crate) fn destination(name: &'static str, column: usize) -> &'static str {
    DESTINATIONS
        .iter()
        .find(|row| row.0 == name)
        .map_or(name, |row| [row.1, row.2][column])
}

/// The country's name in the language picked by `column` (0 English, 1 Russian, 2 Kazakh);
/// the code when the table lacks it.
pub(crate) fn country(code: &'static str, column: usize) -> &'static str {
    COUNTRIES
        .iter()
        .find(|row| row.0 == code)
        .map_or(code, |row| [row.1, row.2, row.3][column])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::catalogue;

    #[test]
    fn every_catalogue_destination_and_nationality_has_names() {
        for rule in catalogue() {
            assert!(
                DESTINATIONS.iter().any(|row| row.0 == rule.destination),
                "{}: {}",
                rule.id,
                rule.destination
            );
            for code in rule.nationalities {
                assert!(
                    COUNTRIES.iter().any(|row| row.0 == *code),
                    "{}: {code}",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn unknown_names_fall_back_to_what_was_given() {
        assert_eq!(destination("Kazakhstan", 1), "Қазақстан");
        assert_eq!(destination("Atlantis", 0), "Atlantis");
        assert_eq!(country("CN", 1), "Китай");
        assert_eq!(country("XX", 2), "XX");
    }
}
