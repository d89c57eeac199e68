//! What a widget says about the data it saved under its `persist` key: that part of it, or
//! all of it, could not be read, and that it is left as it is until something is changed
//! (the notices of the traveller's start from storage alone). The widget shows nothing of the
//! app's other notices (it reads no link).

use crate::web::traveller::ui::store::use_store;
use crate::web::traveller::Notice;
use leptos::prelude::*;

/// The widget's notice about its saved data, from the store's notices; none: nothing shown.
#[component]
pub(crate) fn WidgetNotice() -> impl IntoView {
    let store = use_store();
    move || {
        let texts = store.texts();
        let said = store.notice.with(|notices| {
            notices.iter().find_map(|notice| match notice {
                Notice::SavedLeftOut(dropped) => {
                    Some((notice.kind(), (texts.widget_saved_left_out)(dropped)))
                }
                Notice::SavedUnreadable | Notice::Newer => {
                    Some((notice.kind(), texts.widget_saved_unreadable.to_string()))
                }
                _ => None,
            })
        });
        said.map(|(kind, said)| {
            view! {
                <p class="widget-notice" role="status" data-testid="widget-notice" data-notice=kind>
                    {said}
                </p>
            }
        })
    }
}
