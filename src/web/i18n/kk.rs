//! Kazakh, in the terms of Kazakhstan's Kazakh legal texts (келу/кету for entry and exit,
//! «болу мерзімі», «болу мерзімін бұзу»; glossary in `docs/ru-kk-review.md` §4). A date
//! in a sentence is «2014 жылғы 13 желтоқсан» with the case ending the sentence needs on the
//! month: …желтоқсаннан бастап, …желтоқсанға дейін, …желтоқсандағы жағдай бойынша.

use crate::assessment::Status;
use crate::error::Error;
use crate::rule::{Confidence, Limits, PerEntry, Window, MAX_RULE_DAYS};
use crate::timeline::{CountedPart, TimelineDay};
use crate::warning::Warning;
use crate::web::i18n::document::DocumentReason;
use crate::web::i18n::grouped;
use crate::web::i18n::reason::{named_country, Reason};
use crate::web::i18n::texts::{Texts, ZoneTexts};
use crate::web::i18n::{dotted, numeric, places};
use crate::web::traveller::{Dropped, MAX_ROWS};
use crate::zones::{LogWarning, Why};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел",
];

/// The case a date in a sentence takes, on its month's name.
#[derive(Clone, Copy)]
pub(super) enum Case {
    /// «2025 жылғы 1 маусым».
    Nominative,
    /// «2025 жылғы 1 маусымнан» (before «бастап»).
    Ablative,
    /// «2025 жылғы 1 маусымға» (before «дейін»).
    Dative,
    /// «2025 жылғы 1 маусымда» (on that day).
    Locative,
    /// «2025 жылғы 1 маусымдағы» (before «жағдай бойынша» and nouns).
    Attributive,
}

/// Each month in the nominative, ablative, dative and attributive locative (-дағы/-дегі),
/// checked for vowel harmony and final consonant month by month.
const MONTH_CASES: [[&str; 4]; 12] = [
    ["қаңтар", "қаңтардан", "қаңтарға", "қаңтардағы"],
    ["ақпан", "ақпаннан", "ақпанға", "ақпандағы"],
    ["наурыз", "наурыздан", "наурызға", "наурыздағы"],
    ["сәуір", "сәуірден", "сәуірге", "сәуірдегі"],
    ["мамыр", "мамырдан", "мамырға", "мамырдағы"],
    ["маусым", "маусымнан", "маусымға", "маусымдағы"],
    ["шілде", "шілдеден", "шілдеге", "шілдедегі"],
    ["тамыз", "тамыздан", "тамызға", "тамыздағы"],
    ["қыркүйек", "қыркүйектен", "қыркүйекке", "қыркүйектегі"],
    ["қазан", "қазаннан", "қазанға", "қазандағы"],
    ["қараша", "қарашадан", "қарашаға", "қарашадағы"],
    ["желтоқсан", "желтоқсаннан", "желтоқсанға", "желтоқсандағы"],
];

/// A non-breaking space: a number stays on the line of its word.
const NBSP: char = '\u{a0}';

fn date(date: NaiveDate) -> String {
    dotted(date)
}

/// A date's month in `case`.
fn month_in(date: NaiveDate, case: Case) -> &'static str {
    let forms = MONTH_CASES[date.month0() as usize];
    match case {
        Case::Nominative => forms[0],
        Case::Ablative => forms[1],
        Case::Dative => forms[2],
        // The attributive without its -ғы/-гі: маусымда, сәуірде.
        Case::Locative => &forms[3][..forms[3].len() - "ғы".len()],
        Case::Attributive => forms[3],
    }
}

/// A date in a sentence, in `case`: `2014 жылғы 13 желтоқсаннан`.
pub(super) fn long(date: NaiveDate, case: Case) -> String {
    format!(
        "{}{NBSP}жылғы {}{NBSP}{}",
        date.year(),
        date.day(),
        month_in(date, case)
    )
}

/// Two dates as a range with a dash, in the nominative, the shared year or month said once:
/// `2025 жылғы 1–10 наурыз`, `2025 жылғы 1 наурыз – 10 сәуір`, `2026 жылғы 20 желтоқсан – 2027
/// жылғы 5 қаңтар`.
pub(super) fn range(start: NaiveDate, end: NaiveDate) -> String {
    let nominative = |d: NaiveDate| month_in(d, Case::Nominative);
    if start == end {
        long(start, Case::Nominative)
    } else if start.year() != end.year() {
        format!(
            "{} – {}",
            long(start, Case::Nominative),
            long(end, Case::Nominative)
        )
    } else if start.month() != end.month() {
        format!(
            "{}{NBSP}жылғы {}{NBSP}{} – {}{NBSP}{}",
            start.year(),
            start.day(),
            nominative(start),
            end.day(),
            nominative(end)
        )
    } else {
        format!(
            "{}{NBSP}жылғы {}–{}{NBSP}{}",
            start.year(),
            start.day(),
            end.day(),
            nominative(end)
        )
    }
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
            format!("кез келген {d} күндік кезеңде барлығы {max} күннен аспайды")
        }
        Window::CalendarYear { max } => format!("күнтізбелік жыл ішінде {max} күннен аспайды"),
        Window::FromFirstEntry { days: d, max } => {
            format!("алғаш келген күннен басталатын әрбір {d} күндік кезеңде {max} күннен аспайды")
        }
    });
    let per_entry = limits.per_entry.map(|cap| match cap {
        PerEntry::Days(n) => format!("бір келгенде {n} күннен аспайды"),
        PerEntry::Months(n) => format!("бір келгенде {n} айдан аспайды"),
    });
    [window, per_entry]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

fn from_date(date: NaiveDate) -> String {
    format!("{} бастап", long(date, Case::Ablative))
}

