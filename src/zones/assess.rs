//! One travel log, every zone: the log split by zone and date, each zone judged by the engine
//! under the rule its nationality gets there.

use super::countries::Country;
use super::membership::{schengen_membership, OUTSIDE};
use super::papers::{self, ZonePermit};
use super::regime::{choice, zones_with_rules, Choice, Regime, Why};
use super::zone::{split, zone_of, Part, Trip, Zone};
use crate::assessment::{Assessment, Options, Status};
use crate::calculator::Calculator;
use crate::date;
use crate::documents::{
    check_documents, current_visa, passport_conditions_apply, passport_verdict, Documents,
    DocumentsCheck, ExitReason, PassportVerdict,
};
use crate::error::{Error, Result};
use crate::plan::StayVerdict;
use crate::presence::{self, Presence};
use crate::rule::{Bound, Confidence, Rule};
use crate::stay::Stay;
use crate::warning::Warning;
use chrono::NaiveDate;
use std::cmp::Reverse;

/// How a zone's days were judged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Under a catalogue rule: every answer of `staycalc check`.
    Rule {
        /// The rule.
        rule: &'static Rule,
        /// Every answer on the check date.
        assessment: Assessment,
        /// A verdict per stay of the zone (its parts of trips), in log order.
        plan: Vec<StayVerdict>,
    },
    /// No limit ([`Regime::NoLimit`]) or no rule known ([`Regime::NoRuleKnown`]): the days
    /// are counted, nothing is judged.
    Counted {
        /// Days of presence in the zone in the whole log, each counted once.
        days_present: u32,
        /// Whether there is presence on the check date.
        present: bool,
        /// What was merged in the zone's stays.
        warnings: Vec<Warning>,
    },
}

/// The answer for one zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneAnswer {
    /// The zone.
    pub zone: Zone,
    /// The countries whose stays counted toward it, in order of alpha-2 code.
    pub countries: Vec<&'static Country>,
    /// The nationality the answer is for (the most favourable of a dual national's), what
    /// applies to it and why.
    pub choice: Choice,
    /// The answer.
    pub verdict: Verdict,
    /// The short-stay visas and the passport against the zone's stays, when any was given and
    /// the zone's rule has sourced conditions for them (the Schengen rule): what
    /// `staycalc check --rule schengen` says of them for these stays.
    pub papers: Option<DocumentsCheck>,
    /// The residence permits and long-stay visas with days of presence in their state in this
    /// zone: left out of its count (the Schengen area) or counted (elsewhere), with how many.
    pub permits: Vec<ZonePermit>,
}

impl ZoneAnswer {
    /// The zone's status: a [`Status`] name under a rule (the worse of the rule's and the
    /// papers', as [`ZoneAnswer::papers_applied`] says it), else `no_limit` or `no_rule_known`.
    pub fn status(&self) -> &'static str {
        match (self.rule_status(), self.choice.regime) {
            (Some(status), _) => status.as_str(),
            (None, Regime::NoLimit) => "no_limit",
            _ => "no_rule_known",
        }
    }

    /// Under a rule, the worse of the rule's status and the papers'.
    fn rule_status(&self) -> Option<Status> {
        let Verdict::Rule { assessment, .. } = &self.verdict else {
            return None;
        };
        Some(match &self.papers {
            Some(check) => assessment
                .status
                .max(check.status(assessment.present, assessment.on)),
            None => assessment.status,
        })
    }

    /// Under a rule, the assessment with what the papers change (the latest exit as the
    /// earliest of every bound, the longest stay, the status), as `staycalc check`'s JSON
    /// gives it with documents; the rule's alone when no papers were checked.
    pub fn papers_applied(&self) -> Option<Assessment> {
        let Verdict::Rule { assessment, .. } = &self.verdict else {
            return None;
        };
        let mut applied = assessment.clone();
        if let Some(check) = &self.papers {
            check.apply_to(&mut applied);
        }
        Some(applied)
    }

    /// Order of urgency, most urgent first: overstay, past and planned overstay, warning, no
    /// rule known, ok, no limit.
    fn urgency(&self) -> u8 {
        match (self.rule_status(), self.choice.regime) {
            (Some(status), _) => match status {
                Status::Overstay => 0,
                Status::PastOverstay => 1,
                Status::PlannedOverstay => 2,
                Status::Warning => 3,
                Status::Ok => 5,
            },
            (_, Regime::NoLimit) => 6,
            _ => 4,
        }
    }
}

