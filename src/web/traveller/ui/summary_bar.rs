//! The bar that keeps the answer in sight while the answer itself is scrolled away.

use crate::assessment::Status;
use crate::web::browser;
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A line fixed to the bottom of the window while the answer is off screen: status, days used
/// of the limit, and days remaining (or, when the per-entry cap binds, the days left on this
/// entry), the day to leave by, and the check date it is for; a link to the full answer. Hidden from screen readers,
/// which hear the answer's own summary.
#[component]
pub(crate) fn SummaryBar() -> impl IntoView {
    let store = use_store();
    let answer_seen = RwSignal::new(true);
    browser::watch_on_screen("answer", move |seen| answer_seen.set(seen));
    let line = move || {
        let texts = store.texts();
        store.outcome.with(|o| {
            o.answer.as_ref().ok().map(|answer| {
                let a = &answer.assessment;
                // The binding number: the days left on this entry when its cap ends the stay
                // first, else the days remaining in the window.
                let left = match a.days_left_in_stay.filter(|_| a.per_entry_decides()) {
                    Some(left) => format!("{}: {left}", texts.entry_left),
                    None => format!("{}: {}", texts.days_remaining, a.days_remaining),
                };
                // Which day the answer is for: a check date set on an earlier visit is kept.
                let on = (texts.bar_for)(a.on);
                // The day to leave by, in the answer's own words: the passport's when it
                // comes first.
                let (passport, no_day) = store
                    .papers
                    .with(|p| p.as_ref().map_or((None, false), |p| (p.leave_by, p.no_day)));
                let leave = passport.or(a.latest_exit).filter(|_| !no_day).map(|exit| {
                    format!(
                        "{} {}",
                        (texts.leave_by)(a.on, a.present),
                        (texts.date)(exit)
                    )
                });
                // The worse of the rule's status and the papers', as the answer shows it.
                let papers = store
                    .papers
                    .with(|p| p.as_ref().map_or(Status::Ok, |p| p.status));
                (
                    a.status.max(papers).as_str(),
                    texts.answer_status(a, papers),
                    format!("{} / {}", a.days_used, a.limit),
                    left,
                    on,
                    leave,
                )
            })
        })
    };
    view! {
        {move || {
            line()
                .filter(|_| !answer_seen.get())
                .map(|(status, name, used, remaining, on, leave)| {
                    view! {
                        <a class="summary-bar" href="#answer" data-status=status aria-hidden="true" tabindex="-1">
                            <span class="dot"></span>
                            <strong>{name}</strong>
                            <span>{used}</span>
                            <span>{remaining}</span>
                            {leave.map(|leave| view! {
                                <span class="leave" data-testid="summary-bar-leave-by">{leave}</span>
                            })}
                            <span data-testid="summary-bar-on">{on}</span>
                        </a>
                    }
                })
        }}
    }
}
