//! `staycalc check --nationality XX[,YY]`: one travel log across countries (a `country` column),
//! an answer per zone (`staycalc::zones`), in text or as JSON `{zones, where_next, warnings}`.

use super::documents::{DocumentsAnswer, DocumentsRequest};
use super::text::{and_list, CheckText};
use super::{bad_rows, open, Errors};
use crate::args::Args;
use crate::encoding_choice::encoding;
use crate::failure::Failure;
use crate::Format;
use staycalc::input::{
    parse_any_date, read_country_column, read_stays, utf8_reader, DateFormat, Encoding, StaysFile,
};
use staycalc::zones::{
    assess_trips_with, country, nationalities, where_next_papers, Country, Longest, NextPapers,
    NextStay, Trip, TripsAnswer, Verdict, Why, ZoneAnswer, ZonePermit,
};
use staycalc::{Error, JsonWriter, Options, Stay, Warning};
use std::fmt::Write as _;
use std::io::{self, BufRead, Read, Write};

/// Runs `check` for a travel log: `--nationality` was given.
pub(crate) fn run(
    args: &Args,
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
) -> Result<io::Result<()>, Failure> {
    let Some(nationality) = args.value("--nationality") else {
        return Err(Failure::usage(
            "--next-entry needs --nationality: the zones to go to next are chosen by it",
        ));
    };
    if ["--rule", "--window", "--max", "--per-entry"]
        .iter()
        .any(|option| args.value(option).is_some())
    {
        return Err(Failure::usage(
            "give either --nationality (a rule per zone, chosen by the catalogue from each \
             stay's country) or --rule / --window --max (one rule for every stay), not both",
        ));
    }
    let nationality = nationalities(nationality)?;
    let on = args.check_date()?;
    let entry = match args.value("--next-entry") {
        Some(date) => parse_any_date(date, "--next-entry")?,
        None => on,
    };
    let format = Format::parse(args.value("--format"))?;
    let options = args.options()?;
    let papers = DocumentsRequest::from_args(args)?;
    let file = args.one_file(
        "check",
        "stays file",
        "no stays file: give a CSV file of stays with a country column, or - for standard input",
    )?;
    let (source, input) = open(&file, stdin)?;
    let (mut input, encoding) = utf8_reader(input, encoding(args)?)
        .map_err(|e| Failure::message(format!("cannot read {source}: {e}")))?;
    let source = match encoding {
        Encoding::Utf8 => source,
        other => format!("{source} (read as {}: not UTF-8)", other.name()),
    };
    // The dates and the countries are read by two readers from the same text.
    let mut text = Vec::new();
    input
        .read_to_end(&mut text)
        .map_err(|e| Failure::message(format!("cannot read {source}: {e}")))?;
    let StaysFile {
        stays,
        errors,
        error_count,
        date_format,
        ..
    } = read_stays(&text[..]);
    let Some(column) = read_country_column(&text[..]) else {
        if !errors.is_empty() {
            return Err(bad_rows(
                &source,
                &Errors::of(errors, error_count, &stays, on),
            ));
        }
        return Err(Failure::usage(format!(
            "{source}: the header has no country column: with --nationality each stay needs \
             its country (a column named country, страна or ел)"
        )));
    };
    let (trips, country_errors) = trips(&stays, &column);
    let count = error_count + country_errors.len();
    let mut errors = errors;
    errors.extend(country_errors);
    errors.sort_by_key(|e| e.row());
    let errors = Errors::of(errors, count, &stays, on);
    if errors.count > 0 {
        return Err(bad_rows(&source, &errors));
    }
    let answer = assess_trips_with(&trips, &nationality, on, &options, papers.documents())?;
    let next = where_next_papers(&trips, &nationality, on, entry, papers.documents())?;
    Ok(match format {
        Format::Json => {
            stdout.write_all(json(&answer, &next, &nationality, date_format).as_bytes())
        }
        Format::Text => stdout.write_all(
            text_answer(
                &answer,
                &next,
                &nationality,
                &options,
                (&source, trips.len()),
                date_format,
            )
            .as_bytes(),
        ),
    })
}

/// Each stay with its country, and an error for each row whose country is empty or unknown.
fn trips(stays: &[Stay], column: &[(usize, String)]) -> (Vec<Trip>, Vec<Error>) {
    let mut trips = Vec::with_capacity(stays.len());
    let mut errors = Vec::new();
    for stay in stays {
        let row = stay.row.unwrap_or(0);
        let value = column
            .binary_search_by_key(&row, |&(line, _)| line)
            .map_or("", |i| column[i].1.as_str());
        if value.is_empty() {
            errors.push(Error::BadInput {
                line: row,
                column: Some("country".into()),
                reason: "the country is empty: with --nationality every stay needs one".into(),
            });
            continue;
        }
        match country(value) {
            Ok(country) => trips.push(Trip::new(*stay, country)),
            Err(Error::UnknownCountry {
                field,
                value,
                suggestion,
                ..
            }) => errors.push(Error::UnknownCountry {
                field,
                value,
                suggestion,
                row: Some(row),
            }),
            Err(other) => errors.push(other),
        }
    }
    (trips, errors)
}

