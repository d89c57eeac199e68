//! The overstay alert: what, since when, by how many days, and what it leads to.

use crate::assessment::Status;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// Shown when the status is an overstay: the first day the rule was broken, the days over the
/// limit on the check date, how many days in all, and the rule's consequences where the
/// catalogue knows them.
#[component]
pub(crate) fn OverstayAlert() -> impl IntoView {
    let store = use_store();
    let body = move || {
        let texts = store.texts();
        let consequences = store
            .rule
            .with(|r| r.as_ref().map(|r| r.consequences).unwrap_or(""));
        store.outcome.with(|o| {
            let a = &o.answer.as_ref().ok()?.assessment;
            if a.status != Status::Overstay {
                return None;
            }
            let first = a
                .first_unlawful_day
                .map(|d| view! { <p>{(texts.overstay_from)(&store.date(d))}</p> });
            let today = (a.overstay_days > 0).then(|| {
                view! {
                    <p class="over-today">
                        {(texts.overstay_days)(&store.date(a.on))} ": "
                        <strong>{(texts.days)(a.overstay_days)}</strong>
                    </p>
                }
            });
            let consequences = if consequences.is_empty() {
                texts.consequences_unknown
            } else {
                consequences
            };
            Some(view! {
                <div class="overstay" data-testid="overstay-alert">
                    <h3>
                        <span class="icon" aria-hidden="true">"⚠"</span>
                        " "
                        {texts.overstay_heading}
                    </h3>
                    {first}
                    {today}
                    <p>{(texts.unlawful_total)(a.unlawful_days)}</p>
                    <h4>{texts.consequences}</h4>
                    <p class="consequences">{consequences}</p>
                </div>
            })
        })
    };
    view! { {body} }
}
