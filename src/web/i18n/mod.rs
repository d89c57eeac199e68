//! The web app's languages: English, Russian and Kazakh.
//!
//! Each language is one file holding a [`Texts`] value; `Lang::texts` (`by_lang`) picks it. Dates are written
//! in the language's own way, and engine errors are put in words here from their fields (the
//! engine's own messages are English).

mod by_lang;
mod document;
mod en;
mod kk;
mod places;
mod reason;
#[cfg(test)]
mod render_tests;
mod ru;
// The team view's texts: only the tabs' are used by the traveller page.
mod deadline_texts;
mod permit_texts;
#[cfg_attr(not(feature = "team"), allow(dead_code))]
mod team_en;
#[cfg_attr(not(feature = "team"), allow(dead_code))]
mod team_kk;
#[cfg_attr(not(feature = "team"), allow(dead_code))]
mod team_ru;
#[cfg_attr(not(feature = "team"), allow(dead_code))]
mod team_texts;
mod texts;
mod visa_texts;

pub(crate) use deadline_texts::{working_days, DeadlineTexts};
pub(crate) use permit_texts::PermitTexts;
#[cfg_attr(not(feature = "team"), allow(unused_imports))]
pub(crate) use reason::browser_stopped_reading;
#[cfg_attr(not(feature = "team"), allow(unused_imports))]
pub(crate) use team_texts::TeamTexts;
pub(crate) use texts::Texts;
pub(crate) use visa_texts::VisaTexts;

use chrono::{Datelike, NaiveDate};

/// A planned trip's verdict in words: where it breaks the rule, or which later days it makes
/// unlawful, or that it is fine and until when one could stay. The traveller's answer and
/// the team table (and its table for reading) say it alike.
pub(crate) fn verdict_text(texts: &Texts, verdict: &crate::plan::StayVerdict) -> String {
    let v = verdict;
    match v.first_unlawful_day {
        Some(first) => (texts.trip_breaks)(v.entry, v.exit, first, v.unlawful_days),
        None if v.later_unlawful_days > 0 => {
            (texts.trip_breaks_later)(v.entry, v.exit, v.later_unlawful_days, v.latest_exit)
        }
        None => (texts.trip_ok)(v.entry, v.exit, v.latest_exit),
    }
}

#[cfg_attr(not(feature = "team"), allow(dead_code))]
/// A team line's next planned trip in words: as [`verdict_text`] says it, unless the
/// person's passport fails that trip or could not be checked. Then the trip is never called
/// fine: a trip the days allow is said to be one the passport does not cover (with the date
/// a new passport is needed by, and the last day the days alone allow) or one the passport
/// could not be checked for (and why), and a trip that breaks the rule too says both.
pub(crate) fn team_trip_text(
    texts: &Texts,
    team: &TeamTexts,
    verdict: &crate::plan::StayVerdict,
    passport: Option<&crate::report::PassportReport>,
) -> String {
    use crate::report::PassportCheck;
    let v = verdict;
    let fine = v.first_unlawful_day.is_none() && v.later_unlawful_days == 0;
    // A passport that could not be checked: why (no expiry date given, or the rows disagree).
    let unchecked = passport.and_then(|p| match p.check {
        PassportCheck::NoExpiry => Some(true),
        PassportCheck::Unclear => Some(false),
        _ => None,
    });
    if let Some(no_expiry) = unchecked {
        return if fine {
            (team.trip_passport_unchecked)(v.entry, v.exit, no_expiry, v.latest_exit)
        } else {
            format!(
                "{} {}",
                verdict_text(texts, v),
                (team.trip_passport_unchecked_too)(no_expiry)
            )
        };
    }
    match passport.and_then(|p| p.fails_stay(v.row)) {
        None => verdict_text(texts, v),
        Some(papers) => {
            let needed_by = papers.needed_by.unwrap_or(v.entry);
            if fine {
                (team.trip_passport_fails)(v.entry, v.exit, needed_by, v.latest_exit)
            } else {
                format!(
                    "{} {}",
                    verdict_text(texts, v),
                    (team.trip_passport_too)(needed_by)
                )
            }
        }
    }
}

