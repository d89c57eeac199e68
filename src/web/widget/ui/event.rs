//! The widget's answer as the host page's JavaScript sees it: a plain object, announced with a
//! `staycalc-change` event on the widget's element.

use crate::web::widget::Value;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

/// The event a widget dispatches on its element whenever its answer changes.
pub(crate) const CHANGE_EVENT: &str = "staycalc-change";

/// `value` as a JavaScript value: objects and arrays of strings, numbers, booleans and `null`
/// (structured-cloneable, so `postMessage` can send it).
pub(crate) fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n as f64),
        Value::Text(text) => JsValue::from_str(text),
        Value::List(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(fields) => {
            let object = Object::new();
            for (name, field) in fields {
                // Setting a property on a fresh plain object cannot fail.
                let _ = Reflect::set(&object, &JsValue::from_str(name), &to_js(field));
            }
            object.into()
        }
    }
}

/// Dispatches [`CHANGE_EVENT`] on `target` with `detail`; it bubbles and crosses shadow roots
/// (`composed`), so a listener anywhere above the widget hears it.
pub(crate) fn announce(target: &web_sys::EventTarget, detail: &Value) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
        let _ = target.dispatch_event(&event);
    }
}
