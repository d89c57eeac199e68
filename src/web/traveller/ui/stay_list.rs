//! The stay list: its rows, and the buttons that add a row and sort them.

use crate::web::browser;
use crate::web::traveller::ui::later::{Later, Part};
use crate::web::traveller::ui::stay_row::StayRow;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// The rows in the order typed, an "add" button that appends an empty row and moves the focus
/// to it, and a "sort" button.
#[component]
pub(crate) fn StayList() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let ids = Memo::new(move |_| {
        store
            .rows
            .with(|rows| rows.rows().iter().map(|row| row.id).collect::<Vec<u32>>())
    });
    let add = move |_| {
        let mut id = 0;
        store.rows.update(|rows| id = rows.push_blank());
        browser::focus_soon(format!("entry-{id}"));
    };
    view! {
        <section class="card stays" aria-labelledby="stays-heading">
            <h2 id="stays-heading">{move || texts().stays_heading}</h2>
            <p class="hint">{move || texts().stays_hint}</p>
            <ol class="stay-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <StayRow id=id/>
                </For>
            </ol>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{move || texts().no_stays}</p>
            </Show>
            <div class="buttons">
                <button type="button" data-testid="add-stay" on:click=add>
                    {move || texts().add_stay}
                </button>
                <Later part=Part::SortStays/>
            </div>
        </section>
    }
}

/// The button that sorts the stays by date (the sort is the page's one stable sort, so it is
/// built from the chunk of later parts: [`Later`]).
#[component]
pub(crate) fn SortStays() -> impl IntoView {
    let store = use_store();
    view! {
        <button
            type="button"
            class="secondary"
            data-testid="sort-stays"
            on:click=move |_| store.rows.update(|rows| rows.sort_by_date())
        >
            {move || store.texts().sort}
        </button>
    }
}
