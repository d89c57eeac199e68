//! The texts of short-stay visas on the traveller page, in each language: the fields, what a
//! visa allows in plain words, which bound sets the day to leave by, a stay that breaks a
//! visa, and a row that cannot be read (naming the row, field and value).

use crate::documents::{Entries, ExitReason, Visa, VisaProblem, VisaVerdict};
use crate::plural::{russian_at_most_days, russian_days};
use crate::web::i18n::kk::{self, Case};
use crate::web::i18n::{en, ru};
use crate::web::traveller::{VisaField, VisaInputError};
use chrono::NaiveDate;

/// Every visa text in one language.
pub(crate) struct VisaTexts {
    /// The card's heading (the card holds residence permits and D visas too).
    pub heading: &'static str,
    /// What to type, and that it is optional.
    pub hint: &'static str,
    /// The button adding a visa.
    pub add: &'static str,
    /// A row's legend: "Visa N".
    pub label: fn(usize) -> String,
    /// The delete button: "Delete visa N".
    pub delete: fn(usize) -> String,
    /// The fields: FROM, UNTIL, entries, duration of stay.
    pub from: &'static str,
    pub until: &'static str,
    pub entries: &'static str,
    pub days: &'static str,
    /// The entries picker's options: 1, 2, MULT.
    pub one: &'static str,
    pub two: &'static str,
    pub mult: &'static str,
    /// Visas are checked under the Schengen rule only.
    pub not_checked: &'static str,
    /// What a visa allows, in plain words.
    pub allows: fn(&Visa) -> String,
    /// A row that cannot be read, and is left out of the check.
    pub error: fn(&VisaInputError) -> String,
    /// The visa bound that sets the day to leave by (UNTIL, DURATION OF STAY, entries), with
    /// the day (`None`: no day left), the rule's 90/180 day, and the visa (1-based).
    pub leave_by: fn(ExitReason, Option<NaiveDate>, Option<NaiveDate>, usize, &Visa) -> String,
    /// Short: "Set by your visa's UNTIL date." (the longest-stay card, the calendar).
    pub sets_it: fn(ExitReason) -> &'static str,
    /// A stay that breaks its visa: which condition, from which day.
    pub breach: fn(&VisaVerdict, &Visa) -> String,
}

fn field_en(field: VisaField) -> &'static str {
    match field {
        VisaField::From => "FROM",
        VisaField::Until => "UNTIL",
        VisaField::Entries => "entries",
        VisaField::Days => "duration of stay",
        VisaField::Country => "issuing country",
    }
}

fn en_error(e: &VisaInputError) -> String {
    let why = match (e.field, &e.from) {
        (VisaField::Until, Some(from)) => format!("is before FROM {from}"),
        (_, _) if e.value.is_empty() => "is missing".into(),
        (VisaField::From | VisaField::Until, _) => "is not a date".into(),
        (VisaField::Entries, _) => "must be 1, 2 or MULT".into(),
        (VisaField::Days, _) => "must be 1 to 90 days".into(),
        (VisaField::Country, _) => "is not a country we know".into(),
    };
    let value = if e.value.is_empty() {
        String::new()
    } else {
        format!(" \"{}\"", e.value)
    };
    format!(
        "Visa {}: {}{value} {why}. This visa is not checked until it is corrected.",
        e.row,
        field_en(e.field)
    )
}

fn en_allows(v: &Visa) -> String {
    let entries = match v.entries {
        Entries::One => "One entry",
        Entries::Two => "Two entries",
        Entries::Multiple => "Any number of entries",
    };
    let days = if v.is_rolling() {
        "at most 90 days in any 180".to_string()
    } else {
        format!(
            "at most {} in the area in all (to be safe, days there in the 180 days before count \
             too)",
            if v.days == 1 {
                "1 day".to_string()
            } else {
                format!("{} days", v.days)
            }
        )
    };
    format!(
        "{entries}, for stays within {} (leave by the last day), {days}.",
        en::range(v.from, v.until)
    )
}

