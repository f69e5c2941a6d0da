//! Findings of the security and protocol review (issue 14), each proved on
//! the real server over real HTTP; raw TCP where a client library would
//! normalise the request.

use crate::common;
use maillage::web::Config;
use std::io::{Read, Write};

/// One HTTP/1.1 request written byte for byte; returns status, headers, body.
fn raw(base: &str, method: &str, path: &str, headers: &[&str]) -> (u16, String, String) {
    let addr = base.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers
        .iter()
        .any(|h| h.to_ascii_lowercase().starts_with("host:"))
    {
        req.push_str(&format!("Host: {addr}\r\n"));
    }
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let text = String::from_utf8_lossy(&out).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_ascii_lowercase(), body.to_string())
}

/// The real server with a low API rate limit (60 a minute, burst of 10).
async fn spawn_limited() -> common::TestApp {
    common::spawn_with(Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 60,
        public_url: None,
        trusted_proxies: Vec::new(),
        clock: Default::default(),
    })
    .await
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    actix_web::rt::task::spawn_blocking(f).await.unwrap()
}

#[actix_web::test]
async fn an_encoded_api_path_meets_the_same_rate_limit_and_content_negotiation() {
    let app = spawn_limited().await;
    let base = app.base.clone();
    let statuses: Vec<u16> = blocking(move || {
        (0..30)
            .map(|_| raw(&base, "GET", "/%61pi/v1/resources?commune=01034", &[]).0)
            .collect()
    })
    .await;
    assert_eq!(statuses[0], 200, "the encoded path is the API");
    assert!(statuses.contains(&429), "{statuses:?}");
    let base = app.base.clone();
    let (status, head, body) =
        blocking(move || raw(&base, "GET", "/%61pi/v1/categories", &["Accept: text/html"])).await;
    assert_eq!(status, 406, "{head}");
    assert!(head.contains("application/problem+json") && body.contains("\"status\""));
}

/// With one request a minute after a burst of ten, the bucket stays empty for
/// the whole test: any spelling that reaches the API and answers 200 got
/// past the limit.
#[actix_web::test]
async fn no_spelling_of_the_api_escapes_the_rate_limit() {
    let app = common::spawn_with(Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 1,
        public_url: None,
        trusted_proxies: Vec::new(),
        clock: Default::default(),
    })
    .await;
    let base = app.base.clone();
    let (spent, answers) = blocking(move || {
        let spent: Vec<u16> = (0..11)
            .map(|_| raw(&base, "GET", "/api/v1/categories", &[]).0)
            .collect();
        let answers: Vec<(&str, u16)> = [
            "/api/v1/categories",
            "/%61pi/v1/categories",
            "/%61%70%69/v1/categories",
            "/api/%761/categories",
            "/api/v1/%63ategories",
            "/api/v1/categories?",
            "/api/v1/resources?commune=01034",
            "/api/hsds/services",
            "/%61pi/hsds/services",
            "/api/v1/openapi.json",
        ]
        .into_iter()
        .map(|p| (p, raw(&base, "GET", p, &[]).0))
        .collect();
        (spent, answers)
    })
    .await;
    assert!(spent[..10].iter().all(|s| *s == 200), "{spent:?}");
    assert_eq!(spent[10], 429);
    for (path, status) in answers {
        assert_eq!(status, 429, "{path} answered {status}");
    }
    // The report form's POST draws from the same bucket.
    let r = app
        .client
        .post(format!("{}/signaler/mairie:01034", app.base))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("field=phone&value=04")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(
        app.get("/commune/01034").await.status(),
        200,
        "pages are not limited"
    );
}

#[actix_web::test]
async fn refusals_on_the_api_carry_cors_so_a_partner_script_can_read_them() {
    let app = spawn_limited().await;
    let base = app.base.clone();
    let refusals: Vec<(u16, String)> = blocking(move || {
        let mut v = vec![];
        let r = raw(
            &base,
            "GET",
            "/api/v1/categories",
            &["Accept: text/html", "Origin: https://partner.example"],
        );
        v.push((r.0, r.1));
        for _ in 0..30 {
            let r = raw(
                &base,
                "GET",
                "/api/v1/categories",
                &["Origin: https://partner.example"],
            );
            if r.0 == 429 {
                v.push((r.0, r.1));
                break;
            }
        }
        v
    })
    .await;
    assert_eq!(refusals.iter().map(|r| r.0).collect::<Vec<_>>(), [406, 429]);
    for (status, head) in refusals {
        assert!(
            head.contains("access-control-allow-origin: *"),
            "{status}: {head}"
        );
    }
}

