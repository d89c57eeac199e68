//! The paste box: a list of date pairs in, stays out, and the lines it could not read.

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{with_readers, PasteReport};
use leptos::prelude::*;

/// A text area and an "add" button. The stays of the lines read are appended to the list;
/// the lines not read stay in the box, each reported with its number and reason.
#[component]
pub(crate) fn PasteBox() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let text = RwSignal::new(String::new());
    let report = RwSignal::new(None::<PasteReport>);
    // The reader is a chunk of the page fetched when first wanted (`with_readers`): while it
    // comes, the box says so; if it cannot come, it says that nothing was added.
    let reader = RwSignal::new(Reader::Here);
    let add = move |_| {
        if reader.get_untracked() == Reader::Loading {
            return;
        }
        reader.set(Reader::Loading);
        with_readers(move |readers| {
            let Some(readers) = readers else {
                reader.set(Reader::Missing);
                return;
            };
            reader.set(Reader::Here);
            let mut done = None;
            store.rows.update(|rows| {
                done = Some((readers.paste)(rows, &text.get_untracked()));
            });
            if let Some(done) = done {
                let kept: Vec<&str> = done.rejected.iter().map(|r| r.text.as_str()).collect();
                text.set(kept.join("\n"));
                report.set(Some(done));
            }
        });
    };
    // Fetches the reader as soon as someone starts to paste, so the click rarely waits.
    let warm = move |_| with_readers(|_| ());
    let report_view = move || {
        let texts = texts();
        match reader.get() {
            Reader::Loading => return Some(view! { <p>{texts.reader_loading}</p> }.into_any()),
            Reader::Missing => {
                return Some(view! { <p class="problem">{texts.reader_unavailable}</p> }.into_any())
            }
            Reader::Here => {}
        }
        report.with(|report| {
            report.as_ref().map(|report| {
                let rejected = report
                    .rejected
                    .iter()
                    .map(|line| {
                        view! {
                            <li>
                                <strong>{(texts.line)(line.line)}</strong>
                                " «" <code>{line.text.clone()}</code> "»: "
                                {(texts.error)(&line.reason)}
                            </li>
                        }
                    })
                    .collect_view();
                // A header line is said after the count, in the same words' paragraph.
                let mut said = (texts.pasted)(report.added);
                for &line in &report.headers {
                    said.push_str(&format!(" {}: {}.", (texts.line)(line), texts.paste_header));
                }
                view! {
                    <p>{said}</p>
                    <ul class="rejected" data-testid="paste-rejected">{rejected}</ul>
                }
                .into_any()
            })
        })
    };
    view! {
        <section class="card paste" aria-labelledby="paste-heading">
            <h2 id="paste-heading">
                <label for="paste-input">{move || texts().paste_heading}</label>
            </h2>
            <p class="hint" id="paste-hint">{move || texts().paste_hint}</p>
            <textarea
                id="paste-input"
                data-testid="paste-input"
                rows="4"
                spellcheck="false"
                aria-describedby="paste-hint"
                prop:value=move || text.get()
                on:input:target=move |ev| text.set(ev.target().value())
                on:focus=warm
            ></textarea>
            <div class="buttons">
                <button
                    type="button"
                    data-testid="paste-add"
                    disabled=move || {
                        text.with(|t| t.trim().is_empty()) || reader.get() == Reader::Loading
                    }
                    on:click=add
                >
                    {move || texts().paste_button}
                </button>
            </div>
            <div class="paste-report" role="status" data-testid="paste-report">
                {report_view}
            </div>
        </section>
    }
}

/// Where the paste reader is: here, being fetched, or not fetched (offline).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Here,
    Loading,
    Missing,
}
