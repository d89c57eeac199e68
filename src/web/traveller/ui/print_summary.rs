//! The printed summary's list of stays (the page's inputs are hidden when printing).

use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A table of the counted stays with the rule and check date, shown only on paper.
#[component]
pub(crate) fn PrintSummary() -> impl IntoView {
    let store = use_store();
    let heading = move || {
        let texts = store.texts();
        let rule = store.rule_name().unwrap_or_default();
        format!(
            "{}. {}: {rule}. {}: {}",
            store.person(),
            texts.rule,
            texts.check_date,
            store.date(store.check_date.get())
        )
    };
    let rows = move || {
        let texts = store.texts();
        store
            .verdicts()
            .into_iter()
            .map(|v| {
                let note = if !v.is_lawful() {
                    texts.legend_over
                } else if v.planned {
                    texts.planned
                } else {
                    ""
                };
                view! {
                    <tr>
                        <td>{v.row}</td>
                        <td>{store.date(v.entry)}</td>
                        <td>{store.date(v.exit)}</td>
                        <td>{note}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="print-only print-summary">
            <p>{heading}</p>
            <table>
                <thead>
                    <tr>
                        <th>"#"</th>
                        <th>{move || store.texts().entry}</th>
                        <th>{move || store.texts().exit}</th>
                        <th></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
