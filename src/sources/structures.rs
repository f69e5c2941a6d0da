//! `data/structures.jsonl`: what local structures keep of their own listing
//! in the back office (`/gestion`), once a second person of their
//! département accepted it. One line per record, with who proposed it, who
//! accepted it and when; applied last, on top of the shipped, imported and
//! corrected data, and checked with the same rules as every source.

use super::problems::{Report, Severity, SourceError};
use crate::domain::{Hours, Phone, PhoneContact, PhoneKind, Resource, Source};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const FILE: &str = "structures.jsonl";

/// A listing the structure confirmed is shown as such for this many months;
/// then the record's usual age wording comes back.
pub const CONFIRMED_FOR_MONTHS: u32 = crate::domain::model::STRUCTURE_CONFIRMED_MONTHS;

/// Bounds on what a structure may type: a card stays a card.
pub const MAX_LINE: usize = 300;
pub const MAX_TEXT: usize = 2000;
pub const MAX_PHONES: usize = 4;
pub const MAX_LINES: usize = 10;

/// The fields a structure knows best, as typed in the back office.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    /// Address lines; never for a shelter.
    #[serde(default)]
    pub address: Vec<String>,
    /// Opening hours in the hand-kept records' syntax ("lundi-vendredi 09:00-12:00,14:00-17:00").
    #[serde(default)]
    pub hours: Option<String>,
    /// Anything about hours the syntax cannot say.
    #[serde(default)]
    pub hours_note: Option<String>,
    /// Where and when, one per line ("Mairie de Nantua, 2e mardi 14:00-17:00").
    #[serde(default)]
    pub permanences: Vec<String>,
    /// Languages spoken on site, one per entry.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Accessibility, one per entry ("accès de plain-pied", "boucle magnétique").
    #[serde(default)]
    pub accessibility: Vec<String>,
    /// A short "what we do".
    #[serde(default)]
    pub description: Option<String>,
}

/// One accepted listing, as the data layer holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub record: String,
    pub fields: Fields,
    /// The proposal it came from, in the editorial database.
    pub proposal: i64,
    /// The accounts (e-mail addresses) of the structure's editor and of the reviewer.
    pub proposed_by: String,
    pub accepted_by: String,
    /// When it was accepted (RFC 3339, UTC).
    pub accepted_at: String,
    /// The day it was accepted: the record's date from then on.
    pub date: NaiveDate,
}

/// A field a structure typed that cannot be published, and why (in French:
/// the back office shows it to the structure).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} : {message}")]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

fn fail(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

/// The fields once checked: domain values only.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub address: Option<Vec<String>>,
    pub hours: Option<Hours>,
    pub hours_note: Option<String>,
    pub permanences: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub description: Option<String>,
}

/// One line of text: trimmed, bounded, nothing hidden.
fn line(field: &'static str, s: &str, max: usize) -> Result<String, FieldError> {
    let s = s.trim();
    if s.chars()
        .any(|c| c != '\n' && crate::domain::text::hidden(c))
        || s.contains('\n')
    {
        return Err(fail(
            field,
            "caractère invisible ou de contrôle : retapez le texte",
        ));
    }
    if s.chars().count() > max {
        return Err(fail(field, format!("plus de {max} caractères")));
    }
    Ok(s.to_string())
}

fn lines(field: &'static str, v: &[String]) -> Result<Vec<String>, FieldError> {
    let out: Vec<String> = v
        .iter()
        .map(|s| line(field, s, MAX_LINE))
        .filter(|r| !matches!(r, Ok(s) if s.is_empty()))
        .collect::<Result<_, _>>()?;
    if out.len() > MAX_LINES {
        return Err(fail(field, format!("plus de {MAX_LINES} lignes")));
    }
    Ok(out)
}

fn optional(
    field: &'static str,
    s: &Option<String>,
    max: usize,
) -> Result<Option<String>, FieldError> {
    match s {
        None => Ok(None),
        Some(s) => Ok(Some(line(field, s, max)?).filter(|s| !s.is_empty())),
    }
}

