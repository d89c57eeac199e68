//! Short-stay visas, added like stays: FROM, UNTIL, entries and DURATION OF STAY, each with
//! what it allows in plain words, or why it cannot be checked (the row, field and value); and
//! residence permits or long-stay (D) visas, FROM and UNTIL only, in the same rows.

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{permit_days_elsewhere, typed_date, VisaRow};
use leptos::prelude::*;

/// Which value of a visa row an input sets.
#[derive(Clone, Copy)]
enum Part {
    From,
    Until,
    Entries,
    Days,
    Country,
}

/// The visas' rows, or the permits'.
fn list(permit: bool) -> RwSignal<Vec<VisaRow>> {
    let store = use_store();
    if permit {
        store.permits
    } else {
        store.visas
    }
}

/// Sets `part` of the visa (or permit) row `id` to `value`.
fn set(id: u32, permit: bool, part: Part, value: String) {
    list(permit).update(|rows| {
        if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
            match part {
                Part::From => row.from = typed_date(&value),
                Part::Until => row.until = typed_date(&value),
                Part::Entries => row.entries = value,
                Part::Days => row.days = value.trim().to_string(),
                Part::Country => row.country = value,
            }
        }
    });
}

/// One visa row, or with `permit` a permit's (FROM and UNTIL only). Its inputs start with the
/// row's values and then own what is typed.
#[component]
fn VisaItem(id: u32, permit: bool) -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts().visa;
    let rows = list(permit);
    let row = rows
        .with_untracked(|rows| rows.iter().find(|r| r.id == id).cloned())
        .unwrap_or_else(VisaRow::blank);
    let number = Memo::new(move |_| {
        rows.with(|rows| rows.iter().position(|r| r.id == id).map_or(0, |i| i + 1))
    });
    // What it allows, or why it cannot be checked.
    let said = move || {
        let all = store.texts();
        let (texts, permits) = (all.visa, all.permit);
        rows.with(|rows| {
            let row = rows.iter().find(|r| r.id == id)?;
            if row.is_blank() {
                return None;
            }
            let n = number.get();
            Some(match (permit, row.visa(n), row.permit(n)) {
                (false, Ok(visa), _) => (false, (texts.allows)(&visa)),
                (false, Err(error), _) => (true, (texts.error)(&error)),
                (true, _, Ok(p)) => {
                    let by_zone = store.rows.with(|rows| rows.has_countries());
                    let elsewhere = store.zones.with(|zones| {
                        permit_days_elsewhere(zones.as_ref().and_then(|z| z.as_ref().ok()), &p)
                    });
                    (false, (permits.allows)(&p, by_zone, elsewhere))
                }
                (true, _, Err(error)) => (true, (permits.error)(&error)),
            })
        })
    };
    let label = move |n: usize| {
        let texts = store.texts();
        (if permit {
            texts.permit.label
        } else {
            texts.visa.label
        })(n)
    };
    let delete = move || {
        let texts = store.texts();
        (if permit {
            texts.permit.delete
        } else {
            texts.visa.delete
        })(number.get())
    };
    let error = move || said().is_some_and(|(bad, _)| bad);
    let entries = row.entries.clone();
    let date_input = move |part: Part, value: String, label: fn() -> &'static str, testid| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="text"
                    class="date"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=move || store.texts().date_placeholder
                    data-testid=testid
                    prop:value=value
                    on:input:target=move |ev| set(id, permit, part, ev.target().value())
                />
            </label>
        }
    };
    let from_label: fn() -> &'static str = || use_store().texts().visa.from;
    let until_label: fn() -> &'static str = || use_store().texts().visa.until;
    let testid = if permit { "permit-row" } else { "visa-row" };
    let terms = (!permit).then(|| {
        view! {
            <label class="field">
                <span>{move || texts().entries}</span>
                <select
                    data-testid="visa-entries"
                    on:change:target=move |ev| set(id, false, Part::Entries, ev.target().value())
                >
                    <option value="1" selected=entries == "1">{move || texts().one}</option>
                    <option value="2" selected=entries == "2">{move || texts().two}</option>
                    <option value="m" selected=entries == "m">{move || texts().mult}</option>
                    {(!matches!(entries.as_str(), "1" | "2" | "m"))
                        .then(|| view! { <option value=entries.clone() selected=true>{entries.clone()}</option> })}
                </select>
            </label>
            <label class="field days">
                <span>{move || texts().days}</span>
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    data-testid="visa-days"
                    prop:value=row.days.clone()
                    on:input:target=move |ev| set(id, false, Part::Days, ev.target().value())
                />
            </label>
        }
    });
    // A permit's issuing state: asked when the stays have countries (only its days there are
    // left out); without countries every day of its dates is.
    let by_zone = move || store.rows.with(|rows| rows.has_countries());
    let issuer = permit.then(|| {
        view! {
            <label class="field country" hidden=move || !by_zone()>
                <span>{move || store.texts().permit.country}</span>
                <input
                    type="text"
                    list="country-names"
                    autocomplete="off"
                    spellcheck="false"
                    data-testid="permit-country"
                    prop:value=row.country.clone()
                    on:input:target=move |ev| set(id, true, Part::Country, ev.target().value())
                />
            </label>
        }
    });
    view! {
        <li class="visa-row" data-testid=testid class:unlawful=error>
            <fieldset>
                <legend class="row-number">{move || label(number.get())}</legend>
                {date_input(Part::From, row.from.clone(), from_label, "visa-from")}
                {date_input(Part::Until, row.until.clone(), until_label, "visa-until")}
                {terms}
                {issuer}
                <button
                    type="button"
                    class="delete"
                    data-testid="visa-delete"
                    aria-label=delete
                    title=delete
                    on:click=move |_| rows.update(|rows| rows.retain(|r| r.id != id))
                >
                    "×"
                </button>
            </fieldset>
            <p
                class="visa-says"
                class:row-issue=error
                data-testid=if permit { "permit-says" } else { "visa-says" }
                data-error=move || error().to_string()
                aria-live="polite"
            >
                {move || said().map(|(_, text)| text)}
            </p>
        </li>
    }
}

