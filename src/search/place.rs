//! Place resolution: what a person typed → one commune, a short choice, or a
//! plain "not found" with suggestions. Over 400 lines because every way of
//! naming a place (code, postcode, name, former commune, arrondissement,
//! prefix) resolves here against the same tables, with its tests beside it.

use super::engine::Engine;
use super::query::PlaceQuery;
use crate::domain::text::place_key;
use crate::domain::{CommuneKind, GeoPoint, InseeCode, Postcode};
use serde::Serialize;
use std::collections::HashSet;
use tantivy::collector::DocSetCollector;
use tantivy::query::FuzzyTermQuery;
use tantivy::Term;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Matched {
    Name,
    Postcode,
    FormerCommune,
    Insee,
    Point,
    /// The typed postcode does not exist (a CEDEX code?): these share the nearest one.
    NearestPostcode,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Position in the catalogue's communes.
    pub commune: usize,
    pub matched: Matched,
    /// The former commune's name when that is what matched.
    pub via: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// One place; `also` offers related places (the whole city for an arrondissement).
    Found {
        place: Candidate,
        also: Vec<Candidate>,
    },
    Choose {
        candidates: Vec<Candidate>,
    },
    UnknownPostcode {
        postcode: Postcode,
        nearest: Option<Postcode>,
        suggestions: Vec<Candidate>,
    },
    UnknownName {
        suggestions: Vec<Candidate>,
    },
}

impl Candidate {
    /// A match on a commune's name, or on the name of a former commune it absorbed.
    fn by_name(commune: usize, former: bool) -> Self {
        let matched = if former {
            Matched::FormerCommune
        } else {
            Matched::Name
        };
        Self {
            commune,
            matched,
            via: None,
        }
    }
}

impl Resolution {
    /// Candidates in display order, whatever the outcome.
    pub fn candidates(&self) -> Vec<&Candidate> {
        match self {
            Resolution::Found { place, also } => std::iter::once(place).chain(also).collect(),
            Resolution::Choose { candidates } => candidates.iter().collect(),
            Resolution::UnknownPostcode { suggestions, .. }
            | Resolution::UnknownName { suggestions } => suggestions.iter().collect(),
        }
    }
}

const CHOICE_MAX: usize = 30;

impl Engine {
    pub fn resolve(&self, q: &PlaceQuery) -> Resolution {
        match q {
            PlaceQuery::Postcode(p) => self.resolve_postcode(p),
            PlaceQuery::PostcodePrefix(prefix) => {
                let mut cands = self.postcode_prefix(prefix);
                match cands.len() {
                    0 => Resolution::UnknownName {
                        suggestions: vec![],
                    },
                    1 => Resolution::Found {
                        place: cands.remove(0),
                        also: vec![],
                    },
                    _ => Resolution::Choose { candidates: cands },
                }
            }
            PlaceQuery::Arrondissement(code) => match self.by_insee.get(code) {
                Some(&i) => self.found_with_city(Candidate {
                    commune: i,
                    matched: Matched::Name,
                    via: None,
                }),
                None => Resolution::UnknownName {
                    suggestions: vec![],
                },
            },
            PlaceQuery::Name { key, dep, postcode } => {
                self.resolve_name(key, dep.as_ref(), postcode.as_ref())
            }
        }
    }

