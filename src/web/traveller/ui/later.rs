//! The parts of the page that its first answer does not need: whose trips (several people),
//! the nationalities, the passport and the visas, the toolbar (share, print, calendar, clear,
//! the stays as a file), the printed summary, the answer per zone, the chart and the list of
//! country names. The traveller page (feature `split-langs`) fetches them as a chunk of the
//! wasm of their own (`split_later.wasm`) once it is mounted, and each shows in its place when
//! the chunk has come; every other build holds them and shows them at once. DESIGN.md ("How
//! big is the traveller page?") says what that saves.
//!
//! Each part is built by one function in the chunk, through one component ([`Later`]), so the
//! main module holds none of their view types: only a marker where each belongs.

use crate::web::traveller::ui::answer_notes::{Deadlines, PaperNotes};
use crate::web::traveller::ui::chart::Chart;
use crate::web::traveller::ui::check_date::CheckDate;
use crate::web::traveller::ui::citizenship::Citizenship;
use crate::web::traveller::ui::country_names::CountryNames;
use crate::web::traveller::ui::language::LanguageSwitcher;
use crate::web::traveller::ui::notice::NoticeBanner;
use crate::web::traveller::ui::overstay::OverstayAlert;
use crate::web::traveller::ui::passport::PassportField;
use crate::web::traveller::ui::paste_box::PasteBox;
use crate::web::traveller::ui::print_summary::PrintSummary;
use crate::web::traveller::ui::rule_picker::RulePicker;
use crate::web::traveller::ui::summary_bar::SummaryBar;
use crate::web::traveller::ui::toolbar::Toolbar;
use crate::web::traveller::ui::travellers::Travellers;
use crate::web::traveller::ui::update_banner::UpdateBanner;
use crate::web::traveller::ui::visas::VisaList;
use crate::web::traveller::ui::zone_cards::ZoneCards;
use leptos::prelude::*;

/// A part of the page that [`Later`] shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// The language switch ([`LanguageSwitcher`]).
    Language,
    /// The banner offering a new version ([`UpdateBanner`]).
    UpdateBanner,
    /// What the page says of its start: a shared link, data it could not read ([`NoticeBanner`]).
    Notice,
    /// Whose trips: the people card ([`Travellers`]).
    Travellers,
    /// The rule, chosen by nationality and destination or by name ([`RulePicker`]).
    RulePicker,
    /// The check date ([`CheckDate`]).
    CheckDate,
    /// The nationalities ([`Citizenship`]).
    Citizenship,
    /// The passport's last valid day ([`PassportField`]).
    Passport,
    /// The visas and permits ([`VisaList`]).
    Visas,
    /// The box a list of stays is pasted into ([`PasteBox`]).
    PasteBox,
    /// Share, print, calendar, clear and the stays as a file ([`Toolbar`]).
    Toolbar,
    /// The list of stays only printed ([`PrintSummary`]).
    PrintSummary,
    /// The answer per zone ([`ZoneCards`]).
    ZoneCards,
    /// What to do about days over the limit ([`OverstayAlert`]).
    Overstay,
    /// The answer's notes on the passport, visas and permits ([`PaperNotes`]).
    PaperNotes,
    /// The answer's deadlines on arrival ([`Deadlines`]).
    Deadlines,
    /// The chart of the window ([`Chart`]).
    Chart,
    /// The bar keeping the answer in sight while it is scrolled away ([`SummaryBar`]).
    SummaryBar,
    /// The country names the country fields suggest ([`CountryNames`]).
    CountryNames,
}

/// The part's view: the one function the chunk hands back.
fn build(part: Part) -> AnyView {
    match part {
        Part::Language => view! { <LanguageSwitcher/> }.into_any(),
        Part::UpdateBanner => view! { <UpdateBanner/> }.into_any(),
        Part::Notice => view! { <NoticeBanner/> }.into_any(),
        Part::RulePicker => view! { <RulePicker/> }.into_any(),
        Part::CheckDate => view! { <CheckDate/> }.into_any(),
        Part::PasteBox => view! { <PasteBox/> }.into_any(),
        Part::Travellers => view! { <Travellers/> }.into_any(),
        Part::Citizenship => view! { <Citizenship/> }.into_any(),
        Part::Passport => view! { <PassportField/> }.into_any(),
        Part::Visas => view! { <VisaList/> }.into_any(),
        Part::Toolbar => view! { <Toolbar/> }.into_any(),
        Part::PrintSummary => view! { <PrintSummary/> }.into_any(),
        Part::ZoneCards => view! { <ZoneCards/> }.into_any(),
        Part::Overstay => view! { <OverstayAlert/> }.into_any(),
        Part::PaperNotes => view! { <PaperNotes/> }.into_any(),
        Part::Deadlines => view! { <Deadlines/> }.into_any(),
        Part::Chart => view! { <Chart/> }.into_any(),
        Part::SummaryBar => view! { <SummaryBar/> }.into_any(),
        Part::CountryNames => view! { <CountryNames/> }.into_any(),
    }
}

/// What builds a part: [`build`], as the chunk hands it back.
type Build = fn(Part) -> AnyView;

/// `part`, in its place: at once where the parts are in the page's module, else once their
/// chunk has been fetched (nothing until then; if it cannot be fetched, offline before the
/// page's worker kept it, the part stays away and the rest of the page works).
#[component]
pub(crate) fn Later(
    /// Which part of the page.
    part: Part,
) -> impl IntoView {
    let built = RwSignal::new(None::<Build>);
    chunk::with(move |build| {
        if build.is_some() {
            built.try_set(build);
        }
    });
    move || built.get().map(|build| build(part))
}

/// The parts in the same module as the page: every build but the split traveller page.
#[cfg(not(all(feature = "split-langs", target_arch = "wasm32")))]
mod chunk {
    use super::{build, Build};

    pub(super) fn with(then: impl FnOnce(Option<Build>)) {
        then(Some(build));
    }
}

/// The parts in a chunk of their own (`split_later.wasm`, cut out by wasm-split-cli in
/// `make app` with every function only they reach): calling the marked function the first
/// time fetches it, once for every part. What it gave is kept, so later calls run at once.
#[cfg(all(feature = "split-langs", target_arch = "wasm32"))]
mod chunk {
    use super::{build, Build};
    use std::sync::OnceLock;

    static KEPT: OnceLock<Build> = OnceLock::new();

    #[leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn parts() -> Result<Build, leptos::wasm_split::SplitLoaderError> {
        Ok(build)
    }

    pub(super) fn with(then: impl FnOnce(Option<Build>) + 'static) {
        if let Some(build) = KEPT.get() {
            return then(Some(*build));
        }
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(build) = parts().await {
                let _ = KEPT.set(build);
            }
            then(KEPT.get().copied());
        });
    }
}
