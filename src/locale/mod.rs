//! User-facing text, one catalogue per language, so pages and API messages can be translated.

pub mod en;
pub mod fr;

use crate::domain::{Audience, Category};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

/// Labels every language must provide.
pub struct Labels {
    pub category: fn(Category) -> &'static str,
    pub audience: fn(Audience) -> &'static str,
}

impl Lang {
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Fr => &fr::LABELS,
            Lang::En => &en::LABELS,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}
