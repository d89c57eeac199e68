//! The widget's answer as the host page's JavaScript sees it: a plain object, announced with a
//! `staycalc-change` event on the widget's element.

use wasm_bindgen::JsValue;

/// The event a widget dispatches on its element whenever its answer changes.
pub(crate) const CHANGE_EVENT: &str = "staycalc-change";

/// The detail's JSON text as a JavaScript value: a plain object of strings, numbers, booleans
/// and `null` (structured-cloneable, so `postMessage` can send it). The text is the JSON
/// writer's, so it always parses.
pub(crate) fn to_js(detail: &str) -> JsValue {
    js_sys::JSON::parse(detail).unwrap_or(JsValue::NULL)
}

/// Dispatches [`CHANGE_EVENT`] on `target` with `detail`; it bubbles and crosses shadow roots
/// (`composed`), so a listener anywhere above the widget hears it.
pub(crate) fn announce(target: &web_sys::EventTarget, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
        let _ = target.dispatch_event(&event);
    }
}
