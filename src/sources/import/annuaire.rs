//! The DILA *Annuaire de l'administration* (Opendatasoft Explore v2.1):
//! services that matter for victims, by `type_service_local`. One file of
//! about 400 lines: paging, per-type merge and the shrink guard belong together.

use super::client::Fetcher;
use super::{guard_size, write_atomic, ImportError};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

pub const DEFAULT_BASE: &str = "https://api-lannuaire.service-public.gouv.fr";
pub const DATASET: &str = "/api/explore/v2.1/catalog/datasets/api-lannuaire-administration";
pub use crate::sources::annuaire::{Meta, Record, FILE, META};
const PAGE: usize = 100;
const WINDOW: usize = 10_000;

/// Service types imported by default: those a victim may need.
pub const DEFAULT_TYPES: [&str; 23] = [
    "pif",
    "adil",
    "ccas",
    "cidf",
    "mjd",
    "point_justice",
    "cdad",
    "permanence_juridique",
    "bav",
    "civi",
    "gendarmerie",
    "commissariat_police",
    "tgi",
    "spip",
    "maison_handicapees",
    "pmi",
    "caf",
    "clic",
    "accompagnement_personnes_agees",
    "france_services",
    "msap",
    "dd_femmes",
    "dr_femmes",
];

/// Nested fields arrive as JSON inside strings from the records API, and as
/// real arrays in the bulk export: accept both.
fn nested(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::String(s)) if !s.trim().is_empty() => match serde_json::from_str::<Value>(s) {
            Ok(Value::Array(a)) => a,
            Ok(Value::Null) | Err(_) => vec![],
            Ok(other) => vec![other],
        },
        Some(Value::Array(a)) => a.clone(),
        Some(o @ Value::Object(_)) => vec![o.clone()],
        _ => vec![],
    }
}

fn text(v: &Value, key: &str) -> Option<String> {
    match v.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn coord(v: &Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        Value::Number(n) => n.as_f64(),
        _ => None,
    }
}

/// Reads one API or export record; `None` when it is not of the asked type.
pub fn parse_record(v: &Value, wanted: &str) -> Result<Option<Record>, String> {
    let id = text(v, "id").ok_or("champ id absent")?;
    let pivots = nested(v.get("pivot"));
    // `pivot LIKE` is only a text match: the type must be exactly the one asked.
    let Some(pivot) = pivots
        .iter()
        .find(|p| p.get("type_service_local").and_then(Value::as_str) == Some(wanted))
    else {
        return Ok(None);
    };
    let serves = match pivot.get("code_insee_commune") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => vec![],
    };
    let name = text(v, "nom").ok_or("champ nom absent")?;
    let addresses = nested(v.get("adresse"));
    let addr = addresses
        .iter()
        .find(|a| a.get("type_adresse").and_then(Value::as_str) == Some("Adresse"))
        .or(addresses.first());
    let mut address = vec![];
    let (mut lat, mut lon) = (None, None);
    if let Some(a) = addr {
        address.extend(
            [
                "numero_voie",
                "complement1",
                "complement2",
                "service_distribution",
            ]
            .iter()
            .filter_map(|k| text(a, k)),
        );
        let town = [text(a, "code_postal"), text(a, "nom_commune")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        if !town.is_empty() {
            address.push(town);
        }
        lat = coord(a, "latitude");
        lon = coord(a, "longitude");
    }
    let phones = nested(v.get("telephone"))
        .iter()
        .filter_map(|t| Some((text(t, "valeur")?, text(t, "description"))))
        .collect();
    let emails = match v.get("adresse_courriel") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(|s| s.trim().to_string())
            .collect(),
        Some(Value::String(s)) => s
            .split(';')
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect(),
        _ => vec![],
    };
    let website = nested(v.get("site_internet"))
        .iter()
        .find_map(|s| text(s, "valeur"));
    let mut hours = vec![];
    let mut notes = vec![];
    for p in nested(v.get("plage_ouverture")) {
        let (Some(from), Some(to)) = (
            text(&p, "nom_jour_debut"),
            text(&p, "nom_jour_fin").or(text(&p, "nom_jour_debut")),
        ) else {
            continue;
        };
        let slots = [
            ("valeur_heure_debut_1", "valeur_heure_fin_1"),
            ("valeur_heure_debut_2", "valeur_heure_fin_2"),
        ]
        .iter()
        .filter_map(|(o, c)| Some((text(&p, o)?, text(&p, c)?)))
        .collect();
        hours.push((from, to, slots));
        notes.extend(text(&p, "commentaire"));
    }
    let updated = text(v, "date_modification").and_then(|d| {
        let day = d.split_whitespace().next()?;
        chrono::NaiveDate::parse_from_str(day, "%d/%m/%Y")
            .ok()
            .map(|d| d.to_string())
    });
    Ok(Some(Record {
        id: format!("dila:{id}"),
        name,
        type_service: wanted.to_string(),
        commune: text(v, "code_insee_commune"),
        serves,
        address,
        lat,
        lon,
        phones,
        emails,
        website,
        hours,
        hours_note: (!notes.is_empty()).then(|| notes.join(" ; ")),
        updated,
        url: text(v, "url_service_public"),
        source: None,
        itinerant: false,
    }))
}

