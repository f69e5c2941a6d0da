//! Importers against a real local HTTP server standing in for the remote
//! open-data APIs, then index and reload while the site is under load.
//! Long because the stand-in remote API and its fixtures live beside the tests
//! that page through them.

use crate::common;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use maillage::sources::import::{annuaire, communes, ImportError};

use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A record as the Explore v2.1 records API sends it: nested fields are JSON in strings.
#[allow(clippy::too_many_arguments)]
fn api_record(
    id: &str,
    name: &str,
    kind: &str,
    office: &str,
    serves: &[&str],
    addr: Value,
    phone: &str,
    hours: Value,
) -> Value {
    json!({
        "id": id, "nom": name, "code_insee_commune": office,
        "pivot": json!([{"type_service_local": kind, "code_insee_commune": serves}]).to_string(),
        "adresse": json!([addr]).to_string(),
        "telephone": json!([{"valeur": phone, "description": "Accueil"}]).to_string(),
        "site_internet": json!([{"libelle": "Site", "valeur": "https://example.org/service"}]).to_string(),
        "plage_ouverture": hours.to_string(),
        "adresse_courriel": "contact@example.org",
        "date_modification": "02/11/2026 09:30:00",
        "url_service_public": format!("https://lannuaire.example/{id}"),
        "a_field_we_do_not_know": {"x": 1}
    })
}

fn fixtures() -> Vec<(String, Value)> {
    let fr_hours = json!([{"nom_jour_debut": "Lundi", "nom_jour_fin": "Vendredi", "valeur_heure_debut_1": "09:00:00", "valeur_heure_fin_1": "12:00:00", "valeur_heure_debut_2": "14:00:00", "valeur_heure_fin_2": "17:00:00", "commentaire": ""}]);
    let en_hours = json!([{"nom_jour_debut": "Tuesday", "nom_jour_fin": "Thursday", "valeur_heure_debut_1": "10:00:00", "valeur_heure_fin_1": "16:00:00", "valeur_heure_debut_2": "", "valeur_heure_fin_2": "", "commentaire": "Sur rendez-vous"}]);
    let mut v = vec![
        (
            "cidf".to_string(),
            api_record(
                "cidff-ain",
                "Centre d'information sur les droits des femmes et des familles (CIDFF) - Ain",
                "cidf",
                "01053",
                &["01053", "01034"],
                json!({"type_adresse": "Adresse", "numero_voie": "1 rue de l'Exemple", "code_postal": "01000", "nom_commune": "Bourg-en-Bresse", "latitude": "46.2051", "longitude": "5.2255"}),
                "04 00 00 00 01",
                en_hours.clone(),
            ),
        ),
        (
            "mjd".to_string(),
            api_record(
                "mjd-belley",
                "Maison de justice et du droit - Belley",
                "mjd",
                "01034",
                &["01034"],
                json!({"type_adresse": "Adresse", "numero_voie": "2 place de l'Exemple", "code_postal": "01300", "nom_commune": "Belley", "latitude": "45.7590", "longitude": "5.6880"}),
                "04.00.00.00.02",
                fr_hours.clone(),
            ),
        ),
        (
            "cidf".to_string(),
            api_record(
                "cidff-no-coords",
                "CIDFF - sans coordonnées",
                "cidf",
                "59392",
                &["59392"],
                json!({"type_adresse": "Adresse", "numero_voie": "3 rue", "code_postal": "59600", "nom_commune": "Maubeuge", "latitude": "", "longitude": ""}),
                "0800 300 30",
                fr_hours.clone(),
            ),
        ),
        (
            "cidf".to_string(),
            api_record(
                "not-a-cidf",
                "Matched by LIKE only",
                "cidf_antenne_inconnue",
                "01034",
                &["01034"],
                json!({}),
                "04 00 00 00 03",
                json!([]),
            ),
        ),
    ];
    // A realistic count of MJD, so the first import of the type replaces the
    // archival ones without tripping the shrink guard.
    for i in 0..130 {
        v.push(("mjd".to_string(), api_record(&format!("mjd-{i:03}"), &format!("MJD {i}"), "mjd", "59392", &["59392"],
            json!({"type_adresse": "Adresse", "numero_voie": format!("{i} place"), "code_postal": "59600", "nom_commune": "Maubeuge", "latitude": "50.27", "longitude": "3.97"}),
            "03 00 00 00 05", fr_hours.clone())));
    }
    for i in 0..230 {
        v.push(("cidf".to_string(), api_record(&format!("cidf-{i:03}"), &format!("CIDFF antenne {i}"), "cidf", "59392", &["59392"],
            json!({"type_adresse": "Adresse", "numero_voie": format!("{i} rue"), "code_postal": "59600", "nom_commune": "Maubeuge", "latitude": "50.27", "longitude": "3.97"}),
            "03 00 00 00 04", fr_hours.clone())));
    }
    v
}

