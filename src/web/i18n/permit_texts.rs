//! The texts of residence permits and long-stay (D) visas on the traveller page, in each
//! language: what a permit does in plain words (its days are not counted in 90/180, Schengen
//! Borders Code Art. 6(2)), a row that cannot be read (naming the permit, field and value), the
//! days of a stay it covers, and the days it covers in all. The fields' names are the visas'.

use crate::documents::{Permit, PermitDays};
use crate::plural::russian_days;
use crate::web::i18n::{en, kk, ru};
use crate::web::traveller::{VisaField, VisaInputError};
use crate::zones::ZonePermit;

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
    /// What a permit means for the count, in plain words; `by_zone`: the stays have countries
    /// (only the days in the state that issued it are left out), and then `elsewhere`: days in
    /// other Schengen states within its dates may count (said only then; `false` when the
    /// answer per zone finds none). Without countries, every day within its dates is left
    /// out, taken to be in that state: said, with how to have the others counted.
    pub allows: fn(&Permit, bool, bool) -> String,
    /// A row that cannot be read: its days are counted until it is corrected.
    pub error: fn(&VisaInputError) -> String,
    /// A stay's days under a permit.
    pub covered: fn(u32) -> String,
    /// A permit's days of presence in all.
    pub summary: fn(&PermitDays) -> String,
    /// After the summaries when the stays have no countries: the days left out are every day
    /// within the permits' dates, taken to be in the issuing state; days in other Schengen
    /// states count, and how to have them counted.
    pub assumed: &'static str,
    /// The chart's legend for days under a permit.
    pub legend: &'static str,
    /// Permits count under the Schengen rule only.
    pub not_checked: &'static str,
    /// The field naming the state that issued a permit (shown when stays have countries).
    pub country: &'static str,
    /// Stays have countries and a permit names no state: its days count until it does.
    pub needs_country: &'static str,
    /// A zone card's line: a permit's days in its state left out of the Schengen count.
    pub zone_left_out: fn(&ZonePermit) -> String,
    /// A zone card's line: a permit's days in its state counted (outside the Schengen area).
    pub zone_counted: fn(&ZonePermit) -> String,
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
    if e.field == VisaField::Country {
        return format!(
            "Permit or D visa {}: the issuing country{} is not one we know. Its days are counted \
             until it is corrected.",
            e.row,
            quoted(e, "\"", "\"")
        );
    }
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
    allows: |p, by_zone, elsewhere| match (by_zone, p.country) {
        (true, Some(c)) => format!(
            "Days in {} within {} are not counted in 90/180: you stay on the permit's own \
                 terms there.{}",
            c.en,
            en::range(p.from, p.until),
            if elsewhere {
                " Days in other Schengen states within these dates count."
            } else {
                ""
            }
        ),
        (true, None) => format!(
            "{}: name the country that issued it. Until then these days count in 90/180.",
            en::range(p.from, p.until)
        ),
        (false, _) => format!(
            "Days within {} are not counted in 90/180: they are taken to be in the state that \
                 issued it, where you stay on its own terms. Days you spent in other Schengen \
                 states within these dates count toward 90/180: give each stay its country to \
                 have them counted.",
            en::range(p.from, p.until)
        ),
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
    assumed: "These are all your days of presence within the permit's dates, taken to be in \
                  the state that issued it. Days you spent in other Schengen states within those \
                  dates count toward 90/180: give each stay its country to have them counted.",
    legend: "under a permit (not counted)",
    not_checked: "Permits are taken into account under the Schengen rule only: under this rule \
                  every day counts.",
    country: "Issued by (country)",
    needs_country: "Your stays name their countries: name the country that issued each permit \
                    or D visa. Only your days in that country are left out of 90/180 (days in \
                    other Schengen states count); until then every day counts.",
    zone_left_out: |p| {
        let elsewhere = match p.counted_elsewhere {
            0 => String::new(),
            n => format!(
                "; {n} {} in other Schengen states within its dates counted (there a permit \
                     holder is on a short stay)",
                if n == 1 { "day" } else { "days" }
            ),
        };
        format!(
            "Permit or D visa {} ({}), {}: {} {} in {} not counted in 90/180 (Schengen \
                 Borders Code, Art. 6(2)){elsewhere}.",
            p.permit,
            p.country.en,
            en::range(p.from, p.until),
            p.days,
            if p.days == 1 { "day" } else { "days" },
            p.country.en,
        )
    },
    zone_counted: |p| {
        format!(
            "Permit or D visa {} ({}): {} {} in {} counted. No source we found says this \
             country's rule leaves a permit's days out, so every day counts.",
            p.permit,
            p.country.en,
            p.days,
            if p.days == 1 { "day" } else { "days" },
            p.country.en
        )
    },
};

