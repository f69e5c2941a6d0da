//! Resources for a place, in the order a person in danger needs them:
//! emergency numbers, 24/7 listening lines, local help nearest first, then
//! the other national lines.

use super::brief::Section;
use super::engine::{chord2, grid_cell, unit_vector, Engine};
use super::priorities::{lead_distance, national_rank, LeadKind, Need, NEAR_KM, NEAR_MAX};
use crate::domain::model::ids;
use crate::domain::{Audience, Category, Commune, GeoPoint, InseeCode, OpenState, Resource, Scope};
use crate::index::schema::french_analyzer;
use chrono::{DateTime, Utc};
use std::collections::HashSet;
use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

#[derive(Debug, Clone, Default)]
pub struct ResourceQuery {
    /// Position of the commune in the catalogue.
    pub commune: Option<usize>,
    /// Where distances are measured from; the commune's point when absent.
    pub origin: Option<GeoPoint>,
    pub text: Option<String>,
    pub categories: Vec<Category>,
    pub audiences: Vec<Audience>,
    pub open_now: bool,
    pub free_only: bool,
    /// Also include resources whose place lies within this distance.
    pub radius_km: Option<f64>,
}

impl ResourceQuery {
    /// Everything for one commune, unfiltered: what the widget, the poster
    /// and the HSDS view show.
    pub fn for_commune(commune: usize) -> Self {
        Self {
            commune: Some(commune),
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub resource: usize,
    pub section: Section,
    /// The nearest local structure of its kind (police, specialised help,
    /// France Services, the mairie): shown before the rest.
    pub lead: bool,
    pub distance_km: Option<f64>,
    /// None when the hours are not known.
    pub open: Option<OpenState>,
}

impl Hit {
    pub fn open_now(&self) -> Option<bool> {
        self.open
            .as_ref()
            .map(|s| matches!(s, OpenState::Open { .. }))
    }
}

/// Open or closed at `now`: a local structure on its département's clock and
/// holidays; a national line on Paris's, its times shown on the clock of the
/// commune she looks from (overseas differ by up to 12 hours).
pub fn open_state(
    r: &Resource,
    commune: Option<&Commune>,
    now: DateTime<Utc>,
) -> Option<OpenState> {
    Clocks::new(commune, now).state(r)
}

/// The clocks a search reads every place's hours on, set once per search
/// rather than once per place.
struct Clocks<'a> {
    paris: DateTime<chrono_tz::Tz>,
    /// Her commune's département and its time, for local structures.
    local: Option<(&'a Commune, DateTime<chrono_tz::Tz>)>,
}

impl<'a> Clocks<'a> {
    fn new(commune: Option<&'a Commune>, now: DateTime<Utc>) -> Self {
        Clocks {
            paris: now.with_timezone(&chrono_tz::Europe::Paris),
            local: commune.map(|c| (c, now.with_timezone(&c.departement.time_zone()))),
        }
    }

    fn state(&self, r: &Resource) -> Option<OpenState> {
        let hours = r.hours.as_ref()?;
        Some(match (r.is_national(), self.local) {
            (false, Some((c, local))) => hours.state_in(local, Some(&c.departement)),
            (true, Some((c, _))) => hours
                .state_at(self.paris)
                .on_clock(self.paris, &c.departement.time_zone()),
            _ => hours.state_at(self.paris),
        })
    }
}

/// The index could not answer: never to be taken for "no match".
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("recherche dans l'index")]
    Index(#[from] tantivy::TantivyError),
}

impl Engine {
    pub fn search_resources(
        &self,
        q: &ResourceQuery,
        now: DateTime<Utc>,
    ) -> Result<Vec<Hit>, SearchError> {
        self.hits(q, now, true)
    }

