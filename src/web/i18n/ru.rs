//! Russian, in the terms of Russia's and Kazakhstan's legal texts («срок пребывания», «въезд»,
//! «выезд», «нарушение срока пребывания»; glossary in `docs/ru-kk-review.md` §4).

use crate::assessment::Status;
use crate::error::Error;
use crate::plural::{russian_at_most_days, russian_days};
use crate::rule::{Confidence, Limits, PerEntry, Window, MAX_RULE_DAYS};
use crate::timeline::{CountedPart, TimelineDay};
use crate::warning::Warning;
use crate::web::i18n::document::DocumentReason;
use crate::web::i18n::grouped;
use crate::web::i18n::reason::{named_country, Reason};
use crate::web::i18n::texts::{Texts, ZoneTexts};
use crate::web::i18n::{dotted, numeric, places, russian_plural};
use crate::web::traveller::{Dropped, MAX_ROWS};
use crate::zones::{LogWarning, Why};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
];

/// Month names in the genitive, as a date in a sentence has them (`13 декабря`).
const GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A non-breaking space: a number stays on the line of its word.
const NBSP: char = '\u{a0}';

fn date(date: NaiveDate) -> String {
    dotted(date)
}

/// Day and month of a date in a sentence (`13 декабря`).
fn day_month(date: NaiveDate) -> String {
    format!("{}{NBSP}{}", date.day(), GENITIVE[date.month0() as usize])
}

/// A date in a sentence: `13 декабря 2014 г.`.
pub(super) fn long(date: NaiveDate) -> String {
    format!("{} {}{NBSP}г.", day_month(date), date.year())
}

/// Two dates as a range with a dash, the shared month or year said once: `1–10 марта 2025 г.`,
/// `1 марта – 10 апреля 2025 г.`, `20 декабря 2026 г. – 5 января 2027 г.`.
pub(super) fn range(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        long(start)
    } else if start.year() != end.year() {
        format!("{} – {}", long(start), long(end))
    } else if start.month() != end.month() {
        format!("{} – {}", day_month(start), long(end))
    } else {
        format!("{}–{}", start.day(), long(end))
    }
}

/// Two dates as «с … по …», the shared month or year said once: `с 1 по 10 марта 2025 г.`.
fn from_to(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        long(start)
    } else if start.year() != end.year() {
        format!("с {} по {}", long(start), long(end))
    } else if start.month() != end.month() {
        format!("с {} по {}", day_month(start), long(end))
    } else {
        format!("с {} по {}", start.day(), long(end))
    }
}

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

fn days(n: u32) -> String {
    russian_days(n)
}

fn confidence_name(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "высокая",
        Confidence::Medium => "средняя",
        Confidence::Low => "низкая",
    }
}

