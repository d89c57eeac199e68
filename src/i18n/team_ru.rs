//! Russian texts of the team view.

use crate::i18n::russian_plural;
use crate::i18n::team_texts::{grouped, TeamTexts};

fn number(n: usize) -> String {
    grouped(n, "\u{a0}")
}

fn counted(n: usize, one: &'static str, few: &'static str, many: &'static str) -> String {
    let form = russian_plural((n % 100) as u32, one, few, many);
    format!("{} {form}", number(n))
}

fn file_name(name: &str) -> String {
    format!("Файл: {name}")
}

fn reading(done: &str, total: &str) -> String {
    format!("Прочитано строк: {done} из {total}")
}

fn checking(done: &str, total: &str) -> String {
    format!("Проверено человек: {done} из {total}")
}

fn exporting(done: &str, total: &str) -> String {
    format!("Выгружено строк: {done} из {total}")
}

fn file_error(reason: &str) -> String {
    format!("Файл не удаётся прочитать: {reason}")
}

fn summary(people: usize, rows: usize) -> String {
    format!(
        "{}, {}",
        counted(people, "человек", "человека", "человек"),
        counted(rows, "строка", "строки", "строк")
    )
}

fn checked_on(date: &str, rule: Option<&str>) -> String {
    match rule {
        Some(rule) => {
            format!("Проверено на {date} по правилу «{rule}», если в строке не указано другое")
        }
        None => format!("Проверено на {date} по правилу, указанному в каждой строке"),
    }
}

fn status_counts(overstay: usize, warning: usize, ok: usize) -> String {
    format!(
        "превышение: {}, близко к пределу: {}, в пределах: {}",
        number(overstay),
        number(warning),
        number(ok)
    )
}

fn date_format(format: &str) -> String {
    format!("Даты прочитаны как {format}")
}

fn open_person(name: &str) -> String {
    format!("Открыть: {name}")
}

fn shown(first: &str, last: &str, of: &str) -> String {
    format!("{first}–{last} из {of}")
}

fn errors_heading(rows: usize) -> String {
    let verb = if rows % 10 == 1 && rows % 100 != 11 {
        "не прочитана"
    } else {
        "не прочитаны"
    };
    format!(
        "{} {verb}; все остальные строки проверены",
        counted(rows, "строка", "строки", "строк")
    )
}

fn more_problems(n: usize) -> String {
    format!("… и ещё {}", number(n))
}

pub(crate) const TEXTS: TeamTexts = TeamTexts {
    number,
    views: "Разделы",
    tab_traveller: "Один путешественник",
    tab_team: "Команда",
    title: "Проверка команды",
    tagline: "Проверьте поездки многих людей сразу по таблице. Файл читается в вашем браузере; \
              ничего не загружается.",
    input_heading: "Файл команды",
    drop_hint: "Перетащите сюда файл CSV или TSV, или",
    choose_file: "выберите файл",
    format_hint: "В заголовке должны быть как минимум person, entry и exit; необязательные rule \
                  (id правила из каталога), planned (yes/no) и любые другие столбцы переносятся в \
                  отчёт. Даты в виде YYYY-MM-DD или день первым (DD.MM.YYYY, DD/MM/YYYY).",
    paste_label: "Или вставьте строки вместе с заголовком",
    run: "Проверить вставленные строки",
    default_rule: "Правило для строк без правила",
    rule_from_file: "Нет: правило указано в каждой строке",
    warn_below: "Предупреждать, когда осталось дней меньше, чем",
    start_hint: "Чтобы начать, выберите файл или вставьте строки.",
    file_name,
    pasted_rows: "Вставленные строки",
    loading: "Открытие файла…",
    reading,
    checking,
    exporting,
    file_error,
    summary,
    checked_on,
    status_counts,
    date_format,
    person: "Человек",
    rule: "Правило",
    earliest_full_stay: "Полный срок возможен с",
    next_planned: "Следующая поездка",
    status: "Статус",
    first_unlawful_day: "Первый день нарушения",
    flagged: "Часть строк этого человека не прочитана",
    open_person,
    filter_status: "Статус",
    all: "Все",
    filter_column: "Столбец",
    no_column: "Любой столбец",
    filter_value: "Значение содержит",
    search: "Поиск по имени",
    shown,
    no_match: "Под фильтры никто не подходит.",
    previous: "Назад",
    next: "Вперёд",
    page_size: "Строк на странице",
    export: "Выгрузить CSV",
    print: "Печать",
    errors_heading,
    line: "Строка",
    column: "Столбец",
    value: "Значение",
    problem: "Проблема",
    more_problems,
    unreported: "Нет в отчёте, ни одна строка не прочитана:",
    close: "Закрыть",
    edit_hint: "Измените поездки здесь: строка этого человека в таблице будет проверена заново. \
                Ваш файл не меняется; новая проверка файла начнётся с его данных.",
};