    /// Every hit's opening state is read only `with_open` (or when "open
    /// now" filters): a page showing a few of them reads theirs once chosen
    /// (`read_open`), not the hours of the 150 others.
    pub(super) fn hits(
        &self,
        q: &ResourceQuery,
        now: DateTime<Utc>,
        with_open: bool,
    ) -> Result<Vec<Hit>, SearchError> {
        let commune = q.commune.map(|i| &self.cat.communes[i]);
        let origin = q.origin.or(commune.and_then(|c| c.point));
        // Each candidate with its distance when already measured, so each
        // distance is computed once.
        let unmeasured = |&i: &usize| (i, None);
        let mut ids: Vec<(usize, Option<f64>)> = self.res_national.iter().map(unmeasured).collect();
        if let Some(c) = commune {
            for code in std::iter::once(&c.insee).chain(c.parent.as_ref()) {
                ids.extend(
                    self.res_by_commune
                        .get(code)
                        .into_iter()
                        .flatten()
                        .map(unmeasured),
                );
            }
            // Département-wide structures with a place come from the grid below
            // (the nearest ones, across borders); specialised help serves its
            // whole département, so it is kept wherever it is.
            let by_dep = if origin.is_some() {
                &self.res_by_dep_unplaced
            } else {
                &self.res_by_dep
            };
            ids.extend(
                by_dep
                    .get(&c.departement)
                    .into_iter()
                    .flatten()
                    .map(unmeasured),
            );
        }
        if let Some(o) = origin {
            ids.extend(
                self.res_around
                    .iter()
                    .filter(|&&i| match self.cat.resources[i].scope {
                        Scope::Around {
                            lat,
                            lon,
                            radius_km,
                        } => {
                            let p = GeoPoint { lat, lon };
                            latitude_may_reach(o, p, radius_km) && p.distance_km(&o) <= radius_km
                        }
                        _ => false,
                    })
                    .map(unmeasured),
            );
            if commune.is_some() {
                // The nearest of the asked categories, not the nearest of all then filtered.
                let nearest = self.near(o, NEAR_KM, NEAR_MAX, |c| {
                    q.categories.is_empty() || q.categories.contains(&c)
                });
                ids.extend(nearest.into_iter().map(|(i, d)| (i, Some(d))));
            }
            if let Some(radius) = q.radius_km {
                ids.extend(self.within(o, radius).iter().map(unmeasured));
            }
        }
        // Once each, the measured copy kept.
        ids.sort_unstable_by_key(|&(i, d)| (i, d.is_none()));
        ids.dedup_by_key(|&mut (i, _)| i);

        if let Some(text) = q.text.as_deref().filter(|t| !t.trim().is_empty()) {
            // Only stop words ("de la"): nothing to narrow by.
            if let Some(matching) = self.text_matches(text)? {
                ids.retain(|(i, _)| matching.contains(i));
            }
        }

        let clocks = Clocks::new(commune, now);
        let mut hits: Vec<Hit> = ids
            .into_iter()
            .filter_map(|(i, measured)| {
                let b = &self.briefs[i];
                if !q.categories.is_empty() && !q.categories.contains(&b.category) {
                    return None;
                }
                // The record itself is read only when a filter or an
                // unmeasured distance needs it.
                let r = &self.cat.resources[i];
                if !q.audiences.is_empty()
                    && !r
                        .audiences
                        .iter()
                        .any(|a| q.audiences.contains(a) || *a == Audience::Everyone)
                {
                    return None;
                }
                if q.free_only && !is_free(r) {
                    return None;
                }
                let open = if with_open || q.open_now {
                    clocks.state(r)
                } else {
                    None
                };
                if q.open_now && !matches!(open, Some(OpenState::Open { .. })) {
                    return None;
                }
                let distance_km = match (measured, origin) {
                    (Some(d), _) => Some(d),
                    (None, Some(o)) => r.point.map(|p| o.distance_km(&p)),
                    (None, None) => None,
                };
                Some(Hit {
                    resource: i,
                    section: b.section,
                    lead: false,
                    distance_km,
                    open,
                })
            })
            .collect();
        self.drop_twins(&mut hits);
        // Competence before distance: a kind that serves a département leads
        // with one of the commune's own; one across the border only when her
        // département has none within reach.
        let competent = |r: &Resource| commune.is_none_or(|c| r.competent_for(c));
        // Each local hit's kind, read once rather than once per kind.
        let kinds: Vec<Option<LeadKind>> = hits
            .iter()
            .map(|h| {
                (h.section == Section::Local)
                    .then(|| {
                        let b = &self.briefs[h.resource];
                        LeadKind::of(b.category, || &self.cat.resources[h.resource], commune)
                    })
                    .flatten()
            })
            .collect();
        for kind in LeadKind::ORDER {
            let pick = |own_only: bool| {
                hits.iter()
                    .enumerate()
                    .filter(|&(i, h)| kinds[i] == Some(kind) && !h.lead)
                    .filter(|(_, h)| {
                        let (b, r) = (&self.briefs[h.resource], &self.cat.resources[h.resource]);
                        kind.may_lead(b)
                            && b.phones_fit
                            && kind.reaches(r, h.distance_km, commune)
                            && (!own_only || competent(r))
                    })
                    // Her commune's own commissariat, then her own
                    // département's, then the nearest by the distance shown:
                    // a record's age is on its card, never in this choice.
                    .min_by(|(_, a), (_, b)| {
                        let (ra, rb) = (
                            &self.cat.resources[a.resource],
                            &self.cat.resources[b.resource],
                        );
                        let key = |r: &Resource, h: &Hit| {
                            (
                                !kind.own_station(r, commune),
                                commune.is_some_and(|c| {
                                    r.departement.as_ref() != Some(&c.departement)
                                }),
                                lead_distance(r, h.distance_km.unwrap_or(f64::INFINITY)),
                            )
                        };
                        let (ka, kb) = (key(ra, a), key(rb, b));
                        ka.0.cmp(&kb.0)
                            .then(ka.1.cmp(&kb.1))
                            .then(ka.2.total_cmp(&kb.2))
                    })
                    .map(|(i, _)| i)
            };
            if let Some(i) = pick(true).or_else(|| pick(false)) {
                hits[i].lead = true;
            }
        }
        self.unlead_hosts(&mut hits);
        // Each hit's place on the page, computed once: a comparison would
        // recompute ranks, kinds and needs hundreds of times.
        hits.sort_by_cached_key(|h| {
            let r = &self.cat.resources[h.resource];
            match h.section {
                Section::Emergency => (h.section, 0, rank_in(&EMERGENCY_ORDER, r), 0, 0, ""),
                Section::Listening => (h.section, 0, rank_in(&LISTENING_ORDER, r), 0, 0, ""),
                Section::Local if h.lead => {
                    let kind = LeadKind::of(r.category, || r, commune)
                        .and_then(|k| LeadKind::ORDER.iter().position(|o| *o == k))
                        .map_or(0, |p| p + 1);
                    (h.section, 0, kind, 0, 0, "")
                }
                // By the distance each card shows, as the heading says;
                // those without one (a whole département's) last.
                Section::Local => (
                    h.section,
                    1,
                    0,
                    0,
                    distance_order(h.distance_km),
                    r.name.as_str(),
                ),
                Section::National => (
                    h.section,
                    0,
                    Need::of(r) as usize,
                    u8::from(!r.is_24_7()),
                    u64::from(national_rank(r.category)),
                    r.name.as_str(),
                ),
            }
        });
        Ok(hits)
    }

