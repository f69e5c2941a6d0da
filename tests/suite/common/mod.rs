//! Shared by the integration tests: one real index built from the shipped
//! data/ into a temporary directory, and the real server on a free port.
#![allow(dead_code)]

use maillage::search::Engine;
use maillage::web::{self, AppState, Config};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

static HEAVY: std::sync::LazyLock<tokio::sync::Mutex<()>> =
    std::sync::LazyLock::new(|| tokio::sync::Mutex::new(()));

/// Tests that load the whole machine (load generators, nginx, Chromium,
/// schemathesis) take this first, so they run one at a time, as they did
/// when each suite was its own binary; light tests still run beside them.
pub async fn heavy() -> tokio::sync::MutexGuard<'static, ()> {
    HEAVY.lock().await
}

/// The same, for tests that are not async.
pub fn heavy_blocking() -> tokio::sync::MutexGuard<'static, ()> {
    HEAVY.blocking_lock()
}

/// The shipped snapshot's figures, pinned once: update them here (and only
/// here) when `data/` is refreshed.
pub mod shipped {
    /// Communes in `data/communes.jsonl.gz` (COG 2026 with overseas collectivities).
    pub const COMMUNES: usize = 35_014;
    /// Of which without a point (the API gave none).
    pub const COMMUNES_WITHOUT_POINT: usize = 98;
}

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Built once for all the tests, from the real shipped data.
pub fn index_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cat, report) = maillage::sources::load(&data_dir()).expect("shipped data loads");
        assert_eq!(
            report.count(maillage::sources::problems::Severity::Error),
            0,
            "shipped data has errors"
        );
        maillage::index::build(&cat, dir.path(), "test").expect("index builds");
        dir
    })
    .path()
}

pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| Arc::new(Engine::open(index_dir()).expect("index opens")))
        .clone()
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub reports_db: Option<std::path::PathBuf>,
    /// Holds the reports database (and its -wal and -shm): removed on drop.
    _reports_dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }
    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.json().await.expect("json body"))
    }
}

/// The tests' server settings: no rate limit in the way, a neutral exit.
pub fn test_config() -> Config {
    Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 1_000_000,
        ..Config::default()
    }
}

/// The real server, on 127.0.0.1 and a port the OS picks.
pub async fn spawn() -> TestApp {
    spawn_with(test_config()).await
}

pub async fn spawn_with(config: Config) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    // Each server writes reports to its own database, in a directory of the
    // temp directory that goes when the test's app does.
    let dir = tempfile::Builder::new()
        .prefix("maillage-test-reports-")
        .tempdir()
        .expect("temp directory");
    let db = dir.path().join("reports.sqlite");
    let queue = maillage::error_reports::Queue::start(&db).expect("reports database");
    let state = AppState::shared(engine(), config).with_reports(queue);
    let server = web::serve(listener, state, 1).expect("server starts");
    actix_web::rt::spawn(server);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        base: format!("http://127.0.0.1:{port}"),
        client,
        reports_db: Some(db),
        _reports_dir: dir,
    }
}

/// The real server with a configured public address (posters, QR codes,
/// snippets, sitemaps).
pub async fn spawn_public(url: &str) -> TestApp {
    spawn_with(Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 1_000_000,
        public_url: Some(url.into()),
        trusted_proxies: Vec::new(),
        clock: Default::default(),
    })
    .await
}

/// The real server over an index directory it watches for new generations.
pub async fn spawn_watching(root: &Path) -> (AppState, String) {
    let state = AppState::new(
        maillage::search::Engine::open(root).expect("index opens"),
        Config {
            exit_url: "https://exit.example/".into(),
            api_rate_per_minute: 1_000_000,
            public_url: None,
            trusted_proxies: Vec::new(),
            clock: Default::default(),
        },
    );
    state
        .watch(root.to_path_buf(), std::time::Duration::from_millis(200))
        .expect("the watch thread starts");
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    actix_web::rt::spawn(web::serve(listener, state.clone(), 2).expect("server starts"));
    (state, base)
}

/// Waits (up to a minute: debug builds on busy cores are slow) for a generation to serve.
pub async fn wait_for_generation(state: &AppState, generation: &str) {
    for _ in 0..600 {
        if state.engine.load().generation == generation {
            return;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("generation {generation} not in service after 60 s");
}

/// Clients requesting in a loop until stopped; counts 200s and everything else.
pub struct Load {
    stop: Arc<std::sync::atomic::AtomicBool>,
    ok: Arc<std::sync::atomic::AtomicUsize>,
    failed: Arc<std::sync::atomic::AtomicUsize>,
    tasks: Vec<actix_web::rt::task::JoinHandle<()>>,
}

impl Load {
    pub fn start(base: &str, paths: &'static [&'static str], clients: usize) -> Self {
        use std::sync::atomic::Ordering::Relaxed;
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let ok = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let failed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let tasks = (0..clients)
            .map(|_| {
                let (stop, ok, failed, base) =
                    (stop.clone(), ok.clone(), failed.clone(), base.to_string());
                actix_web::rt::spawn(async move {
                    let client = reqwest::Client::new();
                    let mut i = 0;
                    while !stop.load(Relaxed) {
                        match client
                            .get(format!("{base}{}", paths[i % paths.len()]))
                            .send()
                            .await
                        {
                            Ok(r) if r.status() == 200 => ok.fetch_add(1, Relaxed),
                            other => {
                                // Say why, so a failure in CI can be diagnosed.
                                match other {
                                    Ok(r) => eprintln!("load: status {}", r.status()),
                                    Err(e) => eprintln!("load: {e:?}"),
                                }
                                failed.fetch_add(1, Relaxed)
                            }
                        };
                        i += 1;
                    }
                })
            })
            .collect();
        Self {
            stop,
            ok,
            failed,
            tasks,
        }
    }

    /// Stops the clients; returns (successful, failed) request counts.
    pub async fn stop(self) -> (usize, usize) {
        use std::sync::atomic::Ordering::Relaxed;
        self.stop.store(true, Relaxed);
        for t in self.tasks {
            t.await.expect("load client");
        }
        (self.ok.load(Relaxed), self.failed.load(Relaxed))
    }
}

pub fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap()
}

/// A page's status, headers and parsed document.
pub async fn page(app: &TestApp, path: &str) -> (u16, reqwest::header::HeaderMap, scraper::Html) {
    let r = app.get(path).await;
    let (status, headers) = (r.status().as_u16(), r.headers().clone());
    (
        status,
        headers,
        scraper::Html::parse_document(&r.text().await.unwrap()),
    )
}