fn destination_name(name: &'static str) -> &'static str {
    places::destination(name, 1)
}

fn country_name(code: &'static str) -> &'static str {
    places::country(code, 2)
}

fn field(field: &str) -> &str {
    match field {
        "entry" => "келу күні",
        "exit" => "кету күні",
        "on" | "check date" => "есептеу күні",
        "window" => "кезең",
        "maximum" => "кезеңдегі ең көп күн",
        "per-entry cap" => "бір келгендегі шек",
        other => other,
    }
}

/// One of the engine's reasons in Kazakh.
fn reason(text: &str) -> String {
    match Reason::read(text) {
        Reason::OutOfRange { what, value, upto } => format!(
            "{}: {value}; рұқсат етілген мәндер: 1–{}",
            field(what),
            grouped(upto)
        ),
        Reason::MaxNotBelowWindow { max, days } => {
            format!("кезеңдегі ең көп күн саны ({max}) кезеңнен ({days}) аз болуы керек")
        }
        Reason::MoreThanTwoDates { token } => format!(
            "екіден көп күн (кету күнінен кейін «{token}»): әр жолға бір сапар, алдымен келу \
             күні, сосын кету күні"
        ),
        Reason::Unexpected { token } => format!(
            "түсініксіз сан («{token}»): әр жолға бір сапар — келу күні, кету күні және қажет \
             болса күн саны"
        ),
        Reason::NoYear { token } => format!(
            "«{token}» ішінде жыл көрсетілмеген: жылын қосып жазыңыз (ол өздігінен қойылмайды)"
        ),
        Reason::DaysDisagree {
            said,
            entry,
            exit,
            counted,
        } => format!(
            "жолда күн саны {said} деп жазылған, ал сапарда (келу күні: {}, кету күні: {}) {} \
             бар: келу күні де, кету күні де саналады",
            iso(entry),
            iso(exit),
            days(counted.parse().unwrap_or_default())
        ),
        Reason::NoDate => "жолда күн жоқ".to_string(),
        Reason::DotsMonthFirst { text } => format!(
            "{}айы бірінші жазылған сияқты (АА.КК.ЖЖЖЖ), бірақ нүктелі күндер күні бірінші \
             оқылады: КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде жазыңыз",
            named(text)
        ),
        Reason::OtherOrder {
            text,
            month_first,
            ours,
            theirs,
            example,
            line,
        } => format!(
            "{}күн {} жазылған, ал бұл файлда / немесе - белгісі бар күндер {} жазылған \
             ({ours} және {theirs}, мысалы {line}-жолдағы «{example}»): күнді ЖЖЖЖ-АА-КК \
             түрінде жазыңыз",
            named(text),
            if month_first {
                "айы бірінші"
            } else {
                "күні бірінші"
            },
            if month_first {
                "күні бірінші"
            } else {
                "айы бірінші"
            },
        ),
        Reason::BothWays {
            text,
            day_first: (day, day_line),
            month_first: (month, month_line),
        } => format!(
            "{}күні бірінші деп те, айы бірінші деп те оқылады, ал бұл файлда екі түрі де бар \
             ({day_line}-жолдағы «{day}» — күні бірінші, {month_line}-жолдағы «{month}» — айы \
             бірінші): күнді ЖЖЖЖ-АА-КК түрінде жазыңыз",
            named(text)
        ),
        Reason::NotADate => "күн емес: ЖЖЖЖ-АА-КК немесе күні бірінші жазылған күн күтіледі: \
                             КК.АА.ЖЖЖЖ, КК/АА/ЖЖЖЖ немесе КК-АА-ЖЖЖЖ"
            .to_string(),
        Reason::NoSuchDay { format } => format!("мұндай күн жоқ (пішімі: {})", pattern(format)),
        Reason::OutsideRange => "күн қолдау көрсетілетін аралықтан тыс (1900–2199 жж.)".to_string(),
        Reason::TooManyValues { values, columns } => format!(
            "жолдағы мәндер саны — {values}, ал тақырыптағы бағандар саны — {columns}; бөлгіш \
             таңбасы бар мәнді тырнақшаға алу керек"
        ),
        Reason::Missing { values, columns } => {
            format!("мән жоқ: жолда {values} мән бар, ал тақырыпта {columns} баған бар")
        }
        Reason::NoPerson => "бос: әр жолда аты-жөні көрсетілуі керек".to_string(),
        Reason::NoEntry => "бос: әр жолда келу күні көрсетілуі керек".to_string(),
        Reason::ExitBeforeEntry { entry } => {
            format!("кету күні келу күнінен ({}) бұрын тұр", numeric(entry))
        }
        Reason::PassportDiffers { kept, line } => format!(
            "{line}-жолдағы {} күнінен өзгеше: адамның төлқұжаты біреу, оның барлық жолында бірдей \
             күнді көрсетіңіз (немесе бос қалдырыңыз)",
            numeric(kept)
        ),
        Reason::PassportIssuedAfterExpiry { expiry } => format!(
            "төлқұжат жарамдылық мерзімі біткеннен ({}) кейін берілген",
            numeric(expiry)
        ),
        Reason::NoExitAfterCheckDate { entry, on } => format!(
            "кету күні жоқ, ал сапар есептеу күнінен кейін басталады (келу күні: {}, есептеу \
             күні: {}): жоспарланған кету күнін көрсетіңіз",
            numeric(entry),
            numeric(on)
        ),
        Reason::NotYesOrNo => "yes немесе no емес: yes, no, true, false, 1 немесе 0 мәндері \
                               қабылданады (бос мән — no)"
            .to_string(),
        Reason::NoRule => "бос, ал әдепкі ереже таңдалмаған".to_string(),
        Reason::UnknownRule => "мұндай ереже каталогта жоқ".to_string(),
        Reason::NotACountry { suggestion } => match suggestion {
            Some(code) => format!("ел емес: мүмкін, {}?", named_country(code, "kk")),
            None => "ел емес: ISO 3166-1 коды (FR, FRA) немесе елдің атауы керек".to_string(),
        },
        Reason::OutsideZone {
            country,
            home,
            joined,
            rule,
            pasted,
        } => {
            let name = named_country(country, "kk");
            let why = match (home, joined.and_then(crate::date::iso_date)) {
                (Some(home), _) => format!(
                    "{name} — {} емес, ал {rule} ережесі сол елге арналған",
                    named_country(home, "kk")
                ),
                (None, Some(from)) => format!(
                    "{name} Шенген аймағына тек {} бастап кіреді, бұл сапардың барлық күнінде \
                     емес ({rule} ережесі)",
                    long(from, Case::Ablative)
                ),
                (None, None) => format!(
                    "{name} Шенген аймағына кірмейді, ал жол {rule} ережесі бойынша есептеледі"
                ),
            };
            if pasted {
                return format!(
                    "{why}: сапар есепке алынбады; оны осы елдің ережесімен тексеріңіз"
                );
            }
            format!(
                "{why}: сапар есепке алынбады. rule бағанында осы елдің ережесін көрсетіңіз \
                 немесе адамның бүкіл тарихын staycalc check --nationality арқылы тексеріңіз"
            )
        }
        Reason::RuleNotInForce { on, from } => match crate::date::parse_date(from, "date") {
            Ok(from) => format!(
                "ереже {} бастап қана қолданылады; есептеу күні — {}",
                long(from, Case::Ablative),
                numeric(on)
            ),
            Err(_) => format!("ереже қолданылмайды; есептеу күні — {}", numeric(on)),
        },
        Reason::NoColumn { what, names, has } => format!(
            "тақырыпта {what} бағаны жоқ (рұқсат етілген атаулары: {}); тақырыптағы бағандар: \
             {has}",
            names.replace(" or ", " немесе ")
        ),
        Reason::EmptyFile => {
            "файл бос: person, entry және exit бағандары бар тақырып жолы күтіледі".to_string()
        }
        Reason::NoRuleColumn => "ереже көрсетілмеген: тақырыпта rule бағаны жоқ, ал әдепкі \
                                 ереже таңдалмаған"
            .to_string(),
        // The browser's own message is in the browser's language: left out.
        Reason::BrowserStoppedReading { .. } => {
            "браузер файлды оқуды тоқтатты: файл жылжытылған, жойылған немесе оған рұқсат жоқ \
                 болуы мүмкін; оны қайта таңдаңыз"
                .to_string()
        }
        Reason::Other(text) => text.to_string(),
    }
}

/// A date format in Kazakh letters (`КК.АА.ЖЖЖЖ`).
pub(super) fn pattern(format: &str) -> String {
    format
        .replace("DD", "КК")
        .replace("MM", "АА")
        .replace("YYYY", "ЖЖЖЖ")
}

fn error(error: &Error) -> String {
    match error {
        Error::BadDate {
            value, field: f, ..
        } => format!("{}: «{value}» — күн қате жазылған", field(f)),
        Error::DateOutOfRange {
            date: d, field: f, ..
        } => format!(
            "{} ({}) қолдау көрсетілетін аралықтан тыс (1900–2199 жж.)",
            field(f),
            date(*d)
        ),
        Error::ExitBeforeEntry { entry, exit, .. } => format!(
            "кету күні ({}) келу күнінен ({}) бұрын тұр",
            date(*exit),
            date(*entry)
        ),
        Error::OpenStayAfterCheckDate { entry, on, .. } => format!(
            "аяқталмаған сапар есептеу күнінен кейін басталмайды (келу күні: {}, есептеу күні: {})",
            date(*entry),
            date(*on)
        ),
        Error::UnknownRule { id } => format!("каталогта «{id}» ережесі жоқ"),
        Error::RuleNotInForce { on, from, .. } => format!(
            "ереже {} бастап қана қолданылады; есептеу күні — {}",
            long(*from, Case::Ablative),
            date(*on)
        ),
        Error::InvalidRule { reason: r, .. } => {
            format!("бұл мәндермен ереже құрылмайды: {}", reason(r))
        }
        Error::InvalidNumber {
            field: f, value, ..
        } => format!(
            "{}: «{value}» 1 мен {} аралығындағы бүтін сан болуы керек",
            field(f),
            grouped(&MAX_RULE_DAYS.to_string())
        ),
        Error::BadInput { reason: r, .. } if Reason::read(r).says_it_all() => reason(r),
        Error::BadInput { reason: r, .. } => format!("жол танылмады: {}", reason(r)),
        Error::InvalidDocument {
            field,
            value,
            reason,
        } => invalid_document(field, value, reason),
        Error::UnknownCountry {
            value, suggestion, ..
        } => match suggestion {
            Some(name) => format!("«{value}» — ел емес: мүмкін, {name}?"),
            None => format!("«{value}» — ISO 3166-1 коды да, елдің атауы да емес"),
        },
        Error::TooManyPlannedStays { count, max, until } => format!(
            "ереже тұрақты мерзімдерді бірінші келуден бастап санаған кезеңде{} басталатын \
             жоспарланған сапарлар саны: {}; бір рет ең көбі {} сапар тексеріледі. Сапарларды \
             азайтыңыз немесе есептеу күнін кейінірек таңдаңыз",
            until.map_or_else(String::new, |until| format!(
                " ({} дейін)",
                long(until, Case::Dative)
            )),
            grouped(&count.to_string()),
            grouped(&max.to_string())
        ),
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
            "{first_row}- және {second_row}-сапарлар {} аралығында қабаттасады: бұл күндер бір \
             рет есептеледі",
            range(*from, *until)
        ),
        Warning::Reentry {
            rows,
            entry,
            reentry,
            cap,
            last_day,
        } => {
            let numbers: Vec<String> = rows.iter().map(|n| format!("{n}-")).collect();
            let rows = match numbers.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("{} және {last}", rest.join(", "))
                }
                _ => numbers.concat(),
            };
            format!(
                "{rows}сапарлар бір-бірінен күн аралатпай жалғасады: әрқайсысы жаңа келу болып \
                 саналады, бір келгендегі күндер {} бастап қайта саналады. Егер олардың \
                 арасында елден шықпасаңыз, бұл — {} басталған бір болу, ал оның {cap} күндік \
                 мерзімі {} аяқталады",
                long(*reentry, Case::Ablative),
                long(*entry, Case::Ablative),
                long(*last_day, Case::Locative)
            )
        }
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
        parts.push(format!(
            "{MAX_ROWS} сапар шегінен асқан {} сапар",
            dropped.rows
        ));
    }
    let fields = [
        (dropped.rule, "ереже"),
        (dropped.check_date, "есептеу күні"),
        (dropped.lang, "тіл"),
        (dropped.nationality, "азаматтық"),
        (dropped.custom, "өз ережеңіздің сандары"),
    ];
    parts.extend(fields.iter().filter(|f| f.0).map(|f| f.1.to_string()));
    parts.join(", ")
}

