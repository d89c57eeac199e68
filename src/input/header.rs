//! The names a stays file's header may give its columns, in English, Russian and Kazakh: the
//! one vocabulary of `staycalc check` (entry and exit) and `staycalc report` (and the team
//! page), so a file that works for one works for the other.
//!
//! Names are compared after [`normalise`]: trimmed, lowercase, with `_`, `-` and `.` read as
//! spaces (`Entry_Date` is `entry date`, `Ф.И.О.` is `ф и о`). The Kazakh names follow the
//! official terms келу/кету (entry/exit) and also accept кіру/шығу, which spreadsheets use.

use crate::error::{Error, Quoted, Result};

/// A kind of column and the names it is read from, the first its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Column {
    /// The column's own name, for messages.
    pub what: &'static str,
    /// Every accepted name, normalised, in order of preference.
    pub names: &'static [&'static str],
}

/// Who the row is about.
pub(crate) const PERSON: Column = Column {
    what: "person",
    names: &[
        "person",
        "name",
        "employee",
        "traveller",
        "traveler",
        "фио",
        "ф и о",
        "сотрудник",
        "работник",
        "имя",
        "аты жөні",
        "қызметкер",
        "аты",
    ],
};

/// The entry date.
pub(crate) const ENTRY: Column = Column {
    what: "entry",
    names: &[
        "entry",
        "entry date",
        "arrival",
        "arrival date",
        "from",
        "въезд",
        "дата въезда",
        "прибытие",
        "дата прибытия",
        "келу",
        "келу күні",
        "келген күні",
        "кіру",
        "кіру күні",
    ],
};

/// The exit date.
pub(crate) const EXIT: Column = Column {
    what: "exit",
    names: &[
        "exit",
        "exit date",
        "departure",
        "departure date",
        "to",
        "выезд",
        "дата выезда",
        "убытие",
        "дата убытия",
        "отъезд",
        "кету",
        "кету күні",
        "кеткен күні",
        "шығу",
        "шығу күні",
    ],
};

/// The country a stay was in (a travel log across countries: `staycalc::zones`).
pub(crate) const COUNTRY: Column = Column {
    what: "country",
    names: &[
        "country",
        "country code",
        "destination",
        "страна",
        "государство",
        "страна пребывания",
        "ел",
        "мемлекет",
    ],
};

/// The nationality of the row's person: ISO codes, a dual national's each.
pub(crate) const NATIONALITY: Column = Column {
    what: "nationality",
    names: &[
        "nationality",
        "citizenship",
        "nationalities",
        "гражданство",
        "азаматтық",
        "азаматтығы",
    ],
};

/// The last day a person's passport is valid (the team report checks it against the Schengen
/// Borders Code's conditions: `staycalc::documents`). Not `passport` alone: that column
/// usually holds the passport's number.
pub(crate) const PASSPORT_EXPIRY: Column = Column {
    what: "passport expiry",
    names: &[
        "passport expiry",
        "passport expiry date",
        "passport expires",
        "passport expiration",
        "passport expiration date",
        "passport valid until",
        "срок действия паспорта",
        "паспорт действителен до",
        "паспорт до",
        "дата окончания паспорта",
        "төлқұжаттың жарамдылық мерзімі",
        "төлқұжат жарамдылық мерзімі",
        "төлқұжат мерзімі",
        "төлқұжат жарамды",
    ],
};

/// The day a person's passport was issued.
pub(crate) const PASSPORT_ISSUED: Column = Column {
    what: "passport issued",
    names: &[
        "passport issued",
        "passport issue date",
        "passport date of issue",
        "passport issued on",
        "дата выдачи паспорта",
        "паспорт выдан",
        "төлқұжаттың берілген күні",
        "төлқұжат берілген күні",
        "төлқұжат берілген",
    ],
};

/// The first day a person's short-stay visa may be used (the sticker's FROM). The four visa
/// columns come together: a file with one has all four (the team report checks the visa with
/// `staycalc::documents`, as `staycalc check --visa` does).
pub(crate) const VISA_FROM: Column = Column {
    what: "visa from",
    names: &[
        "visa from",
        "visa valid from",
        "visa start",
        "visa start date",
        "visa validity from",
        "виза с",
        "виза действительна с",
        "виза действует с",
        "начало визы",
        "дата начала визы",
        "виза басталуы",
        "виза басталу күні",
        "визаның басталу күні",
        "виза жарамды бастап",
    ],
};

