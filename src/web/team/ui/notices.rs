//! What the page says about what it kept: what it found from the last visit, whether the edits
//! made in place apply to the rows shown, and what will not survive a reload.

use crate::web::confirm::{ask, Confirm};
use crate::web::team::ui::runner;
use crate::web::team::ui::store::{use_team, SaveProblem, StartNotice, TeamStore};
use leptos::prelude::*;

/// The edits kept, as they stand against the rows shown.
#[derive(Clone, Debug, PartialEq, Eq)]
enum EditsShown {
    /// Made to these rows: how many people applied, how many could not be, and whether they
    /// come from the last visit unchanged.
    Here {
        applied: usize,
        missed: usize,
        restored: bool,
    },
    /// Made to another input (a file of this name, if one): kept, not applied.
    Elsewhere { people: usize, name: Option<String> },
}

/// The edits kept, against the rows shown (none before a run finishes).
fn edits_shown(team: TeamStore) -> Option<EditsShown> {
    let input = team.input.get()?;
    team.edits.with(|edits| {
        let edits = edits.as_ref().filter(|e| !e.people.is_empty())?;
        Some(if edits.input == input {
            let missed = team.edits_missed.get().min(edits.people.len());
            EditsShown::Here {
                applied: edits.people.len() - missed,
                missed,
                restored: team.edits_restored.get(),
            }
        } else {
            EditsShown::Elsewhere {
                people: edits.people.len(),
                name: edits.name.clone(),
            }
        })
    })
}

/// The notices, one banner each: the ones found on loading can be dismissed; the edits' one
/// offers to discard or forget them.
#[component]
pub(crate) fn TeamNotices() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let shown = Memo::new(move |_| edits_shown(team));
    let discarding = RwSignal::new(false);
    let discard = move || {
        team.edits.set(None);
        team.edits_restored.set(false);
        runner::start(team);
    };
    let start = move || {
        team.notices.with(|notices| {
            notices
                .iter()
                .cloned()
                .enumerate()
                .map(|(at, notice)| {
                    let texts = texts();
                    let (kind, said) = match &notice {
                        StartNotice::Damaged(n) => ("damaged", (texts.saved_damaged)(*n)),
                        StartNotice::Unreadable => ("unreadable", texts.saved_unreadable.into()),
                        StartNotice::Newer => ("newer", texts.saved_newer.into()),
                        StartNotice::FileNotKept(name, people) => {
                            ("file-not-kept", (texts.file_not_kept)(name, *people))
                        }
                        StartNotice::TextNotKept(size) => {
                            ("text-not-kept", (texts.text_not_kept_last)(*size))
                        }
                    };
                    let dismiss = move |_| {
                        team.notices.update(|notices| {
                            if notices.get(at) == Some(&notice) {
                                notices.remove(at);
                            }
                        })
                    };
                    view! {
                        <div class="notice" role="status" data-testid="team-notice" data-kind=kind>
                            <p>{said}</p>
                            <button type="button" class="secondary" on:click=dismiss>
                                {texts.dismiss}
                            </button>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let save_problem = move || {
        team.save_problem.get().map(|problem| {
            let texts = texts();
            let (kind, said) = match problem {
                SaveProblem::TooLarge(size) => ("too-large", (texts.text_too_large)(size)),
                SaveProblem::Full => ("full", texts.storage_full.to_string()),
                SaveProblem::Off => ("off", texts.storage_off.to_string()),
            };
            view! {
                <div class="notice" role="status" data-testid="team-save-problem" data-kind=kind>
                    <p>{said}</p>
                </div>
            }
        })
    };
    let edits = move || {
        let texts = texts();
        shown.get().map(|shown| match shown {
            EditsShown::Here {
                applied,
                missed,
                restored,
            } => {
                let said = if restored {
                    (texts.edits_restored)(applied)
                } else {
                    (texts.edits_applied)(applied)
                };
                let kind = if restored { "restored" } else { "applied" };
                view! {
                    <div
                        class="notice edits-notice"
                        role="status"
                        data-testid="team-edits-notice"
                        data-kind=kind
                        data-people=applied
                    >
                        <p>{(applied > 0).then_some(said)}</p>
                        {(missed > 0).then(|| view! {
                            <p data-testid="team-edits-missed" data-people=missed>
                                {(texts.edits_missed)(missed)}
                            </p>
                        })}
                        <button
                            type="button"
                            class="secondary danger"
                            id="team-discard"
                            data-testid="team-discard"
                            on:click=move |_| ask(discarding, "team-discard")
                        >
                            {texts.discard_edits}
                        </button>
                    </div>
                }
                .into_any()
            }
            EditsShown::Elsewhere { people, name } => view! {
                <div
                    class="notice edits-notice"
                    role="status"
                    data-testid="team-edits-notice"
                    data-kind="elsewhere"
                    data-people=people
                >
                    <p>{(texts.edits_elsewhere)(people, name.as_deref())}</p>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="team-forget-edits"
                        on:click=move |_| team.edits.set(None)
                    >
                        {texts.forget_edits}
                    </button>
                </div>
            }
            .into_any(),
        })
    };
    let people = move || {
        team.edits
            .with(|e| e.as_ref().map_or(0, |e| e.people.len()))
    };
    view! {
        <div class="team-notices">
            {start}
            {save_problem}
            {edits}
            <Confirm
                open=discarding
                question=Signal::derive(move || (texts().discard_confirm)(people()))
                yes=Signal::derive(move || texts().discard_yes.to_string())
                cancel=Signal::derive(move || team.texts().cancel.to_string())
                on_yes=Callback::new(move |()| discard())
                name="team-discard"
                back_to="team-discard"
            />
        </div>
    }
}