#[actix_web::test]
async fn media_types_compare_case_insensitively_and_q_zero_refuses() {
    let app = common::spawn().await;
    let base = app.base.clone();
    let (a, b, c) = blocking(move || {
        (
            raw(
                &base,
                "GET",
                "/api/v1/categories",
                &["Accept: APPLICATION/JSON"],
            )
            .0,
            raw(
                &base,
                "GET",
                "/api/v1/categories",
                &["Accept: application/json;q=0"],
            )
            .0,
            raw(
                &base,
                "GET",
                "/api/v1/categories",
                &["Accept: text/html;q=0.9, application/json;q=0.5"],
            )
            .0,
        )
    })
    .await;
    assert_eq!((a, b, c), (200, 406, 200));
}

#[actix_web::test]
async fn a_forged_link_cannot_make_the_page_say_something() {
    let app = common::spawn().await;
    let text_of = |html: &str| {
        let doc = scraper::Html::parse_document(html);
        doc.root_element().text().collect::<String>()
    };
    let forged =
        "/recherche?lieu=URGENT.+Le+3919+a+change.+Appelez+le+06.12.34.56.78+(ligne+officielle)";
    let r = app.get(forged).await;
    assert_eq!(r.status(), 400);
    let text = text_of(&r.text().await.unwrap());
    assert!(
        !text.contains("06.12.34") && !text.contains("URGENT"),
        "{text}"
    );
    // A name that parses but is no place: "not found", without quoting it.
    let r = app.get("/recherche?lieu=Appelez+vite+Jacques").await;
    assert_eq!(r.status(), 404);
    let text = text_of(&r.text().await.unwrap());
    assert!(text.contains("Ce lieu est introuvable"), "{text}");
    assert!(!text.contains("Appelez vite"), "{text}");
}

#[actix_web::test]
async fn bidi_and_format_controls_are_refused_in_every_parameter() {
    let app = common::spawn().await;
    for path in [
        "/recherche?lieu=Belley%E2%80%AE",
        "/commune/01034?category=police%E2%80%8B",
        "/api/v1/communes?q=Bel%E2%80%AEley",
        "/api/v1/resources?commune=01034&q=juriste%E2%81%A6",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 400, "{path}");
    }
}