fn saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Осы браузерде сақталған деректердің бір бөлігі оқылмады, сондықтан алынып тасталды: \
         {}. Қалған деректер қалпына келтірілді.",
        left_out(dropped)
    )
}

fn widget_saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Осы калькулятор сақтаған деректердің бір бөлігі оқылмады, сондықтан алынып тасталды: \
         {}. Қалған деректер қалпына келтірілді. Сақталған деректер сіз бірдеңе өзгерткенше сол \
         күйінде қалады.",
        left_out(dropped)
    )
}

fn link_left_out(dropped: &Dropped) -> String {
    format!(
        "Сілтеменің бір бөлігі оқылмады, сондықтан алынып тасталды: {}. Қалған деректер \
         жүктелді.",
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
        Status::Ok => "Мерзім шегінде",
        Status::Warning => "Мерзім аяқталуға жақын",
        Status::PlannedOverstay => "Жоспарланған сапар болу мерзімін бұзады",
        Status::PastOverstay => "Болу мерзімі бұрын бұзылған",
        Status::Overstay => "Болу мерзімі бұзылған",
    }
}

fn window_note(start: NaiveDate, end: NaiveDate) -> String {
    format!("{} кезеңінде", range(start, end))
}

fn of_limit(limit: u32) -> String {
    format!("{limit} күннен")
}

