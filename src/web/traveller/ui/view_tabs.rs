//! The top of both pages: the switch between the traveller view and the team view, the
//! page's title, the language switch and the banner offering a new version.

use crate::web::traveller::ui::later::{Later, Part};
use crate::web::traveller::ui::store::use_store;
use leptos::prelude::*;

/// A view of the web app, each a page of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum View {
    /// One traveller's stays (`index.html`).
    Traveller,
    /// A team's stays from a spreadsheet (`team.html`).
    Team,
}

/// Two links styled as tabs, the current one marked for screen readers. Each view is a page:
/// the team's data never sits in the traveller's page, and the traveller's saved stays are
/// untouched by the team's.
#[component]
pub(crate) fn ViewTabs(
    /// The view this page is.
    current: View,
) -> impl IntoView {
    let store = use_store();
    // Only the tabs' words: the whole team texts would bring the team view's into this page.
    let texts = move || store.lang.get().view_tabs();
    let tab = move |view: View, href: &'static str, id: &'static str| {
        let current = (view == current).then_some("page");
        view! {
            <a class="view-tab" href=href data-testid=id aria-current=current>
                {move || match view {
                    View::Traveller => texts()[1],
                    View::Team => texts()[2],
                }}
            </a>
        }
    };
    view! {
        <nav class="view-tabs" aria-label=move || texts()[0]>
            {tab(View::Traveller, "./", "traveller-tab")}
            {tab(View::Team, "team.html", "team-tab")}
        </nav>
    }
}

/// The top of a page: the view tabs, the page's title and tagline beside the language switch,
/// and the banner offering a new version.
#[component]
pub(crate) fn PageTop(
    /// The view this page is.
    current: View,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(into)] tagline: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <ViewTabs current=current/>
        <header class="top">
            <div class="top-text">
                <h1>{title}</h1>
                <p class="tagline">{tagline}</p>
            </div>
            <Later part=Part::Language/>
        </header>
        <Later part=Part::UpdateBanner/>
    }
}
