//! The texts of residence permits and long-stay (D) visas on the traveller page, in each
//! language: what a permit does in plain words (its days are not counted in 90/180, Schengen
//! Borders Code Art. 6(2)), a row that cannot be read (naming the permit, field and value), the
//! days of a stay it covers, and the days it covers in all. The fields' names are the visas'.

use crate::documents::{Permit, PermitDays};
use crate::plural::russian_days;
use crate::web::i18n::{en, kk, ru};
use crate::web::traveller::{VisaField, VisaInputError};

/// Every permit text in one language.
pub(crate) struct PermitTexts {
    /// What a permit does to the count, and that it is optional.
    pub hint: &'static str,
    /// The button adding a permit.
    pub add: &'static str,
    /// A row's legend: "Permit or D visa N".
    pub label: fn(usize) -> String,
    /// The delete button.
    pub delete: fn(usize) -> String,
    /// What a permit means for the count, in plain words.
    pub allows: fn(&Permit) -> String,
    /// A row that cannot be read: its days are counted until it is corrected.
    pub error: fn(&VisaInputError) -> String,
    /// A stay's days under a permit.
    pub covered: fn(u32) -> String,
    /// A permit's days of presence in all.
    pub summary: fn(&PermitDays) -> String,
    /// The chart's legend for days under a permit.
    pub legend: &'static str,
    /// Permits count under the Schengen rule only.
    pub not_checked: &'static str,
}

/// The value as typed, quoted with `open` and `close`, after a space; nothing when empty.
fn quoted(e: &VisaInputError, open: &str, close: &str) -> String {
    if e.value.is_empty() {
        String::new()
    } else {
        format!(" {open}{}{close}", e.value)
    }
}

fn en_error(e: &VisaInputError) -> String {
    let field = match e.field {
        VisaField::From => "FROM",
        _ => "UNTIL",
    };
    let why = match &e.from {
        Some(from) => format!("is before FROM {from}"),
        None if e.value.is_empty() => "is missing".into(),
        None => "is not a date".into(),
    };
    format!(
        "Permit or D visa {}: {field}{} {why}. Its days are counted until it is corrected.",
        e.row,
        quoted(e, "\"", "\"")
    )
}

pub(crate) const EN: PermitTexts = PermitTexts {
    hint: "Residence permits and long-stay (D) visas of a Schengen state, optional: the days \
           they cover are not counted in 90/180 (Schengen Borders Code, Art. 6(2)).",
    add: "Add a residence permit or D visa",
    label: |n| format!("Permit or D visa {n}"),
    delete: |n| format!("Delete permit or D visa {n}"),
    allows: |p| {
        format!(
            "Days in the area within {} are not counted in 90/180: you stay on the permit's own \
             terms then.",
            en::range(p.from, p.until)
        )
    },
    error: en_error,
    covered: |d| {
        format!(
            "{d} {} of this stay under a residence permit or D visa: not counted in 90/180.",
            if d == 1 { "day" } else { "days" }
        )
    },
    summary: |p| {
        format!(
            "Permit or D visa {}, {}: {} {} of presence not counted in 90/180.",
            p.permit,
            en::range(p.from, p.until),
            p.days,
            if p.days == 1 { "day" } else { "days" }
        )
    },
    legend: "under a permit (not counted)",
    not_checked: "Permits are taken into account under the Schengen rule only: under this rule \
                  every day counts.",
};

fn ru_error(e: &VisaInputError) -> String {
    let field = match e.field {
        VisaField::From => "«Действует с»",
        _ => "«Действует по»",
    };
    let why = match &e.from {
        Some(from) => format!("раньше даты начала {from}"),
        None if e.value.is_empty() => "не указано".into(),
        None => "не является датой".into(),
    };
    format!(
        "ВНЖ или виза D {}: поле {field}{} — {why}. Пока поле не исправлено, эти дни \
         учитываются.",
        e.row,
        quoted(e, "«", "»")
    )
}

