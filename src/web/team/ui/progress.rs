//! The progress bar of a run or an export.

use crate::web::team::ui::store::use_team;
use crate::web::team::Phase;
use leptos::prelude::*;

/// While a run or an export is working: a `<progress>` of bytes loaded, rows read, people
/// checked or lines exported, of how many, said in words beside it (politely announced);
/// indeterminate until the first numbers are known.
#[component]
pub(crate) fn TeamProgress() -> impl IntoView {
    let team = use_team();
    // (done, total, words); total 0 while it is not known yet.
    let state = Memo::new(move |_| {
        let texts = team.team_texts();
        let number = |n: usize| (texts.number)(n);
        if let Some(progress) = team.progress.get() {
            let (done, total) = (number(progress.done), number(progress.total));
            return Some(match progress.phase {
                Phase::Loading | Phase::Done => {
                    (progress.done, progress.total, texts.loading.to_string())
                }
                Phase::Reading => (
                    progress.done,
                    progress.total,
                    (texts.reading)(&done, &total),
                ),
                Phase::Checking => (
                    progress.done,
                    progress.total,
                    (texts.checking)(&done, &total),
                ),
            });
        }
        team.exporting.get().map(|(done, total)| {
            (
                done,
                total,
                (texts.exporting)(&number(done), &number(total)),
            )
        })
    });
    view! {
        <Show when=move || state.with(Option::is_some)>
            <div class="card team-progress">
                <progress
                    data-testid="team-progress"
                    aria-labelledby="team-progress-text"
                    max=move || state.with(|s| s.as_ref().map_or(0, |s| s.1.max(1)))
                    value=move || {
                        state.with(|s| s.as_ref().filter(|s| s.1 > 0).map(|s| s.0))
                    }
                ></progress>
                <p id="team-progress-text" role="status" aria-live="polite">
                    {move || state.with(|s| s.as_ref().map(|s| s.2.clone()))}
                </p>
            </div>
        </Show>
    }
}
