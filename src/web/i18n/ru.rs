//! Russian.

use crate::assessment::Status;
use crate::error::Error;
use crate::rule::{Confidence, Limits, PerEntry, Window};
use crate::timeline::TimelineDay;
use crate::warning::Warning;
use crate::web::i18n::texts::Texts;
use crate::web::i18n::{dotted, places, russian_plural};
use crate::web::traveller::{Dropped, MAX_ROWS};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
];

fn date(date: NaiveDate) -> String {
    dotted(date)
}

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

fn days(n: u32) -> String {
    format!("{n} {}", russian_plural(n, "день", "дня", "дней"))
}

/// A number of days after "не более" (genitive: "не более 21 дня", "не более 42 дней").
fn at_most(n: u32) -> String {
    let word = if n % 10 == 1 && n % 100 != 11 {
        "дня"
    } else {
        "дней"
    };
    format!("не более {n} {word}")
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
        Window::Rolling { days: d, max } => {
            format!("{} за любые {}", at_most(max), days(d))
        }
        Window::CalendarYear { max } => format!("{} за календарный год", at_most(max)),
        Window::FromFirstEntry { days: d, max } => format!(
            "{} за каждый период в {} с первого въезда",
            at_most(max),
            days(d)
        ),
    });
    let per_entry = limits.per_entry.map(|cap| match cap {
        PerEntry::Days(n) => format!("{} за один въезд", at_most(n)),
        PerEntry::Months(n) => format!(
            "не более {n} {} за один въезд",
            if n % 10 == 1 && n % 100 != 11 {
                "месяца"
            } else {
                "месяцев"
            }
        ),
    });
    [window, per_entry]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

fn from_date(date: &str) -> String {
    format!("с {date}")
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
        "on" | "check date" => "дата проверки",
        "window" => "окно",
        "maximum" => "максимум",
        "per-entry cap" => "предел за въезд",
        other => other,
    }
}

fn error(error: &Error) -> String {
    match error {
        Error::BadDate {
            value, field: f, ..
        } => format!("{} «{value}» — не дата", field(f)),
        Error::DateOutOfRange {
            date: d, field: f, ..
        } => format!(
            "{} {} вне поддерживаемых дат (1900–2199)",
            field(f),
            date(*d)
        ),
        Error::ExitBeforeEntry { entry, exit, .. } => {
            format!("выезд {} раньше въезда {}", date(*exit), date(*entry))
        }
        Error::OpenStayAfterCheckDate { entry, on, .. } => format!(
            "поездка, в которой вы ещё находитесь, не может начинаться {} — позже даты проверки {}",
            date(*entry),
            date(*on)
        ),
        Error::UnknownRule { id } => format!("в каталоге нет правила «{id}»"),
        Error::RuleNotInForce { on, from, .. } => format!(
            "правило не действует на {}: оно действует с {}",
            date(*on),
            date(*from)
        ),
        Error::InvalidRule { reason, .. } => {
            format!("из этих чисел не получается правило ({reason})")
        }
        Error::InvalidNumber {
            field: f, value, ..
        } => format!(
            "{}: «{value}» — не целое число дней от 1 до {}",
            field(f),
            crate::rule::MAX_RULE_DAYS
        ),
        Error::BadInput { reason, .. } => format!("не удалось прочитать ({reason})"),
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
            "поездки {first_row} и {second_row} пересекаются с {} по {}: эти дни считаются один раз",
            date(*from),
            date(*until)
        ),
    }
}

fn row_label(n: usize) -> String {
    format!("Поездка {n}")
}

fn delete_row(n: usize) -> String {
    format!("Удалить поездку {n}")
}

/// What reading saved data or a link left out, as a list (`2 даты в поездках, правило`).
fn left_out(dropped: &Dropped) -> String {
    let mut parts = Vec::new();
    if dropped.dates > 0 {
        let n = dropped.dates;
        let word = russian_plural(n as u32, "дата", "даты", "дат");
        parts.push(format!("{n} {word} в поездках"));
    }
    if dropped.rows > 0 {
        let n = dropped.rows;
        let word = russian_plural(n as u32, "поездка", "поездки", "поездок");
        parts.push(format!("{n} {word} сверх предела в {MAX_ROWS}"));
    }
    let fields = [
        (dropped.rule, "правило"),
        (dropped.check_date, "дата проверки"),
        (dropped.lang, "язык"),
        (dropped.nationality, "гражданство"),
        (dropped.custom, "свои числа"),
    ];
    parts.extend(fields.iter().filter(|f| f.0).map(|f| f.1.to_string()));
    parts.join(", ")
}

