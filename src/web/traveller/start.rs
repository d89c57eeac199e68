//! How a page starts: the saved state, a shared link, and what to tell about either, as a pure
//! function of the texts read from the browser, so `cargo test` covers it. The traveller page
//! reads both ([`start`] with its storage and the address's fragment); a widget reads only its
//! storage (no fragment). The caller does the writes it is given, and nothing else.

use crate::web::keys::NEWER_KEY;
use crate::web::traveller::{Dropped, Saved, SavedError};

/// Something the app says once, above everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Notice {
    /// The state came from a shared link; `backup` when one's own data was kept aside.
    Shared {
        /// Whether one's own earlier data can be brought back.
        backup: bool,
    },
    /// Parts of a shared link could not be read and were left out.
    LinkLeftOut(Dropped),
    /// The link in the address could not be read at all; nothing was taken from it.
    LinkUnreadable,
    /// Saved data or a link was written by a newer release and could not be read.
    Newer,
    /// The data saved in the browser could not be read at all; the app started empty.
    SavedUnreadable,
    /// Parts of the data saved in the browser could not be read and were left out.
    SavedLeftOut(Dropped),
}

impl Notice {
    /// A name for the kind of notice (the `data-notice` of its paragraph).
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::Shared { .. } => "shared",
            Notice::LinkLeftOut(_) => "link-damaged",
            Notice::LinkUnreadable => "bad-link",
            Notice::Newer => "newer",
            Notice::SavedUnreadable => "unreadable",
            Notice::SavedLeftOut(_) => "damaged",
        }
    }
}

