//! Problems found while reading data: each names the file, the record and the field.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record was rejected.
    Error,
    /// The record was kept without the faulty field.
    Warning,
    /// The record is kept and flagged for human review.
    Review,
}

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub file: String,
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Review => "review",
        };
        write!(
            f,
            "{sev}: {} record {} field {}: {}",
            self.file, self.record, self.field, self.message
        )
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn push(
        &mut self,
        severity: Severity,
        file: &str,
        record: &str,
        field: &str,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem {
            severity,
            file: file.to_string(),
            record: record.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }
}

/// A data file that cannot be read at all (the records of a readable file
/// are judged one by one in the report instead).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("impossible de lire {0}")]
    Io(std::path::PathBuf, #[source] std::io::Error),
    #[error("{0} : JSON invalide : {1}")]
    Json(String, String),
}