#[cfg_attr(not(feature = "team"), allow(dead_code))]
/// A team line's next planned trip in words, as [`team_trip_text`] says it, unless the
/// person's visa breaks that trip, or could not be checked: then it is never called fine
/// either. The breach (which condition, from which day) or why the visa was not checked
/// comes first, then what the days alone allow (a trip the days
/// allow) or the rule's and passport's words (a trip that breaks them too).
pub(crate) fn team_trip_visa_text(
    texts: &Texts,
    team: &TeamTexts,
    verdict: &crate::plan::StayVerdict,
    passport: Option<&crate::report::PassportReport>,
    visa: Option<&crate::report::VisaReport>,
) -> String {
    let v = verdict;
    let rest = team_trip_text(texts, team, v, passport);
    let fine = v.first_unlawful_day.is_none() && v.later_unlawful_days == 0;
    let unclear = visa.is_some_and(|visa| visa.check == crate::report::VisaCheck::Unclear);
    let failing = visa.and_then(|visa| Some((visa.fails_stay(v.row)?, visa.visa.as_ref()?)));
    let breach = match failing {
        Some((breach, sticker)) => (texts.visa.breach)(breach, sticker),
        // Nor for a trip the visa could not be checked for.
        None if unclear => (team.trip_visa_unchecked)(v.entry, v.exit),
        None => return rest,
    };
    if fine
        && passport.is_none_or(|p| p.fails_stay(v.row).is_none() && p.check_name() != "not_checked")
    {
        format!("{breach}{}", (team.trip_visa_days_only)(v.latest_exit))
    } else {
        format!("{breach} {rest}")
    }
}

#[cfg_attr(not(feature = "team"), allow(dead_code))]
/// A person's visa in the team's words: the first stay that breaks it (which condition, from
/// which day), what it allows when every stay keeps to it, a trip entered outside it, or why
/// it was not checked.
pub(crate) fn visa_text(
    texts: &Texts,
    team: &TeamTexts,
    visa: &crate::report::VisaReport,
) -> String {
    use crate::report::VisaCheck;
    match (&visa.check, visa.failing(), visa.visa.as_ref()) {
        (_, Some(breach), Some(sticker)) => (texts.visa.breach)(breach, sticker),
        (VisaCheck::Checked { outside, .. }, None, _) if !outside.is_empty() => {
            (team.visa_outside)(outside[0].1)
        }
        // What it allows, after its name (the other sentences name the visa).
        (VisaCheck::Checked { .. }, None, Some(sticker)) => {
            format!("{}: {}", team.visa, (texts.visa.allows)(sticker))
        }
        (VisaCheck::NoConditions, ..) => texts.visa.not_checked.to_string(),
        _ => team.visa_unclear.to_string(),
    }
}

#[cfg_attr(not(feature = "team"), allow(dead_code))]
/// A person's passport in the team's words: why it fails (the first current or planned trip
/// it fails and the date a new one is needed by), that it is valid until its expiry, or why
/// it was not checked.
pub(crate) fn passport_text(team: &TeamTexts, passport: &crate::report::PassportReport) -> String {
    use crate::documents::PassportProblem;
    use crate::report::PassportCheck;
    match (&passport.check, passport.failing()) {
        (_, Some(v)) => (team.passport_fails)(
            v.entry,
            v.exit,
            v.needed_by.unwrap_or(v.entry),
            v.problems
                .iter()
                .any(|p| matches!(p, PassportProblem::ExpiresTooSoon { .. })),
            v.problems
                .iter()
                .any(|p| matches!(p, PassportProblem::IssuedTooLongAgo { .. })),
        ),
        (PassportCheck::Checked(_), None) => passport
            .expiry
            .map_or(String::new(), |expiry| (team.passport_ok)(expiry)),
        (PassportCheck::NoConditions, _) => team.passport_no_conditions.to_string(),
        (PassportCheck::NoExpiry, _) => team.passport_no_expiry.to_string(),
        (PassportCheck::Unclear, _) => team.passport_unclear.to_string(),
    }
}

/// A date as `DD.MM.YYYY`, as Russian and Kazakh write it.
fn dotted(date: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
}

use crate::plural::russian as russian_plural;

/// An engine's `YYYY-MM-DD` date as `DD.MM.YYYY`, as Russian and Kazakh write it (any other
/// text as it is).
fn numeric(iso: &str) -> String {
    crate::date::parse_date(iso, "date").map_or_else(|_| iso.to_string(), dotted)
}

