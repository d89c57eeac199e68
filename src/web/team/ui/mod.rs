//! The team view (`www/team.html`, which calls [`mount_team`], `mountTeam` in JavaScript):
//! many people's stays from a spreadsheet, checked in the browser, in a table to sort, filter,
//! open, edit, export and print. One component per file; the state is one [`store::TeamStore`]
//! provided by the page; the plain logic (reading in slices, order, filters, export, edits) is
//! the team module's (`crate::web::team`), tested without a browser. The traveller view's chart and stay list are
//! reused for a person's stays, each person with a store of their own. What was typed, the
//! settings and the edits are kept in the browser between visits (`persist`).

mod actions;
mod filters;
mod forget;
mod groups;
mod input;
mod io;
mod notices;
mod page;
mod pager;
mod persist;
mod person;
mod problems;
mod progress;
mod row;
mod runner;
mod settings;
mod sort_header;
mod status_light;
mod store;
mod summary;
mod table;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the team page on the page's `<body>`; `www/team.js` calls it once the module is
/// loaded.
#[wasm_bindgen(js_name = mountTeam)]
pub fn mount_team() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(page::TeamPage);
}
