//! What every language must say: one field per text of the interface.
//!
//! Plain texts are strings; texts with values in them (counts, dates, rows) are functions, so
//! each language places the values and agrees its words with the numbers its own way. Sentence
//! functions take dates, not written dates: each language writes a date in a sentence its own
//! way (`13 Dec 2014`, «13 декабря 2014 г.», «2014 жылғы 13 желтоқсаннан» with the case the
//! sentence needs), while [`Texts::date`] writes the numeric form of tables and inputs. A
//! language file that misses a text does not compile.

use crate::assessment::{Assessment, Status};
use crate::error::Error;
use crate::rule::{Confidence, Limits, Rule, Wording};
use crate::timeline::{CountedPart, TimelineDay};
use crate::warning::Warning;
use crate::web::traveller::Dropped;
use crate::zones::{LogWarning, Why};
use chrono::NaiveDate;

impl Texts {
    /// The answer in one sentence, as screen readers hear it and a calendar reminder says it:
    /// the days used, of the limit, and remaining; but when the per-entry cap ends a stay under
    /// way first (or is already passed), the cap's sentence and the days used, without the
    /// window's days remaining, which would read as days left to stay ("1 remaining" on the
    /// 16th day of a 14-day entry).
    pub(crate) fn numbers(&self, a: &Assessment) -> String {
        let entry = match (a.per_entry_cap, a.per_entry_last_day) {
            (Some(cap), Some(last)) if a.per_entry_decides() => Some(if a.day_of_stay > cap {
                (self.entry_over)(a.day_of_stay, cap, last)
            } else {
                (self.entry_leave_by)(cap, last)
            }),
            _ => None,
        };
        match entry {
            Some(entry) => {
                // A sentence ending in an abbreviation ("3 декабря 2026 г.") has its stop.
                let stop = if entry.ends_with('.') { "" } else { "." };
                let used = (self.summary_used)(a.on, a.days_used, a.limit);
                format!("{entry}{stop} {used}")
            }
            None => (self.summary)(a.on, a.days_used, a.limit, a.days_remaining),
        }
    }

    /// `status` in words, an amber one said for what it means ([`crate::Amber`]): "close to
    /// the limit" only when few days are left, and the question of rows that may be one stay
    /// when a `reentry` warning asks it.
    pub(crate) fn status_words(&self, status: Status, amber: Option<crate::Amber>) -> &'static str {
        match (status, amber) {
            (Status::Warning, Some(crate::Amber::OneStay)) => self.one_stay_or_two,
            (Status::Warning, Some(crate::Amber::CloseAndOneStay)) => self.close_and_one_stay,
            _ => (self.status_name)(status),
        }
    }

    /// The status of the traveller's answer `a` in words: the worse of the rule's and the
    /// papers' (`papers`: [`Status::Ok`] without papers), an amber one as
    /// [`Texts::status_words`] says it (the page assesses with the default threshold). Papers
    /// amber of their own are close to a limit too.
    pub(crate) fn answer_status(&self, a: &Assessment, papers: Status) -> &'static str {
        let amber = match (a.amber(&crate::Options::default()), papers) {
            (Some(crate::Amber::OneStay), Status::Warning) => Some(crate::Amber::CloseAndOneStay),
            (amber, _) => amber,
        };
        self.status_words(a.status.max(papers), amber)
    }
}

/// Every text of the web app in one language.
pub(crate) struct Texts {
    /// A date as this language writes it (`1 Jun 2025`, `01.06.2025`).
    pub date: fn(NaiveDate) -> String,
    /// The short name of a date's month, for the chart's axis.
    pub month: fn(NaiveDate) -> &'static str,
    /// A number of days with its word (`1 day`, `5 days`).
    pub days: fn(u32) -> String,
    /// A rule's name, who it applies to, consequences and notes in this language
    /// (`catalogue/wordings.rs`: in Russian and Kazakh, only that language's chunk of the
    /// traveller page holds them).
    pub rule_words: fn(&Rule) -> Wording,