fn saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Часть данных, сохранённых в этом браузере, не удалось прочитать, и она пропущена: {}. \
         Остальное восстановлено.",
        left_out(dropped)
    )
}

fn widget_saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Часть данных, сохранённых этим калькулятором, не удалось прочитать, и она пропущена: \
         {}. Остальное восстановлено. Сохранённые данные останутся как есть, пока вы что-нибудь \
         не измените.",
        left_out(dropped)
    )
}

fn link_left_out(dropped: &Dropped) -> String {
    format!(
        "Часть ссылки не удалось прочитать, и она пропущена: {}. Остальное открыто.",
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
        Status::Ok => "В пределах нормы",
        Status::Warning => "Близко к пределу",
        Status::Overstay => "Превышение срока",
    }
}

fn window_note(start: &str, end: &str) -> String {
    format!("в периоде {start} .. {end}")
}

fn of_limit(limit: u32) -> String {
    format!("из {limit}")
}

fn longest_stay(on: &str, staying_on: bool) -> String {
    if staying_on {
        format!("Самое долгое пребывание, если остаться с {on}")
    } else {
        format!("Самое долгое пребывание при въезде {on}")
    }
}

fn earliest_full_stay(n: u32) -> String {
    format!("Самое раннее начало полного срока ({})", days(n))
}

fn trip_ok(entry: &str, exit: &str, latest: Option<&str>) -> String {
    match latest {
        Some(latest) => format!("{entry} .. {exit}: в порядке; можно остаться до {latest}."),
        None => format!("{entry} .. {exit}: в порядке."),
    }
}

fn trip_breaks(entry: &str, exit: &str, first: &str, n: u32) -> String {
    format!(
        "{entry} .. {exit}: нарушает правило с {first} (превышение: {}).",
        days(n)
    )
}

fn summary(on: &str, used: u32, limit: u32, remaining: u32) -> String {
    format!("На {on}: использовано {used} из {limit}, осталось {remaining}.")
}

fn overstay_from(first: &str) -> String {
    format!("Правило нарушено с {first}.")
}

fn overstay_days(on: &str) -> String {
    format!("Дней сверх предела на {on}")
}

fn unlawful_total(n: u32) -> String {
    format!("Всего дней пребывания с нарушением правила: {n}.")
}

fn explain_day(day: &TimelineDay) -> String {
    let mut text = format!(
        "на {}: {} в периоде {} .. {}",
        date(day.date),
        days(day.count),
        date(day.window_start),
        date(day.date)
    );
    if day.limit == 0 {
        text += " (правило не действует)";
    } else {
        text += &format!(" (предел {})", day.limit);
    }
    if day.unlawful {
        text += ": сверх предела";
    }
    text
}

