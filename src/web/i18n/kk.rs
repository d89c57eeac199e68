//! Kazakh.

use crate::assessment::Status;
use crate::error::Error;
use crate::rule::{Confidence, Limits, PerEntry, Window};
use crate::timeline::TimelineDay;
use crate::warning::Warning;
use crate::web::i18n::texts::Texts;
use crate::web::i18n::{dotted, places};
use crate::web::traveller::{Dropped, MAX_ROWS};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел",
];

fn date(date: NaiveDate) -> String {
    dotted(date)
}

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

fn days(n: u32) -> String {
    format!("{n} күн")
}

fn confidence_name(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "жоғары",
        Confidence::Medium => "орташа",
        Confidence::Low => "төмен",
    }
}

fn limits_text(limits: &Limits) -> String {
    let window = limits.window.map(|window| match window {
        Window::Rolling { days: d, max } => {
            format!("кез келген {d} күн ішінде ең көбі {max} күн")
        }
        Window::CalendarYear { max } => format!("күнтізбелік жылда ең көбі {max} күн"),
        Window::FromFirstEntry { days: d, max } => {
            format!("алғашқы кіруден басталатын әрбір {d} күндік кезеңде ең көбі {max} күн")
        }
    });
    let per_entry = limits.per_entry.map(|cap| match cap {
        PerEntry::Days(n) => format!("бір кіруге ең көбі {n} күн"),
        PerEntry::Months(n) => format!("бір кіруге ең көбі {n} ай"),
    });
    [window, per_entry]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

fn from_date(date: &str) -> String {
    format!("{date} бастап")
}

fn destination_name(name: &'static str) -> &'static str {
    places::destination(name, 1)
}

fn country_name(code: &'static str) -> &'static str {
    places::country(code, 2)
}

fn field(field: &str) -> &str {
    match field {
        "entry" => "кіру күні",
        "exit" => "шығу күні",
        "on" | "check date" => "тексеру күні",
        "window" => "кезең",
        "maximum" => "ең көп күн",
        "per-entry cap" => "бір кіруге шек",
        other => other,
    }
}

fn error(error: &Error) -> String {
    match error {
        Error::BadDate {
            value, field: f, ..
        } => format!("{}: «{value}» дұрыс күн емес", field(f)),
        Error::DateOutOfRange {
            date: d, field: f, ..
        } => format!(
            "{} {} қолдау көрсетілетін күндерден тыс (1900–2199)",
            field(f),
            date(*d)
        ),
        Error::ExitBeforeEntry { entry, exit, .. } => {
            format!("шығу ({}) кіруден ({}) бұрын", date(*exit), date(*entry))
        }
        Error::OpenStayAfterCheckDate { entry, on, .. } => format!(
            "әлі аяқталмаған сапар тексеру күнінен ({}) кейін, {} басталмайды",
            date(*on),
            date(*entry)
        ),
        Error::UnknownRule { id } => format!("каталогта «{id}» ережесі жоқ"),
        Error::RuleNotInForce { on, from, .. } => format!(
            "ереже {} күні күшінде емес: ол {} бастап қолданылады",
            date(*on),
            date(*from)
        ),
        Error::InvalidRule { reason, .. } => format!("бұл сандардан ереже шықпайды ({reason})"),
        Error::InvalidNumber {
            field: f, value, ..
        } => format!(
            "{}: «{value}» 1 мен {} аралығындағы бүтін сан болуы керек",
            field(f),
            crate::rule::MAX_RULE_DAYS
        ),
        Error::BadInput { reason, .. } => format!("оқылмады ({reason})"),
    }
}

fn warning(warning: &Warning) -> String {
    match warning {
        Warning::Overlap {
            first_row,
            second_row,
            from,
            until,
        } => format!(
            "{first_row} және {second_row} сапарлар {} .. {} аралығында қабаттасады: бұл күндер \
             бір рет саналады",
            date(*from),
            date(*until)
        ),
    }
}

fn row_label(n: usize) -> String {
    format!("{n}-сапар")
}

fn delete_row(n: usize) -> String {
    format!("{n}-сапарды жою")
}

/// What reading saved data or a link left out, as a list (`2 сапар күні, ереже`).
fn left_out(dropped: &Dropped) -> String {
    let mut parts = Vec::new();
    if dropped.dates > 0 {
        parts.push(format!("{} сапар күні", dropped.dates));
    }
    if dropped.rows > 0 {
        parts.push(format!("{MAX_ROWS} шегінен асқан {} сапар", dropped.rows));
    }
    let fields = [
        (dropped.rule, "ереже"),
        (dropped.check_date, "тексеру күні"),
        (dropped.lang, "тіл"),
        (dropped.nationality, "азаматтық"),
        (dropped.custom, "өз сандарыңыз"),
    ];
    parts.extend(fields.iter().filter(|f| f.0).map(|f| f.1.to_string()));
    parts.join(", ")
}

fn saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Осы браузерде сақталған деректердің бір бөлігі оқылмады, сондықтан алынып тасталды: \
         {}. Қалғаны қалпына келтірілді.",
        left_out(dropped)
    )
}

fn widget_saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Осы есептегіш сақтаған деректердің бір бөлігі оқылмады, сондықтан алынып тасталды: \
         {}. Қалғаны қалпына келтірілді. Сақталған деректер сіз бірдеңе өзгерткенше сол күйінде \
         қалады.",
        left_out(dropped)
    )
}