    /// The opening state of hits `hits(…, false)` chose, on the same clocks.
    pub(super) fn read_open<'h>(
        &self,
        q: &ResourceQuery,
        now: DateTime<Utc>,
        hits: impl IntoIterator<Item = &'h mut Hit>,
    ) {
        let clocks = Clocks::new(q.commune.map(|i| &self.cat.communes[i]), now);
        for h in hits {
            h.open = clocks.state(&self.cat.resources[h.resource]);
        }
    }

    /// The same structure from two sources (a hand-kept record and the DILA's,
    /// or two DILA extracts) is shown once: same kind, same commune, a phone
    /// in common. The one kept is the one not flagged, then the freshest; the
    /// record page names both sources (`Engine::twins`).
    fn drop_twins(&self, hits: &mut Vec<Hit>) {
        let mut best: rustc_hash::FxHashMap<(Category, &InseeCode, &str), usize> =
            Default::default();
        let better = |a: &Resource, b: &Resource| {
            (!a.needs_review, a.updated) > (!b.needs_review, b.updated)
        };
        let mut drop = vec![false; hits.len()];
        for (i, h) in hits.iter().enumerate() {
            if h.section != Section::Local || !self.briefs[h.resource].twin_prone {
                continue;
            }
            let r = &self.cat.resources[h.resource];
            for key in r.twin_keys() {
                match best.get(&key) {
                    Some(&j) if j != i => {
                        let other = &self.cat.resources[hits[j].resource];
                        let loser = if better(r, other) { j } else { i };
                        drop[loser] = true;
                        if loser == j {
                            best.insert(key, i);
                        }
                    }
                    Some(_) => {}
                    None => {
                        best.insert(key, i);
                    }
                }
            }
        }
        let mut marks = drop.into_iter();
        hits.retain(|_| !marks.next().unwrap_or(false));
    }

