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
