//! A report that a record is wrong, as a person or a partner sends it, and
//! the correction a maintainer accepts from it. A `Draft` exists only within
//! the size limits, so the store and the review tools never re-check.

use serde::{Deserialize, Serialize};

/// What is wrong with the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(description = "Ce qui est faux dans la fiche")]
pub enum Field {
    Phone,
    Address,
    Hours,
    Closed,
    Other,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::Phone,
        Field::Address,
        Field::Hours,
        Field::Closed,
        Field::Other,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Field::Phone => "phone",
            Field::Address => "address",
            Field::Hours => "hours",
            Field::Closed => "closed",
            Field::Other => "other",
        }
    }
    pub fn from_id(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == s)
    }
    /// Fields a correction can replace in the data; the others need a hand edit.
    pub fn correctable(self) -> bool {
        matches!(self, Field::Phone | Field::Address | Field::Hours)
    }
}

pub const MAX_VALUE: usize = 200;
pub const MAX_COMMENT: usize = 500;
/// Open reports kept per record; beyond, only a new voice is heard.
pub const MAX_OPEN_PER_RESOURCE: i64 = 20;
/// Never more open reports on one record: a new voice then takes the oldest's place.
pub const MAX_OPEN_HARD: i64 = 100;
/// Never more open reports in all: the database's size is bounded.
pub const MAX_OPEN_TOTAL: i64 = 50_000;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DraftError {
    #[error("field: must be one of phone, address, hours, closed, other")]
    Field,
    #[error("value: at most {MAX_VALUE} characters")]
    ValueTooLong,
    #[error("comment: at most {MAX_COMMENT} characters")]
    CommentTooLong,
    #[error("value and comment: control and invisible characters (bidirectional, zero-width) are not allowed")]
    Control,
}

/// A report ready to store: known field, bounded texts, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub resource: String,
    pub field: Field,
    pub value: Option<String>,
    pub comment: Option<String>,
    /// Its sender had not reported this record today: a new voice, which
    /// the cap of open reports never turns away (see `error_reports`).
    pub new_voice: bool,
}

/// Characters that change how text reads without being seen: bidirectional
/// controls (U+202E turns "Belley" into "yelleB"), zero-width and other
/// format characters. A maintainer must see exactly what was sent.
pub fn invisible(c: char) -> bool {
    crate::domain::text::hidden(c)
}

/// Limits apply to the text as sent, as the API's schema states them; then
/// surrounding blanks go.
fn clean(
    raw: Option<&str>,
    max: usize,
    too_long: DraftError,
    lines: bool,
) -> Result<Option<String>, DraftError> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    if raw.chars().count() > max {
        return Err(too_long);
    }
    let allowed = |c: char| lines && matches!(c, '\n' | '\r' | '\t');
    if raw.chars().any(|c| !allowed(c) && invisible(c)) {
        return Err(DraftError::Control);
    }
    let t = raw.trim();
    Ok((!t.is_empty()).then(|| t.to_string()))
}

impl Draft {
    pub fn new(
        resource: &str,
        field: &str,
        value: Option<&str>,
        comment: Option<&str>,
    ) -> Result<Draft, DraftError> {
        let field = Field::from_id(field).ok_or(DraftError::Field)?;
        Ok(Draft {
            resource: resource.to_string(),
            field,
            value: clean(value, MAX_VALUE, DraftError::ValueTooLong, false)?,
            comment: clean(comment, MAX_COMMENT, DraftError::CommentTooLong, true)?,
            new_voice: false,
        })
    }
}

/// A field of a record replaced after a checked report: shown with its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(description = "Un champ corrigé, et le jour où la correction a été vérifiée")]
pub struct FieldCorrection {
    pub field: Field,
    // The day a maintainer checked it (YYYY-MM-DD).
    #[schema(format = Date)]
    pub date: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_keeps_bounded_trimmed_text_and_rejects_the_rest() {
        let d = Draft::new("mairie:01034", "phone", Some(" 04 79 81 29 06 "), Some("")).unwrap();
        assert_eq!(d.value.as_deref(), Some("04 79 81 29 06"));
        assert_eq!(d.comment, None);
        assert_eq!(Draft::new("x", "name", None, None), Err(DraftError::Field));
        let long = "a".repeat(MAX_COMMENT + 1);
        assert_eq!(
            Draft::new("x", "other", None, Some(&long)),
            Err(DraftError::CommentTooLong)
        );
        assert_eq!(
            Draft::new("x", "other", Some("a\u{0}b"), None),
            Err(DraftError::Control)
        );
        assert!(Draft::new("x", "other", None, Some("ligne 1\nligne 2")).is_ok());
        for hidden in ["Bel\u{202E}yel", "04\u{200B}79", "a\u{2066}b", "\u{FEFF}x"] {
            assert_eq!(
                Draft::new("x", "other", Some(hidden), None),
                Err(DraftError::Control),
                "{hidden:?} accepted"
            );
        }
        assert!(Draft::new("x", "other", Some("Éloïse, 04 79 81 29 06 — n° 3"), None).is_ok());
        assert_eq!(
            Draft::new("x", "phone", Some("04\n"), None),
            Err(DraftError::Control),
            "a value is one line"
        );
    }
}
