//! The case of a request of the module `staycalc`: the rule, the stays and the check date.

use super::error::Thrown;
use super::request::{read_rule, Request};
use super::stays::read_stays;
use crate::Stay;
use crate::{Calculator, Rule};
use chrono::NaiveDate;
use std::borrow::Cow;

/// The engine's inputs read from a request ([`Case::read`]): a rule, stays and a check date.
pub struct Case {
    rule: Cow<'static, Rule>,
    stays: Vec<Stay>,
    on: NaiveDate,
}

impl Case {
    /// The rule, the stays (each with its 1-based position as its row) and the check date of
    /// `request`.
    pub fn read(request: &Request) -> Result<Case, Thrown> {
        let rule = read_rule(&request.field("rule")?)?;
        let on = request.date("on")?;
        let stays = read_stays(&request.field("stays")?)?;
        Ok(Case { rule, stays, on })
    }

    /// The case of `rule`, `stays` and the check date `on`, read some other way.
    #[cfg(feature = "wasm")]
    pub fn new(rule: Cow<'static, Rule>, stays: Vec<Stay>, on: NaiveDate) -> Case {
        Case { rule, stays, on }
    }

    /// Leaves out the days under `documents`' permits (as [`crate::documents::Documents::counted_stays`]), and
    /// says how many days each permit covered (counted on the stays as given).
    #[cfg(feature = "wasm-documents")]
    pub fn count_documents(
        &mut self,
        documents: &crate::documents::Documents,
    ) -> Vec<crate::documents::PermitDays> {
        let permit_days = documents.permit_days(&self.stays, self.on);
        if !documents.permits.is_empty() {
            self.stays = documents.counted_stays(&self.stays, self.on);
        }
        permit_days
    }

    /// The stays (after [`Case::count_documents`], the days under permits left out).
    #[cfg(feature = "wasm-documents")]
    pub fn stays(&self) -> &[Stay] {
        &self.stays
    }

    /// The engine's calculator for this case.
    ///
    /// # Errors
    ///
    /// The engine's: a stay whose exit is before its entry, an open stay after the check
    /// date, a check date before the rule is in force.
    pub fn calculator(&self) -> Result<Calculator<'_>, Thrown> {
        Ok(Calculator::new(&self.rule, &self.stays, self.on)?)
    }
}
