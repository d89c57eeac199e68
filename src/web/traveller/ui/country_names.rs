//! The list of country names every country field suggests from.

use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A `<datalist>` of every country's name in the page's language, with its code: typing a
/// few letters of a name (or a code) in a country field offers the matches.
#[component]
pub(crate) fn CountryNames() -> impl IntoView {
    let store = use_store();
    let options = move || {
        let lang = store.lang.get().code();
        crate::zones::countries()
            .iter()
            .map(|c| view! { <option value=c.name(lang)>{c.alpha2}</option> })
            .collect_view()
    };
    view! { <datalist id="country-names">{options}</datalist> }
}
