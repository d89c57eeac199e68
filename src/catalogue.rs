//! The rules catalogue: every built-in [`Rule`] as data, with no logic.
//!
//! # Where the data comes from
//!
//! Every number, date and source below is taken from the project's research notes,
//! `docs/rules.md` (§1 "Rule catalogue" rows 1–35, §2 "Schengen details", §3 "Kazakhstan
//! details", §4 item 12 for overstay consequences, §8 for what could not be confirmed and §9 for
//! the source addresses). Those notes were compiled from stored copies of public pages, not
//! fetched live, so each rule is correct "as of the stored copy". Each rule's `source` names the
//! legal act (with article) and the pages it was read on. Nothing here is legal advice.
//!
//! Rules that rules.md could not pin down are left out rather than guessed: the Danish and other
//! bilateral extensions of the Schengen stay (rows 6 and 8), the EU visa-waiver agreements whose
//! switch to 90/180 has no in-force date (row 3), Kazakhstan's other bilateral regimes (row 14),
//! Kyrgyzstan (row 20: whether its windows are rolling or fixed, and re-entry counted from the
//! last exit or entry, are unclear), Armenia (row 23: calendar year or rolling 365 unclear),
//! Azerbaijan and Malaysia (rows 24 and 34: secondary sources only), Montenegro and North
//! Macedonia (row 28: not confirmed), Ireland (row 5: not researched), and the tax and
//! social-security day counts (not stay limits).
//!
//! # Confidence
//!
//! [`Confidence`] follows the legend of rules.md:
//!
//! * [`Confidence::High`]: primary legal text or an official government / EU page.
//! * [`Confidence::Medium`]: an official source seen only as a quotation, or a reputable secondary
//!   source (law firm, Big-4, national news agency) consistent with other evidence.
//! * [`Confidence::Low`]: blogs, Q&A sites, commercial visa sites, or a single report.
//!
//! A rule takes the confidence rules.md gives its row; where rules.md hedges ("Medium-High",
//! "Medium-Low") or splits it ("High (list); Medium (how 1 year ends)"), the lower one, and the
//! `notes` say which part is the less certain.
//!
//! # `last_checked`
//!
//! The date of the newest dated source copy that rules.md relies on for the rule (an Official
//! Journal consolidation, a dated embassy message or news report): the rule is known to be right
//! as of that date. Where none of its sources carries a full date, `2026-11-01`, the date
//! rules.md was compiled.
//!
//! # Words for people, in three languages
//!
//! A rule's name, who it applies to, its overstay consequences and its notes are shown to
//! travellers, in English beside the rule's numbers and in Russian and Kazakh in its
//! `translations` ([`Wording`](crate::Wording)), written in `catalogue/wordings.rs` (one
//! constant per rule and language, and a table by id that the traveller page reads). They never refer
//! to the research notes ("rules.md row 11"): a rule's provenance is said in this module's docs
//! and in `// Provenance:` comments, and a hedged confidence in plain words ("less certain").
//! Consequences are said in plain words with their legal source; a unit such as the MCI is
//! explained where it is used. Legal sources (`source`) are cited as published, in their own
//! language, and are not translated. The Russian and Kazakh texts use the terms of the two
//! countries' own legal texts (glossary in `docs/ru-kk-review.md` §4): in Kazakh
//! келу/кету for entry and exit, «болу мерзімі» for the stay; in Russian «срок пребывания»,
//! «въезд», «выезд», and сутки for Russia's own rule.
//!
//! # Adding a rule
//!
//! 1. Add its facts, source and confidence to rules.md first; the catalogue only restates it.
//! 2. Add one block to [`RULES`] with a new lowercase id (`xx` for a country's general rule,
//!    `xx-who` for a group, `xx-yy` for a bilateral regime), versions in order of `from`, and
//!    `ignores_earlier_presence: true` only where the law restarts the count on that date.
//! 3. Say in `notes` whatever the engine cannot express (officer discretion, minimum absences,
//!    where the stay must be spent) and anything rules.md marks as unconfirmed, in words a
//!    traveller understands.
//! 4. Write its name, `applies_to`, consequences and notes in Russian and Kazakh in
//!    `catalogue/wordings.rs` (a `_RU` and a `_KK` constant, each in its table) and name them
//!    in the rule's `translations`.
//! 5. Run `cargo test --lib catalogue`: the invariant tests check ids, versions, numbers and
//!    that no language lacks a text.

use crate::error::{Error, Result};
#[cfg(feature = "catalogue-translations")]
use crate::rule::Translations;
use crate::rule::{Confidence, Limits, PerEntry, Rule, Version, Window};
use chrono::NaiveDate;
use std::borrow::Cow;

#[cfg(any(feature = "catalogue-translations", feature = "ui"))]
pub(crate) mod wordings;

/// A date literal that fails to compile when it is not a date.
const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date in the rules catalogue"),
    }
}

/// Fine, arrest, deportation and entry ban for Kazakhstan, shared by its rules (rules.md §1
/// row 11 and §4 item 12; refusal of entry: §3.1). The fine is in MCI, the monthly calculation
/// index (in Russian МРП, in Kazakh АЕК), an amount of tenge the budget law sets each year.
const KZ_CONSEQUENCES: &str = "A fine of 10 to 25 MCI (the monthly calculation index, an \
    amount in tenge set each year by the budget law), administrative arrest of up to 15 days, \
    deportation and a five-year entry ban by court decision (Code of the Republic of Kazakhstan \
    on Administrative Offences, Art. 517; the amounts as summarised by KPMG Kazakhstan, July \
    2022, not checked against the Code's current text). A previous \
    overstay found at the border leads to refusal of entry (Rules of entry and stay of \
    immigrants, para 6).";

