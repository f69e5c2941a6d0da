//! User-facing text: one Project Fluent catalogue per language,
//! `locales/<code>.ftl`, French the source (see `catalogue`).

pub mod catalogue;
pub mod easy_read;
pub mod error_reports;
mod fluent;
pub mod fr;
pub mod gestion;
pub mod messages;
pub mod professional;
pub mod shops;
mod ui;
mod variables;

pub use messages::Messages;
pub use ui::{fill, Labels, Lang, Ui};
