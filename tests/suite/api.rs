//! The JSON API over real HTTP on the real server.
//! Long because each test walks one documented behaviour of the API end to end.

use crate::common;
use serde_json::Value;

fn ids(v: &Value) -> Vec<String> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[actix_web::test]
async fn belley_results_start_with_emergency_then_3919_then_the_nearest_of_each_kind_with_its_mairie(
) {
    let app = common::spawn().await;
    let (status, v) = app.json("/api/v1/resources?commune=01034").await;
    assert_eq!(status, 200);
    assert_eq!(v["place"]["name"], "Belley");
    let ids = ids(&v);
    assert_eq!(
        &ids[..4],
        [
            "national:17",
            "national:112",
            "national:114",
            "national:3919"
        ]
    );
    let local: Vec<&Value> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["section"] == "local")
        .collect();
    assert_eq!(
        local[0]["category"], "police",
        "the nearest gendarmerie leads"
    );
    // Belley publishes its CCAS (2026): it leads the social services; the
    // mairie, which reaches it too, follows among the rest.
    let ccas = local
        .iter()
        .take_while(|r| r["lead"] == true)
        .find(|r| r["name"].as_str().unwrap().contains("(CCAS) - Belley"))
        .expect("the CCAS is among the nearest of each kind");
    assert_eq!(ccas["updated"], "2026-07-14");
    let first_local = local
        .iter()
        .find(|r| r["id"] == "mairie:01034")
        .expect("the mairie is listed");
    assert!(first_local["distance_km"].as_f64().unwrap() <= 1.0);
    assert_eq!(first_local["phones"][0]["display"], "04 79 42 23 00");
    assert!(first_local["hours"]["slots"].as_array().unwrap().len() >= 5);
    assert!(first_local["updated"].is_string());
    assert!(first_local["source"]["name"]
        .as_str()
        .unwrap()
        .contains("DILA"));
}

#[actix_web::test]
async fn the_3919_is_a_listening_line_not_an_emergency_number() {
    let app = common::spawn().await;
    let (_, v) = app.json("/api/v1/resources/national:3919").await;
    assert_eq!(v["category"], "listening_line");
    assert_eq!(v["free"], true);
    assert!(v["description"]
        .as_str()
        .unwrap()
        .contains("pas un numéro d'urgence"));
    let (_, e) = app.json("/api/v1/resources/national:114").await;
    assert_eq!(e["category"], "emergency");
    assert_eq!(e["phones"][0]["kind"], "sms");
}

#[actix_web::test]
async fn a_postcode_with_several_communes_answers_for_the_biggest_and_lists_the_others() {
    let app = common::spawn().await;
    let (status, v) = app.json("/api/v1/resources?postcode=01300&limit=5").await;
    assert_eq!(status, 200);
    assert_eq!(v["place"]["insee"], "01034");
    assert_eq!(v["place"]["matched"], "postcode");
    assert!(v["place"]["alternatives"].as_array().unwrap().len() > 3);
    assert_eq!(v["results"].as_array().unwrap().len(), 5);
}