/// The answer for a whole travel log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TripsAnswer {
    /// The check date.
    pub on: NaiveDate,
    /// One answer per zone with presence in its window (for a zone with no rule: in the 180
    /// days ending on the check date), on the check date or planned, or with an overstay on
    /// record; most urgent first.
    pub zones: Vec<ZoneAnswer>,
    /// What the whole log says beyond one zone: the assumptions a zone's days rest on (Monaco,
    /// San Marino, the Vatican and Andorra), then days in two zones at once beyond a crossing
    /// day. Structured, so that a page can say them in its language; `Display` gives the
    /// command line's English.
    pub warnings: Vec<LogWarning>,
    /// Whether a passport or a short-stay visa was given: a zone under a rule with no papers'
    /// answer ([`ZoneAnswer::papers`]) had them not checked.
    pub papers_given: bool,
}

/// Something the whole travel log says beyond one zone ([`TripsAnswer::warnings`]).
///
/// ```
/// use staycalc::{date, Stay};
/// use staycalc::zones::{assess_trips, country, LogWarning, Trip};
/// let log = [Trip::new(Stay::new(date(2025, 4, 1), date(2025, 4, 5)), country("MC")?)];
/// let answer = assess_trips(&log, &[country("US")?], date(2025, 4, 5), &Default::default())?;
/// assert!(matches!(answer.warnings[0], LogWarning::Assumption { inside: true, .. }));
/// assert_eq!(answer.warnings[0].code(), "assumption");
/// assert!(answer.warnings[0].to_string().starts_with("Monaco (MC): An assumption"));
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LogWarning {
    /// A country whose zone rests on an assumption of low confidence in the membership table
    /// (Monaco, San Marino and the Vatican inside the Schengen area, Andorra outside).
    Assumption {
        /// The country.
        country: &'static Country,
        /// Whether its days are assumed to count toward the Schengen area (else: its own zone).
        inside: bool,
        /// The membership table's note, in English.
        note: &'static str,
    },
    /// Two stays in different zones share days beyond a crossing day: each zone counts them.
    TwoZones {
        /// The row of the earlier stay.
        first_row: usize,
        /// Its zone.
        first_zone: Zone,
        /// The row of the stay that overlaps it.
        second_row: usize,
        /// Its zone.
        second_zone: Zone,
        /// The first shared day.
        from: NaiveDate,
        /// The last shared day.
        until: NaiveDate,
    },
}

impl LogWarning {
    /// A stable machine-readable code: `assumption` or `two_zones`.
    pub fn code(&self) -> &'static str {
        match self {
            LogWarning::Assumption { .. } => "assumption",
            LogWarning::TwoZones { .. } => "two_zones",
        }
    }
}

impl std::fmt::Display for LogWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LogWarning::Assumption { country, note, .. } => {
                write!(f, "{} ({}): {note}", country.en, country.alpha2)
            }
            LogWarning::TwoZones {
                first_row,
                first_zone,
                second_row,
                second_zone,
                from,
                until,
            } => write!(
                f,
                "rows {first_row} ({}) and {second_row} ({}) overlap from {from} to {until}: days \
                 in two zones at once beyond a crossing day; each zone counts them",
                first_zone.id(),
                second_zone.id()
            ),
        }
    }
}

/// The parts of one zone, in log order.
struct ZoneParts {
    zone: Zone,
    stays: Vec<Stay>,
    countries: Vec<&'static Country>,
}

/// Groups parts by zone, zones in [`Zone`] order.
fn by_zone(parts: &[Part]) -> Vec<ZoneParts> {
    // The zones and how many parts each has first, so that each zone's stays are allocated
    // once at their size.
    let mut counts: Vec<(Zone, usize)> = Vec::new();
    for part in parts {
        match counts.iter_mut().find(|(zone, _)| *zone == part.zone) {
            Some((_, count)) => *count += 1,
            None => counts.push((part.zone, 1)),
        }
    }
    let mut zones: Vec<ZoneParts> = Vec::with_capacity(counts.len());
    for &(zone, count) in &counts {
        zones.push(ZoneParts {
            zone,
            stays: Vec::with_capacity(count),
            countries: Vec::new(),
        });
    }
    for part in parts {
        let Some(z) = zones.iter_mut().find(|z| z.zone == part.zone) else {
            continue;
        };
        z.stays.push(part.stay);
        if !z.countries.contains(&part.country) {
            z.countries.push(part.country);
        }
    }
    for zone in &mut zones {
        crate::order::sort_by_rank(&mut zone.countries, |c| crate::order::country(c));
    }
    crate::order::sort_by_rank(&mut zones, |z| crate::order::zone(z.zone));
    zones
}

