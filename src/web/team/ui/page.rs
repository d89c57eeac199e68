//! The team page: owns the stores, restores and keeps what was typed (`persist`), keeps the
//! language for both views, checks again when a setting changes, and lays out the page.

use crate::web::browser;
use crate::web::keys::STORAGE_KEY;
use crate::web::lang::Lang;
use crate::web::team::ui::actions::TeamActions;
use crate::web::team::ui::filters::TeamFilters;
use crate::web::team::ui::groups::TeamGroups;
use crate::web::team::ui::input::TeamInput;
use crate::web::team::ui::notices::TeamNotices;
use crate::web::team::ui::pager::TeamPager;
use crate::web::team::ui::persist;
use crate::web::team::ui::person::PersonPanel;
use crate::web::team::ui::problems::TeamProblems;
use crate::web::team::ui::progress::TeamProgress;
use crate::web::team::ui::runner;
use crate::web::team::ui::settings::TeamSettingsForm;
use crate::web::team::ui::store::TeamStore;
use crate::web::team::ui::summary::TeamSummary;
use crate::web::team::ui::table::TeamTable;
use crate::web::traveller::ui::store::{remember_language, Store};
use crate::web::traveller::ui::view_tabs::{PageTop, View};
use crate::web::traveller::Saved;
use leptos::prelude::*;

/// The language saved by either view, if any.
fn saved_language() -> Option<Lang> {
    let stored = browser::stored(STORAGE_KEY)?;
    Saved::decode(&stored).ok()?.lang
}

/// The whole team page.
#[component]
pub(crate) fn TeamPage() -> impl IntoView {
    let lang =
        saved_language().unwrap_or_else(|| Lang::from_browser(&browser::preferred_languages()));
    let today = browser::today();
    // The traveller store of this page only serves the components it shares (the language
    // switcher, the tabs); each person opened gets a store of their own.
    let store = Store::new(Saved::default(), lang, today);
    provide_context(store);
    let team = TeamStore::new(store.lang, today);
    provide_context(team);
    persist::restore(team);
    persist::keep(team);

    Effect::new(move |previous: Option<Lang>| {
        let chosen = store.chosen.get();
        if previous.is_some_and(|previous| previous != chosen) {
            remember_language(chosen);
        }
        chosen
    });
    Effect::new(move |_| {
        let lang = store.lang.get();
        browser::set_language(lang.code(), lang.team_texts().title);
    });
    Effect::new(move |previous: Option<()>| {
        team.rule_id.track();
        team.check_date.track();
        team.threshold.track();
        if previous.is_some() {
            runner::start(team);
        }
    });

    let texts = move || team.team_texts();
    view! {
        <PageTop
            current=View::Team
            title=Signal::derive(move || texts().title)
            tagline=Signal::derive(move || texts().tagline)
        />
        <TeamNotices/>
        <main class="team-layout">
            <div class="team-inputs">
                <TeamInput/>
                <TeamSettingsForm/>
            </div>
            <TeamProgress/>
            <TeamSummary/>
            <TeamGroups/>
            <TeamProblems/>
            <section class="card team-results" aria-labelledby="team-table-heading">
                <div class="results-head">
                    <h2 id="team-table-heading">{move || texts().tab_team}</h2>
                    <TeamActions/>
                </div>
                <TeamFilters/>
                {move || team.selected.get().map(|index| view! { <PersonPanel index=index/> })}
                <TeamTable/>
                <TeamPager/>
            </section>
        </main>
        <footer class="bottom">
            <p>{move || team.texts().disclaimer}</p>
        </footer>
    }
}