fn limits_text(limits: &Limits) -> String {
    let window = limits.window.map(|window| match window {
        Window::Rolling { days: d, max } => format!(
            "{} в течение любого периода в {}",
            russian_at_most_days(max),
            days(d)
        ),
        Window::CalendarYear { max } => {
            format!("{} в течение календарного года", russian_at_most_days(max))
        }
        Window::FromFirstEntry { days: d, max } => format!(
            "{} в каждом периоде в {}, отсчитываемом с даты первого въезда",
            russian_at_most_days(max),
            days(d)
        ),
    });
    let per_entry = limits.per_entry.map(|cap| match cap {
        PerEntry::Days(n) => format!("{} за один въезд", russian_at_most_days(n)),
        PerEntry::Months(n) => format!(
            "не более {n} {} за один въезд",
            russian_plural(n, "месяца", "месяцев", "месяцев")
        ),
    });
    [window, per_entry]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

fn from_date(date: NaiveDate) -> String {
    format!("с {}", long(date))
}

fn destination_name(name: &'static str) -> &'static str {
    places::destination(name, 0)
}

fn country_name(code: &'static str) -> &'static str {
    places::country(code, 1)
}

fn field(field: &str) -> &str {
    match field {
        "entry" => "дата въезда",
        "exit" => "дата выезда",
        "on" | "check date" => "дата расчёта",
        "window" => "расчётный период",
        "maximum" => "максимум дней за период",
        "per-entry cap" => "максимум за один въезд",
        other => other,
    }
}

/// One of the engine's reasons in Russian.
fn reason(text: &str) -> String {
    match Reason::read(text) {
        Reason::OutOfRange { what, value, upto } => {
            format!(
                "{}: {value}, допустимо от 1 до {}",
                field(what),
                grouped(upto)
            )
        }
        Reason::MaxNotBelowWindow { max, days } => {
            format!("максимум ({max}) должен быть меньше расчётного периода ({days})")
        }
        Reason::MoreThanTwoDates { token } => format!(
            "больше двух дат («{token}» после даты выезда): по одной поездке в строке, сначала \
             дата въезда, затем дата выезда"
        ),
        Reason::Unexpected { token } => format!(
            "непонятное число «{token}»: по одной поездке в строке — дата въезда, дата выезда и, \
             если нужно, число дней"
        ),
        Reason::NoYear { token } => {
            format!("в «{token}» не указан год: допишите год (угадывать его мы не будем)")
        }
        Reason::DaysDisagree {
            said,
            entry,
            exit,
            counted,
        } => format!(
            "в строке указано число дней {said}, а в поездке с {} по {} — {} (день въезда и \
             день выезда засчитываются оба)",
            iso(entry),
            iso(exit),
            days(counted.parse().unwrap_or_default())
        ),
        Reason::NoDate => "в строке нет даты".to_string(),
        Reason::DotsMonthFirst { text } => format!(
            "{}похоже, месяц записан впереди (ММ.ДД.ГГГГ), но даты с точками читаются с днём \
             впереди: укажите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
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
            "{}дата записана {}, а в этом файле даты с / или - записаны {} ({ours} против \
             {theirs}, например «{example}» в строке {line}): укажите дату в формате ГГГГ-ММ-ДД",
            named(text),
            if month_first {
                "с месяцем впереди"
            } else {
                "с днём впереди"
            },
            if month_first {
                "с днём впереди"
            } else {
                "с месяцем впереди"
            },
        ),
        Reason::BothWays {
            text,
            day_first: (day, day_line),
            month_first: (month, month_line),
        } => format!(
            "{}дату можно прочитать и как день/месяц, и как месяц/день, а в этом файле есть обе \
             записи («{day}» в строке {day_line} — день впереди, «{month}» в строке \
             {month_line} — месяц впереди): укажите дату в формате ГГГГ-ММ-ДД",
            named(text)
        ),
        Reason::NotADate => "не дата: ожидается ГГГГ-ММ-ДД или дата с днём впереди: ДД.ММ.ГГГГ, \
                             ДД/ММ/ГГГГ или ДД-ММ-ГГГГ"
            .to_string(),
        Reason::NoSuchDay { format } => format!("такого дня нет (формат {})", pattern(format)),
        Reason::OutsideRange => "дата вне допустимого диапазона (1900–2199 гг.)".to_string(),
        Reason::TooManyValues { values, columns } => format!(
            "значений в строке: {values}, а столбцов в заголовке: {columns}; значение, содержащее \
             разделитель, нужно заключить в кавычки"
        ),
        Reason::Missing { values, columns } => {
            format!("нет значения: в строке значений {values}, а в заголовке столбцов {columns}")
        }
        Reason::NoPerson => "пусто: в каждой строке должно быть указано имя".to_string(),
        Reason::NoEntry => "пусто: в каждой строке должна быть дата въезда".to_string(),
        Reason::ExitBeforeEntry { entry } => {
            format!("дата выезда раньше даты въезда ({})", numeric(entry))
        }
        Reason::PassportDiffers { kept, line } => format!(
            "отличается от {} в строке {line}: у человека один паспорт, укажите одну и ту же дату \
             во всех его строках (или оставьте пустой)",
            numeric(kept)
        ),
        Reason::PassportIssuedAfterExpiry { expiry } => format!(
            "паспорт выдан позже окончания срока его действия ({})",
            numeric(expiry)
        ),
        Reason::NoExitAfterCheckDate { entry, on } => format!(
            "нет даты выезда, а поездка начинается {} — позже даты расчёта {}: укажите \
             планируемую дату выезда",
            numeric(entry),
            numeric(on)
        ),
        Reason::NotYesOrNo => "не yes и не no: допустимы yes, no, true, false, 1 или 0 (пусто — \
                               no)"
        .to_string(),
        Reason::NoRule => "пусто, а правило по умолчанию не выбрано".to_string(),
        Reason::UnknownRule => "такого правила нет в каталоге".to_string(),
        Reason::NotACountry { suggestion } => match suggestion {
            Some(code) => format!("не страна: возможно, {}?", named_country(code, "ru")),
            None => "не страна: нужен код ISO 3166-1 (FR, FRA) или название страны".to_string(),
        },
        Reason::OutsideZone {
            country,
            home,
            joined,
            rule,
            pasted,
        } => {
            let name = named_country(country, "ru");
            let why = match (home, joined.and_then(crate::date::iso_date)) {
                (Some(home), _) => {
                    format!(
                        "{name} — не {}, страна правила {rule}",
                        named_country(home, "ru")
                    )
                }
                (None, Some(from)) => format!(
                    "{name} входит в Шенгенскую зону только с {}, а не во все дни этой поездки \
                     (правило {rule})",
                    long(from)
                ),
                (None, None) => {
                    format!(
                        "{name} не входит в Шенгенскую зону, а строка считается по правилу {rule}"
                    )
                }
            };
            if pasted {
                return format!("{why}: поездка не учтена; проверьте её по правилу этой страны");
            }
            format!(
                "{why}: поездка не учтена. Укажите в столбце rule правило этой страны или \
                 проверьте всю историю человека командой staycalc check --nationality"
            )
        }
        Reason::RuleNotInForce { on, from } => format!(
            "на {} правило ещё не применялось: оно действует с {}",
            numeric(on),
            numeric(from)
        ),
        Reason::NoColumn { what, names, has } => format!(
            "в заголовке нет столбца {what} (допустимые названия: {}); в заголовке: {has}",
            names.replace(" or ", " или ")
        ),
        Reason::EmptyFile => {
            "файл пуст: ожидается строка заголовка со столбцами person, entry и exit".to_string()
        }
        Reason::NoRuleColumn => "не указано правило: в заголовке нет столбца rule, а правило по \
                                 умолчанию не выбрано"
            .to_string(),
        // The browser's own message is in the browser's language: left out.
        Reason::BrowserStoppedReading { .. } => {
            "браузер прервал чтение файла: возможно, файл переместили, удалили или к нему нет \
                 доступа; выберите его ещё раз"
                .to_string()
        }
        Reason::Other(text) => text.to_string(),
    }
}

/// A date format in Russian letters (`ДД.ММ.ГГГГ`).
pub(super) fn pattern(format: &str) -> String {
    format
        .replace("DD", "ДД")
        .replace("MM", "ММ")
        .replace("YYYY", "ГГГГ")
}

fn error(error: &Error) -> String {
    match error {
        Error::BadDate {
            value, field: f, ..
        } => format!("{}: «{value}» — неверная дата", field(f)),
        Error::DateOutOfRange {
            date: d, field: f, ..
        } => format!(
            "{} {} вне допустимого диапазона (1900–2199 гг.)",
            field(f),
            date(*d)
        ),
        Error::ExitBeforeEntry { entry, exit, .. } => format!(
            "дата выезда ({}) раньше даты въезда ({})",
            date(*exit),
            date(*entry)
        ),
        Error::OpenStayAfterCheckDate { entry, on, .. } => format!(
            "текущая поездка (без даты выезда) не может начинаться позже даты расчёта: въезд {}, \
             дата расчёта {}",
            date(*entry),
            date(*on)
        ),
        Error::UnknownRule { id } => format!("в каталоге нет правила «{id}»"),
        Error::RuleNotInForce { on, from, .. } => format!(
            "на {} правило ещё не применялось: оно действует с {}",
            long(*on),
            long(*from)
        ),
        Error::InvalidRule { reason: r, .. } => {
            format!("такие значения не задают правило: {}", reason(r))
        }
        Error::InvalidNumber {
            field: f, value, ..
        } => format!(
            "{}: «{value}» — нужно целое число от 1 до {}",
            field(f),
            grouped(&MAX_RULE_DAYS.to_string())
        ),
        Error::BadInput { reason: r, .. } if Reason::read(r).says_it_all() => reason(r),
        Error::BadInput { reason: r, .. } => format!("строка не распознана: {}", reason(r)),
        Error::InvalidDocument {
            field,
            value,
            reason,
        } => invalid_document(field, value, reason),
        Error::UnknownCountry {
            value, suggestion, ..
        } => match suggestion {
            Some(name) => format!("«{value}» — не страна: возможно, {name}?"),
            None => format!("«{value}» — не код ISO 3166-1 и не название страны"),
        },
        Error::TooManyPlannedStays { count, max, until } => format!(
            "запланированных поездок, начинающихся в период, когда правило считало \
             фиксированные сроки от первого въезда{}: {}; за один раз проверяется не более {}. \
             Проверьте меньше поездок или выберите более позднюю дату расчёта",
            until.map_or_else(String::new, |until| format!(" (до {})", long(until))),
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
            "поездки {first_row} и {second_row} пересекаются {}: эти дни учтены один раз",
            from_to(*from, *until)
        ),
        Warning::Reentry {
            rows,
            entry,
            reentry,
            cap,
            last_day,
        } => format!(
            "поездки {} идут одна за другой без дня перерыва: каждая считается новым въездом, \
             и дни за въезд считаются заново с {}; если вы не выезжали между ними, это одно \
             пребывание с {}, и срок в {} за один въезд заканчивается {}",
            joined(rows, "и"),
            long(*reentry),
            long(*entry),
            days(*cap),
            long(*last_day)
        ),
    }
}

fn row_label(n: usize) -> String {
    format!("Поездка {n}")
}

fn delete_row(n: usize) -> String {
    format!("Удалить поездку {n}")
}

/// What reading saved data or a link left out, as a list (`2 даты поездок, правило`).
fn left_out(dropped: &Dropped) -> String {
    let mut parts = Vec::new();
    if dropped.dates > 0 {
        let n = dropped.dates;
        let word = russian_plural(n as u32, "дата", "даты", "дат");
        parts.push(format!("{n} {word} поездок"));
    }
    if dropped.rows > 0 {
        let n = dropped.rows;
        let word = russian_plural(n as u32, "поездка", "поездки", "поездок");
        parts.push(format!("{n} {word} сверх лимита в {MAX_ROWS} поездок"));
    }
    let fields = [
        (dropped.rule, "правило"),
        (dropped.check_date, "дата расчёта"),
        (dropped.lang, "язык"),
        (dropped.nationality, "гражданство"),
        (dropped.custom, "собственные значения правила"),
    ];
    parts.extend(fields.iter().filter(|f| f.0).map(|f| f.1.to_string()));
    parts.join(", ")
}

fn saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Часть данных, сохранённых в этом браузере, не удалось прочитать, и она пропущена: {}. \
         Остальные данные восстановлены.",
        left_out(dropped)
    )
}

fn widget_saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Часть данных, сохранённых этим калькулятором, не удалось прочитать, и она пропущена: \
         {}. Остальные данные восстановлены. Сохранённые данные останутся без изменений, пока \
         вы что-нибудь не измените.",
        left_out(dropped)
    )
}