fn longest_stay(on: NaiveDate, staying_on: bool) -> String {
    if staying_on {
        format!(
            "{} бастап елде қала берсеңіз, ең ұзақ болу мерзімі",
            long(on, Case::Ablative)
        )
    } else {
        format!(
            "{} келсеңіз, ең ұзақ болу мерзімі",
            long(on, Case::Locative)
        )
    }
}

fn leave_by(on: NaiveDate, staying_on: bool) -> String {
    if staying_on {
        "Ең кеш кету күні".to_string()
    } else {
        format!("{} келсеңіз → ең кеш кету күні", long(on, Case::Locative))
    }
}

fn full_stay_if(leaving: Option<NaiveDate>, planned: bool) -> String {
    match (leaving, planned) {
        (Some(on), false) => format!("{} шығып кетсеңіз.", long(on, Case::Locative)),
        (Some(on), true) => format!(
            "{} шығып кетсеңіз; жоспарланған сапарлар есепке алынбаған.",
            long(on, Case::Locative)
        ),
        (None, _) => "Жоспарланған сапарлар есепке алынбаған.".to_string(),
    }
}

fn full_again(n: u32) -> String {
    format!("Толық мерзім ({n} күн) қайта қолжетімді болатын күн")
}

fn counted_parts(parts: &[CountedPart]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(|p| {
            format!(
                "{}-сапар, {} ({} күн)",
                p.row,
                range(p.from, p.until),
                p.days
            )
        })
        .collect();
    match parts.len() {
        0 => "Есепке алынған сапар жоқ.".to_string(),
        _ => format!("Есепке алынған күндер: {}.", parts.join("; ")),
    }
}

fn earliest_full_stay(n: u32) -> String {
    format!("Толық мерзімге ({n} күн) келуге болатын ең ерте күн")
}

fn passport_leave_by(exit: NaiveDate, expiry: NaiveDate) -> String {
    format!(
        "Төлқұжат болу мерзімін ертерек шектейді: елден {} кешіктірмей кету керек, өйткені \
         төлқұжат кеткеннен кейін 3 ай жарамды болуы тиіс (ол {} дейін жарамды).",
        long(exit, Case::Ablative),
        long(expiry, Case::Dative)
    )
}

fn passport_trip(entry: NaiveDate, exit: NaiveDate, needed_by: NaiveDate) -> String {
    format!(
        "Төлқұжат {} аралығындағы сапарға жарамайды: ол елден кеткеннен кейін 3 ай жарамды \
         болуы керек. Жаңа төлқұжат {} кешіктірмей қажет.",
        range(entry, exit),
        long(needed_by, Case::Ablative)
    )
}

fn trip_ok(entry: NaiveDate, exit: NaiveDate, latest: Option<NaiveDate>) -> String {
    match latest {
        Some(latest) => format!(
            "{}: бұзушылық жоқ; елде {} дейін (сол күнді қоса алғанда) болуға болады.",
            range(entry, exit),
            long(latest, Case::Dative)
        ),
        None => format!("{}: бұзушылық жоқ.", range(entry, exit)),
    }
}

