//! Every record where it is. A published point far from the record's own
//! commune (the town of its address) is a publishing fault: Vitrolles'
//! commissariat sat at Marseille's centre, 19 km away, and led Marseille's
//! page "à 0,1 km". How far is too far depends on the commune's size,
//! measured by how far its nearest neighbouring commune is.

use super::problems::{Report, Severity};
use crate::domain::{Commune, GeoPoint, InseeCode, PlaceNote, Resource};
use std::collections::HashMap;

/// Never closer than this: points of small communes are a few km apart.
const MIN_REACH_KM: f64 = 8.0;
/// A commune reaches this many times the distance to its nearest neighbour.
const REACH_FACTOR: f64 = 2.5;

/// How far from each commune's point a structure of that commune may stand.
pub fn reaches(communes: &[Commune]) -> HashMap<InseeCode, f64> {
    // A grid of 0.25° cells; a neighbour is looked for in the 5 × 5 cells around.
    let cell = |p: &GeoPoint| ((p.lat * 4.0).floor() as i32, (p.lon * 4.0).floor() as i32);
    let mut grid: HashMap<(i32, i32), Vec<(usize, GeoPoint)>> = HashMap::new();
    // Arrondissements and their city share points: only whole communes count.
    let whole: Vec<(usize, GeoPoint)> = communes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.parent.is_none())
        .filter_map(|(i, c)| c.point.map(|p| (i, p)))
        .collect();
    for (i, p) in &whole {
        grid.entry(cell(p)).or_default().push((*i, *p));
    }
    let mut out = HashMap::new();
    for (i, p) in &whole {
        let (a, b) = cell(p);
        let nearest = (-2..=2)
            .flat_map(|da| (-2..=2).map(move |db| (a + da, b + db)))
            .filter_map(|k| grid.get(&k))
            .flatten()
            .filter(|(j, _)| j != i)
            .map(|(_, q)| p.distance_km(q))
            .fold(f64::INFINITY, f64::min);
        // No neighbour within ~50 km (an island, Guyane): no limit.
        let reach = if nearest.is_finite() {
            (nearest * REACH_FACTOR).max(MIN_REACH_KM)
        } else {
            f64::INFINITY
        };
        out.insert(communes[*i].insee.clone(), reach);
    }
    // An arrondissement takes its city's reach.
    for c in communes {
        if let Some(parent) = &c.parent {
            if let Some(r) = out.get(parent).copied() {
                out.insert(c.insee.clone(), r);
            }
        }
    }
    out
}

/// Moves each record whose point lies beyond its commune's reach to the
/// commune's point (its distances then say "environ"), and reports it by
/// file, id and field. Returns how many were moved.
pub fn place(
    resources: &mut [Resource],
    by_code: &HashMap<InseeCode, &Commune>,
    reaches: &HashMap<InseeCode, f64>,
    report: &mut Report,
) -> usize {
    let mut moved = 0;
    for r in resources.iter_mut() {
        let (Some(code), Some(p)) = (r.commune.as_ref(), r.point) else {
            continue;
        };
        if r.place_note.is_some() {
            continue;
        }
        let (Some(c), Some(reach)) = (by_code.get(code), reaches.get(code)) else {
            continue;
        };
        let Some(home) = c.point else { continue };
        let d = p.distance_km(&home);
        if d > *reach {
            report.push(
                Severity::Warning,
                "-",
                &r.id,
                "point",
                format!(
                    "point à {d:.0} km de sa commune {} ({code}) : placé au point de la commune",
                    c.name
                ),
            );
            r.point = Some(home);
            r.place_note = Some(PlaceNote::CommunePoint);
            moved += 1;
        }
    }
    moved
}
