//! What printed pages list: a département's directory (local structures by
//! kind, then the mairies found by their commune's name) and a poster's
//! local contacts. Pages render these; the choice and the order are made here.

use super::{Engine, ResourceQuery, SearchError, Section};
use crate::domain::text::place_key;
use crate::domain::{Category, DepCode, Resource, Scope};

pub struct Directory<'a> {
    /// Kinds with at least one structure, in `Category::ALL` order, each
    /// with its town, sorted by town then name the way people read them
    /// (accents and case ignored): a professional looks for the nearest town.
    pub kinds: Vec<(Category, Vec<(&'a str, &'a Resource)>)>,
    /// Each mairie with its commune's name, sorted by that name.
    pub mairies: Vec<(&'a str, &'a Resource)>,
}

impl Directory<'_> {
    /// The kinds a reader can filter by, mairies counted as social services.
    pub fn categories(&self) -> Vec<Category> {
        Category::ALL
            .into_iter()
            .filter(|c| {
                self.kinds.iter().any(|(k, _)| k == c)
                    || (*c == Category::SocialServices && !self.mairies.is_empty())
            })
            .collect()
    }
}

impl Engine {
    /// Everything local to `dep`: its own structures and those serving it.
    pub fn departement_directory(&self, dep: &DepCode) -> Directory<'_> {
        let mut in_dep: Vec<&Resource> = self
            .cat
            .resources
            .iter()
            .filter(|r| !r.is_national())
            .filter(|r| {
                r.departement.as_ref() == Some(dep)
                    || matches!(&r.scope, Scope::Departements { codes } if codes.contains(dep))
            })
            .collect();
        in_dep.sort_by_cached_key(|r| place_key(&r.name));
        let (mairies, others): (Vec<_>, Vec<_>) = in_dep
            .into_iter()
            .partition(|r| r.service == Some(crate::domain::Service::Mairie));
        // A mairie is found by its commune's name, not by "Mairie d'…".
        let mut mairies: Vec<(String, &str, &Resource)> = mairies
            .into_iter()
            .map(|r| {
                let name = r
                    .commune
                    .as_ref()
                    .and_then(|c| self.commune_by_insee(c))
                    .map(|i| self.commune(i).name.as_str())
                    .unwrap_or(r.name.as_str());
                (place_key(name), name, r)
            })
            .collect();
        mairies.sort_by(|a, b| a.0.cmp(&b.0));
        let town = |r: &Resource| {
            r.commune
                .as_ref()
                .and_then(|c| self.commune_by_insee(c))
                .map(|i| self.commune(i).name.as_str())
                .unwrap_or("")
        };
        let kinds = Category::ALL
            .into_iter()
            .map(|c| {
                let mut list: Vec<(String, &str, &Resource)> = others
                    .iter()
                    .copied()
                    .filter(|r| r.category == c)
                    .map(|r| (place_key(town(r)), town(r), r))
                    .collect();
                // Stable: within a town, the name order above stays.
                list.sort_by(|a, b| a.0.cmp(&b.0));
                (
                    c,
                    list.into_iter().map(|(_, t, r)| (t, r)).collect::<Vec<_>>(),
                )
            })
            .filter(|(_, list)| !list.is_empty())
            .collect();
        Directory {
            kinds,
            mairies: mairies.into_iter().map(|(_, n, r)| (n, r)).collect(),
        }
    }
}

impl Engine {
    /// Up to three of the nearest of each kind with a phone, for paper. A
    /// poster stays on a wall for years: only facts confirmed within 24
    /// months and not in doubt, and the mairie, which always answers.
    pub fn print_contacts(
        &self,
        commune: usize,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<&Resource>, SearchError> {
        let today = now.date_naive();
        let hits = self.search_resources(&ResourceQuery::for_commune(commune), now)?;
        let leads: Vec<&Resource> = hits
            .iter()
            .filter(|h| h.section == Section::Local && h.lead)
            .map(|h| &self.cat.resources[h.resource])
            .filter(|r| !r.phones.is_empty() && !r.needs_review)
            .collect();
        // Paper lasts: the specialised places (CIDFF, victim support, a
        // Maison de justice), only with fresh facts, then her mairie or CCAS.
        let specialised = leads
            .iter()
            .filter(|r| r.category.is_specialised() && !r.is_stale(today))
            .take(3);
        let social = leads
            .iter()
            .filter(|r| r.category == Category::SocialServices)
            .take(1);
        Ok(specialised.chain(social).copied().collect())
    }
}
