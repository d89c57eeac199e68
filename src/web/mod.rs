//! The web app: the traveller page (`www/index.html`), the team page (`www/team.html`, a
//! bundle of its own built with the feature `team`) and the embeddable widget
//! `<stay-calculator>` (`www/widget/`), in English, Russian and Kazakh (`i18n`).
//!
//! Each page is a folder: its own logic in plain Rust, which `cargo test` covers without a
//! browser, and its Leptos components, one per file, in the folder's `ui` (compiled with the
//! feature `ui`, the team page's with `team`). `browser` is the components' one door to the
//! browser (local storage, the address, the clock). Every date computation is the engine's.

#[cfg(feature = "ui")]
mod browser;
#[cfg(feature = "ui")]
mod confirm;
mod i18n;
mod keys;
mod lang;
#[cfg(any(test, feature = "team"))]
#[cfg_attr(not(feature = "team"), allow(dead_code, unused_imports))]
mod team;
mod traveller;
mod widget;
