//! Words that say a stay goes on, as people write them in an exit cell instead of leaving it
//! empty: "present", "по н.в." ("по настоящее время", to the present time), "қазіргі уақытқа
//! дейін" (until the present time). HR spreadsheets in Russian are full of "по н.в.". Such an
//! exit is a stay with no exit yet, as an empty cell is: present through the check date, the
//! reading that counts the most days, never fewer than the traveller has.

/// The phrases, lowercase, with spaces, dots and dashes as [`key`] leaves them (none): "по н.в."
/// and "по н. в." are both "понв".
const PHRASES: &[&str] = &[
    // English.
    "present",
    "topresent",
    "untilpresent",
    "tillpresent",
    "now",
    "tillnow",
    "untilnow",
    "todate",
    "tilldate",
    "ongoing",
    "stillthere",
    "stillhere",
    // Russian: "н.в." is the usual abbreviation of "настоящее время" (the present time).
    "нв",
    "понв",
    "донв",
    "настоящеевремя",
    "понастоящеевремя",
    "донастоящеговремени",
    "настврем",
    "понаствремя",
    "понаствр",
    "сейчас",
    "посейдень",
    "досихпор",
    "потекущеевремя",
    // Kazakh: "until the present time", "until now", "now".
    "қазіргіуақытқадейін",
    "осыуақытқадейін",
    "қазіргедейін",
    "әлікүнгедейін",
    "қазір",
];

/// Whether the cell `text` says the stay goes on (case, spaces, dots and dashes aside).
pub(crate) fn means_no_exit_yet(text: &str) -> bool {
    // The longest phrase is 38 bytes; a longer cell is something else. No phrase has a digit:
    // a date is answered without building its key (a million rows' exits, on the team page).
    if text.len() > 80 || text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let key = key(text);
    !key.is_empty() && PHRASES.contains(&key.as_str())
}

/// `text` in lowercase without spaces, dots, dashes or the non-breaking space.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-' | '–' | '—' | '…'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_write_for_a_stay_that_goes_on() {
        for text in [
            "present",
            "Present",
            "to present",
            "– present",
            "NOW",
            "ongoing",
            "по н.в.",
            "по н. в.",
            "н.в.",
            "По настоящее время",
            "по наст. время",
            "до настоящего времени",
            "по\u{a0}н.в.",
            "Қазіргі уақытқа дейін",
            "қазір",
        ] {
            assert!(means_no_exit_yet(text), "{text:?}");
        }
    }

    #[test]
    fn leaves_dates_and_other_words_alone() {
        for text in [
            "",
            " ",
            "-",
            "—",
            "?",
            "2025-03-01",
            "01.03.2025",
            "unknown",
            "n/a",
            "нет",
            "presently unknown",
            "present 2025",
            "Paris",
        ] {
            assert!(!means_no_exit_yet(text), "{text:?}");
        }
    }

    #[test]
    fn no_phrase_has_a_digit_so_a_cell_with_one_is_answered_at_once() {
        assert!(PHRASES
            .iter()
            .all(|p| !p.bytes().any(|b| b.is_ascii_digit())));
        assert!(PHRASES.iter().all(|p| *p == key(p)));
    }
}
