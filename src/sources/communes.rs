//! Communes and territories from the shipped snapshot (see data/SOURCES.md).

use super::problems::SourceError;
use super::problems::{Report, Severity};
use crate::domain::{Commune, CommuneKind, DepCode, GeoPoint, InseeCode, Postcode};
use serde::Deserialize;
use std::collections::BTreeMap;

pub const FILE: &str = "communes.jsonl.gz";
pub const TERRITORIES: &str = "territories.json";

#[derive(Deserialize)]
struct RawCommune {
    insee: String,
    name: String,
    kind: String,
    parent: Option<String>,
    postcodes: Vec<String>,
    departement: String,
    region: String,
    population: Option<u64>,
    lat: Option<f64>,
    lon: Option<f64>,
    #[serde(default)]
    former: Vec<String>,
}

pub use crate::domain::Departement;

#[derive(Deserialize)]
struct RawTerritories {
    departements: Vec<RawDep>,
    regions: Vec<RawRegion>,
}
#[derive(Deserialize)]
struct RawDep {
    code: String,
    name: String,
    region: String,
}
#[derive(Deserialize)]
struct RawRegion {
    code: String,
    name: String,
}

pub fn read_territories(
    text: &str,
    report: &mut Report,
) -> Result<BTreeMap<DepCode, Departement>, SourceError> {
    let raw: RawTerritories = serde_json::from_str(text)
        .map_err(|e| SourceError::Json(TERRITORIES.into(), e.to_string()))?;
    let regions: BTreeMap<String, String> =
        raw.regions.into_iter().map(|r| (r.code, r.name)).collect();
    let mut out = BTreeMap::new();
    for d in raw.departements {
        match DepCode::parse(&d.code) {
            Ok(code) => {
                let region = regions.get(&d.region).cloned().unwrap_or_default();
                out.insert(
                    code.clone(),
                    Departement {
                        code,
                        name: d.name,
                        region,
                    },
                );
            }
            Err(e) => report.push(Severity::Error, TERRITORIES, &d.code, "code", e.to_string()),
        }
    }
    Ok(out)
}

pub fn read_communes(text: &str, report: &mut Report) -> Vec<Commune> {
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line_id = format!("line {}", n + 1);
        let raw: RawCommune = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                report.push(
                    Severity::Error,
                    FILE,
                    &line_id,
                    "-",
                    format!("JSON invalide : {e}"),
                );
                continue;
            }
        };
        match commune(raw, report) {
            Ok(c) => out.push(c),
            Err((rec, field, msg)) => report.push(Severity::Error, FILE, &rec, field, msg),
        }
    }
    out
}

fn commune(
    raw: RawCommune,
    report: &mut Report,
) -> Result<Commune, (String, &'static str, String)> {
    let id = raw.insee.clone();
    let fail = |field: &'static str, msg: String| (id.clone(), field, msg);
    let insee = InseeCode::parse(&raw.insee).map_err(|e| fail("insee", e.to_string()))?;
    let name = raw.name.trim().to_string();
    if name.is_empty() {
        return Err(fail("name", "nom vide".into()));
    }
    let kind = match raw.kind.as_str() {
        "commune" => CommuneKind::Commune,
        "arrondissement" => CommuneKind::Arrondissement,
        other => return Err(fail("kind", format!("type inconnu « {other} »"))),
    };
    let parent = raw
        .parent
        .as_deref()
        .map(InseeCode::parse)
        .transpose()
        .map_err(|e| fail("parent", e.to_string()))?;
    let postcodes = raw
        .postcodes
        .iter()
        .map(|p| Postcode::parse(p))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail("postcodes", e.to_string()))?;
    let departement =
        DepCode::parse(&raw.departement).map_err(|e| fail("departement", e.to_string()))?;
    let point = match (raw.lat, raw.lon) {
        (Some(lat), Some(lon)) => match GeoPoint::new(lat, lon) {
            Some(p) => Some(p),
            None => {
                report.push(
                    Severity::Warning,
                    FILE,
                    &id,
                    "lat/lon",
                    format!("coordonnées hors limites ({lat}, {lon})"),
                );
                None
            }
        },
        _ => None,
    };
    Ok(Commune {
        insee,
        name,
        kind,
        parent,
        postcodes,
        departement,
        region: raw.region,
        population: raw.population.unwrap_or(0),
        point,
        former: raw.former,
    })
}
