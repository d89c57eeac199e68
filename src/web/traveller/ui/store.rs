//! The app's state: signals owned by the app and handed to every component through one named
//! context, with the engine's answers derived from them in memos.

use crate::error::Error;
use crate::plan::StayVerdict;
use crate::rule::{Rule, Wording};
use crate::web::browser;
use crate::web::i18n::Texts;
use crate::web::keys::STORAGE_KEY;
use crate::web::lang::Lang;
use crate::web::traveller::{chosen_rule, outcome, CustomNumbers, Outcome, Saved, StayRows};
use crate::web::traveller::{passport_answer, Notice, PassportAnswer, People};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Every piece of state, and the answers derived from it. `Copy`: hand it around freely.
#[derive(Clone, Copy)]
pub(crate) struct Store {
    /// The stay rows as typed.
    pub rows: RwSignal<StayRows>,
    /// The chosen rule: a catalogue id or `custom`.
    pub rule_id: RwSignal<String>,
    /// The custom rule's numbers as typed.
    pub custom: RwSignal<CustomNumbers>,
    /// The nationality chosen to suggest a rule, or empty.
    pub nationality: RwSignal<String>,
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// A check date other than today, if one was set.
    pub on: RwSignal<Option<NaiveDate>>,
    /// The passport's last valid day, if given.
    pub passport: RwSignal<Option<NaiveDate>>,
    /// The notices to show, in order (none: no banner).
    pub notice: RwSignal<Vec<Notice>>,
    /// Whether a shared link is shown: it is not saved as one's own data unless the traveller
    /// chooses so, and one's own stays saved as it was.
    pub shared: RwSignal<bool>,
    /// The people whose trips this browser keeps (the traveller page fills it; empty elsewhere).
    pub people: RwSignal<People>,
    /// Today, read once from the browser when the app starts.
    pub today: NaiveDate,
    /// The chosen rule, or why it cannot be used.
    pub rule: Memo<Result<Rule, Error>>,
    /// The check date: the one set, or today.
    pub check_date: Memo<NaiveDate>,
    /// The engine's answer for the rows, rule and check date.
    pub outcome: Memo<Outcome>,
    /// What the passport changes in the answer, when one is given and there is an answer.
    pub papers: Memo<Option<PassportAnswer>>,
}

impl Store {
    /// A store holding `saved`, in language `lang`, with `today` as the default check date.
    pub fn new(saved: Saved, lang: Lang, today: NaiveDate) -> Store {
        let rows = RwSignal::new(saved.rows);
        let rule_id = RwSignal::new(saved.rule);
        let custom = RwSignal::new(saved.custom);
        let on = RwSignal::new(saved.on);
        let rule = Memo::new(move |_| rule_id.with(|id| custom.with(|c| chosen_rule(id, c))));
        let check_date = Memo::new(move |_| on.get().unwrap_or(today));
        let outcome = Memo::new(move |_| {
            let on = check_date.get();
            rule.with(|rule| match rule {
                Ok(rule) => rows.with(|rows| outcome(rule, rows, on)),
                Err(error) => Outcome {
                    skipped: Vec::new(),
                    answer: Err(error.clone()),
                },
            })
        });
        let passport = RwSignal::new(saved.passport);
        let papers = Memo::new(move |_| {
            let expiry = passport.get()?;
            rule.with(|rule| {
                let rule = rule.as_ref().ok()?;
                outcome.with(|o| {
                    o.answer
                        .as_ref()
                        .ok()
                        .map(|answer| passport_answer(rule, answer, expiry))
                })
            })
        });
        Store {
            rows,
            rule_id,
            custom,
            nationality: RwSignal::new(saved.nationality),
            lang: RwSignal::new(lang),
            on,
            notice: RwSignal::new(Vec::new()),
            shared: RwSignal::new(false),
            people: RwSignal::new(People::default()),
            today,
            rule,
            check_date,
            outcome,
            passport,
            papers,
        }
    }

    /// Everything to save, as it is now (tracked: an effect reading it reruns on any change).
    pub fn saved(&self) -> Saved {
        Saved {
            rule: self.rule_id.get(),
            custom: self.custom.get(),
            nationality: self.nationality.get(),
            lang: Some(self.lang.get()),
            on: self.on.get(),
            passport: self.passport.get(),
            rows: self.rows.get(),
        }
    }

    /// Everything to save, as it is now, untracked.
    pub fn saved_untracked(&self) -> Saved {
        Saved {
            rule: self.rule_id.get_untracked(),
            custom: self.custom.get_untracked(),
            nationality: self.nationality.get_untracked(),
            lang: Some(self.lang.get_untracked()),
            on: self.on.get_untracked(),
            passport: self.passport.get_untracked(),
            rows: self.rows.get_untracked(),
        }
    }

    /// Replaces the state with `saved` (the language stays as it is unless `saved` has one).
    pub fn load(&self, saved: Saved) {
        self.rows.set(saved.rows);
        self.rule_id.set(saved.rule);
        self.custom.set(saved.custom);
        self.nationality.set(saved.nationality);
        self.on.set(saved.on);
        self.passport.set(saved.passport);
        if let Some(lang) = saved.lang {
            self.lang.set(lang);
        }
    }

    /// The texts of the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// The texts of the current language, untracked (in event handlers).
    pub fn texts_untracked(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
    }

    /// The name of the person whose trips are shown, or "me" in the current language (tracked).
    pub fn person(&self) -> String {
        let me = self.texts().me;
        self.people.with(|p| {
            if p.current.is_empty() {
                me.to_string()
            } else {
                p.current.clone()
            }
        })
    }

    /// A date in the current language's format (tracked).
    pub fn date(&self, date: NaiveDate) -> String {
        (self.texts().date)(date)
    }

    /// A rule's name, who it applies to, consequences and notes in the current language
    /// (tracked).
    pub fn words(&self, rule: &Rule) -> Wording {
        rule.wording(self.lang.get().code())
    }

    /// The chosen rule's name in the current language, `None` while the rule is not valid
    /// (tracked).
    pub fn rule_name(&self) -> Option<String> {
        self.rule.with(|rule| {
            rule.as_ref()
                .ok()
                .map(|rule| self.words(rule).name.to_string())
        })
    }

    /// The verdict on each counted stay, in list order; none without an answer (tracked).
    pub fn verdicts(&self) -> Vec<StayVerdict> {
        self.outcome.with(|o| {
            o.answer
                .as_ref()
                .map(|a| a.verdicts.clone())
                .unwrap_or_default()
        })
    }
}

/// The store provided by the app.
pub(crate) fn use_store() -> Store {
    expect_context::<Store>()
}

/// One's own saved state, as stored in the browser (not a shared link's).
pub(crate) fn own_state() -> Option<Saved> {
    let stored = browser::stored(STORAGE_KEY)?;
    Saved::read(&stored).ok().map(|(own, _)| own)
}