fn link_left_out(dropped: &Dropped) -> String {
    format!(
        "Сілтеменің бір бөлігі оқылмады, сондықтан алынып тасталды: {}. Қалғаны ашылды.",
        left_out(dropped)
    )
}

fn pasted(n: usize) -> String {
    format!("Қосылды: {n} сапар.")
}

fn line(n: usize) -> String {
    format!("{n}-жол")
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Ok => "Шектен аспайды",
        Status::Warning => "Шекке жақын",
        Status::Overstay => "Мерзімнен асып кету",
    }
}

fn window_note(start: &str, end: &str) -> String {
    format!("{start} .. {end} кезеңінде")
}

fn of_limit(limit: u32) -> String {
    format!("{limit} ішінен")
}

fn longest_stay(on: &str, staying_on: bool) -> String {
    if staying_on {
        format!("{on} бастап қала берсеңіз, ең ұзақ болу мерзімі")
    } else {
        format!("{on} күні кірсеңіз, ең ұзақ болу мерзімі")
    }
}

fn earliest_full_stay(n: u32) -> String {
    format!("Толық мерзімнің ({n} күн) ең ерте басталуы")
}

fn trip_ok(entry: &str, exit: &str, latest: Option<&str>) -> String {
    match latest {
        Some(latest) => format!("{entry} .. {exit}: дұрыс; {latest} дейін қалуға болады."),
        None => format!("{entry} .. {exit}: дұрыс."),
    }
}

fn trip_breaks(entry: &str, exit: &str, first: &str, n: u32) -> String {
    format!("{entry} .. {exit}: ережені {first} бастап бұзады (асып кету: {n} күн).")
}

fn summary(on: &str, used: u32, limit: u32, remaining: u32) -> String {
    format!("{on}: {limit} күннің {used} күні пайдаланылды, {remaining} күн қалды.")
}

fn overstay_from(first: &str) -> String {
    format!("Ереже {first} бастап бұзылған.")
}

fn overstay_days(on: &str) -> String {
    format!("{on} күнгі шектен тыс күндер")
}

fn unlawful_total(n: u32) -> String {
    format!("Ережені бұзған болу күндерінің жалпы саны: {n}.")
}

fn explain_day(day: &TimelineDay) -> String {
    let mut text = format!(
        "{}: {} .. {} кезеңінде {} күн",
        date(day.date),
        date(day.window_start),
        date(day.date),
        day.count
    );
    if day.limit == 0 {
        text += " (ереже күшінде емес)";
    } else {
        text += &format!(" (шегі {})", day.limit);
    }
    if day.unlawful {
        text += ": шектен тыс";
    }
    text
}