/// The last day a person's short-stay visa allows (the sticker's UNTIL).
pub(crate) const VISA_UNTIL: Column = Column {
    what: "visa until",
    names: &[
        "visa until",
        "visa valid until",
        "visa to",
        "visa end",
        "visa end date",
        "visa expiry",
        "visa expires",
        "visa validity until",
        "виза по",
        "виза до",
        "виза действительна по",
        "виза действительна до",
        "виза действует по",
        "окончание визы",
        "дата окончания визы",
        "виза аяқталуы",
        "виза аяқталу күні",
        "визаның аяқталу күні",
        "виза жарамды дейін",
    ],
};

/// How many entries a person's short-stay visa allows: 1, 2 or MULT (the sticker's NUMBER OF
/// ENTRIES).
pub(crate) const VISA_ENTRIES: Column = Column {
    what: "visa entries",
    names: &[
        "visa entries",
        "visa number of entries",
        "number of entries",
        "виза въезды",
        "количество въездов",
        "кол во въездов",
        "число въездов",
        "визаның келу саны",
        "виза келу саны",
        "келу саны",
    ],
};

/// How many days a person's short-stay visa allows (the sticker's DURATION OF STAY). Its
/// generic names (`duration of stay`, `Продолжительность пребывания`) often head a trip's own
/// days in a travel sheet: this column, like the entries, is looked for only in a header
/// with a visa FROM or UNTIL column.
pub(crate) const VISA_DAYS: Column = Column {
    what: "visa days",
    names: &[
        "visa days",
        "visa duration of stay",
        "duration of stay",
        "visa duration",
        "days of stay",
        "продолжительность пребывания",
        "срок пребывания по визе",
        "дней по визе",
        "виза дней",
        "болу ұзақтығы",
        "виза бойынша болу ұзақтығы",
        "виза күндері",
    ],
};

/// The rule id of the row.
pub(crate) const RULE: Column = Column {
    what: "rule",
    names: &["rule", "rule id", "правило", "ереже"],
};

/// Whether the stay is planned.
pub(crate) const PLANNED: Column = Column {
    what: "planned",
    names: &["planned", "планируется", "запланировано", "жоспарланған"],
};

