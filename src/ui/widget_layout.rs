//! The widget's layout: the app's components without the page around them (no header,
//! notices, share and print, or summary bar), in one column or two by the widget's own width;
//! the compact layout leaves out the paste box and the chart as well.

use crate::ui::answer::Answer;
use crate::ui::chart::Chart;
use crate::ui::check_date::CheckDate;
use crate::ui::paste_box::PasteBox;
use crate::ui::rule_picker::RulePicker;
use crate::ui::stay_list::StayList;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// The whole widget, inside the element its host placed.
#[component]
pub(crate) fn Widget(
    /// Whether the compact layout is shown.
    #[prop(into)]
    compact: Signal<bool>,
) -> impl IntoView {
    let store = use_store();
    let full = move || !compact.get();
    view! {
        <div class="staycalc" class:compact=move || compact.get() lang=move || store.lang.get().code()>
            <div class="widget-layout">
                <div class="inputs">
                    <RulePicker/>
                    <CheckDate/>
                    <StayList/>
                    <Show when=full>
                        <PasteBox/>
                    </Show>
                </div>
                <div class="results">
                    <Answer/>
                    <Show when=full>
                        <Chart/>
                    </Show>
                </div>
            </div>
            <p class="widget-foot">{move || store.texts().disclaimer}</p>
        </div>
    }
}
