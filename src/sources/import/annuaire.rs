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
pub const DEFAULT_TYPES: [&str; 25] = [
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
    "mda",
    "aav",
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

/// The `type_service_local` codes a service carries.
fn types_of(v: &Value) -> Vec<String> {
    nested(v.get("pivot"))
        .iter()
        .filter_map(|p| p.get("type_service_local")?.as_str().map(str::to_string))
        .collect()
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

/// Where the import reads the directory.
pub enum Origin {
    /// The DILA's daily bulk file at this address (the default: the API's
    /// host disallows `/api/` in its robots.txt).
    Bulk(String),
    /// The Explore v2.1 records API at this base address.
    Api(String),
}

pub struct Options {
    pub origin: Origin,
    pub types: Vec<String>,
    pub force: bool,
    pub timeout: std::time::Duration,
}

pub struct Summary {
    pub counts: BTreeMap<String, usize>,
    pub skipped: usize,
    pub rejected: Vec<(String, String)>,
    /// Types whose new records were refused by the shrink guard: their
    /// previous records stay.
    pub refused: Vec<(String, String)>,
    pub written: usize,
}

/// Validates each fetched record as the data reader will, keeping the good ones.
struct Collector<'a> {
    /// The types asked for: a point-justice becomes an MJD, CIDFF or
    /// victim-support record only when that type is refreshed too.
    types: &'a [String],
    by_code: std::collections::HashMap<crate::domain::InseeCode, &'a crate::domain::Commune>,
    extract: chrono::NaiveDate,
    records: BTreeMap<String, Record>,
    counts: BTreeMap<String, usize>,
    skipped: usize,
    rejected: Vec<(String, String)>,
}

impl<'a> Collector<'a> {
    fn new(
        communes: &'a [crate::domain::Commune],
        types: &'a [String],
        extract: chrono::NaiveDate,
    ) -> Self {
        Self {
            types,
            by_code: communes.iter().map(|c| (c.insee.clone(), c)).collect(),
            extract,
            records: BTreeMap::new(),
            counts: BTreeMap::new(),
            skipped: 0,
            rejected: vec![],
        }
    }

    fn add(&mut self, v: &Value, t: &str) {
        match parse_record(v, t) {
            Ok(Some(mut r)) => {
                let kind = crate::sources::annuaire::point_justice_kind(&r.type_service, &r.name);
                if self.types.iter().any(|t| t == kind) {
                    r.type_service = kind.to_string();
                }
                let mut report = crate::sources::problems::Report::default();
                match crate::sources::annuaire::to_resource(
                    &r,
                    &self.by_code,
                    self.extract,
                    &mut report,
                ) {
                    Ok(_) => {
                        *self.counts.entry(r.type_service.clone()).or_insert(0) += 1;
                        self.records.insert(r.id.clone(), r);
                    }
                    Err((_, field, msg)) => self
                        .rejected
                        .push(rejection(&r.id, &format!("{field} : {msg}"))),
                }
            }
            Ok(None) => self.skipped += 1,
            Err(msg) => self.rejected.push(rejection(
                &text(v, "id").unwrap_or_else(|| "?".into()),
                &msg,
            )),
        }
    }
}

/// A refused record is kept as its id and the reason, never its body, and
/// both are cut short and made printable: a hostile file can neither fill
/// `annuaire.meta.json` nor write escape sequences or fake lines on a console.
fn rejection(id: &str, why: &str) -> (String, String) {
    fn printable(s: &str, max: usize) -> String {
        let mut out: String = s
            .chars()
            .take(max)
            .map(|c| {
                if c.is_control() || crate::domain::text::hidden(c) {
                    '?'
                } else {
                    c
                }
            })
            .collect();
        if s.chars().count() > max {
            out.push('…');
        }
        out
    }
    (printable(id, 120), printable(why, 300))
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

/// Fetches every type, validates, and writes `annuaire.jsonl.gz` and its
/// meta file. Each type passes the shrink guard on its own: a refused type
/// keeps its previous records, the others are refreshed.
#[tracing::instrument(name = "import", skip_all, fields(source = "annuaire"))]
pub async fn run(
    opts: &Options,
    data_dir: &Path,
    communes: &[crate::domain::Commune],
) -> Result<Summary, ImportError> {
    let f = Fetcher::new(opts.timeout)?;
    let extract = chrono::Utc::now().date_naive();
    let mut c = Collector::new(communes, &opts.types, extract);
    let origin = match &opts.origin {
        Origin::Api(base) => {
            let base = base.trim_end_matches('/');
            let mut page_no = 0;
            for t in &opts.types {
                for v in fetch_type(&f, base, t, &mut page_no).await? {
                    c.add(&v, t);
                }
            }
            base.to_string()
        }
        Origin::Bulk(url) => {
            let tmp = data_dir.join(".annuaire-bulk.download");
            let read = match f.download(url, &tmp).await {
                // CPU-bound for a minute on the real file; the import's own
                // runtime has nothing else to do meanwhile.
                Ok(_) => super::bulk::read(&tmp, &mut |v| {
                    for t in types_of(v) {
                        if opts.types.contains(&t) {
                            c.add(v, &t);
                        }
                    }
                }),
                Err(e) => Err(e),
            };
            let _ = std::fs::remove_file(&tmp);
            read?;
            url.clone()
        }
    };
    let Collector {
        mut records,
        mut counts,
        skipped,
        rejected,
        ..
    } = c;
    let path = data_dir.join(FILE);
    // Records of the types not fetched this time (the archival snapshot, or an
    // earlier import) stay; those of the fetched types are replaced whole.
    let previous = read_records(&path);
    let mut refused: Vec<(String, ImportError)> = vec![];
    for t in &opts.types {
        let old = previous.iter().filter(|r| &r.type_service == t).count();
        let new = counts.get(t).copied().unwrap_or(0);
        match guard_size((old > 0).then_some(old), new, opts.force) {
            Err(ImportError::Empty) if old == 0 => {}
            Err(e) => refused.push((t.clone(), e)),
            Ok(()) => {}
        }
    }
    if !refused.is_empty() && refused.len() == opts.types.len() {
        let (t, e) = refused.swap_remove(0);
        return Err(ImportError::Type(t, Box::new(e)));
    }
    let is_refused = |t: &str| refused.iter().any(|(r, _)| r == t);
    records.retain(|_, r| !is_refused(&r.type_service));
    counts.retain(|t, _| !is_refused(t));
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
        if !opts.types.contains(&r.type_service) || is_refused(&r.type_service) {
            records.entry(r.id.clone()).or_insert(r);
        }
    }
    let refused: Vec<(String, String)> = refused
        .into_iter()
        .map(|(t, e)| (t, e.to_string()))
        .collect();

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
        base_url: origin,
        extract_date: extract.to_string(),
        counts: counts.clone(),
        rejected: rejected.clone(),
        refused: refused.clone(),
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
        refused,
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