/// How good an answer is for the traveller, best first: no limit, then a rule's status, the
/// longest stay and the most days remaining, then no rule known.
fn favour(verdict: &Verdict, regime: Regime) -> (u8, Status, Reverse<u32>, Reverse<u32>) {
    match (verdict, regime) {
        (_, Regime::NoLimit) => (0, Status::Ok, Reverse(0), Reverse(0)),
        (Verdict::Rule { assessment: a, .. }, _) => (
            1,
            a.status,
            Reverse(a.max_stay_days),
            Reverse(a.days_remaining),
        ),
        _ => (2, Status::Ok, Reverse(0), Reverse(0)),
    }
}

/// What a zone's stays are judged with: the check date, the options, and which verdicts per
/// stay to give (all of them for `check`, the next planned trip's for the team report).
pub(crate) struct Judging<'a> {
    pub on: NaiveDate,
    pub options: &'a Options,
    pub plan: &'a dyn Fn(&Calculator<'_>) -> Vec<StayVerdict>,
    /// The log's presence in other zones ([`elsewhere`]), asked for only when rows with no
    /// day between them are: where it shows the person left between two of the zone's stays,
    /// they are not asked about as one stay.
    pub elsewhere: &'a dyn Fn() -> Vec<(date::Day, date::Day)>,
}

/// The days of `parts` outside `zone`, as day ranges (an open stay to `on`).
pub(crate) fn elsewhere(parts: &[Part], zone: Zone, on: NaiveDate) -> Vec<(date::Day, date::Day)> {
    parts
        .iter()
        .filter(|p| p.zone != zone)
        .map(|p| {
            (
                date::day(p.stay.entry),
                date::day(p.stay.exit.unwrap_or(on)),
            )
        })
        .collect()
}

/// The days of `trips` outside `zone` ([`elsewhere`] of the log split by zone), as the answer
/// per zone takes them when a zone's rows with no day between them may be one stay: for a page
/// that answers one zone's rows itself and must ask what that zone's answer asks. A trip the
/// log cannot split (exit before entry, open after `on`) is no day elsewhere: the answer per
/// zone leaves it out.
#[cfg_attr(not(feature = "ui"), allow(dead_code))]
pub(crate) fn days_elsewhere(
    trips: &[Trip],
    zone: Zone,
    on: NaiveDate,
) -> Vec<(date::Day, date::Day)> {
    let parts: Vec<Part> = trips
        .iter()
        .filter_map(|trip| split(std::slice::from_ref(trip), on).ok())
        .flatten()
        .collect();
    elsewhere(&parts, zone, on)
}

/// A zone's stays judged under each of `choices` (what applies there to each of a dual
/// national's nationalities, [`choice`]), the most favourable kept ([`favour`]).
pub(crate) fn judge_best(
    stays: &[Stay],
    choices: &[Choice],
    judging: &Judging<'_>,
) -> Result<(Choice, Verdict)> {
    let mut best: Option<(Choice, Verdict)> = None;
    for &choice in choices {
        let judged = judge(stays, choice, judging)?;
        let better = best
            .as_ref()
            .is_none_or(|(c, v)| favour(&judged.1, judged.0.regime) < favour(v, c.regime));
        if better {
            best = Some(judged);
        }
    }
    best.ok_or_else(|| super::countries::unknown("nationality", "", None))
}

/// The zone's stays judged for one nationality, under what applies to it there.
fn judge(stays: &[Stay], mut choice: Choice, judging: &Judging<'_>) -> Result<(Choice, Verdict)> {
    let on = judging.on;
    if let Regime::Rule(rule) = choice.regime {
        match Calculator::new(rule, stays, on) {
            Ok(mut calculator) => {
                if calculator.asks_about_reentries() {
                    calculator.knowing_elsewhere(&(judging.elsewhere)());
                }
                let verdict = Verdict::Rule {
                    rule,
                    assessment: calculator.assessment(judging.options),
                    plan: (judging.plan)(&calculator),
                };
                return Ok((choice, verdict));
            }
            Err(Error::RuleNotInForce { from, .. }) => {
                choice.regime = Regime::NoRuleKnown;
                choice.why = Why::NotYetInForce(from);
            }
            Err(other) => return Err(other),
        }
    }
    let on_day = date::day(on);
    let intervals = presence::intervals(stays, on_day)?;
    let mut warnings = Vec::new();
    let presence = Presence::from_intervals(&intervals, &mut warnings);
    let days_present = presence.segments().iter().map(|s| s.len()).sum::<i64>() as u32;
    Ok((
        choice,
        Verdict::Counted {
            days_present,
            present: presence.segment_at(on_day).is_some(),
            warnings,
        },
    ))
}

