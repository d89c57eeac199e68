//! The language switcher.

use crate::web::lang::Lang;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A select of the app's languages, each named in itself.
#[component]
pub(crate) fn LanguageSwitcher() -> impl IntoView {
    let store = use_store();
    let choose = move |code: String| {
        // Set once its texts are here (at once, or when its chunk has come); a language that
        // could not be fetched is not set (the select shows the one still in use).
        if let Some(lang) = Lang::from_tag(&code) {
            lang.when_ready(move |here| {
                store.lang.set(if here {
                    lang
                } else {
                    store.lang.get_untracked()
                });
            });
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
                                prop:selected=move || store.lang.get() == lang
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
