//! `data/corrections.json`: hand-kept overrides written by `maillage reports
//! accept`, applied on top of the shipped and imported data so a daily import
//! does not undo them. Each remembers the value it replaced: when the official
//! source changes that field, the source wins and the correction is reported
//! as outdated.

use super::problems::SourceError;
use super::problems::{Report, Severity};
use crate::domain::error_report::{Field, FieldCorrection};
use crate::domain::{Phone, PhoneContact, PhoneKind, Resource};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const FILE: &str = "corrections.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub resource: String,
    pub field: Field,
    pub value: String,
    /// The record's value when the correction was accepted ("" when none).
    pub replaces: String,
    /// The day a maintainer checked the report (YYYY-MM-DD).
    pub date: String,
    /// "signalement vérifié le …", and the report it came from.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<i64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CorrectionsFile {
    pub corrections: Vec<Correction>,
}

/// The value a correction of `field` would replace, as written in the file.
pub fn current_value(r: &Resource, field: Field) -> String {
    match field {
        Field::Phone => r
            .phones
            .first()
            .map(|p| p.number.display())
            .unwrap_or_default(),
        Field::Address => r.address.as_ref().map(|a| a.join(", ")).unwrap_or_default(),
        Field::Hours => r.hours_note.clone().unwrap_or_default(),
        Field::Closed | Field::Other => String::new(),
    }
}

pub fn read(dir: &Path) -> Result<CorrectionsFile, SourceError> {
    let path = dir.join(FILE);
    if !path.exists() {
        return Ok(CorrectionsFile::default());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| SourceError::Io(path.clone(), e))?;
    serde_json::from_str(&text).map_err(|e| SourceError::Json(FILE.into(), e.to_string()))
}

/// Writes the file whole, through a temporary file, so a reader never sees half.
pub fn write(dir: &Path, file: &CorrectionsFile) -> Result<(), SourceError> {
    let path = dir.join(FILE);
    let text = serde_json::to_string_pretty(file)
        .map_err(|e| SourceError::Json(FILE.into(), e.to_string()))?;
    super::durable::write_atomic(&path, (text + "\n").as_bytes())
        .map_err(|e| SourceError::Io(path, e))
}

/// Applies each correction that still matches its record; reports the others
/// by record and field, without touching the rest.
pub fn apply(resources: &mut [Resource], file: &CorrectionsFile, report: &mut Report) {
    for c in &file.corrections {
        let Ok(i) = resources.binary_search_by(|r| r.id.as_str().cmp(&c.resource)) else {
            report.push(
                Severity::Warning,
                FILE,
                &c.resource,
                c.field.id(),
                "correction d'une fiche qui n'existe plus : ignorée",
            );
            continue;
        };
        let r = &mut resources[i];
        let now = current_value(r, c.field);
        if now != c.replaces {
            report.push(
                Severity::Warning,
                FILE,
                &c.resource,
                c.field.id(),
                format!(
                    "correction dépassée : la source a changé ce champ depuis le {} ({:?} → {:?}) ; la source l'emporte, retirez la correction",
                    c.date, c.replaces, now
                ),
            );
            continue;
        }
        match c.field {
            Field::Phone => match Phone::parse(&c.value) {
                Ok(number) => {
                    let contact = PhoneContact {
                        number,
                        kind: PhoneKind::Voice,
                        free: None,
                        label: None,
                    };
                    match r.phones.first_mut() {
                        Some(first) => first.number = contact.number,
                        None => r.phones.push(contact),
                    }
                }
                Err(e) => {
                    report.push(
                        Severity::Error,
                        FILE,
                        &c.resource,
                        "phone",
                        format!("numéro de la correction illisible ({e}) : ignorée"),
                    );
                    continue;
                }
            },
            Field::Address => r.address = Some(vec![c.value.clone()]),
            Field::Hours => {
                r.hours = None;
                r.hours_note = Some(c.value.clone());
            }
            Field::Closed | Field::Other => {
                report.push(
                    Severity::Warning,
                    FILE,
                    &c.resource,
                    c.field.id(),
                    "ce champ ne se corrige pas par ce fichier : modifiez la fiche à la main",
                );
                continue;
            }
        }
        r.corrections.push(FieldCorrection {
            field: c.field,
            date: c.date.clone(),
        });
    }
}
