//! The team view's state: signals owned by the team page and handed to its components through
//! one named context, with the table's order and the lines shown derived in memos.

use crate::error::{Error, Result};
use crate::report::{BadRow, ReportStatus, Team, TeamSettings};
use crate::rule::Rule;
use crate::web::i18n::{TeamTexts, Texts};
use crate::web::lang::Lang;
use crate::web::team::{EditList, Filter, InputId, Progress, Sort, TeamLine, DEFAULT_PAGE_SIZE};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Where the rows come from: a file (read again on each run, so it is never held twice) or
/// pasted text.
#[derive(Clone)]
pub(crate) enum Source {
    /// A file picked or dropped.
    File(web_sys::File),
    /// Rows pasted in the text box.
    Text(String),
}

/// What was read, besides the lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Summary {
    /// The check date of the run.
    pub on: NaiveDate,
    /// The rule for rows that name none, if one was given (none by zone).
    pub rule: Option<Rule>,
    /// Whether the team was checked by zone.
    pub by_zone: bool,
    /// How many people the file names (by zone, the table has a line per person and zone).
    pub people: usize,
    /// The file's rows: read and checked, not read, and in another zone.
    pub rows: usize,
    /// Rows named as bad: those that could not be read, and (of them) `passport_rows`.
    pub bad_rows: usize,
    /// Rows that could not be read: how many, and the first lines.
    pub unread_rows: (usize, Vec<u32>),
    /// Rows read and counted whose passport date differs from the person's other rows.
    pub passport_rows: usize,
    /// Rows read and counted whose visa differs from the person's other rows, gives part of
    /// one, or ends before it starts.
    pub visa_rows: usize,
    /// How the dates were written (`DD.MM.YYYY`), if any date was read.
    pub date_format: Option<String>,
    /// The input's separator and date format, for the readable export: `None` for a
    /// workbook's (the language's are used).
    pub dialect: (Option<char>, Option<crate::input::DateFormat>),
    /// The encoding the file was read as, when it was not UTF-8 (`Windows-1251`).
    pub encoding: Option<&'static str>,
    /// For a workbook, the sheet read and its header's row.
    pub sheet: Option<(String, usize)>,
    /// People named only in rows that could not be read (in the table as "check rows").
    pub unread: Vec<String>,
    /// Whether the file has a passport column (the table for reading then has one too).
    pub passport: bool,
    /// Whether the file has the visa columns (the table for reading then has a visa column).
    pub visa: bool,
    /// Person cells read as an earlier line's person (letter case, spaces or dots aside):
    /// the person as shown, the other spelling, and its first line.
    pub spellings: Vec<(String, String, u32)>,
    /// Rows in a country outside their rule's zone on every day: how many, and the first
    /// lines.
    pub elsewhere: (usize, Vec<u32>),
}

/// Something the page says about what it found kept from the last visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum StartNotice {
    /// Some saved fields could not be read (how many); the rest was restored.
    Damaged(usize),
    /// Nothing saved could be read.
    Unreadable,
    /// A newer release saved it.
    Newer,
    /// The last file (its name) is not kept; edits of this many people wait for it.
    FileNotKept(String, usize),
    /// The rows pasted last time (their size in bytes) could not be kept.
    TextNotKept(usize),
}

/// Why what was typed will not survive a reload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SaveProblem {
    /// The paste (its size in bytes) is larger than the page keeps.
    TooLarge(usize),
    /// The browser's storage is full: everything but the paste was kept.
    Full,
    /// The browser keeps nothing.
    Off,
}

