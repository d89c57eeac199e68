//! The language switcher.

use crate::web::lang::Lang;
use crate::web::traveller::ui::store::{remember_language, use_store};
use leptos::prelude::*;

/// A select of the app's languages, each named in itself.
#[component]
pub(crate) fn LanguageSwitcher() -> impl IntoView {
    let store = use_store();
    // Saved at once, shown once its texts are here; one that could not be fetched is not set
    // (the select shows the one still in use). While a shared link's state is shown (not saved
    // as one's own), the language goes into one's own saved state, so a reload opens in it.
    let choose = move |code: String| {
        if let Some(lang) = Lang::from_tag(&code) {
            store.choose_language(lang);
            if store.shared.get_untracked() {
                remember_language(lang);
            }
        }
    };
    view! {
        <label class="language">
            <span>{move || store.texts().language}</span>
            <select data-testid="language" on:change:target=move |ev| choose(ev.target().value())>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.code()
                                lang=lang.code()
                                prop:selected=move || store.chosen.get() == lang
                            >
                                {lang.name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
