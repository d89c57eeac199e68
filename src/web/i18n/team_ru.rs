//! Russian texts of the team view.

use crate::web::i18n::team_texts::{grouped, megabytes, TeamTexts};
use crate::web::i18n::{ru, russian_plural};
use chrono::NaiveDate;

fn passport_fails(
    entry: NaiveDate,
    exit: NaiveDate,
    needed_by: NaiveDate,
    expires: bool,
    old: bool,
) -> String {
    let mut why = Vec::new();
    if expires {
        why.push("должен быть действителен 3 месяца после выезда");
    }
    if old {
        why.push("должен быть выдан не ранее чем за 10 лет до въезда");
    }
    format!(
        "Паспорт не подходит для поездки {}: он {}. Новый паспорт нужен не позднее {}",
        ru::range(entry, exit),
        why.join(" и "),
        ru::long(needed_by)
    )
}

fn trip_passport_fails(
    entry: NaiveDate,
    exit: NaiveDate,
    needed_by: NaiveDate,
    latest: Option<NaiveDate>,
) -> String {
    let days = days_only(latest);
    format!(
        "{}: паспорт не подходит для этой поездки, новый паспорт нужен не позднее {}{days}",
        ru::range(entry, exit),
        ru::long(needed_by)
    )
}

/// What the days alone would allow (nothing when they allow no day), after a trip's verdict
/// on its passport.
fn days_only(latest: Option<NaiveDate>) -> String {
    latest.map_or(String::new(), |latest| {
        format!(
            "; только по числу дней можно было бы находиться в стране по {} включительно",
            ru::long(latest)
        )
    })
}

fn trip_passport_too(needed_by: NaiveDate) -> String {
    format!(
        "Паспорт для этой поездки тоже не подходит: новый паспорт нужен не позднее {}",
        ru::long(needed_by)
    )
}

/// Why a passport could not be checked: no expiry date, or the rows disagree.
fn unchecked_why(no_expiry: bool) -> &'static str {
    if no_expiry {
        "не указан срок действия"
    } else {
        "строки этого человека дают разные даты паспорта или не прочитаны"
    }
}

fn trip_passport_unchecked(
    entry: NaiveDate,
    exit: NaiveDate,
    no_expiry: bool,
    latest: Option<NaiveDate>,
) -> String {
    let days = days_only(latest);
    format!(
        "{}: паспорт для этой поездки проверить не удалось ({}){days}",
        ru::range(entry, exit),
        unchecked_why(no_expiry)
    )
}

fn trip_passport_unchecked_too(no_expiry: bool) -> String {
    format!(
        "Паспорт для этой поездки тоже проверить не удалось: {}",
        unchecked_why(no_expiry)
    )
}

fn passport_ok(expiry: NaiveDate) -> String {
    format!("Действителен до {}", ru::long(expiry))
}

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

fn summary_by_zone(lines: usize, people: usize, rows: usize) -> String {
    format!(
        "{}, {} отчёта (человек в зоне), {} файла",
        counted(people, "человек", "человека", "человек"),
        counted(lines, "строка", "строки", "строк"),
        counted(rows, "строка", "строки", "строк")
    )
}

fn unread_rows(rows: usize, lines: &str) -> String {
    let verb = russian_plural(
        (rows % 100) as u32,
        "не прочитана",
        "не прочитаны",
        "не прочитано",
    );
    let line = if rows == 1 {
        "строка"
    } else {
        "строки"
    };
    format!(", из них {} {verb} ({line} {lines})", number(rows))
}

fn checked_by_zone(on: NaiveDate) -> String {
    let on = ru::long(on);
    format!(
        "Расчёт на {on} по зонам: строка на каждого человека и зону (Шенгенская зона или одна \
         страна), по правилу для его гражданства в этой зоне"
    )
}

fn checked_on(on: NaiveDate, rule: Option<&str>) -> String {
    let on = ru::long(on);
    match rule {
        Some(rule) => {
            format!("Расчёт на {on} по правилу «{rule}» (если в строке не указано другое)")
        }
        None => format!("Расчёт на {on} по правилу, указанному в каждой строке"),
    }
}

/// `n people` in the genitive (`1 человека`, `5 человек`, `21 человека`).
fn of_people(n: usize) -> String {
    let word = russian_plural((n % 100) as u32, "человека", "человек", "человек");
    format!("{} {word}", number(n))
}

/// `for n people` (`для 1 человека`, `для 5 человек`).
fn for_people(n: usize) -> String {
    format!("для {}", of_people(n))
}

fn elsewhere(rows: usize, lines: &str) -> String {
    format!(
        "Не учтены по правилу как дни в другой зоне: {} со страной вне зоны правила (строки: \
         {lines}). Чтобы проверить каждую зону, добавьте столбец гражданства (без столбца \
         правила).",
        counted(rows, "строка", "строки", "строк")
    )
}

fn encoding(name: &str) -> String {
    format!("Не UTF-8: прочитано как {name} (кириллица, так сохраняет CSV Excel с русской локалью)")
}

