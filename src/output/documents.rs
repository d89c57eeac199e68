//! The documents' part of an answer, written by the one JSON writer.

use super::JsonWriter;
use crate::deadlines::Deadline;
use crate::documents::{DocumentsCheck, PermitDays, VisaVerdict};

impl JsonWriter<'_> {
    /// The members a documents' answer adds to an evaluation, in the open object:
    /// `latest_exit_reason` and `documents {bounds, visas, passport, permits, deadlines,
    /// warnings}` (`staycalc check --format json` and the JS API's `evaluate`).
    /// `assumes_issuing_state` is said on each permit: true when its days are every day of
    /// presence within its dates (one rule, no countries: they are taken to be in the state
    /// that issued it, though days in other Schengen states would count), false when they are
    /// the days a travel log puts in that state.
    pub fn documents(
        &mut self,
        check: Option<&DocumentsCheck>,
        permit_days: &[PermitDays],
        assumes_issuing_state: bool,
        deadlines: &[Deadline],
    ) {
        let json = self;
        json.key("latest_exit_reason");
        match check.and_then(|c| c.latest_exit_reason) {
            Some(reason) => json.string(reason.code()),
            None => json.null(),
        }
        json.key("documents");
        json.begin_object();
        json.key("bounds");
        json.begin_array();
        for bound in check.iter().flat_map(|c| &c.bounds) {
            json.item();
            json.begin_object();
            json.key("reason");
            json.string(bound.reason.code());
            json.key("latest_exit");
            json.optional_date(bound.latest_exit);
            json.end_object();
        }
        json.end_array();
        json.key("visas");
        json.begin_array();
        for v in check.iter().flat_map(|c| &c.visas) {
            json.item();
            json.visa_verdict(v, true);
        }
        json.end_array();
        json.key("passport");
        json.begin_array();
        for v in check.iter().flat_map(|c| &c.passport) {
            json.item();
            json.begin_object();
            json.key("row");
            json.number(v.row as u64);
            json.key("entry");
            json.date(v.entry);
            json.key("exit");
            json.date(v.exit);
            json.key("problems");
            json.begin_array();
            for p in &v.problems {
                json.item();
                json.string(p.code());
            }
            json.end_array();
            json.key("needed_by");
            json.optional_date(v.needed_by);
            json.end_object();
        }
        json.end_array();
        json.key("permits");
        json.begin_array();
        for p in permit_days {
            json.item();
            json.begin_object();
            json.key("from");
            json.date(p.from);
            json.key("until");
            json.date(p.until);
            json.key("days_not_counted");
            json.number(u64::from(p.days));
            json.key("assumes_issuing_state");
            json.bool(assumes_issuing_state);
            json.end_object();
        }
        json.end_array();
        json.key("deadlines");
        json.begin_array();
        for d in deadlines {
            json.item();
            json.begin_object();
            json.key("event");
            json.string(d.rule.id);
            json.key("event_date");
            json.date(d.event_date);
            json.key("date");
            json.date(d.date);
            json.key("kind");
            json.string(d.rule.kind.code());
            json.key("action");
            json.string(d.rule.action);
            json.key("source");
            json.string(d.rule.source);
            json.key("confidence");
            json.string(d.rule.confidence.as_str());
            json.key("notes");
            json.string(d.rule.notes);
            json.key("only_if_new_entry");
            json.bool(d.only_if_new_entry);
            json.end_object();
        }
        json.end_array();
        json.key("warnings");
        json.begin_array();
        for w in check.iter().flat_map(|c| &c.warnings) {
            json.item();
            json.begin_object();
            json.key("code");
            json.string(w.code());
            json.key("message");
            json.string(&w.to_string());
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }

    /// One visa's verdict on one stay as an object: `row`, `visa` (the visa's number, when
    /// `with_visa` is set), `entry`, `exit`, `entry_number`, `problem` (a code or `null`) and
    /// `first_unlawful_day` (the documents' answer, and the team report's `visa_failing`).
    pub(crate) fn visa_verdict(&mut self, v: &VisaVerdict, with_visa: bool) {
        self.begin_object();
        self.key("row");
        self.number(v.row as u64);
        if with_visa {
            self.key("visa");
            self.number(v.visa as u64);
        }
        self.key("entry");
        self.date(v.entry);
        self.key("exit");
        self.date(v.exit);
        self.key("entry_number");
        self.number(u64::from(v.entry_number));
        self.key("problem");
        match v.problem {
            Some(p) => self.string(p.code()),
            None => self.null(),
        }
        self.key("first_unlawful_day");
        self.optional_date(v.first_unlawful_day);
        self.end_object();
    }
}
