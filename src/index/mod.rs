//! The on-disk artifact: a tantivy index (place keys, resource text) plus the
//! validated catalogue, in one generation directory per build. `CURRENT` names
//! the live generation and is replaced atomically, so a build never disturbs
//! a running server and a broken build is never switched to.

pub mod schema;

use crate::catalogue::Catalogue;
use crate::domain::text::place_key;
use crate::sources::durable;
use schema::Fields;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tantivy::{doc, Index, IndexReader, ReloadPolicy};
use thiserror::Error;

pub const SCHEMA_VERSION: u32 = 6;
const CURRENT: &str = "CURRENT";
const CATALOGUE: &str = "maillage-catalogue.json";
const META: &str = "maillage-meta.json";

#[derive(Debug, Error)]
pub enum IndexError {
    #[error("index introuvable dans {0}")]
    Missing(PathBuf),
    #[error("index {0}")]
    Io(PathBuf, #[source] std::io::Error),
    #[error("tantivy")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("index {0} incomplet ou d'une autre version : {1}")]
    Invalid(PathBuf, String),
    #[error("index non publié : les données ({0}) sont plus anciennes que celles de l'index en service ({1})")]
    Older(String, String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meta {
    pub schema_version: u32,
    pub data_fingerprint: String,
    pub communes: usize,
    pub resources: usize,
    /// Resources per category, so the next build can tell what it would lose.
    #[serde(default)]
    pub kinds: std::collections::BTreeMap<String, usize>,
    /// CRC-32 of the catalogue file: a damaged one is refused, not served.
    #[serde(default)]
    pub catalogue_crc32: Option<u32>,
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut c = flate2::Crc::new();
    c.update(bytes);
    c.sum()
}

/// A build refused because one kind of help lost more than `MAX_DROP` of its records.
#[derive(Debug, Error)]
#[error("« {kind} » : {new} fiches au lieu de {live} dans l'index en service (baisse de plus de {pct} %) ; vérifiez les données, ou forcez avec --force")]
pub struct Shrink {
    pub kind: String,
    pub live: usize,
    pub new: usize,
    pub pct: u32,
}

/// Share of a kind's records a new build may lose before it is refused.
pub const MAX_DROP: f64 = 0.20;

/// Resources per category in a catalogue.
pub fn kinds(catalogue: &Catalogue) -> std::collections::BTreeMap<String, usize> {
    let mut k = std::collections::BTreeMap::new();
    for r in &catalogue.resources {
        *k.entry(r.category.id().to_string()).or_insert(0) += 1;
    }
    k
}

/// Every kind whose count would fall by more than `MAX_DROP` against the live generation.
pub fn shrinks(live: &Meta, new: &std::collections::BTreeMap<String, usize>) -> Vec<Shrink> {
    live.kinds
        .iter()
        .filter_map(|(kind, &was)| {
            let now = new.get(kind).copied().unwrap_or(0);
            ((now as f64) < was as f64 * (1.0 - MAX_DROP)).then(|| Shrink {
                kind: kind.clone(),
                live: was,
                new: now,
                pct: (MAX_DROP * 100.0) as u32,
            })
        })
        .collect()
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
#[tracing::instrument(name = "index_build", skip_all)]
pub fn build(
    catalogue: &Catalogue,
    root: &Path,
    data_fingerprint: &str,
) -> Result<String, IndexError> {
    std::fs::create_dir_all(root).map_err(io(root))?;
    // One build at a time: a second waits, so none prunes another's work.
    let lock_path = root.join(".lock");
    let lock = std::fs::File::create(&lock_path).map_err(io(&lock_path))?;
    lock.lock().map_err(io(&lock_path))?;
    // Data older than the live generation's never replaces it.
    if let Some(live) = current_meta(root) {
        if data_time(&live.data_fingerprint) > data_time(data_fingerprint) {
            return Err(IndexError::Older(
                data_fingerprint.to_string(),
                live.data_fingerprint,
            ));
        }
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let generation = format!("gen-{stamp}");
    let dir = root.join(&generation);
    match write_generation(catalogue, root, &dir, &generation, data_fingerprint) {
        Ok(()) => {
            prune(root, &generation);
            Ok(generation)
        }
        Err(e) => {
            // A failed build (a full disk) leaves nothing a later build
            // could take for a previous generation.
            unseal(&dir);
            let _ = std::fs::remove_dir_all(&dir);
            Err(e)
        }
    }
}

/// The time of the newest data file, as `sources::fingerprint` writes it first.
fn data_time(fingerprint: &str) -> u64 {
    fingerprint
        .split_once('-')
        .and_then(|(t, _)| t.parse().ok())
        .unwrap_or(0)
}

fn write_generation(
    catalogue: &Catalogue,
    root: &Path,
    dir: &Path,
    generation: &str,
    data_fingerprint: &str,
) -> Result<(), IndexError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let (schema, fields) = schema::schema();
    let index = Index::create_in_dir(dir, schema)?;
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

    let cat = serde_json::to_vec(catalogue)
        .map_err(|e| IndexError::Invalid(dir.to_path_buf(), e.to_string()))?;
    let meta = Meta {
        schema_version: SCHEMA_VERSION,
        data_fingerprint: data_fingerprint.to_string(),
        communes: catalogue.communes.len(),
        resources: catalogue.resources.len(),
        kinds: kinds(catalogue),
        catalogue_crc32: Some(crc32(&cat)),
    };
    // On disk before CURRENT may name this generation.
    durable::write_synced(&dir.join(CATALOGUE), &cat).map_err(io(dir))?;
    durable::write_synced(
        &dir.join(META),
        &serde_json::to_vec_pretty(&meta).unwrap_or_default(),
    )
    .map_err(io(dir))?;
    durable::sync_dir(dir).map_err(io(dir))?;

    open_generation(root, generation)?;
    seal(dir);
    durable::write_atomic(&root.join(CURRENT), generation.as_bytes()).map_err(io(root))?;
    Ok(())
}

fn unseal(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
}

/// A generation never changes once built: its files become read-only, so a
/// stray write fails instead of changing what a server would load.
fn seal(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let set = |p: &Path, mode| {
        if let Err(e) = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)) {
            tracing::warn!("cannot make {} read-only: {e}", p.display());
        }
    };
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            set(&e.path(), 0o444);
        }
    }
    set(dir, 0o555);
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
    // The previous generation is the newest complete one; an unfinished
    // directory is never kept in its place.
    if let Some(i) = gens.iter().rposition(|g| root.join(g).join(META).exists()) {
        gens.remove(i);
    }
    for g in gens {
        // Not fatal (the new generation is live), but old ones would pile up unseen.
        let dir = root.join(&g);
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755));
        }
        if let Err(e) = std::fs::remove_dir_all(&dir) {
            tracing::warn!("cannot remove old index generation {g}: {e}");
        }
    }
}

