//! The widget's layout: the app's components without the page around them (no header,
//! link notices, share and print, or summary bar; only what it says of its saved data), in one column or two by the widget's own width;
//! the compact layout hides the paste box, the chart, the rule's details and the papers (the
//! passport, visas and permits: what they change in the answer is still shown) as well.
//!
//! The compact layout is a class and the stylesheet hides: a `<Show>` around the paste box and
//! the chart would type-erase them, and that added 25 KB to the wasm (of the app as well).

use crate::web::traveller::ui::answer::Answer;
use crate::web::traveller::ui::later::{Later, Part};
use crate::web::traveller::ui::stay_list::StayList;
use crate::web::traveller::ui::store::use_store;
use crate::web::widget::ui::notice::WidgetNotice;
use leptos::prelude::*;

/// The whole widget, inside the element its host placed.
#[component]
pub(crate) fn Widget(
    /// Whether the compact layout is shown (the class `compact`).
    compact: RwSignal<bool>,
) -> impl IntoView {
    let store = use_store();
    view! {
        <div class="staycalc" class:compact=move || compact.get() lang=move || store.lang.get().code()>
            <WidgetNotice/>
            <div class="widget-layout">
                <div class="inputs">
                    <Later part=Part::RulePicker/>
                    <Later part=Part::CheckDate/>
                    <StayList/>
                    <Later part=Part::Citizenship/>
                    <Later part=Part::Passport/>
                    <Later part=Part::Visas/>
                    <Later part=Part::PasteBox/>
                </div>
                <div class="results" class:no-detail=move || store.shown.with(Option::is_none)>
                    <Later part=Part::ZoneCards/>
                    <Answer/>
                    <Later part=Part::Chart/>
                </div>
            </div>
            <Later part=Part::CountryNames/>
            <p class="widget-foot">{move || store.texts().disclaimer}</p>
        </div>
    }
}
