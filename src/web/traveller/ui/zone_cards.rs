//! The answer per zone: one card for each zone of the travel log, most urgent first.

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{permit_numbers, row_number, Shown};
use crate::zones::{Regime, Verdict, ZoneAnswer, ZonePermit};
use leptos::prelude::*;

/// One zone's card: its name, status, the rule and why, days used and remaining (or the days
/// there, with no limit or no rule known), the day to leave by, and the countries counted.
/// A zone under a rule can be shown in the detailed answer and the chart below.
fn card(zone: ZoneAnswer, shown: Option<Shown>) -> impl IntoView {
    let store = use_store();
    let texts = store.texts();
    let lang = store.lang.get().code();
    let status = zone.status();
    // Under a rule, the answer with the papers counted (the passport, visas), as the detailed
    // answer's status and `staycalc check --nationality`'s JSON say it.
    let applied = zone.papers_applied();
    let status_text = match (&zone.verdict, &applied) {
        (Verdict::Rule { .. }, Some(a)) => texts.answer_status(a, crate::Status::Ok),
        _ if zone.choice.regime == Regime::NoLimit => texts.zones.no_limit,
        _ => texts.zones.no_rule_known,
    };
    let rule = match zone.choice.regime {
        Regime::Rule(rule) => Some(store.words(rule).name.to_string()),
        _ => None,
    };
    let why = (texts.zones.why)(zone.choice.why, zone.choice.nationality.alpha2);
    let names: Vec<&str> = zone.countries.iter().map(|c| c.name(lang)).collect();
    // Each number as (label, value, test id): one shape of markup for every kind of zone.
    let numbers: Vec<(String, String, &'static str)> = match (&zone.verdict, &applied) {
        (Verdict::Rule { .. }, Some(a)) => {
            // When the per-entry cap ends the stay under way first (or is passed), its days
            // left stand where the window's remaining days would: "65 remaining" on day 25 of
            // a 30-day entry reads as 65 more days to stay.
            let remaining = match a.days_left_in_stay {
                Some(left) if a.per_entry_decides() => (
                    texts.entry_left.to_string(),
                    left.to_string(),
                    "zone-entry-left",
                ),
                _ => (
                    texts.days_remaining.to_string(),
                    a.days_remaining.to_string(),
                    "zone-days-remaining",
                ),
            };
            let mut numbers = vec![
                (
                    texts.days_used.to_string(),
                    format!("{} / {}", a.days_used, a.limit),
                    "zone-days-used",
                ),
                remaining,
            ];
            if let Some(exit) = a.latest_exit {
                numbers.push((
                    (texts.leave_by)(a.on, a.present),
                    (texts.date)(exit),
                    "zone-leave-by",
                ));
            }
            numbers
        }
        (Verdict::Counted { days_present, .. }, _) => vec![(
            texts.zones.days_there.to_string(),
            days_present.to_string(),
            "zone-days-there",
        )],
        _ => Vec::new(),
    };
    // Each permit whose state has days here: left out (the Schengen area), or counted; named
    // by its row's label (the answer numbers the permits naming their state).
    let labels = store.permits.with(|rows| permit_numbers(rows, true));
    let permits = (!zone.permits.is_empty()).then(|| {
        zone.permits
            .iter()
            .map(|p| {
                let p = &ZonePermit {
                    permit: row_number(&labels, p.permit),
                    ..*p
                };
                let text = if p.left_out {
                    (texts.permit.zone_left_out)(p)
                } else {
                    (texts.permit.zone_counted)(p)
                };
                view! { <li data-testid="zone-permit" data-left-out=p.left_out.to_string()>{text}</li> }
            })
            .collect_view()
    });
    let numbers = numbers
        .into_iter()
        .map(|(label, value, testid)| {
            view! {
                <div>
                    <dt>{label}</dt>
                    <dd data-testid=testid>{value}</dd>
                </div>
            }
        })
        .collect_view();
    // Stays merged in a zone with no limit or no rule known (under a rule, the detailed
    // answer says them), and under a rule rows with no day between them: the reason its
    // light is amber, said on the card itself.
    let said: Vec<&crate::warning::Warning> = match &zone.verdict {
        Verdict::Counted { warnings, .. } => warnings.iter().collect(),
        Verdict::Rule { assessment, .. } => assessment
            .warnings
            .iter()
            .filter(|w| w.code() == "reentry")
            .collect(),
    };
    let merged = (!said.is_empty()).then(|| {
        said.into_iter()
            .map(|w| view! { <li data-code=w.code()>{(texts.warning)(w)}</li> })
            .collect_view()
    });
    let this = Shown::Zone(zone.zone);
    let under_rule = matches!(zone.verdict, Verdict::Rule { .. });
    let id = zone.zone.id().into_owned();
    view! {
        <li
            class="zone-card"
            class:shown=shown == Some(this)
            data-testid="zone-card"
            data-zone=id
            data-status=status
        >
            <h3>
                <button
                    type="button"
                    class="link"
                    disabled=!under_rule
                    aria-pressed=(shown == Some(this)).to_string()
                    on:click=move |_| store.picked.set(Some(this))
                >
                    {zone.zone.name(lang)}
                </button>
            </h3>
            <p class="zone-status" data-testid="zone-status">
                <span class="dot"></span>
                {status_text}
            </p>
            {rule.map(|rule| view! { <p class="zone-rule" data-testid="zone-rule">{rule}</p> })}
            <p class="zone-why small">{why}</p>
            <dl class="zone-numbers">{numbers}</dl>
            <p class="zone-countries small" data-testid="zone-countries">
                {(texts.zones.counted)(&names.join(", "))}
            </p>
            {merged.map(|m| view! { <ul class="warnings" data-testid="zone-merged">{m}</ul> })}
            {permits.map(|p| view! { <ul class="zone-permits small" data-testid="zone-permits">{p}</ul> })}
        </li>
    }
}