    /// The page's heading.
    pub title: &'static str,
    /// The line under it: what the app does and that nothing leaves the browser.
    pub tagline: &'static str,
    /// The label of the language switcher.
    pub language: &'static str,
    /// The disclaimer in the footer.
    pub disclaimer: &'static str,
    /// The footer's link to the page for people who embed the calculator on their site.
    pub embed_link: &'static str,
    /// The embedding docs in this language (`embed-docs.ru.html`).
    pub embed_href: &'static str,

    /// The rule section's heading.
    pub rule_heading: &'static str,
    /// The destination field.
    pub destination: &'static str,
    /// The empty choice of a select.
    pub choose: &'static str,
    /// The nationality field.
    pub nationality: &'static str,
    /// The nationality choice for everyone the catalogue does not name.
    pub nationality_other: &'static str,
    /// The rule field.
    pub rule: &'static str,
    /// The rule choice for one's own numbers.
    pub custom_rule: &'static str,
    /// Said when the catalogue has no rule for a destination and nationality.
    pub no_rule_for: &'static str,
    /// The custom window field.
    pub window_days: &'static str,
    /// The custom maximum field.
    pub max_days: &'static str,
    /// The custom per-entry field.
    pub per_entry_days: &'static str,
    /// The label of the rule's limits.
    pub limits: &'static str,
    /// The label of who a rule applies to.
    pub applies_to: &'static str,
    /// The label of the rule's legal source.
    pub source: &'static str,
    /// The label of the rule's confidence.
    pub confidence: &'static str,
    /// The label of the date the rule was last checked.
    pub last_checked: &'static str,
    /// The label of what an overstay leads to.
    pub consequences: &'static str,
    /// The label of the rule's notes.
    pub notes: &'static str,
    /// The summary of the rule's folded details (who it applies to, sources, consequences,
    /// notes).
    pub rule_more: &'static str,
    /// Said under a catalogue rule's details: its legal sources are cited in their original
    /// language (empty in English).
    pub sources_in_original: &'static str,
    /// A confidence level.
    pub confidence_name: fn(Confidence) -> &'static str,
    /// A version's limits in words.
    pub limits_text: fn(&Limits) -> String,
    /// "From DATE", before the limits of a version that starts then.
    pub from_date: fn(NaiveDate) -> String,
    /// A catalogue destination's name (the catalogue's English name when unknown).
    pub destination_name: fn(&'static str) -> &'static str,
    /// A country's name from its ISO code (the code when unknown).
    pub country_name: fn(&'static str) -> &'static str,

    /// The check date field.
    pub check_date: &'static str,
    /// The button that sets the check date back to today.
    pub today: &'static str,
    /// The hint under the check date.
    pub check_date_hint: &'static str,

    /// The passport's heading.
    pub passport_heading: &'static str,
    /// The label of its last valid day.
    pub passport_expiry: &'static str,
    /// The hint under it: optional, and the Schengen rule's condition.
    pub passport_hint: &'static str,
    /// Said when the chosen rule has no sourced passport conditions.
    pub passport_not_checked: &'static str,
    /// The passport ends the stay before the rule does: the day to leave by, and its expiry.
    pub passport_leave_by: fn(NaiveDate, NaiveDate) -> String,
    /// A stay under way or planned (entry, exit) that the passport does not cover, and the
    /// day a new one is needed by.
    pub passport_trip: fn(NaiveDate, NaiveDate, NaiveDate) -> String,
    /// Under the day to leave by when the passport sets it.
    pub passport_sets_it: &'static str,

    /// The stay list's heading.
    pub stays_heading: &'static str,
    /// The hint under it.
    pub stays_hint: &'static str,
    /// The entry date field.
    pub entry: &'static str,
    /// The exit date field.
    pub exit: &'static str,
    /// The placeholder of a date field: the ISO pattern in the language's letters.
    pub date_placeholder: &'static str,
    /// The "still there" box.
    pub still_there: &'static str,
    /// The label of row `n`'s group of fields.
    pub row_label: fn(usize) -> String,
    /// The delete button of row `n`.
    pub delete_row: fn(usize) -> String,
    /// The badge of a planned trip.
    pub planned: &'static str,
    /// The add button.
    pub add_stay: &'static str,
    /// The sort button.
    pub sort: &'static str,
    /// Said when the list is empty.
    pub no_stays: &'static str,
    /// A row with no exit yet.
    pub issue_no_exit: &'static str,
    /// A row with no entry yet.
    pub issue_no_entry: &'static str,
    /// An engine error in words, without its row or line (the screen says where).
    pub error: fn(&Error) -> String,
    /// One of the engine's reasons (a bad row of a team file, ...) in words.
    #[cfg_attr(not(feature = "team"), allow(dead_code))]
    pub reason: fn(&str) -> String,
    /// An engine warning in words.
    pub warning: fn(&Warning) -> String,

    /// The paste box's heading.
    pub paste_heading: &'static str,
    /// Its hint: the accepted formats.
    pub paste_hint: &'static str,
    /// Its button.
    pub paste_button: &'static str,
    /// Said after adding `n` stays from a paste.
    pub pasted: fn(usize) -> String,
    /// "Line N" before the text of a pasted line that could not be read.
    pub line: fn(usize) -> String,
    /// Said of a pasted line read as the column names (a header), not as a stay.
    pub paste_header: &'static str,

    /// The answer's heading.
    pub answer_heading: &'static str,
    /// A status in words.
    pub status_name: fn(Status) -> &'static str,
    /// The amber status when it is amber only because rows with no day between them may be
    /// one stay ([`crate::Amber::OneStay`]): not "close to the limit", which it may not be.
    pub one_stay_or_two: &'static str,
    /// The amber status when few days are left and rows may be one stay as well.
    pub close_and_one_stay: &'static str,
    /// The label of days used.
    pub days_used: &'static str,
    /// The window the days are counted in, from its first to its last day.
    pub window_note: fn(NaiveDate, NaiveDate) -> String,
    /// The label of days remaining.
    pub days_remaining: &'static str,
    /// "of N" after days remaining.
    pub of_limit: fn(u32) -> String,
    /// Says plainly that days remaining is not the longest stay.
    pub remaining_note: &'static str,
    /// The label of the longest stay from the check date (`true`: staying on in a stay).
    pub longest_stay: fn(NaiveDate, bool) -> String,
    /// The label of the latest exit (the team page's column).
    pub latest_exit: &'static str,
    /// The label over the latest exit on the check date `on`: staying on (`true`), "Leave
    /// by"; else entering on it, "Enter on 3 Dec 2026 → leave by".
    pub leave_by: fn(NaiveDate, bool) -> String,
    /// Said when there is no latest exit.
    pub no_latest_exit: &'static str,
    /// The label of the earliest full stay of `n` days.
    pub earliest_full_stay: fn(u32) -> String,
    /// The label over the earliest full stay of `n` days when it is after the check date: the
    /// full allowance is available again from that date.
    pub full_again: fn(u32) -> String,
    /// Said when no full stay is possible within the supported dates.
    pub no_full_stay: &'static str,
    /// What the earliest full stay leaves out (it counts the days up to the check date only):
    /// `Some(on)` when present on the check date `on` (it assumes leaving then), `true` when
    /// trips are planned after it (not counted). Called only when one of the two holds.
    pub full_stay_if: fn(Option<NaiveDate>, bool) -> String,
    /// Said instead of the answer when there is none.
    pub no_answer: &'static str,
    /// The planned trips' heading.
    pub planned_heading: &'static str,
    /// A lawful planned trip (entry, exit), with the latest exit that keeps it and later trips
    /// lawful.
    pub trip_ok: fn(NaiveDate, NaiveDate, Option<NaiveDate>) -> String,
    /// A planned trip (entry, exit) that breaks the rule from a date, for a number of days.
    pub trip_breaks: fn(NaiveDate, NaiveDate, NaiveDate, u32) -> String,
    /// The sentence announced to screen readers when the answer changes: on a date, days used
    /// of the limit, days remaining.
    pub summary: fn(NaiveDate, u32, u32, u32) -> String,
    /// The same without the days remaining (on a date, days used of the limit), said after the
    /// per-entry cap's sentence when that cap ends the stay first.
    pub summary_used: fn(NaiveDate, u32, u32) -> String,

    /// The overstay alert's heading.
    pub overstay_heading: &'static str,
    /// The first day the rule was broken.
    pub overstay_from: fn(NaiveDate) -> String,
    /// The label of the days over the limit on the check date.
    pub overstay_days: fn(NaiveDate) -> String,
    /// How many days of presence break the rule in all.
    pub unlawful_total: fn(u32) -> String,
    /// Said when the catalogue does not know the consequences.
    pub consequences_unknown: &'static str,

    /// The share button.
    pub share: &'static str,
    /// Said with the share link.
    pub share_ready: &'static str,
    /// Said when the link was copied.
    pub share_copied: &'static str,
    /// Said after opening a shared link.
    pub shared_opened: &'static str,
    /// The day an answer is for.
    pub answer_for: fn(NaiveDate) -> String,
    /// The same, short, for the bar at the bottom of a phone's screen (`на 20.03.2025`).
    pub bar_for: fn(NaiveDate) -> String,
    /// Said after it when that day is not today.
    pub not_today: &'static str,
    /// The button that makes a shared link's trips one's own.
    pub keep_shared: &'static str,
    /// The label of the days left under the per-entry cap of the stay under way.
    pub entry_left: &'static str,
    /// Under the days left on this entry: the cap and the last day it allows.
    pub entry_leave_by: fn(u32, NaiveDate) -> String,
    /// Over the per-entry cap: the day of stay, the cap, and the day the stay had to end.
    pub entry_over: fn(u32, u32, NaiveDate) -> String,
    /// The label of the latest exit that keeps the planned trips lawful.
    pub keeping_plans: &'static str,
    /// Under it: staying on from the check date, and why it may be earlier than the latest exit.
    pub keeping_plans_note: &'static str,
    /// Under it when there is none.
    pub keeping_plans_none: &'static str,
    /// A planned trip lawful itself that makes days of a later trip unlawful: entry, exit, the
    /// number of those days, and the latest exit that keeps the later trip lawful.
    pub trip_breaks_later: fn(NaiveDate, NaiveDate, u32, Option<NaiveDate>) -> String,
    /// The heading of the alert for an overstay before the check date.
    pub past_overstay_heading: &'static str,
    /// Its text: since when, and how many days.
    pub past_overstay: fn(NaiveDate, u32) -> String,
    /// The heading of what an overstay on record may mean at the next entry.
    pub past_consequences: &'static str,
    /// The button that brings back one's own data after opening a shared link.
    pub restore_mine: &'static str,
    /// Said when saved data or a link comes from a newer release.
    pub newer_version: &'static str,
    /// Said when the data saved in the browser could not be read at all.
    pub saved_unreadable: &'static str,
    /// Said when parts of the saved data could not be read: what was left out.
    pub saved_left_out: fn(&Dropped) -> String,
    /// Said when the link in the address could not be read at all.
    pub link_unreadable: &'static str,
    /// Said when parts of a shared link could not be read: what was left out.
    pub link_left_out: fn(&Dropped) -> String,
    /// Said by an embedded widget when parts of the data it saved could not be read: what was
    /// left out, and that the saved data is kept as it is until something is changed.
    pub widget_saved_left_out: fn(&Dropped) -> String,
    /// Said by an embedded widget when the data it saved could not be read at all (damaged, or
    /// from a newer release), and that it is kept as it is until something is changed.
    pub widget_saved_unreadable: &'static str,
    /// The clear button.
    pub clear: &'static str,
    /// The question before clearing.
    pub clear_confirm: &'static str,
    /// The button that confirms clearing.
    pub clear_yes: &'static str,
    /// The button that cancels.
    pub cancel: &'static str,
    /// Said when a new version of the app has taken over while the page was open.
    pub update_ready: &'static str,
    /// The button that reloads the page into it.
    pub reload: &'static str,
    /// The heading of the people card: whose trips these are.
    pub whose_trips: &'static str,
    /// What keeping several people's trips is for (said when asked).
    pub people_hint: &'static str,
    /// The name field.
    pub person_name: &'static str,
    /// The button that keeps the name.
    pub save_name: &'static str,
    /// The button that answers "just me" (no name).
    pub just_me: &'static str,
    /// The button that adds a person.
    pub add_person: &'static str,
    /// Who the trips are, when the traveller has given no name.
    pub me: &'static str,
    /// What saving the stays as a file is for.
    pub backup_hint: &'static str,
    /// The button that saves the stays as JSON.
    pub save_json: &'static str,
    /// The button that saves them as CSV.
    pub save_csv: &'static str,
    /// The button that opens a saved file and adds its stays.
    pub open_file: &'static str,
    /// Said when a file opened is neither a saved file nor a stays CSV.
    pub file_unreadable: &'static str,
    /// Said while the part of the page that reads pasted lists and files is being fetched
    /// (the first paste or file opened).
    pub reader_loading: &'static str,
    /// Said when that part could not be fetched: nothing was added.
    pub reader_unavailable: &'static str,
    /// The print button.
    pub print: &'static str,
    /// The button that downloads the answer's dates as a calendar file.
    pub calendar: &'static str,

    /// The chart's heading.
    pub chart_heading: &'static str,
    /// How to read the chart (also its accessible description).
    pub chart_help: &'static str,
    /// Legend: the count.
    pub legend_count: &'static str,
    /// Legend: the limit.
    pub legend_limit: &'static str,
    /// The legend of the day number in each stay (drawn when a per-entry cap and a window
    /// both apply).
    pub legend_entry: &'static str,
    /// The legend of the per-entry cap.
    pub legend_entry_cap: &'static str,
    /// Legend: a stay.
    pub legend_stay: &'static str,
    /// Legend: a planned trip.
    pub legend_planned: &'static str,
    /// Legend: days over the limit.
    pub legend_over: &'static str,
    /// Legend: the check date.
    pub legend_today: &'static str,
    /// How the count of one day is made.
    pub explain_day: fn(&TimelineDay) -> String,
    /// Which stays make up a day's count, and how many days each (after [`Texts::explain_day`]).
    pub counted_parts: fn(&[CountedPart]) -> String,
    /// The texts of countries on stays and the answer per zone.
    pub zones: &'static ZoneTexts,
    /// The texts of short-stay visas.
    pub visa: &'static crate::web::i18n::VisaTexts,
    /// The texts of residence permits and long-stay (D) visas.
    pub permit: &'static crate::web::i18n::PermitTexts,
    /// The texts of the deadlines list.
    pub deadlines: &'static crate::web::i18n::DeadlineTexts,
}

/// The texts of countries on stays, the traveller's nationalities and the answer per zone.
pub(crate) struct ZoneTexts {
    /// The country field of a stay.
    pub country: &'static str,
    /// Its placeholder: optional, and what it takes.
    pub country_placeholder: &'static str,
    /// The nationality section's heading.
    pub heading: &'static str,
    /// The hint under it.
    pub hint: &'static str,
    /// The first nationality field.
    pub first: &'static str,
    /// The second nationality field.
    pub second: &'static str,
    /// Said while stays have countries but no nationality is known.
    pub needed: &'static str,
    /// The heading of the answer per zone.
    pub answers_heading: &'static str,
    /// The status of a zone with no limit for the nationality.
    pub no_limit: &'static str,
    /// The status of a zone for which the catalogue has no rule for the nationality.
    pub no_rule_known: &'static str,
    /// Why a zone is judged as it is, for the nationality (alpha-2 code) the answer is for.
    pub why: fn(Why, &str) -> String,
    /// The label of the days of presence counted in a zone with no limit or no rule.
    pub days_there: &'static str,
    /// The countries whose stays counted toward a zone, named.
    pub counted: fn(&str) -> String,
    /// The stays without a country answered apart, under one's own numbers.
    pub without_country: &'static str,
    /// Where stays without a country count (the zone's name).
    pub without_country_note: fn(&str) -> String,
    /// The label of the choice of zone for the detailed answer and the chart.
    pub shown_for: &'static str,
    /// Why a stay in a country (alpha-2 code) outside the chosen rule's zone is not counted.
    pub elsewhere: fn(&str) -> String,
    /// What the whole travel log says beyond one zone: an assumption a zone's days rest on, or
    /// days in two zones at once.
    pub log_warning: fn(&LogWarning) -> String,
}