fn ru_error(e: &VisaInputError) -> String {
    if e.field == VisaField::Country {
        return format!(
            "ВНЖ или виза D {}: страна{} не найдена. Пока поле не исправлено, эти дни \
             учитываются.",
            e.row,
            quoted(e, "«", "»")
        );
    }
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
    allows: |p, by_zone, elsewhere| match (by_zone, p.country) {
        (true, Some(c)) => format!(
            "Дни в стране {} в период {} не учитываются в 90/180: там действуют условия самого \
             документа.{}",
            c.ru,
            ru::range(p.from, p.until),
            if elsewhere {
                " Дни в других государствах Шенгенской зоны в этот период считаются."
            } else {
                ""
            }
        ),
        (true, None) => format!(
            "{}: укажите страну, выдавшую документ. Пока она не указана, эти дни учитываются \
             в 90/180.",
            ru::range(p.from, p.until)
        ),
        (false, _) => format!(
            "Дни в период {} не учитываются в 90/180: считается, что вы были в государстве, \
             выдавшем документ, где действуют его условия. Дни в других государствах \
             Шенгенской зоны в этот период учитываются в 90/180: укажите страну каждой \
             поездки, чтобы они были посчитаны.",
            ru::range(p.from, p.until)
        ),
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
    assumed: "Это все дни пребывания в период действия документа: считается, что вы были в \
              государстве, выдавшем его. Дни в других государствах Шенгенской зоны в этот период \
              учитываются в 90/180: укажите страну каждой поездки, чтобы они были посчитаны.",
    legend: "по ВНЖ или визе D (не учитывается)",
    not_checked: "ВНЖ и визы D учитываются только по правилу Шенгенской зоны: по этому правилу \
                  считаются все дни.",
    country: "Кем выдан (страна)",
    needs_country: "У поездок указаны страны: укажите страну, выдавшую каждый ВНЖ или визу D. \
                    В 90/180 не учитываются только дни в этой стране (дни в других \
                    государствах Шенгенской зоны считаются); пока страна не указана, считаются \
                    все дни.",
    zone_left_out: |p| {
        let elsewhere = match p.counted_elsewhere {
            0 => String::new(),
            n => format!(
                "; дней в других государствах Шенгенской зоны в этот период учтено: {n} (там \
                 владелец ВНЖ находится на краткосрочном пребывании)"
            ),
        };
        format!(
            "ВНЖ или виза D {} ({}), {}: дней в стране {} не учтено в 90/180: {} (Шенгенский \
             кодекс о границах, ст. 6(2)){elsewhere}.",
            p.permit,
            p.country.ru,
            ru::range(p.from, p.until),
            p.country.ru,
            p.days,
        )
    },
    zone_counted: |p| {
        format!(
            "ВНЖ или виза D {} ({}): дней в стране {} учтено: {}. Мы не нашли источника, по \
             которому правило этой страны не учитывает дни по ВНЖ, поэтому считаются все дни.",
            p.permit, p.country.ru, p.country.ru, p.days
        )
    },
};

fn kk_error(e: &VisaInputError) -> String {
    if e.field == VisaField::Country {
        return format!(
            "{}-ықтиярхат немесе D виза: берген ел{} табылмады. Түзетілмейінше бұл күндер \
             есептеледі.",
            e.row,
            quoted(e, "«", "»")
        );
    }
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
    allows: |p, by_zone, elsewhere| match (by_zone, p.country) {
        (true, Some(c)) => format!(
            "{} елінде {} аралығында болған күндер 90/180 ережесі бойынша есептелмейді: онда \
             құжаттың өз шарттары қолданылады.{}",
            c.kk,
            kk::range(p.from, p.until),
            if elsewhere {
                " Осы кезеңде Шенгеннің басқа мемлекеттеріндегі күндер есептеледі."
            } else {
                ""
            }
        ),
        (true, None) => format!(
            "{}: құжатты берген елді көрсетіңіз. Ел көрсетілмейінше бұл күндер 90/180 ережесі \
             бойынша есептеледі.",
            kk::range(p.from, p.until)
        ),
        (false, _) => format!(
            "{} аралығындағы күндер 90/180 ережесі бойынша есептелмейді: олар құжатты берген \
             мемлекетте болған күндер деп саналады, онда құжаттың өз шарттары қолданылады. Осы \
             кезеңде Шенгеннің басқа мемлекеттерінде болған күндер 90/180 ережесі бойынша \
             есептеледі: оларды есептеу үшін әр сапардың елін көрсетіңіз.",
            kk::range(p.from, p.until)
        ),
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
    assumed: "Бұл — құжаттың қолданылу кезеңінде болған барлық күндеріңіз: олар құжатты берген \
              мемлекетте болған күндер деп саналады. Осы кезеңде Шенгеннің басқа \
              мемлекеттерінде болған күндер 90/180 ережесі бойынша есептеледі: оларды есептеу \
              үшін әр сапардың елін көрсетіңіз.",
    legend: "ықтиярхат бойынша (есептелмейді)",
    not_checked: "Ықтиярхаттар мен D визалары тек Шенген аймағының ережесі бойынша ескеріледі: \
                  бұл ереже бойынша барлық күндер есептеледі.",
    country: "Берген ел",
    needs_country: "Сапарларыңыздың елдері көрсетілген: әр ықтиярхатты немесе D визаны берген \
                    елді көрсетіңіз. 90/180 ережесі бойынша тек сол елдегі күндер есептелмейді \
                    (Шенгеннің басқа мемлекеттеріндегі күндер есептеледі); ел көрсетілмейінше \
                    барлық күндер есептеледі.",
    zone_left_out: |p| {
        let elsewhere = match p.counted_elsewhere {
            0 => String::new(),
            n => format!(
                "; осы кезеңде Шенгеннің басқа мемлекеттерінде болған {n} күн есептеледі (онда \
                 ықтиярхат иесі қысқа мерзімге келген болып саналады)"
            ),
        };
        format!(
            "{}-ықтиярхат немесе D виза ({}), {}: {} елінде болған {} күн 90/180 ережесі \
             бойынша есептелмейді (Шенген шекаралар кодексі, 6(2)-бап){elsewhere}.",
            p.permit,
            p.country.kk,
            kk::range(p.from, p.until),
            p.country.kk,
            p.days,
        )
    },
    zone_counted: |p| {
        format!(
            "{}-ықтиярхат немесе D виза ({}): {} елінде болған {} күн есептеледі. Бұл елдің \
             ережесі ықтиярхат күндерін есептемейді деген дереккөз табылмады, сондықтан барлық \
             күндер есептеледі.",
            p.permit, p.country.kk, p.country.kk, p.days
        )
    },
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
        // Without countries on the stays, every text says the days are taken to be in the
        // issuing state and that days in other states count, whatever the row names.
        let france = crate::zones::country("FR").unwrap();
        for p in [permit, permit.of(france)] {
            let text = (EN.allows)(&p, false, true);
            assert!(
                text.starts_with("Days within 1 Mar – 31 Aug 2025 are not counted")
                    && text.contains("taken to be in the state that issued it")
                    && text.contains("other Schengen states within these dates count"),
                "{text}"
            );
            assert!((RU.allows)(&p, false, true).contains("считается, что вы были в государстве"));
            assert!((KK.allows)(&p, false, true).contains("болған күндер деп саналады"));
        }
        // With countries, only the state's days are left out; the days in other Schengen
        // states are said to count only when there may be some.
        for (texts, starts, others) in [
            (&EN, "Days in France within 1 Mar", "other Schengen states"),
            (
                &RU,
                "Дни в стране Франция",
                "других государствах Шенгенской зоны",
            ),
            (&KK, "Франция елінде", "Шенгеннің басқа мемлекеттеріндегі"),
        ] {
            let some = (texts.allows)(&permit.of(france), true, true);
            let none = (texts.allows)(&permit.of(france), true, false);
            assert!(some.starts_with(starts) && some.contains(others), "{some}");
            assert!(none.starts_with(starts) && !none.contains(others), "{none}");
            assert!(some.starts_with(&none[..none.len() - 1]), "{some}\n{none}");
        }
        // A permit naming no state in a travel log leaves nothing out until it does.
        assert!((EN.allows)(&permit, true, true).contains("Until then these days count"));
    }

    #[test]
    fn a_zones_permit_lines_say_the_days_left_out_and_counted_in_every_language() {
        let zone_permit = ZonePermit {
            permit: 1,
            from: date(2025, 2, 1),
            until: date(2025, 6, 30),
            country: crate::zones::country("FR").unwrap(),
            days: 139,
            left_out: true,
            counted_elsewhere: 11,
        };
        let alone = ZonePermit {
            counted_elsewhere: 0,
            ..zone_permit
        };
        for texts in [&EN, &RU, &KK] {
            let text = (texts.zone_left_out)(&zone_permit);
            assert!(text.contains("139") && text.contains("11"), "{text}");
            assert!(text.contains("6(2)"), "{text}");
            let counted = (texts.zone_counted)(&zone_permit);
            assert!(counted.contains("139"), "{counted}");
            // No day in another Schengen state: nothing said of them.
            let text = (texts.zone_left_out)(&alone);
            assert!(
                text.ends_with("6(2)).") || text.ends_with("6(2)-бап)."),
                "{text}"
            );
            assert!(!text.contains(';') && !text.contains(" 0 "), "{text}");
        }
        let error = VisaInputError {
            row: 1,
            field: VisaField::Country,
            value: "Frnace".into(),
            from: None,
        };
        for texts in [&EN, &RU, &KK] {
            assert!((texts.error)(&error).contains("Frnace"));
        }
    }
}
