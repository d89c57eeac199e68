//! The table's filters: status, a carried column's value, and a search by name.

use crate::report::ReportStatus;
use crate::web::team::ui::store::use_team;
use leptos::prelude::*;

/// How many distinct values of a carried column are offered as suggestions.
const SUGGESTED: usize = 50;

/// A status select (with how many people have each), a carried column select with a value
/// field (suggesting the column's values), and a name search. Every change shows page one.
#[component]
pub(crate) fn TeamFilters() -> impl IntoView {
    let team = use_team();
    let team_texts = move || team.team_texts();
    let counts = Memo::new(move |_| {
        team.lines
            .with(|lines| crate::web::team::status_counts(lines))
    });
    let set_status = move |value: String| {
        let status = ReportStatus::from_name(&value);
        team.set_filter(|filter| filter.status = status);
    };
    let set_column = move |value: String| {
        let column = value.parse::<usize>().ok();
        team.set_filter(|filter| filter.column = column);
    };
    // A few values of the chosen column, to pick from.
    let suggestions = Memo::new(move |_| {
        let column = team.filter.with(|f| f.column)?;
        Some(team.lines.with(|lines| {
            let mut values: Vec<&str> = Vec::new();
            for line in lines {
                let value = line.carried(column);
                if !value.is_empty() && !values.contains(&value) {
                    values.push(value);
                    if values.len() == SUGGESTED {
                        break;
                    }
                }
            }
            values.sort_unstable();
            values.into_iter().map(String::from).collect::<Vec<_>>()
        }))
    });
    let status_options = move || {
        let chosen = team.filter.with(|f| f.status);
        ReportStatus::BY_URGENCY
            .into_iter()
            .zip(counts.get())
            .map(|(status, count)| {
                view! {
                    <option value=status.as_str() prop:selected=chosen == Some(status)>
                        {format!("{} ({})", team.group_name(status), team.number(count))}
                    </option>
                }
            })
            .collect_view()
    };
    let column_options = move || {
        let chosen = team.filter.with(|f| f.column);
        team.carried.with(|names| {
            names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    view! { <option value=i.to_string() prop:selected=chosen == Some(i)>{name.clone()}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="team-filters" role="search">
            <label class="field">
                <span>{move || team_texts().filter_status}</span>
                <select
                    data-testid="team-filter-status"
                    on:change:target=move |ev| set_status(ev.target().value())
                >
                    <option value="" prop:selected=move || team.filter.with(|f| f.status.is_none())>
                        {move || team_texts().all}
                    </option>
                    {status_options}
                </select>
            </label>
            <Show when=move || team.carried.with(|c| !c.is_empty())>
                <label class="field">
                    <span>{move || team_texts().filter_column}</span>
                    <select
                        data-testid="team-filter-column"
                        on:change:target=move |ev| set_column(ev.target().value())
                    >
                        <option value="">{move || team_texts().no_column}</option>
                        {column_options}
                    </select>
                </label>
                <label class="field">
                    <span>{move || team_texts().filter_value}</span>
                    <input
                        type="text"
                        list="team-filter-values"
                        data-testid="team-filter-value"
                        disabled=move || team.filter.with(|f| f.column.is_none())
                        prop:value=move || team.filter.with(|f| f.value.clone())
                        on:input:target=move |ev| {
                            let value = ev.target().value();
                            team.set_filter(|filter| filter.value = value);
                        }
                    />
                    <datalist id="team-filter-values">
                        {move || {
                            suggestions
                                .get()
                                .unwrap_or_default()
                                .into_iter()
                                .map(|value| view! { <option value=value></option> })
                                .collect_view()
                        }}
                    </datalist>
                </label>
            </Show>
            <label class="field search">
                <span>{move || team_texts().search}</span>
                <input
                    type="search"
                    data-testid="team-search"
                    prop:value=move || team.filter.with(|f| f.search.clone())
                    on:input:target=move |ev| {
                        let search = ev.target().value();
                        team.set_filter(|filter| filter.search = search);
                    }
                />
            </label>
        </div>
    }
}
