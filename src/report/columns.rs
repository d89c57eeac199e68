//! The header of a team file: which column holds the person, the dates, the rule and the
//! planned flag, and which columns are carried through to the report.

use crate::error::Result;
use crate::input::header::{self, Header};
use crate::report::output::is_reserved;

/// Where each column of a team file is, found from its header row.
///
/// A header names at least the person, the entry and the exit, in any order and any case.
/// Accepted names (the same for `staycalc check`):
///
/// | Column | Names (first preferred) |
/// |---|---|
/// | person | `person`, `name`, `employee`, `traveller`, `traveler`, `ФИО`, `Сотрудник`, `Работник`, `Имя`, `Аты-жөні`, `Қызметкер`, `Аты` |
/// | entry | `entry`, `entry date`, `arrival`, `arrival date`, `from`, `Въезд`, `Дата въезда`, `Прибытие`, `Дата прибытия`, `Келу`, `Келу күні`, `Келген күні`, `Кіру`, `Кіру күні` |
/// | exit | `exit`, `exit date`, `departure`, `departure date`, `to`, `Выезд`, `Дата выезда`, `Убытие`, `Дата убытия`, `Отъезд`, `Кету`, `Кету күні`, `Кеткен күні`, `Шығу`, `Шығу күні` |
/// | rule (optional) | `rule`, `rule id`, `Правило`, `Ереже` |
/// | planned (optional) | `planned`, `Планируется`, `Запланировано`, `Жоспарланған` |
/// | passport expiry (optional) | `passport expiry`, `passport expiry date`, `passport expires`, `passport expiration`, `passport expiration date`, `passport valid until`, `Срок действия паспорта`, `Паспорт действителен до`, `Паспорт до`, `Дата окончания паспорта`, `Төлқұжаттың жарамдылық мерзімі`, `Төлқұжат жарамдылық мерзімі`, `Төлқұжат мерзімі`, `Төлқұжат жарамды` |
/// | passport issued (optional) | `passport issued`, `passport issue date`, `passport date of issue`, `passport issued on`, `Дата выдачи паспорта`, `Паспорт выдан`, `Төлқұжаттың берілген күні`, `Төлқұжат берілген күні`, `Төлқұжат берілген` |
///
/// `_`, `-` and `.` read as spaces (`Entry_Date` is `entry date`). When several columns could be
/// the same one, the most preferred name wins and the others are carried. Every other column
/// with a non-empty name is carried through to the report under its own name (`input_status`
/// when it would clash with a field of the report, `notes_2` for a second `notes`).
///
/// ```
/// use staycalc::report::TeamColumns;
/// let columns = TeamColumns::from_header(&["Name", "Department", "From", "To", "Email"])?;
/// assert_eq!(columns.person, 0);
/// assert_eq!((columns.entry, columns.exit), (2, 3));
/// assert_eq!(columns.carried_names(), ["Department", "Email"]);
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamColumns {
    /// Index of the person column.
    pub person: usize,
    /// Index of the entry date column.
    pub entry: usize,
    /// Index of the exit date column.
    pub exit: usize,
    /// Index of the rule column, if any.
    pub rule: Option<usize>,
    /// Index of the planned column, if any.
    pub planned: Option<usize>,
    /// Index of the country column, if any (`country`, `страна`, `ел`, ...). It is carried
    /// too; each row's country must lie in its rule's zone (see [`crate::zones::outside_rule`]).
    pub country: Option<usize>,
    /// Index of the passport expiry column, if any: a date, the same on each of a person's
    /// rows (or empty), checked against the Schengen Borders Code's passport conditions.
    pub passport_expiry: Option<usize>,
    /// Index of the passport issue date column, if any (as the expiry).
    pub passport_issued: Option<usize>,
    /// The header's name of each known column, as written (for messages).
    names: Vec<String>,
    /// Carried columns: (index in the row, name in the report).
    carried: Vec<(usize, String)>,
}

impl TeamColumns {
    /// Finds the columns in a header row.
    ///
    /// # Errors
    ///
    /// [`crate::error::Error::BadInput`] on line 1 when the header has no person, entry or exit
    /// column, naming the columns it has and the names accepted, or names one twice.
    ///
    /// ```
    /// use staycalc::report::TeamColumns;
    /// let error = TeamColumns::from_header(&["person", "start", "end"]).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "line 1: the header has no entry column (named entry, entry date, arrival, \
    ///      arrival date, from, въезд, дата въезда, прибытие, дата прибытия, келу, келу күні, \
    ///      келген күні, кіру or кіру күні); it has \"person\", \"start\", \"end\""
    /// );
    /// ```
    pub fn from_header<S: AsRef<str>>(header: &[S]) -> Result<TeamColumns> {
        TeamColumns::from_header_at(header, 1)
    }

    /// [`TeamColumns::from_header`] for a header on `line` of the file (for messages).
    pub(crate) fn from_header_at<S: AsRef<str>>(fields: &[S], line: usize) -> Result<TeamColumns> {
        let header = Header::new(fields, line);
        let person = header.require(header::PERSON)?;
        let entry = header.require(header::ENTRY)?;
        let exit = header.require(header::EXIT)?;
        let rule = header.find(header::RULE)?;
        let planned = header.find(header::PLANNED)?;
        let country = header.find(header::COUNTRY)?;
        let passport_expiry = header.find(header::PASSPORT_EXPIRY)?;
        let passport_issued = header.find(header::PASSPORT_ISSUED)?;
        let header = fields;
        let known = [
            Some(person),
            Some(entry),
            Some(exit),
            rule,
            planned,
            passport_expiry,
            passport_issued,
        ];
        let mut carried: Vec<(usize, String)> = Vec::new();
        for (index, name) in header.iter().enumerate() {
            let name = name.as_ref().trim();
            if name.is_empty() || known.contains(&Some(index)) {
                continue;
            }
            carried.push((index, Self::carried_name(name, &carried)));
        }
        let names = header
            .iter()
            .map(|h| h.as_ref().trim().to_string())
            .collect();
        Ok(TeamColumns {
            person,
            entry,
            exit,
            rule,
            planned,
            country,
            passport_expiry,
            passport_issued,
            names,
            carried,
        })
    }