fn link_left_out(dropped: &Dropped) -> String {
    format!(
        "Часть ссылки не удалось прочитать, и она пропущена: {}. Остальные данные загружены.",
        left_out(dropped)
    )
}

fn pasted(n: usize) -> String {
    let word = russian_plural(n as u32, "поездка", "поездки", "поездок");
    format!("Добавлено: {n} {word}.")
}

fn line(n: usize) -> String {
    format!("Строка {n}")
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Ok => "В пределах срока",
        Status::Warning => "Срок на исходе",
        Status::PlannedOverstay => "Запланированная поездка нарушит срок пребывания",
        Status::PastOverstay => "Срок пребывания нарушался ранее",
        Status::Overstay => "Нарушение срока пребывания",
    }
}

fn window_note(start: NaiveDate, end: NaiveDate) -> String {
    format!("за период {}", range(start, end))
}

fn of_limit(limit: u32) -> String {
    format!("из {limit}")
}

fn longest_stay(on: NaiveDate, staying_on: bool) -> String {
    if staying_on {
        format!(
            "Максимальный срок пребывания, если остаться в стране с {}",
            long(on)
        )
    } else {
        format!("Максимальный срок пребывания при въезде {}", long(on))
    }
}

fn leave_by(on: NaiveDate, staying_on: bool) -> String {
    if staying_on {
        "Выехать не позднее".to_string()
    } else {
        format!("Въезд {} → выехать не позднее", long(on))
    }
}

