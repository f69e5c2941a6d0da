//! Shared by the integration tests: one real index built from the shipped
//! data/ into a temporary directory, and the real server on a free port.
#![allow(dead_code)]

use maillage::search::Engine;
use maillage::web::{self, AppState, Config};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Built once per test binary, from the real shipped data.
pub fn index_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let (cat, report) = maillage::sources::load(&data_dir()).expect("shipped data loads");
        assert_eq!(
            report.count(maillage::sources::report::Severity::Error),
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

/// The real server, on 127.0.0.1 and a port the OS picks.
pub async fn spawn() -> TestApp {
    spawn_with(Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 1_000_000,
    })
    .await
}

pub async fn spawn_with(config: Config) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    let state = AppState::shared(engine(), config);
    let server = web::serve(listener, state, 1).expect("server starts");
    actix_web::rt::spawn(server);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        base: format!("http://127.0.0.1:{port}"),
        client,
    }
}