fn trip_breaks(entry: NaiveDate, exit: NaiveDate, first: NaiveDate, n: u32) -> String {
    format!(
        "{}: болу мерзімі {} бастап бұзылады (артық күндер: {n}).",
        range(entry, exit),
        long(first, Case::Ablative)
    )
}

fn entry_leave_by(cap: u32, last: NaiveDate) -> String {
    format!(
        "Бір келгенде {cap} күннен аспайды; ең кеш кету күні — {}",
        long(last, Case::Nominative)
    )
}

fn entry_over(day: u32, cap: u32, last: NaiveDate) -> String {
    format!(
        "Бір келгенде {cap} күннен аспауы керек, ал бұл — болудың {day}-күні; елден {} дейін \
         кету керек еді",
        long(last, Case::Dative)
    )
}

fn trip_breaks_later(
    entry: NaiveDate,
    exit: NaiveDate,
    n: u32,
    latest: Option<NaiveDate>,
) -> String {
    let said = format!(
        "{}: сапардың өзінде бұзушылық жоқ, бірақ ол кейінгі сапарда болу мерзімін бұзады \
         ({n} артық күн)",
        range(entry, exit)
    );
    match latest {
        Some(latest) => format!(
            "{said}; мұны болдырмау үшін елден {} дейін (сол күнді қоса алғанда) кету керек.",
            long(latest, Case::Dative)
        ),
        None => format!("{said}."),
    }
}

fn past_overstay(first: NaiveDate, n: u32) -> String {
    format!(
        "Болу мерзімі {} бастап бұзылған, мерзімнен тыс күндер: {n}. Есептеу күніне бұзушылық \
         жоқ, бірақ бұрынғы бұзушылық келесі келу кезінде ескерілуі мүмкін.",
        long(first, Case::Ablative)
    )
}

fn answer_for(on: NaiveDate) -> String {
    format!("{} жағдай бойынша", long(on, Case::Attributive))
}

/// As official texts write it with a date in figures: `20.03.2025 жағдай бойынша`.
fn bar_for(on: NaiveDate) -> String {
    format!("{} жағдай бойынша", dotted(on))
}

fn summary_used(on: NaiveDate, used: u32, limit: u32) -> String {
    format!(
        "{} жағдай бойынша: {limit} күннің {used} күні пайдаланылды.",
        long(on, Case::Attributive)
    )
}

fn summary(on: NaiveDate, used: u32, limit: u32, remaining: u32) -> String {
    format!(
        "{} жағдай бойынша: {limit} күннің {used} күні пайдаланылды, {remaining} күн қалды.",
        long(on, Case::Attributive)
    )
}

fn overstay_from(first: NaiveDate) -> String {
    format!(
        "Болу мерзімі {} бастап бұзылған.",
        long(first, Case::Ablative)
    )
}

fn overstay_days(on: NaiveDate) -> String {
    format!("{} артық күндер", long(on, Case::Attributive))
}

fn unlawful_total(n: u32) -> String {
    format!("Болу мерзімі бұзылған күндердің жалпы саны: {n}.")
}

fn explain_day(day: &TimelineDay) -> String {
    let mut text = format!(
        "{}: {} – {} кезеңінде {} күн",
        date(day.date),
        date(day.window_start),
        date(day.date),
        day.count
    );
    if day.limit == 0 {
        text += " (ереже күшінде емес)";
    } else {
        text += &format!(" (шек — {} күн)", day.limit);
    }
    if day.per_entry_cap > 0 && day.day_of_stay > 0 && day.per_entry_cap != day.limit {
        text += &format!(
            "; болудың {}-күні (бір келгенде {} күннен аспайды)",
            day.day_of_stay, day.per_entry_cap
        );
    }
    if day.unlawful {
        text += ": мерзімнен тыс";
    }
    text
}