pub struct Options {
    pub base_url: String,
    pub types: Vec<String>,
    pub force: bool,
    pub timeout: std::time::Duration,
}

pub struct Summary {
    pub counts: BTreeMap<String, usize>,
    pub skipped: usize,
    pub rejected: Vec<(String, String)>,
    pub written: usize,
}

fn odsql_like(t: &str) -> String {
    format!("pivot LIKE \"{}\"", t.replace(['"', '\\'], ""))
}

async fn fetch_type(
    f: &Fetcher,
    base: &str,
    t: &str,
    page_no: &mut usize,
) -> Result<Vec<Value>, ImportError> {
    let records = format!("{base}{DATASET}/records");
    let mut out = vec![];
    let mut offset = 0;
    loop {
        *page_no += 1;
        let q = [
            ("where", odsql_like(t)),
            ("limit", PAGE.to_string()),
            ("offset", offset.to_string()),
            ("order_by", "id".to_string()),
        ];
        let v = f.json(&records, &q, *page_no).await?;
        let total = v.get("total_count").and_then(Value::as_u64).unwrap_or(0) as usize;
        if total > WINDOW {
            // Past the API's paging window: the export endpoint has no limit.
            *page_no += 1;
            let export = f
                .json(
                    &format!("{base}{DATASET}/exports/json"),
                    &[("where", odsql_like(t))],
                    *page_no,
                )
                .await?;
            return Ok(export.as_array().cloned().unwrap_or_default());
        }
        let results = v
            .get("results")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let n = results.len();
        out.extend(results);
        offset += n;
        if n == 0 || offset >= total || offset + PAGE > WINDOW {
            return Ok(out);
        }
    }
}

/// Fetches every type, validates, and writes `annuaire.jsonl.gz` and its meta file.
pub async fn run(
    opts: &Options,
    data_dir: &Path,
    communes: &crate::catalogue::Catalogue,
) -> Result<Summary, ImportError> {
    let f = Fetcher::new(opts.timeout)?;
    let base = opts.base_url.trim_end_matches('/');
    let mut records: BTreeMap<String, Record> = BTreeMap::new();
    let mut counts = BTreeMap::new();
    let (mut skipped, mut rejected) = (0, vec![]);
    let mut page_no = 0;
    let extract = chrono::Utc::now().date_naive();
    let by_code: std::collections::HashMap<_, _> = communes
        .communes
        .iter()
        .map(|c| (c.insee.clone(), c))
        .collect();
    for t in &opts.types {
        for v in fetch_type(&f, base, t, &mut page_no).await? {
            match parse_record(&v, t) {
                Ok(Some(r)) => {
                    let mut report = crate::sources::report::Report::default();
                    match crate::sources::annuaire::to_resource(&r, &by_code, extract, &mut report)
                    {
                        Ok(_) => {
                            *counts.entry(t.clone()).or_insert(0) += 1;
                            records.insert(r.id.clone(), r);
                        }
                        Err((field, msg)) => {
                            rejected.push((r.id.clone(), format!("{field} : {msg}")))
                        }
                    }
                }
                Ok(None) => skipped += 1,
                Err(msg) => rejected.push((text(&v, "id").unwrap_or_else(|| "?".into()), msg)),
            }
        }
    }
    let path = data_dir.join(FILE);
    // Records of the types not fetched this time (the archival snapshot, or an
    // earlier import) stay; those of the fetched types are replaced whole.
    let previous = read_records(&path);
    for t in &opts.types {
        let old = previous.iter().filter(|r| &r.type_service == t).count();
        let new = counts.get(t).copied().unwrap_or(0);
        guard_size((old > 0).then_some(old), new, opts.force)
            .or_else(|e| match e {
                ImportError::Empty if old == 0 => Ok(()),
                e => Err(e),
            })
            .map_err(|e| ImportError::Type(t.clone(), Box::new(e)))?;
    }
    if records.is_empty() && !opts.force {
        return Err(ImportError::Empty);
    }
    let source = crate::domain::Source {
        name: "Service-Public.fr / DILA, Annuaire de l'administration".into(),
        url: Some("https://lannuaire.service-public.gouv.fr".into()),
        licence: "Licence Ouverte 2.0".into(),
        date: Some(extract.to_string()),
    };
    for r in records.values_mut() {
        r.source = Some(source.clone());
    }
    for r in previous {
        if !opts.types.contains(&r.type_service) {
            records.entry(r.id.clone()).or_insert(r);
        }
    }

    let mut gz = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    for r in records.values() {
        let line = serde_json::to_string(r)
            .map_err(|e| ImportError::Io(FILE.into(), std::io::Error::other(e)))?;
        gz.write_all(line.as_bytes())
            .and_then(|_| gz.write_all(b"\n"))
            .map_err(|e| ImportError::Io(FILE.into(), e))?;
    }
    let bytes = gz.finish().map_err(|e| ImportError::Io(FILE.into(), e))?;
    let meta = Meta {
        source: "Annuaire de l'administration (DILA), Licence Ouverte 2.0".into(),
        base_url: base.to_string(),
        extract_date: extract.to_string(),
        counts: counts.clone(),
        rejected: rejected.clone(),
    };
    write_atomic(
        &data_dir.join(META),
        &serde_json::to_vec_pretty(&meta).unwrap_or_default(),
    )?;
    write_atomic(&path, &bytes)?;
    Ok(Summary {
        counts,
        skipped,
        rejected,
        written: records.len(),
    })
}

