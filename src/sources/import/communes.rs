//! `geo.api.gouv.fr` communes, the online alternative to the registry snapshot.
//! Former communes and arrondissements are not in that API: they are kept
//! from the current file.

use super::client::Fetcher;
use super::{guard_size, write_atomic, ImportError};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;

pub const DEFAULT_BASE: &str = "https://geo.api.gouv.fr";

#[tracing::instrument(name = "import", skip_all, fields(source = "communes"))]
pub async fn run(
    base_url: &str,
    data_dir: &Path,
    force: bool,
    timeout: std::time::Duration,
) -> Result<usize, ImportError> {
    let f = Fetcher::new(timeout)?;
    let url = format!("{}/communes", base_url.trim_end_matches('/'));
    let q = [
        (
            "fields",
            "code,nom,codesPostaux,centre,population,codeDepartement,codeRegion".to_string(),
        ),
        ("format", "json".to_string()),
    ];
    let list = f.json(&url, &q, 1).await?;
    let list = list.as_array().ok_or(ImportError::Json {
        page: 1,
        url: url.clone(),
        message: "un tableau était attendu".into(),
    })?;

    let path = data_dir.join(crate::sources::communes::FILE);
    let mut old_text = String::new();
    if let Ok(file) = std::fs::File::open(&path) {
        // The old file only lends former names; unreadable, it lends none, and says so.
        if let Err(e) = flate2::read::GzDecoder::new(file).read_to_string(&mut old_text) {
            tracing::warn!(
                "{}: unreadable ({e}); former names are not carried over",
                path.display()
            );
            old_text.clear();
        }
    }
    let old: Vec<Value> = old_text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let old_by_code: HashMap<&str, &Value> = old
        .iter()
        .filter_map(|v| Some((v.get("insee")?.as_str()?, v)))
        .collect();

    let mut out: Vec<Value> = list
        .iter()
        .filter_map(|c| {
            let code = c.get("code")?.as_str()?;
            let prev = old_by_code.get(code);
            let (lon, lat) = match c.pointer("/centre/coordinates") {
                Some(Value::Array(a)) if a.len() == 2 => (a[0].as_f64(), a[1].as_f64()),
                _ => (None, None),
            };
            Some(json!({
                "insee": code,
                "name": c.get("nom")?.as_str()?,
                "kind": "commune",
                "parent": null,
                "postcodes": c.get("codesPostaux").cloned().unwrap_or(json!([])),
                "departement": c.get("codeDepartement")?.as_str()?,
                "region": c.get("codeRegion").and_then(Value::as_str).unwrap_or(""),
                "population": c.get("population").and_then(Value::as_u64),
                "lat": lat, "lon": lon, "point": lat.map(|_| "centre"),
                "former": prev.and_then(|p| p.get("former")).cloned().unwrap_or(json!([])),
            }))
        })
        .collect();
    out.extend(
        old.iter()
            .filter(|v| v.get("kind").and_then(Value::as_str) == Some("arrondissement"))
            .cloned(),
    );
    out.sort_by(|a, b| a["insee"].as_str().cmp(&b["insee"].as_str()));
    guard_size((!old.is_empty()).then_some(old.len()), out.len(), force)?;
    let mut gz = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    for v in &out {
        writeln!(gz, "{v}").map_err(|e| ImportError::Io(path.display().to_string(), e))?;
    }
    let bytes = gz
        .finish()
        .map_err(|e| ImportError::Io(path.display().to_string(), e))?;
    write_atomic(&path, &bytes)?;
    Ok(out.len())
}
