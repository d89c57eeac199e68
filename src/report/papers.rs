//! A line's papers, checked together: the person's passport and visa go to the documents
//! engine in one call, as `staycalc check --passport-expiry … --visa …` gives them, and its
//! answer is counted in the line's.

use crate::assessment::Assessment;
use crate::calculator::Calculator;
use crate::documents::{self, check_documents, Documents, Passport, Visa};
use crate::report::passport::{self, PassportReport};
use crate::report::reader::PassportDates;
use crate::report::visa::{self, VisaReport};

/// The papers a person's rows give: for each of the passport and the visa, `None` when the
/// rows give none, `Some(None)` when they disagree (or give a visa in part).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Papers<'a> {
    pub passport: Option<Option<PassportDates>>,
    pub visa: Option<Option<&'a Visa>>,
}

/// Checks `papers` against the stays of `calculator`, with `check_documents` as `staycalc
/// check` does, and counts what they change in `answer`: the latest exit (staying on, or
/// entering, on the check date) is the earliest of the rule's, the visa's and the passport's,
/// and so are the longest stay and the latest exit keeping plans. The status is the worse of
/// the rule's and the visa's (a stay outside its visa is an overstay, as `check` says); a
/// failing passport has the report's own status ([`crate::report::ReportStatus::Passport`]).
///
/// Both are checked under the Schengen rule only: its Borders Code has the passport
/// conditions, and the Visa Code the visa's (as the traveller page and the report by zone
/// check them); under another rule each says it was not checked.
pub(crate) fn check(
    papers: Papers<'_>,
    calculator: &Calculator<'_>,
    answer: &mut Assessment,
) -> (Option<PassportReport>, Option<VisaReport>) {
    let applies = documents::passport_conditions_apply(calculator.rule);
    let mut given = Documents::default();
    if applies {
        if let Some(Some(PassportDates {
            expiry: Some(expiry),
            issued,
        })) = papers.passport
        {
            given.passport = Some(Passport { expiry, issued });
        }
        if let Some(Some(visa)) = papers.visa {
            given.visas.push(visa.clone());
        }
    }
    let checked = (!given.is_empty()).then(|| check_documents(calculator, &given));
    if let Some(checked) = &checked {
        let status = answer.status;
        checked.apply_to(answer);
        answer.status = status.max(checked.visa_status(answer.present, answer.on));
    }
    (
        papers
            .passport
            .map(|dates| passport::report(dates, applies, checked.as_ref())),
        papers
            .visa
            .map(|settled| visa::report(settled, applies, checked.as_ref())),
    )
}

/// The papers of a line with no rule (a zone with no limit or no rule known): not checked,
/// as under a rule without their conditions; unclear where the rows disagree.
pub(crate) fn not_checked(papers: Papers<'_>) -> (Option<PassportReport>, Option<VisaReport>) {
    (
        papers.passport.map(passport::not_checked),
        papers
            .visa
            .map(|settled| visa::report(settled, false, None)),
    )
}

/// The papers of a person none of whose rows could be read: which to check is unknown.
pub(crate) fn unclear(papers: Papers<'_>) -> (Option<PassportReport>, Option<VisaReport>) {
    (
        papers.passport.map(passport::unclear),
        papers.visa.map(|_| visa::report(None, true, None)),
    )
}
