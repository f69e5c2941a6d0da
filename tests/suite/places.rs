//! Place resolution on the full shipped data.

use crate::common;
use maillage::domain::text::place_key;
use maillage::domain::CommuneKind;
use maillage::search::{query, Matched, Resolution};
use std::collections::HashMap;

fn top(q: &str) -> Option<String> {
    let e = common::engine();
    let r = e.resolve(&query::parse(q).ok()?);
    r.candidates()
        .first()
        .map(|c| e.commune(c.commune).insee.to_string())
}

fn resolution(q: &str) -> Resolution {
    common::engine().resolve(&query::parse(q).unwrap())
}

#[test]
fn the_examples_of_the_brief_resolve() {
    for (q, want) in [
        ("Belley", "01034"),
        ("belley", "01034"),
        ("st maurice de beynost", "01376"),
        ("Saint-Trivier-de-Courtes", "01388"),
        ("01300", "01034"),
        ("hauteville lompnes", "01185"),
        ("saint denis 974", "97411"),
        ("saint denis 93", "93066"),
        ("Paris 11", "75111"),
        ("75011", "75111"),
        ("69003", "69383"),
        ("13001", "13201"),
        ("20000", "2A004"),
        ("Nantua", "01269"),
        ("villars les dombes", "01443"),
        ("MEXIMIEUX", "01244"),
        ("vonnas", "01457"),
    ] {
        assert_eq!(top(q).as_deref(), Some(want), "{q}");
    }
}