    /// A point-justice held in a France Services shares its phone and
    /// commune: the first screen names that place once, as the point-justice.
    fn unlead_hosts(&self, hits: &mut [Hit]) {
        let leads: Vec<usize> = (0..hits.len()).filter(|&i| hits[i].lead).collect();
        for &i in &leads {
            let r = &self.cat.resources[hits[i].resource];
            if r.category != Category::AccessToRights {
                continue;
            }
            let shared = leads.iter().any(|&j| {
                let o = &self.cat.resources[hits[j].resource];
                j != i
                    && o.commune == r.commune
                    && o.phones
                        .iter()
                        .any(|p| r.phones.iter().any(|q| q.number == p.number))
            });
            if shared {
                hits[i].lead = false;
            }
        }
    }

    /// Other records of the same structure (same kind and commune, a phone in common).
    pub fn twins(&self, r: &Resource) -> Vec<&Resource> {
        let Some(commune) = r.commune.as_ref() else {
            return vec![];
        };
        // Only for a record page: a scan of the catalogue is fine there.
        self.cat
            .resources
            .iter()
            .filter(|o| {
                o.id != r.id
                    && o.commune.as_ref() == Some(commune)
                    && o.category == r.category
                    && o.phones
                        .iter()
                        .any(|p| r.phones.iter().any(|q| q.number == p.number))
            })
            .collect()
    }

    /// Département-wide local structures within `radius` km, from the grid:
    /// the nearest `max` chosen by chord, so Haversine runs only for them.
    fn near(
        &self,
        o: GeoPoint,
        radius: f64,
        max: usize,
        keep: impl Fn(Category) -> bool,
    ) -> Vec<(usize, f64)> {
        let dlat = radius / 110.0;
        let dlon = radius / (111.0 * o.lat.to_radians().cos().max(0.05));
        let (c0, c1) = (
            grid_cell(o.lat - dlat, o.lon - dlon),
            grid_cell(o.lat + dlat, o.lon + dlon),
        );
        let (u, limit) = (unit_vector(o), chord2_within(radius));
        let mut out = vec![];
        for y in c0.0..=c1.0 {
            for x in c0.1..=c1.1 {
                for p in self.res_grid.get(&(y, x)).into_iter().flatten() {
                    let c = chord2(u, p.unit);
                    if c <= limit && keep(p.category) {
                        out.push((c, p.index, p.point));
                    }
                }
            }
        }
        if out.len() > max {
            out.select_nth_unstable_by(max, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            out.truncate(max);
        }
        out.into_iter()
            .filter_map(|(_, i, p)| {
                let d = p.distance_km(&o);
                (d <= radius).then_some((i, d))
            })
            .collect()
    }

    /// Resources with a place within `radius` km: bounding box first, then Haversine.
    fn within(&self, o: GeoPoint, radius: f64) -> Vec<usize> {
        let dlat = radius / 110.0;
        let dlon = radius / (111.0 * o.lat.to_radians().cos().max(0.05));
        self.cat
            .resources
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let p = r.point?;
                ((p.lat - o.lat).abs() <= dlat
                    && (p.lon - o.lon).abs() <= dlon
                    && p.distance_km(&o) <= radius)
                    .then_some(i)
            })
            .collect()
    }

    /// Resources whose text holds every meaningful word of `text` (French
    /// stop words dropped, words stemmed).
    fn text_matches(&self, text: &str) -> Result<Option<HashSet<usize>>, SearchError> {
        let mut analyzer = french_analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        while let Some(tok) = stream.next() {
            let term = Term::from_field_text(self.fields.text, &tok.text);
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ));
        }
        if clauses.is_empty() {
            return Ok(None);
        }
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.kind, "resource"),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let searcher = self.reader.searcher();
        let docs = searcher.search(&query, &DocSetCollector)?;
        // One column per segment, opened once, not once per document.
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|seg| seg.fast_fields().u64(crate::index::schema::ORD))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(
            docs.into_iter()
                .filter_map(|addr| {
                    columns
                        .get(addr.segment_ord as usize)?
                        .first(addr.doc_id)
                        .map(|o| o as usize)
                })
                .collect(),
        ))
    }
}

