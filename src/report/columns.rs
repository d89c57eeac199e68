//! The header of a team file: which column holds the person, the dates, the rule and the
//! planned flag, and which columns are carried through to the report.

use crate::error::{Error, Result};
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
/// | visa from (optional) | `visa from`, `visa valid from`, `visa start`, `visa start date`, `visa validity from`, `Виза с`, `Виза действительна с`, `Виза действует с`, `Начало визы`, `Дата начала визы`, `Виза басталуы`, `Виза басталу күні`, `Визаның басталу күні`, `Виза жарамды бастап` |
/// | visa until (optional) | `visa until`, `visa valid until`, `visa to`, `visa end`, `visa end date`, `visa expiry`, `visa expires`, `visa validity until`, `Виза по`, `Виза до`, `Виза действительна по`, `Виза действительна до`, `Виза действует по`, `Окончание визы`, `Дата окончания визы`, `Виза аяқталуы`, `Виза аяқталу күні`, `Визаның аяқталу күні`, `Виза жарамды дейін` |
/// | visa entries (with a visa from or until) | `visa entries`, `visa number of entries`, `number of entries`, `Виза въезды`, `Количество въездов`, `Кол-во въездов`, `Число въездов`, `Визаның келу саны`, `Виза келу саны`, `Келу саны` |
/// | visa days (with a visa from or until) | `visa days`, `visa duration of stay`, `duration of stay`, `visa duration`, `days of stay`, `Продолжительность пребывания`, `Срок пребывания по визе`, `Дней по визе`, `Виза дней`, `Болу ұзақтығы`, `Виза бойынша болу ұзақтығы`, `Виза күндері` |
///
/// The four visa columns come together: a header with a visa from or until column needs all
/// four (a visa is checked on all its conditions or not at all). The entries and days names
/// are looked for only then: `Duration of stay` alone is often a trip's own days, carried.
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
    /// Index of the country column, if any (`country`, `страна`, `ел`, ...). In a report by
    /// rule it is carried too, and each row's country must lie in its rule's zone (see
    /// [`crate::zones::outside_rule`]); in a report by zone it says which zone the stay counts
    /// toward.
    pub country: Option<usize>,
    /// Index of the nationality column, if any (`nationality`, `citizenship`, `гражданство`,
    /// `азаматтығы`): read in a report by zone only (else carried).
    pub nationality: Option<usize>,
    /// Whether the report is by zone: a nationality was given (`--nationality`), or the
    /// header has both a country and a nationality column. Then each person has a line per
    /// zone, the report's own columns [`ZONE_COLUMNS`] come first among the carried ones,
    /// and the country and nationality columns are not carried.
    pub zones: bool,
    /// Index of the passport expiry column, if any: a date, the same on each of a person's
    /// rows (or empty), checked against the Schengen Borders Code's passport conditions.
    pub passport_expiry: Option<usize>,
    /// Index of the passport issue date column, if any (as the expiry).
    pub passport_issued: Option<usize>,
    /// The visa columns (FROM, UNTIL, entries, duration of stay), if the header has them: each
    /// the same on each of a person's rows (or empty), checked as `staycalc check --visa`.
    pub visa: Option<VisaColumns>,
    /// The header's name of each known column, as written (for messages).
    names: Vec<String>,
    /// The report's zone columns ([`ZONE_COLUMNS`]) in a report by zone, else none.
    zone_names: Vec<String>,
    /// Carried columns: (index in the row, name in the report).
    carried: Vec<(usize, String)>,
}

/// Where a team file's visa columns are: a short-stay visa per person, as its sticker reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisaColumns {
    /// Index of the FROM column: a date.
    pub from: usize,
    /// Index of the UNTIL column: a date.
    pub until: usize,
    /// Index of the entries column: 1, 2 or MULT.
    pub entries: usize,
    /// Index of the DURATION OF STAY column: 1 to 90 days.
    pub days: usize,
}

impl VisaColumns {
    /// The four indices, in the order FROM, UNTIL, entries, days.
    pub fn indices(self) -> [usize; 4] {
        [self.from, self.until, self.entries, self.days]
    }
}

/// The columns a report by zone adds before the carried ones: the zone's id (`schengen`,
/// `bg`) and English name, the countries whose stays counted toward it (ISO codes), the
/// nationality it was judged for (a dual national's most favourable there), the days present
/// in the file for a zone judged by no rule (no limit, no rule known: empty under a rule, whose
/// days are in `days_used`), and why that regime applies, in words.
pub const ZONE_COLUMNS: [&str; 6] = [
    "zone",
    "zone_name",
    "countries",
    "nationality",
    "days_present",
    "why",
];