fn en_leave_by(
    reason: ExitReason,
    exit: Option<NaiveDate>,
    rule: Option<NaiveDate>,
    n: usize,
    v: &Visa,
) -> String {
    let before = rule.map_or("first".to_string(), |d| {
        format!("before your 90/180 limit, {}", en::date(d))
    });
    match (reason, exit) {
        (ExitReason::VisaUntil, Some(exit)) => format!(
            "Your visa's UNTIL date, {}, comes {before}: leave by {}.",
            en::date(v.until),
            en::date(exit)
        ),
        (ExitReason::VisaDays, Some(exit)) => format!(
            "Your visa's duration of stay, {} days, runs out {before}: leave by {}.",
            v.days,
            en::date(exit)
        ),
        (ExitReason::VisaEntries, _) => format!(
            "Visa {n} has no entry left for this stay: it allows {}. This stay is not covered \
             by it.",
            match v.entries {
                Entries::One => "one entry",
                _ => "two entries",
            }
        ),
        _ => format!("Visa {n} leaves no day to stay from the check date."),
    }
}

fn en_sets_it(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::VisaUntil => "Set by your visa's UNTIL date.",
        ExitReason::VisaDays => "Set by your visa's duration of stay.",
        _ => "Set by your visa's number of entries.",
    }
}

fn en_breach(b: &VisaVerdict, v: &Visa) -> String {
    let from = b.first_unlawful_day.map(en::date).unwrap_or_default();
    let what = match b.problem {
        Some(VisaProblem::Entries) => format!(
            "it is entry {} on visa {}, which allows {}",
            b.entry_number,
            b.visa,
            v.entries.allowed().unwrap_or(0)
        ),
        Some(VisaProblem::Until) => format!(
            "it goes past visa {}'s UNTIL date, {}, from {from}",
            b.visa,
            en::date(v.until)
        ),
        _ => format!(
            "it goes over visa {}'s {} days of stay from {from}",
            b.visa, v.days
        ),
    };
    format!(
        "The stay {} breaks its visa: {what}.",
        en::range(b.entry, b.exit)
    )
}

pub(crate) const EN: VisaTexts = VisaTexts {
    heading: "Visas and residence permits",
    hint: "Short-stay visas, optional, as the sticker reads: FROM, UNTIL, NUMBER OF ENTRIES \
           (1, 2 or MULT) and DURATION OF STAY in days. Stays entered on a visa are checked \
           against it as well as against 90/180.",
    add: "Add a visa",
    label: |n| format!("Visa {n}"),
    delete: |n| format!("Delete visa {n}"),
    from: "From",
    until: "Until",
    entries: "Entries",
    days: "Duration of stay, days",
    one: "1",
    two: "2",
    mult: "MULT",
    not_checked: "Visa conditions are checked under the Schengen rule only: the visas are not \
                  checked under this rule.",
    allows: en_allows,
    error: en_error,
    leave_by: en_leave_by,
    sets_it: en_sets_it,
    breach: en_breach,
};

fn field_ru(field: VisaField) -> &'static str {
    match field {
        VisaField::From => "«Действует с»",
        VisaField::Until => "«Действует по»",
        VisaField::Entries => "«Количество въездов»",
        VisaField::Days => "«Продолжительность пребывания»",
        VisaField::Country => "«Кем выдан (страна)»",
    }
}

fn ru_error(e: &VisaInputError) -> String {
    let why = match (e.field, &e.from) {
        (VisaField::Until, Some(from)) => format!("раньше даты начала {from}"),
        (_, _) if e.value.is_empty() => "не указано".into(),
        (VisaField::From | VisaField::Until, _) => "не является датой".into(),
        (VisaField::Entries, _) => "должно быть 1, 2 или MULT".into(),
        (VisaField::Days, _) => "должна быть от 1 до 90 дней".into(),
        (VisaField::Country, _) => "не найдена".into(),
    };
    let value = if e.value.is_empty() {
        String::new()
    } else {
        format!(" «{}»", e.value)
    };
    format!(
        "Виза {}: поле {}{value} — {why}. Эта виза не проверяется, пока поле не исправлено.",
        e.row,
        field_ru(e.field)
    )
}

fn ru_allows(v: &Visa) -> String {
    let entries = match v.entries {
        Entries::One => "Однократная",
        Entries::Two => "Двукратная",
        Entries::Multiple => "Многократная",
    };
    let days = if v.is_rolling() {
        "не более 90 дней в любые 180".to_string()
    } else {
        format!(
            "всего {} в зоне (для надёжности учитываются и дни в зоне за 180 дней до этого)",
            russian_at_most_days(v.days)
        )
    };
    format!(
        "{entries}: пребывание в период {} (выехать не позднее последнего дня), {days}.",
        ru::range(v.from, v.until)
    )
}