#[actix_web::test]
async fn head_is_answered_wherever_get_is() {
    let app = common::spawn().await;
    let css = app.get("/").await.text().await.unwrap();
    let css_path = css
        .split("href=\"")
        .find(|s| s.starts_with("/static/site.css"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    for path in [
        "/healthz",
        "/readyz",
        "/",
        "/commune/01034",
        "/api/v1/categories",
        "/api/v1/resources?commune=01034",
        css_path.as_str(),
    ] {
        let r = app
            .client
            .head(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "HEAD {path}");
        assert!(
            r.bytes().await.unwrap().is_empty(),
            "HEAD {path} has no body"
        );
    }
}

#[actix_web::test]
async fn static_links_carry_a_hash_of_the_files_bytes() {
    let app = common::spawn().await;
    let home = app.get("/").await.text().await.unwrap();
    for file in ["site.css", "exit.js"] {
        let body = app
            .get(&format!("/static/{file}"))
            .await
            .text()
            .await
            .unwrap();
        let want = format!("/static/{file}?v={}", maillage::web::content_version(&body));
        assert!(home.contains(&want), "{want} in the page");
    }
}

#[actix_web::test]
async fn a_commune_has_one_address_and_padded_codes_are_not_pages() {
    let app = common::spawn().await;
    for path in [
        "/commune/%2001034",
        "/commune/%0901034",
        "/commune/%E3%80%8001034",
        "/commune/01034%20",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    let r = app.get("/commune/2a004").await;
    assert_eq!(r.status(), 301);
    assert_eq!(r.headers()["location"], "/commune/2A004");
    assert_eq!(
        app.get("/api/hsds/services?commune=%2001034")
            .await
            .status(),
        400
    );
    assert_eq!(
        app.get("/api/v1/resources?commune=%2001034").await.status(),
        400
    );
}

#[actix_web::test]
async fn forged_host_and_forwarded_headers_never_reach_a_page() {
    for public_url in [None, Some("https://aide.example.fr".to_string())] {
        let app = common::spawn_with(Config {
            exit_url: "https://exit.example/".into(),
            api_rate_per_minute: 1_000_000,
            public_url: public_url.clone(),
            trusted_proxies: Vec::new(),
            clock: Default::default(),
        })
        .await;
        let base = app.base.clone();
        let pages: Vec<String> = blocking(move || {
            [
                "/affiche/01034",
                "/en/affiche/01034",
                "/integrer",
                "/integrer?lieu=belley",
                "/commune/01034",
                "/",
                "/robots.txt",
                "/sitemap.xml",
                "/sitemap/1.xml",
            ]
            .iter()
            .flat_map(|p| {
                [
                    raw(&base, "GET", p, &["Host: evil.example"]).2,
                    raw(
                        &base,
                        "GET",
                        p,
                        &[
                            "X-Forwarded-Host: a.evil/phish?x=",
                            "X-Forwarded-Proto: gopher",
                        ],
                    )
                    .2,
                    raw(&base, "GET", p, &["Forwarded: host=b.evil;proto=https"]).2,
                ]
            })
            .collect()
        })
        .await;
        // Every forged request was answered (an HTML page, robots.txt, a
        // sitemap, or the sitemap's 404 when no public address is set).
        assert!(
            pages.iter().all(|b| [
                "Quitter",
                "Leave this site",
                "User-agent",
                "<sitemapindex",
                "<urlset",
                "introuvable"
            ]
            .iter()
            .any(|m| b.contains(m))),
            "every forged request got a page: {:?}",
            pages
                .iter()
                .find(|b| !b.contains("Quitter") && !b.contains("Leave this site"))
                .map(|b| b.chars().take(300).collect::<String>())
        );
        for body in &pages {
            assert!(
                !body.contains("evil") && !body.contains("gopher"),
                "a forged host was printed"
            );
            assert!(!body.contains("127.0.0.1"), "the bind address was printed");
        }
        let poster = app.get("/affiche/01034").await.text().await.unwrap();
        match &public_url {
            Some(u) => {
                assert!(poster.contains(&format!("{u}/commune/01034")));
                assert!(
                    poster.contains("class=\"qr\""),
                    "QR code of the public address"
                );
            }
            // No QR code (the header's globe is a drawing too: look for the code itself).
            None => assert!(poster.contains("/commune/01034") && !poster.contains("class=\"qr\"")),
        }
    }
}

#[actix_web::test]
async fn etags_are_weak_and_match_weakly_and_refusals_say_what_is_allowed() {
    let app = common::spawn().await;
    let plain = app.get("/api/v1/resources/mairie:01034").await;
    let etag = plain.headers()["etag"].to_str().unwrap().to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    let gz = app
        .client
        .get(format!("{}/api/v1/resources/mairie:01034", app.base))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.headers()["etag"].to_str().unwrap(), etag);
    for sent in [etag.clone(), etag.trim_start_matches("W/").to_string()] {
        let r = app
            .client
            .get(format!("{}/api/v1/resources/mairie:01034", app.base))
            .header("If-None-Match", sent.as_str())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 304, "If-None-Match: {sent}");
    }
    let r = app
        .client
        .post(format!("{}/commune/01034", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    assert_eq!(r.headers()["allow"], "GET, HEAD");
    let r = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/hsds/services", app.base),
        )
        .header("Origin", "https://partner.example")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "x-partner-trace")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "HSDS preflight with a custom header");
}

#[actix_web::test]
async fn a_refused_preflight_is_a_problem_a_partner_can_read() {
    let app = common::spawn().await;
    let r = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/v1/resources", app.base),
        )
        .header("Origin", "https://partner.example")
        .header("Access-Control-Request-Method", "DELETE")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], 400);
}

#[actix_web::test]
async fn only_the_current_content_of_a_script_is_cached_for_a_year() {
    let app = common::spawn().await;
    let home = app.get("/").await.text().await.unwrap();
    let current = home
        .split("src=\"")
        .find(|s| s.starts_with("/static/exit.js"))
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let cache = |path: String| {
        let app = &app;
        async move {
            app.get(&path).await.headers()["cache-control"]
                .to_str()
                .unwrap()
                .to_string()
        }
    };
    assert!(cache(current).await.contains("immutable"));
    for other in [
        "/static/exit.js",
        "/static/exit.js?v=anything",
        "/static/exit.js?v=1&v=2",
    ] {
        let c = cache(other.to_string()).await;
        assert!(!c.contains("immutable"), "{other}: {c}");
    }
}

#[actix_web::test]
async fn the_pickers_refuse_what_the_search_refuses() {
    let app = common::spawn().await;
    for path in [
        "/affiche?lieu=a%00b",
        "/integrer?lieu=%FF%FE",
        "/affiche?lieu=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "/recherche?lieu=a%00b",
    ] {
        assert_eq!(app.get(path).await.status(), 400, "{path}");
    }
    assert_eq!(app.get("/integrer?lieu=belley").await.status(), 200);
}