/// Every Kazakh text.
pub(crate) const TEXTS: Texts = Texts {
    date,
    month,
    days,
    rule_words: crate::catalogue::wordings::kazakh,
    title: "Елде қанша күн болуға болады?",
    tagline: "Сапарларыңыздың күндерін енгізіп, болу мерзімін есептеңіз (мысалы, «кез келген \
        180 күн ішінде 90 күн» ережесімен). Есептеу осы браузерде жүргізіледі: енгізген \
        деректеріңіз ешқайда жіберілмейді.",
    language: "Тіл",
    disclaimer: "Бұл заңгерлік кеңес емес. Ережелер өзгеруі мүмкін, ал елге кіргізу туралы \
        шешімді шекара қызметі қабылдайды: сапар алдында елшіліктен немесе көші-қон қызметінен \
        нақтылаңыз.",
    embed_link: "Бұл калькуляторды өз сайтыңызға орналастыру",
    embed_href: "embed-docs.kk.html",
    rule_heading: "Ереже",
    destination: "Баратын ел",
    choose: "Таңдаңыз…",
    nationality: "Азаматтық",
    nationality_other: "Басқа азаматтық",
    rule: "Ереже",
    custom_rule: "Өз ережем (сандарды енгізу)",
    no_rule_for: "Каталогта осы елдің азаматтарына таңдалған ел бойынша ереже жоқ: ережені \
        тізімнен таңдаңыз немесе оның сандарын өзіңіз енгізіңіз.",
    window_days: "Кезең, күн",
    max_days: "Кезеңдегі ең көп күн саны",
    per_entry_days: "Бір келгендегі ең көп күн саны (міндетті емес)",
    limits: "Шектеулер",
    applies_to: "Кімге қолданылады",
    source: "Дереккөз",
    confidence: "Сенімділік дәрежесі",
    last_checked: "Соңғы тексеру",
    consequences: "Болу мерзімін бұзудың салдары",
    notes: "Ескертпелер",
    rule_more: "Кімге қолданылады, дереккөздер, болу мерзімін бұзу салдары және ескертпелер",
    sources_in_original: "Құқықтық дереккөздер түпнұсқа тілінде берілген.",
    confidence_name,
    limits_text,
    from_date,
    destination_name,
    country_name,
    check_date: "Есептеу күні",
    today: "Бүгін",
    check_date_hint: "Есептеу жүргізілетін күн. Әдепкі бойынша — бүгін.",
    passport_heading: "Төлқұжатыңыз",
    passport_expiry: "Жарамдылық мерзімі",
    passport_hint: "Міндетті емес. Шенген аймағында төлқұжат елден кеткен күннен кейін \
        кемінде 3 ай жарамды болуы керек.",
    passport_not_checked: "Төлқұжатқа қойылатын талаптар тек Шенген аймағының ережесі үшін \
        белгілі: бұл ереже бойынша олар тексерілмейді.",
    passport_leave_by,
    passport_trip,
    passport_sets_it: "Төлқұжаттың мерзіміне байланысты: ол елден кеткеннен кейін 3 ай \
        жарамды болуы керек.",
    stays_heading: "Сапарларыңыз",
    stays_hint: "Келген күн де, кеткен күн де болу мерзіміне есептеледі. Елден әлі кетпеген \
        болсаңыз, «Әлі елдемін» белгісін қойыңыз. Есептеу күнінен кейінгі сапарлар жоспарланған \
        сапар болып саналады.",
    entry: "Келу күні",
    exit: "Кету күні",
    date_placeholder: "ЖЖЖЖ-АА-КК",
    still_there: "Әлі елдемін",
    row_label,
    delete_row,
    planned: "Жоспарланған",
    add_stay: "Сапар қосу",
    sort: "Күн бойынша реттеу",
    no_stays: "Әзірге сапар жоқ: сапар қосыңыз немесе төмендегі өріске тізімді қойыңыз.",
    issue_no_exit: "Есепке алынбады: кету күнін енгізіңіз немесе «Әлі елдемін» белгісін \
        қойыңыз.",
    issue_no_entry: "Есепке алынбады: келу күнін енгізіңіз.",
    error,
    reason,
    warning,
    paste_heading: "Тізімді қою",
    paste_hint: "Әр жолға бір сапар: алдымен келу күні, сосын кету күні, әдетте қалай жазсаңыз, \
        солай: 01.03.2025 - 10.03.2025, 2025 жылғы 12–20 наурыз, 12.03.25 – 20.03.25, кестеден \
        көшірілген жолдар. Күн айдан бұрын жазылады. Күндердің жанында ел не ескертпе және күн \
        саны тұра алады. Бір ғана күні бар жол — әлі аяқталмаған сапар (сіз әлі елдесіз).",
    paste_button: "Осы сапарларды қосу",
    pasted,
    line,
    paste_header: "баған атаулары ретінде оқылды",
    answer_heading: "Есептеу нәтижесі",
    status_name,
    one_stay_or_two: "Тексеріңіз: бір болу ма, әлде екеу ме?",
    close_and_one_stay: "Мерзім аяқталуға жақын; сондай-ақ тексеріңіз: бір болу ма, әлде екеу ме?",
    days_used: "Пайдаланылған күндер",
    window_note,
    days_remaining: "Қалған күндер",
    of_limit,
    remaining_note: "«Қалған күндер» — елде болуға болатын ең ұзақ мерзім емес: елде жүрген \
        кезде бұрынғы күндер есептеу кезеңінен шығып, жаңа күндер қосылып отырады, ал бір \
        келгендегі шек сапарды ертерек аяқтауы мүмкін. Ең ұзақ болу мерзімі жоғарыда көрсетілген.",
    longest_stay,
    latest_exit: "Ең кеш кету күні",
    leave_by,
    no_latest_exit: "Жоқ: осы күні елде болудың өзі болу мерзімін бұзу болып табылады.",
    earliest_full_stay,
    full_again,
    no_full_stay: "Қолдау көрсетілетін күндер аралығында (2199 жылға дейін) мұндай күн жоқ.",
    full_stay_if,
    no_answer: "Есептеу мүмкін емес:",
    planned_heading: "Жоспарланған сапарлар",
    trip_ok,
    trip_breaks,
    summary,
    summary_used,
    overstay_heading: "Болу мерзімін бұзу",
    overstay_from,
    overstay_days,
    unlawful_total,
    consequences_unknown: "Каталогта бұл ереже бойынша болу мерзімін бұзудың салдары \
        көрсетілмеген: көші-қон қызметінен немесе елшіліктен нақтылаңыз.",
    share: "Сілтемемен бөлісу",
    share_ready: "Сапарларыңыз осы сілтемеде, # белгісінен кейін. Браузерлер бұл бөлікті \
        серверге ешқашан жібермейді.",
    share_copied: "Алмасу буферіне көшірілді.",
    shared_opened: "Жіберілген сілтеме бойынша ашылды.",
    answer_for,
    bar_for,
    not_today: "бүгін емес",
    keep_shared: "Бұл сапарларды өзімдікі ретінде сақтау",
    entry_left: "Осы келу бойынша қалған күндер",
    entry_leave_by,
    entry_over,
    keeping_plans: "Жоспарланған сапарларды ескергендегі ең кеш кету күні",
    keeping_plans_note: "Есептеу күнінен бастап елде қалғанда бірде-бір жоспарланған сапардың \
        болу мерзімі бұзылмайтын ең соңғы күн.",
    keeping_plans_none: "Жоқ: есептеу күнінен бастап елде қалсаңыз, болу мерзімі бұзылады немесе жоспарланған сапар бұзушылыққа айналады.",
    trip_breaks_later,
    past_overstay_heading: "Болу мерзімі бұрын бұзылған",
    past_overstay,
    past_consequences: "Келесі келу кезінде болуы мүмкін салдары",
    restore_mine: "Өз деректерімді қайтару",
    newer_version: "Бұл сілтеме немесе сақталған деректер қосымшаның жаңа нұсқасында \
        жасалған, сондықтан оларды бұл нұсқада ашу мүмкін емес.",
    saved_unreadable: "Осы браузерде сақталған деректерді оқу мүмкін болмады, сондықтан \
        калькулятор бос ашылды. Ештеңе жойылған жоқ: бұл деректер браузерде қалады.",
    saved_left_out,
    link_unreadable: "Бұл сілтемені оқу мүмкін болмады: ол бүлінген немесе толық емес, \
        сондықтан одан деректер жүктелмеді. Сілтемені қайта жіберуді сұраңыз.",
    link_left_out,
    widget_saved_left_out,
    widget_saved_unreadable: "Осы калькулятор сақтаған деректерді оқу мүмкін болмады, сондықтан \
        ол бос ашылды. Сақталған деректер сіз бірдеңе өзгерткенше сол күйінде қалады.",
    clear: "Барлығын тазалау",
    clear_confirm: "Барлық сапарлар мен баптаулар осы браузерден жойылсын ба?",
    clear_yes: "Иә, жою",
    cancel: "Болдырмау",
    update_ready: "Қосымшаның жаңа нұсқасы дайын: оған өту үшін бетті қайта жүктеңіз. Сапарларыңыз сақталады.",
    reload: "Қайта жүктеу",
    whose_trips: "Кімнің сапарлары?",
    people_hint: "Бұл браузерде бірнеше адамның (отбасының, жұптың) сапарларын жүргізуге болады: есімді көрсетіңіз немесе өзіңіз үшін жалғастырыңыз.",
    person_name: "Есімі",
    save_name: "Сақтау",
    just_me: "Тек мен",
    add_person: "Адам қосу",
    me: "Мен",
    backup_hint: "Сапарларыңыздың көшірмесін сақтаңыз немесе оларды басқа құрылғыға көшіріңіз: файл өзіңізде қалады, ештеңе жіберілмейді. CSV файлы электрондық кестеде, топ бетінде және командалық жолда да ашылады.",
    save_json: "JSON ретінде сақтау",
    save_csv: "CSV ретінде сақтау",
    open_file: "Сақталған файлды ашу",
    file_unreadable: "Файлды оқу мүмкін болмады: осы жерде сақталған JSON не CSV файлын немесе entry және exit бағандары бар CSV файлын ашыңыз.",
    reader_loading: "Күндерді оқу модулі жүктелуде…",
    reader_unavailable: "Күндерді оқу модулін жүктеу мүмкін болмады (байланыс болмауы мүмкін), сондықтан ештеңе қосылмады. Байланыс қалпына келгенде қайталап көріңіз.",
    print: "Қорытындыны басып шығару",
    calendar: "Күнтізбеге қосу",
    chart_heading: "Күн сайынғы есеп",
    chart_help: "Сызық — әр күнге есепке алынған күндер саны, үзік сызық — рұқсат етілген шек, \
        төмендегі жолақтар — сапарларыңыз (жоспарланғандары ашығырақ, мерзімнен тыс күндер \
        қызылмен), тік сызық — есептеу күні. Сан қалай шыққанын көру үшін тінтуірді күннің \
        үстіне апарыңыз немесе графикті таңдап, бағыт пернелерін басыңыз.",
    legend_count: "есептелген күндер",
    legend_limit: "шек",
    legend_entry: "осы келгендегі күндер",
    legend_entry_cap: "бір келгендегі шек",
    legend_stay: "сапар",
    legend_planned: "жоспарланған",
    legend_over: "мерзімнен тыс",
    legend_today: "есептеу күні",
    explain_day,
    counted_parts,
    zones: &ZONES,
    visa: &crate::web::i18n::visa_texts::KK,
    permit: &crate::web::i18n::permit_texts::KK,
    deadlines: &crate::web::i18n::deadline_texts::KK,
};