impl Fields {
    /// Parses every field into what a page may show, or names the first
    /// field that cannot be published. The same check runs in the back
    /// office (before a proposal is stored) and when the layer is read.
    pub fn check(&self) -> Result<Checked, FieldError> {
        if self.phones.len() > MAX_PHONES {
            return Err(fail("phone", format!("plus de {MAX_PHONES} numéros")));
        }
        let phones = self
            .phones
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .map(|p| Phone::parse(p).map_err(|e| fail("phone", e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        let email = optional("email", &self.email, 254)?
            .map(|e| super::fields::email(&e).map_err(|m| fail("email", m)))
            .transpose()?;
        let website = optional("website", &self.website, 500)?
            .map(|w| super::fields::website(&w).map_err(|m| fail("website", m)))
            .transpose()?;
        let address = lines("address", &self.address)?;
        let hours = optional("hours", &self.hours, MAX_LINE)?
            .map(|h| super::hand::parse_hours(&h).map_err(|e| fail("hours", e.to_string())))
            .transpose()?;
        let hours_note = optional("hours_note", &self.hours_note, MAX_LINE)?;
        let description = optional("description", &self.description, MAX_TEXT)?;
        let checked = Checked {
            phones,
            email,
            website,
            address: (!address.is_empty()).then_some(address),
            hours,
            hours_note,
            permanences: lines("permanences", &self.permanences)?,
            languages: lines("languages", &self.languages)?,
            accessibility: lines("accessibility", &self.accessibility)?,
            description,
        };
        if checked.phones.is_empty() && checked.email.is_none() && checked.website.is_none() {
            return Err(fail(
                "phone",
                "au moins un moyen de contact : un numéro, un e-mail ou un site",
            ));
        }
        Ok(checked)
    }

    /// What a record publishes today, in the form's terms: the "before" of
    /// a proposal, and what the form starts from.
    pub fn of(r: &Resource) -> Fields {
        Fields {
            phones: r.phones.iter().map(|p| p.number.display()).collect(),
            email: r.email.clone(),
            website: r.website.clone(),
            address: r.address.clone().unwrap_or_default(),
            hours: r.hours.as_ref().map(crate::domain::Hours::syntax),
            hours_note: r.hours_note.clone(),
            permanences: r.permanences.clone(),
            languages: r.languages.clone(),
            accessibility: r.accessibility.clone(),
            description: r.description.clone(),
        }
    }
}

/// Reads the layer; a missing file is an empty layer. A line that cannot be
/// read is an error of the file: the whole layer is refused, since its order
/// (one line per record) could no longer be trusted.
pub fn read(dir: &Path) -> Result<Vec<Listing>, SourceError> {
    let path = dir.join(FILE);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| SourceError::Io(path.clone(), e))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l)
                .map_err(|e| SourceError::Json(FILE.into(), format!("ligne {} : {e}", n + 1)))
        })
        .collect()
}

/// Writes the whole layer (one line per record, sorted by record), through
/// a temporary file synced to disk: a reader sees the old layer or the new.
pub fn write(dir: &Path, listings: &[Listing]) -> Result<(), SourceError> {
    let path = dir.join(FILE);
    let mut sorted: Vec<&Listing> = listings.iter().collect();
    sorted.sort_by(|a, b| a.record.cmp(&b.record));
    let mut out = String::new();
    for l in sorted {
        let line =
            serde_json::to_string(l).map_err(|e| SourceError::Json(FILE.into(), e.to_string()))?;
        out.push_str(&line);
        out.push('\n');
    }
    super::durable::write_atomic(&path, out.as_bytes()).map_err(|e| SourceError::Io(path, e))
}

/// Puts `listing` in the layer, in place of the record's previous line.
pub fn upsert(dir: &Path, listing: Listing) -> Result<(), SourceError> {
    let mut all = read(dir)?;
    all.retain(|l| l.record != listing.record);
    all.push(listing);
    write(dir, &all)
}

