//! Every parameterised text in every language, rendered for the numbers whose Russian forms
//! differ (0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111) and for a date in every month;
//! expected outputs written by hand for a representative subset.

use crate::date::date;
use crate::error::Error;
use crate::rule::{Limits, PerEntry, Window};
use crate::timeline::{CountedPart, TimelineDay};
use crate::warning::Warning;
use crate::web::lang::Lang;
use crate::web::traveller::Dropped;
use chrono::NaiveDate;

const NS: [u32; 13] = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111];

/// A text with its non-breaking spaces as plain spaces, to compare with hand-written text.
fn plain(text: String) -> String {
    text.replace('\u{a0}', " ")
}

fn rolling(days: u32, max: u32) -> Limits {
    Limits {
        window: Some(Window::Rolling { days, max }),
        per_entry: None,
    }
}

fn per_entry(cap: PerEntry) -> Limits {
    Limits {
        window: None,
        per_entry: Some(cap),
    }
}

/// Every parameterised text of `lang` for the number `n` and the date `on`.
fn rendered(lang: Lang, n: u32, on: NaiveDate) -> Vec<String> {
    let t = lang.texts();
    let team = lang.team_texts();
    let before = on - chrono::Days::new(u64::from(n));
    let count = n as usize;
    let dropped = Dropped {
        dates: count,
        rows: count,
        ..Dropped::default()
    };
    let overlap = Warning::Overlap {
        first_row: 1,
        second_row: 2,
        from: before,
        until: on,
    };
    let reentry = Warning::Reentry {
        rows: (1..=count.clamp(2, 4)).collect(),
        entry: before,
        reentry: before + chrono::Days::new(1),
        cap: n,
        last_day: on,
    };
    let day = TimelineDay {
        date: on,
        count: n,
        window_start: before,
        limit: n,
        present: true,
        unlawful: true,
        day_of_stay: n,
        per_entry_cap: n + 1,
    };
    let mut texts = vec![
        (t.days)(n),
        (t.row_label)(count),
        (t.delete_row)(count),
        (t.pasted)(count),
        (t.line)(count),
        (t.of_limit)(n),
        (t.earliest_full_stay)(n),
        (t.full_again)(n),
        (t.full_stay_if)(Some(on), false),
        (t.full_stay_if)(Some(on), n % 2 == 0),
        (t.full_stay_if)(None, true),
        (t.leave_by)(on, true),
        (t.leave_by)(on, false),
        (t.unlawful_total)(n),
        (t.summary)(on, n, n, n),
        (t.summary_used)(on, n, n),
        (t.trip_ok)(before, on, Some(on)),
        (t.trip_ok)(before, on, None),
        (t.trip_breaks)(before, on, on, n),
        (t.window_note)(before, on),
        (t.longest_stay)(on, true),
        (t.longest_stay)(on, false),
        (t.from_date)(on),
        (t.overstay_from)(on),
        (t.overstay_days)(on),
        (t.answer_for)(on),
        (t.bar_for)(on),
        (t.entry_leave_by)(n, on),
        (t.entry_over)(n, n, on),
        (t.trip_breaks_later)(before, on, n, Some(on)),
        (t.trip_breaks_later)(before, on, n, None),
        (t.past_overstay)(on, n),
        (t.explain_day)(&day),
        (t.warning)(&overlap),
        (t.warning)(&reentry),
        (t.saved_left_out)(&dropped),
        (t.link_left_out)(&dropped),
        (t.widget_saved_left_out)(&dropped),
        (team.summary)(count, count),
        (team.checked_on)(on, Some("R")),
        (team.checked_on)(on, None),
        (team.errors_heading)(count, 0, 0),
        (team.errors_heading)(count, count, 0),
        (team.errors_heading)(0, count, 0),
        (team.errors_heading)(0, 0, count),
        (team.errors_heading)(count, count, count),
        (team.visa_outside)(on),
        (team.trip_visa_days_only)(Some(on)),
        (team.trip_visa_unchecked)(on, on),
        (team.trip_passport_fails)(on, on, on, Some(on)),
        (team.trip_passport_fails)(on, on, on, None),
        (team.trip_passport_too)(on),
        (team.trip_passport_unchecked)(on, on, true, Some(on)),
        (team.trip_passport_unchecked)(on, on, false, None),
        (team.trip_passport_unchecked_too)(true),
        (team.trip_passport_unchecked_too)(false),
        (team.more_problems)(count),
        (team.edits_restored)(count),
        (team.edits_applied)(count),
        (team.edits_missed)(count),
        (team.edits_elsewhere)(count, None),
        (team.discard_confirm)(count),
        (team.file_not_kept)("R", count),
        (team.text_not_kept_last)(count * 1000),
        (team.text_too_large)(count * 1000),
        (team.saved_damaged)(count),
    ];
    texts.push((t.counted_parts)(&[]));
    // Visas: n days of stay (a visa allows 1 to 90), every condition and input error.
    if (1..=90).contains(&n) {
        use crate::documents::{Entries, ExitReason, Visa, VisaProblem, VisaVerdict};
        use crate::web::traveller::{VisaField, VisaInputError};
        let v = &t.visa;
        for entries in [Entries::One, Entries::Two] {
            let visa = Visa::new(before, on, entries, n).unwrap();
            texts.push((v.allows)(&visa));
            for reason in [
                ExitReason::VisaUntil,
                ExitReason::VisaDays,
                ExitReason::VisaEntries,
            ] {
                texts.push((v.leave_by)(reason, Some(on), Some(on), count, &visa));
                texts.push((v.leave_by)(reason, Some(on), None, count, &visa));
                texts.push((v.sets_it)(reason).to_string());
            }
            for problem in [VisaProblem::Entries, VisaProblem::Until, VisaProblem::Days] {
                let verdict = VisaVerdict {
                    row: count,
                    entry: before,
                    exit: on,
                    visa: count,
                    entry_number: n + 1,
                    problem: Some(problem),
                    first_unlawful_day: Some(on),
                };
                texts.push((v.breach)(&verdict, &visa));
            }
        }
        for (field, value, from) in [
            (VisaField::From, String::new(), None),
            (VisaField::Until, before.to_string(), Some(on.to_string())),
            (VisaField::Days, (n + 90).to_string(), None),
        ] {
            texts.push((v.error)(&VisaInputError {
                row: count,
                field,
                value,
                from,
            }));
        }
    }
    if n > 0 {
        texts.push((t.counted_parts)(&[CountedPart {
            row: count,
            from: before,
            until: on,
            days: n,
        }]));
        texts.push((t.limits_text)(&rolling(n + 1, n)));
        texts.push((t.limits_text)(&per_entry(PerEntry::Days(n))));
        texts.push((t.limits_text)(&per_entry(PerEntry::Months(n))));
        texts.push((t.limits_text)(&Limits {
            window: Some(Window::CalendarYear { max: n }),
            per_entry: None,
        }));
        texts.push((t.limits_text)(&Limits {
            window: Some(Window::FromFirstEntry {
                days: n + 1,
                max: n,
            }),
            per_entry: None,
        }));
    }
    texts
}