/// Whether a zone's answer belongs in the log's answer: presence in its window, on the check
/// date or planned, or an overstay on record.
fn is_relevant(verdict: &Verdict, stays: &[Stay], on: NaiveDate) -> bool {
    let planned = stays.iter().any(|s| s.entry > on);
    match verdict {
        Verdict::Rule { assessment: a, .. } => {
            planned || a.present || a.days_used > 0 || a.status != Status::Ok
        }
        Verdict::Counted { present, .. } => {
            let since = on - chrono::Days::new(179);
            planned || *present || stays.iter().any(|s| s.exit.is_none_or(|x| x >= since))
        }
    }
}

/// Every zone of a travel log judged on the check date `on` for a traveller of the
/// `nationality` given (a dual national lists each; each zone takes the most favourable).
///
/// The log is split by zone and date ([`zone_of`]: a trip across its country's Schengen
/// membership date counts before it toward the country and from it toward the Schengen area);
/// each zone's stays are judged by the engine under the rule the nationality gets there
/// ([`choice`]), exactly as `staycalc check` judges one list of stays under one rule. A day on
/// which one leaves a zone and enters another is a day of presence in both. The same as
/// [`assess_trips_with`] with no papers.
///
/// # Errors
///
/// A bad trip, naming its row (exit before entry, an open trip after `on`, a date out of
/// range); [`Error::UnknownCountry`] for an empty `nationality`.
///
/// ```
/// use staycalc::{date, Stay};
/// use staycalc::zones::{assess_trips, country, Trip};
/// let log = [
///     Trip::new(Stay::new(date(2023, 5, 1), date(2023, 5, 20)), country("Bulgaria")?),
///     Trip::new(Stay::new(date(2024, 5, 1), date(2024, 5, 20)), country("BG")?),
///     Trip::new(Stay::new(date(2024, 6, 1), date(2024, 6, 10)), country("France")?),
/// ];
/// let answer = assess_trips(&log, &[country("US")?], date(2024, 6, 10), &Default::default())?;
/// assert_eq!(answer.zones.len(), 1); // Bulgaria's 2023 days are outside every window
/// let schengen = &answer.zones[0];
/// assert_eq!(schengen.zone.id(), "schengen");
/// assert_eq!(schengen.status(), "ok");
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn assess_trips(
    trips: &[Trip],
    nationality: &[&'static Country],
    on: NaiveDate,
    options: &Options,
) -> Result<TripsAnswer> {
    assess_trips_with(trips, nationality, on, options, &Documents::default())
}

/// [`assess_trips`] with the traveller's papers.
///
/// * A residence permit or long-stay visa names the state that issued it
///   ([`crate::documents::Permit::country`]): the days of presence **in that state** within its
///   dates are left out of the Schengen area's count (Borders Code Art. 6(2)); days in other
///   Schengen states count (a permit holder's short stays there are 90/180, CISA Art. 21).
///   Outside the Schengen area no source says a permit's days are left out: they count. Each
///   zone lists its permits and their days ([`ZoneAnswer::permits`]).
/// * Short-stay visas and the passport are checked against the Schengen area's stays when its
///   rule is the Schengen rule ([`ZoneAnswer::papers`]), as `staycalc check --rule schengen`
///   checks them: the zone's status is the worse of the rule's and the papers'.
///
/// # Errors
///
/// Those of [`assess_trips`], and [`Error::InvalidDocument`] naming a permit with no country.
///
/// ```
/// use staycalc::documents::{Documents, Permit};
/// use staycalc::zones::{assess_trips_with, country, Trip};
/// use staycalc::{date, Stay};
/// let log = [
///     Trip::new(Stay::new(date(2025, 1, 10), date(2025, 6, 30)), country("FR")?),
///     Trip::new(Stay::new(date(2025, 7, 1), date(2025, 7, 20)), country("DE")?),
/// ];
/// let papers = Documents {
///     permits: vec![Permit::new(date(2025, 2, 1), date(2025, 6, 30))?.of(country("FR")?)],
///     ..Documents::default()
/// };
/// let on = date(2025, 7, 20);
/// let answer = assess_trips_with(&log, &[country("US")?], on, &Default::default(), &papers)?;
/// let schengen = &answer.zones[0];
/// // 150 days in France under the permit are left out; 10 January .. 31 January and the 20
/// // days in Germany count.
/// assert_eq!(schengen.permits[0].days, 150);
/// assert_eq!(schengen.status(), "ok");
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn assess_trips_with(
    trips: &[Trip],
    nationality: &[&'static Country],
    on: NaiveDate,
    options: &Options,
    documents: &Documents,
) -> Result<TripsAnswer> {
    if nationality.is_empty() {
        return Err(super::countries::unknown("nationality", "", None));
    }
    date::check_range(on, "check date")?;
    papers::require_countries(&documents.permits)?;
    let parts = split(trips, on)?;
    let permits_given = !documents.permits.is_empty();
    // Without permits every part counts: the parts' own grouping serves.
    let counted_by_zone = match permits_given {
        true => {
            let counted = papers::counted_parts(&parts, &documents.permits, on);
            let zone_permits = papers::zone_permits(&parts, &counted, &documents.permits, on);
            Some((by_zone(&counted), zone_permits))
        }
        false => None,
    };
    let papers_given = documents.passport.is_some() || !documents.visas.is_empty();
    let mut zones = Vec::new();
    let plan = |calculator: &Calculator<'_>| calculator.plan();
    for zone in by_zone(&parts) {
        let judging = Judging {
            on,
            options,
            plan: &plan,
            elsewhere: &|| elsewhere(&parts, zone.zone, on),
        };
        let (stays, permits): (Vec<Stay>, Vec<ZonePermit>) = match &counted_by_zone {
            None => (zone.stays, Vec::new()),
            Some((counted, zone_permits)) => (
                counted
                    .iter()
                    .find(|z| z.zone == zone.zone)
                    .map_or_else(Vec::new, |z| z.stays.clone()),
                zone_permits
                    .iter()
                    .filter(|(z, _)| *z == zone.zone)
                    .map(|(_, p)| *p)
                    .collect(),
            ),
        };
        let choices: Vec<Choice> = nationality.iter().map(|&n| choice(zone.zone, n)).collect();
        let (choice, verdict) = judge_best(&stays, &choices, &judging)?;
        let papers = match &verdict {
            Verdict::Rule { rule, .. }
                if (papers_given || permits.iter().any(|p| p.left_out))
                    && passport_conditions_apply(rule) =>
            {
                let here = Documents {
                    passport: documents.passport,
                    visas: documents.visas.clone(),
                    permits: papers::permits_on(&parts, &documents.permits, on),
                };
                Some(check_documents(&Calculator::new(rule, &stays, on)?, &here))
            }
            _ => None,
        };
        if !permits.is_empty() || is_relevant(&verdict, &stays, on) {
            zones.push(ZoneAnswer {
                zone: zone.zone,
                countries: zone.countries,
                choice,
                verdict,
                papers,
                permits,
            });
        }
    }
    crate::order::sort_by_rank(&mut zones, |z| {
        (u64::from(z.urgency()) << 32) | crate::order::zone(z.zone)
    });
    Ok(TripsAnswer {
        on,
        warnings: log_warnings(&parts),
        zones,
        papers_given,
    })
}

/// The assumption a country's zone rests on, when the membership table has it at low
/// confidence: Monaco, San Marino and the Vatican inside the Schengen area, Andorra outside.
///
/// ```
/// use staycalc::zones::{assumption, country, LogWarning};
/// assert!(matches!(assumption(country("AD")?), Some(LogWarning::Assumption { inside: false, .. })));
/// assert_eq!(assumption(country("FR")?), None);
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn assumption(country: &'static Country) -> Option<LogWarning> {
    let code = country.alpha2;
    let (inside, note) = match schengen_membership(code) {
        Some(m) if m.confidence == Confidence::Low => (true, m.note),
        None => OUTSIDE
            .iter()
            .find(|o| o.country == code && o.confidence == Confidence::Low)
            .map(|o| (false, o.note))?,
        _ => return None,
    };
    Some(LogWarning::Assumption {
        country,
        inside,
        note,
    })
}

/// Days in two zones at once beyond a crossing day, and the assumptions the log's zones rest
/// on.
fn log_warnings(parts: &[Part]) -> Vec<LogWarning> {
    let mut warnings = Vec::new();
    // Each country is looked up once (a log has a few countries and many trips).
    let mut seen: Vec<&Country> = Vec::new();
    for part in parts {
        if seen.contains(&part.country) {
            continue;
        }
        seen.push(part.country);
        if let Some(warning) = assumption(part.country) {
            warnings.push(warning);
        }
    }
    let mut sorted: Vec<&Part> = parts.iter().filter(|p| p.stay.exit.is_some()).collect();
    crate::order::sort_by_rank(&mut sorted, |p| crate::order::date(p.stay.entry));
    // The part reaching furthest so far, to compare each part with.
    let mut reach: Option<&Part> = None;
    for part in sorted {
        if let Some(previous) = reach {
            let (p_exit, exit) = (previous.stay.exit, part.stay.exit);
            if previous.zone != part.zone && p_exit > Some(part.stay.entry) {
                let until = p_exit.min(exit).unwrap_or(part.stay.entry);
                warnings.push(LogWarning::TwoZones {
                    first_row: previous.stay.row.unwrap_or(previous.index + 1),
                    first_zone: previous.zone,
                    second_row: part.stay.row.unwrap_or(part.index + 1),
                    second_zone: part.zone,
                    from: part.stay.entry,
                    until,
                });
            }
        }
        if reach.is_none_or(|r| part.stay.exit > r.stay.exit) {
            reach = Some(part);
        }
    }
    warnings
}

/// How long one may stay in a zone entering on a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Longest {
    /// Under a rule: the longest stay in days (0 when not even one day), its last day and the
    /// limit that ends it.
    Days {
        /// The rule.
        rule: &'static Rule,
        /// Days from the entry date to `latest_exit`, both included.
        max_stay_days: u32,
        /// The last day one may stay; `None` when not even the entry day is lawful.
        latest_exit: Option<NaiveDate>,
        /// The limit that ends the stay; `None` when none is reached before 2199-12-31.
        binding: Option<Bound>,
    },
    /// No limit.
    NoLimit,
    /// The catalogue has no rule for this nationality there.
    NoRuleKnown,
}

/// Where one may go next: a zone and the longest stay if entering it on the date asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStay {
    /// The zone.
    pub zone: Zone,
    /// The nationality it is for (the most favourable), what applies and why.
    pub choice: Choice,
    /// The longest stay: under a rule, with the papers' bounds when they were checked
    /// ([`NextStay::papers`]): the earliest of every bound. When the entry date falls in a
    /// later row of rows with no day between them that may be one stay
    /// ([`NextStay::reentries`]), the one-stay reading's: the stricter, never more than
    /// [`NextStay::if_new_entries`].
    pub longest: Longest,
    /// The short-stay visas and the passport against a stay entered on the date, when any was
    /// given and the zone's rule has sourced conditions for them (the Schengen rule), as
    /// `staycalc check --rule schengen` checks a stay entered on its check date.
    pub papers: Option<NextPapers>,
    /// The `reentry` warnings of the zone's stays before the entry date (the other zones'
    /// days known, as the zone's answer knows them): rows with no day between them that may be
    /// one stay. Where there are any, the figure holds only if each row was a new entry.
    pub reentries: Vec<Warning>,
    /// When [`NextStay::longest`] is the one-stay reading's and shorter: the longest stay if
    /// each of those rows was a new entry, as the data says.
    pub if_new_entries: Option<Longest>,
}