/// The records of the current file; unreadable lines are left to `validate`.
fn read_records(path: &Path) -> Vec<Record> {
    use std::io::Read;
    let mut s = String::new();
    let Ok(f) = std::fs::File::open(path) else {
        return vec![];
    };
    if flate2::read::GzDecoder::new(f)
        .read_to_string(&mut s)
        .is_err()
    {
        return vec![];
    }
    s.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_fields_as_json_strings_or_arrays_read_the_same() {
        let as_strings = json!({
            "id": "u1", "nom": "CIDFF - Ain", "code_insee_commune": "01053",
            "pivot": "[{\"type_service_local\": \"cidf\", \"code_insee_commune\": [\"01053\", \"01034\"]}]",
            "adresse": "[{\"type_adresse\": \"Adresse postale\", \"nom_commune\": \"X\"}, {\"type_adresse\": \"Adresse\", \"numero_voie\": \"1 rue A\", \"code_postal\": \"01000\", \"nom_commune\": \"Bourg-en-Bresse\", \"latitude\": \"46.2\", \"longitude\": \"5.22\"}]",
            "telephone": "[{\"valeur\": \"04 74 00 00 00\", \"description\": \"Accueil\"}]",
            "plage_ouverture": "[{\"nom_jour_debut\": \"Monday\", \"nom_jour_fin\": \"Friday\", \"valeur_heure_debut_1\": \"09:00:00\", \"valeur_heure_fin_1\": \"12:00:00\", \"valeur_heure_debut_2\": \"\", \"valeur_heure_fin_2\": \"\", \"commentaire\": \"\"}]",
            "adresse_courriel": "a@b.fr; c@d.fr",
            "date_modification": "03/10/2026 10:00:00",
            "unknown_field": 42
        });
        let as_arrays = json!({
            "id": "u1", "nom": "CIDFF - Ain", "code_insee_commune": "01053",
            "pivot": [{"type_service_local": "cidf", "code_insee_commune": ["01053", "01034"]}],
            "adresse": [{"type_adresse": "Adresse postale", "nom_commune": "X"}, {"type_adresse": "Adresse", "numero_voie": "1 rue A", "code_postal": "01000", "nom_commune": "Bourg-en-Bresse", "latitude": "46.2", "longitude": "5.22"}],
            "telephone": [{"valeur": "04 74 00 00 00", "description": "Accueil"}],
            "plage_ouverture": [{"nom_jour_debut": "Monday", "nom_jour_fin": "Friday", "valeur_heure_debut_1": "09:00:00", "valeur_heure_fin_1": "12:00:00", "valeur_heure_debut_2": "", "valeur_heure_fin_2": ""}],
            "adresse_courriel": ["a@b.fr", "c@d.fr"],
            "date_modification": "03/10/2026 10:00:00"
        });
        let a = parse_record(&as_strings, "cidf").unwrap().unwrap();
        let b = parse_record(&as_arrays, "cidf").unwrap().unwrap();
        assert_eq!(a, b);
        assert_eq!(a.address, ["1 rue A", "01000 Bourg-en-Bresse"]);
        assert_eq!((a.lat, a.lon), (Some(46.2), Some(5.22)));
        assert_eq!(
            a.hours,
            vec![(
                "Monday".to_string(),
                "Friday".to_string(),
                vec![("09:00:00".to_string(), "12:00:00".to_string())]
            )]
        );
        assert_eq!(a.updated.as_deref(), Some("2026-10-03"));
        assert_eq!(
            parse_record(&as_arrays, "cdad").unwrap(),
            None,
            "a LIKE match of another type is skipped"
        );
    }
}
