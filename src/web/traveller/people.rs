//! Several travellers in one browser (a family, a couple): each person's trips saved under
//! their name, one person shown at a time. The person shown keeps the app's usual saved state;
//! the others wait in a list of their own, each with the same saved text ([`Saved::encode`]).
//!
//! Stored as text: the first line is the shown person's name (possibly empty), each next line
//! `name<TAB>saved` for another person. Nothing stored: the traveller was not asked yet.

use crate::web::traveller::Saved;

/// The longest name kept, in characters.
pub(crate) const MAX_NAME: usize = 40;

/// The people of this browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct People {
    /// Whether the traveller was asked whose trips these are (then not asked again).
    pub asked: bool,
    /// The name of the person shown (empty: no name given).
    pub current: String,
    /// Everyone else: name and saved state.
    pub others: Vec<(String, String)>,
}

/// `name` as kept: no tabs or line breaks, trimmed, at most [`MAX_NAME`] characters.
pub(crate) fn clean_name(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    name.trim()
        .chars()
        .take(MAX_NAME)
        .collect::<String>()
        .trim()
        .to_string()
}

impl People {
    /// Reads the text [`People::encode`] wrote; `None` (nothing stored): not asked yet. Lines
    /// that are not `name<TAB>saved` are left out.
    pub fn read(text: Option<&str>) -> People {
        let Some(text) = text else {
            return People::default();
        };
        let mut lines = text.lines();
        let current = clean_name(lines.next().unwrap_or_default());
        let others = lines
            .filter_map(|line| {
                let (name, saved) = line.split_once('\t')?;
                let name = clean_name(name);
                (!name.is_empty()).then(|| (name, saved.to_string()))
            })
            .collect();
        People {
            asked: true,
            current,
            others,
        }
    }

    /// The text to store.
    pub fn encode(&self) -> String {
        let mut out = self.current.clone();
        for (name, saved) in &self.others {
            out += &format!("\n{name}\t{saved}");
        }
        out
    }

    /// Names the person shown (the answer to "whose trips?"); an empty name is kept empty.
    pub fn name_current(&mut self, name: &str) {
        self.asked = true;
        self.current = clean_name(name);
    }

    /// Shows `others[index]`: the person shown until now, with `shown` (their saved state),
    /// joins the others; returns the saved state of the person now shown.
    pub fn switch_to(&mut self, index: usize, shown: String) -> Option<String> {
        if index >= self.others.len() {
            return None;
        }
        let (name, saved) = self.others.remove(index);
        let before = std::mem::replace(&mut self.current, name);
        self.others.insert(index, (before, shown));
        Some(saved)
    }

    /// Adds a person `name` and shows them (with no trips yet): the person shown until now,
    /// with `shown`, joins the others. A person with no name is called `unnamed`.
    pub fn add(&mut self, name: &str, shown: String, unnamed: &str) {
        let before = std::mem::replace(&mut self.current, clean_name(name));
        let before = if before.is_empty() {
            unnamed.to_string()
        } else {
            before
        };
        self.others.push((before, shown));
        self.asked = true;
    }

    /// The saved state a person added starts with: no trips; the rule, check date and
    /// language of `saved`.
    pub fn empty_state(saved: &Saved) -> Saved {
        Saved {
            lang: saved.lang,
            on: saved.on,
            rule: saved.rule.clone(),
            ..Saved::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name, the person shown first.
    fn names(people: &People) -> Vec<String> {
        std::iter::once(people.current.clone())
            .chain(people.others.iter().map(|(name, _)| name.clone()))
            .collect()
    }

    #[test]
    fn people_are_kept_and_read_back() {
        let mut people = People::read(None);
        assert!(!people.asked);
        people.name_current(" Ana\t ");
        assert_eq!(people.current, "Ana");
        people.add("Ben", "v=3&stays=a".into(), "Me");
        assert_eq!(names(&people), ["Ben", "Ana"]);
        let read = People::read(Some(&people.encode()));
        assert_eq!(read, people);
        assert!(read.asked);
    }

    #[test]
    fn switching_swaps_the_person_shown_with_their_saved_state() {
        let mut people = People::read(Some("Ana\nBen\tben-state\nCem\tcem-state"));
        assert_eq!(
            people.switch_to(1, "ana-state".into()),
            Some("cem-state".into())
        );
        assert_eq!(people.current, "Cem");
        assert_eq!(
            people.others,
            [
                ("Ben".to_string(), "ben-state".to_string()),
                ("Ana".to_string(), "ana-state".to_string())
            ]
        );
        assert_eq!(people.switch_to(5, String::new()), None);
    }

    #[test]
    fn names_are_cleaned_and_bad_lines_left_out() {
        assert_eq!(clean_name("a\nb"), "a b");
        assert_eq!(clean_name(&"x".repeat(100)).len(), MAX_NAME);
        let people = People::read(Some("\nno tab here\n\tempty name\nOk\tstate"));
        assert_eq!(names(&people), ["", "Ok"]);
        let mut unnamed = People::default();
        unnamed.add("Ben", "s".into(), "Me");
        assert_eq!(names(&unnamed), ["Ben", "Me"]);
    }
}