/// The order the brief gives: 17, 112, 114; then 3919 before 119.
const EMERGENCY_ORDER: [&str; 3] = [ids::POLICE, ids::EU_EMERGENCY, ids::SMS_EMERGENCY];
const LISTENING_ORDER: [&str; 2] = [ids::VIOLENCES_FEMMES_INFO, ids::CHILDREN_IN_DANGER];

fn rank_in(order: &[&str], r: &Resource) -> usize {
    order
        .iter()
        .position(|id| *id == r.id)
        .unwrap_or(order.len())
}

/// A distance as an ordered integer: nearer first, none last.
fn distance_order(d: Option<f64>) -> u64 {
    match d {
        Some(d) if d > 0.0 => d.to_bits(),
        Some(_) => 0,
        None => f64::INFINITY.to_bits(),
    }
}

fn is_free(r: &Resource) -> bool {
    r.free == Some(true) || r.phones.iter().any(|p| p.free == Some(true))
}

/// Mean Earth radius in km, as `geo`'s Haversine takes it.
const EARTH_KM: f64 = 6371.0088;

/// A hair wider than the bounds, for rounding: the exact distance decides after.
const MARGIN: f64 = 1.0 + 1e-6;

/// The squared chord of a `radius` km arc on the unit sphere, a hair wider:
/// every place within `radius` km is within it.
fn chord2_within(radius: f64) -> f64 {
    let half = (radius / (2.0 * EARTH_KM)).min(std::f64::consts::FRAC_PI_2);
    4.0 * half.sin().powi(2) * MARGIN
}

/// Whether a place may lie within `radius` km of `o` by its latitude alone,
/// without trigonometry: the great-circle distance is at least R·|Δφ|.
fn latitude_may_reach(o: GeoPoint, p: GeoPoint, radius: f64) -> bool {
    (p.lat - o.lat).abs() <= (radius / EARTH_KM).to_degrees() * MARGIN
}

#[cfg(test)]
mod reach_tests {
    use super::*;
    use proptest::prelude::*;

    fn chord_from(o: GeoPoint, p: GeoPoint) -> f64 {
        chord2(unit_vector(o), unit_vector(p))
    }

    proptest! {
        /// The cheap tests never leave out a place within reach.
        #[test]
        fn no_place_within_reach_is_left_out(
            lat in -80.0f64..80.0, lon in -180.0f64..180.0,
            dlat in -1.5f64..1.5, dlon in -2.5f64..2.5, radius in 0.1f64..120.0,
        ) {
            let o = GeoPoint { lat, lon };
            let p = GeoPoint { lat: (lat + dlat).clamp(-89.0, 89.0), lon: lon + dlon };
            let within = p.distance_km(&o) <= radius;
            prop_assert!(!within || chord_from(o, p) <= chord2_within(radius));
            prop_assert!(!within || latitude_may_reach(o, p, radius));
        }

        /// Of two places, the nearer by Haversine is the nearer by chord
        /// (beyond a millimetre), so the nearest are the same either way.
        #[test]
        fn the_chord_orders_places_as_their_distance_does(
            lat in -60.0f64..60.0, lon in -180.0f64..180.0,
            a in (-0.5f64..0.5, -0.7f64..0.7), b in (-0.5f64..0.5, -0.7f64..0.7),
        ) {
            let o = GeoPoint { lat, lon };
            let (p, q) = (
                GeoPoint { lat: lat + a.0, lon: lon + a.1 },
                GeoPoint { lat: lat + b.0, lon: lon + b.1 },
            );
            let (dp, dq) = (p.distance_km(&o), q.distance_km(&o));
            if dp + 1e-6 < dq {
                prop_assert!(chord_from(o, p) < chord_from(o, q));
            }
        }
    }

    #[test]
    fn a_place_far_beyond_reach_is_left_out() {
        let belley = GeoPoint {
            lat: 45.76,
            lon: 5.69,
        };
        let limit = chord2_within(50.0);
        for (lat, lon, within) in [
            (46.40, 5.69, false),
            (45.76, 6.50, false),
            (45.90, 5.90, true),
        ] {
            let p = GeoPoint { lat, lon };
            assert_eq!(chord_from(belley, p) <= limit, within, "{lat}, {lon}");
        }
    }
}
