//! Choosing the rule: by destination and nationality, by name, or with one's own numbers.

use crate::catalogue::catalogue;
use crate::web::traveller::ui::custom_rule::CustomRule;
use crate::web::traveller::ui::rule_info::RuleInfo;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{destinations, nationalities, suggestion, CUSTOM};
use leptos::prelude::*;

/// The rule fieldset: destination and nationality suggest a rule; the rule select (values are
/// catalogue ids, plus `custom`) is the choice itself.
#[component]
pub(crate) fn RulePicker() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    // A destination picked for which the catalogue has no rule for the nationality chosen.
    let unmatched = RwSignal::new(None::<&'static str>);
    let destination = Memo::new(move |_| {
        unmatched.get().or_else(|| {
            let id = store.rule_id.get();
            catalogue()
                .iter()
                .find(|rule| rule.id == id)
                .map(|rule| rule.destination)
        })
    });
    let options = Memo::new(move |_| destination.get().map(nationalities).unwrap_or_default());
    let apply = move |destination: &'static str, nationality: &str| match suggestion(
        destination,
        nationality,
    ) {
        Some(rule) => {
            unmatched.set(None);
            store.rule_id.set(rule.id.to_string());
        }
        None => unmatched.set(Some(destination)),
    };
    let pick_destination = move |name: String| {
        if let Some(&name) = destinations().iter().find(|&&d| d == name) {
            apply(name, &store.nationality.get_untracked());
        }
    };
    let pick_nationality = move |code: String| {
        store.nationality.set(code.clone());
        if let Some(destination) = destination.get_untracked() {
            apply(destination, &code);
        }
    };
    let pick_rule = move |id: String| {
        unmatched.set(None);
        store.rule_id.set(id);
    };
    let nationality_shown = move || {
        let code = store.nationality.get();
        if options.with(|o| o.contains(&code.as_str())) {
            code
        } else {
            String::new()
        }
    };

    view! {
        <section class="card rule" aria-labelledby="rule-heading">
            <h2 id="rule-heading">{move || texts().rule_heading}</h2>
            <div class="field-row">
                <label class="field">
                    <span>{move || texts().destination}</span>
                    <select
                        data-testid="destination"
                        on:change:target=move |ev| pick_destination(ev.target().value())
                    >
                        <option value="" prop:selected=move || destination.get().is_none()>
                            {move || texts().choose}
                        </option>
                        {destinations()
                            .into_iter()
                            .map(|name| {
                                view! {
                                    <option
                                        value=name
                                        prop:selected=move || destination.get() == Some(name)
                                    >
                                        {move || (texts().destination_name)(name)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || texts().nationality}</span>
                    <select
                        data-testid="nationality"
                        on:change:target=move |ev| pick_nationality(ev.target().value())
                    >
                        <option value="" prop:selected=move || nationality_shown().is_empty()>
                            {move || texts().nationality_other}
                        </option>
                        <For each=move || options.get() key=|code| *code let:code>
                            <option value=code prop:selected=move || nationality_shown() == code>
                                {move || (texts().country_name)(code)}
                            </option>
                        </For>
                    </select>
                </label>
            </div>
            <Show when=move || unmatched.get().is_some()>
                <p class="note" role="status">{move || texts().no_rule_for}</p>
            </Show>
            <label class="field">
                <span>{move || texts().rule}</span>
                <select data-testid="rule-select" on:change:target=move |ev| pick_rule(ev.target().value())>
                    {destinations()
                        .into_iter()
                        .map(|name| {
                            view! {
                                <optgroup label=move || (texts().destination_name)(name)>
                                    {catalogue()
                                        .iter()
                                        .filter(|rule| rule.destination == name)
                                        .map(|rule| {
                                            let id = rule.id.as_ref();
                                            view! {
                                                <option
                                                    value=id
                                                    prop:selected=move || store.rule_id.with(|r| r == id)
                                                >
                                                    {move || store.words(rule).name.to_string()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </optgroup>
                            }
                        })
                        .collect_view()}
                    <option value=CUSTOM prop:selected=move || store.rule_id.with(|r| r == CUSTOM)>
                        {move || texts().custom_rule}
                    </option>
                </select>
            </label>
            <Show when=move || store.rule_id.with(|r| r == CUSTOM)>
                <CustomRule/>
            </Show>
            <RuleInfo/>
        </section>
    }
}
