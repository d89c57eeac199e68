//! What a team report is checked against: the check date, the default rule and the warning
//! threshold.

use crate::assessment::Options;
use crate::rule::Rule;
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
}

impl<'r> TeamSettings<'r> {
    /// TeamSettings for the check date `on` and a default rule, with default [`Options`].
    pub fn new(on: NaiveDate, rule: Option<&'r Rule>) -> TeamSettings<'r> {
        TeamSettings {
            on,
            rule,
            options: Options::default(),
        }
    }
}
