//! What a team report is checked against: the check date, the default rule and the warning
//! threshold.

use crate::assessment::Options;
use crate::rule::Rule;
use crate::zones::Country;
use chrono::NaiveDate;

/// The check date, the rule for rows that name none, and the assessment options.
///
/// ```
/// use staycalc::report::TeamSettings;
/// use staycalc::{date, rule};
/// let mut settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
/// settings.options.warning_threshold = 20;
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct TeamSettings<'r> {
    /// The check date ("today").
    pub on: NaiveDate,
    /// The rule for rows with no rule cell (or an empty one); `None` requires a rule column.
    pub rule: Option<&'r Rule>,
    /// The warning threshold of the traffic light.
    pub options: Options,
    /// The nationality of people whose rows give none (`--nationality`; a dual national's
    /// codes each): with it, or with a nationality column, the report is by zone (see
    /// [`crate::report::TeamColumns`]). `None` for a report by rule.
    pub nationality: Option<&'r [&'static Country]>,
    /// Whether a file with a country and a nationality column (and no rule column) is
    /// checked by zone even though a default rule is given: the team page, whose rule select
    /// always holds one. `false` (the command line): a default rule means by rule.
    pub prefer_zones: bool,
}

impl<'r> TeamSettings<'r> {
    /// TeamSettings for the check date `on` and a default rule, with default [`Options`].
    pub fn new(on: NaiveDate, rule: Option<&'r Rule>) -> TeamSettings<'r> {
        TeamSettings {
            on,
            rule,
            options: Options::default(),
            nationality: None,
            prefer_zones: false,
        }
    }
}
