//! Kazakh texts of the team view.

use crate::web::i18n::kk::{self, Case};
use crate::web::i18n::team_texts::{grouped, megabytes, TeamTexts};
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
        why.push("ол елден кеткеннен кейін 3 ай жарамды болуы керек");
    }
    if old {
        why.push("ол елге келгенге дейінгі 10 жыл ішінде берілген болуы керек");
    }
    format!(
        "Төлқұжат {} аралығындағы сапарға жарамайды: {}. Жаңа төлқұжат {} кешіктірмей қажет.",
        kk::range(entry, exit),
        why.join(", сондай-ақ "),
        kk::long(needed_by, Case::Ablative)
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
        "{}: төлқұжат бұл сапарға жарамайды; жаңа төлқұжат {} кешіктірмей қажет.{days}",
        kk::range(entry, exit),
        kk::long(needed_by, Case::Ablative)
    )
}

/// What the days alone would allow (nothing when they allow no day), after a trip's verdict
/// on its passport.
fn days_only(latest: Option<NaiveDate>) -> String {
    latest.map_or(String::new(), |latest| {
        format!(
            " Тек күн санына қарағанда, елде {} дейін (сол күнді қоса алғанда) болуға болар еді.",
            kk::long(latest, Case::Dative)
        )
    })
}

fn trip_passport_too(needed_by: NaiveDate) -> String {
    format!(
        "Төлқұжат бұл сапарға да жарамайды: жаңа төлқұжат {} кешіктірмей қажет.",
        kk::long(needed_by, Case::Ablative)
    )
}

/// Why a passport could not be checked: no expiry date, or the rows disagree.
fn unchecked_why(no_expiry: bool) -> &'static str {
    if no_expiry {
        "жарамдылық мерзімі көрсетілмеген"
    } else {
        "бұл адамның жолдарында төлқұжат күндері әртүрлі немесе оқылмады"
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
        "{}: төлқұжатты бұл сапарға тексеру мүмкін болмады ({}).{days}",
        kk::range(entry, exit),
        unchecked_why(no_expiry)
    )
}

fn trip_passport_unchecked_too(no_expiry: bool) -> String {
    format!(
        "Төлқұжатты бұл сапарға да тексеру мүмкін болмады: {}.",
        unchecked_why(no_expiry)
    )
}

fn passport_ok(expiry: NaiveDate) -> String {
    format!("{} дейін жарамды", kk::long(expiry, Case::Dative))
}

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

fn summary_by_zone(lines: usize, people: usize, rows: usize) -> String {
    format!(
        "{} адам, есептің {} жолы (аймақтағы адам), файлдың {} жолы",
        number(people),
        number(lines),
        number(rows)
    )
}

fn unread_rows(rows: usize, lines: &str) -> String {
    let lines = if rows == 1 {
        format!("{lines}-жол")
    } else {
        format!("жолдар: {lines}")
    };
    format!(", оның ішінде {} жол оқылмады ({lines})", number(rows))
}

fn checked_by_zone(on: NaiveDate) -> String {
    let on = kk::long(on, Case::Attributive);
    format!(
        "{on} жағдай бойынша аймақтар бойынша тексерілді: әр адам мен аймаққа бір жол (Шенген \
         аймағы немесе бір ел), адамның сол аймақтағы азаматтығына арналған ережемен"
    )
}

fn checked_on(on: NaiveDate, rule: Option<&str>) -> String {
    let on = kk::long(on, Case::Attributive);
    match rule {
        Some(rule) => format!(
            "{on} жағдай бойынша «{rule}» ережесімен тексерілді (жолда басқа ереже көрсетілмесе)"
        ),
        None => format!("{on} жағдай бойынша әр жолда көрсетілген ережемен тексерілді"),
    }
}

fn elsewhere(rows: usize, lines: &str) -> String {
    format!(
        "Ереже бойынша есептелмеді, басқа аймақтың күндері ретінде: ереже аймағынан тыс \
         елдегі {} жол (жолдар: {lines}). Әр аймақты тексеру үшін азаматтық бағанын қосыңыз \
         (ереже бағанынсыз).",
        number(rows)
    )
}

