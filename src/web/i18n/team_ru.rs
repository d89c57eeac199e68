//! Russian texts of the team view.

use crate::web::i18n::russian_plural;
use crate::web::i18n::team_texts::{grouped, megabytes, TeamTexts};

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

fn status_counts(overstay: usize, check_rows: usize, warning: usize, ok: usize) -> String {
    format!(
        "превышение: {}, проверить строки: {}, близко к пределу: {}, в пределах: {}",
        number(overstay),
        number(check_rows),
        number(warning),
        number(ok)
    )
}

fn encoding(name: &str) -> String {
    format!("Не UTF-8: прочитано как {name} (кириллица, так сохраняет CSV Excel с русской локалью)")
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

fn size(bytes: usize) -> String {
    format!("{}\u{a0}МБ", megabytes(bytes, ','))
}

fn edits_restored(people: usize) -> String {
    format!(
        "Правки из прошлого посещения применены снова (людей: {}); сам файл не изменён.",
        number(people)
    )
}

fn edits_applied(people: usize) -> String {
    format!(
        "Ваши правки применены (людей: {}) и хранятся в этом браузере для этих строк; сам файл \
         не изменён.",
        number(people)
    )
}

fn edits_missed(people: usize) -> String {
    format!(
        "Не удалось применить правки (людей: {}): человека больше нет с тем же правилом или его \
         поездки не подходят к дате проверки; показано как в файле.",
        number(people)
    )
}

fn edits_elsewhere(people: usize, name: Option<&str>) -> String {
    let other = name.map_or_else(
        || "других строк".to_string(),
        |name| format!("другого файла, «{name}»"),
    );
    format!(
        "Ваши правки (людей: {}) сделаны для {other}: они сохранены, но не применены, потому что \
         эти строки другие. Правка здесь заменит их.",
        number(people)
    )
}

fn discard_confirm(people: usize) -> String {
    format!(
        "Отменить ваши правки (людей: {}) и показать строки как есть?",
        number(people)
    )
}

fn file_not_kept(name: &str, people: usize) -> String {
    let edits = match people {
        0 => String::new(),
        n => format!(
            ", и ваши правки (людей: {}) будут применены снова",
            number(n)
        ),
    };
    format!("Последний файл, «{name}», не хранится в браузере (файлы не сохраняются никогда): выберите его снова, чтобы проверить{edits}.")
}

fn text_not_kept_last(bytes: usize) -> String {
    format!(
        "Строки, вставленные в прошлый раз ({}), не удалось сохранить в браузере (слишком велики \
         или хранилище было заполнено): вставьте их снова.",
        size(bytes)
    )
}

fn text_too_large(bytes: usize) -> String {
    format!(
        "Эти строки ({}) слишком велики для хранения в браузере (предел 2\u{a0}МБ): после \
         перезагрузки их не будет. Настройки и правки сохраняются.",
        size(bytes)
    )
}

fn saved_damaged(fields: usize) -> String {
    format!(
        "Часть данных команды, сохранённых в браузере, не читается: пропущено записей: {}, \
         остальное восстановлено.",
        number(fields)
    )
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
    format_hint: "В заголовке должны быть как минимум ФИО, «Дата въезда» и «Дата выезда» (или \
                  person, entry, exit); необязательные rule (id правила из каталога), planned \
                  (да/нет) и любые другие столбцы переносятся в отчёт. Даты в виде YYYY-MM-DD, \
                  DD.MM.YYYY или DD/MM/YYYY (месяц первым — только если так во всём файле). \
                  UTF-8 или Windows-1251.",
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
    encoding,
    person: "Человек",
    rule: "Правило",
    earliest_full_stay: "Полный срок возможен с",
    next_planned: "Следующая поездка",
    status: "Статус",
    first_unlawful_day: "Первый день нарушения",
    flagged: "Часть строк этого человека не прочитана",
    check_rows: "Проверить строки",
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
    unread: "Ни одна строка не прочитана (в таблице как «Проверить строки», без чисел):",
    close: "Закрыть",
    edit_hint: "Измените поездки здесь: строка этого человека в таблице будет проверена заново. \
                Ваш файл не меняется; правки хранятся в этом браузере и применяются снова, \
                когда проверяются тот же файл или те же строки.",
    saved_note: "Вставленные строки, настройки и правки хранятся только в этом браузере, пока вы \
                 их не удалите; файлы не сохраняются никогда.",
    forget: "Забыть сохранённое",
    forget_confirm: "Удалить данные команды, сохранённые в этом браузере (вставленные строки, \
                     настройки и правки), и очистить страницу? Ваши файлы не затрагиваются.",
    forget_yes: "Удалить",
    dismiss: "Скрыть",
    edits_restored,
    edits_applied,
    edits_missed,
    edits_elsewhere,
    discard_edits: "Отменить правки",
    discard_confirm,
    discard_yes: "Отменить правки",
    forget_edits: "Забыть эти правки",
    file_not_kept,
    text_not_kept_last,
    text_too_large,
    storage_full: "Хранилище браузера заполнено: вставленные строки пропадут после перезагрузки. \
                   Настройки и правки сохраняются.",
    storage_off: "Браузер не даёт странице ничего сохранить (приватный режим, хранилище отключено \
                  или заполнено): введённое пропадёт после перезагрузки.",
    saved_damaged,
    saved_unreadable: "Сохранённые в браузере данные команды не читаются, поэтому страница \
                       открыта пустой (копия отложена, пока вы не удалите сохранённое).",
    saved_newer: "Данные команды в браузере сохранены более новой версией страницы и не \
                  прочитаны (копия отложена, пока вы не удалите сохранённое).",
};
