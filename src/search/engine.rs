//! The engine: the catalogue and its lookup tables, read-only once built
//! and swapped whole on reload. Place resolution and resource ranking add
//! their methods in `place` and `resources`.

use super::brief::Brief;
use crate::catalogue::Catalogue;
use crate::domain::text::place_key;
use crate::domain::{Category, DepCode, GeoPoint, InseeCode, Postcode, Scope};
use crate::index::{self, schema::Fields, IndexError, Meta};
// The engine's maps are built once from our own data and only read after:
// a fast hash, since no request can add a key to them.
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use std::path::Path;
use tantivy::IndexReader;

/// Everything a request needs, read-only once built; swapped whole on reload.
pub struct Engine {
    pub cat: Catalogue,
    pub meta: Meta,
    pub generation: String,
    pub(super) reader: IndexReader,
    pub(super) fields: Fields,
    pub(super) by_insee: FxHashMap<InseeCode, usize>,
    pub(super) by_postcode: FxHashMap<Postcode, Vec<usize>>,
    pub(super) postcodes: Vec<Postcode>,
    pub(super) keys: FxHashMap<String, Vec<(usize, bool)>>,
    pub(super) sorted_keys: Vec<(String, usize, bool)>,
    pub(super) cities_with_arrondissements: HashSet<usize>,
    pub(super) res_by_id: FxHashMap<String, usize>,
    pub(super) res_national: Vec<usize>,
    pub(super) res_by_commune: FxHashMap<InseeCode, Vec<usize>>,
    pub(super) res_by_dep: FxHashMap<DepCode, Vec<usize>>,
    /// The same, less the placed records the grid finds for a place with a
    /// point; specialised help stays, as it serves its whole département.
    pub(super) res_by_dep_unplaced: FxHashMap<DepCode, Vec<usize>>,
    pub(super) res_around: Vec<usize>,
    /// Placed département-wide records by grid cell, to find them across
    /// borders; each with what the search reads of it, so a search scans one
    /// compact list instead of reading every record.
    pub(super) res_grid: FxHashMap<(i32, i32), Vec<Placed>>,
    /// HSDS UUID (service, organization, location) → resource position.
    pub(super) hsds: FxHashMap<String, usize>,
    /// What ranking reads of each record, by position.
    pub(super) briefs: Vec<Brief>,
}

impl Engine {
    pub fn open(root: &Path) -> Result<Self, IndexError> {
        let o = index::open(root)?;
        Ok(Self::from_parts(
            o.catalogue,
            o.meta,
            o.generation,
            o.reader,
            o.fields,
        ))
    }

    fn from_parts(
        cat: Catalogue,
        meta: Meta,
        generation: String,
        reader: IndexReader,
        fields: Fields,
    ) -> Self {
        let mut by_insee = FxHashMap::default();
        let mut by_postcode: FxHashMap<Postcode, Vec<usize>> = FxHashMap::default();
        let mut keys: FxHashMap<String, Vec<(usize, bool)>> = FxHashMap::default();
        let mut cities_with_arrondissements = HashSet::new();
        for (i, c) in cat.communes.iter().enumerate() {
            by_insee.insert(c.insee.clone(), i);
            for p in &c.postcodes {
                by_postcode.entry(p.clone()).or_default().push(i);
            }
            keys.entry(place_key(&c.name)).or_default().push((i, false));
            for f in &c.former {
                keys.entry(place_key(f)).or_default().push((i, true));
            }
        }
        for c in &cat.communes {
            if let Some(&p) = c.parent.as_ref().and_then(|p| by_insee.get(p)) {
                cities_with_arrondissements.insert(p);
            }
        }
        for v in keys.values_mut() {
            v.sort();
            v.dedup_by_key(|(i, _)| *i);
        }
        let mut sorted_keys: Vec<(String, usize, bool)> = keys
            .iter()
            .flat_map(|(k, v)| v.iter().map(move |(i, f)| (k.clone(), *i, *f)))
            .collect();
        sorted_keys.sort();
        let mut postcodes: Vec<Postcode> = by_postcode.keys().cloned().collect();
        postcodes.sort();

        let mut res_by_id = FxHashMap::default();
        let (mut res_national, mut res_around) = (vec![], vec![]);
        let mut res_by_commune: FxHashMap<InseeCode, Vec<usize>> = FxHashMap::default();
        let mut res_by_dep: FxHashMap<DepCode, Vec<usize>> = FxHashMap::default();
        let mut res_by_dep_unplaced: FxHashMap<DepCode, Vec<usize>> = FxHashMap::default();
        let mut res_grid: FxHashMap<(i32, i32), Vec<Placed>> = Default::default();
        for (i, r) in cat.resources.iter().enumerate() {
            res_by_id.insert(r.id.clone(), i);
            if let (Scope::Departements { .. }, Some(p)) = (&r.scope, r.point) {
                res_grid
                    .entry(grid_cell(p.lat, p.lon))
                    .or_default()
                    .push(Placed {
                        unit: unit_vector(p),
                        point: p,
                        category: r.category,
                        index: i,
                    });
            }

            match &r.scope {
                Scope::National => res_national.push(i),
                Scope::Departements { codes } => {
                    let unplaced = r.point.is_none() || r.category.is_specialised();
                    for c in codes {
                        res_by_dep.entry(c.clone()).or_default().push(i);
                        if unplaced {
                            res_by_dep_unplaced.entry(c.clone()).or_default().push(i);
                        }
                    }
                }
                Scope::Communes { codes } => codes
                    .iter()
                    .for_each(|c| res_by_commune.entry(c.clone()).or_default().push(i)),
                Scope::Around { .. } => res_around.push(i),
            }
        }
        let prone = twin_prone(&cat);
        let briefs = cat
            .resources
            .iter()
            .zip(prone)
            .map(|(r, twin_prone)| Brief::of(r, twin_prone))
            .collect();
        // Built when the index opens, never inside a request.
        let mut hsds =
            FxHashMap::with_capacity_and_hasher(cat.resources.len() * 3, Default::default());
        for (i, r) in cat.resources.iter().enumerate() {
            for k in ["service", "organization", "location", "service_at_location"] {
                hsds.insert(format!("{k}/{}", crate::domain::hsds_uuid(k, &r.id)), i);
            }
        }
        Self {
            cat,
            meta,
            generation,
            reader,
            fields,
            by_insee,
            by_postcode,
            postcodes,
            keys,
            sorted_keys,
            cities_with_arrondissements,
            res_by_id,
            res_national,
            res_by_commune,
            res_by_dep,
            res_by_dep_unplaced,
            res_around,
            res_grid,
            hsds,
            briefs,
        }
    }