/// Every Kazakh text.
pub(crate) const TEXTS: Texts = Texts {
    date,
    month,
    days,
    title: "Қанша уақыт болуға болады?",
    tagline: "Сапарларыңыз бойынша болу ережесінің күндерін есептеу (мысалы, кез келген 180 \
        күнде 90 күн). Барлығы осы браузерде есептеледі: енгізген деректеріңіз ешқайда \
        жіберілмейді.",
    language: "Тіл",
    disclaimer: "Бұл заң кеңесі емес. Ережелер өзгереді, шешімді шекарашы қабылдайды: сапар \
        алдында билік органдарынан нақтылаңыз.",
    embed_link: "Бұл калькуляторды өз сайтыңызға орналастыру",
    rule_heading: "Ереже",
    destination: "Қайда",
    choose: "Таңдаңыз…",
    nationality: "Азаматтық",
    nationality_other: "Басқа азаматтық",
    rule: "Ереже",
    custom_rule: "Өз сандарым",
    no_rule_for: "Каталогта бұл азаматтыққа мұнда ереже жоқ: ережені атауы бойынша таңдаңыз \
        немесе оның сандарын енгізіңіз.",
    window_days: "Кезең (күн)",
    max_days: "Кезеңдегі ең көп күн",
    per_entry_days: "Бір кіруге ең көп күн (міндетті емес)",
    limits: "Шектеулер",
    applies_to: "Кімге қолданылады",
    source: "Дереккөз",
    confidence: "Сенімділік",
    last_checked: "Тексерілген күні",
    consequences: "Мерзімнен асып кетсеңіз",
    notes: "Ескертпелер",
    rule_more: "Асып кетудің салдары және ескертпелер",
    catalogue_in_english: "Ереже туралы каталог мәліметтері ағылшын тілінде берілген.",
    confidence_name,
    limits_text,
    from_date,
    destination_name,
    country_name,
    check_date: "Тексеру күні",
    today: "Бүгін",
    check_date_hint: "Жауап берілетін күн: өзгертпесеңіз, бүгін.",
    stays_heading: "Сапарларыңыз",
    stays_hint: "Кіру және шығу күндерінің екеуі де саналады. Әлі шықпаған болсаңыз, «әлі \
        сондамын» белгісін қойыңыз. Тексеру күнінен кейінгі сапарлар — жоспарланған сапарлар.",
    entry: "Кіру",
    exit: "Шығу",
    still_there: "Әлі сондамын",
    row_label,
    delete_row,
    planned: "Жоспар",
    add_stay: "Сапар қосу",
    sort: "Күн бойынша реттеу",
    no_stays: "Әзірге сапар жоқ: сапар қосыңыз немесе төменде тізім қойыңыз.",
    issue_no_exit: "Әзірге саналмады: шығу күнін енгізіңіз немесе «әлі сондамын» белгісін \
        қойыңыз.",
    issue_no_entry: "Әзірге саналмады: кіру күнін енгізіңіз.",
    error,
    warning,
    paste_heading: "Тізімді қою",
    paste_hint: "Әр жолда бір сапар, алдымен кіру, сосын шығу: 2025-03-01 2025-03-10, \
        01.03.2025 - 10.03.2025 немесе 01/03/2025,10/03/2025. Күн айдан бұрын жазылады. \
        Бір ғана күні бар жол — әлі аяқталмаған сапар.",
    paste_button: "Осы сапарларды қосу",
    pasted,
    line,
    answer_heading: "Жауап",
    status_name,
    days_used: "Пайдаланылған күндер",
    window_note,
    days_remaining: "Қалған күндер",
    of_limit,
    remaining_note: "«Қалған күндер» — ең ұзақ болу мерзімі емес: елде болған кезде ескі \
        күндер кезеңнен шығып, жаңалары қосылады, ал бір кіруге шек сапарды ертерек аяқтауы \
        мүмкін. Ең ұзақ болу мерзімі төменде.",
    longest_stay,
    latest_exit: "Ең кеш шығу күні",
    no_latest_exit: "Жоқ: осы күні елде болудың өзі ережені бұзады.",
    earliest_full_stay,
    no_full_stay: "Қолдау көрсетілетін күндер ішінде жоқ.",
    no_answer: "Әзірге жауап жоқ:",
    planned_heading: "Жоспарланған сапарлар",
    trip_ok,
    trip_breaks,
    summary,
    overstay_heading: "Мерзімнен асып кету",
    overstay_from,
    overstay_days,
    unlawful_total,
    consequences_unknown: "Каталогта бұл ереже бойынша асып кетудің салдары көрсетілмеген: \
        билік органдарынан нақтылаңыз.",
    share: "Бөлісу сілтемесі",
    share_ready: "Сапарларыңыз осы сілтемеде, # белгісінен кейін. Браузерлер бұл бөлікті \
        серверге ешқашан жібермейді.",
    share_copied: "Алмасу буферіне көшірілді.",
    shared_opened: "Жіберілген сілтеме бойынша ашылды.",
    restore_mine: "Өз деректерімді қайтару",
    newer_version: "Бұл сілтеме немесе сақталған деректер қосымшаның жаңарақ нұсқасынан, \
        оларды мұнда оқу мүмкін емес.",
    saved_unreadable: "Осы браузерде сақталған деректерді оқу мүмкін болмады, сондықтан \
        есептегіш бос ашылды. Ештеңе жойылған жоқ: бұл деректер браузерде қалады.",
    saved_left_out,
    link_unreadable: "Бұл сілтемені оқу мүмкін болмады: ол бүлінген немесе толық емес, \
        сондықтан одан ештеңе алынған жоқ. Сілтемені қайта жіберуді сұраңыз.",
    link_left_out,
    widget_saved_left_out,
    widget_saved_unreadable: "Осы есептегіш сақтаған деректерді оқу мүмкін болмады, сондықтан \
        ол бос ашылды. Сақталған деректер сіз бірдеңе өзгерткенше сол күйінде қалады.",
    clear: "Барлығын тазалау",
    clear_confirm: "Барлық сапарлар мен баптауларды осы браузерден жою керек пе?",
    clear_yes: "Иә, жою",
    cancel: "Болдырмау",
    print: "Қорытындыны басып шығару",
    chart_heading: "Саналған күндер, күн сайын",
    chart_help: "Сызық — әр күні саналған күндер саны, үзік сызық — шек, төмендегі жолақтар — \
        сапарларыңыз (жоспарланғандары ашығырақ, шектен тыс күндер қызыл), тік сызық — тексеру \
        күні. Санның қалай шыққанын көру үшін күнді нұсқаңыз немесе графикті таңдап, бағыт \
        пернелерін басыңыз.",
    legend_count: "саналған күндер",
    legend_limit: "шек",
    legend_stay: "сапар",
    legend_planned: "жоспар",
    legend_over: "шектен тыс",
    legend_today: "тексеру күні",
    explain_day,
};
