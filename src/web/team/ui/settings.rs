//! What a team is checked against: the default rule, the check date and the warning
//! threshold. A change checks the rows again.

use crate::catalogue::catalogue;
use crate::web::team::ui::store::use_team;
use crate::web::team::MAX_THRESHOLD;
use crate::web::traveller::ui::check_date::CheckDateField;
use leptos::prelude::*;

/// The rule select (catalogue rules, or none when every row names its rule), the check date
/// with a button back to today, and the number of days under which the light turns amber.
#[component]
pub(crate) fn TeamSettingsForm() -> impl IntoView {
    let team = use_team();
    let texts = move || team.texts();
    let team_texts = move || team.team_texts();
    let set_threshold = move |text: String| {
        if let Ok(days) = text.trim().parse::<u32>() {
            team.threshold.set(days.min(MAX_THRESHOLD));
        }
    };
    let options = move || {
        let chosen = team.rule_id.get();
        let none = view! {
            <option value="" prop:selected=chosen.is_empty()>{team_texts().rule_from_file}</option>
        };
        let rules = catalogue()
            .iter()
            .map(|rule| {
                let selected = rule.id == chosen.as_str();
                view! {
                    <option value=rule.id.to_string() prop:selected=selected>
                        {rule.wording(team.lang.get().code()).name.to_string()}
                    </option>
                }
            })
            .collect_view();
        (rules, none)
    };
    view! {
        <section class="card team-settings">
            <label class="field" hidden=move || team.by_zone.get()>
                <span>{move || team_texts().default_rule}</span>
                <select
                    data-testid="team-rule"
                    on:change:target=move |ev| team.rule_id.set(ev.target().value())
                >
                    {options}
                </select>
            </label>
            // A file checked by zone takes each zone's rule from the nationality: no choice.
            <p
                class="field rule-by-zone"
                data-testid="team-rule-by-zone"
                hidden=move || !team.by_zone.get()
            >
                {move || team_texts().rule_by_zone}
            </p>
            <CheckDateField
                on=team.on
                shown=team.check_date
                today=team.today
                label=Signal::derive(move || texts().check_date)
                today_label=Signal::derive(move || texts().today)
                testid="team-date"
                today_testid="team-today"
                live=false
            />
            <label class="field threshold">
                <span>{move || team_texts().warn_below}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max=MAX_THRESHOLD
                    data-testid="team-threshold"
                    prop:value=move || team.threshold.get().to_string()
                    on:change:target=move |ev| set_threshold(ev.target().value())
                />
            </label>
        </section>
    }
}
