//! Kazakh texts of the team view.

use crate::web::i18n::team_texts::{grouped, megabytes, TeamTexts};

fn number(n: usize) -> String {
    grouped(n, "\u{a0}")
}

fn file_name(name: &str) -> String {
    format!("Файл: {name}")
}

fn reading(done: &str, total: &str) -> String {
    format!("Оқылған жолдар: {done} / {total}")
}

fn checking(done: &str, total: &str) -> String {
    format!("Тексерілген адамдар: {done} / {total}")
}

fn exporting(done: &str, total: &str) -> String {
    format!("Экспортталған жолдар: {done} / {total}")
}

fn file_error(reason: &str) -> String {
    format!("Файлды оқу мүмкін емес: {reason}")
}

fn summary(people: usize, rows: usize) -> String {
    format!("{} адам, {} жол", number(people), number(rows))
}

fn checked_on(date: &str, rule: Option<&str>) -> String {
    match rule {
        Some(rule) => {
            format!("{date} күнге «{rule}» ережесі бойынша тексерілді (жолда басқасы көрсетілмесе)")
        }
        None => format!("{date} күнге әр жолда көрсетілген ереже бойынша тексерілді"),
    }
}

fn status_counts(overstay: usize, check_rows: usize, warning: usize, ok: usize) -> String {
    format!(
        "асып кеткен: {}, жолдарды тексеру: {}, шекке жақын: {}, шегінде: {}",
        number(overstay),
        number(check_rows),
        number(warning),
        number(ok)
    )
}

fn encoding(name: &str) -> String {
    format!(
        "UTF-8 емес: {name} ретінде оқылды (кирилл, орыс тіліндегі Excel CSV-ді осылай сақтайды)"
    )
}

fn date_format(format: &str) -> String {
    format!("Күндер {format} түрінде оқылды")
}

fn open_person(name: &str) -> String {
    format!("Ашу: {name}")
}

fn shown(first: &str, last: &str, of: &str) -> String {
    format!("{first}–{last} / {of}")
}

fn errors_heading(rows: usize) -> String {
    format!(
        "{} жол оқылмады; қалған жолдардың бәрі тексерілді",
        number(rows)
    )
}

fn more_problems(n: usize) -> String {
    format!("… және тағы {}", number(n))
}

fn size(bytes: usize) -> String {
    format!("{}\u{a0}МБ", megabytes(bytes, ','))
}

fn edits_restored(people: usize) -> String {
    format!(
        "Өткен жолғы түзетулер қайта қолданылды (адам саны: {}); файлдың өзі өзгерген жоқ.",
        number(people)
    )
}

fn edits_applied(people: usize) -> String {
    format!(
        "Түзетулеріңіз қолданылды (адам саны: {}) және осы жолдар үшін осы браузерде сақталады; \
         файлдың өзі өзгерген жоқ.",
        number(people)
    )
}

fn edits_missed(people: usize) -> String {
    format!(
        "Түзетулер қолданылмады (адам саны: {}): адам бұл жерде сол ережемен жоқ немесе сапарлары \
         тексеру күніне сай келмейді; файлдағыдай көрсетілді.",
        number(people)
    )
}

fn edits_elsewhere(people: usize, name: Option<&str>) -> String {
    let other = name.map_or_else(
        || "басқа жолдарға".to_string(),
        |name| format!("басқа файлға, «{name}»"),
    );
    format!(
        "Түзетулеріңіз (адам саны: {}) {other} жасалған: бұл жолдар басқа болғандықтан, олар \
         сақтаулы, бірақ қолданылмады. Мұнда түзету оларды ауыстырады.",
        number(people)
    )
}

fn discard_confirm(people: usize) -> String {
    format!(
        "Түзетулеріңізден бас тартып (адам саны: {}), жолдарды бастапқы күйінде көрсету керек пе?",
        number(people)
    )
}

fn file_not_kept(name: &str, people: usize) -> String {
    let edits = match people {
        0 => String::new(),
        n => format!(
            ", сонда түзетулеріңіз (адам саны: {}) қайта қолданылады",
            number(n)
        ),
    };
    format!("Соңғы файл, «{name}», браузерде сақталмайды (файлдар ешқашан сақталмайды): тексеру үшін оны қайта таңдаңыз{edits}.")
}

fn text_not_kept_last(bytes: usize) -> String {
    format!(
        "Өткен жолы қойылған жолдар ({}) браузерде сақталмады (тым үлкен немесе жады толы \
         болды): оларды қайта қойыңыз.",
        size(bytes)
    )
}

fn text_too_large(bytes: usize) -> String {
    format!(
        "Бұл жолдар ({}) браузерде сақтауға тым үлкен (шегі 2\u{a0}МБ): бетті қайта жүктегенде \
         жоғалады. Баптаулар мен түзетулер сақталады.",
        size(bytes)
    )
}

fn saved_damaged(fields: usize) -> String {
    format!(
        "Браузерде сақталған команда деректерінің бір бөлігі оқылмады: {} жазба алынып тасталды, \
         қалғаны қалпына келтірілді.",
        number(fields)
    )
}

