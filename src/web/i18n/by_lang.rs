//! Which texts each language has: [`Lang::texts`] and [`Lang::team_texts`]. The model names a
//! language (`web/lang.rs`); the texts are written per language (`en.rs`, `ru.rs`, `kk.rs`,
//! `team_*.rs`) against their shape (`texts.rs`, `team_texts.rs`); this file picks one, so
//! none of those imports another back.

use crate::web::i18n::team_texts::TeamTexts;
use crate::web::i18n::texts::Texts;
use crate::web::i18n::{en, kk, ru, team_en, team_kk, team_ru};
use crate::web::lang::Lang;

impl Lang {
    /// Every text of the interface in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::Ru => &ru::TEXTS,
            Lang::Kk => &kk::TEXTS,
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
