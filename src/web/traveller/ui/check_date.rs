//! The check date: today unless the traveller picks another day; and the field both pages use
//! for it.

use crate::date::parse_date;
use crate::web::traveller::ui::store::use_store;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A date input for the check date, with a button back to today.
#[component]
pub(crate) fn CheckDate() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    view! {
        <section class="card check-date">
            <CheckDateField
                on=store.on
                shown=store.check_date
                today=store.today
                label=Signal::derive(move || texts().check_date)
                today_label=Signal::derive(move || texts().today)
                testid="check-date"
                today_testid="check-today"
                hint="check-date-hint"
                live=true
            />
            <p class="hint" id="check-date-hint">{move || texts().check_date_hint}</p>
        </section>
    }
}

/// A check date's field: a date input and a button back to today. `on` is the day chosen
/// (`None`: today), `shown` the day in force. With `live`, each whole date typed applies at
/// once (the traveller's answer follows the typing); otherwise when the field is left (a
/// team is checked again). A half-typed date reads as empty: the last whole one is kept
/// rather than the typing undone.
#[component]
pub(crate) fn CheckDateField(
    on: RwSignal<Option<NaiveDate>>,
    #[prop(into)] shown: Signal<NaiveDate>,
    today: NaiveDate,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] today_label: Signal<&'static str>,
    testid: &'static str,
    today_testid: &'static str,
    /// The id of the hint that describes the field, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    live: bool,
) -> impl IntoView {
    let set = move |text: String| {
        if let Ok(date) = parse_date(&text, "check date") {
            let chosen = (date != today).then_some(date);
            if on.get_untracked() != chosen {
                on.set(chosen);
            }
        }
    };
    view! {
        <div class="field-row">
            <label class="field">
                <span>{label}</span>
                <input
                    type="date"
                    data-testid=testid
                    aria-describedby=hint
                    prop:value=move || shown.get().to_string()
                    on:input:target=move |ev| {
                        if live {
                            set(ev.target().value());
                        }
                    }
                    on:change:target=move |ev| set(ev.target().value())
                />
            </label>
            <button
                type="button"
                class="secondary"
                data-testid=today_testid
                disabled=move || on.get().is_none()
                on:click=move |_| on.set(None)
            >
                {today_label}
            </button>
        </div>
    }
}