/// A whole number with its thousands apart by non-breaking spaces (`36 525`), as Russian and
/// Kazakh write it; any other text as it is.
fn grouped(digits: &str) -> String {
    digits
        .parse()
        .map_or_else(|_| digits.to_string(), |n| team_texts::grouped(n, "\u{a0}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Status;
    use crate::date::date;
    use crate::error::Error;
    use crate::rule::{Confidence, Limits, PerEntry, Window};
    use crate::web::lang::Lang;

    #[test]
    fn russian_nouns_agree_with_their_number() {
        let day = |n| russian_plural(n, "день", "дня", "дней");
        let forms: Vec<&str> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111]
            .map(day)
            .into();
        assert_eq!(
            forms,
            [
                "день", "дня", "дня", "дней", "дней", "дней", "дней", "день", "дня", "дней",
                "день", "дней"
            ]
        );
    }

    #[test]
    fn dates_are_written_the_language_s_way() {
        let d = date(2025, 6, 1);
        assert_eq!((Lang::En.texts().date)(d), "1 Jun 2025");
        assert_eq!((Lang::Ru.texts().date)(d), "01.06.2025");
        assert_eq!((Lang::Kk.texts().date)(d), "01.06.2025");
        assert_eq!((Lang::En.texts().month)(d), "Jun");
        assert_eq!((Lang::Ru.texts().month)(d), "июн");
        assert_eq!((Lang::Kk.texts().month)(d), "мау");
    }

    #[test]
    fn counts_of_days_agree_in_each_language() {
        assert_eq!((Lang::En.texts().days)(1), "1 day");
        assert_eq!((Lang::En.texts().days)(74), "74 days");
        assert_eq!((Lang::Ru.texts().days)(21), "21 день");
        assert_eq!((Lang::Ru.texts().days)(74), "74 дня");
        assert_eq!((Lang::Kk.texts().days)(74), "74 күн");
    }

    #[test]
    fn limits_and_statuses_are_put_in_words() {
        let limits = Limits {
            window: Some(Window::Rolling { days: 180, max: 90 }),
            per_entry: Some(PerEntry::Days(30)),
        };
        assert_eq!(
            (Lang::En.texts().limits_text)(&limits),
            "at most 90 days in any 180 days; at most 30 days per stay"
        );
        assert_eq!(
            (Lang::Ru.texts().limits_text)(&limits),
            "не более 90 дней в течение любого периода в 180 дней; не более 30 дней за один въезд"
        );
        for lang in Lang::ALL {
            let texts = lang.texts();
            assert!(!(texts.limits_text)(&limits).is_empty());
            assert_ne!(
                (texts.status_name)(Status::Ok),
                (texts.status_name)(Status::Overstay)
            );
            assert!(!(texts.confidence_name)(Confidence::High).is_empty());
        }
    }

    #[test]
    fn engine_errors_name_their_values_in_every_language() {
        let error = Error::ExitBeforeEntry {
            entry: date(2024, 3, 5),
            exit: date(2024, 3, 1),
            row: 7,
        };
        assert_eq!(
            (Lang::En.texts().error)(&error),
            "the exit 1 Mar 2024 is before the entry 5 Mar 2024"
        );
        assert_eq!(
            (Lang::Ru.texts().error)(&error),
            "дата выезда (01.03.2024) раньше даты въезда (05.03.2024)"
        );
        assert!((Lang::Kk.texts().error)(&error).contains("01.03.2024"));
    }

    #[test]
    fn a_day_s_count_is_explained_with_its_window() {
        let day = crate::timeline::TimelineDay {
            date: date(2025, 6, 1),
            count: 74,
            window_start: date(2024, 12, 4),
            limit: 90,
            present: true,
            unlawful: false,
            day_of_stay: 20,
            per_entry_cap: 0,
        };
        assert_eq!(
            (Lang::En.texts().explain_day)(&day),
            "on 1 Jun 2025: 74 days in 4 Dec 2024 – 1 Jun 2025 (limit 90)"
        );
        assert_eq!(
            (Lang::Ru.texts().explain_day)(&day),
            "на 01.06.2025: 74 дня за период 04.12.2024 – 01.06.2025 (максимум 90)"
        );
        // Under a per-entry cap as well as the window, the day of the stay is said too: a day
        // over the cap is "over the limit" with the window far from full.
        let capped = crate::timeline::TimelineDay {
            count: 33,
            day_of_stay: 33,
            per_entry_cap: 30,
            unlawful: true,
            ..day
        };
        assert_eq!(
            (Lang::En.texts().explain_day)(&capped),
            "on 1 Jun 2025: 33 days in 4 Dec 2024 – 1 Jun 2025 (limit 90); day 33 of the stay \
             (at most 30 per entry): over the limit"
        );
        assert!((Lang::Kk.texts().explain_day)(&capped).contains("33-күні"));
    }
}
