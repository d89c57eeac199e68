//! The embeddable widget `<stay-calculator>` (`www/widget/`): what a host page sets on it
//! (`settings`) and the answer it tells the host (`change_detail`), in plain Rust that
//! `cargo test` covers without a browser, and its Leptos components (`ui`, feature `ui`),
//! which are the traveller page's in a layout of their own.

mod change_detail;
mod settings;
#[cfg(feature = "ui")]
mod ui;

pub(crate) use change_detail::change_detail;
pub(crate) use settings::{WidgetSettings, ATTRIBUTES};