/// Every piece of the team view's state. `Copy`: hand it around freely.
#[derive(Clone, Copy)]
pub(crate) struct TeamStore {
    /// The interface language (the page's, shared with the traveller components it reuses).
    pub lang: RwSignal<Lang>,
    /// Today, read once from the browser.
    pub today: NaiveDate,
    /// The default rule's id; empty for none (every row names its rule).
    pub rule_id: RwSignal<String>,
    /// A check date other than today, if one was set.
    pub on: RwSignal<Option<NaiveDate>>,
    /// The warning threshold of the traffic light, in days.
    pub threshold: RwSignal<u32>,
    /// The paste box, as typed.
    pub pasted: RwSignal<String>,
    /// The rows' source, once one was given.
    pub source: StoredValue<Option<Source>, LocalStorage>,
    /// The source's name, as shown (the file name, or none for pasted rows).
    pub source_name: RwSignal<Option<String>>,
    /// Which run is the current one: a new run makes older ones stop.
    pub run: RwSignal<u64>,
    /// How far the current run is, while one is working.
    pub progress: RwSignal<Option<Progress>>,
    /// How far an export is, while one is working: `(written, total)`.
    pub exporting: RwSignal<Option<(usize, usize)>>,
    /// While printing: the table holds every line shown (filtered), not one page.
    pub printing: RwSignal<bool>,
    /// Why the last run gave nothing.
    pub failure: RwSignal<Option<Error>>,
    /// The team of the last run, kept to export and to show and edit a person's stays.
    pub team: StoredValue<Option<Team<'static>>>,
    /// The table's lines, in file order.
    pub lines: RwSignal<Vec<TeamLine>>,
    /// The carried columns' names.
    pub carried: RwSignal<Vec<String>>,
    /// Whether the team is checked by zone: its first carried columns are the report's zone
    /// columns ([`crate::report::ZONE_COLUMNS`]).
    pub by_zone: RwSignal<bool>,
    /// The problems of rows that could not be read (the first ones).
    pub problems: RwSignal<Vec<BadRow>>,
    /// How many problems there were in all.
    pub problem_count: RwSignal<usize>,
    /// What was read, once a run finished.
    pub summary: RwSignal<Option<Summary>>,
    /// The table's order, if sorted.
    pub sort: RwSignal<Option<Sort>>,
    /// What the table shows.
    pub filter: RwSignal<Filter>,
    /// The page shown, from 0.
    pub page: RwSignal<usize>,
    /// Lines per page.
    pub page_size: RwSignal<usize>,
    /// The input the team shown was read from.
    pub input: RwSignal<Option<InputId>>,
    /// The edits made in place, with the input they were made to (kept between visits).
    pub edits: RwSignal<Option<EditList>>,
    /// Whether the edits came from the last visit and were not changed since.
    pub edits_restored: RwSignal<bool>,
    /// How many people's edits could not be applied in the last run.
    pub edits_missed: RwSignal<usize>,
    /// What the page found kept from the last visit.
    pub notices: RwSignal<Vec<StartNotice>>,
    /// Why what was typed will not survive a reload, if it will not.
    pub save_problem: RwSignal<Option<SaveProblem>>,
    /// The person whose stays are open: a team line index.
    pub selected: RwSignal<Option<u32>>,
    /// The check date: the one set, or today.
    pub check_date: Memo<NaiveDate>,
    /// Positions of the lines shown, in the table's order.
    pub shown: Memo<Vec<u32>>,
}

impl TeamStore {
    /// A store in language `lang` (the page's signal), with `today` as the default check date.
    pub fn new(lang: RwSignal<Lang>, today: NaiveDate) -> TeamStore {
        let on = RwSignal::new(None::<NaiveDate>);
        let lines = RwSignal::new(Vec::<TeamLine>::new());
        let sort = RwSignal::new(None::<Sort>);
        let filter = RwSignal::new(Filter::default());
        let order = Memo::new(move |_| {
            lines.with(|lines| match sort.get() {
                Some(sort) => sort.order(lines),
                None => Sort::BY_URGENCY.order(lines),
            })
        });
        let shown = Memo::new(move |_| {
            filter.with(|filter| lines.with(|lines| order.with(|order| filter.apply(lines, order))))
        });
        TeamStore {
            lang,
            today,
            rule_id: RwSignal::new(crate::web::traveller::Saved::default().rule),
            on,
            threshold: RwSignal::new(crate::assessment::Options::default().warning_threshold),
            pasted: RwSignal::new(String::new()),
            source: StoredValue::new_local(None),
            source_name: RwSignal::new(None),
            run: RwSignal::new(0),
            progress: RwSignal::new(None),
            exporting: RwSignal::new(None),
            printing: RwSignal::new(false),
            failure: RwSignal::new(None),
            team: StoredValue::new(None),
            lines,
            carried: RwSignal::new(Vec::new()),
            by_zone: RwSignal::new(false),
            problems: RwSignal::new(Vec::new()),
            problem_count: RwSignal::new(0),
            summary: RwSignal::new(None),
            sort,
            filter,
            page: RwSignal::new(0),
            page_size: RwSignal::new(DEFAULT_PAGE_SIZE),
            input: RwSignal::new(None),
            edits: RwSignal::new(None),
            edits_restored: RwSignal::new(false),
            edits_missed: RwSignal::new(0),
            notices: RwSignal::new(Vec::new()),
            save_problem: RwSignal::new(None),
            selected: RwSignal::new(None),
            check_date: Memo::new(move |_| on.get().unwrap_or(today)),
            shown,
        }
    }