    /// A whole address typed into the place field ("12 rue de la paix
    /// maubeuge", "rue de la paix 59600 maubeuge"): a postcode inside it, or
    /// the commune its last words name. Only an exact answer is taken.
    pub fn resolve_within(&self, text: &str) -> Option<Resolution> {
        let ws = crate::domain::text::words(text);
        if ws.len() < 2 {
            return None;
        }
        let exact = |r: Resolution| match r {
            r @ (Resolution::Found { .. } | Resolution::Choose { .. }) => Some(r),
            _ => None,
        };
        let postcode = ws.iter().rev().find_map(|w| Postcode::parse(w).ok());
        let by_name = (1..ws.len().min(6)).rev().find_map(|n| {
            let words = ws[ws.len() - n..].join(" ");
            match super::query::parse(&words) {
                Ok(q @ PlaceQuery::Arrondissement(_)) => exact(self.resolve(&q)),
                // A near spelling is fine in the search field, not inside a
                // sentence: "appelez vite Jacques" is no place.
                Ok(q @ PlaceQuery::Name { .. }) => {
                    let key = place_key(&words);
                    let named = |c: &Candidate| {
                        let commune = self.commune(c.commune);
                        place_key(&commune.name) == key
                            || commune.former.iter().any(|f| place_key(f) == key)
                    };
                    let mut found: Vec<Candidate> = match self.resolve(&q) {
                        Resolution::Found { place, .. } => vec![place],
                        Resolution::Choose { candidates } => candidates,
                        _ => vec![],
                    };
                    found.retain(|c| named(c));
                    // "… 59600 maubeuge": the postcode picks among homonyms.
                    if let Some(p) = &postcode {
                        let within: Vec<Candidate> = found
                            .iter()
                            .filter(|c| self.commune(c.commune).postcodes.contains(p))
                            .cloned()
                            .collect();
                        if !within.is_empty() {
                            found = within;
                        }
                    }
                    match found.len() {
                        0 => None,
                        1 => Some(self.found_with_city(found.remove(0))),
                        _ => Some(Resolution::Choose { candidates: found }),
                    }
                }
                _ => None,
            }
        });
        by_name.or_else(|| postcode.and_then(|p| exact(self.resolve_postcode(&p))))
    }

    pub fn resolve_insee(&self, code: &InseeCode) -> Option<Candidate> {
        self.by_insee.get(code).map(|&i| Candidate {
            commune: i,
            matched: Matched::Insee,
            via: None,
        })
    }