fn sheet(name: &str, row: usize) -> String {
    format!("Прочитан лист «{name}», заголовок в строке {row}; строки пронумерованы как на листе")
}

fn spelling(spelling: &str, line: u32, person: &str) -> String {
    format!("«{spelling}» (строка {line}) как {person}")
}

fn date_format(format: &str) -> String {
    format!("Формат дат: {}", ru::pattern(format))
}

fn open_person(name: &str) -> String {
    format!("Открыть: {name}")
}

fn shown(first: &str, last: &str, of: &str) -> String {
    format!("{first}–{last} из {of}")
}

fn errors_heading(unread: usize, passport: usize, visa: usize) -> String {
    let mut said = Vec::new();
    if unread > 0 {
        let verb = russian_plural(
            (unread % 100) as u32,
            "не прочитана",
            "не прочитаны",
            "не прочитано",
        );
        said.push(format!(
            "{} {verb}",
            counted(unread, "строка", "строки", "строк")
        ));
    }
    if passport > 0 {
        said.push(format!(
            "строк с другой датой паспорта, чем в остальных строках того же человека: {} (их \
             поездки учтены, паспорт не проверен)",
            number(passport)
        ));
    }
    if visa > 0 {
        said.push(format!(
            "строк с другой визой, чем в остальных строках того же человека, с неполной визой \
             или с окончанием визы раньше её начала: {} (их поездки учтены, виза не проверена)",
            number(visa)
        ));
    }
    said.push("все остальные строки проверены".to_string());
    let text = said.join("; ");
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

fn more_problems(n: usize) -> String {
    format!("… и ещё {}", number(n))
}

fn size(bytes: usize) -> String {
    format!("{}\u{a0}МБ", megabytes(bytes, ','))
}

fn edits_restored(people: usize) -> String {
    format!(
        "Правки из прошлого сеанса снова применены к данным {}; сам файл не изменён.",
        of_people(people)
    )
}

fn edits_applied(people: usize) -> String {
    format!(
        "Ваши правки {} применены и хранятся в этом браузере для этих строк; сам файл не \
         изменён.",
        for_people(people)
    )
}

fn edits_missed(people: usize) -> String {
    format!(
        "Правки {} не применены: для них здесь действует другое правило или их поездки не \
         соответствуют дате расчёта. Данные показаны как в файле.",
        for_people(people)
    )
}

fn edits_elsewhere(people: usize, name: Option<&str>) -> String {
    let other = name.map_or_else(
        || "в другие строки".to_string(),
        |name| format!("в другой файл («{name}»)"),
    );
    format!(
        "Ваши правки {} внесены {other}: они сохранены, но не применены, так как строки \
         отличаются. Если внести правку здесь, прежние правки будут заменены.",
        for_people(people)
    )
}

fn discard_confirm(people: usize) -> String {
    format!(
        "Отменить правки {} и показать данные из файла?",
        for_people(people)
    )
}

fn file_not_kept(name: &str, people: usize) -> String {
    let edits = match people {
        0 => String::new(),
        n => format!(", и правки {} будут применены снова", for_people(n)),
    };
    format!(
        "Последний файл («{name}») не хранится в браузере — файлы никогда не сохраняются. \
         Выберите его снова, чтобы проверить{edits}."
    )
}

fn text_not_kept_last(bytes: usize) -> String {
    format!(
        "Строки, вставленные в прошлый раз ({}), не удалось сохранить в браузере (слишком большой \
         объём или хранилище было заполнено): вставьте их снова.",
        size(bytes)
    )
}

fn text_too_large(bytes: usize) -> String {
    format!(
        "Эти строки ({}) слишком велики для хранения в браузере (не более 2\u{a0}МБ): после \
         перезагрузки их не будет. Настройки и правки сохраняются.",
        size(bytes)
    )
}

fn saved_damaged(fields: usize) -> String {
    format!(
        "Часть сохранённых в браузере данных группы не удалось прочитать: пропущено записей — \
         {}, остальное восстановлено.",
        number(fields)
    )
}

pub(crate) const TEXTS: TeamTexts = TeamTexts {
    number,
    views: "Разделы",
    tab_traveller: "Личный расчёт",
    tab_team: "Группа",
    title: "Проверка группы",
    tagline: "Проверьте сроки пребывания сразу нескольких человек по таблице. Файл \
              обрабатывается в вашем браузере и никуда не отправляется.",
    input_heading: "Файл со списком",
    drop_hint: "Перетащите сюда файл CSV, TSV или Excel (.xlsx, .xls, .ods), или",
    choose_file: "выберите файл",
    format_hint: "В строке заголовка должны быть как минимум столбцы ФИО, «Дата въезда» и \
                  «Дата выезда» (или person, entry, exit). Необязательные столбцы: rule \
                  (идентификатор правила из каталога), planned (да/нет), «Срок действия паспорта» \
                  и «Дата выдачи паспорта», виза: «Виза действительна с», «Виза действительна \
                  по», «Кол-во въездов» (1, 2, MULT) и «Продолжительность пребывания» (проверяются для поездок в Шенгенскую зону); любые другие столбцы \
                  переносятся в отчёт без изменений. Даты — в формате ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или \
                  ДД/ММ/ГГГГ (месяц первым — только если так во всём файле). UTF-8 или \
                  Windows-1251.",
    paste_label: "Или вставьте строки вместе с заголовком",
    run: "Проверить вставленные строки",
    default_rule: "Правило по умолчанию (для строк без указания правила)",
    rule_from_file: "Нет: правило указано в каждой строке",
    rule_by_zone: "Правило: расчёт по зонам, в каждой зоне — по правилу для гражданства человека (в файле есть столбцы страны и гражданства)",
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
    checked_by_zone,
    summary_by_zone,
    unread_rows,
    zone_columns: ["Зона", "Название зоны", "Страны", "Гражданство", "Дней пребывания"],
    zone_why: "Почему это правило",
    date_format,
    spellings: "Имена, различающиеся только регистром букв, пробелами или точками, считаются \
                одним человеком (если это разные люди, назовите их в файле по-разному):",
    spelling,
    encoding,
    elsewhere,
    sheet,
    person: "Имя",
    rule: "Правило",
    earliest_full_stay: "Въезд на полный срок возможен с",
    next_planned: "Следующая поездка",
    status: "Статус",
    first_unlawful_day: "Первый день нарушения",
    sort_by: "Сортировать по",
    flagged: "Часть строк этого человека не прочитана",
    check_rows: "Проверить строки",
    amber_either: "Срок на исходе или проверить (одно пребывание или два)",
    no_limit: "Без ограничения",
    no_rule_known: "Правило неизвестно",
    passport: "Паспорт",
    passport_fails,
    trip_passport_fails,
    trip_passport_too,
    trip_passport_unchecked,
    trip_passport_unchecked_too,
    passport_ok,
    passport_no_conditions: "Паспорт не проверен: требования к паспорту известны только для \
                             Шенгенской зоны",
    passport_no_expiry: "Паспорт не проверен: не указан срок действия",
    passport_unclear: "Паспорт не проверен: проверьте строки этого человека",
    visa: "Виза",
    visa_unclear: "Виза не проверена: проверьте строки этого человека",
    visa_outside: |entry| {
        format!(
            "Ни одна виза из файла не действует в день въезда {}: эта поездка проверена только \
             по числу дней.",
            ru::long(entry)
        )
    },
    trip_visa_unchecked: |entry, exit| {
        format!(
            "{}: визу для этой поездки проверить не удалось (строки этого человека дают разные \
             данные визы, неполную визу или не прочитаны).",
            ru::range(entry, exit)
        )
    },
    trip_visa_days_only: |latest| {
        latest.map_or(String::new(), |latest| {
            format!(
                " Только по числу дней можно было бы находиться в стране по {} включительно.",
                ru::long(latest)
            )
        })
    },
    open_person,
    filter_status: "Статус",
    all: "Все",
    filter_column: "Столбец",
    no_column: "Любой столбец",
    filter_value: "Значение содержит",
    search: "Поиск по имени",
    shown,
    no_match: "Нет записей, соответствующих фильтрам.",
    previous: "Назад",
    next: "Вперёд",
    page_size: "Строк на странице",
    export: "Выгрузить CSV",
    export_readable: "Выгрузить таблицу для чтения (CSV)",
    #[cfg(feature = "workbook")]
    export_xlsx: "Выгрузить таблицу для чтения (Excel)",
    #[cfg(feature = "workbook")]
    export_xlsx_too_big: "На листе Excel помещается не более 1 048 575 человек: сузьте таблицу фильтрами или выгрузите CSV",
    #[cfg(feature = "workbook")]
    sheet_name: "Группа",
    template: "Скачать шаблон файла",
    by_column: "Люди по статусам в каждой группе",
    by_column_choice: "Группировать по",
    total: "Всего",
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
    forget: "Удалить сохранённые данные",
    forget_confirm: "Удалить данные группы, сохранённые в этом браузере (вставленные строки, \
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
    forget_edits: "Удалить эти правки",
    file_not_kept,
    text_not_kept_last,
    text_too_large,
    storage_full: "Хранилище браузера заполнено: вставленные строки пропадут после перезагрузки. \
                   Настройки и правки сохраняются.",
    storage_off: "Браузер не даёт странице ничего сохранить (приватный режим, хранилище отключено \
                  или заполнено): введённое пропадёт после перезагрузки.",
    saved_damaged,
    saved_unreadable: "Сохранённые в браузере данные группы не удалось прочитать, поэтому \
                       страница открыта пустой (копия хранится отдельно до удаления \
                       сохранённых данных).",
    saved_newer: "Данные группы в браузере сохранены более новой версией страницы и не \
                  прочитаны (копия хранится отдельно до удаления сохранённых данных).",
};