/// What the papers say of a stay entered on the date asked ([`NextStay::papers`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextPapers {
    /// The entry date.
    pub entry: NaiveDate,
    /// The documents' answer ([`check_documents`]) on the entry date: every bound on a stay
    /// entered then.
    pub check: DocumentsCheck,
    /// The longest stay under the rule alone.
    pub rule_max_stay_days: u32,
    /// The rule's latest exit alone.
    pub rule_latest_exit: Option<NaiveDate>,
    /// The bound that sets the longest stay ([`Longest::Days`]): the documents' answer's
    /// (the first in [`ExitReason`] order on a tie), or [`ExitReason::Passport`] when it allows
    /// a day but the passport fails the stay from its entry (issued more than 10 years before).
    pub reason: Option<ExitReason>,
    /// The visa (1-based) the stay would be entered on; `None` when visas were given but none
    /// is valid on the entry date (then the rule alone bounds it, as `check` warns
    /// `no_visa_for_stay`), or none was given.
    pub visa: Option<usize>,
    /// Whether visas were given but none is valid on the entry date.
    pub no_visa: bool,
    /// The passport against the stay from the entry to its latest exit (the entry day when no
    /// day is lawful), when one was given.
    pub passport: Option<PassportVerdict>,
}

impl NextStay {
    /// The bound that ends the stay: the papers' when they were checked
    /// ([`NextPapers::reason`]), else the rule's `window` or `per_entry`; `None` with no
    /// limit, no rule known, or no limit reached.
    pub fn latest_exit_reason(&self) -> Option<ExitReason> {
        if let Some(papers) = &self.papers {
            return papers.reason;
        }
        match &self.longest {
            Longest::Days {
                binding: Some(bound),
                ..
            } => Some(match bound {
                Bound::Window => ExitReason::Window,
                Bound::PerEntry => ExitReason::PerEntry,
            }),
            _ => None,
        }
    }
}

