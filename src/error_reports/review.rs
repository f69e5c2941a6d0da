//! What a maintainer does with a report: accepting one turns it into a
//! correction in `data/corrections.json`, which `maillage index` applies.

use super::{Status, Store, StoreError, Stored};
use crate::domain::error_report::Field;
use crate::sources::corrections::{self, Correction};
use crate::sources::SourceError;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Data(#[from] SourceError),
    #[error("report {0} is already {1}")]
    Closed(i64, &'static str),
    #[error("report {0} proposes no value: give the checked one with --value")]
    NoValue(i64),
    #[error("{0:?} is not a phone number")]
    BadPhone(String, #[source] crate::domain::phone::PhoneError),
    #[error("record {0} is no longer in the data")]
    Gone(String),
}

pub enum Accepted {
    /// Written to corrections.json; published by the next `maillage index`.
    Correction,
    /// Closed or other: the record is edited by hand.
    ByHand(Field),
}

/// Accepts an open report, with `value` when the checked one differs.
pub fn accept(
    store: &Store,
    data: &Path,
    id: i64,
    value: Option<String>,
) -> Result<Accepted, ReviewError> {
    let r = store.get(id)?;
    if r.status != Status::Open {
        return Err(ReviewError::Closed(id, r.status.id()));
    }
    if !r.field.correctable() {
        store.close(id, Status::Accepted)?;
        return Ok(Accepted::ByHand(r.field));
    }
    let value = value.or(r.value.clone()).ok_or(ReviewError::NoValue(id))?;
    if r.field == Field::Phone {
        crate::domain::Phone::parse(&value).map_err(|e| ReviewError::BadPhone(value.clone(), e))?;
    }
    // The value replaced is the publisher's, before any earlier correction.
    let (catalogue, _) = crate::sources::load_uncorrected(data)?;
    let record = catalogue
        .resources
        .iter()
        .find(|x| x.id == r.resource)
        .ok_or_else(|| ReviewError::Gone(r.resource.clone()))?;
    let today = chrono::Utc::now().date_naive();
    let mut file = corrections::read(data)?;
    file.corrections
        .retain(|c| !(c.resource == r.resource && c.field == r.field));
    file.corrections.push(Correction {
        resource: r.resource.clone(),
        field: r.field,
        value,
        replaces: corrections::current_value(record, r.field),
        date: today.to_string(),
        source: format!("signalement vérifié le {}", today.format("%d/%m/%Y")),
        report: Some(id),
    });
    corrections::write(data, &file)?;
    store.close(id, Status::Accepted)?;
    Ok(Accepted::Correction)
}

/// Text a maintainer reads in a terminal: any control or invisible character
/// (stored before they were refused) is shown as an escape, never obeyed.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c != '\n' && crate::domain::error_report::invisible(c) {
                format!("\\u{{{:04X}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl std::fmt::Display for Stored {
    /// One line of `maillage reports list`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>5}  {}  {:<8}  {}  {}  {}",
            self.id,
            self.received,
            self.status.id(),
            self.resource,
            self.field.id(),
            shown(self.value.as_deref().unwrap_or("-"))
        )
    }
}

impl Stored {
    /// Everything a report holds, for `maillage reports show`.
    pub fn details(&self) -> String {
        format!(
            "report   {}\nrecord   {}\nfield    {}\nvalue    {}\nstatus   {}\nreceived {}\nclosed   {}\ncomment\n{}",
            self.id,
            self.resource,
            self.field.id(),
            shown(self.value.as_deref().unwrap_or("-")),
            self.status.id(),
            self.received,
            self.closed.as_deref().unwrap_or("-"),
            shown(self.comment.as_deref().unwrap_or("-"))
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_maintainer_sees_hidden_characters_as_escapes() {
        assert_eq!(super::shown("04\u{202E}79\u{7}"), "04\\u{202E}79\\u{0007}");
        assert_eq!(super::shown("ligne 1\nligne 2 é"), "ligne 1\nligne 2 é");
        assert_eq!(super::shown("a\u{E0041}"), "a\\u{E0041}", "a tag character");
    }
}
