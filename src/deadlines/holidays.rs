//! Kazakhstan's non-working days, year by year, for counting working days (five-day week).
//!
//! Data only. Saturdays and Sundays are days off, except the weekend days the government moved
//! a working day to; the weekdays below are days off: public holidays (Law "On holidays in the
//! Republic of Kazakhstan"), the next working day when a holiday falls on a weekend (its
//! Art. 5, as the eGov holiday calendar states it), and days moved by government decree or
//! ministry order. A year not here has no working-day answer: an error, not a guess.

use chrono::NaiveDate;

/// One year's calendar.
pub(crate) struct Year {
    pub year: i32,
    /// Weekdays that are days off, as (month, day).
    pub weekdays_off: &'static [(u32, u32)],
    /// Saturdays and Sundays that are working days, as (month, day).
    pub working_weekends: &'static [(u32, u32)],
    /// Where the days come from.
    pub source: &'static str,
}

/// The years known, in order.
pub(crate) const YEARS: &[Year] = &[
    Year {
        year: 2025,
        weekdays_off: &[
            (1, 1),   // New Year
            (1, 2),   // New Year
            (1, 3),   // moved from Sunday 5 January (Ministry of Labour order)
            (1, 7),   // Orthodox Christmas
            (3, 10),  // for International Women's Day, Saturday 8 March
            (3, 21),  // Nauryz
            (3, 24),  // for Nauryz, Saturday 22 March
            (3, 25),  // for Nauryz, Sunday 23 March
            (5, 1),   // Kazakhstan People's Unity Day
            (5, 7),   // Defender of the Fatherland Day
            (5, 9),   // Victory Day
            (6, 6),   // Kurban Ait
            (7, 7),   // for Capital Day, Sunday 6 July
            (9, 1),   // for Constitution Day, Saturday 30 August
            (10, 27), // for Republic Day, Saturday 25 October
            (12, 16), // Independence Day
        ],
        working_weekends: &[(1, 5)],
        source: "eGov holiday calendar as reported by news.mail.ru/nur.kz (2025-08-22: 30 Aug \
                 to 1 Sep), zakon.kz (2025-09-16: 27 Oct; 2025-11-24: 16 Dec), \
                 energy-city.kz and informburo (Ministry of Labour order moving Sunday 5 Jan to \
                 Friday 3 Jan); the Italian trade agency's Almaty office (10 Mar, 27 Oct)",
    },
    Year {
        year: 2026,
        weekdays_off: &[
            (1, 1),   // New Year
            (1, 2),   // New Year
            (1, 7),   // Orthodox Christmas
            (3, 9),   // for International Women's Day, Sunday 8 March
            (3, 23),  // Nauryz
            (3, 24),  // for Nauryz, Saturday 21 March
            (3, 25),  // for Nauryz, Sunday 22 March
            (5, 1),   // Kazakhstan People's Unity Day
            (5, 7),   // Defender of the Fatherland Day
            (5, 11),  // for Victory Day, Saturday 9 May
            (5, 27),  // Kurban Ait
            (7, 6),   // Capital Day
            (10, 26), // for Republic Day, Sunday 25 October (Art. 5 rule)
            (12, 16), // Independence Day
        ],
        working_weekends: &[],
        source: "eGov holiday calendar as reported by alau.kz (2026-01-02) and zakon.kz \
                 (2026-01-09); 30 August is no longer Constitution Day from 2026 (Ministry of \
                 Labour, taspanews.kz 2026-03-18), so 31 August is a working day; 26 October \
                 follows the Law's Art. 5 rule (no 2026 report found)",
    },
];

/// The calendar of `year`, if known.
pub(crate) fn year(year: i32) -> Option<&'static Year> {
    YEARS.iter().find(|y| y.year == year)
}

/// Whether `date` is a working day; `None` when its year is not known.
pub(crate) fn is_working_day(date: NaiveDate) -> Option<bool> {
    use chrono::{Datelike, Weekday};
    let calendar = year(date.year())?;
    let md = (date.month(), date.day());
    Some(match date.weekday() {
        Weekday::Sat | Weekday::Sun => calendar.working_weekends.contains(&md),
        _ => !calendar.weekdays_off.contains(&md),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Weekday};

    #[test]
    fn weekdays_off_are_weekdays_and_working_weekends_are_weekends() {
        for calendar in YEARS {
            for &(m, d) in calendar.weekdays_off {
                let date = NaiveDate::from_ymd_opt(calendar.year, m, d).expect("a date");
                assert!(
                    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
                    "{date} is a weekend day"
                );
            }
            for &(m, d) in calendar.working_weekends {
                let date = NaiveDate::from_ymd_opt(calendar.year, m, d).expect("a date");
                assert!(
                    matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
                    "{date} is a weekday"
                );
            }
            assert!(!calendar.source.is_empty());
        }
    }

    #[test]
    fn years_are_in_order_and_unique() {
        assert!(YEARS.windows(2).all(|w| w[0].year < w[1].year));
    }
}
