//! A new index goes into service under load without a failed request; a
//! broken one is refused and the old one keeps serving.

mod common;
use maillage::web::{AppState, Config, Reload};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[actix_web::test]
async fn reloads_under_load_drop_no_request_and_refuse_a_broken_index() {
    let root = tempfile::tempdir().unwrap();
    let (cat, _) = maillage::sources::load(&common::data_dir()).unwrap();
    let first = maillage::index::build(&cat, root.path(), "a").unwrap();
    let state = AppState::new(
        maillage::search::Engine::open(root.path()).unwrap(),
        Config {
            exit_url: "https://exit.example/".into(),
            api_rate_per_minute: 1_000_000,
        },
    );
    state.watch(root.path().to_path_buf(), Duration::from_millis(200));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    actix_web::rt::spawn(maillage::web::serve(listener, state.clone(), 2).unwrap());

    let stop = Arc::new(AtomicBool::new(false));
    let (ok, failed) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let mut load = vec![];
    for _ in 0..4 {
        let (stop, ok, failed, base) = (stop.clone(), ok.clone(), failed.clone(), base.clone());
        load.push(actix_web::rt::spawn(async move {
            let client = reqwest::Client::new();
            let paths = [
                "/api/v1/resources?commune=01034",
                "/commune/01034",
                "/api/v1/communes?q=belley",
                "/healthz",
            ];
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let r = client
                    .get(format!("{base}{}", paths[i % paths.len()]))
                    .send()
                    .await;
                match r {
                    Ok(r) if r.status() == 200 => ok.fetch_add(1, Ordering::Relaxed),
                    _ => failed.fetch_add(1, Ordering::Relaxed),
                };
                i += 1;
            }
        }));
    }

    let mut generations = vec![first.clone()];
    for _ in 0..3 {
        let (cat, root_path) = (cat.clone(), root.path().to_path_buf());
        let g = actix_web::rt::task::spawn_blocking(move || {
            maillage::index::build(&cat, &root_path, "b").unwrap()
        })
        .await
        .unwrap();
        generations.push(g.clone());
        for _ in 0..600 {
            if state.engine.load().generation == g {
                break;
            }
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            state.engine.load().generation,
            g,
            "new generation in service"
        );
    }

    // A broken generation named current is refused; the last good one keeps serving.
    let serving = state.engine.load().generation.clone();
    std::fs::create_dir(root.path().join("gen-broken")).unwrap();
    std::fs::write(root.path().join("gen-broken/maillage-meta.json"), "{}").unwrap();
    std::fs::write(root.path().join("CURRENT"), "gen-broken").unwrap();
    assert!(state.reload_if_changed(root.path()).is_err());
    actix_web::rt::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(state.engine.load().generation, serving);

    stop.store(true, Ordering::Relaxed);
    for t in load {
        t.await.unwrap();
    }
    let (ok, failed) = (ok.load(Ordering::Relaxed), failed.load(Ordering::Relaxed));
    assert!(ok > 100, "{ok} requests served");
    assert_eq!(failed, 0, "{failed} failed requests out of {}", ok + failed);
    assert_eq!(generations.len(), 4);

    // Unchanged when nothing new was built.
    std::fs::write(root.path().join("CURRENT"), &serving).unwrap();
    assert_eq!(
        state.reload_if_changed(root.path()).unwrap(),
        Reload::Unchanged
    );
}