/// A date named in a reason, quoted, with a space after it; nothing when the reason names none.
fn named(text: Option<&str>) -> String {
    text.map_or(String::new(), |text| format!("«{text}» "))
}

/// A date of a reason, written `YYYY-MM-DD`, as the tables write dates (the text itself when
/// it is no date).
fn iso(text: &str) -> String {
    crate::date::iso_date(text).map_or_else(|| text.to_string(), date)
}

/// An invalid document in Kazakh: `виза «…» жарамсыз: …`.
fn invalid_document(field: &str, value: &str, reason: &str) -> String {
    let field = match field {
        "visa" => "виза",
        "visa duration of stay" => "виза бойынша болу мерзімі",
        "permit" => "тұруға ықтиярхат немесе D визасы",
        "event" => "оқиға",
        other => other,
    };
    let why = match DocumentReason::read(reason) {
        DocumentReason::VisaShape => "FROM..UNTIL,ENTRIES,DAYS[,AREA] түрінде болуы керек \
             (визадағыдай: қолданылу мерзімі, келулер саны, болу мерзімі), мысалы \
             2025-05-01..2025-05-31,1,11"
            .to_string(),
        DocumentReason::PeriodShape => {
            "FROM..UNTIL түрінде болуы керек, мысалы 2025-05-01..2025-05-31".to_string()
        }
        DocumentReason::UntilBeforeFrom { from, until } => format!(
            "қолданылу мерзімі {} аяқталады, яғни басталу күнінен ({}) бұрын",
            dotted(until),
            dotted(from)
        ),
        DocumentReason::ZeroEntries => "келулер саны 0: 1, 2 немесе MULT болуы керек".to_string(),
        DocumentReason::UnknownEntries { entries } => {
            format!("келулер саны «{entries}» танылмады: 1, 2 немесе MULT болуы керек")
        }
        DocumentReason::DaysNotANumber { days } => {
            format!("болу мерзімі «{days}» — күндер саны емес")
        }
        DocumentReason::DaysOutOfRange => {
            "қысқа мерзімді виза бойынша болу мерзімі 1 күннен 90 күнге дейін".to_string()
        }
        DocumentReason::EventShape => {
            "ID:КҮН түрінде болуы керек, мысалы kz-arrival:2026-03-20".to_string()
        }
        DocumentReason::UnknownEvent { id, known } => {
            format!("«{id}» оқиғасы белгісіз; белгілі оқиғалар: {known}")
        }
        DocumentReason::EventBeforeRule { from } => format!(
            "ереже күшіне енген {} бастап болған оқиғаларға қолданылады",
            long(from, Case::Ablative)
        ),
        DocumentReason::DateOutOfRange => "мерзім күнтізбе шегінен шығады".to_string(),
        DocumentReason::HolidaysUnknown { year, known } => format!(
            "Қазақстанның {year} жылғы мереке күндері белгісіз, оларсыз жұмыс күндерін санау \
             мүмкін емес (белгілі жылдар: {known})"
        ),
        DocumentReason::Other(reason) => reason.to_string(),
    };
    format!("{field} «{value}» жарамсыз: {why}")
}

