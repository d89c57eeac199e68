//! What a stay row says of the papers: the visa the stay breaks, and the days of it a permit
//! leaves out of the count. Only a traveller with visas or permits sees them, so the traveller
//! page builds them from a chunk of its own
//! ([`Later`](crate::web::traveller::ui::later::Later)).

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{row_number, visa_numbers};
use leptos::prelude::*;

/// The notes on the papers of the stay numbered `number` (from 1, as the rows are labelled).
#[component]
pub(crate) fn RowPapers(
    /// The stay's number in the list.
    number: Memo<usize>,
) -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    // The visa this stay breaks, when it breaks one: which condition, from which day.
    let visa_breach = move || {
        let texts = texts();
        store.papers.with(|papers| {
            let trip = papers
                .as_ref()?
                .visa_trips
                .iter()
                .find(|t| t.row == number.get())?;
            let visa = store
                .visas_read
                .with(|(visas, _)| visas.get(trip.visa - 1).cloned())?;
            // Named by its row's label (the engine numbers the visas read).
            let trip = crate::documents::VisaVerdict {
                visa: store
                    .visas
                    .with(|rows| row_number(&visa_numbers(rows), trip.visa)),
                ..trip.clone()
            };
            Some((texts.visa.breach)(&trip, &visa))
        })
    };
    // The days of this stay under a permit, left out of the count.
    let permit_days = move || {
        let texts = texts();
        store.outcome.with(|o| {
            let covered = &o.answer.as_ref().ok()?.covered;
            let (_, days) = covered.iter().find(|(row, _)| *row == number.get())?;
            Some((texts.permit.covered)(*days))
        })
    };
    view! {
        {move || visa_breach().map(|text| view! { <p class="row-issue" data-testid="stay-visa">{text}</p> })}
        {move || permit_days().map(|text| view! { <p class="row-note" data-testid="stay-permit">{text}</p> })}
    }
}
