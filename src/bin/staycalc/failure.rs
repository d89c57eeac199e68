//! Why a command did not produce its output: what the user is told on standard error.

use staycalc::Error;

/// Messages for standard error, and whether to point to `--help`. Every failure exits with
/// code 2 (bad input or usage).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    /// One line each, without the `staycalc: ` prefix.
    pub messages: Vec<String>,
    /// A closing hint, if any.
    pub hint: Option<String>,
}

impl Failure {
    /// A mistake in the command line itself; the hint points to the subcommand's help.
    pub(crate) fn usage(message: impl Into<String>) -> Failure {
        Failure {
            messages: vec![message.into()],
            hint: Some("run `staycalc --help` for usage".into()),
        }
    }

    /// One message and no hint.
    pub(crate) fn message(message: impl Into<String>) -> Failure {
        Failure {
            messages: vec![message.into()],
            hint: None,
        }
    }

    /// A list of errors in the input, and how dates may be written when one is a bad date.
    pub(crate) fn errors<'a>(errors: impl IntoIterator<Item = &'a Error>) -> Failure {
        let errors: Vec<&Error> = errors.into_iter().collect();
        let has_bad_date = errors.iter().any(|e| e.code() == "bad_date");
        Failure {
            messages: errors.iter().map(|e| e.to_string()).collect(),
            hint: has_bad_date.then(|| {
                "dates may be written YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or DD-MM-YYYY \
                 (with / or -, month first when the file's dates are)"
                    .into()
            }),
        }
    }

    /// The text for standard error.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        for message in &self.messages {
            out.push_str("staycalc: ");
            out.push_str(message);
            out.push('\n');
        }
        if let Some(hint) = &self.hint {
            out.push_str("hint: ");
            out.push_str(hint);
            out.push('\n');
        }
        out
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::errors([&error])
    }
}