/// The papers against a stay entered on `calculator`'s check date, and the longest stay with
/// them: [`check_documents`] (the same bounds as `staycalc check`), and the passport against
/// the stay to its latest exit (its 10-year condition, which the bounds do not hold).
fn next_papers(
    calculator: &Calculator<'_>,
    documents: &Documents,
) -> (NextPapers, u32, Option<NaiveDate>) {
    let entry = date::from_day(calculator.on);
    let check = check_documents(calculator, documents);
    let visa = current_visa(calculator, &documents.visas);
    let mut latest_exit = check.latest_exit;
    let mut reason = check.latest_exit_reason;
    let passport = documents
        .passport
        .map(|passport| passport_verdict(&passport, 0, entry, latest_exit.unwrap_or(entry), entry));
    // With a lawful day, only the 10-year condition can fail here (the 3 months are a bound);
    // with none, the bound that allows none is the documents' answer's.
    if latest_exit.is_some() && passport.as_ref().is_some_and(|p| !p.is_fine()) {
        latest_exit = None;
        reason = Some(ExitReason::Passport);
    }
    let max_stay_days = latest_exit.map_or(0, |exit| ((exit - entry).num_days() + 1).max(0) as u32);
    let papers = NextPapers {
        entry,
        check,
        rule_max_stay_days: calculator.max_stay_days(),
        rule_latest_exit: calculator.latest_exit(),
        reason,
        visa: visa.map(|i| i + 1),
        no_visa: !documents.visas.is_empty() && visa.is_none(),
        passport,
    };
    (papers, max_stay_days, latest_exit)
}

