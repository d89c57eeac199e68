//! The fields of a custom rule: window, maximum and an optional per-entry cap.

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::CustomNumbers;
use leptos::prelude::*;

/// One number field of the custom rule; `read` and `write` pick its part of the numbers.
#[component]
fn NumberField(
    /// The field's label.
    label: Signal<&'static str>,
    /// The element id (also the test's handle).
    id: &'static str,
    /// Reads this field's text from the numbers.
    read: fn(&CustomNumbers) -> &String,
    /// Writes this field's text into the numbers.
    write: fn(&mut CustomNumbers, String),
) -> impl IntoView {
    let store = use_store();
    view! {
        <label class="field number">
            <span>{label}</span>
            <input
                id=id
                data-testid=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=move || store.custom.with(|c| read(c).clone())
                on:input:target=move |ev| store.custom.update(|c| write(c, ev.target().value()))
            />
        </label>
    }
}

/// The custom rule's three numbers; what is wrong with them shows with the rule.
#[component]
pub(crate) fn CustomRule() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    view! {
        <div class="field-row custom">
            <NumberField
                label=Signal::derive(move || texts().window_days)
                id="custom-window"
                read=|c| &c.window
                write=|c, v| c.window = v
            />
            <NumberField
                label=Signal::derive(move || texts().max_days)
                id="custom-max"
                read=|c| &c.max
                write=|c, v| c.max = v
            />
            <NumberField
                label=Signal::derive(move || texts().per_entry_days)
                id="custom-per-entry"
                read=|c| &c.per_entry
                write=|c, v| c.per_entry = v
            />
        </div>
    }
}