/// Every Russian text.
pub(crate) const TEXTS: Texts = Texts {
    date,
    month,
    days,
    title: "Сколько мне можно оставаться?",
    tagline: "Подсчёт дней по правилу пребывания, например «90 дней из любых 180», по вашим \
        поездкам. Всё считается в этом браузере: введённые данные никуда не отправляются.",
    language: "Язык",
    disclaimer: "Это не юридическая консультация. Правила меняются, а решение принимает \
        пограничник: перед поездкой уточните у властей.",
    embed_link: "Разместить этот калькулятор на своём сайте",
    rule_heading: "Правило",
    destination: "Куда",
    choose: "Выберите…",
    nationality: "Гражданство",
    nationality_other: "Другое гражданство",
    rule: "Правило",
    custom_rule: "Свои числа",
    no_rule_for: "В каталоге нет правила для этого гражданства здесь: выберите правило по \
        названию или введите его числа.",
    window_days: "Окно (дней)",
    max_days: "Наибольшее число дней в окне",
    per_entry_days: "Наибольшее число дней за въезд (необязательно)",
    limits: "Пределы",
    applies_to: "Для кого",
    source: "Источник",
    confidence: "Достоверность",
    last_checked: "Проверено",
    consequences: "Последствия превышения",
    notes: "Примечания",
    rule_more: "Последствия превышения и примечания",
    catalogue_in_english: "Сведения о правиле из каталога приводятся на английском.",
    confidence_name,
    limits_text,
    from_date,
    destination_name,
    country_name,
    check_date: "Дата проверки",
    today: "Сегодня",
    check_date_hint: "День, на который дан ответ: сегодня, если не изменить.",
    stays_heading: "Ваши поездки",
    stays_hint: "Дни въезда и выезда считаются оба. Отметьте «ещё там», если вы ещё не \
        выехали. Поездки после даты проверки — запланированные.",
    entry: "Въезд",
    exit: "Выезд",
    still_there: "Ещё там",
    row_label,
    delete_row,
    planned: "План",
    add_stay: "Добавить поездку",
    sort: "Упорядочить по дате",
    no_stays: "Поездок пока нет: добавьте поездку или вставьте список ниже.",
    issue_no_exit: "Пока не учтено: введите дату выезда или отметьте «ещё там».",
    issue_no_entry: "Пока не учтено: введите дату въезда.",
    error,
    warning,
    paste_heading: "Вставить список",
    paste_hint: "По одной поездке в строке, въезд, затем выезд: 2025-03-01 2025-03-10, \
        01.03.2025 - 10.03.2025 или 01/03/2025,10/03/2025. День пишется перед месяцем. \
        Строка с одной датой — поездка, в которой вы ещё находитесь.",
    paste_button: "Добавить эти поездки",
    pasted,
    line,
    answer_heading: "Ответ",
    status_name,
    days_used: "Использовано дней",
    window_note,
    days_remaining: "Осталось дней",
    of_limit,
    remaining_note: "«Осталось дней» — это не самое долгое возможное пребывание: пока вы \
        находитесь в стране, старые дни выходят из окна, а новые входят, и предел за один \
        въезд может закончить поездку раньше. Самое долгое пребывание — ниже.",
    longest_stay,
    latest_exit: "Выехать не позднее",
    no_latest_exit: "Нет: пребывание в этот день уже нарушает правило.",
    earliest_full_stay,
    no_full_stay: "Не в пределах поддерживаемых дат.",
    no_answer: "Ответа пока нет:",
    planned_heading: "Запланированные поездки",
    trip_ok,
    trip_breaks,
    summary,
    overstay_heading: "Превышение срока",
    overstay_from,
    overstay_days,
    unlawful_total,
    consequences_unknown: "Каталог не знает последствий превышения по этому правилу: \
        уточните у властей.",
    share: "Ссылка для передачи",
    share_ready: "Ваши поездки — в этой ссылке, после #. Браузеры никогда не отправляют эту \
        часть на сервер.",
    share_copied: "Скопировано в буфер обмена.",
    shared_opened: "Открыто по присланной ссылке.",
    restore_mine: "Вернуть мои данные",
    newer_version: "Эта ссылка или сохранённые данные сделаны более новой версией приложения \
        и не могут быть прочитаны здесь.",
    saved_unreadable: "Данные, сохранённые в этом браузере, не удалось прочитать, поэтому \
        калькулятор открыт пустым. Ничего не удалено: эти данные остаются в браузере.",
    saved_left_out,
    link_unreadable: "Эту ссылку не удалось прочитать: она повреждена или обрезана, поэтому из \
        неё ничего не взято. Попросите прислать ссылку ещё раз.",
    link_left_out,
    widget_saved_left_out,
    widget_saved_unreadable: "Данные, сохранённые этим калькулятором, не удалось прочитать, \
        поэтому он открыт пустым. Сохранённые данные останутся как есть, пока вы что-нибудь не \
        измените.",
    clear: "Очистить всё",
    clear_confirm: "Удалить все поездки и настройки из этого браузера?",
    clear_yes: "Да, удалить",
    cancel: "Отмена",
    print: "Печать сводки",
    chart_heading: "Учтённые дни по дням",
    chart_help: "Линия — число дней, учтённых на каждый день, пунктир — предел, полосы внизу — \
        ваши поездки (запланированные светлее, дни сверх предела красные), вертикальная линия — \
        дата проверки. Наведите на день или выберите график и нажимайте стрелки, чтобы увидеть, \
        как получен счёт.",
    legend_count: "учтено дней",
    legend_limit: "предел",
    legend_stay: "поездка",
    legend_planned: "план",
    legend_over: "сверх предела",
    legend_today: "дата проверки",
    explain_day,
};