    /// The settings a run uses now (untracked).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownRule`] when the default rule's id is not in the catalogue.
    pub fn settings(&self) -> Result<TeamSettings<'static>> {
        let id = self.rule_id.get_untracked();
        let rule: Option<&'static Rule> = match id.as_str() {
            "" => None,
            id => Some(crate::catalogue::rule(id)?),
        };
        let mut settings = TeamSettings::new(self.check_date.get_untracked(), rule);
        settings.options.warning_threshold = self.threshold.get_untracked();
        // The rule select always holds a rule: a file with countries and nationalities is
        // still checked by zone.
        settings.prefer_zones = true;
        Ok(settings)
    }

    /// Changes the filter; the table goes back to its first page.
    pub fn set_filter(&self, change: impl FnOnce(&mut Filter)) {
        self.filter.update(change);
        self.page.set(0);
    }

    /// The traveller view's texts in the current language (tracked).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Whether carried column `n` is shown in the table: all but a report by zone's `why`
    /// (English words; the exports keep it) (tracked).
    pub fn shows_carried(&self, n: usize) -> bool {
        !(self.by_zone.get() && n == crate::report::ZONE_COLUMNS.len() - 1)
    }

    /// The team view's texts in the current language (tracked).
    pub fn team_texts(&self) -> &'static TeamTexts {
        self.lang.get().team_texts()
    }

    /// A date in the current language's format (tracked).
    pub fn date(&self, date: NaiveDate) -> String {
        (self.texts().date)(date)
    }

    /// A count in the current language's format (tracked).
    pub fn number(&self, n: usize) -> String {
        (self.team_texts().number)(n)
    }

    /// A line's status in words in the current language (tracked), an amber one said for
    /// what it means ([`crate::web::i18n::Texts::status_words`]).
    pub fn status_words(&self, status: ReportStatus, amber: Option<crate::Amber>) -> &'static str {
        match status {
            ReportStatus::Checked(status) => self.texts().status_words(status, amber),
            other => self.status_name(other),
        }
    }

    /// A status as the name of a group of lines (the counts, the filter, the columns of
    /// counts) in the current language (tracked, lines too): an amber group said for what its
    /// lines' amber means, both meanings when they differ.
    pub fn group_name(&self, status: ReportStatus) -> &'static str {
        if status != ReportStatus::Checked(crate::Status::Warning) {
            return self.status_name(status);
        }
        let (first, same) = self.lines.with(|lines| {
            let mut ambers = lines.iter().filter_map(|line| line.amber);
            let first = ambers.next();
            (first, ambers.all(|amber| Some(amber) == first))
        });
        if same {
            self.status_words(status, first)
        } else {
            self.team_texts().amber_either
        }
    }

    /// A status in words in the current language (tracked).
    pub fn status_name(&self, status: ReportStatus) -> &'static str {
        match status {
            ReportStatus::Checked(status) => (self.texts().status_name)(status),
            ReportStatus::CheckRows => self.team_texts().check_rows,
            ReportStatus::NoLimit => self.team_texts().no_limit,
            ReportStatus::NoRuleKnown => self.team_texts().no_rule_known,
            ReportStatus::Passport => self.team_texts().passport,
        }
    }
}

/// The team store provided by the team page.
pub(crate) fn use_team() -> TeamStore {
    expect_context::<TeamStore>()
}