fn full_stay_if(leaving: Option<NaiveDate>, planned: bool) -> String {
    match (leaving, planned) {
        // `long` ends in "г.": no second period.
        (Some(on), false) => format!("Если выехать {}", long(on)),
        (Some(on), true) => format!(
            "Если выехать {}; запланированные поездки не учтены.",
            long(on)
        ),
        (None, _) => "Запланированные поездки не учтены.".to_string(),
    }
}

fn full_again(n: u32) -> String {
    format!("Полный срок ({}) снова доступен с", days(n))
}

fn counted_parts(parts: &[CountedPart]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(|p| {
            format!(
                "поездка {}, {} ({})",
                p.row,
                range(p.from, p.until),
                days(p.days)
            )
        })
        .collect();
    match parts.len() {
        0 => "Ни одна поездка не учитывается.".to_string(),
        _ => format!("Учтены: {}.", parts.join("; ")),
    }
}

fn earliest_full_stay(n: u32) -> String {
    format!("Ближайшая дата въезда на полный срок ({})", days(n))
}

fn passport_leave_by(exit: NaiveDate, expiry: NaiveDate) -> String {
    format!(
        "Паспорт ограничивает пребывание раньше: выехать нужно не позднее {}, так как паспорт \
         должен быть действителен 3 месяца после выезда (он действителен до {}).",
        long(exit),
        long(expiry)
    )
}

/// The date, written «1 августа 2025 г.», ends the sentence with its own full stop.
fn passport_trip(entry: NaiveDate, exit: NaiveDate, needed_by: NaiveDate) -> String {
    format!(
        "Паспорт не подходит для поездки {}: он должен быть действителен 3 месяца после \
         выезда. Новый паспорт нужен не позднее {}",
        range(entry, exit),
        long(needed_by)
    )
}

fn trip_ok(entry: NaiveDate, exit: NaiveDate, latest: Option<NaiveDate>) -> String {
    match latest {
        Some(latest) => format!(
            "{}: нарушений нет; можно находиться в стране по {} включительно.",
            range(entry, exit),
            long(latest)
        ),
        None => format!("{}: нарушений нет.", range(entry, exit)),
    }
}