/// What each residence permit or long-stay visa did to the zone's count: which days were left
/// out and why, or that they count.
fn permit_lines(out: &mut String, zone: &ZoneAnswer) {
    if zone.permits.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nPermits:");
    for p in &zone.permits {
        let ZonePermit {
            permit,
            from,
            until,
            country,
            days,
            left_out,
            counted_elsewhere,
        } = p;
        let head = format!("  permit {permit} ({}, {from} to {until})", country.alpha2);
        if *left_out {
            let _ = writeln!(
                out,
                "{head}: {days} days of presence in {} not counted (Schengen Borders Code \
                 Art. 6(2)); {counted_elsewhere} days in other Schengen states within its dates \
                 counted (a permit holder's short stays there, CISA Art. 21)",
                country.en
            );
        } else {
            let _ = writeln!(
                out,
                "{head}: {days} days of presence in {} counted: no source found that its rule \
                 leaves a residence permit's days out, so every day counts",
                country.en
            );
        }
    }
}

/// The codes of `countries`, joined: `US, IE`.
fn codes(countries: &[&Country]) -> String {
    countries
        .iter()
        .map(|c| c.alpha2)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The JSON answer: `{on, nationality, zones, where_next, warnings, date_format}`.
fn json(
    answer: &TripsAnswer,
    next: &[NextStay],
    nationality: &[&Country],
    date_format: Option<DateFormat>,
) -> String {
    let mut text = String::new();
    let mut json = JsonWriter::pretty(&mut text, 0);
    json.begin_object();
    json.trips(answer, next, nationality);
    json.key("date_format");
    match date_format {
        Some(format) => json.string(format.pattern()),
        None => json.null(),
    }
    json.end_object();
    text.push('\n');
    text
}

/// The text answer: a block per zone (the answer of `check` under the zone's rule), then
/// where one may go next.
fn text_answer(
    answer: &TripsAnswer,
    next: &[NextStay],
    nationality: &[&Country],
    options: &Options,
    (source, rows): (&str, usize),
    date_format: Option<DateFormat>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "travel log of a citizen of {} on {}: {} with days to count",
        codes(nationality),
        answer.on,
        match answer.zones.len() {
            1 => "1 zone".to_string(),
            n => format!("{n} zones"),
        }
    );
    for warning in &answer.warnings {
        let _ = writeln!(out, "note: {warning}");
    }
    for zone in &answer.zones {
        let _ = writeln!(
            out,
            "\n== {} ({}): {} ==",
            zone.zone.name("en"),
            zone.zone.id(),
            zone.status()
        );
        let _ = writeln!(
            out,
            "countries: {}; why: {}",
            codes(&zone.countries),
            zone.choice.reason()
        );
        match &zone.verdict {
            Verdict::Rule {
                rule,
                assessment,
                plan,
            } => {
                // As `check --rule` says it: the papers' headline, the rule's part as it is,
                // then the papers' lines.
                let papers = DocumentsAnswer::of_zone(zone.papers.clone());
                out.push_str(&papers.headline(assessment));
                out.push_str(
                    &CheckText {
                        rule,
                        answer: assessment,
                        plan,
                        options,
                        source,
                        rows,
                        date_format,
                    }
                    .render(),
                );
                out.push_str(&papers.text());
                if zone.papers.is_none() && answer.papers_given {
                    let _ = writeln!(
                        out,
                        "\nDocuments: the passport and visas were not checked here: the rule {} \
                         has no sourced passport or visa conditions (the Schengen rule's only)",
                        rule.id
                    );
                }
            }
            Verdict::Counted {
                days_present,
                present,
                warnings,
            } => {
                let _ = writeln!(
                    out,
                    "{days_present} days present in the log; {} on {}",
                    if *present { "present" } else { "not present" },
                    answer.on
                );
                for warning in warnings {
                    let _ = writeln!(out, "warning: {warning}");
                }
            }
        }
        permit_lines(&mut out, zone);
    }
    let _ = writeln!(out, "\n== where next ==");
    let mut unsure = false;
    for stay in next {
        let what = match &stay.longest {
            Longest::Days {
                max_stay_days: 0, ..
            } => "no day: over the limit".to_string(),
            Longest::Days {
                max_stay_days,
                latest_exit: Some(exit),
                rule,
                ..
            } => format!("{max_stay_days} days, until {exit} ({})", rule.id),
            Longest::Days { rule, .. } => format!("no limit reached ({})", rule.id),
            Longest::NoLimit => "no limit".to_string(),
            Longest::NoRuleKnown => "no rule known".to_string(),
        };
        let what = match &stay.papers {
            Some(papers) => next_papers_text(&stay.longest, papers, what),
            None => what,
        };
        // The destination's general rule does not say it covers this nationality: a line
        // without a mark would read as "a citizen of US may stay 90 days in Russia".
        let general = stay.choice.why == Why::General;
        unsure |= general;
        let _ = writeln!(
            out,
            "{:<28}{what} (as {}{})",
            format!("{} ({})", stay.zone.name("en"), stay.zone.id()),
            stay.choice.nationality.alpha2,
            if general { "*" } else { "" }
        );
        // Rows with no day between them: the figure is never given as settled.
        for warning in &stay.reentries {
            if let Warning::Reentry {
                rows,
                entry,
                cap,
                last_day,
                ..
            } = warning
            {
                let reading = match &stay.if_new_entries {
                    Some(Longest::Days {
                        max_stay_days,
                        latest_exit: Some(exit),
                        ..
                    }) => format!(
                        "the figure above reads them as one stay; if each was a new entry: \
                         {max_stay_days} days, until {exit}"
                    ),
                    _ => "the figure above counts each as a new entry".to_string(),
                };
                let _ = writeln!(
                    out,
                    "{:<28}! rows {} may be one stay from {entry}, whose {cap} days end on \
                     {last_day}: {reading}",
                    "",
                    and_list(rows)
                );
            }
        }
    }
    if unsure {
        let _ = writeln!(
            out,
            "* the destination's general rule, for the travellers it names (staycalc rules): \
             the catalogue does not say it covers this nationality; check that it does (a visa \
             may be needed) before relying on these days"
        );
    }
    out
}

