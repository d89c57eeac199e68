//! One row of the stay list.

use crate::web::browser;
use crate::web::traveller::ui::later::{Later, Part};
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{typed_date, RowIssue};
use leptos::prelude::*;

/// Once the country field is left, a country it names is shown by its name in the page's
/// language (`fr` reads `France`); any other text stays as typed, for the row to say why.
fn tidy_country(input: &web_sys::HtmlInputElement, lang: &str) {
    if let Ok(country) = crate::zones::country(&input.value()) {
        input.set_value(country.name(lang));
    }
}

/// The country text of a row as shown: the name in the page's language of the country it
/// names, else the text itself.
fn country_shown(text: &str, lang: &str) -> String {
    match crate::zones::country(text) {
        Ok(country) if !text.trim().is_empty() => country.name(lang).to_string(),
        _ => text.to_string(),
    }
}

/// Once a date field is left, a date typed day first (`12.03.2025`) is shown as the list keeps
/// it, `2025-03-12`, so every row reads alike; any other text stays as typed.
fn tidy(input: &web_sys::HtmlInputElement) {
    let kept = typed_date(&input.value());
    if kept != input.value() {
        input.set_value(&kept);
    }
}

/// The row with key `id`: entry and exit date fields (text: one Tab stop each, typed ISO or
/// day first), the country (optional; Enter there picks a suggestion, so it does not move on
/// to the next row as in a date field), "still there", a delete button, a
/// "planned" badge for a trip after the check date, and why the row is not counted, if it is
/// not.
///
/// The date inputs start with the row's values and then own what is typed: the state follows
/// them, never the other way, so a half-typed date is never overwritten.
#[component]
pub(crate) fn StayRow(
    /// The row's key in the store.
    id: u32,
) -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let (entry, exit, country) = store
        .rows
        .with_untracked(|rows| {
            rows.row(id)
                .map(|row| (row.entry.clone(), row.exit.clone(), row.country.clone()))
        })
        .unwrap_or_default();
    let country = country_shown(&country, store.lang.get_untracked().code());
    let number = Memo::new(move |_| store.rows.with(|rows| rows.number(id).unwrap_or(0)));
    let still_there = Memo::new(move |_| {
        store
            .rows
            .with(|rows| rows.row(id).is_some_and(|row| row.still_there))
    });
    let verdict = Memo::new(move |_| store.outcome.with(|o| o.verdict(number.get()).cloned()));
    let issue = Memo::new(move |_| store.outcome.with(|o| o.issue(number.get()).cloned()));
    let planned = move || verdict.with(|v| v.as_ref().is_some_and(|v| v.planned));
    let unlawful = move || verdict.with(|v| v.as_ref().is_some_and(|v| !v.is_lawful()));
    let issue_text = move || {
        let texts = texts();
        issue.with(|issue| {
            issue.as_ref().map(|issue| match issue {
                RowIssue::NoExit => texts.issue_no_exit.to_string(),
                RowIssue::NoEntry => texts.issue_no_entry.to_string(),
                RowIssue::Refused(error) => (texts.error)(error),
                RowIssue::Elsewhere(country) => (texts.zones.elsewhere)(country),
            })
        })
    };
    let issue_id = format!("issue-{id}");
    // Enter in a date field goes on to the next row's entry, adding a row after the last: five
    // trips by keyboard are typed with Tab between entry and exit and Enter between trips.
    let next_row = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            let mut next = 0;
            store.rows.update(|rows| next = rows.next_after(id));
            browser::focus_soon(format!("entry-{next}"));
        }
    };
    view! {
        <li
            class="stay-row"
            data-testid="stay-row"
            class:planned=planned
            class:unlawful=unlawful
            class:incomplete=move || issue.with(Option::is_some)
        >
            <fieldset>
                <legend class="row-number">{move || (texts().row_label)(number.get())}</legend>
                <label class="field">
                    <span>{move || texts().entry}</span>
                    <input
                        type="text"
                        class="date"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=move || texts().date_placeholder
                        id=format!("entry-{id}")
                        data-testid="stay-entry"
                        aria-describedby=issue_id.clone()
                        prop:value=entry
                        on:input:target=move |ev| {
                            store.rows.update(|rows| rows.set_entry(id, &typed_date(&ev.target().value())))
                        }
                        on:change:target=move |ev| tidy(&ev.target())
                        on:keydown=next_row
                    />
                </label>
                <label class="field">
                    <span>{move || texts().exit}</span>
                    <input
                        type="text"
                        class="date"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=move || texts().date_placeholder
                        data-testid="stay-exit"
                        aria-describedby=issue_id.clone()
                        prop:value=exit
                        disabled=still_there
                        on:input:target=move |ev| {
                            store.rows.update(|rows| rows.set_exit(id, &typed_date(&ev.target().value())))
                        }
                        on:change:target=move |ev| tidy(&ev.target())
                        on:keydown=next_row
                    />
                </label>
                <label class="field country">
                    <span>{move || texts().zones.country}</span>
                    <input
                        type="text"
                        class="country"
                        list="country-names"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=move || texts().zones.country_placeholder
                        data-testid="stay-country"
                        aria-describedby=issue_id.clone()
                        prop:value=country
                        on:input:target=move |ev| {
                            store.rows.update(|rows| rows.set_country(id, &ev.target().value()))
                        }
                        on:change:target=move |ev| {
                            tidy_country(&ev.target(), store.lang.get_untracked().code())
                        }
                    />
                </label>
                <div class="row-tools">
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="stay-open"
                            prop:checked=still_there
                            on:change:target=move |ev| {
                                store.rows.update(|rows| rows.set_still_there(id, ev.target().checked()))
                            }
                        />
                        <span>{move || texts().still_there}</span>
                    </label>
                    <span class="badges">
                        <Show when=planned>
                            <span class="badge planned-badge">{move || texts().planned}</span>
                        </Show>
                        <Show when=unlawful>
                            <span class="badge over-badge">{move || texts().legend_over}</span>
                        </Show>
                    </span>
                    <button
                        type="button"
                        class="delete"
                        data-testid="stay-delete"
                        aria-label=move || (texts().delete_row)(number.get())
                        title=move || (texts().delete_row)(number.get())
                        on:click=move |_| store.rows.update(|rows| rows.remove(id))
                    >
                        "×"
                    </button>
                </div>
            </fieldset>
            <p class="row-issue" id=issue_id aria-live="polite">{issue_text}</p>
            <Later part=Part::RowPapers(number)/>
        </li>
    }
}