    /// Nearest commune with a known point, by a cheap planar distance.
    pub fn resolve_point(&self, p: GeoPoint) -> Option<Candidate> {
        let k = p.lat.to_radians().cos().powi(2);
        self.cat
            .communes
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                c.point
                    .map(|q| (i, (q.lat - p.lat).powi(2) + k * (q.lon - p.lon).powi(2)))
            })
            .filter(|(i, _)| !self.is_city_with_arrondissements(*i))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| Candidate {
                commune: i,
                matched: Matched::Point,
                via: None,
            })
    }

    fn is_city_with_arrondissements(&self, i: usize) -> bool {
        self.cities_with_arrondissements.contains(&i)
    }

    fn found_with_city(&self, place: Candidate) -> Resolution {
        let also = self.cat.communes[place.commune]
            .parent
            .as_ref()
            .and_then(|p| self.by_insee.get(p))
            .map(|&c| {
                vec![Candidate {
                    commune: c,
                    matched: place.matched,
                    via: None,
                }]
            })
            .unwrap_or_default();
        Resolution::Found { place, also }
    }

    fn resolve_postcode(&self, p: &Postcode) -> Resolution {
        let Some(list) = self.by_postcode.get(p) else {
            let nearest = self.nearest_postcode(p);
            let suggestions = nearest
                .as_ref()
                .and_then(|n| self.by_postcode.get(n))
                .map(|l| self.postcode_candidates(l))
                .unwrap_or_default()
                .into_iter()
                .map(|c| Candidate {
                    matched: Matched::NearestPostcode,
                    ..c
                })
                .collect();
            return Resolution::UnknownPostcode {
                postcode: p.clone(),
                nearest,
                suggestions,
            };
        };
        let cands = self.postcode_candidates(list);
        // An arrondissement's postcode also lists its city: the arrondissement wins.
        let arr: Vec<&Candidate> = cands
            .iter()
            .filter(|c| self.cat.communes[c.commune].kind == CommuneKind::Arrondissement)
            .collect();
        if arr.len() == 1 {
            return self.found_with_city(arr[0].clone());
        }
        if cands.len() == 1 {
            return Resolution::Found {
                place: cands[0].clone(),
                also: vec![],
            };
        }
        Resolution::Choose { candidates: cands }
    }

    /// Communes whose postcode starts with what was typed, biggest first.
    fn postcode_prefix(&self, prefix: &str) -> Vec<Candidate> {
        if prefix.len() < 2 {
            return vec![];
        }
        let start = self.postcodes.partition_point(|p| p.as_str() < prefix);
        let mut seen = HashSet::new();
        let communes: Vec<usize> = self.postcodes[start..]
            .iter()
            .take_while(|p| p.as_str().starts_with(prefix))
            .flat_map(|p| self.by_postcode[p].iter().copied())
            .filter(|i| seen.insert(*i))
            .collect();
        let mut cands = self.postcode_candidates(&communes);
        cands.truncate(CHOICE_MAX);
        cands
    }

    fn postcode_candidates(&self, list: &[usize]) -> Vec<Candidate> {
        let mut v: Vec<usize> = list.to_vec();
        v.sort_by_key(|&i| {
            let c = &self.cat.communes[i];
            (
                c.kind != CommuneKind::Arrondissement,
                std::cmp::Reverse(c.population),
            )
        });
        v.into_iter()
            .map(|i| Candidate {
                commune: i,
                matched: Matched::Postcode,
                via: None,
            })
            .collect()
    }

    /// The real postcode a CEDEX code most likely derives from: the same code
    /// rounded down to ten ("01108" → "01100"), else the closest in the area.
    fn nearest_postcode(&self, p: &Postcode) -> Option<Postcode> {
        let n = p.as_number();
        let same_area = |q: &&Postcode| q.area_prefix() == p.area_prefix();
        let base = Postcode::parse(&format!("{:05}", n - n % 10))
            .ok()
            .filter(|b| self.by_postcode.contains_key(b));
        base.or_else(|| {
            self.postcodes
                .iter()
                .filter(same_area)
                .min_by_key(|q| (q.as_number().abs_diff(n), q.as_number()))
                .cloned()
        })
    }

    /// Whether commune `i` passes a trailing département or postcode filter.
    fn passes_filters(
        &self,
        i: usize,
        dep: Option<&crate::domain::DepCode>,
        postcode: Option<&Postcode>,
    ) -> bool {
        let c = &self.cat.communes[i];
        dep.is_none_or(|d| &c.departement == d) && postcode.is_none_or(|p| c.postcodes.contains(p))
    }

    fn resolve_name(
        &self,
        key: &str,
        dep: Option<&crate::domain::DepCode>,
        postcode: Option<&Postcode>,
    ) -> Resolution {
        let keep = |i: usize| self.passes_filters(i, dep, postcode);
        for filtered in [true, false] {
            if !filtered && dep.is_none() && postcode.is_none() {
                break;
            }
            let ok = |i: usize| !filtered || keep(i);
            let exact: Vec<(usize, bool)> = self
                .keys
                .get(key)
                .into_iter()
                .flatten()
                .copied()
                .filter(|(i, _)| ok(*i))
                .collect();
            if !exact.is_empty() {
                return self.name_outcome(exact, key);
            }
            for distance in [1u8, 2] {
                if (distance == 1 && key.len() < 4) || (distance == 2 && key.len() < 9) {
                    continue;
                }
                let fuzzy: Vec<(usize, bool)> = self
                    .fuzzy(key, distance)
                    .into_iter()
                    .filter(|(i, _)| ok(*i))
                    .collect();
                if !fuzzy.is_empty() {
                    return self.name_outcome(fuzzy, key);
                }
            }
            let prefix: Vec<(usize, bool)> = self
                .prefix(key)
                .into_iter()
                .filter(|(i, _)| ok(*i))
                .collect();
            if !prefix.is_empty() {
                return self.name_outcome(prefix, key);
            }
        }
        Resolution::UnknownName {
            suggestions: vec![],
        }
    }

    /// Current communes before former ones, then biggest first; one left → found.
    fn name_outcome(&self, mut hits: Vec<(usize, bool)>, key: &str) -> Resolution {
        hits.sort_by_key(|&(i, former)| {
            (
                former,
                std::cmp::Reverse(self.cat.communes[i].population),
                i,
            )
        });
        let mut seen = HashSet::new();
        hits.retain(|(i, _)| seen.insert(*i));
        let cands: Vec<Candidate> = hits
            .iter()
            .take(CHOICE_MAX)
            .map(|&(i, former)| Candidate::by_name(i, former))
            .collect();
        let cands = self.with_former_names(cands, key);
        let current = hits.iter().filter(|(_, f)| !f).count();
        if cands.len() == 1 || current == 1 {
            let mut it = cands.into_iter();
            if let Some(place) = it.next() {
                return Resolution::Found {
                    place,
                    also: it.collect(),
                };
            }
            return Resolution::Choose { candidates: vec![] };
        }
        Resolution::Choose { candidates: cands }
    }

    /// Keys within `distance` edits, via tantivy's Levenshtein automaton.
    fn fuzzy(&self, key: &str, distance: u8) -> Vec<(usize, bool)> {
        let q = FuzzyTermQuery::new(Term::from_field_text(self.fields.key, key), distance, true);
        let searcher = self.reader.searcher();
        let Ok(docs) = searcher.search(&q, &DocSetCollector) else {
            return vec![];
        };
        let mut out = Vec::new();
        for addr in docs {
            let seg = searcher.segment_reader(addr.segment_ord);
            let (Ok(ord), Ok(former)) = (
                seg.fast_fields().u64(crate::index::schema::ORD),
                seg.fast_fields().u64(crate::index::schema::FORMER),
            ) else {
                continue;
            };
            if let (Some(o), Some(f)) = (ord.first(addr.doc_id), former.first(addr.doc_id)) {
                out.push((o as usize, f == 1));
            }
        }
        out
    }

    fn prefix(&self, key: &str) -> Vec<(usize, bool)> {
        if key.len() < 3 {
            return vec![];
        }
        let start = self
            .sorted_keys
            .partition_point(|(k, _, _)| k.as_str() < key);
        self.sorted_keys[start..]
            .iter()
            .take_while(|(k, _, _)| k.starts_with(key))
            .map(|(_, i, f)| (*i, *f))
            .collect()
    }

    /// Autocomplete: exact, then prefix, then one-typo matches, biggest first.
    pub fn suggest(&self, q: &PlaceQuery, limit: usize) -> Vec<Candidate> {
        match q {
            PlaceQuery::Name { key, dep, postcode } => {
                let keep = |i: &usize| self.passes_filters(*i, dep.as_ref(), postcode.as_ref());
                let mut out: Vec<Candidate> = Vec::new();
                let mut seen = HashSet::new();
                let mut add = |mut hits: Vec<(usize, bool)>, out: &mut Vec<Candidate>| {
                    hits.retain(|(i, _)| keep(i));
                    hits.sort_by_key(|&(i, former)| {
                        (former, std::cmp::Reverse(self.cat.communes[i].population))
                    });
                    for (i, former) in hits {
                        if seen.insert(i) {
                            out.push(Candidate::by_name(i, former));
                        }
                    }
                };
                add(
                    self.keys.get(key.as_str()).cloned().unwrap_or_default(),
                    &mut out,
                );
                if out.len() < limit {
                    add(self.prefix(key), &mut out);
                }
                if out.len() < limit && key.len() >= 4 {
                    add(self.fuzzy(key, 1), &mut out);
                }
                out.truncate(limit);
                self.with_former_names(out, key)
            }
            _ => {
                let mut v = self
                    .resolve(q)
                    .candidates()
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>();
                v.truncate(limit);
                v
            }
        }
    }

    /// Names the former commune that matched, so a list can say "(Hauteville-Lompnes)".
    pub fn with_former_names(&self, mut cands: Vec<Candidate>, key: &str) -> Vec<Candidate> {
        for c in cands
            .iter_mut()
            .filter(|c| c.matched == Matched::FormerCommune)
        {
            let former = &self.cat.communes[c.commune].former;
            c.via = former
                .iter()
                .find(|f| place_key(f).starts_with(key))
                .or(former.first())
                .cloned();
        }
        cands
    }
}