/// The cards, once a stay has a country and a nationality is known; with a note on where
/// stays without a country count.
#[component]
pub(crate) fn ZoneCards() -> impl IntoView {
    let store = use_store();
    let cards = move || {
        let shown = store.shown.get();
        store.zones.with(|zones| match zones {
            Some(Ok(answer)) => Some(
                answer
                    .zones
                    .iter()
                    .map(|zone| card(zone.clone(), shown))
                    .collect_view(),
            ),
            _ => None,
        })
    };
    let note = move || {
        let texts = store.texts();
        let lang = store.lang.get().code();
        let without = store.rows.with(|rows| {
            rows.rows()
                .iter()
                .any(|row| !row.is_blank() && !row.has_country())
        });
        let zone = store
            .rule
            .with(|rule| crate::web::traveller::zone_without_country(rule.as_ref().ok()));
        match zone {
            Some(zone) if without => Some((texts.zones.without_country_note)(zone.name(lang))),
            _ => None,
        }
    };
    // What the whole log says beyond one zone: its assumptions, days in two zones at once.
    let notes = move || {
        let texts = store.texts();
        store.zones.with(|zones| match zones {
            Some(Ok(answer)) => answer
                .warnings
                .iter()
                .map(|w| view! { <li data-code=w.code()>{(texts.zones.log_warning)(w)}</li> })
                .collect_view()
                .into_any(),
            _ => ().into_any(),
        })
    };
    let on = move || store.zones.with(|z| matches!(z, Some(Ok(_))));
    view! {
        <section
            class="card zones"
            aria-labelledby="zones-heading"
            data-testid="zones"
            hidden=move || !on()
        >
                <h2 id="zones-heading">{move || store.texts().zones.answers_heading}</h2>
                <ul class="zone-cards">{cards}</ul>
                <ul class="warnings zone-notes" data-testid="zone-notes">{notes}</ul>
                <p class="note" data-testid="zones-note">{note}</p>
        </section>
    }
}