fn zone_why(why: Why, nationality: &str) -> String {
    let citizen = format!("Азаматтық: {}", named_country(nationality, "kk"));
    match why {
        Why::Home => format!("{citizen} — өз елінде болу мерзімі шектелмейді"),
        Why::FreeMovement => format!(
            "{citizen} — ЕО, ЕЭА және Швейцария азаматтары еркін жүріп-тұрады, қысқа мерзімді \
             болуға шек жоқ"
        ),
        Why::Named => format!("{citizen} — осы елдің азаматтарына арналған ереже"),
        Why::General => {
            format!("{citizen} — жалпы ереже; ол сіздің азаматтығыңызға қолданылатынын тексеріңіз")
        }
        Why::NoRule => format!(
            "{citizen} — каталогта бұл азаматтыққа арналған ереже жоқ: күндер есептелді, шек \
             болжанбайды"
        ),
        Why::NotYetInForce(from) => format!(
            "{citizen} — каталог ережесі күшіне енетін күн: {}. Күндер есептелді, шек \
             болжанбайды",
            date(from)
        ),
    }
}

fn zone_counted(names: &str) -> String {
    format!("Есепке алынды: {names}")
}

fn without_country_note(zone: &str) -> String {
    format!("Елі көрсетілмеген сапарлар мына аймақта есептеледі: {zone}.")
}

fn elsewhere(country: &str) -> String {
    format!(
        "{} осы күндері таңдалған ереже аймағына кірмейді: сапар ол бойынша есепке алынбады. \
         Осы елдің есебін көру үшін азаматтығыңызды көрсетіңіз.",
        named_country(country, "kk")
    )
}

fn log_warning(warning: &LogWarning) -> String {
    match warning {
        LogWarning::Assumption {
            country,
            inside: true,
            ..
        } => format!(
            "{}: ондағы күндер Шенген аймағына есептеледі деп болжанады — оның көрші Шенген \
             елімен шекарасында шекаралық бақылау жоқ. Ресми дереккөз мұны растамайды: оған \
             сүйенбес бұрын нақтылаңыз.",
            named_country(country.alpha2, "kk")
        ),
        LogWarning::Assumption { country, .. } => format!(
            "{}: бұл елге келу Шенген аймағынан кету деп болжанады — оның шекараларында \
             шекаралық бақылау сақталған; ондағы күндер бөлек есептеледі. Ресми дереккөз мұны \
             растамайды: оған сүйенбес бұрын нақтылаңыз.",
            named_country(country.alpha2, "kk")
        ),
        LogWarning::TwoZones {
            first_row,
            first_zone,
            second_row,
            second_zone,
            from,
            until,
        } => format!(
            "{first_row}-сапар ({}) және {second_row}-сапар ({}) {} аралығында қабаттасады, \
             шекарадан өткен бір күннен артық: бұл күндер екі аймақта да есептеледі. Күндерді \
             тексеріңіз: әдетте екі аймақта да тек шекарадан өткен күн ғана есептеледі.",
            first_zone.name("kk"),
            second_zone.name("kk"),
            range(*from, *until)
        ),
    }
}

/// The texts of countries on stays and the answer per zone.
const ZONES: ZoneTexts = ZoneTexts {
    country: "Ел",
    country_placeholder: "міндетті емес: Франция, FR",
    heading: "Азаматтығыңыз",
    hint: "Сапарлардың елдері көрсетілген: азаматтығыңызды көрсетсеңіз, әр ел мен аймақ төлқұжатыңызға арналған ереже бойынша есептеледі.",
    first: "Азаматтық",
    second: "Екінші азаматтық (міндетті емес)",
    needed: "Әр ел бойынша есеп алу үшін азаматтығыңызды көрсетіңіз.",
    answers_heading: "Елдер мен аймақтар",
    no_limit: "Мерзім шектелмейді",
    no_rule_known: "Ереже белгісіз",
    why: zone_why,
    days_there: "Болған күндер",
    counted: zone_counted,
    without_country: "Елі көрсетілмеген сапарлар",
    without_country_note,
    shown_for: "Есеп пен кесте",
    elsewhere,
    log_warning,
};
