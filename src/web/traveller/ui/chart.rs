//! The chart: the window count day by day, the cap, the stays, the check date and the
//! violations, drawn as SVG; pointing at a day (or moving with the arrow keys) explains it.

use crate::web::browser;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::ui::zone_switch::ZoneSwitch;
use crate::web::traveller::{
    fixed, BarKind, ChartModel, BAND_HEIGHT, BAND_TOP, PLOT_HEIGHT, VIEW_HEIGHT,
};
use chrono::Datelike;
use leptos::prelude::*;

/// The chart section. The SVG stretches to the width of the page; its labels are HTML placed
/// by percentage so they stay readable on a phone.
#[component]
pub(crate) fn Chart() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let model = Memo::new(move |_| {
        let on = store.check_date.get();
        store.outcome.with(|o| {
            let (timeline, spans) = o
                .answer
                .as_ref()
                .map(|a| (a.timeline.as_slice(), a.permit_spans.as_slice()))
                .unwrap_or_default();
            ChartModel::new(timeline, on).with_permits(timeline, spans)
        })
    });
    let picked = RwSignal::new(None::<usize>);
    let selected = move || {
        model.with(|m| {
            let index = picked.get().or(m.today)?;
            (m.days > 0).then(|| index.min(m.days - 1))
        })
    };
    // How the pointed day's count is made, and which stays make it up.
    let explanation = Memo::new(move |_| {
        let index = selected()?;
        let texts = texts();
        store.outcome.with(|o| {
            let answer = o.answer.as_ref().ok()?;
            let day = answer.timeline.get(index)?;
            let parts = store
                .rule
                .with(|rule| {
                    rule.as_ref()
                        .ok()
                        .map(|rule| answer.counted_parts(rule, day.date))
                })
                .unwrap_or_default();
            Some(((texts.explain_day)(day), (texts.counted_parts)(&parts)))
        })
    });
    let point = move |ev: web_sys::PointerEvent| {
        if let Some(index) =
            browser::fraction_across(&ev).and_then(|f| model.with(|m| m.index_at(f)))
        {
            picked.set(Some(index));
        }
    };
    let key = move |ev: web_sys::KeyboardEvent| {
        let Some(current) = selected() else { return };
        let last = model.with(|m| m.days.saturating_sub(1));
        let next = match ev.key().as_str() {
            "ArrowLeft" => current.saturating_sub(1),
            "ArrowRight" => (current + 1).min(last),
            "PageUp" => current.saturating_sub(30),
            "PageDown" => (current + 30).min(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        picked.set(Some(next));
    };
    // The chart's heights are whole units, written as integers (no float formatting in the wasm).
    let view_box = move || {
        format!(
            "0 0 {} {}",
            model.with(|m| m.days.max(1)),
            VIEW_HEIGHT as u32
        )
    };
    let grid = move || {
        model.with(|m| {
            m.months
                .iter()
                .map(|tick| {
                    view! { <line class="grid" x1=tick.index x2=tick.index y1="0" y2={PLOT_HEIGHT as u32}></line> }
                })
                .collect_view()
        })
    };
    let bars = move || {
        model.with(|m| {
            m.bars
                .iter()
                .map(|bar| {
                    let class = match bar.kind {
                        BarKind::Past => "bar past",
                        BarKind::Planned => "bar planned",
                        BarKind::Unlawful => "bar unlawful",
                        BarKind::Permit => "bar permit",
                    };
                    view! {
                        <rect class=class x=bar.start y={BAND_TOP as u32} width=bar.days height={BAND_HEIGHT as u32}></rect>
                    }
                })
                .collect_view()
        })
    };
    let marker = move |index: Option<usize>, class: &'static str| {
        index.map(|i| {
            // Half a day in: written by hand, as the chart writes no float (chart_model::fixed).
            let x = format!("{i}.5");
            view! { <line class=class x1=x.clone() x2=x y1="0" y2={VIEW_HEIGHT as u32}></line> }
        })
    };
    let x_labels = move || {
        let texts = texts();
        model.with(|m| {
            let mut first = true;
            m.months
                .iter()
                .filter(|tick| tick.labelled)
                .map(|tick| {
                    let year = (first || tick.date.month() == 1).then(|| tick.date.year());
                    first = false;
                    view! {
                        <span class="x-label" style:left=format!("{}%", fixed(m.percent(tick.index), 2))>
                            {(texts.month)(tick.date)}
                            {year.map(|year| view! { <small>{year}</small> })}
                        </span>
                    }
                })
                .collect_view()
        })
    };
    let limit = move || {
        store
            .outcome
            .with(|o| o.answer.as_ref().ok().map(|a| a.assessment.limit))
    };
    let y_labels = move || {
        model.with(|m| {
            let mut labels = vec![(0, "y-label zero")];
            if let Some(limit) = limit().filter(|&l| l > 0) {
                labels.push((limit, "y-label cap"));
            }
            labels
                .into_iter()
                .map(|(count, class)| {
                    view! {
                        <span class=class style:bottom=format!("{}%", fixed(m.bottom_percent(count), 2))>
                            {count}
                        </span>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="card chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{move || texts().chart_heading}</h2>
            <ZoneSwitch/>
            <p class="hint" id="chart-help">{move || texts().chart_help}</p>
            <div
                class="chart-box"
                tabindex="0"
                role="slider"
                aria-labelledby="chart-heading"
                aria-describedby="chart-help"
                aria-valuemin="0"
                aria-valuemax=move || model.with(|m| m.days.saturating_sub(1))
                aria-valuenow=move || selected().unwrap_or(0)
                aria-valuetext=move || {
                    explanation
                        .get()
                        .map(|(day, parts)| format!("{day}. {parts}"))
                        .unwrap_or_default()
                }
                on:pointermove=point
                on:pointerdown=point
                on:keydown=key
            >
                <div class="y-labels" aria-hidden="true">{y_labels}</div>
                <svg
                    data-testid="timeline-chart"
                    viewBox=view_box
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    focusable="false"
                >
                    <g>{grid}</g>
                    <path class="count-area" d=move || model.with(|m| m.count_area.clone())></path>
                    <path class="over-area" d=move || model.with(|m| m.over_area.clone())></path>
                    <path class="count-line" d=move || model.with(|m| m.count_line.clone())></path>
                    <path class="cap-line" d=move || model.with(|m| m.cap_line.clone())></path>
                    <path
                        class="entry-line"
                        data-testid="entry-line"
                        d=move || model.with(|m| m.entry_line.clone())
                    ></path>
                    <path class="entry-cap-line" d=move || model.with(|m| m.entry_cap_line.clone())></path>
                    <g>{bars}</g>
                    {move || marker(model.with(|m| m.today), "today")}
                    {move || marker(selected(), "cursor")}
                </svg>
                <div class="x-labels" aria-hidden="true">{x_labels}</div>
            </div>
            <p class="explain" data-testid="chart-explain">
                {move || explanation.get().map(|(day, _)| day)}
            </p>
            <p class="explain parts" data-testid="chart-parts">
                {move || explanation.get().map(|(_, parts)| parts)}
            </p>
            <ul class="legend" aria-hidden="true">
                <li class="l-count">{move || texts().legend_count}</li>
                <li class="l-limit">{move || texts().legend_limit}</li>
                <Show when=move || model.with(|m| !m.entry_line.is_empty())>
                    <li class="l-entry">{move || texts().legend_entry}</li>
                    <li class="l-entry-cap">{move || texts().legend_entry_cap}</li>
                </Show>
                <li class="l-stay">{move || texts().legend_stay}</li>
                <li class="l-planned">{move || texts().legend_planned}</li>
                <li class="l-over">{move || texts().legend_over}</li>
                <Show when=move || model.with(|m| m.bars.iter().any(|b| b.kind == BarKind::Permit))>
                    <li class="l-permit">{move || texts().permit.legend}</li>
                </Show>
                <li class="l-today">{move || texts().legend_today}</li>
            </ul>
        </section>
    }
}
