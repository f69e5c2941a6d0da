//! The read-only Open Referral HSDS 3.0 view.

use crate::common;
use serde_json::Value;

#[actix_web::test]
async fn hsds_lists_are_paginated_and_ids_are_stable_uuids() {
    let app = common::spawn().await;
    let (status, v) = app
        .json("/api/hsds/services?commune=01034&per_page=5")
        .await;
    assert_eq!(status, 200);
    assert_eq!(v["page_number"], 1);
    assert_eq!(v["size"], 5);
    assert!(v["total_items"].as_u64().unwrap() > 5);
    assert_eq!(v["first_page"], true);
    assert_eq!(v["last_page"], false);
    let first = &v["contents"][0];
    assert_eq!(first["name"], "Police secours / gendarmerie");
    assert_eq!(first["id"].as_str().unwrap().len(), 36);
    assert_eq!(
        first["id"],
        maillage::domain::hsds_uuid("service", "national:17")
    );

    let (_, again) = app
        .json("/api/hsds/services?commune=01034&per_page=5")
        .await;
    assert_eq!(again["contents"][0]["id"], first["id"], "deterministic");

    let id = maillage::domain::hsds_uuid("service", "mairie:01034");
    let (status, mairie) = app.json(&format!("/api/hsds/services/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(mairie["phones"][0]["number"], "04 79 42 23 00");
    assert!(mairie["schedules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["byday"] == "MO" && s["opens_at"] == "08:00"));
    let loc = maillage::domain::hsds_uuid("location", "mairie:01034");
    let (status, l) = app.json(&format!("/api/hsds/locations/{loc}")).await;
    assert_eq!(status, 200);
    assert_eq!(l["addresses"][0]["city"], "Belley");
    assert_eq!(l["addresses"][0]["postal_code"], "01300");
    assert!((l["latitude"].as_f64().unwrap() - 45.76).abs() < 0.01);
}

#[actix_web::test]
async fn shelters_never_get_a_location_and_bad_parameters_are_problems() {
    let app = common::spawn().await;
    let shelter = maillage::domain::hsds_uuid("location", "national:115");
    assert_eq!(
        app.get(&format!("/api/hsds/locations/{shelter}"))
            .await
            .status(),
        404
    );
    let (_, locs) = app.json("/api/hsds/locations?per_page=100").await;
    let names: Vec<&str> = locs["contents"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["name"].as_str())
        .collect();
    assert!(!names.iter().any(|n| n.contains("115")));
    let (_, sal) = app
        .json("/api/hsds/service_at_locations?commune=01034")
        .await;
    assert!(sal["contents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["location_id"] == maillage::domain::hsds_uuid("location", "mairie:01034")));
    for (path, want) in [
        ("/api/hsds/services?per_page=0", 400),
        ("/api/hsds/services?per_page=101", 400),
        ("/api/hsds/services?page=abc", 400),
        ("/api/hsds/services?commune=nope", 400),
        ("/api/hsds/services?commune=99999", 404),
        ("/api/hsds/services/not-a-uuid", 404),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status().as_u16(), want, "{path}");
        assert_eq!(
            r.headers()["content-type"],
            "application/problem+json",
            "{path}"
        );
        let body: Value = r.json().await.unwrap();
        assert!(body["detail"].as_str().is_some());
    }
    let r = app
        .client
        .get(format!("{}/api/hsds/services", app.base))
        .header("Origin", "https://partner.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
}

/// Every object the HSDS view returns, on pages spread over the whole
/// catalogue (national lines, mairies, archival DILA and France Services
/// records), validates against the official HSDS 3.0 schemas, and every id a
/// list returns resolves. The validator is Python's `jsonschema`, installed
/// with schemathesis by scripts/test.sh.
#[actix_web::test]
async fn every_hsds_object_validates_against_the_official_schemas() {
    let app = common::spawn().await;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hsds");
    let out = tokio::process::Command::new("python3")
        .arg(dir.join("validate.py"))
        .arg(&app.base)
        .arg(dir.join("schemas"))
        .output()
        .await
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "HSDS objects fail the official schemas:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" 0 schema errors"), "{stdout}");
}