#[actix_web::test]
async fn a_cedex_code_is_never_read_as_an_insee_code() {
    let app = common::spawn().await;
    let (status, v) = app.json("/api/v1/resources?postcode=01005").await;
    assert_eq!(status, 404);
    assert!(v["detail"].as_str().unwrap().contains("CEDEX"));
    assert!(v["detail"].as_str().unwrap().contains("Bourg-en-Bresse"));
    let (_, c) = app.json("/api/v1/communes?q=01005").await;
    assert!(c["notice"].as_str().unwrap().contains("01000"));
    assert!(c["communes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["matched"] == "nearest_postcode"));
    assert!(c["communes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["insee"] != "01005"));
    // Through the explicit parameter, 01005 is Ambérieux-en-Dombes.
    let (status, v) = app.json("/api/v1/resources?commune=01005&limit=1").await;
    assert_eq!(status, 200);
    assert_eq!(v["place"]["name"], "Ambérieux-en-Dombes");
}

#[actix_web::test]
async fn a_point_resolves_to_the_nearest_commune_and_measures_from_the_point() {
    let app = common::spawn().await;
    let (status, v) = app
        .json("/api/v1/resources?lat=45.7609&lon=5.6863&category=social_services")
        .await;
    assert_eq!(status, 200);
    assert_eq!(v["place"]["insee"], "01034");
    assert_eq!(v["place"]["matched"], "point");
    assert!(v["results"][0]["distance_km"].as_f64().unwrap() < 0.2);
}

#[actix_web::test]
async fn filters_narrow_the_results() {
    let app = common::spawn().await;
    let (_, v) = app
        .json("/api/v1/resources?commune=01034&category=womens_rights")
        .await;
    assert!(
        ids(&v).contains(&"dila:cidf-01053-01".to_string()),
        "{:?}",
        ids(&v)
    );
    assert!(v["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["category"] == "womens_rights"));
    let (_, v) = app
        .json("/api/v1/resources?commune=01034&audience=perpetrators&category=listening_line")
        .await;
    assert!(ids(&v).contains(&"national:fnacav".to_string()));
    assert!(!ids(&v).contains(&"national:119".to_string()));
    let (_, v) = app.json("/api/v1/resources?commune=01034&q=juristes").await;
    assert!(
        ids(&v).iter().any(|id| id.starts_with("dila:cidf-")),
        "{:?}",
        ids(&v)
    );
    assert!(
        !ids(&v).contains(&"mairie:01034".to_string()),
        "{:?}",
        ids(&v)
    );
    let (_, v) = app
        .json("/api/v1/resources?commune=01034&q=hebergement")
        .await;
    assert!(
        ids(&v).contains(&"national:115".to_string()),
        "accents must not matter: {:?}",
        ids(&v)
    );
    let (_, all) = app.json("/api/v1/resources?commune=01034&limit=100").await;
    let (_, page) = app
        .json("/api/v1/resources?commune=01034&limit=2&offset=3")
        .await;
    assert_eq!(ids(&page), ids(&all)[3..5]);
    assert_eq!(page["total"], all["total"]);
}

#[actix_web::test]
async fn maubeuge_shows_its_local_structures_with_normalised_numbers() {
    let app = common::spawn().await;
    let (_, v) = app.json("/api/v1/resources?commune=59392&limit=100").await;
    let r = v["results"].as_array().unwrap();
    let parenthese = r
        .iter()
        .find(|x| x["id"] == "local:maubeuge-parenthese")
        .unwrap();
    assert_eq!(parenthese["phones"][0]["display"], "06 52 13 65 77");
    assert_eq!(parenthese["needs_review"], true);
    // The MJD, known to two sources, is listed once (the DILA's, fresher).
    // (The same number also serves Jeumont and Aulnoye-Aymeries, each listed
    // in its own commune.)
    let mjd: Vec<_> = r
        .iter()
        .filter(|x| x["phones"][0]["display"] == "03 27 62 99 00")
        .filter(|x| {
            x["address"]
                .as_str()
                .is_some_and(|a| a.to_lowercase().contains("maubeuge"))
        })
        .collect();
    assert_eq!(mjd.len(), 1, "{mjd:?}");
}

#[actix_web::test]
async fn bad_input_gets_a_4xx_problem_in_french_never_a_500() {
    let app = common::spawn().await;
    let long = "a".repeat(10_000);
    let cases: Vec<(String, u16, &str)> = vec![
        ("/api/v1/communes".into(), 400, "q"),
        ("/api/v1/communes?q=".into(), 400, "q"),
        ("/api/v1/communes?q=%20%20%20".into(), 400, "q"),
        (format!("/api/v1/communes?q={long}"), 414, ""),
        (format!("/api/v1/communes?q={}", "a".repeat(500)), 400, "q"),
        ("/api/v1/communes?q=bel%00ley".into(), 400, "q"),
        (
            "/api/v1/communes?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".into(),
            400,
            "q",
        ),
        ("/api/v1/communes?q=%27%20OR%201%3D1%20--".into(), 400, "q"),
        ("/api/v1/communes?q=%FF%FE%FD".into(), 400, ""),
        ("/api/v1/communes?q=belley&limit=0".into(), 400, "limit"),
        ("/api/v1/resources?commune=ABCDE".into(), 400, "commune"),
        ("/api/v1/resources?commune=99999".into(), 404, ""),
        ("/api/v1/resources?postcode=1300".into(), 400, "postcode"),
        ("/api/v1/resources?lat=91&lon=2".into(), 400, "lat"),
        ("/api/v1/resources?lat=45&lon=-181".into(), 400, "lon"),
        ("/api/v1/resources?lat=NaN&lon=2".into(), 400, "lat"),
        ("/api/v1/resources?lat=-45&lon=-120".into(), 404, ""),
        (
            "/api/v1/resources?commune=01034&limit=-1".into(),
            400,
            "limit",
        ),
        (
            "/api/v1/resources?commune=01034&limit=100000".into(),
            400,
            "limit",
        ),
        (
            "/api/v1/resources?commune=01034&offset=99999999999999999999".into(),
            400,
            "offset",
        ),
        (
            "/api/v1/resources?commune=01034&radius_km=1000".into(),
            400,
            "radius_km",
        ),
        (
            "/api/v1/resources?commune=01034&open_now=maybe".into(),
            400,
            "open_now",
        ),
        (
            "/api/v1/resources?commune=01034&audience=martians".into(),
            400,
            "audience",
        ),
        ("/api/v1/resources?commune=01034&q=%3Cb%3E".into(), 400, "q"),
        ("/api/v1/resources/unknown:id".into(), 404, ""),
        ("/api/v1/nothing-here".into(), 404, ""),
    ];
    for (full, want, param) in cases {
        let r = app.get(&full).await;
        let path: String = full.chars().take(80).collect();
        let status = r.status().as_u16();
        let ctype = r.headers()["content-type"].to_str().unwrap().to_string();
        let body: Value = r.json().await.unwrap();
        assert_eq!(status, want, "{path}: {body}");
        assert_eq!(ctype, "application/problem+json", "{path}");
        assert_eq!(body["status"], want);
        assert!(!body["detail"].as_str().unwrap().is_empty(), "{path}");
        if !param.is_empty() {
            assert_eq!(body["param"], param, "{path}: {body}");
        }
    }
}

#[actix_web::test]
async fn health_readiness_and_cors() {
    let app = common::spawn().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    let (status, v) = app.json("/readyz").await;
    assert_eq!(status, 200);
    assert_eq!(v["communes"], common::shipped::COMMUNES);
    let r = app
        .client
        .get(format!("{}/api/v1/communes?q=belley", app.base))
        .header("Origin", "https://partner.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    assert!(r.headers().get("set-cookie").is_none());
    let pre = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/v1/resources?commune=01034", app.base),
        )
        .header("Origin", "https://partner.example")
        .header("Access-Control-Request-Method", "GET")
        .send()
        .await
        .unwrap();
    assert!(pre.status().is_success());
    assert!(pre.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .contains("GET"));
}

#[actix_web::test]
async fn every_response_carries_the_security_headers() {
    let app = common::spawn().await;
    for path in [
        "/healthz",
        "/readyz",
        "/api/v1/communes?q=belley",
        "/api/v1/resources?commune=01034",
        "/api/v1/resources/nope",
        "/api/v1/resources/national:3919",
        "/api/v1/openapi.json",
        "/api/v1/categories",
        "/api/hsds/services?per_page=1",
        "/api/v1/communes?q=%3C",
        "/static/site.css",
        "/static/exit.js",
        "/static/missing.js",
        "/nowhere",
        "/en/securite",
    ] {
        let r = app.get(path).await;
        let h = r.headers();
        assert_eq!(h["strict-transport-security"], "max-age=63072000", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("default-src 'none'"),
            "{path}"
        );
        assert!(
            h["permissions-policy"]
                .to_str()
                .unwrap()
                .contains("geolocation=()"),
            "{path}"
        );
        let cache = h["cache-control"].to_str().unwrap();
        let stable = path.starts_with("/static/site")
            || path.starts_with("/static/exit")
            || path.ends_with("openapi.json")
            || path.ends_with("national:3919");
        assert!(
            if stable {
                cache.starts_with("public")
            } else {
                cache == "no-store"
            },
            "{path}: {cache}"
        );
        assert!(h.get("set-cookie").is_none(), "{path}");
    }
}

#[actix_web::test]
async fn oversized_requests_wrong_methods_and_media_types_get_their_own_status() {
    let app = common::spawn().await;
    let long = format!("/api/v1/communes?q={}", "a".repeat(3000));
    let r = app.get(&long).await;
    assert_eq!(r.status().as_u16(), 414);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let r = app
        .client
        .get(format!("{}/api/v1/communes?q=belley", app.base))
        .header("X-Padding", "x".repeat(9000))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 431);
    let r = app
        .client
        .get(format!("{}/api/v1/communes?q=belley", app.base))
        .header("Accept", "application/xml")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 406);
    let r = app
        .client
        .get(format!("{}/api/v1/communes?q=belley", app.base))
        .header("Accept", "text/html, application/json;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = app
        .client
        .post(format!("{}/api/v1/communes?q=belley", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 405);
    assert!(r.headers()["allow"].to_str().unwrap().contains("GET"));
    let r = app
        .client
        .delete(format!("{}/api/v1/resources/national:3919", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 405);
    let r = app
        .get(&format!("/recherche?lieu={}", "a".repeat(3000)))
        .await;
    assert_eq!(r.status().as_u16(), 414);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
}

#[actix_web::test]
async fn a_client_over_the_rate_limit_gets_429_with_retry_after() {
    let app = common::spawn_with(maillage::web::Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 60,
        public_url: None,
        trusted_proxies: Vec::new(),
        clock: Default::default(),
    })
    .await;
    // 60 a minute is one a second, after a burst of ten: however slow this
    // machine, no more than ten plus one per second elapsed get through.
    let started = std::time::Instant::now();
    let mut statuses = vec![];
    while statuses.len() < 15 || (statuses.len() < 200 && !statuses.contains(&429)) {
        let r = app.get("/api/v1/communes?q=belley").await;
        statuses.push(r.status().as_u16());
        if r.status() == 429 {
            assert!(
                r.headers()["retry-after"]
                    .to_str()
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()
                    >= 1
            );
            assert_eq!(r.headers()["content-type"], "application/problem+json");
            let body: Value = r.json().await.unwrap();
            assert!(body["detail"]
                .as_str()
                .unwrap()
                .contains("Trop de requêtes"));
        }
    }
    let elapsed = started.elapsed().as_secs_f64().ceil() as usize;
    let ok = statuses.iter().filter(|s| **s == 200).count();
    assert!(statuses[..10].iter().all(|s| *s == 200), "{statuses:?}");
    assert!(
        ok <= 10 + elapsed,
        "{ok} served in {elapsed} s: {statuses:?}"
    );
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 429),
        "{statuses:?}"
    );
    assert_eq!(
        app.get("/commune/01034").await.status(),
        200,
        "pages are not rate limited"
    );
}

#[actix_web::test]
async fn without_a_place_only_national_lines_and_several_places_follow_the_documented_precedence() {
    let app = common::spawn().await;
    let (status, v) = app.json("/api/v1/resources?limit=100").await;
    assert_eq!(status, 200);
    assert!(v["place"].is_null());
    assert!(v["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["scope"]["kind"] == "national"));
    assert_eq!(v["results"][0]["id"], "national:17");
    let (_, v) = app
        .json("/api/v1/resources?commune=01034&postcode=75011")
        .await;
    assert_eq!(v["place"]["insee"], "01034");
    assert!(v["notice"].as_str().unwrap().contains("l'emporte"));
    let (_, v) = app.json("/api/v1/resources?lat=45").await;
    assert!(v["place"].is_null());
    assert!(v["notice"].as_str().unwrap().contains("vont ensemble"));
    let (_, v) = app.json("/api/v1/communes?q=013").await;
    let names: Vec<&str> = v["communes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Belley"),
        "a postcode being typed suggests communes: {names:?}"
    );
}

#[actix_web::test]
async fn text_fields_answer_in_the_asked_language_and_say_which() {
    let app = common::spawn().await;
    let r = app
        .get("/api/v1/resources?commune=01034&lang=en&limit=30")
        .await;
    assert_eq!(r.headers()["content-language"], "en");
    let v: Value = r.json().await.unwrap();
    let results = v["results"].as_array().unwrap();
    let local = results.iter().find(|r| r["section"] == "local").unwrap();
    assert_eq!(local["category_label"], "Police and gendarmerie");
    let age = local["age"]["text"].as_str().unwrap();
    assert!(
        age.starts_with("Old information") || age.starts_with("Confirmed"),
        "{age}"
    );
    let line = results.iter().find(|r| r["id"] == "national:3919").unwrap();
    assert!(
        line["description"]
            .as_str()
            .unwrap()
            .starts_with("Listening"),
        "{}",
        line["description"]
    );
    // The header chooses when the parameter is absent; French by default.
    let r = app
        .client
        .get(format!("{}/api/v1/resources/national:3919", app.base))
        .header("Accept-Language", "de-DE, en;q=0.8, fr;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "en");
    assert!(r.headers()["vary"]
        .to_str()
        .unwrap()
        .contains("Accept-Language"));
    let (_, v) = app.json("/api/v1/resources/national:3919").await;
    assert!(v["description"].as_str().unwrap().starts_with("Écoute"));
    let (status, v) = app.json("/api/v1/resources?commune=01034&lang=de").await;
    assert_eq!(status, 400);
    assert_eq!(v["param"], "lang");
}

#[actix_web::test]
async fn a_misspelt_parameter_is_named_with_the_known_ones_never_silently_ignored() {
    let app = common::spawn().await;
    let (status, v) = app.json("/api/v1/resources?comune=01034").await;
    assert_eq!(status, 400);
    assert_eq!(v["param"], "comune");
    let detail = v["detail"].as_str().unwrap();
    assert!(
        detail.contains("« comune »") && detail.contains("commune, postcode"),
        "{detail}"
    );
    for path in [
        "/api/v1/communes?q=belley&limt=3",
        "/api/v1/resources/national:3919?lng=en",
        "/api/hsds/services?pages=2",
    ] {
        let (status, v) = app.json(path).await;
        assert_eq!(status, 400, "{path}");
        assert!(v["param"].is_string(), "{path}");
    }
    // Pages are links people share: a tracking parameter changes nothing.
    assert_eq!(app.get("/commune/01034?utm_source=x").await.status(), 200);
}

#[actix_web::test]
async fn several_words_must_all_match_and_french_stop_words_do_not_count() {
    let app = common::spawn().await;
    let total = |v: &Value| v["total"].as_u64().unwrap();
    let (_, all) = app.json("/api/v1/resources?commune=59392&limit=1").await;
    let (_, maison) = app
        .json("/api/v1/resources?commune=59392&q=maison&limit=1")
        .await;
    let (_, justice) = app
        .json("/api/v1/resources?commune=59392&q=justice&limit=1")
        .await;
    let (_, both) = app
        .json("/api/v1/resources?commune=59392&q=maison+de+justice&limit=100")
        .await;
    assert!(total(&both) > 0, "Maubeuge's MJD matches");
    assert!(
        total(&both) <= total(&maison).min(total(&justice)) && total(&both) < total(&all),
        "every meaningful word is required: {} vs {} / {} / {}",
        total(&both),
        total(&maison),
        total(&justice),
        total(&all)
    );
    assert!(both["results"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "dila:mjd-59392-01"));
    // "de la" alone narrows nothing rather than matching everything with "de".
    let (status, stop) = app
        .json("/api/v1/resources?commune=59392&q=de+la&limit=1")
        .await;
    assert_eq!(status, 200);
    assert_eq!(total(&stop), total(&all));
}
