//! Which texts each language has: [`Lang::texts`] and [`Lang::team_texts`]. The model names a
//! language (`web/lang.rs`); the texts are written per language (`en.rs`, `ru.rs`, `kk.rs`,
//! `team_*.rs`) against their shape (`texts.rs`, `team_texts.rs`); this file picks one, so
//! none of those imports another back.

use crate::web::i18n::team_texts::TeamTexts;
use crate::web::i18n::texts::Texts;
use crate::web::i18n::{en, kk, ru, team_en, team_kk, team_ru};
use crate::web::lang::Lang;

impl Lang {
    /// Every text of the interface in this language. In the split build (feature
    /// `split-langs`), Russian and Kazakh are English until [`Lang::when_ready`] has brought
    /// them: the page sets a language only once it is [`Lang::ready`], so that is never shown.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::Ru => chunks::ru().unwrap_or(&en::TEXTS),
            Lang::Kk => chunks::kk().unwrap_or(&en::TEXTS),
        }
    }

    /// Whether this language's texts are here ([`Lang::texts`] is in this language).
    #[cfg_attr(not(feature = "ui"), allow(dead_code))]
    pub fn ready(self) -> bool {
        match self {
            Lang::En => true,
            Lang::Ru => chunks::ru().is_some(),
            Lang::Kk => chunks::kk().is_some(),
        }
    }

    /// Runs `then` once this language's texts are here: at once when they are, else when
    /// their chunk of the wasm has been fetched (once), with false if it could not be
    /// (offline before it was kept; [`Lang::texts`] is then English).
    #[cfg_attr(not(feature = "ui"), allow(dead_code))]
    pub fn when_ready(self, then: impl FnOnce(bool) + 'static) {
        if self.ready() {
            then(true);
        } else {
            chunks::load(self, then);
        }
    }

    /// The view tabs' texts in this language (the tabs' label, the traveller's tab, the team's
    /// tab), read from the team texts at compile time: the traveller page, which shows the
    /// tabs, then holds these three strings and not the team view's other texts (about 14 KB
    /// of code and their words, which a reference to the whole `TeamTexts` would keep).
    pub fn view_tabs(self) -> [&'static str; 3] {
        const EN: [&str; 3] = [
            team_en::TEXTS.views,
            team_en::TEXTS.tab_traveller,
            team_en::TEXTS.tab_team,
        ];
        const RU: [&str; 3] = [
            team_ru::TEXTS.views,
            team_ru::TEXTS.tab_traveller,
            team_ru::TEXTS.tab_team,
        ];
        const KK: [&str; 3] = [
            team_kk::TEXTS.views,
            team_kk::TEXTS.tab_traveller,
            team_kk::TEXTS.tab_team,
        ];
        match self {
            Lang::En => EN,
            Lang::Ru => RU,
            Lang::Kk => KK,
        }
    }

    /// Every text of the team view in this language.
    #[cfg_attr(not(feature = "team"), allow(dead_code))]
    pub fn team_texts(self) -> &'static TeamTexts {
        match self {
            Lang::En => &team_en::TEXTS,
            Lang::Ru => &team_ru::TEXTS,
            Lang::Kk => &team_kk::TEXTS,
        }
    }
}

/// Russian and Kazakh in the same module as English: every build but the split traveller page.
#[cfg(not(all(feature = "split-langs", target_arch = "wasm32")))]
mod chunks {
    use super::{kk, ru, Lang, Texts};

    pub(super) fn ru() -> Option<&'static Texts> {
        Some(&ru::TEXTS)
    }

    pub(super) fn kk() -> Option<&'static Texts> {
        Some(&kk::TEXTS)
    }

    #[cfg_attr(not(feature = "ui"), allow(dead_code))]
    pub(super) fn load(_: Lang, then: impl FnOnce(bool)) {
        then(true);
    }
}

/// Russian and Kazakh each in a chunk of its own: the functions marked `wasm_split` are moved
/// by wasm-split-cli (`make app`) into `staycalc_bg.wasm`'s chunks, with every text, function
/// and string only they reach; calling one fetches and instantiates its chunk. What a chunk
/// gave is kept here, so [`Lang::texts`] stays a plain function.
#[cfg(all(feature = "split-langs", target_arch = "wasm32"))]
mod chunks {
    use super::{kk, ru, Lang, Texts};
    use std::sync::OnceLock;

    static RU: OnceLock<&'static Texts> = OnceLock::new();
    static KK: OnceLock<&'static Texts> = OnceLock::new();

    #[leptos::wasm_split::wasm_split(ru, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn ru_texts() -> Result<&'static Texts, leptos::wasm_split::SplitLoaderError> {
        Ok(&ru::TEXTS)
    }

    #[leptos::wasm_split::wasm_split(kk, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn kk_texts() -> Result<&'static Texts, leptos::wasm_split::SplitLoaderError> {
        Ok(&kk::TEXTS)
    }

    pub(super) fn ru() -> Option<&'static Texts> {
        RU.get().copied()
    }

    pub(super) fn kk() -> Option<&'static Texts> {
        KK.get().copied()
    }

    pub(super) fn load(lang: Lang, then: impl FnOnce(bool) + 'static) {
        wasm_bindgen_futures::spawn_local(async move {
            let (kept, loaded) = match lang {
                Lang::En => return then(true),
                Lang::Ru => (&RU, ru_texts().await),
                Lang::Kk => (&KK, kk_texts().await),
            };
            if let Ok(texts) = loaded {
                let _ = kept.set(texts);
            }
            then(lang.ready());
        });
    }
}