fn trip_breaks(entry: NaiveDate, exit: NaiveDate, first: NaiveDate, n: u32) -> String {
    format!(
        "{}: срок пребывания нарушается с {} (превышение: {}).",
        range(entry, exit),
        long(first),
        days(n)
    )
}

fn entry_leave_by(cap: u32, last: NaiveDate) -> String {
    format!(
        "Максимум за один въезд — {}: выехать не позднее {}",
        days(cap),
        long(last)
    )
}

fn entry_over(day: u32, cap: u32, last: NaiveDate) -> String {
    format!(
        "{day}-й день пребывания, а за один въезд допускается {}: выехать нужно было не позднее \
         {}",
        russian_at_most_days(cap),
        long(last)
    )
}

fn trip_breaks_later(
    entry: NaiveDate,
    exit: NaiveDate,
    n: u32,
    latest: Option<NaiveDate>,
) -> String {
    let said = format!(
        "{}: в самой поездке нарушений нет, но из-за неё в следующей поездке срок пребывания \
         будет превышен на {}",
        range(entry, exit),
        days(n)
    );
    match latest {
        Some(latest) => format!(
            "{said}; чтобы этого не произошло, выехать нужно по {} включительно.",
            long(latest)
        ),
        None => format!("{said}."),
    }
}

fn past_overstay(first: NaiveDate, n: u32) -> String {
    format!(
        "Срок пребывания был нарушен с {}, дней сверх срока: {n}. На дату расчёта нарушения \
         нет, но прошлое нарушение может быть учтено при следующем въезде.",
        long(first)
    )
}

fn answer_for(on: NaiveDate) -> String {
    format!("На {}", long(on))
}

fn bar_for(on: NaiveDate) -> String {
    format!("На {}", dotted(on))
}

fn summary_used(on: NaiveDate, used: u32, limit: u32) -> String {
    format!(
        "На {}: использовано {used} из {limit} {}.",
        long(on),
        russian_plural(limit, "дня", "дней", "дней")
    )
}

fn summary(on: NaiveDate, used: u32, limit: u32, remaining: u32) -> String {
    format!(
        "На {}: использовано {used} из {limit} {}, осталось {}.",
        long(on),
        russian_plural(limit, "дня", "дней", "дней"),
        days(remaining)
    )
}

fn overstay_from(first: NaiveDate) -> String {
    // The date ends the sentence: its «г.» is the sentence's full stop.
    format!("Срок пребывания нарушен с {}", long(first))
}

fn overstay_days(on: NaiveDate) -> String {
    format!("Превышение срока на {}", long(on))
}

fn unlawful_total(n: u32) -> String {
    format!("Всего дней пребывания с нарушением срока: {n}.")
}

fn explain_day(day: &TimelineDay) -> String {
    let mut text = format!(
        "на {}: {} за период {} – {}",
        date(day.date),
        days(day.count),
        date(day.window_start),
        date(day.date)
    );
    if day.limit == 0 {
        text += " (правило не действует)";
    } else {
        text += &format!(" (максимум {})", day.limit);
    }
    if day.per_entry_cap > 0 && day.day_of_stay > 0 && day.per_entry_cap != day.limit {
        text += &format!(
            "; {}-й день пребывания ({} за один въезд)",
            day.day_of_stay,
            russian_at_most_days(day.per_entry_cap)
        );
    }
    if day.unlawful {
        text += " — сверх допустимого срока";
    }
    text
}