fn encoding(name: &str) -> String {
    format!(
        "UTF-8 емес: {name} ретінде оқылды (кирилл, орыс тіліндегі Excel CSV-ді осылай сақтайды)"
    )
}

fn sheet(name: &str, row: usize) -> String {
    format!("«{name}» парағы оқылды, тақырып {row}-жолда; жолдар парақтағыдай нөмірленген")
}

fn spelling(spelling: &str, line: u32, person: &str) -> String {
    format!("«{spelling}» ({line}-жол) — {person} ретінде")
}

fn date_format(format: &str) -> String {
    format!("Күн пішімі: {}", kk::pattern(format))
}

fn open_person(name: &str) -> String {
    format!("Ашу: {name}")
}

fn shown(first: &str, last: &str, of: &str) -> String {
    format!("{first}–{last} / {of}")
}

fn errors_heading(unread: usize, passport: usize, visa: usize) -> String {
    let mut said = Vec::new();
    if unread > 0 {
        said.push(format!("{} жол оқылмады", number(unread)));
    }
    if passport > 0 {
        said.push(format!(
            "сол адамның басқа жолдарындағыдан өзге төлқұжат күні көрсетілген жолдар: {} \
             (олардағы сапарлар есепке алынды, төлқұжат тексерілмеді)",
            number(passport)
        ));
    }
    if visa > 0 {
        said.push(format!(
            "сол адамның басқа жолдарындағыдан өзге виза, толық емес виза немесе басталуынан \
             бұрын аяқталатын виза көрсетілген жолдар: {} (олардағы сапарлар есепке алынды, \
             виза тексерілмеді)",
            number(visa)
        ));
    }
    said.push("қалған жолдардың бәрі тексерілді".to_string());
    let text = said.join("; ");
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

fn more_problems(n: usize) -> String {
    format!("… және тағы {}", number(n))
}

fn size(bytes: usize) -> String {
    format!("{}\u{a0}МБ", megabytes(bytes, ','))
}

fn edits_restored(people: usize) -> String {
    format!(
        "Алдыңғы сеанстағы түзетулеріңіз қайта қолданылды ({} адам); файлдың өзі өзгерген жоқ.",
        number(people)
    )
}

fn edits_applied(people: usize) -> String {
    format!(
        "Түзетулеріңіз қолданылды ({} адам) және осы жолдар үшін осы браузерде сақталады; \
         файлдың өзі өзгерген жоқ.",
        number(people)
    )
}

fn edits_missed(people: usize) -> String {
    format!(
        "{} адамның түзетулері қолданылмады: оларға мұнда басқа ереже қолданылады немесе \
         сапарлары есептеу күніне сай келмейді. Деректер файлдағыдай көрсетілді.",
        number(people)
    )
}

fn edits_elsewhere(people: usize, name: Option<&str>) -> String {
    let other = name.map_or_else(
        || "басқа жолдарға".to_string(),
        |name| format!("«{name}» деген басқа файлға"),
    );
    format!(
        "Түзетулеріңіз ({} адам) {other} жасалған: жолдар әртүрлі болғандықтан, олар сақталған, \
         бірақ қолданылмады. Мұнда түзету енгізсеңіз, бұрынғы түзетулер ауыстырылады.",
        number(people)
    )
}

fn discard_confirm(people: usize) -> String {
    format!(
        "{} адамға енгізілген түзетулерден бас тартып, жолдарды файлдағыдай көрсетесіз бе?",
        number(people)
    )
}

fn file_not_kept(name: &str, people: usize) -> String {
    let edits = match people {
        0 => String::new(),
        n => format!(
            ", сонда түзетулеріңіз ({} адам) қайта қолданылады",
            number(n)
        ),
    };
    format!(
        "Соңғы файл («{name}») браузерде сақталмайды — файлдар ешқашан сақталмайды. Тексеру \
         үшін оны қайта таңдаңыз{edits}."
    )
}

fn text_not_kept_last(bytes: usize) -> String {
    format!(
        "Алдыңғы рет қойылған жолдар ({}) браузерде сақталмады (көлемі тым үлкен немесе жад толы \
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
        "Браузерде сақталған топ деректерінің бір бөлігі оқылмады: {} жазба алынып тасталды, \
         қалғаны қалпына келтірілді.",
        number(fields)
    )
}

pub(crate) const TEXTS: TeamTexts = TeamTexts {
    number,
    views: "Бөлімдер",
    tab_traveller: "Жеке есептеу",
    tab_team: "Топ",
    title: "Топты тексеру",
    tagline: "Кесте бойынша бірнеше адамның болу мерзімін бірден тексеріңіз. Файл \
              браузеріңізде өңделеді, серверге ештеңе жүктелмейді.",
    input_heading: "Тізім файлы",
    drop_hint: "CSV, TSV немесе Excel (.xlsx, .xls, .ods) файлын осында сүйреп әкеліңіз немесе",
    choose_file: "файлды таңдаңыз",
    format_hint: "Тақырып жолында кемінде «Аты-жөні», «Келу күні» және «Кету күні» (немесе \
                  person, entry, exit) бағандары болуы керек. Қосымша бағандар: rule (каталогтағы \
                  ереже идентификаторы), planned (иә/жоқ), «Төлқұжаттың жарамдылық мерзімі» және \
                  «Төлқұжаттың берілген күні», виза: «Визаның басталу күні», «Визаның аяқталу \
                  күні», «Келу саны» (1, 2, MULT) және «Болу ұзақтығы» (Шенген аймағына сапарлар үшін тексеріледі); басқа бағандар есепке өзгеріссіз \
                  көшіріледі. Күндер ЖЖЖЖ-АА-КК, КК.АА.ЖЖЖЖ немесе КК/АА/ЖЖЖЖ түрінде (ай бірінші \
                  — тек бүкіл файл солай болса). UTF-8 немесе Windows-1251.",
    paste_label: "Немесе жолдарды тақырыбымен бірге қойыңыз",
    run: "Қойылған жолдарды тексеру",
    default_rule: "Әдепкі ереже (ережесі көрсетілмеген жолдар үшін)",
    rule_from_file: "Жоқ: әр жолда өз ережесі бар",
    rule_by_zone: "Ереже: аймақтар бойынша тексеріледі, әр аймақта адамның азаматтығына арналған ережемен (файлда ел және азаматтық бағандары бар)",
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
    checked_by_zone,
    summary_by_zone,
    unread_rows,
    zone_columns: ["Аймақ", "Аймақ атауы", "Елдер", "Азаматтығы", "Болған күндер"],
    zone_why: "Неге бұл ереже",
    date_format,
    spellings: "Тек әріп регистрімен, бос орындармен немесе нүктелермен ерекшеленетін есімдер \
                бір адам ретінде оқылды (егер бұлар әртүрлі адамдар болса, файлда оларды әртүрлі \
                атаңыз):",
    spelling,
    encoding,
    elsewhere,
    sheet,
    person: "Аты-жөні",
    rule: "Ереже",
    earliest_full_stay: "Толық мерзім басталатын күн",
    next_planned: "Келесі жоспарлы сапар",
    status: "Күйі",
    first_unlawful_day: "Бұзушылықтың алғашқы күні",
    sort_by: "Сұрыптау",
    flagged: "Бұл адамның кейбір жолдары оқылмады",
    check_rows: "Жолдарды тексеру",
    amber_either: "Мерзім аяқталуға жақын немесе тексеру керек (бір болу ма, әлде екеу ме)",
    no_limit: "Шектеусіз",
    no_rule_known: "Ереже белгісіз",
    passport: "Төлқұжат",
    passport_fails,
    trip_passport_fails,
    trip_passport_too,
    trip_passport_unchecked,
    trip_passport_unchecked_too,
    passport_ok,
    passport_no_conditions: "Төлқұжат тексерілмеді: төлқұжатқа қойылатын талаптар тек Шенген \
                             аймағының ережесі үшін белгілі",
    passport_no_expiry: "Төлқұжат тексерілмеді: жарамдылық мерзімі көрсетілмеген",
    passport_unclear: "Төлқұжат тексерілмеді: бұл адамның жолдарын тексеріңіз",
    visa: "Виза",
    visa_unclear: "Виза тексерілмеді: бұл адамның жолдарын тексеріңіз",
    visa_outside: |entry| {
        format!(
            "Файлдағы бірде-бір виза {} келу күні жарамды емес: бұл сапар тек күн саны бойынша \
             тексерілді.",
            kk::long(entry, Case::Nominative)
        )
    },
    trip_visa_days_only: days_only,
    trip_visa_unchecked: |entry, exit| {
        format!(
            "{}: визаны бұл сапарға тексеру мүмкін болмады (бұл адамның жолдарында виза деректері \
             әртүрлі, толық емес немесе оқылмады).",
            kk::range(entry, exit)
        )
    },
    open_person,
    filter_status: "Күйі",
    all: "Барлығы",
    filter_column: "Баған",
    no_column: "Кез келген баған",
    filter_value: "Мәні мынаны қамтиды",
    search: "Аты бойынша іздеу",
    shown,
    no_match: "Сүзгілерге сай адам жоқ.",
    previous: "Алдыңғы",
    next: "Келесі",
    page_size: "Беттегі жол саны",
    export: "CSV-ге экспорттау",
    export_readable: "Оқуға арналған кестені экспорттау (CSV)",
    #[cfg(feature = "workbook")]
    export_xlsx: "Оқуға арналған кестені экспорттау (Excel)",
    #[cfg(feature = "workbook")]
    export_xlsx_too_big: "Excel парағына ең көбі 1 048 575 адам сияды: кестені сүзгілермен тарылтыңыз немесе CSV-ге экспорттаңыз",
    #[cfg(feature = "workbook")]
    sheet_name: "Топ",
    template: "Файл үлгісін жүктеп алу",
    by_column: "Әр топтағы адамдар күйі бойынша",
    by_column_choice: "Топтау бағаны",
    total: "Барлығы",
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
    saved_note: "Қойылған жолдар, баптаулар мен түзетулер өзіңіз жойғанға дейін тек осы \
                 браузерде сақталады; файлдар ешқашан сақталмайды.",
    forget: "Сақталған деректерді жою",
    forget_confirm: "Осы браузерде сақталған топ деректерін (қойылған жолдар, баптаулар мен \
                     түзетулер) жойып, бетті тазалайсыз ба? Файлдарыңыз өзгермейді.",
    forget_yes: "Жою",
    dismiss: "Жасыру",
    edits_restored,
    edits_applied,
    edits_missed,
    edits_elsewhere,
    discard_edits: "Түзетулерден бас тарту",
    discard_confirm,
    discard_yes: "Бас тарту",
    forget_edits: "Бұл түзетулерді жою",
    file_not_kept,
    text_not_kept_last,
    text_too_large,
    storage_full: "Браузер жады толы: қойылған жолдар қайта жүктегенде жоғалады. Баптаулар мен \
                   түзетулер сақталады.",
    storage_off: "Браузер бетке ештеңе сақтауға мүмкіндік бермейді (инкогнито режимі, жад \
                  өшірілген немесе толы): енгізгеніңіз қайта жүктегенде жоғалады.",
    saved_damaged,
    saved_unreadable: "Браузерде сақталған топ деректері оқылмады, сондықтан бет бос ашылды \
                       (сақталған деректерді жойғанға дейін көшірмесі бөлек сақталады).",
    saved_newer: "Браузердегі топ деректерін беттің жаңа нұсқасы сақтаған, сондықтан олар \
                  оқылмады (сақталған деректерді жойғанға дейін көшірмесі бөлек сақталады).",
};
