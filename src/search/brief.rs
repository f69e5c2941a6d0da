//! What ranking reads of a record, apart from the record: the section of
//! the page it belongs to, and the few facts the search filters and leads by.

use crate::domain::{Category, Resource, Service};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Emergency,
    Listening,
    Local,
    National,
}

/// What ranking reads of a record, kept beside it in a dense array: a search
/// reads a few bytes per candidate, not a record of several cache lines.
#[derive(Debug, Clone, Copy)]
pub(super) struct Brief {
    pub category: Category,
    pub section: Section,
    pub service: Option<Service>,
    pub needs_review: bool,
    /// Its phones fit its département (`Resource::phones_fit`).
    pub phones_fit: bool,
    /// Another record shares its kind, commune and a phone: only those can
    /// be twins, so a search compares only them.
    pub twin_prone: bool,
}

impl Brief {
    pub(super) fn of(r: &Resource, twin_prone: bool) -> Self {
        Brief {
            category: r.category,
            section: section(r),
            service: r.service,
            needs_review: r.needs_review,
            phones_fit: r.phones_fit(),
            twin_prone,
        }
    }
}

fn section(r: &Resource) -> Section {
    if r.is_national() && r.category == Category::Emergency {
        Section::Emergency
    } else if r.is_national() && r.category == Category::ListeningLine && r.is_24_7() {
        Section::Listening
    } else if r.is_national() {
        Section::National
    } else {
        Section::Local
    }
}
