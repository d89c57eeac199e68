//! Where each page keeps what it saves in the browser's local storage: the one list of keys,
//! so no two pages (or two parts of one) write under the same name by accident.

/// The traveller's state, also read by the team page for the language.
pub(crate) const STORAGE_KEY: &str = "staycalc";
/// The travellers of this browser other than the one shown, and the shown one's name
/// (`traveller::People`).
pub(crate) const PEOPLE_KEY: &str = "staycalc.people";
/// One's own state, kept while a shared link is open.
pub(crate) const KEPT_KEY: &str = "staycalc.kept";
/// Unreadable (newer) saved data, kept rather than overwritten.
pub(crate) const NEWER_KEY: &str = "staycalc.newer";
/// Saved data that could not be read, in full or in part, kept when the app first saves over
/// it.
pub(crate) const UNREADABLE_KEY: &str = "staycalc.unreadable";
/// The team page's state (what was typed, the settings, the edits).
#[cfg(feature = "team")]
pub(crate) const TEAM_KEY: &str = "staycalc.team";
/// The team page's saved state that could not be read (damaged, or of a newer release), kept
/// aside rather than overwritten, until the user forgets saved data.
#[cfg(feature = "team")]
pub(crate) const TEAM_UNREAD_KEY: &str = "staycalc.team.unread";
/// The prefix of a widget's key, apart from the app's own: `staycalc-widget:<persist>`.
pub(crate) const WIDGET_KEY_PREFIX: &str = "staycalc-widget:";
