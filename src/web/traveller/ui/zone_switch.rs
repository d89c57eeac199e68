//! Which zone the detailed answer and the chart are for.

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{choices, Shown};
use leptos::prelude::*;

/// A select above the chart listing the zones under a rule (and the stays without a country
/// answered apart), shown while the answer is per zone.
#[component]
pub(crate) fn ZoneSwitch() -> impl IntoView {
    let store = use_store();
    let options = Memo::new(move |_| {
        store.zones.with(|zones| match zones {
            Some(Ok(answer)) => store.rule.with(|rule| {
                store
                    .rows
                    .with(|rows| choices(answer, rule.as_ref().ok(), rows))
            }),
            _ => Vec::new(),
        })
    });
    let value = |shown: Shown| match shown {
        Shown::Zone(zone) => zone.id().into_owned(),
        Shown::Chosen => String::new(),
    };
    let label = move |shown: Shown| {
        let texts = store.texts();
        match shown {
            Shown::Zone(zone) => zone.name(store.lang.get().code()).to_string(),
            Shown::Chosen => texts.zones.without_country.to_string(),
        }
    };
    let pick = move |id: String| {
        let picked = options.with(|o| o.iter().copied().find(|&s| value(s) == id));
        store.picked.set(picked);
    };
    view! {
        <label class="field zone-switch" hidden=move || options.with(Vec::is_empty)>
                <span>{move || store.texts().zones.shown_for}</span>
                <select data-testid="zone-switch" on:change:target=move |ev| pick(ev.target().value())>
                    {move || {
                        options
                            .get()
                            .into_iter()
                            .map(|shown| {
                                view! {
                                    <option
                                        value=value(shown)
                                        prop:selected=move || store.shown.get() == Some(shown)
                                    >
                                        {label(shown)}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
        </label>
    }
}