/// Applies each listing to its record. A listing whose fields no longer
/// pass the checks, or that gives a shelter an address, is an error (the
/// build is refused, as for any source); one whose record left the data is
/// a warning. Returns whether a record changed.
pub fn apply(resources: &mut [Resource], listings: &[Listing], report: &mut Report) -> bool {
    let mut changed = false;
    for l in listings {
        let Ok(i) = resources.binary_search_by(|r| r.id.as_str().cmp(&l.record)) else {
            report.push(
                Severity::Warning,
                FILE,
                &l.record,
                "record",
                "fiche vérifiée par la structure qui n'existe plus dans les données : ignorée",
            );
            continue;
        };
        let c = match l.fields.check() {
            Ok(c) => c,
            Err(e) => {
                report.push(Severity::Error, FILE, &l.record, e.field, e.message);
                continue;
            }
        };
        let r = &mut resources[i];
        if r.category == crate::domain::Category::Shelter && c.address.is_some() {
            report.push(
                Severity::Error,
                FILE,
                &l.record,
                "address",
                "l'adresse d'un hébergement n'est jamais publiée",
            );
            continue;
        }
        // The first numbers keep what the source said of them (kind, cost),
        // the number itself is the structure's.
        let old = std::mem::take(&mut r.phones);
        r.phones = c
            .phones
            .into_iter()
            .enumerate()
            .map(|(n, number)| match old.get(n) {
                Some(p) => PhoneContact {
                    number,
                    ..p.clone()
                },
                None => PhoneContact {
                    number,
                    kind: PhoneKind::Voice,
                    free: None,
                    label: None,
                },
            })
            .collect();
        r.email = c.email;
        r.website = c.website;
        if c.address.is_some() || r.category != crate::domain::Category::Shelter {
            r.address = c.address;
        }
        r.hours = c.hours;
        r.hours_note = c.hours_note;
        r.permanences = c.permanences;
        r.languages = c.languages;
        r.accessibility = c.accessibility;
        r.description = c.description;
        r.updated = l.date;
        r.structure_verified = Some(l.date);
        // Confirmed by the structure and a second person: no longer a doubt.
        r.needs_review = false;
        r.review_note = None;
        r.source = std::sync::Arc::new(Source {
            name: format!(
                "{} ; fiche vérifiée par la structure le {}",
                r.source.name,
                l.date.format("%d/%m/%Y")
            ),
            url: r.source.url.clone(),
            licence: r.source.licence.clone(),
            date: Some(l.date.to_string()),
        });
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_is_checked_like_any_source() {
        let ok = Fields {
            phones: vec!["04 74 32 26 53".into()],
            email: Some("contact@example.fr".into()),
            ..Fields::default()
        };
        let c = ok.check().unwrap();
        assert_eq!(c.phones[0].display(), "04 74 32 26 53");
        let bad_phone = Fields {
            phones: vec!["12".into()],
            ..Fields::default()
        };
        assert_eq!(bad_phone.check().unwrap_err().field, "phone");
        let hidden = Fields {
            description: Some("a\u{202E}b".into()),
            ..ok.clone()
        };
        assert_eq!(hidden.check().unwrap_err().field, "description");
        assert_eq!(Fields::default().check().unwrap_err().field, "phone");
        let hours = Fields {
            hours: Some("lundi-vendredi 09:00-12:00,14:00-17:00".into()),
            ..ok.clone()
        };
        assert!(hours.check().unwrap().hours.is_some());
        let bad_hours = Fields {
            hours: Some("tous les jours".into()),
            ..ok
        };
        assert_eq!(bad_hours.check().unwrap_err().field, "hours");
    }

    /// Applied, a listing is the record's date and its wording for 12
    /// months; then the usual age wording returns.
    #[test]
    fn a_listing_dates_its_record_and_is_shown_as_confirmed_for_twelve_months() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let (cat, _) = crate::sources::load(&dir).unwrap();
        let mut resources: Vec<Resource> = cat
            .resources
            .into_iter()
            .filter(|r| r.id == "mairie:01034")
            .collect();
        let date = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let listing = Listing {
            record: "mairie:01034".into(),
            fields: Fields {
                phones: vec!["04 79 42 00 00".into()],
                ..Fields::default()
            },
            proposal: 1,
            proposed_by: "a@structure.example".into(),
            accepted_by: "b@ain.example".into(),
            accepted_at: "2026-12-04T10:00:00Z".into(),
            date,
        };
        let mut report = Report::default();
        assert!(apply(&mut resources, &[listing], &mut report));
        let r = &resources[0];
        assert_eq!(r.updated, date);
        assert_eq!(r.phones[0].number.display(), "04 79 42 00 00");
        let fr = crate::locale::Lang::Fr.ui();
        assert_eq!(
            fr.age_words(r, NaiveDate::from_ymd_opt(2027, 12, 3).unwrap()),
            "Vérifiée par la structure le 4 décembre 2026"
        );
        let later = fr.age_words(r, NaiveDate::from_ymd_opt(2027, 12, 4).unwrap());
        assert!(!later.contains("structure"), "{later}");
        for lang in crate::locale::Lang::ALL {
            assert!(!lang.ui().age_words(r, date).is_empty());
        }
    }
}