    /// The report's name for a carried column, clear of the report's fields and of the
    /// carried columns named before it.
    fn carried_name(name: &str, before: &[(usize, String)]) -> String {
        let lower = name.to_lowercase();
        let base = if is_reserved(&lower) {
            format!("input_{name}")
        } else {
            name.to_string()
        };
        let taken = |candidate: &str| {
            before
                .iter()
                .any(|(_, n)| n.eq_ignore_ascii_case(candidate))
                || is_reserved(&candidate.to_lowercase())
        };
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|candidate| !taken(candidate))
            .expect("some suffix is free")
    }

    /// The names of the carried columns, as they appear in the report, in file order.
    pub fn carried_names(&self) -> Vec<&str> {
        self.carried.iter().map(|(_, name)| name.as_str()).collect()
    }

    /// The indices of the carried columns in a row, in the order of
    /// [`TeamColumns::carried_names`].
    pub fn carried_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.carried.iter().map(|(index, _)| *index)
    }

    /// How many columns the header has.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the header has no columns (never true for a header [`TeamColumns::from_header`]
    /// accepted).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether the header has a passport column (expiry or issue date): the report then has
    /// the passport's columns.
    pub fn has_passport(&self) -> bool {
        self.passport_expiry.is_some() || self.passport_issued.is_some()
    }

    /// The header's name of column `index`, as written (`""` past the end).
    pub fn name(&self, index: usize) -> &str {
        self.names.get(index).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_columns_by_name_in_any_case_and_order() {
        let columns =
            TeamColumns::from_header(&["Exit_Date", " PERSON ", "Entry-Date", "Rule", "planned"])
                .unwrap();
        assert_eq!((columns.person, columns.entry, columns.exit), (1, 2, 0));
        assert_eq!((columns.rule, columns.planned), (Some(3), Some(4)));
        assert!(columns.carried_names().is_empty());
        assert_eq!(columns.name(2), "Entry-Date");
    }

    #[test]
    fn prefers_the_own_name_and_carries_the_synonym() {
        let columns =
            TeamColumns::from_header(&["name", "person", "from", "entry", "exit"]).unwrap();
        assert_eq!((columns.person, columns.entry), (1, 3));
        assert_eq!(columns.carried_names(), ["name", "from"]);
    }

    #[test]
    fn renames_carried_columns_that_clash() {
        let columns = TeamColumns::from_header(&[
            "person",
            "entry",
            "exit",
            "Status",
            "notes",
            "Notes",
            "",
            "input_status",
        ])
        .unwrap();
        assert_eq!(
            columns.carried_names(),
            ["input_Status", "notes", "Notes_2", "input_status_2"]
        );
        assert_eq!(columns.carried_indices().collect::<Vec<_>>(), [3, 4, 5, 7]);
    }

    #[test]
    fn no_carried_column_takes_the_name_of_a_report_column() {
        let csv = crate::report::CsvReportWriter::new(Vec::new(), &[] as &[&str]).unwrap();
        let header = String::from_utf8(csv.into_inner()).unwrap();
        let mut own: Vec<&str> = header.trim_end().split(',').collect();
        own.push("next_planned"); // the JSON report's object for the verdict
        own.retain(|name| *name != "person"); // the file's own person column
        let file: Vec<String> = ["person", "entry", "exit"]
            .into_iter()
            .chain(own.iter().copied())
            .map(str::to_uppercase)
            .collect();
        let columns = TeamColumns::from_header(&file).unwrap();
        assert_eq!(columns.carried_names().len(), own.len() - 1); // all but the rule column
        for name in columns.carried_names() {
            assert!(name.starts_with("input_"), "{name}");
            assert!(!own.iter().any(|o| o.eq_ignore_ascii_case(name)), "{name}");
        }
    }

    #[test]
    fn finds_the_passport_columns_in_english_russian_and_kazakh() {
        for (expiry, issued) in [
            ("Passport_Expiry", "Passport issued"),
            ("Срок действия паспорта", "Дата выдачи паспорта"),
            (
                "Төлқұжаттың жарамдылық мерзімі",
                "Төлқұжаттың берілген күні",
            ),
        ] {
            let columns =
                TeamColumns::from_header(&["person", "entry", "exit", issued, expiry, "passport"])
                    .unwrap();
            assert_eq!(columns.passport_expiry, Some(4), "{expiry}");
            assert_eq!(columns.passport_issued, Some(3), "{issued}");
            assert!(columns.has_passport());
            // `passport` alone usually holds the number: carried.
            assert_eq!(columns.carried_names(), ["passport"]);
        }
        let columns = TeamColumns::from_header(&["person", "entry", "exit"]).unwrap();
        assert!(!columns.has_passport());
    }

    #[test]
    fn names_the_missing_column() {
        for (header, missing) in [
            (&["entry", "exit", "department"][..], "person"),
            (&["name", "exit"][..], "entry"),
            (&["employee", "arrival"][..], "exit"),
        ] {
            let error = TeamColumns::from_header(header).unwrap_err();
            assert_eq!(error.code(), "bad_input");
            assert!(
                error.to_string().contains(&format!("no {missing} column")),
                "{error}"
            );
        }
    }
}