/// `error` (a missing column) with `prefix` before its reason.
fn with_reason(error: Error, prefix: &str) -> Error {
    match error {
        Error::BadInput {
            line,
            column,
            reason,
        } => Error::BadInput {
            line,
            column,
            reason: format!("{prefix} {reason}"),
        },
        other => other,
    }
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
        TeamColumns::from_header_at(header, 1, false, false)
    }

    /// [`TeamColumns::from_header`] for a header on `line` of the file (for messages);
    /// `nationality_given` when a default nationality makes the report by zone, `rule_given`
    /// when a default rule makes it by rule unless a nationality is given too.
    pub(crate) fn from_header_at<S: AsRef<str>>(
        fields: &[S],
        line: usize,
        nationality_given: bool,
        rule_given: bool,
    ) -> Result<TeamColumns> {
        let header = Header::new(fields, line);
        let person = header.require(header::PERSON)?;
        let entry = header.require(header::ENTRY)?;
        let exit = header.require(header::EXIT)?;
        let rule = header.find(header::RULE)?;
        let planned = header.find(header::PLANNED)?;
        let mut country = header.find(header::COUNTRY)?;
        let nationality_column = header.find(header::NATIONALITY);
        let passport_expiry = header.find(header::PASSPORT_EXPIRY)?;
        let passport_issued = header.find(header::PASSPORT_ISSUED)?;
        let visa = match (
            header.find(header::VISA_FROM)?,
            header.find(header::VISA_UNTIL)?,
        ) {
            (None, None) => None,
            (from, until) => {
                let need = |column: header::Column, found: Option<usize>| {
                    found.map_or_else(
                        || {
                            header.require(column).map_err(|error| {
                                with_reason(
                                    error,
                                    "a visa is checked on FROM, UNTIL, entries and duration of \
                                     stay together, so",
                                )
                            })
                        },
                        Ok,
                    )
                };
                Some(VisaColumns {
                    from: need(header::VISA_FROM, from)?,
                    until: need(header::VISA_UNTIL, until)?,
                    entries: need(header::VISA_ENTRIES, None)?,
                    days: need(header::VISA_DAYS, None)?,
                })
            }
        };
        // A file with countries and nationalities is by zone, unless it names rules or a
        // default rule is given (then it is checked by rule, as before nationalities).
        let zones = cfg!(feature = "report-zones")
            && (nationality_given
                || (country.is_some()
                    && rule.is_none()
                    && !rule_given
                    && !matches!(nationality_column, Ok(None))));
        let nationality = if zones {
            country = Some(header.require(header::COUNTRY).map_err(|error| {
                with_reason(error, "with a nationality the report is by zone, so")
            })?);
            if let Some(rule) = rule {
                let name = fields[rule].as_ref().trim();
                return Err(Error::BadInput {
                    line,
                    column: Some(name.to_string()),
                    reason: format!(
                        "the header has a rule column ({:?}) and a nationality is given: by \
                         zone, each zone's rule comes from the catalogue for the nationality, \
                         as staycalc check --nationality chooses it; remove the rule column, or \
                         the nationality (--nationality and the nationality column) to check \
                         by rule",
                        name
                    ),
                });
            }
            nationality_column?
        } else {
            None
        };
        let header = fields;
        let mut known = vec![
            Some(person),
            Some(entry),
            Some(exit),
            rule,
            planned,
            passport_expiry,
            passport_issued,
        ];
        known.extend(visa.iter().flat_map(|v| v.indices().map(Some)));
        let mut carried: Vec<(usize, String)> = Vec::new();
        if zones {
            known.extend([country, nationality]);
            carried.extend(ZONE_COLUMNS.map(|name| (usize::MAX, name.to_string())));
        }
        for (index, name) in header.iter().enumerate() {
            let name = name.as_ref().trim();
            if name.is_empty() || known.contains(&Some(index)) {
                continue;
            }
            carried.push((index, Self::carried_name(name, &carried)));
        }
        // The zone columns are the report's own: filled when checking, not from a cell.
        let own = if zones { ZONE_COLUMNS.len() } else { 0 };
        let (zone_names, carried) = (
            carried[..own].iter().map(|(_, n)| n.clone()).collect(),
            carried[own..].to_vec(),
        );
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
            nationality,
            zones,
            passport_expiry,
            passport_issued,
            visa,
            names,
            zone_names,
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

    /// The names of the carried columns, as they appear in the report, in file order; in a
    /// report by zone, after the report's [`ZONE_COLUMNS`].
    pub fn carried_names(&self) -> Vec<&str> {
        self.zone_names
            .iter()
            .chain(self.carried.iter().map(|(_, name)| name))
            .map(String::as_str)
            .collect()
    }

    /// The indices of the columns carried from the file in a row, in the order of
    /// [`TeamColumns::carried_names`] (after the zone columns, which no cell holds).
    pub fn carried_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.carried.iter().map(|(index, _)| *index)
    }

    /// How many columns are carried from the file's cells.
    pub(crate) fn file_carried(&self) -> usize {
        self.carried.len()
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

    /// Whether the header has the visa columns: the report then has the visa's columns.
    pub fn has_visa(&self) -> bool {
        self.visa.is_some()
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
