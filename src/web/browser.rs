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

/// Moves the keyboard focus to the element with id `id` as soon as the page holds it: within
/// the microtasks that follow the current event (Leptos renders a new row there), so a key
/// typed right after Enter lands in the new field, never in the one just left. Falls back to
/// the next frame if the element is still missing after a few executor ticks.
pub(crate) fn focus_soon(id: String) {
    fn focus(id: &str) -> bool {
        let Some(element) = element_by_id(id) else {
            return false;
        };
        match element.dyn_into::<web_sys::HtmlElement>() {
            Ok(element) => {
                let _ = element.focus();
                true
            }
            Err(_) => false,
        }
    }
    leptos::task::spawn_local(async move {
        for _ in 0..4 {
            leptos::task::tick().await;
            if focus(&id) {
                return;
            }
        }
        leptos::prelude::request_animation_frame(move || {
            focus(&id);
        });
    });
}

/// Whether the window is as wide as the two-column layout (960 CSS pixels, as in style.css).
pub(crate) fn is_wide() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= 960.0)
}

/// Offers `bytes` as a download named `name` of type `mime`, through a `Blob`: nothing is
/// sent anywhere. Silently does nothing where the browser refuses. The traveller page's saves
/// and the team page's exports alike.
pub(crate) fn download(bytes: &[u8], name: &str, mime: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The download has started from the URL; free it a little later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

/// Reads `file` as UTF-8 text in the browser (nothing leaves it), then calls `done` with it,
/// or with `None` when the browser cannot read it.
pub(crate) fn read_text(file: &web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    // Whichever settles first reports; both closures live as long as the page (one pair per
    // file opened).
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = move |worked: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            if let Some(done) = done.take() {
                done(value.as_string().filter(|_| worked));
            }
        })
    };
    let (ok, failed) = (settle(true), settle(false));
    let _ = file.text().then2(&ok, &failed);
    ok.forget();
    failed.forget();
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

/// Calls `happened` each time the window receives the event `name`, for the life of the page.
pub(crate) fn on_window_event(name: &str, happened: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(happened);
    let _ = window().add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Reloads the page.
pub(crate) fn reload() {
    let _ = window().location().reload();
}

/// Calls `changed` each time the URL fragment changes (a link pasted into the address bar of
/// the open page), for the life of the page.
pub(crate) fn on_fragment_change(changed: impl Fn() + 'static) {
    on_window_event("hashchange", changed);
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
