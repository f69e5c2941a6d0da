//! How much of France each kind of help covers: records, départements with
//! at least one, and how old their facts are (`maillage validate --all`).

use crate::catalogue::Catalogue;
use crate::domain::Resource;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// One kind of help, or one network of the specialist layer.
#[derive(Debug, PartialEq)]
pub struct Coverage {
    pub kind: String,
    pub records: usize,
    pub departements: usize,
    /// Median age of the facts, in whole months.
    pub median_months: u32,
}

fn months(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let m = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    m.max(0) as u32
}

fn count<'a>(kind: String, rs: impl Iterator<Item = &'a Resource>, today: NaiveDate) -> Coverage {
    let mut ages = vec![];
    let mut deps = BTreeSet::new();
    for r in rs {
        ages.push(months(r.updated, today));
        if let Some(d) = &r.departement {
            deps.insert(d.to_string());
        }
    }
    ages.sort_unstable();
    Coverage {
        kind,
        records: ages.len(),
        departements: deps.len(),
        median_months: ages.get(ages.len() / 2).copied().unwrap_or(0),
    }
}

/// Local help per category (national lines aside), then the specialist
/// layer's networks by the prefix of their ids (`fv:`, `cidff:`…).
pub fn coverage(cat: &Catalogue, today: NaiveDate) -> Vec<Coverage> {
    let local: Vec<&Resource> = cat
        .resources
        .iter()
        .filter(|r| !matches!(r.scope, crate::domain::Scope::National))
        .collect();
    let mut by_kind: BTreeMap<String, Vec<&Resource>> = BTreeMap::new();
    for r in &local {
        by_kind
            .entry(r.category.id().to_string())
            .or_default()
            .push(r);
        if let Some((net, _)) = r.id.split_once(':') {
            if ["fv", "cidff", "fnsf", "adj", "mdf", "umj"].contains(&net) {
                by_kind.entry(format!("network {net}")).or_default().push(r);
            }
        }
    }
    by_kind
        .into_iter()
        .map(|(k, rs)| count(k, rs.into_iter(), today))
        .collect()
}
