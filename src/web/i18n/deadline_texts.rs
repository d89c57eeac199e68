//! The texts of the deadlines list on the traveller page, in each language: the host's arrival
//! notification in Kazakhstan as the engine's catalogue (`kz-arrival`) sets it, with its source,
//! or why its date cannot be worked out. The number of working days is the catalogue's; the
//! source is the catalogue's in English and said in each language from the same facts (the Law
//! of 27 December 2019, in force 11 January 2020).

use crate::deadlines::{Counting, Deadline, EventRule};
use crate::web::i18n::kk::{self, Case};
use crate::web::i18n::{en, ru};
use chrono::NaiveDate;

/// Every deadline text in one language.
pub(crate) struct DeadlineTexts {
    /// The list's heading.
    pub heading: &'static str,
    /// What the host must do, within the catalogue's number of working days.
    pub intro: fn(u32) -> String,
    /// One arrival and the day to notify it by.
    pub arrival: fn(&Deadline) -> String,
    /// The rule's source (the law and where it was read).
    pub source: fn(&EventRule) -> String,
    /// An arrival whose deadline the catalogue cannot work out (its year's holidays are not
    /// known).
    pub unknown: fn(NaiveDate) -> String,
    /// Said when the calendar file holds the deadlines.
    pub calendar: &'static str,
    /// Said after an arrival that a `reentry` warning doubts: the row may continue the stay
    /// before it, and then there was no arrival to notify.
    pub if_new_entry: &'static str,
}

/// The days a deadline counts (the catalogue's).
pub(crate) fn working_days(counting: Counting) -> u32 {
    match counting {
        Counting::WorkingDays(n) | Counting::CalendarDays(n) | Counting::Months(n) => n,
    }
}

pub(crate) const EN: DeadlineTexts = DeadlineTexts {
    heading: "Deadlines in Kazakhstan",
    intro: |n| {
        format!(
            "The host (hotel, landlord, employer or other receiving party) must notify the \
             migration service of each arrival within {n} working days (Kazakhstan's weekends \
             and public holidays skipped; the arrival day counts when it is a working day):"
        )
    },
    arrival: |d| {
        format!(
            "Arrival on {}: notify by {}.",
            en::date(d.event_date),
            en::date(d.date)
        )
    },
    source: |r| format!("Source: {}.", r.source),
    unknown: |entry| {
        format!(
            "Arrival on {}: the date cannot be worked out yet, as Kazakhstan's public holidays \
             of those days are not in the calendar here.",
            en::date(entry)
        )
    },
    calendar: "The calendar file holds these deadlines too.",
    if_new_entry: "Only if this was a new entry: if you did not leave Kazakhstan before it, this \
                   row continues the stay before it (see the warning on stays with no day between \
                   them; a move to another address may need a notice of its own).",
};

pub(crate) const RU: DeadlineTexts = DeadlineTexts {
    heading: "Сроки в Казахстане",
    intro: |n| {
        format!(
            "Принимающая сторона (гостиница, арендодатель, работодатель или другая принимающая \
             сторона) должна уведомить миграционную службу о каждом прибытии в течение {n} \
             рабочих дней (выходные и праздники Казахстана не считаются; день прибытия \
             считается, если он рабочий):"
        )
    },
    arrival: |d| {
        format!(
            // The date ends with «г.»: no second full stop.
            "Въезд {}: уведомить не позднее {}",
            ru::long(d.event_date),
            ru::long(d.date)
        )
    },
    source: |_| {
        "Источник: Закон Республики Казахстан от 27 декабря 2019 г. об изменениях миграционного \
         законодательства (в силе с 11 января 2020 г.): уведомление о прибытии в течение трёх \
         рабочих дней, при любом режиме въезда; за просрочку отвечает принимающая сторона по \
         Кодексу об административных правонарушениях."
            .into()
    },
    unknown: |entry| {
        format!(
            "Въезд {}: дату пока нельзя рассчитать: праздники Казахстана на эти дни ещё не \
             внесены в календарь.",
            ru::long(entry)
        )
    },
    calendar: "Эти сроки есть и в файле календаря.",
    if_new_entry: "Только если это был новый въезд: если вы не выезжали из Казахстана перед ним, \
                   эта поездка продолжает предыдущее пребывание (см. предупреждение о поездках \
                   без дня перерыва; о переезде на другой адрес может потребоваться отдельное \
                   уведомление).",
};

pub(crate) const KK: DeadlineTexts = DeadlineTexts {
    heading: "Қазақстандағы мерзімдер",
    intro: |n| {
        format!(
            "Қабылдаушы тарап (қонақ үй, тұрғын үй иесі, жұмыс беруші немесе басқа қабылдаушы) \
             көші-қон қызметін әр келу туралы {n} жұмыс күні ішінде хабардар етуі керек \
             (Қазақстанның демалыс және мереке күндері есептелмейді; келген күн жұмыс күні \
             болса, есептеледі):"
        )
    },
    arrival: |d| {
        format!(
            "{} келу: {} кешіктірмей хабарлау керек.",
            kk::long(d.event_date, Case::Locative),
            kk::long(d.date, Case::Ablative)
        )
    },
    source: |_| {
        "Дереккөз: Қазақстан Республикасының көші-қон заңнамасына өзгерістер енгізу туралы 2019 \
         жылғы 27 желтоқсандағы Заңы (2020 жылғы 11 қаңтардан бастап күшінде): келу туралы үш \
         жұмыс күні ішінде хабарлау, келу режиміне қарамастан; кешіктіргені үшін қабылдаушы тарап \
         Әкімшілік құқық бұзушылық туралы кодекс бойынша жауап береді."
            .into()
    },
    unknown: |entry| {
        format!(
            "{} келу: күнін әзірге есептеу мүмкін емес: сол күндердегі Қазақстанның мереке \
             күндері күнтізбеге әлі енгізілмеген.",
            kk::long(entry, Case::Locative)
        )
    },
    calendar: "Бұл мерзімдер күнтізбе файлында да бар.",
    if_new_entry: "Бұл жаңа келу болса ғана: егер оған дейін Қазақстаннан шықпасаңыз, бұл сапар \
                   алдыңғы болудың жалғасы (күн аралатпай жалғасатын сапарлар туралы ескертуді \
                   қараңыз; басқа мекенжайға көшу туралы бөлек хабарлама қажет болуы мүмкін).",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::deadlines::{deadline, Event};

    #[test]
    fn the_arrival_notice_says_the_catalogue_s_date_in_every_language() {
        let d = deadline(&Event::of("kz-arrival", date(2026, 3, 20), "event").unwrap()).unwrap();
        assert_eq!(
            (EN.arrival)(&d),
            "Arrival on 20 Mar 2026: notify by 27 Mar 2026."
        );
        assert!((EN.intro)(3).contains("within 3 working days"));
        assert!((EN.source)(d.rule).starts_with("Source: Law of 27 Dec 2019"));
        assert!((RU.arrival)(&d).contains("не позднее 27\u{a0}марта 2026\u{a0}г."));
        assert!((KK.arrival)(&d).contains("27\u{a0}наурыздан кешіктірмей"));
        for texts in [&EN, &RU, &KK] {
            assert!((texts.unknown)(date(2026, 12, 30)).contains("2026"));
            assert!((texts.intro)(3).contains('3'));
        }
        assert!(EN
            .if_new_entry
            .starts_with("Only if this was a new entry: "));
        assert!(RU
            .if_new_entry
            .starts_with("Только если это был новый въезд: "));
        assert!(KK.if_new_entry.starts_with("Бұл жаңа келу болса ғана: "));
    }
}