/// The visas card: the visas' rows and the permits', a button to add each, and a word when the
/// rule checks none.
#[component]
pub(crate) fn VisaList() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts().visa;
    let ids = move |permit: bool| {
        Memo::new(move |_| list(permit).with(|rows| rows.iter().map(|r| r.id).collect::<Vec<_>>()))
    };
    let (visa_ids, permit_ids) = (ids(false), ids(true));
    let given = move |permit: bool| list(permit).with(|v| v.iter().any(|r| !r.is_blank()));
    // Whether the rule of the answer has no documents' conditions (the Schengen rule's).
    let unchecked = move || {
        store.answer_rule.with(|rule| {
            rule.as_ref()
                .is_ok_and(|rule| !crate::documents::passport_conditions_apply(rule))
        })
    };
    // Stays with countries: a permit counts only once it names its state (see the store).
    let by_zone = move || store.rows.with(|rows| rows.has_countries());
    let stateless = move || {
        store.permits.with(|rows| {
            rows.iter()
                .any(|r| !r.is_blank() && r.country.trim().is_empty())
        })
    };
    let rows = move |permit: bool| {
        let ids = if permit { permit_ids } else { visa_ids };
        view! {
            <ol class="visa-rows" data-testid=if permit { "permits" } else { "visa-list" }>
                <For each=move || ids.get() key=|id| *id let:id>
                    <VisaItem id=id permit=permit/>
                </For>
            </ol>
            <Show when=move || {
                given(permit) && if permit && by_zone() { stateless() } else { unchecked() }
            }>
                <p class="hint" data-testid=if permit { "permits-not-checked" } else { "visas-not-checked" }>
                    {move || match (permit, by_zone()) {
                        (false, _) => texts().not_checked,
                        (true, false) => store.texts().permit.not_checked,
                        (true, true) => store.texts().permit.needs_country,
                    }}
                </p>
            </Show>
            <button
                type="button"
                data-testid=if permit { "permit-add" } else { "visa-add" }
                on:click=move |_| list(permit).update(|rows| rows.push(VisaRow::blank()))
            >
                {move || if permit { store.texts().permit.add } else { texts().add }}
            </button>
        }
    };
    view! {
        <section class="card visas" aria-labelledby="visas-heading" data-testid="visas">
            <h2 id="visas-heading">{move || texts().heading}</h2>
            <p class="hint">{move || texts().hint}</p>
            {rows(false)}
            <p class="hint permit-hint">{move || store.texts().permit.hint}</p>
            {rows(true)}
        </section>
    }
}