struct StandIn {
    base: String,
    requests: Arc<AtomicUsize>,
    served: Arc<AtomicUsize>,
}

/// Records API with paging; the first call answers 500, the third a truncated body.
fn stand_in(records: Vec<(String, Value)>) -> StandIn {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let requests = Arc::new(AtomicUsize::new(0));
    let served = Arc::new(AtomicUsize::new(0));
    let (r2, s2, recs) = (requests.clone(), served.clone(), Arc::new(records));
    let server = HttpServer::new(move || {
        let (requests, served, recs) = (r2.clone(), s2.clone(), recs.clone());
        App::new().route(
            "/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records",
            web::get().to(move |req: HttpRequest| {
                let (requests, served, recs) = (requests.clone(), served.clone(), recs.clone());
                async move {
                    let n = requests.fetch_add(1, Ordering::SeqCst);
                    let q: Vec<(String, String)> = web::Query::from_query(req.query_string())
                        .map(|q: web::Query<Vec<(String, String)>>| q.into_inner())
                        .unwrap();
                    let get = |k: &str| {
                        q.iter()
                            .find(|(a, _)| a == k)
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default()
                    };
                    let limit: usize = get("limit").parse().unwrap();
                    let offset: usize = get("offset").parse().unwrap();
                    assert!(
                        limit <= 100 && offset + limit <= 10_000,
                        "paging out of the API's limits"
                    );
                    let wanted = get("where").split('"').nth(1).unwrap().to_string();
                    if n == 0 {
                        return HttpResponse::InternalServerError().body("upstream down");
                    }
                    let all: Vec<&Value> = recs
                        .iter()
                        .filter(|(t, _)| *t == wanted)
                        .map(|(_, v)| v)
                        .collect();
                    let page: Vec<&Value> = all.iter().skip(offset).take(limit).copied().collect();
                    let body = json!({"total_count": all.len(), "results": page}).to_string();
                    if n == 2 {
                        return HttpResponse::Ok()
                            .content_type("application/json")
                            .body(body[..body.len() / 2].to_string());
                    }
                    served.fetch_add(page.len(), Ordering::SeqCst);
                    HttpResponse::Ok()
                        .content_type("application/json")
                        .body(body)
                }
            }),
        )
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    actix_web::rt::spawn(server);
    StandIn {
        base,
        requests,
        served,
    }
}

fn opts(base: &str, force: bool) -> annuaire::Options {
    annuaire::Options {
        origin: annuaire::Origin::Api(base.to_string()),
        types: vec!["cidf".into(), "mjd".into()],
        force,
        timeout: Duration::from_secs(10),
    }
}

fn copy_data(to: &std::path::Path) {
    for f in maillage::sources::FILES {
        let from = common::data_dir().join(f);
        if from.exists() {
            std::fs::copy(from, to.join(f)).unwrap();
        }
    }
}

#[actix_web::test]
async fn import_index_and_reload_under_load_then_imported_services_appear_with_phones_hours_distances(
) {
    let _heavy = common::heavy().await;
    let data = tempfile::tempdir().unwrap();
    copy_data(data.path());
    let root = tempfile::tempdir().unwrap();
    let (cat, _) = maillage::sources::load(data.path()).unwrap();
    maillage::index::build(&cat, root.path(), "before").unwrap();
    let (state, site) = common::spawn_watching(root.path()).await;
    let load = common::Load::start(&site, &["/api/v1/resources?commune=01034"], 3);

    // Read off the test's thread, so the load clients keep running.
    let archival = |dir: &std::path::Path| {
        let dir = dir.to_path_buf();
        actix_web::rt::task::spawn_blocking(move || record_ids(&dir))
    };
    fn record_ids(dir: &std::path::Path) -> Vec<String> {
        let mut s = String::new();
        use std::io::Read;
        flate2::read::GzDecoder::new(std::fs::File::open(dir.join(annuaire::FILE)).unwrap())
            .read_to_string(&mut s)
            .unwrap();
        s.lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }
    let shipped = archival(data.path()).await.unwrap();
    assert!(
        shipped.contains(&"dila:cidf-01053-01".to_string()),
        "the shipped CIDFF de l'Ain"
    );
    assert!(shipped.iter().any(|id| id.starts_with("dila:mjd-")));
    assert!(shipped.iter().any(|id| id.starts_with("dila:gendarmerie-")));

    let remote = stand_in(fixtures());
    let summary = annuaire::run(&opts(&remote.base, false), data.path(), &cat.communes)
        .await
        .expect("import succeeds after retries");
    assert!(
        remote.requests.load(Ordering::SeqCst) >= 6,
        "500 and truncated body were retried"
    );
    assert_eq!(remote.served.load(Ordering::SeqCst), 233 + 130 + 1);
    assert_eq!(summary.counts["cidf"], 232);
    assert_eq!(summary.counts["mjd"], 131);
    // The archival records of the imported types are gone, the others stay:
    // no structure is listed twice.
    let after = archival(data.path()).await.unwrap();
    let replaced: Vec<&String> = shipped
        .iter()
        .filter(|id| id.starts_with("dila:cidf-") || id.starts_with("dila:mjd-"))
        .collect();
    assert!(replaced.len() > 200);
    assert!(
        !replaced.iter().any(|id| after.contains(id)),
        "archival CIDFF and MJD are gone"
    );
    assert!(after.contains(&"dila:cidff-ain".to_string()));
    let kept = |p: &str| shipped.iter().filter(|id| id.starts_with(p)).count();
    assert_eq!(
        after
            .iter()
            .filter(|id| id.starts_with("dila:gendarmerie-"))
            .count(),
        kept("dila:gendarmerie-")
    );
    assert_eq!(
        after.iter().filter(|id| id.starts_with("fs:")).count(),
        kept("fs:")
    );
    assert_eq!(
        summary.skipped, 1,
        "the LIKE-only match of another type is skipped"
    );
    assert!(summary.rejected.is_empty(), "{:?}", summary.rejected);

    // Off the test's single thread: the load clients must keep running, or
    // their idle connections outlive the server's keep-alive.
    let data_path = data.path().to_path_buf();
    let (cat2, report) =
        actix_web::rt::task::spawn_blocking(move || maillage::sources::load(&data_path).unwrap())
            .await
            .unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.record == "dila:cidff-no-coords" && p.field == "telephone"),
        "{:?}",
        report
            .problems
            .iter()
            .filter(|p| p.file == "annuaire.jsonl.gz")
            .collect::<Vec<_>>()
    );
    let root_path = root.path().to_path_buf();
    let generation = actix_web::rt::task::spawn_blocking(move || {
        maillage::index::build(&cat2, &root_path, "after").unwrap()
    })
    .await
    .unwrap();
    common::wait_for_generation(&state, &generation).await;
    let (ok, failed) = load.stop().await;
    assert_eq!(failed, 0, "failed requests during import and reload");
    assert!(ok > 20);

    let v: Value = reqwest::get(format!("{site}/api/v1/resources?commune=01034&limit=100"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let find = |id: &str| {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} missing"))
    };
    let mjd = find("dila:mjd-belley");
    assert_eq!(mjd["category"], "justice");
    assert_eq!(mjd["phones"][0]["display"], "04 00 00 00 02");
    assert!(mjd["distance_km"].as_f64().unwrap() < 1.0);
    assert_eq!(mjd["hours"]["slots"].as_array().unwrap().len(), 10);
    assert_eq!(mjd["updated"], "2026-11-02");
    let cidff = find("dila:cidff-ain");
    assert_eq!(cidff["category"], "womens_rights");
    assert_eq!(cidff["phones"][0]["display"], "04 00 00 00 01");
    let d = cidff["distance_km"].as_f64().unwrap();
    assert!(
        (58.0..64.0).contains(&d),
        "Belley → Bourg-en-Bresse as the crow flies: {d} km"
    );
    let slots = cidff["hours"]["slots"].as_array().unwrap();
    assert_eq!(
        (
            slots.len(),
            slots[0]["day"].as_u64(),
            slots[0]["open"].as_str()
        ),
        (3, Some(2), Some("10:00"))
    );
    assert_eq!(cidff["hours_note"], "Sur rendez-vous");
    assert!(v["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["id"] != "dila:not-a-cidf"));
    // Fresh imported records rank before archival ones at a comparable distance.
    let mut all: Vec<Value> = vec![];
    loop {
        let v: Value = reqwest::get(format!(
            "{site}/api/v1/resources?commune=59392&limit=100&offset={}",
            all.len()
        ))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        let page = v["results"].as_array().unwrap().clone();
        if page.is_empty() {
            break;
        }
        all.extend(page);
    }
    let rest: Vec<&Value> = all
        .iter()
        .filter(|r| r["section"] == "local" && r["lead"] == false)
        .collect();
    // The list is in the order its heading promises, the distance each card
    // shows; an old record keeps its place and says its age on its card.
    let shown: Vec<f64> = rest
        .iter()
        .filter_map(|r| r["distance_km"].as_f64())
        .collect();
    assert!(
        shown.windows(2).all(|w| w[0] <= w[1]),
        "Maubeuge's list is not nearest first: {shown:?}"
    );
    assert!(
        rest.iter().any(|r| r["age"]["stale"] == true)
            && rest.iter().any(|r| r["age"]["stale"] == false),
        "fresh and old records side by side"
    );
    let nocoord: Value = reqwest::get(format!("{site}/api/v1/resources/dila:cidff-no-coords"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // No point published: the commune's point stands in, and the answer says so.
    assert!(
        (nocoord["lat"].as_f64().unwrap() - 50.28).abs() < 0.05,
        "{}",
        nocoord["lat"]
    );
    assert_eq!(nocoord["location_note"], "commune_point");
    assert_eq!(
        nocoord["phones"].as_array().unwrap().len(),
        0,
        "malformed phone dropped, record kept"
    );

    // A much smaller result does not replace good data, and leaves the file as it was.
    let before = std::fs::read(data.path().join(annuaire::FILE)).unwrap();
    let tiny = stand_in(fixtures().into_iter().take(2).collect());
    let _ = tiny.requests.fetch_add(3, Ordering::SeqCst); // skip the simulated faults
    match annuaire::run(&opts(&tiny.base, false), data.path(), &cat.communes).await {
        Err(ImportError::Type(t, e)) => match *e {
            ImportError::Shrunk { old, new } => {
                assert_eq!((t.as_str(), old, new), ("cidf", 232, 1))
            }
            other => panic!("{other}"),
        },
        other => panic!("{:?}", other.map(|s| s.written)),
    }
    assert_eq!(
        std::fs::read(data.path().join(annuaire::FILE)).unwrap(),
        before
    );
    assert!(
        annuaire::run(&opts(&tiny.base, true), data.path(), &cat.communes)
            .await
            .is_ok(),
        "--force replaces"
    );
}

#[actix_web::test]
async fn malformed_json_is_named_by_page_and_communes_import_keeps_former_names() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let server = HttpServer::new(|| {
        App::new()
            .route("/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records", web::get().to(|| async { HttpResponse::Ok().body("{\"total_count\": 3, \"results\": [} oops") }))
            .route("/communes", web::get().to(|| async {
                HttpResponse::Ok().json(json!([
                    {"code": "01185", "nom": "Plateau d'Hauteville", "codesPostaux": ["01110"], "centre": {"type": "Point", "coordinates": [5.6, 45.97]}, "population": 4900, "codeDepartement": "01", "codeRegion": "84"},
                    {"code": "01034", "nom": "Belley", "codesPostaux": ["01300"], "centre": {"type": "Point", "coordinates": [5.68, 45.76]}, "population": 9400, "codeDepartement": "01", "codeRegion": "84"}
                ]))
            }))
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    actix_web::rt::spawn(server);
    let data = tempfile::tempdir().unwrap();
    copy_data(data.path());
    let (cat, _) = maillage::sources::load(data.path()).unwrap();
    let shipped = std::fs::read(data.path().join(annuaire::FILE)).unwrap();
    match annuaire::run(&opts(&base, false), data.path(), &cat.communes).await {
        Err(e @ ImportError::Json { page: 1, .. }) => assert!(e.to_string().contains("page 1")),
        other => panic!("{:?}", other.map(|s| s.written)),
    }
    assert_eq!(
        std::fs::read(data.path().join(annuaire::FILE)).unwrap(),
        shipped,
        "nothing half-written: the shipped file is untouched"
    );

    assert!(matches!(
        communes::run(&base, data.path(), false, Duration::from_secs(5)).await,
        Err(ImportError::Shrunk { .. })
    ));
    let n = communes::run(&base, data.path(), true, Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(n, 2 + 45, "two communes plus the kept arrondissements");
    let (cat, report) = maillage::sources::load(data.path()).unwrap();
    // Mairies of communes the two-commune answer dropped are reported, not loaded.
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == maillage::sources::problems::Severity::Error)
        .collect();
    assert!(
        errors.iter().all(|p| p.file != "communes.jsonl.gz"),
        "{:?}",
        errors.iter().find(|p| p.file == "communes.jsonl.gz")
    );
    assert!(cat.resources.iter().any(|r| r.id == "mairie:01034"));
    let plateau = cat
        .communes
        .iter()
        .find(|c| c.insee.as_str() == "01185")
        .unwrap();
    assert!(plateau.former.contains(&"Hauteville-Lompnes".to_string()));
}

/// A service as the DILA's daily bulk file holds it: nested fields are real
/// arrays, `adresse_courriel` a list, empty fields `""` or `[]`.
fn bulk_service(id: &str, name: &str, kinds: &[&str], office: &str, phone: &str) -> Value {
    json!({
        "id": id, "nom": name, "code_insee_commune": office,
        "pivot": kinds.iter().map(|k| json!({"type_service_local": k, "code_insee_commune": [office]})).collect::<Vec<_>>(),
        "adresse": [{"type_adresse": "Adresse", "numero_voie": "1 place de l'Exemple", "complement1": "", "code_postal": "01000", "nom_commune": "Bourg-en-Bresse", "latitude": "46.2051", "longitude": "5.2255"}],
        "telephone": [{"valeur": phone, "description": ""}],
        "site_internet": [],
        "plage_ouverture": [],
        "adresse_courriel": ["accueil@example.org", "direction@example.org"],
        "date_modification": "14/07/2026 08:00:00",
        "formulaire_contact": "",
        "partenaire": null
    })
}

/// `all_latest.tar.bz2` as published: a bzip2 tar holding one JSON document.
fn bulk_archive(services: &[Value]) -> Vec<u8> {
    let doc = json!({"service": services}).to_string();
    let mut tar = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(doc.len() as u64);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(
        &mut header,
        "2026-07-14_080000-data.gouv_local.json",
        doc.as_bytes(),
    )
    .unwrap();
    let raw = tar.into_inner().unwrap();
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    std::io::Write::write_all(&mut bz, &raw).unwrap();
    bz.finish().unwrap()
}

#[actix_web::test]
async fn the_bulk_file_refreshes_the_types_it_holds_and_a_refused_type_keeps_its_records() {
    let mut services: Vec<Value> = (0..110)
        .map(|i| {
            bulk_service(
                &format!("cidf-bulk-{i:03}"),
                &format!("CIDFF antenne {i}"),
                &["cidf"],
                "01053",
                "04 74 22 39 64",
            )
        })
        .collect();
    // The same record in the records API's shape (nested fields in strings).
    services.push(api_record(
        "cidf-as-strings",
        "CIDFF - écrit comme l'API",
        "cidf",
        "01053",
        &["01053"],
        json!({"type_adresse": "Adresse", "numero_voie": "2 rue", "code_postal": "01000", "nom_commune": "Bourg-en-Bresse", "latitude": "46.2", "longitude": "5.22"}),
        "04 74 00 00 09",
        json!([]),
    ));
    // Three MJD where the shipped file has about 150: refused, kept.
    for i in 0..3 {
        services.push(bulk_service(
            &format!("mjd-bulk-{i}"),
            "Maison de justice et du droit",
            &["mjd", "point_justice"],
            "01053",
            "04 74 14 01 40",
        ));
    }
    services.push(bulk_service(
        "ccas-x",
        "CCAS",
        &["ccas"],
        "01053",
        "04 74 00 00 00",
    ));
    let archive = Arc::new(bulk_archive(&services));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let requests = Arc::new(AtomicUsize::new(0));
    let r2 = requests.clone();
    let server = HttpServer::new(move || {
        let (archive, requests) = (archive.clone(), r2.clone());
        App::new().route(
            "/donnees_locales_v4/all_latest.tar.bz2",
            web::get().to(move || {
                let (archive, requests) = (archive.clone(), requests.clone());
                async move {
                    if requests.fetch_add(1, Ordering::SeqCst) == 0 {
                        return HttpResponse::ServiceUnavailable().finish();
                    }
                    HttpResponse::Ok()
                        .content_type("application/x-bzip2")
                        .body(archive.to_vec())
                }
            }),
        )
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    actix_web::rt::spawn(server);

    let data = tempfile::tempdir().unwrap();
    copy_data(data.path());
    let (cat, _) = maillage::sources::load(data.path()).unwrap();
    let opts = annuaire::Options {
        origin: annuaire::Origin::Bulk(format!("{base}/donnees_locales_v4/all_latest.tar.bz2")),
        types: vec!["cidf".into(), "mjd".into()],
        force: false,
        timeout: Duration::from_secs(10),
    };
    let summary = annuaire::run(&opts, data.path(), &cat.communes)
        .await
        .expect("the bulk import succeeds after a retry");
    assert_eq!(requests.load(Ordering::SeqCst), 2, "the 503 was retried");
    assert_eq!(summary.counts.get("cidf"), Some(&111));
    assert!(!summary.counts.contains_key("mjd"));
    assert_eq!(summary.refused.len(), 1, "{:?}", summary.refused);
    assert_eq!(summary.refused[0].0, "mjd");
    assert!(
        summary.refused[0].1.contains("20 %"),
        "{}",
        summary.refused[0].1
    );

    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(
            std::fs::File::open(data.path().join(annuaire::FILE)).unwrap(),
        ),
        &mut text,
    )
    .unwrap();
    let records: Vec<annuaire::Record> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids = |t: &str| -> Vec<&str> {
        records
            .iter()
            .filter(|r| r.type_service == t)
            .map(|r| r.id.as_str())
            .collect()
    };
    assert_eq!(ids("cidf").len(), 111, "the CIDFF are the bulk file's");
    assert!(ids("cidf").contains(&"dila:cidf-as-strings"));
    assert!(!ids("cidf").contains(&"dila:cidf-01053-01"));
    let mjd = ids("mjd");
    assert!(
        mjd.contains(&"dila:mjd-59392-01"),
        "the refused type keeps its records"
    );
    assert!(mjd.iter().all(|id| !id.contains("bulk")));
    assert!(!ids("gendarmerie").is_empty(), "types not asked for stay");
    assert!(ids("ccas").iter().all(|id| *id != "dila:ccas-x"));
    let bulk = records
        .iter()
        .find(|r| r.id == "dila:cidf-bulk-000")
        .unwrap();
    assert_eq!(
        bulk.emails,
        ["accueil@example.org", "direction@example.org"]
    );
    assert_eq!(bulk.updated.as_deref(), Some("2026-07-14"));
    let meta: Value =
        serde_json::from_slice(&std::fs::read(data.path().join(annuaire::META)).unwrap()).unwrap();
    assert_eq!(meta["refused"][0][0], "mjd");
    assert!(
        !data.path().join(".annuaire-bulk.download").exists(),
        "the download is removed"
    );
}