/// A where-next line with the visas and the passport checked: the longest stay and the bound
/// that sets it, "no entry" and why when a paper allows no day, and the rule's figure beside a
/// paper's; `rule_text` is the line under the rule alone.
fn next_papers_text(longest: &Longest, papers: &NextPapers, rule_text: String) -> String {
    use staycalc::documents::{ExitReason, PassportProblem};
    let Longest::Days {
        max_stay_days,
        latest_exit,
        rule,
        ..
    } = longest
    else {
        return rule_text;
    };
    let entry = papers.entry;
    let passport_words = || {
        let problems = papers.passport.iter().flat_map(|p| &p.problems);
        let words: Vec<String> = problems
            .map(|problem| match problem {
                PassportProblem::ExpiresTooSoon { needed } => {
                    format!("the passport must be valid until {needed} (3 months after the exit)")
                }
                PassportProblem::IssuedTooLongAgo { needed } => format!(
                    "the passport was issued more than 10 years before the entry (one issued on \
                     or after {needed} is needed)"
                ),
            })
            .collect();
        if words.is_empty() {
            "the passport (valid 3 months after the exit)".to_string()
        } else {
            words.join("; ")
        }
    };
    let reason = papers.reason.map(|reason| match reason {
        ExitReason::VisaEntries | ExitReason::VisaUntil | ExitReason::VisaDays => format!(
            "{} (visa {})",
            super::documents::reason_words(reason),
            papers.visa.unwrap_or(0)
        ),
        ExitReason::Passport => passport_words(),
        _ => super::documents::reason_words(reason).to_string(),
    });
    let by_papers = matches!(
        papers.reason,
        Some(
            ExitReason::VisaEntries
                | ExitReason::VisaUntil
                | ExitReason::VisaDays
                | ExitReason::Passport
                | ExitReason::Permit
        )
    );
    let mut text = match (by_papers, *max_stay_days, latest_exit) {
        (false, _, _) => rule_text,
        (true, 0, _) | (true, _, None) => format!(
            "no entry on {entry}: {}",
            reason.clone().unwrap_or_default()
        ),
        (true, days, Some(exit)) => format!(
            "{days} days, until {exit} ({}), set by {}",
            rule.id,
            reason.clone().unwrap_or_default()
        ),
    };
    if by_papers {
        let _ = match papers.rule_latest_exit {
            Some(exit) if papers.rule_max_stay_days > 0 => write!(
                text,
                "; the rule alone: {} days, until {exit}",
                papers.rule_max_stay_days
            ),
            _ => write!(text, "; the rule alone: no day"),
        };
    }
    if papers.no_visa {
        let _ = write!(
            text,
            "; no visa given is valid on {entry}: the rule alone (check whether you need one)"
        );
    }
    text
}
