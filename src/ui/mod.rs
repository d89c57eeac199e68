//! The web app for travellers (feature `ui`): Leptos components, one per file, rendered in the
//! browser. State lives in one [`store::Store`] provided by the app; the answers come from the
//! engine in memos; effects only save to local storage and set the page's language. The
//! app's plain logic (saved format, list edits, rule choice, chart geometry, texts) is in
//! `app_state` and `i18n`, tested without a browser.
//!
//! `www/` loads the wasm-pack output and calls [`mount_app`] (`mountApp` in JavaScript);
//! the embeddable widget `<stay-calculator>` (`www/widget/`) calls `mountWidget` ([`widget`]).
//! The team view (`www/team.html`) is a bundle of its own, built with the feature `team`, and
//! calls `mountTeam` (`team`).

mod answer;
mod app;
mod browser;
mod chart;
mod check_date;
mod custom_rule;
mod language;
mod notice;
mod overstay;
mod paste_box;
mod print_summary;
mod rule_info;
mod rule_picker;
mod stay_list;
mod stay_row;
mod store;
mod summary_bar;
#[cfg(feature = "team")]
mod team;
mod toolbar;
mod view_tabs;
mod widget;
mod widget_event;
mod widget_layout;
mod widget_notice;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app on the page's `<body>`; `www/app.js` calls it once the module is loaded.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
