//! The printed summary's list of stays (the page's inputs are hidden when printing).

use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A table of the counted stays with the rule and check date, shown only on paper; each
/// stay's country when the stays have countries (the answer per zone prints with the page).
#[component]
pub(crate) fn PrintSummary() -> impl IntoView {
    let store = use_store();
    let heading = move || {
        let texts = store.texts();
        let rule = store.rule_name().unwrap_or_default();
        let nationality = store.citizens.with(|c| {
            let lang = store.lang.get().code();
            let names: Vec<&str> = c.iter().flatten().map(|c| c.name(lang)).collect();
            if names.is_empty() || !store.rows.with(|rows| rows.has_countries()) {
                String::new()
            } else {
                format!(". {}: {}", texts.zones.first, names.join(", "))
            }
        });
        format!(
            "{}. {}: {rule}. {}: {}{nationality}",
            store.person(),
            texts.rule,
            texts.check_date,
            store.date(store.check_date.get())
        )
    };
    let with_countries = move || store.rows.with(|rows| rows.has_countries());
    // The country of row `number`, named in the page's language.
    let country = move |number: usize| {
        let lang = store.lang.get().code();
        store.rows.with(|rows| {
            let text = rows.rows().get(number.wrapping_sub(1))?.country.clone();
            Some(match crate::zones::country(&text) {
                Ok(country) => country.name(lang).to_string(),
                Err(_) => text,
            })
        })
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
                        <td data-testid="print-country" hidden=move || !with_countries()>
                            {country(v.row)}
                        </td>
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
                        <th hidden=move || !with_countries()>
                            {move || store.texts().zones.country}
                        </th>
                        <th></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
