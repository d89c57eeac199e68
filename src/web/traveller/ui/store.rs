//! The app's state: signals owned by the app and handed to every component through one named
//! context, with the engine's answers derived from them in memos.

use crate::error::Error;
use crate::plan::StayVerdict;
use crate::rule::{Rule, Wording};
use crate::web::browser;
use crate::web::i18n::Texts;
use crate::web::keys::STORAGE_KEY;
use crate::web::lang::Lang;
use crate::web::traveller::{arrival_deadlines, ArrivalDeadline, People, Shown};
use crate::web::traveller::{
    choices, citizenship, days_elsewhere, outcome_knowing, outcome_of, part_shown, row_country,
    zone_rule, zones,
};
use crate::web::traveller::{chosen_rule, CustomNumbers, Outcome, Saved, StayRows};
use crate::web::traveller::{papers_answer, read_permits, read_visas, Notice, PassportAnswer};
use crate::web::traveller::{VisaInputError, VisaRow};
use crate::zones::{zone_of_rule, Country, TripsAnswer};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::cell::Cell;

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
    /// The traveller's nationalities as typed (codes or names; empty ones ignored).
    pub nationalities: RwSignal<Vec<String>>,
    /// The interface language: the one shown, whose texts are here.
    pub lang: RwSignal<Lang>,
    /// The language chosen, saved at once: `lang` becomes it once its texts are here
    /// ([`Store::choose_language`]), so a reload before then still opens in it.
    pub chosen: RwSignal<Lang>,
    /// A check date other than today, if one was set.
    pub on: RwSignal<Option<NaiveDate>>,
    /// The passport's last valid day, if given.
    pub passport: RwSignal<Option<NaiveDate>>,
    /// The short-stay visas as typed.
    pub visas: RwSignal<Vec<VisaRow>>,
    /// The visas that can be checked, and why the others cannot.
    pub visas_read: Memo<(Vec<crate::documents::Visa>, Vec<VisaInputError>)>,
    /// The residence permits and long-stay visas as typed.
    pub permits: RwSignal<Vec<VisaRow>>,
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
    /// The traveller's nationalities (those typed, else the rule picker's), or why not.
    pub citizens: Memo<Result<Vec<&'static Country>, Error>>,
    /// The answer per zone: `None` until a stay has a country and a nationality is known.
    pub zones: Memo<Option<Result<TripsAnswer, Error>>>,
    /// The zone the traveller picked for the detailed answer and the chart, if any.
    pub picked: RwSignal<Option<Shown>>,
    /// What the detailed answer and the chart show; `None` when no zone is under a rule.
    pub shown: Memo<Option<Shown>>,
    /// The rule of the detailed answer: the chosen one, or the shown zone's.
    pub answer_rule: Memo<Result<Rule, Error>>,
    /// The check date: the one set, or today.
    pub check_date: Memo<NaiveDate>,
    /// The engine's answer for the rows, rule and check date.
    pub outcome: Memo<Outcome>,
    /// What the passport and the visas change in the answer, when any is given and there is
    /// an answer.
    pub papers: Memo<Option<PassportAnswer>>,
    /// The deadlines the catalogue sets from the stays (under a Kazakhstan rule), in order.
    pub deadlines: Memo<Vec<ArrivalDeadline>>,
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
        let nationality = RwSignal::new(saved.nationality);
        let nationalities = RwSignal::new(saved.nationalities);
        let citizens = Memo::new(move |_| {
            nationalities.with(|typed| nationality.with(|picker| citizenship(typed, picker)))
        });
        let has_countries = Memo::new(move |_| rows.with(StayRows::has_countries));
        let permits = RwSignal::new(saved.permits);
        let permits_read = Memo::new(move |_| permits.with(|rows| read_permits(rows)));
        let passport = RwSignal::new(saved.passport);
        let visas = RwSignal::new(saved.visas);
        let visas_read = Memo::new(move |_| visas.with(|rows| read_visas(rows)));
        // The papers the answer per zone takes: the passport and visas (checked in the
        // Schengen area), and the permits that name their state (only their days there are
        // left out; one naming none counts no day off, and the card says so).
        let zone_papers = Memo::new(move |_| crate::documents::Documents {
            passport: passport.get().map(|expiry| crate::documents::Passport {
                expiry,
                issued: None,
            }),
            visas: visas_read.with(|(visas, _)| visas.clone()),
            permits: permits_read.with(|(permits, _)| {
                permits
                    .iter()
                    .filter(|p| p.country.is_some())
                    .copied()
                    .collect()
            }),
        });
        let zones = Memo::new(move |_| {
            if !has_countries.get() {
                return None;
            }
            let citizens = citizens.get().ok().filter(|c| !c.is_empty())?;
            let on = check_date.get();
            Some(rule.with(|chosen| {
                rows.with(|rows| {
                    zone_papers
                        .with(|papers| zones(rows, chosen.as_ref().ok(), &citizens, on, papers))
                })
            }))
        });
        let picked = RwSignal::new(None::<Shown>);
        let shown = Memo::new(move |_| {
            zones.with(|zones| match zones {
                Some(Ok(answer)) => {
                    let options = rule.with(|chosen| {
                        rows.with(|rows| choices(answer, chosen.as_ref().ok(), rows))
                    });
                    picked
                        .get()
                        .filter(|p| options.contains(p))
                        .or_else(|| options.first().copied())
                }
                _ => Some(Shown::Chosen),
            })
        });
        let answer_rule = Memo::new(move |_| match shown.get() {
            Some(Shown::Zone(zone)) => zones.with(|zones| match zones {
                Some(Ok(answer)) => {
                    zone_rule(answer, zone)
                        .cloned()
                        .ok_or_else(|| Error::UnknownRule {
                            id: zone.id().into_owned(),
                        })
                }
                _ => rule.get(),
            }),
            _ => rule.get(),
        });
        // The permits whose days the rule leaves out: under the rules with documents'
        // conditions (the Schengen rule's, Borders Code Art. 6(2)); none under the others.
        let permits_of = move |rule: &Rule| {
            permits_read.with(|(permits, _)| {
                if crate::documents::passport_conditions_apply(rule) {
                    permits.clone()
                } else {
                    Vec::new()
                }
            })
        };
        // Without countries on the stays, a permit's state is not compared with any: every
        // day of its dates is left out, as `staycalc check --rule schengen --permit` does.
        let permits_of_all = move |rule: &Rule| {
            permits_of(rule)
                .into_iter()
                .map(|p| crate::documents::Permit { country: None, ..p })
                .collect::<Vec<_>>()
        };
        let outcome = Memo::new(move |_| {
            let on = check_date.get();
            if !has_countries.get() {
                return rule.with(|rule| match rule {
                    Ok(rule) => rows.with(|rows| {
                        outcome_of(rule, rows, on, &permits_of_all(rule), |_, _, s| Ok(Some(s)))
                    }),
                    Err(error) => Outcome {
                        skipped: Vec::new(),
                        answer: Err(error.clone()),
                    },
                });
            }
            let by_zone = zones.with(|z| matches!(z, Some(Ok(_))));
            let shown = shown.get();
            rule.with(|chosen| {
                let chosen = chosen.as_ref().ok();
                answer_rule.with(|counted| {
                    let counted = match counted {
                        Ok(rule) => rule,
                        Err(error) => {
                            return Outcome {
                                skipped: Vec::new(),
                                answer: Err(error.clone()),
                            }
                        }
                    };
                    // Stays with countries: a permit naming its state leaves out the days of
                    // the rows in that state (`outcome_of`), as the zones' answer does
                    // (`zones::assess_trips_with`), under the Schengen rule only.
                    let permits: Vec<crate::documents::Permit> = permits_of(counted)
                        .into_iter()
                        .filter(|p| p.country.is_some())
                        .collect();
                    // The zone answered: its rows with no day between them are asked about
                    // as the zone's card asks, knowing the days the list shows elsewhere.
                    let zone = match shown {
                        Some(Shown::Zone(zone)) => Some(zone),
                        Some(Shown::Chosen) if !by_zone => chosen.and_then(zone_of_rule),
                        _ => None,
                    };
                    rows.with(|rows| {
                        let elsewhere = zone
                            .map(|zone| days_elsewhere(rows, chosen, zone, on))
                            .unwrap_or_default();
                        outcome_knowing(
                            counted,
                            rows,
                            on,
                            &permits,
                            &elsewhere,
                            |row, number, stay| {
                                match shown {
                                    Some(shown) => {
                                        part_shown(shown, chosen, by_zone, row, number, stay, on)
                                    }
                                    // No zone under a rule to show: only what is wrong with rows.
                                    None => row_country(row, number).map(|_| None),
                                }
                            },
                        )
                    })
                })
            })
        });
        let papers = Memo::new(move |_| {
            let expiry = passport.get();
            visas_read.with(|(visas, _)| {
                if expiry.is_none() && visas.is_empty() {
                    return None;
                }
                answer_rule.with(|rule| {
                    let rule = rule.as_ref().ok()?;
                    outcome.with(|o| {
                        o.answer
                            .as_ref()
                            .ok()
                            .map(|answer| papers_answer(rule, answer, expiry, visas))
                    })
                })
            })
        });
        let deadlines = Memo::new(move |_| {
            answer_rule.with(|rule| {
                outcome.with(|o| match (rule, &o.answer) {
                    (Ok(rule), Ok(answer)) => arrival_deadlines(rule, answer),
                    _ => Vec::new(),
                })
            })
        });
        Store {
            rows,
            rule_id,
            custom,
            nationality,
            nationalities,
            lang: RwSignal::new(lang),
            chosen: RwSignal::new(lang),
            on,
            notice: RwSignal::new(Vec::new()),
            shared: RwSignal::new(false),
            people: RwSignal::new(People::default()),
            today,
            rule,
            citizens,
            zones,
            picked,
            shown,
            answer_rule,
            check_date,
            outcome,
            passport,
            visas,
            visas_read,
            permits,
            papers,
            deadlines,
        }
    }

    /// Everything to save, as it is now (tracked: an effect reading it reruns on any change).
    pub fn saved(&self) -> Saved {
        Saved {
            rule: self.rule_id.get(),
            custom: self.custom.get(),
            nationality: self.nationality.get(),
            nationalities: self.nationalities.get(),
            lang: Some(self.chosen.get()),
            on: self.on.get(),
            passport: self.passport.get(),
            rows: self.rows.get(),
            visas: self.visas.get(),
            permits: self.permits.get(),
        }
    }

    /// Everything to save, as it is now, untracked.
    pub fn saved_untracked(&self) -> Saved {
        Saved {
            rule: self.rule_id.get_untracked(),
            custom: self.custom.get_untracked(),
            nationality: self.nationality.get_untracked(),
            nationalities: self.nationalities.get_untracked(),
            lang: Some(self.chosen.get_untracked()),
            on: self.on.get_untracked(),
            passport: self.passport.get_untracked(),
            rows: self.rows.get_untracked(),
            visas: self.visas.get_untracked(),
            permits: self.permits.get_untracked(),
        }
    }

    /// Replaces the state with `saved` (the language stays as it is unless `saved` has one).
    pub fn load(&self, saved: Saved) {
        self.rows.set(saved.rows);
        self.rule_id.set(saved.rule);
        self.custom.set(saved.custom);
        self.nationality.set(saved.nationality);
        self.nationalities.set(saved.nationalities);
        self.on.set(saved.on);
        self.passport.set(saved.passport);
        self.visas.set(saved.visas);
        self.permits.set(saved.permits);
        if let Some(lang) = saved.lang {
            self.choose_language(lang);
        }
    }

    /// Chooses `lang`: saved at once ([`Store::chosen`]), shown once its texts are here (at
    /// once, or when its chunk has come) unless another has been chosen since. A language that
    /// could not be fetched is not kept: the choice goes back to the one still shown.
    pub fn choose_language(&self, lang: Lang) {
        let store = *self;
        store.chosen.set(lang);
        watch_leaving();
        lang.when_ready(move |here| {
            if store.chosen.get_untracked() != lang {
                return;
            }
            if here {
                store.lang.set(lang);
            } else if !LEAVING.with(Cell::get) {
                store.chosen.set(store.lang.get_untracked());
            }
        });
    }

    /// Whether the answer has a planned trip (tracked).
    pub fn has_planned_trips(&self) -> bool {
        self.outcome.with(|o| {
            o.answer
                .as_ref()
                .is_ok_and(|a| a.verdicts.iter().any(|v| v.planned))
        })
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
        (self.texts().rule_words)(rule)
    }

    /// The name of the detailed answer's rule (the chosen one, or the shown zone's) in the
    /// current language, `None` while the rule is not valid (tracked).
    pub fn rule_name(&self) -> Option<String> {
        self.answer_rule.with(|rule| {
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

thread_local! {
    /// Whether the page is being left (`pagehide` until a `pageshow`): a reload aborts the fetch
    /// of a language's chunk still on its way, which is not a language that could not be
    /// fetched; taken for one, the choice went back to the old language and was saved so, and
    /// the reload came back in it.
    static LEAVING: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Follows whether the page is being left ([`LEAVING`]), from the first language chosen on.
fn watch_leaving() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    browser::on_window_event("pagehide", || LEAVING.with(|l| l.set(true)));
    browser::on_window_event("pageshow", || LEAVING.with(|l| l.set(false)));
}

/// Saves `lang` as the language of one's own saved state, keeping the rest as it is (saved data
/// that cannot be read in full, damaged or from a newer release, is left alone for the
/// traveller view to tell about): for the team page, which shares it, and for the traveller
/// page while it shows a shared link's state, which is not saved as one's own.
pub(crate) fn remember_language(lang: Lang) {
    let saved = match browser::stored(STORAGE_KEY).as_deref().map(Saved::read) {
        Some(Ok((saved, dropped))) if dropped.is_empty() => saved,
        Some(_) => return,
        None => Saved::default(),
    };
    if saved.lang == Some(lang) {
        return;
    }
    let saved = Saved {
        lang: Some(lang),
        ..saved
    };
    browser::store(STORAGE_KEY, &saved.encode(true));
}
