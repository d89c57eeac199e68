//! The web app for travellers (feature `ui`): Leptos components, one per file, rendered in the
//! browser. State lives in one [`store::Store`] provided by the app; the answers come from the
//! engine in memos; effects only save to local storage and set the page's language. The
//! app's plain logic (saved format, list edits, rule choice, chart geometry) is in the
//! traveller module, and its texts in `i18n`, tested without a browser.
//!
//! `www/` loads the wasm-pack output and calls [`mount_app`] (`mountApp` in JavaScript).
//! The widget and the team page reuse these components.

pub(crate) mod answer;
mod answer_notes;
pub(crate) mod app;
mod backup_tools;
pub(crate) mod chart;
pub(crate) mod check_date;
pub(crate) mod citizenship;
pub(crate) mod country_names;
mod custom_rule;
pub(crate) mod language;
pub(crate) mod later;
mod notice;
mod overstay;
pub(crate) mod passport;
pub(crate) mod paste_box;
mod print_summary;
mod rule_info;
pub(crate) mod rule_picker;
pub(crate) mod stay_list;
mod stay_row;
pub(crate) mod store;
mod summary_bar;
mod toolbar;
mod travellers;
pub(crate) mod update_banner;
pub(crate) mod view_tabs;
pub(crate) mod visas;
pub(crate) mod zone_cards;
mod zone_switch;

use crate::web::lang::Lang;
use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app on the page's `<body>`; `www/app.js` calls it once the module is loaded.
/// A page that starts in a language whose texts are not here yet (Russian or Kazakh, in the
/// split build) is mounted once they are, so it never shows another language first; if they
/// cannot be fetched (offline before they were kept), it starts in English.
#[wasm_bindgen(js_name = mountApp)]
pub fn mount_app() {
    console_error_panic_hook::set_once();
    let start = app::starting_state();
    let lang = app::starting_language(&start);
    lang.when_ready(move |here| {
        let lang = if here { lang } else { Lang::En };
        leptos::mount::mount_to_body(move || leptos::view! { <app::App start lang/> });
    });
}

/// Brings the texts of the language `code` (`ru`, `kk`; absent: the browser's), for the widget
/// (www/widget/stay-calculator.js) to mount or switch in a language only once its texts are
/// here: a promise of whether they are.
#[wasm_bindgen(js_name = loadLanguage)]
pub fn load_language(code: Option<String>) -> js_sys::Promise {
    let lang = code
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_else(|| Lang::from_browser(&crate::web::browser::preferred_languages()));
    js_sys::Promise::new(&mut |resolve, _| {
        lang.when_ready(move |here| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &here.into());
        });
    })
}