/// A header name made comparable: trimmed, lowercase, `_`, `-` and `.` as single spaces.
pub(crate) fn normalise(name: &str) -> String {
    let spaced: String = name
        .trim()
        .chars()
        .map(|c| if matches!(c, '_' | '-' | '.') { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header as read: each name as written and normalised, and the line it is on.
#[derive(Clone, Debug)]
pub(crate) struct Header<'h, S> {
    fields: &'h [S],
    normalised: Vec<String>,
    line: usize,
}

impl<'h, S: AsRef<str>> Header<'h, S> {
    /// The header `fields`, on `line` of the file.
    pub fn new(fields: &'h [S], line: usize) -> Header<'h, S> {
        Header {
            normalised: fields.iter().map(|f| normalise(f.as_ref())).collect(),
            fields,
            line,
        }
    }

    /// The index of the column with the most preferred of `column`'s names, if any.
    ///
    /// # Errors
    ///
    /// [`Error::BadInput`] on the header's line when that name is given to two columns.
    pub fn find(&self, column: Column) -> Result<Option<usize>> {
        for name in column.names {
            let mut at = self
                .normalised
                .iter()
                .enumerate()
                .filter(|(_, n)| n == name);
            match (at.next(), at.next()) {
                (Some((i, _)), None) => return Ok(Some(i)),
                (Some((i, _)), Some((j, _))) => {
                    return Err(self.error(format!(
                        "the header has two {} columns ({:?} in columns {} and {}): keep one",
                        column.what,
                        self.fields[i].as_ref().trim(),
                        i + 1,
                        j + 1
                    )))
                }
                (None, _) => {}
            }
        }
        Ok(None)
    }

    /// The index of `column`.
    ///
    /// # Errors
    ///
    /// [`Error::BadInput`] on the header's line when there is none (naming the names accepted
    /// and the columns found) or two.
    pub fn require(&self, column: Column) -> Result<usize> {
        self.find(column)?.ok_or_else(|| {
            let (last, first) = column.names.split_last().expect("every column has names");
            self.error(format!(
                "the header has no {} column (named {} or {last}); it has {}",
                column.what,
                first.join(", "),
                self.fields
                    .iter()
                    .map(|h| Quoted(h.as_ref().trim()).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })
    }

    /// An error about the header.
    pub fn error(&self, reason: String) -> Error {
        Error::BadInput {
            line: self.line,
            column: None,
            reason,
        }
    }
}

/// Why a row of `fields` cannot be read under a header of `columns` names, when it has more
/// non-empty values than that: a separator inside an unquoted value shifts every value after
/// it, so none can be trusted. Values past the header that are empty (a spreadsheet's
/// trailing separators) are fine.
pub(crate) fn too_many_values<S: AsRef<str>>(fields: &[S], columns: usize) -> Option<String> {
    let used = fields
        .iter()
        .rposition(|f| !f.as_ref().trim().is_empty())
        .map_or(0, |last| last + 1);
    (used > columns).then(|| {
        let extra = fields[columns..]
            .iter()
            .map(|f| f.as_ref().trim())
            .find(|f| !f.is_empty())
            .unwrap_or_default();
        format!(
            "{used} values where the header has {columns} columns (the extra {extra:?}): a value \
             holding the separator needs quotes"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalised_and_unique_across_columns() {
        assert_eq!(normalise(" Entry_Date "), "entry date");
        assert_eq!(normalise("Ф.И.О."), "ф и о");
        assert_eq!(normalise("Дата  въезда"), "дата въезда");
        assert_eq!(normalise("Аты-жөні"), "аты жөні");
        let columns = [
            PERSON,
            ENTRY,
            EXIT,
            RULE,
            PLANNED,
            COUNTRY,
            NATIONALITY,
            PASSPORT_EXPIRY,
            PASSPORT_ISSUED,
            VISA_FROM,
            VISA_UNTIL,
            VISA_ENTRIES,
            VISA_DAYS,
        ];
        let mut all: Vec<&str> = columns
            .iter()
            .flat_map(|c| c.names.iter().copied())
            .collect();
        for name in &all {
            assert_eq!(normalise(name), *name, "{name} is stored normalised");
        }
        all.sort_unstable();
        let count = all.len();
        all.dedup();
        assert_eq!(all.len(), count, "a name belongs to one column only");
    }

    #[test]
    fn finds_russian_and_kazakh_headers() {
        let fields = ["ФИО", "Отдел", "Дата въезда", "Дата выезда"];
        let header = Header::new(&fields, 1);
        assert_eq!(header.require(PERSON), Ok(0));
        assert_eq!(header.require(ENTRY), Ok(2));
        assert_eq!(header.require(EXIT), Ok(3));
        let fields = ["Қызметкер", "Келу күні", "Кету күні", "Ереже"];
        let header = Header::new(&fields, 1);
        assert_eq!(header.require(PERSON), Ok(0));
        assert_eq!(header.require(ENTRY), Ok(1));
        assert_eq!(header.require(EXIT), Ok(2));
        assert_eq!(header.find(RULE), Ok(Some(3)));
    }

    #[test]
    fn trailing_empty_values_are_not_too_many() {
        assert_eq!(too_many_values(&["a", "b", "", " "], 2), None);
        assert_eq!(
            too_many_values(&["Doe", " Jane", "2025-01-01", ""], 2).as_deref(),
            Some("3 values where the header has 2 columns (the extra \"2025-01-01\"): a value holding the separator needs quotes")
        );
    }

    #[test]
    fn a_column_named_twice_is_an_error_on_the_header_s_line() {
        let fields = ["entry", "exit", "Entry"];
        let error = Header::new(&fields, 3).require(ENTRY).unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 3: the header has two entry columns (\"entry\" in columns 1 and 3): keep one"
        );
    }
}
