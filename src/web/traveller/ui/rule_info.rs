//! What the chosen rule says and where it comes from.

use crate::date::parse_date;
use crate::web::browser;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{source_parts, SourcePart};
use leptos::prelude::*;

/// The chosen rule's limits (each version, the one in force on the check date marked), then,
/// folded on a phone, who it applies to, its sources (addresses as links named by their site),
/// confidence, last-checked date, consequences and notes; or why it cannot be used.
#[component]
pub(crate) fn RuleInfo() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    // The details (who it applies to, sources, consequences, notes) start open beside the
    // answer on a wide screen, folded on a phone, where the stays and the answer come first.
    let wide = browser::is_wide();
    let details = move || {
        let texts = texts();
        let on = store.check_date.get();
        store.rule.with(|rule| match rule {
            Err(error) => {
                view! { <p class="problem" role="alert">{(texts.error)(error)}</p> }.into_any()
            }
            Ok(rule) => {
                let in_force = rule.limits_on(on);
                let versions = rule
                    .versions
                    .iter()
                    .map(|version| {
                        let words = (texts.limits_text)(&version.limits);
                        let text = match version.from {
                            Some(from) => {
                                format!("{}: {words}", (texts.from_date)(from))
                            }
                            None => words,
                        };
                        let current = rule.versions.len() > 1 && in_force == Some(version.limits);
                        view! { <li class:current=current>{text}</li> }
                    })
                    .collect_view();
                let checked = parse_date(rule.last_checked, "last checked").ok();
                let words = store.words(rule);
                // The custom rule's numbers are the user's own: no source, no confidence.
                let catalogued = rule.id != "custom";
                let optional = |label: &'static str, text: &'static str| {
                    (!text.is_empty()).then(|| view! { <dt>{label}</dt> <dd>{text}</dd> })
                };
                let source = source_parts(rule.source)
                    .into_iter()
                    .map(|part| match part {
                        SourcePart::Text(text) => text.into_any(),
                        SourcePart::Link { url, site } => view! {
                            <a href=url rel="noopener noreferrer" target="_blank">{site}</a>
                        }
                        .into_any(),
                    })
                    .collect_view();
                view! {
                    <dl class="rule-info">
                        <dt>{texts.limits}</dt>
                        <dd><ul class="versions">{versions}</ul></dd>
                    </dl>
                    <details class="rule-more" data-testid="rule-more" open=wide>
                        <summary>{texts.rule_more}</summary>
                        <dl class="rule-info">
                            <dt>{texts.applies_to}</dt>
                            <dd>{words.applies_to}</dd>
                            {catalogued.then(|| view! {
                                <dt>{texts.source}</dt>
                                <dd class="source" lang="en" data-testid="rule-source">{source}</dd>
                                <dt>{texts.confidence}</dt>
                                <dd>{(texts.confidence_name)(rule.confidence)}</dd>
                            })}
                            {checked.map(|date| view! {
                                <dt>{texts.last_checked}</dt>
                                <dd><time datetime=date.to_string()>{store.date(date)}</time></dd>
                            })}
                            {optional(texts.consequences, words.consequences)}
                            {optional(texts.notes, words.notes)}
                        </dl>
                        {(catalogued && !texts.sources_in_original.is_empty())
                            .then(|| view! { <p class="hint">{texts.sources_in_original}</p> })}
                    </details>
                }
                .into_any()
            }
        })
    };
    view! { <div class="rule-details">{details}</div> }
}