#[test]
fn a_former_commune_finds_the_commune_it_joined_and_says_so() {
    match resolution("Hauteville-Lompnes") {
        Resolution::Found { place, .. } => {
            assert_eq!(place.matched, Matched::FormerCommune);
            assert_eq!(place.via.as_deref(), Some("Hauteville-Lompnes"));
            assert_eq!(
                common::engine().commune(place.commune).name,
                "Plateau d'Hauteville"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_shared_name_asks_to_choose_biggest_first_with_departements() {
    let e = common::engine();
    match resolution("Saint-Aubin") {
        Resolution::Choose { candidates } => {
            assert!(candidates.len() >= 10);
            let pops: Vec<u64> = candidates
                .iter()
                .map(|c| e.commune(c.commune).population)
                .collect();
            assert!(pops.windows(2).all(|w| w[0] >= w[1]), "biggest first");
            let deps: std::collections::HashSet<_> = candidates
                .iter()
                .map(|c| &e.commune(c.commune).departement)
                .collect();
            assert!(deps.len() >= 8);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn postcode_with_several_communes_asks_to_choose() {
    match resolution("01300") {
        Resolution::Choose { candidates } => {
            assert!(candidates.len() > 5);
            assert!(candidates.iter().all(|c| c.matched == Matched::Postcode));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_arrondissement_postcode_offers_the_whole_city_next() {
    let e = common::engine();
    match resolution("75011") {
        Resolution::Found { place, also } => {
            assert_eq!(e.commune(place.commune).kind, CommuneKind::Arrondissement);
            assert_eq!(e.commune(also[0].commune).insee.as_str(), "75056");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unknown_postcode_is_said_plainly_with_the_nearest_real_one() {
    match resolution("01005") {
        Resolution::UnknownPostcode {
            nearest,
            suggestions,
            ..
        } => {
            assert_eq!(nearest.unwrap().as_str(), "01000");
            assert_eq!(
                common::engine().commune(suggestions[0].commune).name,
                "Bourg-en-Bresse"
            );
        }
        other => panic!("{other:?}"),
    }
    for (cedex, town) in [
        ("01108", "01283"),
        ("01174", "01173"),
        ("01206", "01033"),
        ("01703", "01376"),
    ] {
        let near = match resolution(cedex) {
            Resolution::UnknownPostcode { suggestions, .. } => suggestions
                .iter()
                .map(|c| common::engine().commune(c.commune).insee.to_string())
                .collect::<Vec<_>>(),
            other => panic!("{cedex}: {other:?}"),
        };
        assert!(near.contains(&town.to_string()), "{cedex}: {near:?}");
    }
}

#[test]
fn nonsense_is_not_found() {
    assert!(matches!(
        resolution("xqzwvkjh"),
        Resolution::UnknownName { .. }
    ));
}

/// Deterministic sampling without a dependency.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Several hundred queries of each kind, built from the real communes:
/// the expected answer is the commune itself, or the biggest one when shared.
#[test]
fn top_1_accuracy_over_real_commune_queries() {
    let e = common::engine();
    let communes = &e.cat.communes;
    let current: Vec<usize> = (0..communes.len())
        .filter(|&i| communes[i].kind == CommuneKind::Commune)
        .collect();
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &current {
        by_key
            .entry(place_key(&communes[i].name))
            .or_default()
            .push(i);
    }
    let mut former_keys: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &current {
        for f in &communes[i].former {
            former_keys.entry(place_key(f)).or_default().push(i);
        }
    }
    let unique = |i: &usize| by_key[&place_key(&communes[*i].name)].len() == 1;
    let biggest = |v: &[usize]| {
        *v.iter()
            .max_by_key(|&&i| (communes[i].population, std::cmp::Reverse(i)))
            .unwrap()
    };
    let mut rng = Lcg(20261122);
    let mut kinds: Vec<(&str, Vec<(String, usize)>)> = vec![];
    let sample = |pool: &Vec<usize>, n: usize, rng: &mut Lcg| {
        (0..n)
            .map(|_| pool[rng.next(pool.len())])
            .collect::<Vec<_>>()
    };

    let uniq: Vec<usize> = current.iter().copied().filter(unique).collect();
    kinds.push((
        "exact",
        sample(&uniq, 150, &mut rng)
            .into_iter()
            .map(|i| (communes[i].name.clone(), i))
            .collect(),
    ));
    let accented: Vec<usize> = uniq
        .iter()
        .copied()
        .filter(|&i| !communes[i].name.is_ascii())
        .collect();
    kinds.push((
        "no_accents",
        sample(&accented, 100, &mut rng)
            .into_iter()
            .map(|i| (deunicode::deunicode(&communes[i].name).to_lowercase(), i))
            .collect(),
    ));
    let saints: Vec<usize> = uniq
        .iter()
        .copied()
        .filter(|&i| communes[i].name.starts_with("Saint"))
        .collect();
    kinds.push((
        "st_abbrev",
        sample(&saints, 100, &mut rng)
            .into_iter()
            .map(|i| {
                (
                    communes[i]
                        .name
                        .replacen("Sainte-", "Ste ", 1)
                        .replacen("Saint-", "St ", 1)
                        .replace('-', " ")
                        .to_lowercase(),
                    i,
                )
            })
            .collect(),
    ));
    let long: Vec<usize> = uniq
        .iter()
        .copied()
        .filter(|&i| place_key(&communes[i].name).len() >= 6)
        .collect();
    let mut typos = vec![];
    for i in sample(&long, 150, &mut rng) {
        let name: Vec<char> = communes[i].name.chars().collect();
        let letters: Vec<usize> = (1..name.len())
            .filter(|&p| name[p].is_ascii_lowercase())
            .collect();
        let p = letters[rng.next(letters.len())];
        let mut t = name.clone();
        t[p] = if name[p] == 'e' { 'a' } else { 'e' };
        let typo: String = t.into_iter().collect();
        if !by_key.contains_key(&place_key(&typo)) && !former_keys.contains_key(&place_key(&typo)) {
            typos.push((typo, i));
        }
    }
    kinds.push(("one_typo", typos));
    let mut pc: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &current {
        for p in &communes[i].postcodes {
            pc.entry(p.to_string()).or_default().push(i);
        }
    }
    let mut pcs: Vec<(&String, &Vec<usize>)> = pc
        .iter()
        .filter(|(p, _)| !p.starts_with("75") && !p.starts_with("69") && !p.starts_with("13"))
        .collect();
    pcs.sort();
    let single: Vec<usize> = (0..pcs.len()).filter(|&k| pcs[k].1.len() == 1).collect();
    let multi: Vec<usize> = (0..pcs.len()).filter(|&k| pcs[k].1.len() > 1).collect();
    kinds.push((
        "postcode_single",
        sample(&single, 100, &mut rng)
            .into_iter()
            .map(|k| (pcs[k].0.clone(), pcs[k].1[0]))
            .collect(),
    ));
    kinds.push((
        "postcode_multi",
        sample(&multi, 100, &mut rng)
            .into_iter()
            .map(|k| (pcs[k].0.clone(), biggest(pcs[k].1)))
            .collect(),
    ));
    let mut shared: Vec<(&String, &Vec<usize>)> =
        by_key.iter().filter(|(_, v)| v.len() > 1).collect();
    shared.sort();
    let shared_idx: Vec<usize> = (0..shared.len()).collect();
    kinds.push((
        "shared_name",
        sample(&shared_idx, 100, &mut rng)
            .into_iter()
            .map(|k| (communes[shared[k].1[0]].name.clone(), biggest(shared[k].1)))
            .collect(),
    ));
    let mut formers: Vec<(&String, &Vec<usize>)> = former_keys
        .iter()
        .filter(|(k, v)| v.len() == 1 && !by_key.contains_key(*k))
        .collect();
    formers.sort();
    let former_idx: Vec<usize> = (0..formers.len()).collect();
    kinds.push((
        "former_commune",
        sample(&former_idx, 100, &mut rng)
            .into_iter()
            .map(|k| {
                let i = formers[k].1[0];
                let name = communes[i]
                    .former
                    .iter()
                    .find(|f| place_key(f) == *formers[k].0)
                    .unwrap()
                    .clone();
                (name, i)
            })
            .collect(),
    ));

    let (mut ok_all, mut n_all) = (0, 0);
    let mut report = vec![];
    for (kind, queries) in &kinds {
        let mut misses = vec![];
        let ok = queries
            .iter()
            .filter(|(q, want)| {
                let got = top(q);
                let hit = got.as_deref() == Some(communes[*want].insee.as_str());
                if !hit {
                    misses.push(format!("{q} → {got:?} (want {})", communes[*want].insee));
                }
                hit
            })
            .count();
        let rate = ok as f64 / queries.len() as f64;
        report.push(format!(
            "{kind}: {ok}/{} = {:.1}% misses: {:?}",
            queries.len(),
            rate * 100.0,
            &misses[..misses.len().min(5)]
        ));
        ok_all += ok;
        n_all += queries.len();
        assert!(queries.len() >= 90, "{kind} has too few queries");
    }
    let overall = ok_all as f64 / n_all as f64;
    println!(
        "overall top-1: {ok_all}/{n_all} = {:.2}%\n{}",
        overall * 100.0,
        report.join("\n")
    );
    assert!(overall >= 0.97, "overall {overall}\n{}", report.join("\n"));
    for line in &report {
        let rate: f64 = line
            .split(" = ")
            .nth(1)
            .unwrap()
            .split('%')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(rate >= 90.0, "{line}");
    }
}

#[actix_web::test]
async fn a_commune_typed_in_cyrillic_is_found_and_another_script_is_asked_again_in_her_language() {
    let app = common::spawn().await;
    let r = app.get("/recherche?lieu=Беллей").await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("<h1>Belley (01 — Ain)"));
    let (status, v) = app.json("/api/v1/communes?q=Марсель").await;
    assert_eq!(status, 200);
    assert_eq!(v["communes"][0]["name"], "Marseille");
    // Arabic cannot be matched: asked in Arabic for Latin letters or the
    // postcode, with what she typed kept in the box.
    let r = app.get("/ar/recherche?lieu=بيليه").await;
    assert_eq!(r.status(), 400);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("value=\"بيليه\""),
        "her input stays in the box"
    );
    assert!(html.contains("بالحروف اللاتينية") && html.contains("13001"));
    let (status, v) = app.json("/api/v1/communes?q=بيليه").await;
    assert_eq!(status, 400);
    let detail = v["detail"].as_str().unwrap();
    assert!(
        detail.contains("lettres latines") && !detail.contains("pas des lettres"),
        "{detail}"
    );
}