    /// The resource behind an HSDS UUID of the given kind.
    pub fn hsds_index(&self, kind: &str, uuid: &str) -> Option<usize> {
        self.hsds.get(&format!("{kind}/{uuid}")).copied()
    }

    /// A national line's first number as printed ("3919"), read from the
    /// data so no page writes one from memory; empty when the line is absent.
    pub fn number(&self, id: &str) -> String {
        self.resource(id)
            .and_then(|r| r.phones.first())
            .map(|p| p.number.display())
            .unwrap_or_default()
    }
    pub fn resource(&self, id: &str) -> Option<&crate::domain::Resource> {
        self.res_by_id.get(id).map(|&i| &self.cat.resources[i])
    }

    pub fn commune(&self, i: usize) -> &crate::domain::Commune {
        &self.cat.communes[i]
    }

    pub fn commune_by_insee(&self, code: &InseeCode) -> Option<usize> {
        self.by_insee.get(code).copied()
    }

    /// A commune from an INSEE code exactly as it appears in a URL: a padded
    /// or otherwise re-written code is not the same page (nor cache entry).
    pub fn commune_by_code(&self, code: &str) -> Option<usize> {
        InseeCode::parse(code)
            .ok()
            .filter(|c| c.as_str().eq_ignore_ascii_case(code))
            .and_then(|c| self.commune_by_insee(&c))
    }

    pub fn departement_name(&self, d: &DepCode) -> &str {
        self.cat
            .departements
            .get(d)
            .map(|d| d.name.as_str())
            .unwrap_or("")
    }
}

/// A placed département-wide record as the grid holds it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Placed {
    /// Its point on the unit sphere: the chord to another point orders
    /// places as their distance does, for three products instead of
    /// Haversine's trigonometry.
    pub unit: [f64; 3],
    pub point: GeoPoint,
    pub category: Category,
    pub index: usize,
}

pub(super) fn unit_vector(p: GeoPoint) -> [f64; 3] {
    let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// The squared chord between two points of the unit sphere.
pub(super) fn chord2(a: [f64; 3], b: [f64; 3]) -> f64 {
    let d = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
    d[0] * d[0] + d[1] * d[1] + d[2] * d[2]
}

/// Records that share their kind, commune and a phone with another record
/// (the twins `drop_twins` and `twins` look for), by position.
fn twin_prone(cat: &Catalogue) -> Vec<bool> {
    let mut holders: FxHashMap<(Category, &InseeCode, &str), Vec<usize>> = FxHashMap::default();
    for (i, r) in cat.resources.iter().enumerate() {
        for key in r.twin_keys() {
            let ids = holders.entry(key).or_default();
            if ids.last() != Some(&i) {
                ids.push(i);
            }
        }
    }
    let mut prone = vec![false; cat.resources.len()];
    for ids in holders.values().filter(|ids| ids.len() > 1) {
        for &i in ids {
            prone[i] = true;
        }
    }
    prone
}

/// Grid cells of a quarter degree: a 50 km search reads about 16 of them.
pub(crate) fn grid_cell(lat: f64, lon: f64) -> (i32, i32) {
    ((lat * 4.0).floor() as i32, (lon * 4.0).floor() as i32)
}
