//! The embeddable widget: `www/widget/stay-calculator.js` defines `<stay-calculator>` and calls
//! [`mount_widget`] (`mountWidget`) with an element inside the custom element's shadow root
//! and the element's attributes. The widget is the app's components in their own layout
//! ([`Widget`]), with a store of its own: several widgets on a page share the wasm module and
//! nothing else.
//!
//! Unlike the app, a widget never touches the host page: it reads no URL and sets no title or
//! `<html lang>`; it reads and writes local storage only under its `persist` key; it tells the
//! host its answer with a `staycalc-change` event on its element.
//!
//! Like the app, a widget never saves over data it could not read in full before the user
//! changes something, and says what it could not read
//! ([`WidgetNotice`](crate::web::widget::ui::notice::WidgetNotice)).

mod event;
mod layout;
mod notice;

use crate::deadlines::Deadline;
use crate::documents::{Documents, Passport};
use crate::web::browser;
use crate::web::lang::Lang;
use crate::web::traveller::read_permits;
use crate::web::traveller::ui::store::Store;
use crate::web::traveller::Start;
use crate::web::widget::ui::event::{announce, to_js};
use crate::web::widget::ui::layout::Widget;
use crate::web::widget::{change_detail, WidgetSettings, ATTRIBUTES};
use leptos::prelude::*;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The signals a handle changes, made while the widget mounts.
#[derive(Clone, Copy)]
struct Parts {
    store: Store,
    compact: RwSignal<bool>,
    storage_key: RwSignal<Option<String>>,
    /// Whether the next save is skipped: what is stored could not be read in full, and is
    /// left as it is until the user changes something.
    hold: StoredValue<bool>,
    detail: Memo<String>,
}

/// A mounted widget, as its element holds it: `set` applies a changed attribute, `answer`
/// returns the current answer, `unmount` removes the widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    settings: WidgetSettings,
    parts: Option<Parts>,
    /// Leptos's unmount handle: dropping it removes the view and disposes its signals.
    mounted: Box<dyn Any>,
}

/// The language to use: the host's choice, else the browser's.
fn language(chosen: Option<Lang>) -> Lang {
    chosen.unwrap_or_else(|| Lang::from_browser(&browser::preferred_languages()))
}

/// What the events go to: the custom element whose shadow root holds `container`, or the
/// container itself outside a shadow root.
fn event_target(container: &web_sys::HtmlElement) -> web_sys::EventTarget {
    match container.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(root) => root.host().into(),
        Err(_) => container.clone().into(),
    }
}

/// Mounts a widget into `container` with the host's `attributes` (an object of the attributes
/// `rule`, `lang`, `on`, `compact`, `persist`, `nationality`, each a string, or absent or `null`).
///
/// An unknown rule, language or unreadable date is not an error: the widget says the rule is
/// unknown, uses the browser's language, or counts on today.
///
/// # Errors
///
/// When the widget's code is not here: in the traveller page's build it is a chunk of the wasm
/// of its own, which [`load_widget`] (`loadWidget`) brings and must have brought first.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    container: web_sys::HtmlElement,
    attributes: JsValue,
) -> Result<WidgetHandle, JsError> {
    console_error_panic_hook::set_once();
    let mount = chunk::kept()
        .ok_or_else(|| JsError::new("the widget's code is not loaded: await loadWidget() first"))?;
    Ok(mount(container, attributes))
}

/// Brings the widget's code (in the traveller page's build, `split_widget.wasm`: the page
/// itself never needs it): a promise of whether it is here, for
/// `www/widget/stay-calculator.js` to await before [`mount_widget`].
#[wasm_bindgen(js_name = loadWidget)]
pub fn load_widget() -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        chunk::load(move |here| {
            let _ = resolve.call1(&JsValue::NULL, &here.into());
        });
    })
}

/// What mounts a widget: [`mount`], as the chunk hands it back.
type Mount = fn(web_sys::HtmlElement, JsValue) -> WidgetHandle;

/// The widget's code in the same module as the rest: every build but the split traveller page.
#[cfg(not(all(feature = "split-langs", target_arch = "wasm32")))]
mod chunk {
    use super::{mount, Mount};

    pub(super) fn kept() -> Option<Mount> {
        Some(mount)
    }

    pub(super) fn load(then: impl FnOnce(bool)) {
        then(true);
    }
}

/// The widget's code in a chunk of its own (`split_widget.wasm`, cut out by wasm-split-cli in
/// `make app` with every function only it reaches), fetched by [`load_widget`](super::load_widget);
/// what it gave is kept for [`mount_widget`](super::mount_widget).
#[cfg(all(feature = "split-langs", target_arch = "wasm32"))]
mod chunk {
    use super::{mount, Mount};
    use std::sync::OnceLock;