fn ru_leave_by(
    reason: ExitReason,
    exit: Option<NaiveDate>,
    rule: Option<NaiveDate>,
    n: usize,
    v: &Visa,
) -> String {
    let before = rule.map_or("раньше".to_string(), |d| {
        format!("раньше предела 90/180 ({})", ru::long(d))
    });
    // The long date ends with «г.», which ends the sentence too.
    match (reason, exit) {
        (ExitReason::VisaUntil, Some(exit)) => format!(
            "Срок действия визы ({}) истекает {before}: выехать нужно не позднее {}",
            ru::long(v.until),
            ru::long(exit)
        ),
        (ExitReason::VisaDays, Some(exit)) => format!(
            "Продолжительность пребывания по визе ({}) заканчивается {before}: выехать нужно \
             не позднее {}",
            russian_days(v.days),
            ru::long(exit)
        ),
        (ExitReason::VisaEntries, _) => format!(
            "По визе {n} не осталось въездов для этой поездки: она {}. Эта поездка визой не \
             покрыта.",
            match v.entries {
                Entries::One => "однократная",
                _ => "двукратная",
            }
        ),
        _ => format!("Виза {n} не оставляет ни одного дня пребывания с даты проверки."),
    }
}

fn ru_sets_it(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::VisaUntil => "Из-за срока действия визы.",
        ExitReason::VisaDays => "Из-за продолжительности пребывания по визе.",
        _ => "Из-за количества въездов по визе.",
    }
}

fn ru_breach(b: &VisaVerdict, v: &Visa) -> String {
    let from = b.first_unlawful_day.map(ru::long).unwrap_or_default();
    let what = match b.problem {
        Some(VisaProblem::Entries) => format!(
            "это {}-й въезд по визе {}, а она разрешает {}",
            b.entry_number,
            b.visa,
            v.entries.allowed().unwrap_or(0)
        ),
        Some(VisaProblem::Until) => format!(
            "она продолжается после окончания визы {} ({}), с {from}",
            b.visa,
            ru::long(v.until)
        ),
        _ => format!(
            "она превышает продолжительность пребывания по визе {} ({}), с {from}",
            b.visa,
            russian_days(v.days)
        ),
    };
    let mut text = format!(
        "Поездка {} нарушает условия визы: {what}",
        ru::range(b.entry, b.exit)
    );
    // A long date ends with «г.», which ends the sentence too.
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

pub(crate) const RU: VisaTexts = VisaTexts {
    heading: "Визы и виды на жительство",
    hint: "Краткосрочные визы, необязательно. Как в визовой наклейке: «Действует с», «по», \
           количество въездов (1, 2 или MULT) и продолжительность пребывания в днях. Поездки \
           по визе проверяются и по её условиям, и по правилу 90/180.",
    add: "Добавить визу",
    label: |n| format!("Виза {n}"),
    delete: |n| format!("Удалить визу {n}"),
    from: "Действует с",
    until: "Действует по",
    entries: "Количество въездов",
    days: "Продолжительность пребывания, дней",
    one: "1",
    two: "2",
    mult: "MULT (многократная)",
    not_checked: "Условия виз проверяются только по правилу Шенгенской зоны: по этому правилу \
                  визы не проверены.",
    allows: ru_allows,
    error: ru_error,
    leave_by: ru_leave_by,
    sets_it: ru_sets_it,
    breach: ru_breach,
};

fn field_kk(field: VisaField) -> &'static str {
    match field {
        VisaField::From => "«Жарамды (бастап)»",
        VisaField::Until => "«Жарамды (дейін)»",
        VisaField::Entries => "«Келу саны»",
        VisaField::Days => "«Болу ұзақтығы»",
        VisaField::Country => "«Берген ел»",
    }
}

fn kk_error(e: &VisaInputError) -> String {
    let why = match (e.field, &e.from) {
        (VisaField::Until, Some(from)) => format!("басталу күнінен ({from}) ерте"),
        (_, _) if e.value.is_empty() => "көрсетілмеген".into(),
        (VisaField::From | VisaField::Until, _) => "күн емес".into(),
        (VisaField::Entries, _) => "1, 2 немесе MULT болуы керек".into(),
        (VisaField::Days, _) => "1-ден 90 күнге дейін болуы керек".into(),
        (VisaField::Country, _) => "табылмады".into(),
    };
    let value = if e.value.is_empty() {
        String::new()
    } else {
        format!(" «{}»", e.value)
    };
    format!(
        "{}-виза: {} өрісі{value} — {why}. Түзетілмейінше бұл виза тексерілмейді.",
        e.row,
        field_kk(e.field)
    )
}