/// The built-in rules, one block each; see the module docs for their provenance.
static RULES: &[Rule] = &[
    Rule {
        id: Cow::Borrowed("schengen"),
        name: Cow::Borrowed("Schengen area: 90 days in any 180"),
        destination: "Schengen area",
        applies_to: "Third-country nationals on a short stay, visa-exempt or with a short-stay (C) \
            visa; not EU, EEA or Swiss citizens",
        nationalities: &[],
        versions: Cow::Borrowed(&[
            Version {
                from: None,
                limits: Limits {
                    window: Some(Window::FromFirstEntry { days: 180, max: 90 }),
                    per_entry: None,
                },
                ignores_earlier_presence: false,
            },
            Version {
                from: Some(ymd(2013, 10, 18)),
                limits: Limits {
                    window: Some(Window::Rolling { days: 180, max: 90 }),
                    per_entry: None,
                },
                ignores_earlier_presence: false,
            },
        ]),
        source: "Regulation (EU) 2016/399 (Schengen Borders Code) Art. 6(1), 6(1a), 6(2), \
            consolidated text CELEX 02016R0399-20251012 \
            (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex%3A32016R0399); \
            Regulation (EU) No 610/2013 (rolling 180 days from 18 October 2013); before it, CISA \
            Art. 20(1) old wording and CJEU C-241/05 Bot; EC short-stay calculator user manual \
            §1 (https://studylib.net/doc/18407872/); Swiss SEM calculation rules \
            (https://www.sem.admin.ch/sem/en/home/themen/einreise/aufenthaltsrechner/bsp-2.html)",
        confidence: Confidence::High,
        last_checked: "2025-10-12",
        consequences: "Overstayers are placed on the Entry/Exit System's automatic list of \
            overstayers (Regulation (EU) 2017/2226 Art. 12) and may be banned from entry.",
        // Provenance: rules.md row 2 (Medium) for the rule before 18 October 2013.
        notes: "Entry and exit days both count in full; presence is counted once per calendar \
            day. Days under a residence permit or a long-stay (D) visa do not count: leave them \
            out of the stays. One single period for all states operating the EES (Cyprus is \
            counted separately, see the Cyprus rule); enter only days in states applying the \
            Schengen acquis on those dates (Croatia from 1 January 2023, Bulgaria and Romania \
            from 31 March 2024). A visa sticker's duration of stay and UNTIL date, and bilateral \
            extensions, are not modelled. Before 18 October 2013 the rule was \"3 months in a \
            6-month period from the date of first entry\" (less certain): it is modelled in \
            days, as 90 days in fixed 180-day periods each opened by the first entry after the \
            previous one ended.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::SCHENGEN_RU,
            kk: wordings::SCHENGEN_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("cy"),
        name: Cow::Borrowed("Cyprus: 90 days in any 180, counted apart from Schengen"),
        destination: "Cyprus",
        applies_to: "Third-country nationals on a short stay",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: None,
            },
            ignores_earlier_presence: false,
        }]),
        source: "Regulation (EU) 2016/399 Art. 6(1a), consolidated text CELEX \
            02016R0399-20251012 (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex%3A32016R0399); \
            EC DG HOME \"Schengen area\" page \
            (http://home-affairs.ec.europa.eu/policies/schengen-borders-and-visa/schengen-area_en); \
            eu-LISA EES map (https://maps.eulisa.europa.eu/systems/ees.html)",
        confidence: Confidence::Medium,
        last_checked: "2025-10-12",
        consequences: "",
        notes: "Cyprus is a Schengen state not yet fully participating and does not operate the \
            EES, so its 90/180 is calculated separately from the Schengen single period \
            (Schengen Borders Code Art. 6(1a)); enter only days in Cyprus. Passports are still \
            stamped.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::CY_RU,
            kk: wordings::CY_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("kz-visa-free"),
        name: Cow::Borrowed("Kazakhstan visa-free list: 30 days per entry, 90 in any 180"),
        destination: "Kazakhstan",
        applies_to: "Holders of ordinary passports of the states on Kazakhstan's unilateral \
            visa-free list (about 51-66 states, among them the USA, the EU states, Australia, \
            Japan, the UAE and South Korea)",
        nationalities: &[],
        versions: Cow::Borrowed(&[
            Version {
                from: None,
                limits: Limits {
                    window: None,
                    per_entry: Some(PerEntry::Days(30)),
                },
                ignores_earlier_presence: false,
            },
            Version {
                from: Some(ymd(2023, 1, 27)),
                limits: Limits {
                    window: Some(Window::Rolling { days: 180, max: 90 }),
                    per_entry: Some(PerEntry::Days(30)),
                },
                ignores_earlier_presence: true,
            },
        ]),
        source: "Law of the Republic of Kazakhstan \"On Migration of the Population\" Art. 6 and \
            Rules of entry and stay of immigrants, Government Decree No. 148 of 21.01.2012 as \
            amended by Decree No. 1146 of 31.12.2022 (via \
            https://visitastana.kz/en/information/tourist-memo/the-procedure-for-entry-and-stay-of-foreigners-in-the-republic-of-kazakhstan/ \
            and https://base.spinform.ru/show_doc.fwx?rgn=49771); Astana Times 19.01.2023 \
            (https://astanatimes.com/2023/01/kazakhstan-amends-immigration-rules-cancels-visa-run-for-foreign-nationals/); \
            wpk.kz (https://new.wpk.kz/kaz_entry_eng)",
        confidence: Confidence::Medium,
        last_checked: "2023-01-19",
        consequences: KZ_CONSEQUENCES,
        // Provenance: rules.md §3.3 (Medium-Low) for how the days are counted.
        notes: "The 90/180 cap applies only to entries from 27 January 2023 and is not \
            retroactive (Law \"On Legal Acts\"), so presence before that date is not counted; \
            before it only the 30-day cap per entry applied and a short exit (\"visa run\") \
            renewed the stay. When the 30-day cap itself began is not known. The window is 180 \
            calendar days counted back from the date of entry or exit (wpk.kz, a Kazakh \
            migration agency). Whether Andorra is on the list is unconfirmed. The numbers are \
            certain; how the days are counted is less so. Days are calendar days from the moment \
            of crossing the border; the crossing day is taken as day 1 and the exit day as \
            counting too, which no official example confirms.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::KZ_VISA_FREE_RU,
            kk: wordings::KZ_VISA_FREE_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("kz-india-iran"),
        name: Cow::Borrowed("Kazakhstan for India and Iran: 14 days per entry, 42 in any 180"),
        destination: "Kazakhstan",
        applies_to: "Holders of ordinary passports of India and Iran",
        nationalities: &["IN", "IR"],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2022, 7, 8)),
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 42 }),
                per_entry: Some(PerEntry::Days(14)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Government Resolution No. 464 of 7 July 2022 amending Decree No. 148 of \
            21.01.2012; KPMG Kazakhstan legal alert, July 2022 \
            (https://kpmg.com/kz/en/home/insights/2022/07/legal-alert.html); el.kz citing the MFA \
            (https://el.kz/en/news/news/kazakhstan_introduces_visa_free_travel_for_citizens_of_india-_iran-_and_china/); \
            Qazinform July 2025 draft; zakon.kz 28 August 2025 \
            (https://www.zakon.kz/pravo/6488830-grazhdane-turtsii-mogut-nakhoditsya-v-kazakhstane-bez-vizy-do-90-dney.html)",
        confidence: Confidence::High,
        last_checked: "2025-08-28",
        consequences: KZ_CONSEQUENCES,
        // Provenance: rules.md §3.3 (Medium-Low) for how the days are counted.
        notes: "Unchanged by the 2025 amendments; no later change for India found. The rule is \
            not known before 8 July 2022. Days are calendar days from the moment of crossing the \
            border; the crossing day is taken as day 1 and the exit day as counting too, which \
            no official example confirms.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::KZ_INDIA_IRAN_RU,
            kk: wordings::KZ_INDIA_IRAN_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("kz-china"),
        name: Cow::Borrowed("Kazakhstan for China: 30 days per entry, 90 in any 180"),
        destination: "Kazakhstan",
        applies_to: "Citizens of the People's Republic of China (not Hong Kong or Macao passports)",
        nationalities: &["CN"],
        versions: Cow::Borrowed(&[
            Version {
                from: Some(ymd(2022, 7, 8)),
                limits: Limits {
                    window: Some(Window::Rolling { days: 180, max: 42 }),
                    per_entry: Some(PerEntry::Days(14)),
                },
                ignores_earlier_presence: false,
            },
            Version {
                from: Some(ymd(2023, 11, 10)),
                limits: Limits {
                    window: Some(Window::Rolling { days: 180, max: 90 }),
                    per_entry: Some(PerEntry::Days(30)),
                },
                ignores_earlier_presence: false,
            },
        ]),
        source: "Government Resolution No. 464 of 7 July 2022 (14 days, 42 in 180; KPMG \
            Kazakhstan legal alert, https://kpmg.com/kz/en/home/insights/2022/07/legal-alert.html); \
            Kazakhstan-China mutual visa-exemption agreement signed in Xi'an on 17 May 2023, in \
            force 10 November 2023 (Kazakhstan MFA via Trend, \
            https://en.vestikavkaza.ru/material/164212; Kazinform; daryo.uz)",
        confidence: Confidence::High,
        last_checked: "2026-11-01",
        consequences: KZ_CONSEQUENCES,
        // Provenance: rules.md §3.3 (Medium-Low) for how the days are counted.
        notes: "Under the agreement no work, study or missionary activity is allowed. Whether \
            days spent under the 14/42 regime still count in the 90/180 window after 10 November \
            2023 is not stated; they are counted. The rule is not known before 8 July 2022. Days \
            are calendar days from the moment of crossing the border; the crossing day is taken \
            as day 1 and the exit day as counting too, which no official example confirms.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::KZ_CHINA_RU,
            kk: wordings::KZ_CHINA_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("kz-eaeu"),
        name: Cow::Borrowed("Kazakhstan for EAEU citizens: 90 days per entry, 90 in any 180"),
        destination: "Kazakhstan",
        applies_to: "Citizens of the other Eurasian Economic Union states: Russia, Belarus, \
            Armenia and Kyrgyzstan",
        nationalities: &["RU", "BY", "AM", "KG"],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2023, 1, 27)),
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: Some(PerEntry::Days(90)),
            },
            ignores_earlier_presence: true,
        }]),
        source: "Rules of entry and stay of immigrants, Government Decree No. 148 of 21.01.2012 \
            as amended from 27 January 2023, as for the visa-free list; Astana Times 19.01.2023 \
            (https://astanatimes.com/2023/01/kazakhstan-amends-immigration-rules-cancels-visa-run-for-foreign-nationals/); \
            sarbaz.kz",
        confidence: Confidence::Medium,
        last_checked: "2023-01-19",
        consequences: KZ_CONSEQUENCES,
        // Provenance: rules.md rates this High / Medium; §3.3 (Medium-Low) for how the days are counted.
        notes: "The cap applies to entries from 27 January 2023, not retroactively, as for the \
            visa-free list; the rule is not known before that date. Refusal of entry after an \
            overstay was suspended for Kyrgyz citizens until 1 September 2024. The stay may be \
            split (a lawyer's answer on harant.ru: 40 days, then the remaining 50 after a week \
            out; less certain). Days are calendar days from the moment of crossing the border; \
            the crossing day is taken as day 1 and the exit day as counting too, which no \
            official example confirms.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::KZ_EAEU_RU,
            kk: wordings::KZ_EAEU_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("kz-turkey"),
        name: Cow::Borrowed("Kazakhstan for Turkey: 90 days per entry, 90 in any 180"),
        destination: "Kazakhstan",
        applies_to: "Citizens of Turkey",
        nationalities: &["TR"],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2025, 9, 8)),
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: Some(PerEntry::Days(90)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Government decree of 25 August 2025 amending Decree No. 148 of 21.01.2012; \
            zakon.kz 28 August 2025 \
            (https://www.zakon.kz/pravo/6488830-grazhdane-turtsii-mogut-nakhoditsya-v-kazakhstane-bez-vizy-do-90-dney.html); \
            Qazinform, July 2025 draft \
            (https://qazinform.com/news/turkish-nationals-to-be-allowed-to-stay-in-kazakhstan-without-visas-for-90-days-924758)",
        confidence: Confidence::Medium,
        last_checked: "2025-08-28",
        consequences: KZ_CONSEQUENCES,
        // Provenance: rules.md rates this Medium-High; §3.3 (Medium-Low) for how the days are counted.
        notes: "The start date is derived, not stated: the decree of 25 August 2025 enters into \
            force 10 days after its publication, whose date is not known. It was published on 28 \
            August 2025 at the latest (the zakon.kz report), so the ten days after publication \
            end by 7 September and the rule applies from 8 September 2025 at the latest (from 5 \
            September if published on 25 August). The later date is used; before it the rule is \
            not known. Whether the window is rolling is not stated for Turkey; it is taken to be \
            counted like the other Kazakh 180-day windows. Days are calendar days from the \
            moment of crossing the border; the crossing day is taken as day 1 and the exit day \
            as counting too, which no official example confirms.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::KZ_TURKEY_RU,
            kk: wordings::KZ_TURKEY_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("ru"),
        name: Cow::Borrowed("Russia: 90 days per calendar year"),
        destination: "Russia",
        applies_to: "Foreigners staying without a visa (not holders of longer statuses; treaty \
            exceptions such as the EAEU not covered)",
        nationalities: &[],
        versions: Cow::Borrowed(&[
            Version {
                from: None,
                limits: Limits {
                    window: Some(Window::Rolling { days: 180, max: 90 }),
                    per_entry: None,
                },
                ignores_earlier_presence: false,
            },
            Version {
                from: Some(ymd(2025, 1, 1)),
                limits: Limits {
                    window: Some(Window::CalendarYear { max: 90 }),
                    per_entry: Some(PerEntry::Days(90)),
                },
                ignores_earlier_presence: false,
            },
        ]),
        source: "Federal Law No. 260-FZ of 8 August 2024 amending Federal Law No. 115-FZ \
            Art. 5(1) (new text quoted on pravoved); Russian MFA consular department and MVD \
            statements (https://tgstat.com/ru/channel/@embrusnet/2015; \
            https://pda.nakanune.ru/news/2024/12/26/22801843); \
            https://migros-spb.ru/prodlenie-bezvizovogo-prebyvaniya-v-rossii",
        confidence: Confidence::Medium,
        last_checked: "2024-12-26",
        consequences: "",
        // Provenance: rules.md rates this Medium-High.
        notes: "From 1 January 2025: at most 90 continuous days per stay and 90 days in a \
            calendar year; before, 90 days in each 180. Some sources give 5 February 2025 as the \
            start. How a stay spanning two calendar years is treated is not confirmed: each \
            year's days are counted in that year. Days are \"sutki\" (days).",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::RU_RU,
            kk: wordings::RU_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("ua"),
        name: Cow::Borrowed("Ukraine: 90 days in any 180"),
        destination: "Ukraine",
        applies_to: "Foreigners staying without a visa",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2015, 4, 8)),
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: None,
            },
            ignores_earlier_presence: false,
        }]),
        source: "Cabinet of Ministers Resolution No. 163 of 31.03.2015, in force 8 April 2015 \
            (Interfax-Ukraine, https://en.interfax.com.ua/news/general/259721-amp.html; UNIAN; \
            SW Partners; State Migration Service, dmsu.gov.ua)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        // Provenance: rules.md rates this Medium-High.
        notes: "The window counts 180 days back from each day of stay (SW Partners: an exit on 9 \
            April 2015 looks back to 12 October 2014, so days before 8 April 2015 count). \
            Wartime practice was not checked. The State Migration Service has an online \
            calculator.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::UA_RU,
            kk: wordings::UA_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("al"),
        name: Cow::Borrowed("Albania: 90 days in any 180"),
        destination: "Albania",
        applies_to: "Nationals exempt from a visa (US citizens: see the rule for US citizens)",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2022, 1, 7)),
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: None,
            },
            ignores_earlier_presence: false,
        }]),
        source: "Law No. 79/2021, in force 7 January 2022 (US Embassy Tirana \
            messages of February and March 2022, \
            https://al.usembassy.gov/message-to-u-s-citizens-march-8-2022/)",
        confidence: Confidence::High,
        last_checked: "2022-03-08",
        consequences: "",
        notes: "The sources say 90 days within 180 without saying whether the 180 days roll; \
            they are taken to roll, as for Schengen. The rule is not known before 7 January 2022.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::AL_RU,
            kk: wordings::AL_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("al-us"),
        name: Cow::Borrowed("Albania for US citizens: one year per entry"),
        destination: "Albania",
        applies_to: "US citizens",
        nationalities: &["US"],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2022, 3, 8)),
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Months(12)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Decision of the Council of Ministers No. 124, Official Gazette No. 35 (US \
            Embassy Tirana message of 8 March 2022, \
            https://al.usembassy.gov/message-to-u-s-citizens-march-8-2022/)",
        confidence: Confidence::High,
        last_checked: "2022-03-08",
        consequences: "",
        notes: "A new one-year stay is allowed only after more than 90 days outside Albania \
            since the last departure; the calculator cannot express a minimum absence, so check \
            it by hand. The start date is that of the embassy message announcing the decision; \
            its exact entry into force is not known.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::AL_US_RU,
            kk: wordings::AL_US_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("rs"),
        name: Cow::Borrowed("Serbia: 90 days per entry, 90 in any 180"),
        destination: "Serbia",
        applies_to: "Nationals exempt from a visa by a Government visa-abolition decision",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: Some(PerEntry::Days(90)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Government visa-abolition decisions (Serbian MFA embassy notice on the \
            Azerbaijan decision, 2 June 2018, \
            http://www.athens.mfa.gov.rs/odrzavanje/stampa.php?id=1527685035; ekapija, 2018)",
        confidence: Confidence::Medium,
        last_checked: "2018-06-02",
        consequences: "",
        notes: "90 days from the date of entry within 180 days; whether the 180 days roll or are \
            fixed is not confirmed from a primary text (taken to roll). Some decisions give 30 \
            days within one year instead (e.g. the Bahamas, Barbados, Jamaica, Colombia in \
            2018); those are not covered.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::RS_RU,
            kk: wordings::RS_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("ba"),
        name: Cow::Borrowed("Bosnia and Herzegovina: 90 days in any 180"),
        destination: "Bosnia and Herzegovina",
        applies_to: "Nationals exempt from a visa",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: None,
            },
            ignores_earlier_presence: false,
        }]),
        source: "The law's wording as quoted in the bahrainbosnia.com FAQ (\"180 days prior to \
            each day of stay\"); wikimili list",
        confidence: Confidence::Low,
        last_checked: "2026-11-01",
        consequences: "",
        // Provenance: rules.md rates this Medium-Low.
        notes: "The law's wording is seen only as quoted in a FAQ. Other variants are in use for \
            some nationalities (90 days; 90 within any 6 months; 30 within any 60; 180 per year) \
            and are not covered.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::BA_RU,
            kk: wordings::BA_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("tr"),
        name: Cow::Borrowed("Turkey: 90 days in any 180"),
        destination: "Turkey",
        applies_to: "Nationals exempt from a visa: many, e.g. the USA, Canada, Bahrain, the \
            UAE, Saudi Arabia and Oman by Presidential decision, and the EU states",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: None,
            },
            ignores_earlier_presence: false,
        }]),
        source: "Presidential visa-exemption decisions (Official Gazette decision reported by \
            gercekgundem.com; decision titles on mevzuat.gov.tr)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "\"90 days in every 180 days\"; whether the 180 days roll or are fixed is not \
            confirmed from a primary text (taken to roll). Effective dates vary by decision and \
            are not modelled.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::TR_RU,
            kk: wordings::TR_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("ge"),
        name: Cow::Borrowed("Georgia: one year per entry"),
        destination: "Georgia",
        applies_to: "Citizens of the about 95-98 states on Georgia's visa-free list (not Chile, \
            which has its own rule, nor Iran, nor holders of visas or permits admitted on them)",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Months(12)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Georgian MFA consular list of visa-free states \
            (https://www.geoconsul.gov.ge/HtmlPage/Html/View?id=25&lang=Eng)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "The list is certain; how the \"full 1 (one) year\" ends is less so: it is taken \
            to end the day before the same date a year after entry. The list applies since 2015 \
            (exact date not known); a law of 1 September 2014 briefly set 90 days, so earlier \
            stays are not judged reliably. Iran's 45 days and the 90 in 180 for holders of \
            certain visas or permits are not covered.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::GE_RU,
            kk: wordings::GE_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("ge-chile"),
        name: Cow::Borrowed("Georgia for Chile: 90 days in any 180"),
        destination: "Georgia",
        applies_to: "Citizens of Chile",
        nationalities: &["CL"],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: Some(Window::Rolling { days: 180, max: 90 }),
                per_entry: None,
            },
            ignores_earlier_presence: false,
        }]),
        source: "Georgian MFA consular list of visa-free states, exception for Chile \
            (https://www.geoconsul.gov.ge/HtmlPage/Html/View?id=25&lang=Eng)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        // Provenance: rules.md rates the Georgian list High and its counting Medium.
        notes: "The Georgian list is certain, its counting less so. \"90 days in any 180\" is \
            taken to roll, as the same words do for Schengen.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::GE_CHILE_RU,
            kk: wordings::GE_CHILE_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("pl-us"),
        name: Cow::Borrowed("Poland for US citizens: 90 days per entry until the EES"),
        destination: "Poland",
        applies_to: "US citizens",
        nationalities: &["US"],
        versions: Cow::Borrowed(&[
            Version {
                from: Some(ymd(1991, 4, 4)),
                limits: Limits {
                    window: None,
                    per_entry: Some(PerEntry::Days(90)),
                },
                ignores_earlier_presence: false,
            },
            Version {
                from: Some(ymd(2025, 10, 12)),
                limits: Limits {
                    window: Some(Window::Rolling { days: 180, max: 90 }),
                    per_entry: None,
                },
                ignores_earlier_presence: true,
            },
        ]),
        source: "Poland-USA visa agreement of 4 April 1991, terminated in practice from 12 \
            October 2025 with the start of the EES (Polish Border Guard HQ as reported by Clark \
            Hill, 3 November 2025, \
            https://www.clarkhill.com/news-events/news/poland-termination-1991-bilateral-visa; \
            VisaHQ, 3 November 2025); from then Regulation (EU) 2016/399 Art. 6(1)",
        confidence: Confidence::Medium,
        last_checked: "2025-11-03",
        consequences: "",
        notes: "Until 11 October 2025 each entry allowed 90 days in Poland, reset on each entry; \
            enter only days in Poland. From 12 October 2025 the Schengen 90/180 applies and only \
            days from that date count (Clark Hill: entered 1 September 2025, leaving 21 October \
            2025, counts 10 days); from then enter days in every Schengen state.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::PL_US_RU,
            kk: wordings::PL_US_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("gb"),
        name: Cow::Borrowed("United Kingdom: six months per visit"),
        destination: "United Kingdom",
        applies_to: "Visitors, visa and non-visa nationals",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Months(6)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Immigration Rules, Appendix Visitor (Home Office), as summarised by \
            cpdimmigration.com, 1stcitizen.co.uk and Seraphus; Lexology on the 2013 change",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        // Provenance: rules.md rates this Medium-High.
        notes: "Usually up to 6 months per visit. There is no numeric cumulative cap, but a \
            visitor must not live in the UK for extended periods through frequent or successive \
            visits, a judgement the calculator cannot make; \"6 months in any 12\" is not in the \
            current rules.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::GB_RU,
            kk: wordings::GB_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("us-vwp"),
        name: Cow::Borrowed("USA Visa Waiver Program: 90 days per admission"),
        destination: "United States",
        applies_to: "Nationals of Visa Waiver Program states admitted with an ESTA",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Days(90)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "US CBP guidance as reproduced on travellerspoint.com and travel.stackexchange.com \
            answers",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "Loss of the right to travel under the Visa Waiver Program; after more \
            than 180 days of unlawful presence a three-year bar on returning, after a year or \
            more a ten-year bar (Immigration and Nationality Act §217(a)(7) and §212(a)(9)(B)).",
        // Provenance: rules.md §4 item 12 for the consequences; the thresholds are those of the Act cited.
        notes: "The calculator starts a new 90 days at each entry, but after a short trip to \
            Canada, Mexico or the adjacent islands a traveller is readmitted only for the \
            remainder of the original 90 days: enter such trips as one stay. The arrival day \
            counting as day 1 comes from blogs only (less certain). The officer has discretion.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::US_VWP_RU,
            kk: wordings::US_VWP_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("ca"),
        name: Cow::Borrowed("Canada: six months per entry"),
        destination: "Canada",
        applies_to: "Visitors with an eTA or a visitor visa",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Months(6)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Immigration and Refugee Protection Regulations s. 183(2), as quoted by Canadian \
            law firms (Bellissimo, Ronalee Carey)",
        confidence: Confidence::High,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "Six months is the default; the officer may set a shorter or longer period, shown \
            by a date in the passport stamp or on a visitor record, which then prevails.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::CA_RU,
            kk: wordings::CA_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("jp"),
        name: Cow::Borrowed("Japan: 90 days per entry"),
        destination: "Japan",
        applies_to: "Nationals exempt from a visa for 90 days",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Days(90)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Reciprocal visa-exemption arrangements (Baker McKenzie Global Immigration list, \
            2017; Japanese consulate pages)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "Granted as landing permission at each entry. The list may be dated (2017). \
            Nationals of Austria, Germany, Ireland, Liechtenstein, Switzerland and the UK (6 \
            months) and the few with 15 or 14 days are not covered.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::JP_RU,
            kk: wordings::JP_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("th"),
        name: Cow::Borrowed("Thailand: 60 days per entry"),
        destination: "Thailand",
        applies_to: "Nationals of the 93 countries and territories exempt from a visa",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2024, 7, 15)),
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Days(60)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Tourism Authority of Thailand statement as reported by pattayamail and \
            visasnews",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "An extension of up to 30 days may be granted at an Immigration office; it is not \
            modelled. A reported plan (2025) to cut the stay to 30 days is not confirmed. The \
            rule is not known before 15 July 2024.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::TH_RU,
            kk: wordings::TH_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("uz"),
        name: Cow::Borrowed("Uzbekistan: 30 days per entry"),
        destination: "Uzbekistan",
        applies_to: "Citizens of the 45 states exempt from a visa from 1 February 2019 and of \
            the 7 exempt before",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2019, 2, 1)),
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Days(30)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Visa-free regime from 1 February 2019 (uzbekistan.lv; azernews, December 2019)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "30 days from the moment of crossing the border. Later changes were not checked. \
            The rule is not known before 1 February 2019.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::UZ_RU,
            kk: wordings::UZ_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("tj"),
        name: Cow::Borrowed("Tajikistan: 30 days per entry"),
        destination: "Tajikistan",
        applies_to: "Citizens of the 52 states exempt from a visa from 1 January 2022 and of the \
            25 added from 1 May 2024",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: Some(ymd(2022, 1, 1)),
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Days(30)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Tajik MFA embassy pages (https://www.mfa.tj/en/moscow/view/9452/); azernews, \
            2024",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        // Provenance: rules.md rates this High (2022 list, MFA) / Medium (2024 additions).
        notes: "The 2022 list comes from the Ministry of Foreign Affairs; the 2024 additions are \
            less certain. Citizens of the 25 states added on 1 May 2024 are covered only from \
            that date. The 14 days for citizens of 16 states aged 55 and over are not covered. \
            Registration is required within 10 working days.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::TJ_RU,
            kk: wordings::TJ_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("by"),
        name: Cow::Borrowed("Belarus via Minsk airport: 30 days per entry"),
        destination: "Belarus",
        applies_to: "Citizens of about 74 states (the EU states, the USA, Japan, ...) entering \
            through Minsk National Airport, not on flights to or from Russia",
        nationalities: &[],
        versions: Cow::Borrowed(&[
            Version {
                from: Some(ymd(2017, 2, 12)),
                limits: Limits {
                    window: None,
                    per_entry: Some(PerEntry::Days(5)),
                },
                ignores_earlier_presence: false,
            },
            Version {
                from: Some(ymd(2018, 7, 27)),
                limits: Limits {
                    window: None,
                    per_entry: Some(PerEntry::Days(30)),
                },
                ignores_earlier_presence: false,
            },
        ]),
        source: "Decrees: 5 days from 12 February 2017; 30 days from 27 July 2018 \
            (Decree No. 295) (euroradio.fm; belarusfeed.com)",
        confidence: Confidence::Medium,
        last_checked: "2026-11-01",
        consequences: "",
        notes: "Only for entry and exit through Minsk National Airport. Later land-border \
            extensions and any yearly cap are not confirmed. The rule is not known before 12 \
            February 2017.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::BY_RU,
            kk: wordings::BY_KK,
        },
    },
    Rule {
        id: Cow::Borrowed("mx"),
        name: Cow::Borrowed("Mexico: up to 180 days per entry"),
        destination: "Mexico",
        applies_to: "Visitors exempt from a visa (FMM)",
        nationalities: &[],
        versions: Cow::Borrowed(&[Version {
            from: None,
            limits: Limits {
                window: None,
                per_entry: Some(PerEntry::Days(180)),
            },
            ignores_earlier_presence: false,
        }]),
        source: "Ley de Migración (Mexican embassy, embamex.sre.gob.mx; Mexico News Daily, 16 \
            April 2024)",
        confidence: Confidence::Medium,
        last_checked: "2024-04-16",
        consequences: "",
        notes: "180 days is the most; the officer writes the number of days on the FMM, often \
            fewer since about 2022, and that number prevails. Not extendable for tourists.",
        #[cfg(feature = "catalogue-translations")]
        translations: Translations {
            ru: wordings::MX_RU,
            kk: wordings::MX_KK,
        },
    },
];

