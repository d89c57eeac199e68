//! The passport: its last valid day, optional, and whether the chosen rule checks it.

use crate::date::parse_date;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A date input for the passport's last valid day (empty: no passport given), with what the
/// rule asks of it, and a word when the rule has no sourced passport conditions.
#[component]
pub(crate) fn PassportField() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let set = move |text: String| {
        let expiry = parse_date(&text, "passport").ok();
        // A half-typed date reads as empty: only a whole date, or a cleared field, changes it.
        let whole = expiry.is_some() || text.trim().is_empty();
        if whole && store.passport.get_untracked() != expiry {
            store.passport.set(expiry);
        }
    };
    let not_checked = move || {
        store
            .papers
            .with(|p| p.as_ref().is_some_and(|p| !p.checked))
    };
    view! {
        <section class="card passport" aria-labelledby="passport-heading">
            <h2 id="passport-heading">{move || texts().passport_heading}</h2>
            <label class="field">
                <span>{move || texts().passport_expiry}</span>
                <input
                    type="date"
                    data-testid="passport-expiry"
                    aria-describedby="passport-hint"
                    prop:value=move || store.passport.get().map(|d| d.to_string()).unwrap_or_default()
                    on:input:target=move |ev| set(ev.target().value())
                    on:change:target=move |ev| set(ev.target().value())
                />
            </label>
            <p class="hint" id="passport-hint">{move || texts().passport_hint}</p>
            <Show when=not_checked>
                <p class="hint" data-testid="passport-not-checked">
                    {move || texts().passport_not_checked}
                </p>
            </Show>
        </section>
    }
}
