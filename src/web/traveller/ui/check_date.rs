//! The check date: today unless the traveller picks another day.

use crate::date::parse_date;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A date input for the check date, with a button back to today.
#[component]
pub(crate) fn CheckDate() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    // A half-typed date reads as empty: keep the last whole one rather than undo the typing.
    let set = move |text: String| {
        if let Ok(date) = parse_date(&text, "check date") {
            store.on.set((date != store.today).then_some(date));
        }
    };
    view! {
        <section class="card check-date">
            <div class="field-row">
                <label class="field">
                    <span>{move || texts().check_date}</span>
                    <input
                        type="date"
                        data-testid="check-date"
                        aria-describedby="check-date-hint"
                        prop:value=move || store.check_date.get().to_string()
                        on:input:target=move |ev| set(ev.target().value())
                    />
                </label>
                <button
                    type="button"
                    class="secondary"
                    data-testid="check-today"
                    disabled=move || store.on.get().is_none()
                    on:click=move |_| store.on.set(None)
                >
                    {move || texts().today}
                </button>
            </div>
            <p class="hint" id="check-date-hint">{move || texts().check_date_hint}</p>
        </section>
    }
}