/// The generation's tantivy files, read whole into memory: the server then
/// never touches the disk again, so a file damaged or truncated while live
/// cannot crash it (a memory map would, with SIGBUS), and a damaged file is
/// found here, before the generation goes live.
fn in_memory(dir: &Path) -> Result<tantivy::directory::RamDirectory, IndexError> {
    use tantivy::directory::Directory;
    let ram = tantivy::directory::RamDirectory::create();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("maillage-") || name.ends_with(".lock") {
            continue;
        }
        let bytes = std::fs::read(entry.path()).map_err(io(dir))?;
        ram.atomic_write(Path::new(name.as_ref()), &bytes)
            .map_err(io(dir))?;
    }
    Ok(ram)
}

/// One query on every field before a generation serves: places by kind and
/// key, resources by kind and text, the stored and fast values read back.
fn smoke(reader: &IndexReader, f: &Fields, catalogue: &Catalogue) -> Result<(), String> {
    use tantivy::collector::{Count, DocSetCollector};
    use tantivy::query::TermQuery;
    use tantivy::schema::{IndexRecordOption, Value};
    use tantivy::{TantivyDocument, Term};
    let searcher = reader.searcher();
    let term = |field, text: &str| {
        TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic)
    };
    let count = |q: &TermQuery| searcher.search(q, &Count).map_err(|e| e.to_string());
    if !catalogue.resources.is_empty()
        && count(&term(f.kind, "resource"))? != catalogue.resources.len()
    {
        return Err("les fiches de l'index ne répondent pas".into());
    }
    if let Some(c) = catalogue.communes.first() {
        let hits = searcher
            .search(&term(f.key, &place_key(&c.name)), &DocSetCollector)
            .map_err(|e| e.to_string())?;
        let addr = hits
            .iter()
            .next()
            .ok_or("aucune commune ne répond à son nom")?;
        let doc: TantivyDocument = searcher.doc(*addr).map_err(|e| e.to_string())?;
        doc.get_first(f.ord)
            .and_then(|v| v.as_u64())
            .ok_or("valeur stockée illisible")?;
        let seg = searcher.segment_reader(addr.segment_ord);
        for name in [schema::ORD, schema::FORMER] {
            seg.fast_fields()
                .u64(name)
                .map_err(|e| e.to_string())?
                .first(addr.doc_id)
                .ok_or("valeur rapide illisible")?;
        }
    }
    if let Some(word) = catalogue
        .resources
        .first()
        .and_then(|r| r.name.split_whitespace().find(|w| w.len() > 3))
    {
        let parser = tantivy::query::QueryParser::for_index(searcher.index(), vec![f.text]);
        let q = parser.parse_query(word).map_err(|e| e.to_string())?;
        if searcher.search(&q, &Count).map_err(|e| e.to_string())? == 0 {
            return Err("le texte des fiches ne répond pas".into());
        }
    }
    Ok(())
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
    let bytes = std::fs::read(dir.join(CATALOGUE)).map_err(io(&dir))?;
    if meta.catalogue_crc32.is_some_and(|c| c != crc32(&bytes)) {
        return Err(invalid("catalogue endommagé (somme de contrôle)".into()));
    }
    let catalogue: Catalogue =
        serde_json::from_slice(&bytes).map_err(|e| invalid(e.to_string()))?;
    drop(bytes);
    if catalogue.communes.len() != meta.communes || catalogue.resources.len() != meta.resources {
        return Err(invalid(
            "catalogue et méta-données ne concordent pas".into(),
        ));
    }
    let index = Index::open(in_memory(&dir)?)?;
    let damaged = index.validate_checksum()?;
    if !damaged.is_empty() {
        return Err(invalid(format!("fichiers endommagés : {damaged:?}")));
    }
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
    smoke(&reader, &fields, &catalogue).map_err(invalid)?;
    Ok(Opened {
        catalogue,
        index,
        reader,
        fields,
        meta,
        generation: generation.to_string(),
    })
}
