//! Where the rows come from: a file dropped or picked, or rows pasted.

use crate::web::browser;
use crate::web::team::template;
use crate::web::team::ui::forget::TeamForget;
use crate::web::team::ui::io;
use crate::web::team::ui::runner;
use crate::web::team::ui::store::{use_team, Source};
use leptos::prelude::*;

/// A drop zone holding the file picker, and a box to paste rows into with its button. A file
/// is checked as soon as it is chosen; pasted rows when the button is pressed. The file is
/// read by the browser only.
#[component]
pub(crate) fn TeamInput() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let pasted = team.pasted;
    let dragging = RwSignal::new(false);
    let use_file = move |file: web_sys::File| {
        team.source_name.set(Some(file.name()));
        team.source.set_value(Some(Source::File(file)));
        runner::start(team);
    };
    let drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = io::dropped_file(&ev) {
            use_file(file);
        }
    };
    let pick = move |ev: leptos::ev::Targeted<web_sys::Event, web_sys::HtmlInputElement>| {
        let file = ev.target().files().and_then(|files| files.get(0));
        if let Some(file) = file {
            use_file(file);
        }
        // Picking the same file again (after changing it on disk) checks it again.
        ev.target().set_value("");
    };
    let run_pasted = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        team.source_name.set(None);
        team.source.set_value(Some(Source::Text(text)));
        runner::start(team);
    };
    view! {
        <section class="card team-input" aria-labelledby="team-input-heading">
            <h2 id="team-input-heading">{move || texts().input_heading}</h2>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                data-testid="team-drop"
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=drop
            >
                <p>
                    {move || texts().drop_hint} " "
                    <label class="file-pick">
                        <span class="file-pick-text">{move || texts().choose_file}</span>
                        <input
                            type="file"
                            class="visually-hidden"
                            data-testid="team-file"
                            accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,text/csv,text/tab-separated-values,text/plain"
                            aria-describedby="team-format"
                            on:change:target=pick
                        />
                    </label>
                </p>
                <p class="hint" id="team-format">{move || texts().format_hint}</p>
                <p class="hint">
                    <button
                        type="button"
                        class="link"
                        data-testid="team-template"
                        on:click=move |_| {
                            let lang = team.lang.get_untracked();
                            let name = format!("staycalc-team-template-{}.csv", lang.code());
                            browser::download(template(lang).as_bytes(), &name, "text/csv;charset=utf-8");
                        }
                    >
                        {move || texts().template}
                    </button>
                </p>
            </div>
            <label class="field paste-field">
                <span>{move || texts().paste_label}</span>
                <textarea
                    rows="4"
                    data-testid="team-paste"
                    translate="no"
                    spellcheck="false"
                    placeholder="person,department,entry,exit\nAna,Sales,2026-01-05,2026-01-20"
                    prop:value=move || pasted.get()
                    on:input:target=move |ev| pasted.set(ev.target().value())
                ></textarea>
            </label>
            <div class="buttons">
                <button type="button" data-testid="team-run" on:click=run_pasted>
                    {move || texts().run}
                </button>
            </div>
            <TeamForget/>
        </section>
    }
}
