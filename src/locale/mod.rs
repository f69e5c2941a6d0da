//! User-facing text: one Project Fluent catalogue per language,
//! `locales/<code>.ftl`, French the source (see `catalogue`).

pub mod catalogue;
pub mod easy_read;
mod fluent;
pub mod fr;
pub mod gestion;
pub mod messages;
mod ui;
mod variables;

pub use messages::{args, easy_args, EasyMessages, Messages};
pub use ui::{Lang, Ui};
