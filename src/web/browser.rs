//! The browser, as the app uses it: today's date, the preferred languages, local storage,
//! the URL fragment, the clipboard, focus and printing. Every call to the outside world is
//! here, and none of them fails loudly: without storage the app still answers.

use chrono::NaiveDate;
use leptos::prelude::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Today's date in the browser's time zone: the UI's only clock, handed to the engine as the
/// default check date.
pub(crate) fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::date::MIN_DATE)
}

/// The browser's preferred languages, most preferred first.
pub(crate) fn preferred_languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    tags.extend(navigator.language());
    tags
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The value saved under `key`, if any.
pub(crate) fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves `value` under `key` (silently does nothing where storage is off or full).
pub(crate) fn store(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes what is saved under `key`.
pub(crate) fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The URL fragment without its `#`, if there is one.
pub(crate) fn fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let hash = hash.trim_start_matches('#');
    (!hash.is_empty()).then(|| hash.to_string())
}

/// The page's address without its fragment.
fn address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Replaces the URL fragment without reloading or adding to the history (none: removes it).
/// Returns the full address.
pub(crate) fn set_fragment(fragment: Option<&str>) -> String {
    let url = match fragment {
        Some(fragment) => format!("{}#{fragment}", address()),
        None => address(),
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    url
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked.
pub(crate) fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator: JsValue = window().navigator().into();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok();
    let write = clipboard.as_ref().and_then(|clipboard| {
        let write = js_sys::Reflect::get(clipboard, &"writeText".into()).ok()?;
        write.dyn_into::<js_sys::Function>().ok()
    });
    let promise = match (clipboard, write) {
        (Some(clipboard), Some(write)) => write.call1(&clipboard, &text.into()).ok(),
        _ => None,
    };
    match promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        Some(promise) => {
            // Whichever settles first reports; both closures live as long as the page (one
            // pair per click on "share").
            let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
            let settle = move |worked: bool| {
                let done = done.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                    if let Some(done) = done.take() {
                        done(worked);
                    }
                })
            };
            let (ok, failed) = (settle(true), settle(false));
            let _ = promise.then2(&ok, &failed);
            ok.forget();
            failed.forget();
        }
        None => done(false),
    }
}

/// The element with id `id`: first in the shadow root that holds the focus (an embedded
/// widget's, whose ids are its own), then in the document.
fn element_by_id(id: &str) -> Option<web_sys::Element> {
    let document = document();
    let in_widget = document
        .active_element()
        .and_then(|focused| focused.shadow_root())
        .and_then(|root| root.get_element_by_id(id));
    in_widget.or_else(|| document.get_element_by_id(id))
}

/// Moves the keyboard focus to the element with id `id`, once the page has drawn it.
pub(crate) fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = element_by_id(&id) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

/// Opens the browser's print dialog.
pub(crate) fn print() {
    let _ = window().print();
}

/// Sets `<html lang>` and the document's title.
pub(crate) fn set_language(code: &str, title: &str) {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// Where a pointer event is across its element, from 0 (left edge) to 1 (right edge).
pub(crate) fn fraction_across(event: &web_sys::PointerEvent) -> Option<f64> {
    let element = event
        .current_target()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    let rect = element.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| (f64::from(event.client_x()) - rect.left()) / rect.width())
}

/// Calls `changed` each time the URL fragment changes (a link pasted into the address bar of
/// the open page), for the life of the page.
pub(crate) fn on_fragment_change(changed: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(changed);
    let _ =
        window().add_event_listener_with_callback("hashchange", callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Calls `seen` with whether any part of the element with id `id` is on screen, now and each
/// time that changes, for the life of the page.
pub(crate) fn watch_on_screen(id: &'static str, seen: impl Fn(bool) + 'static) {
    leptos::prelude::request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(id) else {
            return;
        };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let entry = entries.iter().last();
            if let Some(entry) =
                entry.and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                seen(entry.is_intersecting());
            }
        });
        if let Ok(observer) = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref())
        {
            observer.observe(&element);
        }
        callback.forget();
    });
}