/// Every Russian text.
pub(crate) const TEXTS: Texts = Texts {
    date,
    month,
    days,
    rule_words: crate::catalogue::wordings::russian,
    title: "Сколько дней можно пробыть в стране?",
    tagline: "Рассчитайте срок пребывания по датам ваших поездок — например, по правилу «90 \
        дней в течение любых 180 дней». Расчёт выполняется в этом браузере: введённые данные \
        никуда не передаются.",
    language: "Язык",
    disclaimer: "Не является юридической консультацией. Правила меняются, а решение о въезде \
        принимает пограничная служба: перед поездкой уточните требования в посольстве или \
        миграционной службе.",
    embed_link: "Разместить этот калькулятор на своём сайте",
    embed_href: "embed-docs.ru.html",
    rule_heading: "Правило",
    destination: "Страна пребывания",
    choose: "Выберите…",
    nationality: "Гражданство",
    nationality_other: "Другое гражданство",
    rule: "Правило",
    custom_rule: "Своё правило (ввести значения)",
    no_rule_for: "Для граждан этой страны в каталоге нет правила по выбранному направлению: \
        выберите правило из списка или задайте его вручную.",
    window_days: "Расчётный период, дней",
    max_days: "Максимум дней за период",
    per_entry_days: "Максимум дней за один въезд (необязательно)",
    limits: "Ограничения",
    applies_to: "Для кого",
    source: "Источник",
    confidence: "Достоверность",
    last_checked: "Сведения актуальны на",
    consequences: "Последствия нарушения срока пребывания",
    notes: "Примечания",
    rule_more: "Кому применяется, источники, последствия нарушения и примечания",
    sources_in_original: "Правовые источники приводятся на языке оригинала.",
    confidence_name,
    limits_text,
    from_date,
    destination_name,
    country_name,
    check_date: "Дата расчёта",
    today: "Сегодня",
    check_date_hint: "Дата, на которую выполняется расчёт. По умолчанию — сегодня.",
    passport_heading: "Ваш паспорт",
    passport_expiry: "Действителен до",
    passport_hint: "Необязательно. Для Шенгенской зоны паспорт должен быть действителен не \
        менее 3 месяцев после дня выезда.",
    passport_not_checked: "Требования к паспорту известны только для правила Шенгенской \
        зоны: для этого правила они не проверяются.",
    passport_leave_by,
    passport_trip,
    passport_sets_it: "Из-за срока действия паспорта: он должен быть действителен 3 месяца \
        после выезда.",
    stays_heading: "Ваши поездки",
    stays_hint: "День въезда и день выезда засчитываются полностью. Если вы ещё не выехали, \
        отметьте «Ещё в стране». Поездки после даты расчёта считаются запланированными.",
    entry: "Въезд",
    exit: "Выезд",
    date_placeholder: "ГГГГ-ММ-ДД",
    still_there: "Ещё в стране",
    row_label,
    delete_row,
    planned: "Запланирована",
    add_stay: "Добавить поездку",
    sort: "Сортировать по дате",
    no_stays: "Поездок пока нет: добавьте поездку или вставьте список ниже.",
    issue_no_exit: "Не учитывается: укажите дату выезда или отметьте «Ещё в стране».",
    issue_no_entry: "Не учитывается: укажите дату въезда.",
    error,
    reason,
    warning,
    paste_heading: "Вставить список",
    paste_hint: "По одной поездке в строке, сначала дата въезда, затем дата выезда, как вы их \
        пишете: 01.03.2025 - 10.03.2025, с 12 по 20 марта 2025 г., 12.03.25 – 20.03.25, строки из \
        таблицы. День указывается перед месяцем. Рядом с датами можно указать страну или \
        примечание и число дней. Строка с одной датой — текущая поездка (вы ещё в стране).",
    paste_button: "Добавить эти поездки",
    pasted,
    line,
    paste_header: "прочитана как названия столбцов",
    answer_heading: "Результат расчёта",
    status_name,
    one_stay_or_two: "Проверьте: одно пребывание или два?",
    close_and_one_stay: "Срок на исходе; проверьте также: одно пребывание или два?",
    days_used: "Использовано дней",
    window_note,
    days_remaining: "Осталось дней",
    of_limit,
    remaining_note: "«Осталось дней» — это ещё не максимальный срок, который можно пробыть: \
        пока вы находитесь в стране, ранние дни выходят за пределы расчётного периода, а новые \
        добавляются; кроме того, поездку может ограничить максимальный срок одного въезда. \
        Максимальный срок пребывания указан выше.",
    longest_stay,
    latest_exit: "Выехать не позднее",
    leave_by,
    no_latest_exit: "Нет: нахождение в стране в этот день уже является нарушением срока \
        пребывания.",
    earliest_full_stay,
    full_again,
    no_full_stay: "В поддерживаемом диапазоне дат (до 2199\u{a0}г.) такой даты нет.",
    full_stay_if,
    no_answer: "Расчёт невозможен:",
    planned_heading: "Запланированные поездки",
    trip_ok,
    trip_breaks,
    summary,
    summary_used,
    overstay_heading: "Нарушение срока пребывания",
    overstay_from,
    overstay_days,
    unlawful_total,
    consequences_unknown: "В каталоге нет сведений о последствиях нарушения по этому правилу: \
        уточните в миграционной службе или посольстве.",
    share: "Поделиться ссылкой",
    share_ready: "Данные о поездках содержатся в ссылке после знака #. Браузер не передаёт эту \
        часть ссылки на сервер.",
    share_copied: "Скопировано в буфер обмена.",
    shared_opened: "Открыто по присланной ссылке.",
    answer_for,
    bar_for,
    not_today: "не сегодня",
    keep_shared: "Сохранить эти поездки как мои",
    entry_left: "Осталось дней по этому въезду",
    entry_leave_by,
    entry_over,
    keeping_plans: "Крайний срок выезда с учётом запланированных поездок",
    keeping_plans_note: "Последний день, до которого можно оставаться в стране с даты расчёта, \
        не нарушив срок пребывания ни в одной запланированной поездке.",
    keeping_plans_none: "Нет: пребывание с даты расчёта нарушит срок пребывания или сделает запланированную поездку нарушением.",
    trip_breaks_later,
    past_overstay_heading: "Срок пребывания нарушался ранее",
    past_overstay,
    past_consequences: "Возможные последствия при следующем въезде",
    restore_mine: "Вернуть мои данные",
    newer_version: "Ссылка или сохранённые данные созданы в более новой версии приложения и не \
        могут быть открыты в этой версии.",
    saved_unreadable: "Данные, сохранённые в этом браузере, не удалось прочитать, поэтому \
        калькулятор открыт пустым. Ничего не удалено: эти данные остаются в браузере.",
    saved_left_out,
    link_unreadable: "Эту ссылку не удалось прочитать: она повреждена или обрезана, поэтому \
        данные из неё не загружены. Попросите прислать ссылку ещё раз.",
    link_left_out,
    widget_saved_left_out,
    widget_saved_unreadable: "Данные, сохранённые этим калькулятором, не удалось прочитать, \
        поэтому он открыт пустым. Сохранённые данные останутся без изменений, пока вы \
        что-нибудь не измените.",
    clear: "Очистить всё",
    clear_confirm: "Удалить все поездки и настройки из этого браузера?",
    clear_yes: "Да, удалить",
    cancel: "Отмена",
    update_ready: "Готова новая версия приложения: перезагрузите страницу, чтобы перейти на неё. Ваши поездки сохранятся.",
    reload: "Перезагрузить",
    whose_trips: "Чьи поездки?",
    people_hint: "В этом браузере можно вести поездки нескольких человек (семьи, пары): укажите имя или продолжайте для себя.",
    person_name: "Имя",
    save_name: "Сохранить",
    just_me: "Только я",
    add_person: "Добавить человека",
    me: "Я",
    backup_hint: "Сохраните копию поездок или перенесите их на другое устройство: файл остаётся у вас, ничего не отправляется. CSV открывается также в электронной таблице, на странице группы и в командной строке.",
    save_json: "Сохранить в JSON",
    save_csv: "Сохранить в CSV",
    open_file: "Открыть сохранённый файл",
    file_unreadable: "Не удалось прочитать файл: откройте файл JSON или CSV, сохранённый здесь, или CSV со столбцами entry и exit.",
    reader_loading: "Загружается модуль чтения дат…",
    reader_unavailable: "Не удалось загрузить модуль чтения дат (возможно, нет соединения), поэтому ничего не добавлено. Повторите, когда появится связь.",
    print: "Распечатать сводку",
    calendar: "Добавить в календарь",
    chart_heading: "Учтённые дни по датам",
    chart_help: "Сплошная линия — число учтённых дней на каждую дату, пунктир — допустимый \
        максимум, полосы внизу — ваши поездки (запланированные — светлее, дни сверх срока — \
        красным), вертикальная линия — дата расчёта. Наведите указатель на день или выделите \
        график и используйте клавиши со стрелками, чтобы увидеть, как получено число.",
    legend_count: "учтено дней",
    legend_limit: "максимум",
    legend_entry: "дней текущего въезда",
    legend_entry_cap: "максимум за один въезд",
    legend_stay: "поездка",
    legend_planned: "запланировано",
    legend_over: "сверх срока",
    legend_today: "дата расчёта",
    explain_day,
    counted_parts,
    zones: &ZONES,
    visa: &crate::web::i18n::visa_texts::RU,
    permit: &crate::web::i18n::permit_texts::RU,
    deadlines: &crate::web::i18n::deadline_texts::RU,
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

/// An invalid document in Russian: `виза «…» не подходит: …`.
fn invalid_document(field: &str, value: &str, reason: &str) -> String {
    let field = match field {
        "visa" => "виза",
        "visa duration of stay" => "срок пребывания по визе",
        "permit" => "вид на жительство или виза D",
        "event" => "событие",
        other => other,
    };
    let why = match DocumentReason::read(reason) {
        DocumentReason::VisaShape => "нужен вид FROM..UNTIL,ENTRIES,DAYS[,AREA] (как на визе: \
             срок действия, число въездов, срок пребывания), например 2025-05-01..2025-05-31,1,11"
            .to_string(),
        DocumentReason::PeriodShape => {
            "нужен вид FROM..UNTIL, например 2025-05-01..2025-05-31".to_string()
        }
        DocumentReason::UntilBeforeFrom { from, until } => format!(
            "срок действия заканчивается {} — раньше, чем начинается ({})",
            dotted(until),
            dotted(from)
        ),
        DocumentReason::ZeroEntries => "число въездов 0: допустимо 1, 2 или MULT".to_string(),
        DocumentReason::UnknownEntries { entries } => {
            format!("число въездов «{entries}» не распознано: допустимо 1, 2 или MULT")
        }
        DocumentReason::DaysNotANumber { days } => {
            format!("срок пребывания «{days}» — не число дней")
        }
        DocumentReason::DaysOutOfRange => {
            "по краткосрочной визе срок пребывания — от 1 до 90 дней".to_string()
        }
        DocumentReason::EventShape => {
            "нужен вид ID:ДАТА, например kz-arrival:2026-03-20".to_string()
        }
        DocumentReason::UnknownEvent { id, known } => {
            format!("событие «{id}» неизвестно; известны: {known}")
        }
        DocumentReason::EventBeforeRule { from } => format!(
            "правило применяется к событиям начиная с {}, дня его вступления в силу",
            long(from)
        ),
        DocumentReason::DateOutOfRange => "срок выходит за пределы календаря".to_string(),
        DocumentReason::HolidaysUnknown { year, known } => format!(
            "праздничные дни Казахстана на {year} год неизвестны, а без них рабочие дни не \
             сосчитать (известны годы: {known})"
        ),
        DocumentReason::Other(reason) => reason.to_string(),
    };
    format!("{field} «{value}» не подходит: {why}")
}

fn zone_why(why: Why, nationality: &str) -> String {
    let citizen = format!("Гражданство: {}", named_country(nationality, "ru"));
    match why {
        Why::Home => format!("{citizen} — в своей стране срок пребывания не ограничен"),
        Why::FreeMovement => format!(
            "{citizen} — граждане ЕС, ЕЭЗ и Швейцарии передвигаются свободно, без ограничения \
             краткосрочного пребывания"
        ),
        Why::Named => format!("{citizen} — правило для граждан этой страны"),
        Why::General => format!(
            "{citizen} — общее правило; проверьте, что оно распространяется на ваше гражданство"
        ),
        Why::NoRule => format!(
            "{citizen} — в каталоге нет правила для этого гражданства: дни посчитаны, \
             ограничение не предполагается"
        ),
        Why::NotYetInForce(from) => format!(
            "{citizen} — правило каталога действует с {}: дни посчитаны, ограничение не \
             предполагается",
            date(from)
        ),
    }
}

fn zone_counted(names: &str) -> String {
    format!("Учтены: {names}")
}

fn without_country_note(zone: &str) -> String {
    format!("Поездки без страны учитываются в зоне: {zone}.")
}

fn elsewhere(country: &str) -> String {
    format!(
        "{} в эти дни не входит в зону выбранного правила: по нему поездка не учтена. Укажите \
         гражданство, чтобы увидеть расчёт для этой страны.",
        named_country(country, "ru")
    )
}

fn log_warning(warning: &LogWarning) -> String {
    match warning {
        LogWarning::Assumption {
            country,
            inside: true,
            ..
        } => format!(
            "{}: дни пребывания предположительно засчитываются в Шенгенскую зону — на границе с \
             соседней шенгенской страной нет пограничного контроля. Официального подтверждения \
             нет: уточните, прежде чем на это полагаться.",
            named_country(country.alpha2, "ru")
        ),
        LogWarning::Assumption { country, .. } => format!(
            "{}: въезд в эту страну предположительно означает выезд из Шенгенской зоны — на её \
             границах сохраняется пограничный контроль; дни пребывания считаются отдельно. \
             Официального подтверждения нет: уточните, прежде чем на это полагаться.",
            named_country(country.alpha2, "ru")
        ),
        LogWarning::TwoZones {
            first_row,
            first_zone,
            second_row,
            second_zone,
            from,
            until,
        } => format!(
            "Поездки {first_row} ({}) и {second_row} ({}) пересекаются {}, и не только в день \
             пересечения границы: эти дни учтены в обеих зонах. Проверьте даты: обычно в обеих \
             зонах учитывается только день пересечения границы.",
            first_zone.name("ru"),
            second_zone.name("ru"),
            from_to(*from, *until)
        ),
    }
}

/// The texts of countries on stays and the answer per zone.
const ZONES: ZoneTexts = ZoneTexts {
    country: "Страна",
    country_placeholder: "необязательно: Франция, FR",
    heading: "Ваше гражданство",
    hint: "У поездок указаны страны: с гражданством расчёт покажет каждую страну и зону по правилу для вашего паспорта.",
    first: "Гражданство",
    second: "Второе гражданство (необязательно)",
    needed: "Укажите гражданство, чтобы получить расчёт по каждой стране.",
    answers_heading: "Страны и зоны",
    no_limit: "Срок не ограничен",
    no_rule_known: "Правило неизвестно",
    why: zone_why,
    days_there: "Дней пребывания",
    counted: zone_counted,
    without_country: "Поездки без страны",
    without_country_note,
    shown_for: "Расчёт и график для",
    elsewhere,
    log_warning,
};

/// Numbers as a list joined by `and`: `2 и 3`, `1, 2 и 3`.
fn joined(numbers: &[usize], and: &str) -> String {
    match numbers.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let rest: Vec<String> = rest.iter().map(usize::to_string).collect();
            format!("{} {and} {last}", rest.join(", "))
        }
        _ => numbers.iter().map(usize::to_string).collect(),
    }
}
