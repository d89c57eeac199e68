//! The stays as a file: saved as JSON or CSV, and opened back from either.

use crate::catalogue::rule;
use crate::web::browser;
use crate::web::traveller::readers::Readers;
use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::{stays_csv, stays_json, with_readers};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The stays of a JSON file as `(entry, exit, country)` texts, and its rule.
type JsonBackup = (Vec<(String, String, String)>, Option<String>);

/// A JSON file saved by [`stays_json`]: its stays' `(entry, exit, country)` texts and its rule, read by
/// the browser's own JSON parser; `None` for other JSON.
fn json_backup(text: &str) -> Option<JsonBackup> {
    let value = js_sys::JSON::parse(text).ok()?;
    let field = |object: &JsValue, name: &str| js_sys::Reflect::get(object, &name.into()).ok();
    let stays = field(&value, "stays").filter(js_sys::Array::is_array)?;
    let pairs: Vec<(String, String, String)> = js_sys::Array::from(&stays)
        .iter()
        .map(|stay| {
            let text = |name| {
                field(&stay, name)
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            (text("entry"), text("exit"), text("country"))
        })
        .collect();
    let rule = field(&value, "rule").and_then(|rule| rule.as_string());
    Some((pairs, rule))
}

/// What opening a file did: stays added and the rows refused, or that it could not be read.
#[derive(Clone)]
enum Opened {
    Read {
        added: usize,
        refused: Vec<String>,
    },
    Unreadable,
    /// The readers are being fetched.
    Loading,
    /// The readers could not be fetched: nothing was added.
    NoReader,
}

/// Buttons that save the stays as JSON or CSV and one that opens such a file (or any CSV with
/// entry and exit columns) and adds its stays; what was added and refused is said below.
#[component]
pub(crate) fn BackupTools() -> impl IntoView {
    let store = use_store();
    let texts = move || store.texts();
    let opened = RwSignal::new(None::<Opened>);
    let save = move |json: bool| {
        let person = untrack(|| store.person());
        let rule = store.rule_id.get_untracked();
        store.rows.with_untracked(|rows| {
            if json {
                let text = stays_json(rows, &person, &rule);
                browser::download(text.as_bytes(), "staycalc-stays.json", "application/json");
            } else {
                let text = stays_csv(rows, &person, &rule);
                browser::download(text.as_bytes(), "staycalc-stays.csv", "text/csv");
            }
        });
    };
    let add = move |readers: &Readers, text: &str| {
        let (file, chosen) = if text.trim_start().starts_with('{') {
            match json_backup(text) {
                Some((pairs, rule)) => ((readers.open_pairs)(&pairs), rule),
                None => {
                    opened.set(Some(Opened::Unreadable));
                    return;
                }
            }
        } else {
            ((readers.open_csv)(text), None)
        };
        if let Some(id) = chosen.filter(|id| rule(id).is_ok()) {
            store.rule_id.set(id);
        }
        let mut added = 0;
        if !file.stays.is_empty() {
            let stays = file
                .stays
                .iter()
                .copied()
                .zip(file.countries.iter().copied());
            store.rows.update(|rows| added = rows.append(stays));
        }
        let texts = store.texts_untracked();
        let refused = file
            .refused
            .iter()
            .map(|(line, error)| format!("{}: {}", (texts.line)(*line), (texts.error)(error)))
            .collect();
        opened.set(Some(Opened::Read { added, refused }));
    };
    let read = move |text: Option<String>| {
        let Some(text) = text else {
            opened.set(Some(Opened::Unreadable));
            return;
        };
        // The file readers are a chunk of the page fetched when first wanted.
        opened.set(Some(Opened::Loading));
        with_readers(move |readers| {
            let Some(readers) = readers else {
                opened.set(Some(Opened::NoReader));
                return;
            };
            add(readers, &text);
        });
    };
    let open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|files| files.get(0));
        // Lets the same file be opened again.
        input.set_value("");
        if let Some(file) = file {
            browser::read_text(&file, read);
        }
    };
    let report = move || {
        let texts = texts();
        opened.get().map(|opened| match opened {
            Opened::Unreadable => {
                view! { <p class="problem">{texts.file_unreadable}</p> }.into_any()
            }
            Opened::Loading => view! { <p>{texts.reader_loading}</p> }.into_any(),
            Opened::NoReader => {
                view! { <p class="problem">{texts.reader_unavailable}</p> }.into_any()
            }
            Opened::Read { added, refused } => view! {
                <p>{(texts.pasted)(added)}</p>
                <ul class="rejected">
                    {refused.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
    };
    view! {
        <div class="backup">
            <p class="hint">{move || texts().backup_hint}</p>
            <div class="buttons">
                <button type="button" class="secondary" data-testid="save-json" on:click=move |_| save(true)>
                    {move || texts().save_json}
                </button>
                <button type="button" class="secondary" data-testid="save-csv" on:click=move |_| save(false)>
                    {move || texts().save_csv}
                </button>
                <label class="file-button">
                    <input
                        type="file"
                        class="visually-hidden"
                        data-testid="open-file"
                        accept=".json,.csv,.txt,application/json,text/csv"
                        on:change=open
                    />
                    <span>{move || texts().open_file}</span>
                </label>
            </div>
            <div class="paste-report" role="status" data-testid="open-report">{report}</div>
        </div>
    }
}
