//! Everything the service knows, in memory: communes, territories, resources.

use crate::domain::{Commune, DepCode, Resource};
use crate::sources::communes::Departement;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Catalogue {
    /// Sorted by INSEE code; positions are stable ids inside one index build.
    pub communes: Vec<Commune>,
    pub departements: BTreeMap<DepCode, Departement>,
    /// Sorted by id.
    pub resources: Vec<Resource>,
    /// Package versions and extract date of the snapshot, for the about page.
    pub sources: HashMap<String, String>,
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
        Self {
            communes,
            departements,
            resources,
            sources,
        }
    }
}
