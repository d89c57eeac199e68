//! Kazakh texts of the team view.

use crate::i18n::team_texts::{grouped, TeamTexts};

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

fn status_counts(overstay: usize, warning: usize, ok: usize) -> String {
    format!(
        "асып кеткен: {}, шекке жақын: {}, шегінде: {}",
        number(overstay),
        number(warning),
        number(ok)
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
    format_hint: "Тақырып жолында кемінде person, entry және exit болуы керек; қосымша rule \
                  (каталогтағы ереже id-і), planned (yes/no) және кез келген басқа бағандар \
                  есепке көшіріледі. Күндер YYYY-MM-DD немесе күні бірінші (DD.MM.YYYY, \
                  DD/MM/YYYY) түрінде.",
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
    person: "Адам",
    rule: "Ереже",
    earliest_full_stay: "Толық мерзім мүмкін күн",
    next_planned: "Келесі жоспарлы сапар",
    status: "Күйі",
    first_unlawful_day: "Бұзылған алғашқы күн",
    flagged: "Бұл адамның кейбір жолдары оқылмады",
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
    unreported: "Есепте жоқ, бірде-бір жолы оқылмады:",
    close: "Жабу",
    edit_hint: "Сапарларды осында өзгертіңіз: осы адамның кестедегі жолы қайта тексеріледі. \
                Файлыңыз өзгермейді; файлды қайта тексеру оның деректерінен басталады.",
};
