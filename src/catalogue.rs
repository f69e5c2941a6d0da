//! Everything the service knows, in memory: communes, territories, resources.

use crate::domain::Departement;
use crate::domain::{Commune, DepCode, Resource, Source};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "CatalogueFile")]
pub struct Catalogue {
    /// Sorted by INSEE code; positions are stable ids inside one index build.
    pub communes: Vec<Commune>,
    pub departements: BTreeMap<DepCode, Departement>,
    /// Sorted by id.
    pub resources: Vec<Resource>,
    /// Package versions and extract date of the snapshot, for the about page.
    pub sources: HashMap<String, String>,
    /// Each distinct record source once, and each resource's position in it:
    /// the file (and memory) holds a source once, not 46,000 times.
    source_table: Vec<Source>,
    source_of: Vec<u32>,
}

/// The catalogue as stored; reading it shares each source among its records.
#[derive(Deserialize)]
struct CatalogueFile {
    communes: Vec<Commune>,
    departements: BTreeMap<DepCode, Departement>,
    resources: Vec<Resource>,
    sources: HashMap<String, String>,
    source_table: Vec<Source>,
    source_of: Vec<u32>,
}

/// Points each resource at its shared source: one allocation per source.
fn link_sources(resources: &mut [Resource], table: &[Source], of: &[u32]) {
    let shared: Vec<Arc<Source>> = table.iter().cloned().map(Arc::new).collect();
    for (r, &i) in resources.iter_mut().zip(of) {
        if let Some(s) = shared.get(i as usize) {
            r.source = s.clone();
        }
    }
}

impl From<CatalogueFile> for Catalogue {
    fn from(mut f: CatalogueFile) -> Self {
        link_sources(&mut f.resources, &f.source_table, &f.source_of);
        Self {
            communes: f.communes,
            departements: f.departements,
            resources: f.resources,
            sources: f.sources,
            source_table: f.source_table,
            source_of: f.source_of,
        }
    }
}

impl Catalogue {
    pub fn new(
        mut communes: Vec<Commune>,
        departements: BTreeMap<DepCode, Departement>,
        mut resources: Vec<Resource>,
        sources: HashMap<String, String>,
    ) -> Self {
        communes.sort_by(|a, b| a.insee.cmp(&b.insee));
        communes.dedup_by(|a, b| a.insee == b.insee);
        resources.sort_by(|a, b| a.id.cmp(&b.id));
        let mut positions: HashMap<Arc<Source>, u32> = HashMap::new();
        let mut source_table = vec![];
        let mut source_of = Vec::with_capacity(resources.len());
        for r in &mut resources {
            let next = source_table.len() as u32;
            let i = *positions.entry(r.source.clone()).or_insert_with(|| {
                source_table.push((*r.source).clone());
                next
            });
            source_of.push(i);
        }
        link_sources(&mut resources, &source_table, &source_of);
        Self {
            communes,
            departements,
            resources,
            sources,
            source_table,
            source_of,
        }
    }
}