fn kk_allows(v: &Visa) -> String {
    let entries = match v.entries {
        Entries::One => "Бір рет келуге",
        Entries::Two => "Екі рет келуге",
        Entries::Multiple => "Көп рет келуге",
    };
    let days = if v.is_rolling() {
        "кез келген 180 күнде 90 күннен аспай".to_string()
    } else {
        format!(
            "аймақта барлығы {} күннен аспай (сенімді болу үшін алдыңғы 180 күндегі күндер де \
             есептеледі)",
            v.days
        )
    };
    format!(
        "{entries} болады: {} аралығында (соңғы күннен кешіктірмей кету керек), {days}.",
        kk::range(v.from, v.until)
    )
}

fn kk_leave_by(
    reason: ExitReason,
    exit: Option<NaiveDate>,
    rule: Option<NaiveDate>,
    n: usize,
    v: &Visa,
) -> String {
    let before = rule.map_or("ертерек".to_string(), |d| {
        format!("90/180 шегінен ({}) бұрын", kk::long(d, Case::Nominative))
    });
    match (reason, exit) {
        (ExitReason::VisaUntil, Some(exit)) => format!(
            "Визаның жарамдылық мерзімі ({}) {before} аяқталады: елден {} кешіктірмей кету \
             керек.",
            kk::long(v.until, Case::Nominative),
            kk::long(exit, Case::Ablative)
        ),
        (ExitReason::VisaDays, Some(exit)) => format!(
            "Виза бойынша болу ұзақтығы ({} күн) {before} аяқталады: елден {} кешіктірмей кету \
             керек.",
            v.days,
            kk::long(exit, Case::Ablative)
        ),
        (ExitReason::VisaEntries, _) => format!(
            "{n}-виза бойынша бұл сапарға келу қалмады: ол {} рет келуге рұқсат береді. Бұл \
             сапар визамен қамтылмаған.",
            v.entries.allowed().unwrap_or(0)
        ),
        _ => format!("{n}-виза тексеру күнінен бастап болуға бірде-бір күн қалдырмайды."),
    }
}

fn kk_sets_it(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::VisaUntil => "Визаның жарамдылық мерзіміне байланысты.",
        ExitReason::VisaDays => "Виза бойынша болу ұзақтығына байланысты.",
        _ => "Виза бойынша келу санына байланысты.",
    }
}

fn kk_breach(b: &VisaVerdict, v: &Visa) -> String {
    let from = b
        .first_unlawful_day
        .map(|d| kk::long(d, Case::Ablative))
        .unwrap_or_default();
    let what = match b.problem {
        Some(VisaProblem::Entries) => format!(
            "бұл {}-визамен {}-келу, ал ол {} рет келуге рұқсат береді",
            b.visa,
            b.entry_number,
            v.entries.allowed().unwrap_or(0)
        ),
        Some(VisaProblem::Until) => format!(
            "сапар {from} бастап {}-визаның мерзімінен ({}) асып кетеді",
            b.visa,
            kk::long(v.until, Case::Nominative)
        ),
        _ => format!(
            "сапар {from} бастап {}-виза бойынша болу ұзақтығынан ({} күн) асады",
            b.visa, v.days
        ),
    };
    format!(
        "{} аралығындағы сапар виза шарттарын бұзады: {what}.",
        kk::range(b.entry, b.exit)
    )
}

pub(crate) const KK: VisaTexts = VisaTexts {
    heading: "Визалар мен ықтиярхаттар",
    hint: "Қысқа мерзімді визалар, міндетті емес. Виза жапсырмасындағыдай: жарамдылық \
           мерзімінің басы мен соңы, келу саны (1, 2 немесе MULT) және болу ұзақтығы (күн). \
           Визамен келген сапарлар визаның шарттары бойынша да, 90/180 ережесі бойынша да \
           тексеріледі.",
    add: "Виза қосу",
    label: |n| format!("{n}-виза"),
    delete: |n| format!("{n}-визаны жою"),
    from: "Жарамды (бастап)",
    until: "Жарамды (дейін)",
    entries: "Келу саны",
    days: "Болу ұзақтығы, күн",
    one: "1",
    two: "2",
    mult: "MULT (көп рет)",
    not_checked: "Виза шарттары тек Шенген аймағының ережесі бойынша тексеріледі: бұл ереже \
                  бойынша визалар тексерілмеді.",
    allows: kk_allows,
    error: kk_error,
    leave_by: kk_leave_by,
    sets_it: kk_sets_it,
    breach: kk_breach,
};
