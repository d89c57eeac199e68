//! The JSON answer for a travel log ([`crate::zones`]): `staycalc check --nationality` and the
//! JS API's `evaluateTrips` write it with [`JsonWriter::trips`].

use super::json::JsonWriter;
use crate::documents::PermitDays;
use crate::rule::Bound;
use crate::zones::{
    Country, Longest, NextPapers, NextStay, TripsAnswer, Verdict, ZoneAnswer, ZonePermit,
};
use chrono::NaiveDate;

impl JsonWriter<'_> {
    /// The members of a travel log's answer, inside an object the caller opened: `on`,
    /// `nationality` (the codes given), `zones` (one object per zone: `zone`, `zone_name`,
    /// `countries`, `nationality`, `why` ([`crate::zones::Why::as_str`]), `reason`, then under a
    /// rule every field of [`JsonWriter::evaluation`], else `rule: null`, `status`,
    /// `days_present`, `present`, `warnings`; under the Schengen rule with a passport, visas or
    /// a permit left out, the evaluation counts them and `latest_exit_reason` and `documents`
    /// follow, as in [`JsonWriter::documents`]; `permits` when a permit has days there),
    /// `where_next` (`zone`, `zone_name`,
    /// `nationality`, `why`, `reason`, `rule`, `status`
    /// (`limited`, `no_limit` or `no_rule_known`), and under a rule `max_stay_days`,
    /// `latest_exit` (with the papers: the earliest of every bound), `binding` (the rule's),
    /// `latest_exit_reason` ([`NextStay::latest_exit_reason`]), `papers` (`null` when no
    /// visa or passport was checked, else `rule_max_stay_days`, `rule_latest_exit`, `visa` (the
    /// 1-based visa it is entered on, or `null`), `no_visa_for_entry`, `passport_problems`
    /// (codes) and `bounds` (`reason`, `latest_exit`)), `warnings` (the zone's rows with no
    /// day between them that may be one stay, as [`JsonWriter::warnings`]) and
    /// `if_new_entries` (`null`, or when the figures above are the one-stay reading's:
    /// `max_stay_days`, `latest_exit`, `binding` if each of those rows was a new entry)) and
    /// `warnings` (texts).
    pub fn trips(&mut self, answer: &TripsAnswer, next: &[NextStay], nationality: &[&Country]) {
        self.key("on");
        self.date(answer.on);
        self.key("nationality");
        self.begin_array();
        for n in nationality {
            self.item();
            self.string(n.alpha2);
        }
        self.end_array();
        self.key("zones");
        self.begin_array();
        for zone in &answer.zones {
            self.item();
            self.zone(zone);
        }
        self.end_array();
        self.key("where_next");
        self.begin_array();
        for stay in next {
            self.item();
            self.next_stay(stay);
        }
        self.end_array();
        self.key("warnings");
        self.begin_array();
        for warning in &answer.warnings {
            self.item();
            self.string(&warning.to_string());
        }
        self.end_array();
    }

    fn zone(&mut self, zone: &ZoneAnswer) {
        self.begin_object();
        self.key("zone");
        self.string(&zone.zone.id());
        self.key("zone_name");
        self.string(zone.zone.name("en"));
        self.key("countries");
        self.begin_array();
        for c in &zone.countries {
            self.item();
            self.string(c.alpha2);
        }
        self.end_array();
        self.key("nationality");
        self.string(zone.choice.nationality.alpha2);
        self.key("why");
        self.string(zone.choice.why.as_str());
        self.key("reason");
        self.string(&zone.choice.reason());
        match &zone.verdict {
            Verdict::Rule {
                rule,
                assessment,
                plan,
            } => match (&zone.papers, zone.papers_applied()) {
                (Some(check), Some(applied)) => {
                    self.evaluation(rule, &applied, plan);
                    let left_out: Vec<PermitDays> = zone
                        .permits
                        .iter()
                        .filter(|p| p.left_out)
                        .map(|p| PermitDays {
                            permit: p.permit,
                            from: p.from,
                            until: p.until,
                            days: p.days,
                        })
                        .collect();
                    self.documents(Some(check), &left_out, false, &[]);
                }
                _ => self.evaluation(rule, assessment, plan),
            },
            Verdict::Counted {
                days_present,
                present,
                warnings,
            } => {
                self.key("rule");
                self.null();
                self.key("status");
                self.string(zone.status());
                self.key("days_present");
                self.number(u64::from(*days_present));
                self.key("present");
                self.bool(*present);
                self.key("warnings");
                self.warnings(warnings);
            }
        }
        if !zone.permits.is_empty() {
            self.zone_permits(&zone.permits);
        }
        self.end_object();
    }

    /// `permits`: each residence permit or long-stay visa with days in the zone: `permit`
    /// (1-based), `country`, `from`, `until`, `days`, `left_out`, `counted_elsewhere`.
    fn zone_permits(&mut self, permits: &[ZonePermit]) {
        self.key("permits");
        self.begin_array();
        for p in permits {
            self.item();
            self.begin_object();
            self.key("permit");
            self.number(p.permit as u64);
            self.key("country");
            self.string(p.country.alpha2);
            self.key("from");
            self.date(p.from);
            self.key("until");
            self.date(p.until);
            self.key("days");
            self.number(u64::from(p.days));
            self.key("left_out");
            self.bool(p.left_out);
            self.key("counted_elsewhere");
            self.number(u64::from(p.counted_elsewhere));
            self.end_object();
        }
        self.end_array();
    }

    fn next_papers(&mut self, papers: &NextPapers) {
        self.begin_object();
        self.key("rule_max_stay_days");
        self.number(u64::from(papers.rule_max_stay_days));
        self.key("rule_latest_exit");
        match papers.rule_latest_exit {
            Some(day) => self.date(day),
            None => self.null(),
        }
        self.key("visa");
        match papers.visa {
            Some(visa) => self.number(visa as u64),
            None => self.null(),
        }
        self.key("no_visa_for_entry");
        self.bool(papers.no_visa);
        self.key("passport_problems");
        self.begin_array();
        for problem in papers.passport.iter().flat_map(|p| &p.problems) {
            self.item();
            self.string(problem.code());
        }
        self.end_array();
        self.key("bounds");
        self.begin_array();
        for bound in &papers.check.bounds {
            self.item();
            self.begin_object();
            self.key("reason");
            self.string(bound.reason.code());
            self.key("latest_exit");
            match bound.latest_exit {
                Some(day) => self.date(day),
                None => self.null(),
            }
            self.end_object();
        }
        self.end_array();
        self.end_object();
    }

    fn next_stay(&mut self, next: &NextStay) {
        self.begin_object();
        self.key("zone");
        self.string(&next.zone.id());
        self.key("zone_name");
        self.string(next.zone.name("en"));
        self.key("nationality");
        self.string(next.choice.nationality.alpha2);
        self.key("why");
        self.string(next.choice.why.as_str());
        self.key("reason");
        self.string(&next.choice.reason());
        match &next.longest {
            Longest::Days {
                rule,
                max_stay_days,
                latest_exit,
                binding,
            } => {
                self.key("rule");
                self.string(&rule.id);
                self.key("status");
                self.string("limited");
                self.longest_days(*max_stay_days, *latest_exit, binding.as_ref());
                self.key("latest_exit_reason");
                match next.latest_exit_reason() {
                    Some(reason) => self.string(reason.code()),
                    None => self.null(),
                }
                self.key("papers");
                match &next.papers {
                    Some(papers) => self.next_papers(papers),
                    None => self.null(),
                }
                self.key("warnings");
                self.warnings(&next.reentries);
                self.key("if_new_entries");
                match &next.if_new_entries {
                    Some(Longest::Days {
                        max_stay_days,
                        latest_exit,
                        binding,
                        ..
                    }) => {
                        self.begin_object();
                        self.longest_days(*max_stay_days, *latest_exit, binding.as_ref());
                        self.end_object();
                    }
                    _ => self.null(),
                }
            }
            Longest::NoLimit | Longest::NoRuleKnown => {
                self.key("rule");
                self.null();
                self.key("status");
                self.string(if next.longest == Longest::NoLimit {
                    "no_limit"
                } else {
                    "no_rule_known"
                });
            }
        }
        self.end_object();
    }

    /// A limited stay's `max_stay_days`, `latest_exit` and `binding` (where next, and its
    /// `if_new_entries`).
    fn longest_days(
        &mut self,
        max_stay_days: u32,
        latest_exit: Option<NaiveDate>,
        binding: Option<&Bound>,
    ) {
        self.key("max_stay_days");
        self.number(u64::from(max_stay_days));
        self.key("latest_exit");
        self.optional_date(latest_exit);
        self.key("binding");
        match binding {
            Some(bound) => self.string(bound.as_str()),
            None => self.null(),
        }
    }
}