/// For each zone the catalogue knows (the Schengen area and every destination of its rules)
/// and each zone the log's countries are in on `entry`, the longest stay if entering it on `entry`: the past trips kept
/// (an open trip ends on `on`), trips entering on or after `entry` dropped. Zones in [`Zone`]
/// order.
///
/// # Errors
///
/// As [`assess_trips`].
///
/// ```
/// use staycalc::{date, Stay};
/// use staycalc::zones::{country, where_next, Longest};
/// use staycalc::zones::Trip;
/// let log = [Trip::new(Stay::new(date(2025, 1, 1), date(2025, 3, 1)), country("FR")?)];
/// let next = where_next(&log, &[country("US")?], date(2025, 3, 10), date(2025, 3, 10))?;
/// let schengen = next.iter().find(|n| n.zone.id() == "schengen").unwrap();
/// assert!(matches!(schengen.longest, Longest::Days { max_stay_days: 30, .. }));
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn where_next(
    trips: &[Trip],
    nationality: &[&'static Country],
    on: NaiveDate,
    entry: NaiveDate,
) -> Result<Vec<NextStay>> {
    where_next_with(trips, nationality, on, entry, &[])
}

/// [`where_next`] with the days under residence permits or long-stay visas left out as
/// [`assess_trips_with`] leaves them out (in the issuing state, from the Schengen count); the
/// rule's longest stay alone (see [`where_next_papers`] for the visas and the passport).
///
/// # Errors
///
/// As [`assess_trips_with`].
pub fn where_next_with(
    trips: &[Trip],
    nationality: &[&'static Country],
    on: NaiveDate,
    entry: NaiveDate,
    permits: &[crate::documents::Permit],
) -> Result<Vec<NextStay>> {
    let documents = Documents {
        permits: permits.to_vec(),
        ..Documents::default()
    };
    where_next_papers(trips, nationality, on, entry, &documents)
}

/// [`where_next_with`] with all the traveller's papers: in a zone whose rule has sourced
/// conditions for them (the Schengen rule), the short-stay visas and the passport bound a stay
/// entered on `entry` as `staycalc check --rule schengen` bounds a stay entered on its check
/// date ([`check_documents`] on the same counted stays): the longest stay is the earliest of
/// every bound (the rule's, the visa's entries, UNTIL and DURATION OF STAY, the passport's 3
/// months), 0 days when one allows no day (the visa's entries used up, the passport not valid
/// 3 months after the entry, or issued more than 10 years before it), and
/// [`NextStay::latest_exit_reason`] names it. Visas given but none valid on `entry`: the rule
/// alone, flagged ([`NextPapers::no_visa`]), as `check` warns `no_visa_for_stay` (a person may
/// need no visa, or hold one not given). Other zones: the rule alone.
///
/// # Errors
///
/// As [`assess_trips_with`].
///
/// ```
/// use staycalc::documents::{Documents, Entries, ExitReason, Visa};
/// use staycalc::zones::{country, where_next_papers, Longest};
/// use staycalc::date;
/// // A 15-day visa valid until 14 May: entering on 10 May leaves 5 days.
/// let papers = Documents {
///     visas: vec![Visa::new(date(2025, 4, 1), date(2025, 5, 14), Entries::Multiple, 15)?],
///     ..Documents::default()
/// };
/// let on = date(2025, 5, 10);
/// let next = where_next_papers(&[], &[country("IN")?], on, on, &papers)?;
/// let schengen = next.iter().find(|n| n.zone.id() == "schengen").unwrap();
/// assert!(matches!(schengen.longest, Longest::Days { max_stay_days: 5, .. }));
/// assert_eq!(schengen.latest_exit_reason(), Some(ExitReason::VisaUntil));
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn where_next_papers(
    trips: &[Trip],
    nationality: &[&'static Country],
    on: NaiveDate,
    entry: NaiveDate,
    documents: &Documents,
) -> Result<Vec<NextStay>> {
    if nationality.is_empty() {
        return Err(super::countries::unknown("nationality", "", None));
    }
    date::check_range(entry, "entry date")?;
    let permits = &documents.permits;
    papers::require_countries(permits)?;
    let split_parts = split(trips, on)?;
    let papers_given = documents.passport.is_some() || !documents.visas.is_empty();
    let parts = papers::counted_parts(&split_parts, permits, on);
    let mut zones: Vec<Zone> = zones_with_rules()
        .filter(|&z| match z {
            Zone::Country(c) => zone_of(c, entry) == z,
            Zone::Schengen => true,
        })
        .collect();
    for part in &parts {
        let zone = zone_of(part.country, entry);
        if !zones.contains(&zone) {
            zones.push(zone);
        }
    }
    crate::order::sort_by_rank(&mut zones, |&z| crate::order::zone(z));
    let mut next = Vec::with_capacity(zones.len());
    for zone in zones {
        let stays: Vec<Stay> = parts
            .iter()
            .filter(|p| p.zone == zone && p.stay.entry < entry)
            .map(|p| Stay {
                exit: Some(p.stay.exit.unwrap_or(on)),
                ..p.stay
            })
            .collect();
        let mut best: Option<NextStay> = None;
        for &n in nationality {
            let mut choice = choice(zone, n);
            let mut next_papers_of = None;
            let (mut reentries, mut if_new_entries) = (Vec::new(), None);
            let longest = match choice.regime {
                Regime::NoLimit => Longest::NoLimit,
                Regime::NoRuleKnown => Longest::NoRuleKnown,
                Regime::Rule(rule) => match Calculator::new(rule, &stays, entry) {
                    Ok(c) if papers_given && passport_conditions_apply(rule) => {
                        let here = Documents {
                            passport: documents.passport,
                            visas: documents.visas.clone(),
                            permits: papers::permits_on(&split_parts, permits, entry),
                        };
                        let (found, max_stay_days, latest_exit) = next_papers(&c, &here);
                        next_papers_of = Some(found);
                        Longest::Days {
                            rule,
                            max_stay_days,
                            latest_exit,
                            binding: c.binding(),
                        }
                    }
                    Ok(mut c) => {
                        let data = Longest::Days {
                            rule,
                            max_stay_days: c.max_stay_days(),
                            latest_exit: c.latest_exit(),
                            binding: c.binding(),
                        };
                        if !c.asks_about_reentries() {
                            data
                        } else {
                            // Rows with no day between them: the figure is the data's only if
                            // each was a new entry. Staying on in a later one, the one-stay
                            // reading's, the stricter, leads.
                            let out = elsewhere(&split_parts, zone, on);
                            c.knowing_elsewhere(&out);
                            reentries = c
                                .warnings()
                                .iter()
                                .filter(|w| matches!(w, Warning::Reentry { .. }))
                                .cloned()
                                .collect();
                            match (c.one_stay_last_day(&out), c.latest_exit()) {
                                (Some(last), Some(exit)) if last < exit => {
                                    if_new_entries = Some(data);
                                    let days = (date::day(last) - date::day(entry) + 1).max(0);
                                    Longest::Days {
                                        rule,
                                        max_stay_days: days as u32,
                                        latest_exit: (last >= entry).then_some(last),
                                        binding: Some(Bound::PerEntry),
                                    }
                                }
                                _ => data,
                            }
                        }
                    }
                    Err(Error::RuleNotInForce { from, .. }) => {
                        choice.regime = Regime::NoRuleKnown;
                        choice.why = Why::NotYetInForce(from);
                        Longest::NoRuleKnown
                    }
                    Err(other) => return Err(other),
                },
            };
            let rank = |l: &Longest| match l {
                Longest::NoLimit => (0, Reverse(0)),
                Longest::Days { max_stay_days, .. } => (1, Reverse(*max_stay_days)),
                Longest::NoRuleKnown => (2, Reverse(0)),
            };
            if best
                .as_ref()
                .is_none_or(|b| rank(&longest) < rank(&b.longest))
            {
                best = Some(NextStay {
                    zone,
                    choice,
                    longest,
                    papers: next_papers_of,
                    reentries,
                    if_new_entries,
                });
            }
        }
        next.push(best.expect("a nationality was given"));
    }
    Ok(next)
}