/// Every rule in the catalogue, in a fixed order.
///
/// ```
/// let ids: Vec<&str> = staycalc::catalogue().iter().map(|rule| rule.id.as_ref()).collect();
/// assert!(ids.contains(&"schengen"));
/// assert!(ids.contains(&"kz-visa-free"));
/// ```
pub fn catalogue() -> &'static [Rule] {
    RULES
}

/// The catalogue rule with id `id`, in any letter case (`SCHENGEN` is `schengen`: a team
/// file's rule column and `--rule` read ids alike).
///
/// # Errors
///
/// [`Error::UnknownRule`] when no rule has that id.
///
/// ```
/// let schengen = staycalc::rule("schengen")?;
/// assert_eq!(schengen.destination, "Schengen area");
/// assert_eq!(staycalc::rule("KZ-Visa-Free")?.id, "kz-visa-free");
/// assert_eq!(staycalc::rule("atlantis").unwrap_err().code(), "unknown_rule");
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn rule(id: &str) -> Result<&'static Rule> {
    RULES
        .iter()
        .find(|rule| rule.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| Error::UnknownRule { id: id.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn rolling(days: u32, max: u32) -> Option<Window> {
        Some(Window::Rolling { days, max })
    }

    #[test]
    fn ids_are_unique_lowercase_and_found_by_rule() {
        let mut seen = HashSet::new();
        for rule in catalogue() {
            assert!(seen.insert(rule.id.as_ref()), "duplicate id {}", rule.id);
            assert!(
                rule.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "id {:?} is not lowercase ascii with dashes",
                rule.id
            );
            assert_eq!(super::rule(&rule.id).unwrap().id, rule.id);
        }
    }

    #[test]
    fn every_rule_validates() {
        for rule in catalogue() {
            if let Err(error) = rule.validate() {
                panic!("{error}");
            }
        }
    }

    #[test]
    fn every_rule_says_where_it_comes_from() {
        for rule in catalogue() {
            let id = &rule.id;
            assert!(!rule.name.trim().is_empty(), "{id}: no name");
            assert!(!rule.destination.trim().is_empty(), "{id}: no destination");
            assert!(!rule.applies_to.trim().is_empty(), "{id}: no applies_to");
            assert!(!rule.source.trim().is_empty(), "{id}: no source");
            let checked = crate::date::parse_date(rule.last_checked, "last_checked");
            assert!(
                checked.is_ok(),
                "{id}: last_checked {:?}",
                rule.last_checked
            );
            for code in rule.nationalities {
                assert!(
                    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                    "{id}: nationality {code:?} is not an ISO alpha-2 code"
                );
            }
        }
    }

    #[test]
    fn versions_start_strictly_in_order_and_only_the_first_may_be_open() {
        for rule in catalogue() {
            let id = &rule.id;
            assert!(!rule.versions.is_empty(), "{id}: no versions");
            for pair in rule.versions.windows(2) {
                match (pair[0].from, pair[1].from) {
                    (_, None) => panic!("{id}: a later version has no start date"),
                    (Some(a), Some(b)) => assert!(a < b, "{id}: {a} is not before {b}"),
                    (None, Some(_)) => {}
                }
            }
        }
    }

    #[test]
    fn every_window_maximum_is_below_its_length() {
        for rule in catalogue() {
            for version in rule.versions.iter() {
                match version.limits.window {
                    Some(Window::Rolling { days, max })
                    | Some(Window::FromFirstEntry { days, max }) => {
                        assert!(0 < max && max < days, "{}: {max} of {days}", rule.id)
                    }
                    Some(Window::CalendarYear { max }) => {
                        assert!(0 < max && max < 365, "{}: {max} a year", rule.id)
                    }
                    None => assert!(version.limits.per_entry.is_some(), "{}", rule.id),
                }
            }
        }
    }

    #[test]
    fn unknown_id_is_an_error_naming_it() {
        let error = rule("nope").unwrap_err();
        assert_eq!(error.code(), "unknown_rule");
        assert_eq!(error, Error::UnknownRule { id: "nope".into() });
    }

    #[test]
    fn key_rules_have_the_researched_numbers() {
        type Row = (Option<NaiveDate>, Option<Window>, Option<PerEntry>, bool);
        // Source: rules.md §1 rows 1-2 (Schengen), 9 and 11-12 (Kazakhstan), 15 (Russia).
        let table: &[(&str, &[Row])] = &[
            (
                "schengen",
                &[
                    (
                        None,
                        Some(Window::FromFirstEntry { days: 180, max: 90 }),
                        None,
                        false,
                    ),
                    (Some(ymd(2013, 10, 18)), rolling(180, 90), None, false),
                ],
            ),
            (
                "kz-visa-free",
                &[
                    (None, None, Some(PerEntry::Days(30)), false),
                    (
                        Some(ymd(2023, 1, 27)),
                        rolling(180, 90),
                        Some(PerEntry::Days(30)),
                        true,
                    ),
                ],
            ),
            (
                "kz-india-iran",
                &[(
                    Some(ymd(2022, 7, 8)),
                    rolling(180, 42),
                    Some(PerEntry::Days(14)),
                    false,
                )],
            ),
            (
                "kz-china",
                &[
                    (
                        Some(ymd(2022, 7, 8)),
                        rolling(180, 42),
                        Some(PerEntry::Days(14)),
                        false,
                    ),
                    (
                        Some(ymd(2023, 11, 10)),
                        rolling(180, 90),
                        Some(PerEntry::Days(30)),
                        false,
                    ),
                ],
            ),
            (
                "ru",
                &[
                    (None, rolling(180, 90), None, false),
                    (
                        Some(ymd(2025, 1, 1)),
                        Some(Window::CalendarYear { max: 90 }),
                        Some(PerEntry::Days(90)),
                        false,
                    ),
                ],
            ),
            (
                "pl-us",
                &[
                    (Some(ymd(1991, 4, 4)), None, Some(PerEntry::Days(90)), false),
                    (Some(ymd(2025, 10, 12)), rolling(180, 90), None, true),
                ],
            ),
        ];
        for (id, expected) in table {
            let actual: Vec<Row> = rule(id)
                .unwrap()
                .versions
                .iter()
                .map(|v| {
                    (
                        v.from,
                        v.limits.window,
                        v.limits.per_entry,
                        v.ignores_earlier_presence,
                    )
                })
                .collect();
            assert_eq!(actual, *expected, "{id}");
        }
        assert_eq!(rule("kz-india-iran").unwrap().nationalities, ["IN", "IR"]);
        assert_eq!(rule("kz-china").unwrap().nationalities, ["CN"]);
        assert_eq!(rule("schengen").unwrap().confidence, Confidence::High);
    }

    /// Every text for people of every rule, in every language: (language, rule id, field, text).
    #[cfg(feature = "catalogue-translations")]
    fn wordings() -> Vec<(&'static str, String, &'static str, String)> {
        let mut all = Vec::new();
        for rule in catalogue() {
            for code in ["en", "ru", "kk"] {
                let words = rule.wording(code);
                let id = rule.id.to_string();
                all.push((code, id.clone(), "name", words.name.to_string()));
                all.push((code, id.clone(), "applies_to", words.applies_to.to_string()));
                all.push((
                    code,
                    id.clone(),
                    "consequences",
                    words.consequences.to_string(),
                ));
                all.push((code, id, "notes", words.notes.to_string()));
            }
        }
        all
    }

    #[cfg(feature = "catalogue-translations")]
    #[test]
    fn no_rule_lacks_a_language() {
        for rule in catalogue() {
            let en = rule.wording("en");
            for code in ["ru", "kk"] {
                let words = rule.wording(code);
                let id = &rule.id;
                assert!(!words.name.trim().is_empty(), "{id}: no {code} name");
                assert!(
                    !words.applies_to.trim().is_empty(),
                    "{id}: no {code} applies_to"
                );
                assert_eq!(
                    words.consequences.is_empty(),
                    en.consequences.is_empty(),
                    "{id}: {code} consequences"
                );
                assert_eq!(
                    words.notes.is_empty(),
                    en.notes.is_empty(),
                    "{id}: {code} notes"
                );
            }
        }
    }

    #[cfg(feature = "catalogue-translations")]
    #[test]
    fn russian_and_kazakh_texts_are_in_cyrillic_but_for_codes_and_citations() {
        // Latin words allowed in Russian and Kazakh texts: codes and abbreviations, web
        // addresses, and the titles of sources cited as published.
        const CITED: &[&str] = &[
            "Act",
            "and",
            "Clark",
            "EES",
            "ESTA",
            "eTA",
            "FMM",
            "harant",
            "Hill",
            "Immigration",
            "Kazakhstan",
            "kz",
            "KPMG",
            "Nationality",
            "Partners",
            "ru",
            "SW",
            "UNTIL",
            "VWP",
            "wpk",
            "zakon",
        ];
        for (code, id, field, text) in wordings() {
            if code == "en" {
                continue;
            }
            let latin = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|word| word.len() > 1 && !CITED.contains(word))
                .collect::<Vec<_>>();
            assert!(
                latin.is_empty(),
                "{id} {field} ({code}): {latin:?} in {text:?}"
            );
        }
    }

    #[cfg(feature = "catalogue-translations")]
    #[test]
    fn texts_for_people_refer_to_nothing_outside_the_product() {
        for (code, id, field, text) in wordings() {
            for internal in ["rules.md", "row ", "§3", "§4", "Medium", "High", "Low"] {
                assert!(
                    !text.contains(internal),
                    "{id} {field} ({code}) refers to {internal:?}: {text}"
                );
            }
        }
    }

    #[cfg(feature = "catalogue-translations")]
    #[test]
    fn the_monthly_calculation_index_is_explained_where_it_is_used() {
        let units = [
            ("MCI", "monthly calculation index"),
            ("МРП", "месячный расчётный показатель"),
            ("АЕК", "айлық есептік көрсеткіш"),
        ];
        let mut used = 0;
        for (_, id, field, text) in wordings() {
            for (unit, meaning) in units {
                if text.contains(unit) {
                    used += 1;
                    assert!(text.contains(meaning), "{id} {field}: {unit} unexplained");
                }
            }
        }
        assert_eq!(used, 15, "five Kazakhstan rules in three languages");
    }

    #[cfg(feature = "catalogue-translations")]
    #[test]
    fn kazakh_says_entry_and_exit_as_the_law_does() {
        // Kazakhstan's Rules say келу/кету; кіру/шығу are not its words for entry and exit
        // (the EU's Entry/Exit System keeps its own name).
        for (code, id, field, text) in wordings() {
            if code != "kk" {
                continue;
            }
            let text = text.replace("Кіру/шығу жүйесі", "");
            for word in ["кіру", "шығу", "Кіру", "Шығу"] {
                assert!(!text.contains(word), "{id} {field}: {word} in {text}");
            }
        }
    }

    #[test]
    fn ignoring_earlier_presence_is_reserved_for_fresh_starts() {
        let fresh: Vec<&str> = catalogue()
            .iter()
            .filter(|rule| rule.versions.iter().any(|v| v.ignores_earlier_presence))
            .map(|rule| rule.id.as_ref())
            .collect();
        assert_eq!(fresh, ["kz-visa-free", "kz-eaeu", "pl-us"]);
    }
}
