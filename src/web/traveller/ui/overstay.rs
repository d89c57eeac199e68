//! The overstay alert: what, since when, by how many days, and what it leads to.

use crate::assessment::Status;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// Shown when the status is an overstay: the first day the rule was broken, the days over the
/// limit on the check date, how many days in all, and the rule's consequences where the
/// catalogue knows them. For an overstay before the check date (lawful on it): since when, how
/// many days, and what it may mean at the next entry.
#[component]
pub(crate) fn OverstayAlert() -> impl IntoView {
    let store = use_store();
    let body = move || {
        let texts = store.texts();
        let consequences = store.rule.with(|r| {
            r.as_ref()
                .map(|r| store.words(r).consequences)
                .unwrap_or("")
        });
        store.outcome.with(|o| {
            let a = &o.answer.as_ref().ok()?.assessment;
            let consequences = if consequences.is_empty() {
                texts.consequences_unknown
            } else {
                consequences
            };
            if a.status == Status::PastOverstay {
                let first = a.first_unlawful_day?;
                return Some(
                    view! {
                        <div class="overstay past" data-testid="past-overstay-alert">
                            <h3>
                                <span class="icon" aria-hidden="true">"⚠"</span>
                                " "
                                {texts.past_overstay_heading}
                            </h3>
                            <p>{(texts.past_overstay)(first, a.past_unlawful_days)}</p>
                            <h4>{texts.past_consequences}</h4>
                            <p class="consequences">{consequences}</p>
                        </div>
                    }
                    .into_any(),
                );
            }
            if a.status != Status::Overstay {
                return None;
            }
            let first = a
                .first_unlawful_day
                .map(|d| view! { <p>{(texts.overstay_from)(d)}</p> });
            let today = (a.overstay_days > 0).then(|| {
                view! {
                    <p class="over-today">
                        {(texts.overstay_days)(a.on)} ": "
                        <strong>{(texts.days)(a.overstay_days)}</strong>
                    </p>
                }
            });
            Some(
                view! {
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
                }
                .into_any(),
            )
        })
    };
    view! { {body} }
}