pub(crate) const TEXTS: TeamTexts = TeamTexts {
    number,
    views: "Бөлімдер",
    tab_traveller: "Бір саяхатшы",
    tab_team: "Команда",
    title: "Команданы тексеру",
    tagline: "Кестедегі көп адамның сапарларын бірден тексеріңіз. Файл браузеріңізде оқылады; \
              ештеңе жүктелмейді.",
    input_heading: "Команда файлы",
    drop_hint: "CSV немесе TSV файлын осында сүйреп әкеліңіз, немесе",
    choose_file: "файлды таңдаңыз",
    format_hint: "Тақырып жолында кемінде «Аты-жөні», «Келу күні» және «Кету күні» (немесе \
                  person, entry, exit) болуы керек; қосымша rule (каталогтағы ереже id-і), \
                  planned (иә/жоқ) және кез келген басқа бағандар есепке көшіріледі. Күндер \
                  YYYY-MM-DD, DD.MM.YYYY немесе DD/MM/YYYY түрінде (ай бірінші — тек бүкіл файл \
                  солай болса). UTF-8 немесе Windows-1251.",
    paste_label: "Немесе жолдарды тақырыбымен бірге қойыңыз",
    run: "Қойылған жолдарды тексеру",
    default_rule: "Ережесі жоқ жолдарға арналған ереже",
    rule_from_file: "Жоқ: әр жолда өз ережесі бар",
    warn_below: "Қалған күн осыдан аз болса, ескерту",
    start_hint: "Бастау үшін файлды таңдаңыз немесе жолдарды қойыңыз.",
    file_name,
    pasted_rows: "Қойылған жолдар",
    loading: "Файл ашылуда…",
    reading,
    checking,
    exporting,
    file_error,
    summary,
    checked_on,
    status_counts,
    date_format,
    encoding,
    person: "Адам",
    rule: "Ереже",
    earliest_full_stay: "Толық мерзім мүмкін күн",
    next_planned: "Келесі жоспарлы сапар",
    status: "Күйі",
    first_unlawful_day: "Бұзылған алғашқы күн",
    flagged: "Бұл адамның кейбір жолдары оқылмады",
    check_rows: "Жолдарды тексеру",
    open_person,
    filter_status: "Күйі",
    all: "Барлығы",
    filter_column: "Баған",
    no_column: "Кез келген баған",
    filter_value: "Мәнінде бар",
    search: "Аты бойынша іздеу",
    shown,
    no_match: "Сүзгілерге сай адам жоқ.",
    previous: "Алдыңғы",
    next: "Келесі",
    page_size: "Беттегі жолдар",
    export: "CSV экспорттау",
    print: "Басып шығару",
    errors_heading,
    line: "Жол",
    column: "Баған",
    value: "Мәні",
    problem: "Себебі",
    more_problems,
    unread: "Бірде-бір жолы оқылмады (кестеде «Жолдарды тексеру» ретінде, сандарсыз):",
    close: "Жабу",
    edit_hint: "Сапарларды осында өзгертіңіз: осы адамның кестедегі жолы қайта тексеріледі. \
                Файлыңыз өзгермейді; түзетулер осы браузерде сақталады және сол файл не сол \
                жолдар қайта тексерілгенде қайта қолданылады.",
    saved_note: "Қойылған жолдар, баптаулар мен түзетулер өзіңіз ұмытқанша тек осы браузерде \
                 сақталады; файлдар ешқашан сақталмайды.",
    forget: "Сақталғанды ұмыту",
    forget_confirm: "Осы браузерде сақталған команда деректерін (қойылған жолдар, баптаулар мен \
                     түзетулер) жойып, бетті тазалау керек пе? Файлдарыңызға әсер етпейді.",
    forget_yes: "Жою",
    dismiss: "Жасыру",
    edits_restored,
    edits_applied,
    edits_missed,
    edits_elsewhere,
    discard_edits: "Түзетулерден бас тарту",
    discard_confirm,
    discard_yes: "Бас тарту",
    forget_edits: "Бұл түзетулерді ұмыту",
    file_not_kept,
    text_not_kept_last,
    text_too_large,
    storage_full: "Браузер жады толы: қойылған жолдар қайта жүктегенде жоғалады. Баптаулар мен \
                   түзетулер сақталады.",
    storage_off: "Браузер бетке ештеңе сақтауға мүмкіндік бермейді (жеке режим, жады өшірулі \
                  немесе толы): енгізгеніңіз қайта жүктегенде жоғалады.",
    saved_damaged,
    saved_unreadable: "Браузерде сақталған команда деректері оқылмады, сондықтан бет бос ашылды \
                       (сақталғанды ұмытқанша көшірмесі бөлек сақталады).",
    saved_newer: "Браузердегі команда деректерін беттің жаңа нұсқасы сақтаған, сондықтан олар \
                  оқылмады (сақталғанды ұмытқанша көшірмесі бөлек сақталады).",
};