    static KEPT: OnceLock<Mount> = OnceLock::new();

    #[leptos::wasm_split::wasm_split(widget, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn widget() -> Result<Mount, leptos::wasm_split::SplitLoaderError> {
        Ok(mount)
    }

    pub(super) fn kept() -> Option<Mount> {
        KEPT.get().copied()
    }

    pub(super) fn load(then: impl FnOnce(bool) + 'static) {
        if KEPT.get().is_some() {
            return then(true);
        }
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(mount) = widget().await {
                let _ = KEPT.set(mount);
            }
            then(KEPT.get().is_some());
        });
    }
}

/// Mounts a widget ([`mount_widget`]), once its code is here.
fn mount(container: web_sys::HtmlElement, attributes: JsValue) -> WidgetHandle {
    let mut settings = WidgetSettings::default();
    for name in ATTRIBUTES {
        let value = js_sys::Reflect::get(&attributes, &JsValue::from_str(name)).ok();
        settings.set(name, value.and_then(|v| v.as_string()).as_deref());
    }
    let key = settings.storage_key();
    let stored = key.as_deref().and_then(browser::stored);
    let Start {
        saved,
        notices,
        hold,
        ..
    } = settings.starting_state(stored.as_deref());
    let lang = language(saved.lang);
    let compact = settings.compact;
    let target = event_target(&container);

    let slot = Rc::new(Cell::new(None));
    let made = Rc::clone(&slot);
    let mounted = leptos::mount::mount_to(container, move || {
        let store = Store::new(saved, lang, browser::today());
        store.notice.set(notices);
        provide_context(store);
        let compact = RwSignal::new(compact);
        let storage_key = RwSignal::new(key);
        let hold = StoredValue::new(hold);
        let detail = Memo::new(move |_| {
            let on = store.check_date.get();
            let papers = Documents {
                passport: store.passport.get().map(|expiry| Passport {
                    expiry,
                    issued: None,
                }),
                visas: store.visas_read.with(|(visas, _)| visas.clone()),
                permits: store.permits.with(|rows| read_permits(rows).0),
            };
            let deadlines: Vec<Deadline> = store.deadlines.with(|list| {
                list.iter()
                    .filter_map(|d| d.deadline.as_ref().ok().cloned())
                    .collect()
            });
            let by_zone = store.rows.with(|rows| rows.has_countries());
            store.rule_id.with(|id| {
                store.rule.with(|rule| {
                    store
                        .outcome
                        .with(|o| change_detail(id, rule, on, o, &papers, by_zone, &deadlines))
                })
            })
        });
        Effect::new(move |_| detail.with(|detail| announce(&target, detail)));
        Effect::new(move |_| {
            let Some(key) = storage_key.get() else { return };
            let text = store.saved().encode(true);
            if hold.get_value() {
                hold.set_value(false);
                return;
            }
            browser::store(&key, &text);
        });
        made.set(Some(Parts {
            store,
            compact,
            storage_key,
            hold,
            detail,
        }));
        view! { <Widget compact=compact/> }
    });
    WidgetHandle {
        settings,
        parts: slot.take(),
        mounted: Box::new(mounted),
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Applies attribute `name`'s new `value` (`null`: removed). Attributes the widget does
    /// not read (`theme` is styling only) are ignored.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        let Some(parts) = self.parts else { return };
        if !self.settings.set(name, value.as_deref()) {
            return;
        }
        let settings = &self.settings;
        let store = parts.store;
        match name {
            "rule" => {
                if let Some(rule) = &settings.rule {
                    store.rule_id.set(rule.clone());
                }
            }
            "lang" => store.choose_language(language(settings.lang)),
            "on" => store.on.set(settings.on),
            "compact" => parts.compact.set(settings.compact),
            "nationality" => store
                .nationalities
                .set(settings.nationality.clone().unwrap_or_default()),
            _ => {
                // `persist`: the data saved under the new key, if any, comes in; from now on
                // the widget saves there (what could not be read in full only once the user
                // changes something).
                let key = settings.storage_key();
                let stored = key.as_deref().and_then(browser::stored);
                let start = settings.starting_state(stored.as_deref());
                if stored.is_some() {
                    store.load(start.saved);
                }
                parts.hold.set_value(start.hold);
                store.notice.set(start.notices);
                parts.storage_key.set(key);
            }
        }
    }

    /// The current answer, as the last `staycalc-change` event's `detail` had it.
    pub fn answer(&self) -> JsValue {
        self.parts
            .and_then(|parts| parts.detail.try_with_untracked(|detail| to_js(detail)))
            .unwrap_or(JsValue::NULL)
    }

    /// Removes the widget from its element and frees what it holds; the handle is gone after.
    pub fn unmount(self) {
        drop(self.mounted);
    }
}
