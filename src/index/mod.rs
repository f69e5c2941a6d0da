//! The on-disk artifact: a tantivy index (place keys, resource text) plus the
//! validated catalogue, in one generation directory per build. `CURRENT` names
//! the live generation and is replaced atomically, so a build never disturbs
//! a running server and a broken build is never switched to.

pub mod schema;

use crate::catalogue::Catalogue;
use crate::domain::text::place_key;
use schema::Fields;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tantivy::{doc, Index, IndexReader, ReloadPolicy};
use thiserror::Error;

pub const SCHEMA_VERSION: u32 = 3;
const CURRENT: &str = "CURRENT";
const CATALOGUE: &str = "maillage-catalogue.json";
const META: &str = "maillage-meta.json";

#[derive(Debug, Error)]
pub enum IndexError {
    #[error("index introuvable dans {0}")]
    Missing(PathBuf),
    #[error("index {0} : {1}")]
    Io(PathBuf, std::io::Error),
    #[error("tantivy : {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("index {0} incomplet ou d'une autre version : {1}")]
    Invalid(PathBuf, String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meta {
    pub schema_version: u32,
    pub data_fingerprint: String,
    pub communes: usize,
    pub resources: usize,
}

/// An opened generation: the catalogue and a tantivy reader over it.
pub struct Opened {
    pub catalogue: Catalogue,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    pub meta: Meta,
    pub generation: String,
}

fn io(p: &Path) -> impl Fn(std::io::Error) -> IndexError + '_ {
    move |e| IndexError::Io(p.to_path_buf(), e)
}

/// Name of the live generation, if any.
pub fn current_generation(root: &Path) -> Option<String> {
    std::fs::read_to_string(root.join(CURRENT))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

pub fn current_meta(root: &Path) -> Option<Meta> {
    let g = current_generation(root)?;
    serde_json::from_str(&std::fs::read_to_string(root.join(g).join(META)).ok()?).ok()
}

/// Builds a new generation from the catalogue, checks that it opens, then
/// makes it current. Older generations except the previous one are removed.
pub fn build(
    catalogue: &Catalogue,
    root: &Path,
    data_fingerprint: &str,
) -> Result<String, IndexError> {
    std::fs::create_dir_all(root).map_err(io(root))?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let generation = format!("gen-{stamp}");
    let dir = root.join(&generation);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;

    let (schema, fields) = schema::schema();
    let index = Index::create_in_dir(&dir, schema)?;
    schema::register_tokenizers(&index);
    let mut writer = index.writer_with_num_threads(1, 100_000_000)?;
    for (i, c) in catalogue.communes.iter().enumerate() {
        let mut keys = vec![(place_key(&c.name), 0u64)];
        keys.extend(c.former.iter().map(|f| (place_key(f), 1u64)));
        keys.sort();
        keys.dedup_by(|a, b| a.0 == b.0);
        for (key, former) in keys.into_iter().filter(|(k, _)| !k.is_empty()) {
            writer.add_document(doc!(fields.kind => "place", fields.key => key, fields.ord => i as u64, fields.former => former))?;
        }
    }
    for (i, r) in catalogue.resources.iter().enumerate() {
        writer.add_document(doc!(fields.kind => "resource", fields.ord => i as u64, fields.text => schema::resource_text(r)))?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;

    let meta = Meta {
        schema_version: SCHEMA_VERSION,
        data_fingerprint: data_fingerprint.to_string(),
        communes: catalogue.communes.len(),
        resources: catalogue.resources.len(),
    };
    let cat = serde_json::to_vec(catalogue)
        .map_err(|e| IndexError::Invalid(dir.clone(), e.to_string()))?;
    std::fs::write(dir.join(CATALOGUE), cat).map_err(io(&dir))?;
    std::fs::write(
        dir.join(META),
        serde_json::to_vec_pretty(&meta).unwrap_or_default(),
    )
    .map_err(io(&dir))?;

    open_generation(root, &generation)?;
    let tmp = root.join(format!("{CURRENT}.tmp"));
    std::fs::write(&tmp, &generation).map_err(io(&tmp))?;
    std::fs::rename(&tmp, root.join(CURRENT)).map_err(io(root))?;
    prune(root, &generation);
    Ok(generation)
}

/// Keeps the new generation and the one before it (a server may still read it).
fn prune(root: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    let mut gens: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("gen-") && n != keep)
        .collect();
    gens.sort();
    gens.pop();
    for g in gens {
        // Not fatal (the new generation is live), but old ones would pile up unseen.
        if let Err(e) = std::fs::remove_dir_all(root.join(&g)) {
            tracing::warn!("cannot remove old index generation {g}: {e}");
        }
    }
}

/// Opens the live generation.
pub fn open(root: &Path) -> Result<Opened, IndexError> {
    let g = current_generation(root).ok_or_else(|| IndexError::Missing(root.to_path_buf()))?;
    open_generation(root, &g)
}

fn open_generation(root: &Path, generation: &str) -> Result<Opened, IndexError> {
    let dir = root.join(generation);
    let invalid = |m: String| IndexError::Invalid(dir.clone(), m);
    let meta: Meta = serde_json::from_slice(&std::fs::read(dir.join(META)).map_err(io(&dir))?)
        .map_err(|e| invalid(e.to_string()))?;
    if meta.schema_version != SCHEMA_VERSION {
        return Err(invalid(format!(
            "version de schéma {}",
            meta.schema_version
        )));
    }
    let catalogue: Catalogue =
        serde_json::from_slice(&std::fs::read(dir.join(CATALOGUE)).map_err(io(&dir))?)
            .map_err(|e| invalid(e.to_string()))?;
    if catalogue.communes.len() != meta.communes || catalogue.resources.len() != meta.resources {
        return Err(invalid(
            "catalogue et méta-données ne concordent pas".into(),
        ));
    }
    let index = Index::open_in_dir(&dir)?;
    schema::register_tokenizers(&index);
    let fields = Fields::from_schema(&index.schema()).map_err(invalid)?;
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    let docs = reader.searcher().num_docs() as usize;
    if docs < meta.resources {
        return Err(invalid(format!(
            "{docs} documents pour {} fiches",
            meta.resources
        )));
    }
    Ok(Opened {
        catalogue,
        index,
        reader,
        fields,
        meta,
        generation: generation.to_string(),
    })
}