pub(crate) const RU: PermitTexts = PermitTexts {
    hint: "Необязательно. Вид на жительство (ВНЖ) или долгосрочная виза D государства \
           Шенгенской зоны: дни в период их действия не учитываются в 90/180 (Шенгенский кодекс \
           о границах, ст. 6(2)).",
    add: "Добавить ВНЖ или визу D",
    label: |n| format!("ВНЖ или виза D {n}"),
    delete: |n| format!("Удалить ВНЖ или визу D {n}"),
    allows: |p| {
        format!(
            "Дни пребывания в зоне в период {} не учитываются в 90/180: в это время действуют \
             условия самого документа.",
            ru::range(p.from, p.until)
        )
    },
    error: ru_error,
    covered: |d| {
        format!(
            "Из этой поездки {} — по ВНЖ или визе D: в 90/180 не учитываются.",
            russian_days(d)
        )
    },
    summary: |p| {
        format!(
            "ВНЖ или виза D {} ({}): дней пребывания не учтено в 90/180: {}.",
            p.permit,
            ru::range(p.from, p.until),
            p.days
        )
    },
    legend: "по ВНЖ или визе D (не учитывается)",
    not_checked: "ВНЖ и визы D учитываются только по правилу Шенгенской зоны: по этому правилу \
                  считаются все дни.",
};

fn kk_error(e: &VisaInputError) -> String {
    let field = match e.field {
        VisaField::From => "«Жарамды (бастап)»",
        _ => "«Жарамды (дейін)»",
    };
    let why = match &e.from {
        Some(from) => format!("басталу күнінен ({from}) ерте"),
        None if e.value.is_empty() => "көрсетілмеген".into(),
        None => "күн емес".into(),
    };
    format!(
        "{}-ықтиярхат немесе D виза: {field} өрісі{} — {why}. Түзетілмейінше бұл күндер \
         есептеледі.",
        e.row,
        quoted(e, "«", "»")
    )
}

pub(crate) const KK: PermitTexts = PermitTexts {
    hint: "Міндетті емес. Шенген мемлекетінің тұруға ықтиярхаты немесе ұзақ мерзімді D визасы: \
           олардың қолданылу кезеңіндегі күндер 90/180 ережесі бойынша есептелмейді (Шенген \
           шекаралар кодексі, 6(2)-бап).",
    add: "Ықтиярхат немесе D виза қосу",
    label: |n| format!("{n}-ықтиярхат немесе D виза"),
    delete: |n| format!("{n}-ықтиярхатты немесе D визаны жою"),
    allows: |p| {
        format!(
            "{} аралығында аймақта болған күндер 90/180 ережесі бойынша есептелмейді: бұл \
             кезеңде құжаттың өз шарттары қолданылады.",
            kk::range(p.from, p.until)
        )
    },
    error: kk_error,
    covered: |d| {
        format!(
            "Бұл сапардың {d} күні тұруға ықтиярхат немесе D виза бойынша: 90/180 ережесі \
             бойынша есептелмейді."
        )
    },
    summary: |p| {
        format!(
            "{}-ықтиярхат немесе D виза ({}): болған {} күн 90/180 ережесі бойынша \
             есептелмейді.",
            p.permit,
            kk::range(p.from, p.until),
            p.days
        )
    },
    legend: "ықтиярхат бойынша (есептелмейді)",
    not_checked: "Ықтиярхаттар мен D визалары тек Шенген аймағының ережесі бойынша ескеріледі: \
                  бұл ереже бойынша барлық күндер есептеледі.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn every_language_names_the_permit_the_field_and_the_value() {
        let error = VisaInputError {
            row: 2,
            field: VisaField::From,
            value: "31.02.2025".into(),
            from: None,
        };
        let before = VisaInputError {
            row: 1,
            field: VisaField::Until,
            value: "2025-01-01".into(),
            from: Some("2025-02-01".into()),
        };
        for (texts, two) in [(&EN, "visa 2"), (&RU, "виза D 2"), (&KK, "2-ықтиярхат")]
        {
            let text = (texts.error)(&error);
            assert!(text.contains(two) && text.contains("31.02.2025"), "{text}");
            let text = (texts.error)(&before);
            assert!(
                text.contains("2025-01-01") && text.contains("2025-02-01"),
                "{text}"
            );
        }
        let days = PermitDays {
            permit: 1,
            from: date(2025, 3, 1),
            until: date(2025, 8, 31),
            days: 184,
        };
        assert_eq!(
            (EN.summary)(&days),
            "Permit or D visa 1, 1 Mar – 31 Aug 2025: 184 days of presence not counted in 90/180."
        );
        assert!((RU.summary)(&days).contains("31\u{a0}августа 2025"));
        assert!((KK.summary)(&days).contains("184 күн"));
        assert_eq!(
            (RU.covered)(21),
            "Из этой поездки 21 день — по ВНЖ или визе D: в 90/180 не учитываются."
        );
        let permit = Permit::new(date(2025, 3, 1), date(2025, 8, 31)).unwrap();
        assert!((EN.allows)(&permit).starts_with("Days in the area within 1 Mar – 31 Aug 2025"));
    }
}
