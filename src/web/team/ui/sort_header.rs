//! A column header that sorts the table.

use crate::web::team::ui::store::use_team;
use crate::web::team::{Column, Sort};
use leptos::prelude::*;

/// A `<th>` holding a button: pressing it (click, Enter or Space) sorts by the column, again
/// reverses. The sorted column carries `aria-sort` and an arrow.
#[component]
pub(crate) fn SortHeader(
    /// The column.
    column: Column,
    /// Its label, in the current language.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let team = use_team();
    let direction = Memo::new(move |_| {
        team.sort
            .get()
            .filter(|sort| sort.column == column)
            .map(|sort| sort.descending)
    });
    let aria_sort = move || {
        direction.get().map(|descending| {
            if descending {
                "descending"
            } else {
                "ascending"
            }
        })
    };
    let arrow = move || match direction.get() {
        Some(true) => "▼",
        Some(false) => "▲",
        None => "",
    };
    let sort = move |_| {
        team.sort
            .update(|sort| *sort = Some(Sort::clicked(*sort, column)));
        team.page.set(0);
    };
    view! {
        <th scope="col" aria-sort=aria_sort data-column=column.key()>
            <button type="button" class="sort" data-testid="team-sort" on:click=sort>
                {move || label.get()}
                <span class="arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
