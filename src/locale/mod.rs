//! User-facing text, one catalogue per language, so pages and API messages can be translated.

pub mod easy_read;
pub mod en;
pub mod error_reports;
pub mod essentials;
pub mod fr;
pub mod professional;
pub mod shops;
mod ui;

pub use ui::{fill, Labels, Lang, Ui};

impl Lang {
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Fr => &fr::LABELS,
            Lang::En => &en::LABELS,
        }
    }
}

impl Lang {
    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Fr => &fr::UI,
            Lang::En => &en::UI,
        }
    }
}
