//! The readers of what a traveller brings in: the paste reader ([`paste`]) and the stays
//! files ([`open_csv`], [`open_pairs`]). Only a paste or an opened file needs them, so the
//! traveller page (feature `split-langs`) fetches them as a chunk of their own the first time
//! one is wanted ([`with_readers`]); every other build holds them. DESIGN.md ("How big is the
//! traveller page?") says what that saves.

use crate::web::traveller::backup::{open_csv, open_pairs, Opened};
use crate::web::traveller::paste::{paste, PasteReport};
use crate::web::traveller::StayRows;

/// The readers, as one table of functions: what the chunk hands back.
pub(crate) struct Readers {
    /// Appends the stays of a pasted text to the rows ([`paste`]).
    pub paste: fn(&mut StayRows, &str) -> PasteReport,
    /// The stays of a CSV file ([`open_csv`]).
    pub open_csv: fn(&str) -> Opened,
    /// The stays of a JSON file's `(entry, exit, country)` texts ([`open_pairs`]).
    pub open_pairs: fn(&[(String, String, String)]) -> Opened,
}

static READERS: Readers = Readers {
    paste,
    open_csv,
    open_pairs,
};

/// Runs `then` with the readers: at once when they are here, else once their chunk of the
/// wasm has been fetched; with `None` when it could not be (offline before the page's worker
/// kept it), so that the caller says so rather than reads nothing.
pub(crate) fn with_readers(then: impl FnOnce(Option<&'static Readers>) + 'static) {
    chunk::with(then);
}

/// The readers in the same module as the page: every build but the split traveller page.
#[cfg(not(all(feature = "split-langs", target_arch = "wasm32")))]
mod chunk {
    use super::{Readers, READERS};

    pub(super) fn with(then: impl FnOnce(Option<&'static Readers>)) {
        then(Some(&READERS));
    }
}

/// The readers in a chunk of their own (`split_readers.wasm`, cut out by wasm-split-cli in
/// `make app` with every function and table only they reach): calling the marked function the
/// first time fetches it. What it gave is kept, so later calls run at once.
#[cfg(all(feature = "split-langs", target_arch = "wasm32"))]
mod chunk {
    use super::{Readers, READERS};
    use std::sync::OnceLock;

    static KEPT: OnceLock<&'static Readers> = OnceLock::new();

    #[leptos::wasm_split::wasm_split(readers, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn readers() -> Result<&'static Readers, leptos::wasm_split::SplitLoaderError> {
        Ok(&READERS)
    }

    pub(super) fn with(then: impl FnOnce(Option<&'static Readers>) + 'static) {
        if let Some(readers) = KEPT.get() {
            return then(Some(readers));
        }
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(readers) = readers().await {
                let _ = KEPT.set(readers);
            }
            then(KEPT.get().copied());
        });
    }
}