/// How a page starts.
#[derive(Debug)]
pub(crate) struct Start {
    /// The state to start with.
    pub saved: Saved,
    /// What to tell the traveller about it.
    pub notices: Vec<Notice>,
    /// Saved text that could not be read in full, to keep aside before saving over it.
    pub aside: Option<String>,
    /// Whether to leave the saved text as it is until the traveller changes something.
    pub hold: bool,
    /// Texts to keep in storage at once, under their keys, before anything else is saved.
    pub keep: Vec<(&'static str, String)>,
    /// Whether `saved` is a shared link's: shown, never saved over one's own, which stays
    /// saved as it was until the traveller chooses.
    pub shared: bool,
}

/// The state to start with, and what to tell the traveller about it, from the text `stored`
/// in the browser and the address's `fragment`: a shared link first (shown, while one's own saved
/// state stays saved as it was), else the saved state, else a fresh one. What cannot be read, in a link or in
/// storage, is said, never silently dropped.
pub(crate) fn start(stored: Option<&str>, fragment: Option<&str>) -> Start {
    let stored = stored.filter(|text| !text.trim().is_empty());
    let raw = stored.unwrap_or_default().to_string();
    let mut notices = Vec::new();
    let mut aside = None;
    let mut keep = Vec::new();
    let own = match stored.map(Saved::read) {
        None => None,
        Some(Ok((own, dropped))) => {
            if !dropped.is_empty() {
                notices.push(Notice::SavedLeftOut(dropped));
                aside = Some(raw.clone());
            }
            Some(own)
        }
        Some(Err(SavedError::NewerVersion(_))) => {
            keep.push((NEWER_KEY, raw.clone()));
            notices.push(Notice::Newer);
            None
        }
        Some(Err(SavedError::NotSaved)) => {
            notices.push(Notice::SavedUnreadable);
            aside = Some(raw.clone());
            None
        }
    };
    let hold = !notices.is_empty();
    if let Some(shared) = fragment.and_then(|f| open_link(f, own.as_ref(), &mut notices)) {
        return Start {
            saved: shared,
            notices,
            aside,
            hold,
            keep,
            shared: true,
        };
    }
    Start {
        saved: own.unwrap_or_default(),
        notices,
        aside,
        hold,
        keep,
        shared: false,
    }
}

/// Reads the shared link `fragment` against one's own state `own`, and says what it found in
/// `notices`: the state to show, when it differs from one's own. Used on start and when a link
/// is pasted into the open page.
pub(crate) fn open_link(
    fragment: &str,
    own: Option<&Saved>,
    notices: &mut Vec<Notice>,
) -> Option<Saved> {
    match Saved::read(fragment) {
        Ok((shared, dropped))
            if own.is_some_and(|own| own.encode(false) == shared.encode(false)) =>
        {
            if !dropped.is_empty() {
                notices.push(Notice::LinkLeftOut(dropped));
            }
            None
        }
        Ok((mut shared, dropped)) => {
            let backup = own.is_some_and(|own| !own.rows.is_blank());
            shared.lang = own.and_then(|own| own.lang);
            notices.push(Notice::Shared { backup });
            if !dropped.is_empty() {
                notices.push(Notice::LinkLeftOut(dropped));
            }
            Some(shared)
        }
        Err(SavedError::NewerVersion(_)) if notices.contains(&Notice::Newer) => None,
        Err(SavedError::NewerVersion(_)) => {
            notices.push(Notice::Newer);
            None
        }
        Err(SavedError::NotSaved) => {
            notices.push(Notice::LinkUnreadable);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::lang::Lang;
    use crate::web::traveller::StayRows;

    fn saved(rule: &str) -> String {
        Saved {
            rule: rule.into(),
            lang: Some(Lang::Kk),
            rows: StayRows::from_values([("2024-12-01".into(), "2024-12-10".into(), false)]),
            ..Saved::default()
        }
        .encode(true)
    }

    #[test]
    fn nothing_stored_starts_fresh_and_says_nothing() {
        for stored in [None, Some(""), Some("  ")] {
            let fresh = start(stored, None);
            assert_eq!(fresh.saved.encode(true), Saved::default().encode(true));
            assert!(fresh.notices.is_empty() && !fresh.hold);
            assert!(fresh.aside.is_none() && fresh.keep.is_empty());
        }
    }

    #[test]
    fn the_saved_state_is_read_and_what_cannot_be_is_said_and_kept() {
        let own = saved("ru");
        let read = start(Some(&own), None);
        assert_eq!(read.saved.encode(true), own);
        assert!(read.notices.is_empty());

        let unreadable = start_of("not saved");
        assert_eq!(unreadable.notices, [Notice::SavedUnreadable]);
        assert_eq!(unreadable.aside.as_deref(), Some("not saved"));
        assert!(unreadable.hold);

        let newer = start_of("v=999&rule=ru");
        assert_eq!(newer.notices, [Notice::Newer]);
        assert_eq!(newer.keep, [(NEWER_KEY, "v=999&rule=ru".to_string())]);
        assert!(newer.hold && newer.aside.is_none());
    }

    fn start_of(stored: &str) -> Start {
        start(Some(stored), None)
    }

    #[test]
    fn a_shared_link_comes_first_and_one_s_own_state_stays_saved() {
        let own = saved("ru");
        let link = Saved {
            rule: "schengen".into(),
            ..Saved::default()
        }
        .encode(false);
        let shared = start(Some(&own), Some(&link));
        assert_eq!(shared.saved.rule, "schengen");
        assert_eq!(
            shared.saved.lang,
            Some(Lang::Kk),
            "the language stays one's own"
        );
        assert_eq!(shared.notices, [Notice::Shared { backup: true }]);
        // Nothing is written: one's own stays saved where it is, and the shared state is not
        // saved over it unless the traveller keeps it.
        assert!(shared.keep.is_empty());
        assert!(shared.shared && !shared.hold);

        let same = start(Some(&own), Some(&own));
        assert!(same.notices.is_empty() && same.keep.is_empty() && !same.shared);
        assert_eq!(same.saved.encode(true), own);

        let bad = start(Some(&own), Some("not a link"));
        assert_eq!(bad.notices, [Notice::LinkUnreadable]);
        assert_eq!(bad.saved.encode(true), own);
    }
}