#[test]
fn every_parameterised_text_renders_in_every_language_for_every_number_and_month() {
    for lang in Lang::ALL {
        for n in NS {
            for month in 1..=12 {
                let on = date(2025, month, 13);
                for text in rendered(lang, n, on) {
                    assert!(!text.trim().is_empty(), "{lang:?} {n} {on}");
                    assert!(
                        !text.contains(".."),
                        "{lang:?}: a developer range or a doubled period in {text:?}"
                    );
                    if lang != Lang::En {
                        let latin: Vec<&str> = text
                            .split(|c: char| !c.is_ascii_alphabetic())
                            .filter(|word| !word.is_empty() && *word != "R")
                            .collect();
                        assert!(latin.is_empty(), "{lang:?}: {latin:?} in {text:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn russian_numbers_agree_with_their_words() {
    let t = Lang::Ru.texts();
    let team = Lang::Ru.team_texts();
    let on = date(2025, 6, 1);
    let summaries: Vec<String> = [
        (0, 21, 21),
        (1, 1, 0),
        (20, 22, 2),
        (74, 90, 16),
        (0, 101, 101),
    ]
    .map(|(used, limit, remaining)| plain((t.summary)(on, used, limit, remaining)))
    .into();
    assert_eq!(
        summaries,
        [
            "На 1 июня 2025 г.: использовано 0 из 21 дня, осталось 21 день.",
            "На 1 июня 2025 г.: использовано 1 из 1 дня, осталось 0 дней.",
            "На 1 июня 2025 г.: использовано 20 из 22 дней, осталось 2 дня.",
            "На 1 июня 2025 г.: использовано 74 из 90 дней, осталось 16 дней.",
            "На 1 июня 2025 г.: использовано 0 из 101 дня, осталось 101 день.",
        ]
    );
    assert_eq!(
        (t.limits_text)(&rolling(21, 1)),
        "не более 1 дня в течение любого периода в 21 день"
    );
    assert_eq!(
        (t.limits_text)(&rolling(22, 11)),
        "не более 11 дней в течение любого периода в 22 дня"
    );
    assert_eq!(
        (t.limits_text)(&rolling(25, 12)),
        "не более 12 дней в течение любого периода в 25 дней"
    );
    let months: Vec<String> = [1, 4, 12, 21]
        .map(|n| (t.limits_text)(&per_entry(PerEntry::Months(n))))
        .into();
    assert_eq!(
        months,
        [
            "не более 1 месяца за один въезд",
            "не более 4 месяцев за один въезд",
            "не более 12 месяцев за один въезд",
            "не более 21 месяца за один въезд"
        ]
    );
    let pasted: Vec<String> = [1, 4, 11, 22, 111].map(|n| (t.pasted)(n)).into();
    assert_eq!(
        pasted,
        [
            "Добавлено: 1 поездка.",
            "Добавлено: 4 поездки.",
            "Добавлено: 11 поездок.",
            "Добавлено: 22 поездки.",
            "Добавлено: 111 поездок."
        ]
    );
    assert_eq!(
        (t.earliest_full_stay)(90),
        "Ближайшая дата въезда на полный срок (90 дней)"
    );
    let headings: Vec<String> = [1, 3, 5, 21, 111]
        .map(|n| (team.errors_heading)(n, 0, 0))
        .into();
    assert_eq!(
        headings,
        [
            "1 строка не прочитана; все остальные строки проверены",
            "3 строки не прочитаны; все остальные строки проверены",
            "5 строк не прочитано; все остальные строки проверены",
            "21 строка не прочитана; все остальные строки проверены",
            "111 строк не прочитано; все остальные строки проверены",
        ]
    );
    // Rows read and counted whose passport date conflicts are not said to be unread.
    assert_eq!(
        (team.errors_heading)(0, 1, 0),
        "Строк с другой датой паспорта, чем в остальных строках того же человека: 1 (их \
         поездки учтены, паспорт не проверен); все остальные строки проверены"
    );
    let people: Vec<String> = [1, 2, 5, 21].map(|n| (team.discard_confirm)(n)).into();
    assert_eq!(
        people,
        [
            "Отменить правки для 1 человека и показать данные из файла?",
            "Отменить правки для 2 человек и показать данные из файла?",
            "Отменить правки для 5 человек и показать данные из файла?",
            "Отменить правки для 21 человека и показать данные из файла?",
        ]
    );
    assert_eq!((team.summary)(22, 21), "22 человека, 21 строка");
    assert_eq!((team.date_format)("DD.MM.YYYY"), "Формат дат: ДД.ММ.ГГГГ");
    assert_eq!(
        (Lang::Kk.team_texts().date_format)("YYYY-MM-DD"),
        "Күн пішімі: ЖЖЖЖ-АА-КК"
    );
    assert_eq!(
        (team.edits_restored)(21),
        "Правки из прошлого сеанса снова применены к данным 21 человека; сам файл не изменён."
    );
    assert_eq!(
        (team.edits_missed)(5),
        "Правки для 5 человек не применены: для них здесь действует другое правило или их \
         поездки не соответствуют дате расчёта. Данные показаны как в файле."
    );
    let error = Error::InvalidNumber {
        field: "maximum".into(),
        value: "x".into(),
        expected: String::new(),
    };
    assert_eq!(
        plain((t.error)(&error)),
        "максимум дней за период: «x» — нужно целое число от 1 до 36 525"
    );
    assert!((t.error)(&error).contains("36\u{a0}525"));
    let empty = Error::BadInput {
        line: 1,
        column: None,
        reason: "the file is empty: expected a header naming person, entry and exit".into(),
    };
    assert_eq!(
        (t.error)(&empty),
        "файл пуст: ожидается строка заголовка со столбцами person, entry и exit"
    );
    let third = Error::BadInput {
        line: 3,
        column: None,
        reason: "no date on the line".into(),
    };
    assert_eq!((t.error)(&third), "строка не распознана: в строке нет даты");
}

#[test]
fn russian_sentences_write_dates_in_words_and_ranges_with_a_dash() {
    let t = Lang::Ru.texts();
    assert_eq!(
        plain((t.from_date)(date(2023, 1, 27))),
        "с 27 января 2023 г."
    );
    assert_eq!(
        plain((t.trip_ok)(
            date(2026, 12, 20),
            date(2027, 1, 5),
            Some(date(2027, 1, 10))
        )),
        "20 декабря 2026 г. – 5 января 2027 г.: нарушений нет; можно находиться в стране по 10 \
         января 2027 г. включительно."
    );
    assert_eq!(
        plain((t.trip_breaks)(
            date(2025, 3, 1),
            date(2025, 3, 10),
            date(2025, 3, 5),
            6
        )),
        "1–10 марта 2025 г.: срок пребывания нарушается с 5 марта 2025 г. (превышение: 6 дней)."
    );
    assert_eq!(
        plain((t.trip_breaks)(
            date(2025, 3, 25),
            date(2025, 4, 10),
            date(2025, 4, 1),
            21
        )),
        "25 марта – 10 апреля 2025 г.: срок пребывания нарушается с 1 апреля 2025 г. \
         (превышение: 21 день)."
    );
    let overlap = Warning::Overlap {
        first_row: 1,
        second_row: 2,
        from: date(2025, 3, 1),
        until: date(2025, 3, 10),
    };
    assert_eq!(
        plain((t.warning)(&overlap)),
        "поездки 1 и 2 пересекаются с 1 по 10 марта 2025 г.: эти дни учтены один раз"
    );
    assert_eq!(
        plain((t.window_note)(date(2024, 12, 4), date(2025, 6, 1))),
        "за период 4 декабря 2024 г. – 1 июня 2025 г."
    );
    assert_eq!(
        plain((t.overstay_days)(date(2025, 6, 1))),
        "Превышение срока на 1 июня 2025 г."
    );
    assert_eq!(
        plain((Lang::Ru.team_texts().checked_on)(
            date(2025, 6, 1),
            Some("R")
        )),
        "Расчёт на 1 июня 2025 г. по правилу «R» (если в строке не указано другое)"
    );
    assert_eq!(
        plain((t.entry_over)(33, 30, date(2025, 3, 2))),
        "33-й день пребывания, а за один въезд допускается не более 30 дней: выехать нужно было \
         не позднее 2 марта 2025 г."
    );
    assert_eq!(
        plain((t.entry_over)(22, 21, date(2025, 3, 2))),
        "22-й день пребывания, а за один въезд допускается не более 21 дня: выехать нужно было \
         не позднее 2 марта 2025 г."
    );
    assert_eq!(
        plain((t.trip_breaks_later)(
            date(2025, 5, 1),
            date(2025, 5, 20),
            22,
            Some(date(2025, 5, 10))
        )),
        "1–20 мая 2025 г.: в самой поездке нарушений нет, но из-за неё в следующей поездке срок \
         пребывания будет превышен на 22 дня; чтобы этого не произошло, выехать нужно по 10 мая \
         2025 г. включительно."
    );
    let day = TimelineDay {
        date: date(2025, 3, 2),
        count: 40,
        window_start: date(2024, 9, 4),
        limit: 90,
        present: true,
        unlawful: true,
        day_of_stay: 22,
        per_entry_cap: 21,
    };
    assert_eq!(
        plain((t.explain_day)(&day)),
        "на 02.03.2025: 40 дней за период 04.09.2024 – 02.03.2025 (максимум 90); 22-й день \
         пребывания (не более 21 дня за один въезд) — сверх допустимого срока"
    );
    assert_eq!(
        plain((Lang::Kk.texts().explain_day)(&day)),
        "02.03.2025: 04.09.2024 – 02.03.2025 кезеңінде 40 күн (шек — 90 күн); болудың 22-күні \
         (бір келгенде 21 күннен аспайды): мерзімнен тыс"
    );
    // Numbers stay with their words: no line break inside «13 декабря» or «2014 г.».
    assert_eq!(
        (t.from_date)(date(2014, 12, 13)),
        "с 13\u{a0}декабря 2014\u{a0}г."
    );
    let genitive = [
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
    for (month, name) in (1..=12).zip(genitive) {
        assert_eq!(
            plain((t.overstay_from)(date(2025, month, 13))),
            format!("Срок пребывания нарушен с 13 {name} 2025 г.")
        );
    }
}

#[test]
fn kazakh_dates_take_the_case_their_sentence_needs() {
    let t = Lang::Kk.texts();
    assert_eq!(
        plain((t.from_date)(date(2023, 1, 27))),
        "2023 жылғы 27 қаңтардан бастап"
    );
    assert_eq!(
        plain((t.overstay_from)(date(2025, 6, 5))),
        "Болу мерзімі 2025 жылғы 5 маусымнан бастап бұзылған."
    );
    assert_eq!(
        plain((t.trip_ok)(
            date(2025, 6, 10),
            date(2025, 6, 15),
            Some(date(2025, 6, 20))
        )),
        "2025 жылғы 10–15 маусым: бұзушылық жоқ; елде 2025 жылғы 20 маусымға дейін (сол күнді \
         қоса алғанда) болуға болады."
    );
    assert_eq!(
        plain((t.trip_breaks)(
            date(2025, 3, 25),
            date(2025, 4, 10),
            date(2025, 4, 1),
            10
        )),
        "2025 жылғы 25 наурыз – 10 сәуір: болу мерзімі 2025 жылғы 1 сәуірден бастап бұзылады \
         (артық күндер: 10)."
    );
    assert_eq!(
        plain((t.summary)(date(2025, 6, 1), 74, 90, 16)),
        "2025 жылғы 1 маусымдағы жағдай бойынша: 90 күннің 74 күні пайдаланылды, 16 күн қалды."
    );
    assert_eq!(
        plain((t.longest_stay)(date(2014, 12, 13), true)),
        "2014 жылғы 13 желтоқсаннан бастап елде қала берсеңіз, ең ұзақ болу мерзімі"
    );
    assert_eq!(
        plain((t.longest_stay)(date(2014, 12, 13), false)),
        "2014 жылғы 13 желтоқсанда келсеңіз, ең ұзақ болу мерзімі"
    );
    assert_eq!(
        plain((t.overstay_days)(date(2025, 9, 1))),
        "2025 жылғы 1 қыркүйектегі артық күндер"
    );
    assert_eq!(
        plain((t.window_note)(date(2024, 12, 4), date(2025, 6, 1))),
        "2024 жылғы 4 желтоқсан – 2025 жылғы 1 маусым кезеңінде"
    );
    let overlap = Warning::Overlap {
        first_row: 1,
        second_row: 2,
        from: date(2025, 3, 1),
        until: date(2025, 3, 10),
    };
    assert_eq!(
        plain((t.warning)(&overlap)),
        "1- және 2-сапарлар 2025 жылғы 1–10 наурыз аралығында қабаттасады: бұл күндер бір рет \
         есептеледі"
    );
    let error = Error::RuleNotInForce {
        id: "kz-turkey".into(),
        on: date(2025, 9, 1),
        from: date(2025, 9, 8),
    };
    assert_eq!(
        plain((t.error)(&error)),
        "ереже 2025 жылғы 8 қыркүйектен бастап қана қолданылады; есептеу күні — 01.09.2025"
    );
    assert_eq!(
        plain((Lang::Kk.team_texts().checked_on)(
            date(2025, 6, 1),
            Some("R")
        )),
        "2025 жылғы 1 маусымдағы жағдай бойынша «R» ережесімен тексерілді (жолда басқа ереже \
         көрсетілмесе)"
    );
    assert_eq!(
        (t.limits_text)(&Limits {
            window: Some(Window::Rolling { days: 180, max: 90 }),
            per_entry: Some(PerEntry::Days(30)),
        }),
        "кез келген 180 күндік кезеңде барлығы 90 күннен аспайды; бір келгенде 30 күннен аспайды"
    );
    assert_eq!(
        plain((t.entry_over)(33, 30, date(2025, 3, 2))),
        "Бір келгенде 30 күннен аспауы керек, ал бұл — болудың 33-күні; елден 2025 жылғы 2 \
         наурызға дейін кету керек еді"
    );
    assert_eq!(
        plain((t.past_overstay)(date(2024, 10, 5), 4)),
        "Болу мерзімі 2024 жылғы 5 қазаннан бастап бұзылған, мерзімнен тыс күндер: 4. Есептеу \
         күніне бұзушылық жоқ, бірақ бұрынғы бұзушылық келесі келу кезінде ескерілуі мүмкін."
    );
    assert_eq!(
        plain((t.answer_for)(date(2025, 3, 15))),
        "2025 жылғы 15 наурыздағы жағдай бойынша"
    );
    // Each month in the ablative (…бастап), the dative (…дейін) and the attributive
    // (…жағдай бойынша), written out by hand.
    let months = [
        ("қаңтардан", "қаңтарға", "қаңтардағы"),
        ("ақпаннан", "ақпанға", "ақпандағы"),
        ("наурыздан", "наурызға", "наурыздағы"),
        ("сәуірден", "сәуірге", "сәуірдегі"),
        ("мамырдан", "мамырға", "мамырдағы"),
        ("маусымнан", "маусымға", "маусымдағы"),
        ("шілдеден", "шілдеге", "шілдедегі"),
        ("тамыздан", "тамызға", "тамыздағы"),
        ("қыркүйектен", "қыркүйекке", "қыркүйектегі"),
        ("қазаннан", "қазанға", "қазандағы"),
        ("қарашадан", "қарашаға", "қарашадағы"),
        ("желтоқсаннан", "желтоқсанға", "желтоқсандағы"),
    ];
    for (month, (ablative, dative, attributive)) in (1..=12).zip(months) {
        let on = date(2025, month, 13);
        assert_eq!(
            plain((t.from_date)(on)),
            format!("2025 жылғы 13 {ablative} бастап")
        );
        assert!(
            plain((t.trip_ok)(on, on, Some(on))).contains(&format!("2025 жылғы 13 {dative} дейін"))
        );
        assert!(plain((t.summary)(on, 1, 2, 1))
            .starts_with(&format!("2025 жылғы 13 {attributive} жағдай бойынша")));
    }
}

#[test]
fn english_ranges_say_the_shared_month_once() {
    let t = Lang::En.texts();
    assert_eq!(
        (t.trip_ok)(
            date(2026, 12, 20),
            date(2027, 1, 5),
            Some(date(2027, 1, 10))
        ),
        "20 Dec 2026 – 5 Jan 2027: fine; you could stay until 10 Jan 2027."
    );
    assert_eq!(
        (t.trip_breaks)(date(2025, 3, 1), date(2025, 3, 10), date(2025, 3, 5), 6),
        "1–10 Mar 2025: breaks the rule from 5 Mar 2025 (6 days over)."
    );
    assert_eq!(
        (t.window_note)(date(2025, 3, 25), date(2025, 4, 10)),
        "in the window 25 Mar – 10 Apr 2025"
    );
    assert_eq!(
        (t.summary)(date(2025, 6, 1), 89, 90, 1),
        "On 1 Jun 2025: 89 of 90 days used, 1 day remaining."
    );
}

#[test]
fn too_many_planned_stays_is_said_in_every_language() {
    let error = Error::TooManyPlannedStays {
        count: 1200,
        max: 500,
        until: Some(date(2013, 10, 18)),
    };
    assert_eq!((Lang::En.texts().error)(&error), error.to_string());
    assert_eq!(
        plain((Lang::Ru.texts().error)(&error)),
        "запланированных поездок, начинающихся в период, когда правило считало фиксированные \
         сроки от первого въезда (до 18 октября 2013 г.): 1 200; за один раз проверяется не более 500. \
         Проверьте меньше поездок или выберите более позднюю дату расчёта"
    );
    assert_eq!(
        plain((Lang::Kk.texts().error)(&error)),
        "ереже тұрақты мерзімдерді бірінші келуден бастап санаған кезеңде (2013 жылғы 18 қазанға \
         дейін) \
         басталатын жоспарланған сапарлар саны: 1 200; бір рет ең көбі 500 сапар тексеріледі. \
         Сапарларды азайтыңыз немесе есептеу күнін кейінірек таңдаңыз"
    );
    let never = Error::TooManyPlannedStays {
        count: 501,
        max: 500,
        until: None,
    };
    assert!(!(Lang::Ru.texts().error)(&never).contains("(до"));
}

#[test]
fn the_travel_logs_notes_are_said_in_every_language() {
    use crate::zones::{country, LogWarning, Zone};
    let monaco = LogWarning::Assumption {
        country: country("MC").unwrap(),
        inside: true,
        note: "",
    };
    let andorra = LogWarning::Assumption {
        country: country("AD").unwrap(),
        inside: false,
        note: "",
    };
    let two = LogWarning::TwoZones {
        first_row: 1,
        first_zone: Zone::Schengen,
        second_row: 2,
        second_zone: Zone::Country(country("GE").unwrap()),
        from: date(2025, 3, 8),
        until: date(2025, 3, 10),
    };
    let said = |lang: Lang| -> Vec<String> {
        let t = lang.texts();
        [&monaco, &andorra, &two]
            .iter()
            .map(|w| plain((t.zones.log_warning)(w)))
            .collect()
    };
    let en = said(Lang::En);
    assert!(en[0].starts_with("Monaco (MC): its days are assumed to count toward the Schengen"));
    assert!(en[1].starts_with("Andorra (AD): entering it is assumed to be leaving the Schengen"));
    assert!(en[2].starts_with(
        "Stays 1 (Schengen area) and 2 (Georgia) overlap on 8–10 Mar 2025, beyond a day of \
         crossing: both zones count those days."
    ));
    let ru = said(Lang::Ru);
    assert!(ru[0].starts_with("Монако (MC): дни пребывания предположительно засчитываются"));
    assert!(ru[1].starts_with("Андорра (AD): въезд в эту страну предположительно означает выезд"));
    assert!(ru[2].starts_with(
        "Поездки 1 (Шенгенская зона) и 2 (Грузия) пересекаются с 8 по 10 марта 2025 г., и не \
         только в день пересечения границы"
    ));
    let kk = said(Lang::Kk);
    assert!(kk[0].starts_with("Монако (MC): ондағы күндер Шенген аймағына есептеледі"));
    assert!(kk[1].starts_with("Андорра (AD): бұл елге келу Шенген аймағынан кету"));
    assert!(kk[2].starts_with(
        "1-сапар (Шенген аймағы) және 2-сапар (Грузия) 2025 жылғы 8–10 наурыз аралығында \
         қабаттасады"
    ));
}

/// The answer's one sentence (screen readers, calendar reminders) on the 16th day of a 14-day
/// entry (Kazakhstan for India and Iran: 14 per entry, 42 in any 180) says the entry is over
/// and never "1 day remaining", though 1 of the 42 is left in the window; inside the cap it
/// says the day to leave by; with no cap in the way, the window's numbers.
#[test]
fn the_answers_sentence_leads_with_the_per_entry_cap_when_it_ends_the_stay() {
    use crate::catalogue::rule;
    use crate::web::traveller::{outcome, StayRows};
    let assessment = |rule_id: &str, rows: &[(&str, &str, bool)], on| {
        let rows = StayRows::from_values(
            rows.iter()
                .map(|&(entry, exit, still)| (entry.to_string(), exit.to_string(), still)),
        );
        outcome(rule(rule_id).unwrap(), &rows, on)
            .answer
            .expect("an answer")
            .assessment
    };
    let trips = [
        ("2026-09-03", "2026-09-15", false),
        ("2026-10-01", "2026-10-12", false),
        ("2026-11-20", "", true),
    ];
    let over = assessment("kz-india-iran", &trips, date(2026, 12, 5));
    assert_eq!(over.days_remaining, 1);
    let said = |lang: Lang, a| plain(lang.texts().numbers(a));
    assert_eq!(
        said(Lang::En, &over),
        "Day 16 of a stay of at most 14 days: it had to end by 3 Dec 2026. On 5 Dec 2026: 41 \
         of 42 days used."
    );
    assert_eq!(
        said(Lang::Ru, &over),
        "16-й день пребывания, а за один въезд допускается не более 14 дней: выехать нужно \
         было не позднее 3 декабря 2026 г. На 5 декабря 2026 г.: использовано 41 из 42 дней."
    );
    assert!(said(Lang::Kk, &over).starts_with("Бір келгенде 14 күннен аспауы керек"));
    assert!(!said(Lang::Kk, &over).contains("қалды"));

    let inside = assessment(
        "kz-visa-free",
        &[("2026-11-10", "", true)],
        date(2026, 12, 5),
    );
    assert_eq!(
        said(Lang::En, &inside),
        "At most 30 days per entry: leave by 9 Dec 2026. On 5 Dec 2026: 26 of 90 days used."
    );
    let window = assessment("schengen", &[("2026-11-10", "", true)], date(2026, 12, 5));
    assert_eq!(
        said(Lang::En, &window),
        "On 5 Dec 2026: 26 of 90 days used, 64 days remaining."
    );
}

#[test]
fn an_amber_status_says_what_it_means_in_every_language() {
    use crate::assessment::Status;
    use crate::catalogue::rule;
    use crate::web::traveller::{outcome, StayRows};
    let assessment = |rows: &[(&str, &str, bool)], on| {
        let rows = StayRows::from_values(
            rows.iter()
                .map(|&(entry, exit, still)| (entry.to_string(), exit.to_string(), still)),
        );
        outcome(rule("kz-visa-free").unwrap(), &rows, on)
            .answer
            .expect("an answer")
            .assessment
    };
    // One stay typed on two rows: 10 days left on the second entry on 5 October (not close),
    // 3 on 12 October (close too); one stay with 4 days left (close only).
    let split = [
        ("2026-09-03", "2026-09-15", false),
        ("2026-09-16", "", true),
    ];
    let one_stay = assessment(&split, date(2026, 10, 5));
    let both = assessment(&split, date(2026, 10, 12));
    let close = assessment(&[("2026-11-10", "", true)], date(2026, 12, 5));
    let said = |lang: Lang, a, papers| lang.texts().answer_status(a, papers);
    let expected = [
        (
            Lang::En,
            "Check: one stay or two?",
            "Close to the limit; also check: one stay or two?",
            "Close to the limit",
        ),
        (
            Lang::Ru,
            "Проверьте: одно пребывание или два?",
            "Срок на исходе; проверьте также: одно пребывание или два?",
            "Срок на исходе",
        ),
        (
            Lang::Kk,
            "Тексеріңіз: бір болу ма, әлде екеу ме?",
            "Мерзім аяқталуға жақын; сондай-ақ тексеріңіз: бір болу ма, әлде екеу ме?",
            "Мерзім аяқталуға жақын",
        ),
    ];
    for (lang, asked, asked_and_close, near) in expected {
        assert_eq!(said(lang, &one_stay, Status::Ok), asked);
        assert_eq!(said(lang, &both, Status::Ok), asked_and_close);
        assert_eq!(said(lang, &close, Status::Ok), near);
        // Papers amber of their own (close to a limit): both said.
        assert_eq!(said(lang, &one_stay, Status::Warning), asked_and_close);
        // A worse status of the papers is said as it is.
        assert_eq!(
            said(lang, &one_stay, Status::Overstay),
            (lang.texts().status_name)(Status::Overstay)
        );
    }
}
