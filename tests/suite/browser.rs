//! Real pages in headless Chromium (Debian's `chromium`), driven by
//! tests/browser/run.mjs against the real server. `.ci/run` installs Chromium
//! and the two npm packages; without them this test fails and says why.

use crate::common;
use actix_web::{web, App, HttpResponse, HttpServer};
use std::net::TcpListener;
use std::path::Path;

/// A stand-in for the neutral exit site and for a partner page framing the widget.
fn neutral_site(widget_url: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = HttpServer::new(move || {
        let widget_url = widget_url.clone();
        App::new()
            .route("/meteo", web::get().to(|| async { HttpResponse::Ok().content_type("text/html").body("<!doctype html><title>Météo</title><p>Soleil") }))
            .route(
                "/partenaire",
                web::get().to(move |q: web::Query<std::collections::HashMap<String, String>>| {
                    // `?sandbox=…` frames the widget with the tokens /integrer documents.
                    let sandbox = q
                        .get("sandbox")
                        .map(|t| format!(" sandbox=\"{t}\""))
                        .unwrap_or_default();
                    let body = format!("<!doctype html><title>Partenaire</title><iframe src=\"{widget_url}\" width=360 height=600{sandbox}></iframe>");
                    async move { HttpResponse::Ok().content_type("text/html").body(body) }
                }),
            )
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    actix_web::rt::spawn(server);
    format!("http://127.0.0.1:{port}")
}

#[actix_web::test]
async fn pages_in_headless_chromium_quick_exit_no_js_print_and_accessibility() {
    let _heavy = common::heavy().await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    assert!(
        dir.join("node_modules/playwright-core").exists() && Path::new("/usr/bin/chromium").exists(),
        "browser tests need Debian's chromium and `npm ci` in tests/browser (.ci/run installs both)"
    );
    // The exit URL is known before the app starts: reserve the neutral site first.
    let placeholder = TcpListener::bind("127.0.0.1:0").unwrap();
    let app_port = placeholder.local_addr().unwrap().port();
    drop(placeholder);
    let neutral = neutral_site(format!("http://127.0.0.1:{app_port}/widget?commune=01034"));
    let exit = format!("{neutral}/meteo");
    let listener = TcpListener::bind(("127.0.0.1", app_port)).unwrap();
    let state = maillage::web::AppState::shared(
        common::engine(),
        maillage::web::Config {
            exit_url: exit.clone(),
            api_rate_per_minute: 1_000_000,
            public_url: Some("https://maillage.example".into()),
            trusted_proxies: Vec::new(),
            clock: Default::default(),
        },
    );
    actix_web::rt::spawn(maillage::web::serve(listener, state, 2).unwrap());
    let base = format!("http://127.0.0.1:{app_port}");

    let out = tokio::process::Command::new("node")
        .current_dir(&dir)
        .args([
            "run.mjs",
            &base,
            &exit,
            &format!("{neutral}/partenaire"),
            "out",
        ])
        .output()
        .await
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "browser checks failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
