//! A new index goes into service under load without a failed request; a
//! broken one is refused and the old one keeps serving.

use crate::common;
use maillage::web::Reload;
use std::time::Duration;

#[actix_web::test]
async fn reloads_under_load_drop_no_request_and_refuse_a_broken_index() {
    let _heavy = common::heavy().await;
    let root = tempfile::tempdir().unwrap();
    let (cat, _) = maillage::sources::load(&common::data_dir()).unwrap();
    let first = maillage::index::build(&cat, root.path(), "a").unwrap();
    let (state, base) = common::spawn_watching(root.path()).await;
    let load = common::Load::start(
        &base,
        &[
            "/api/v1/resources?commune=01034",
            "/commune/01034",
            "/api/v1/communes?q=belley",
            "/healthz",
        ],
        4,
    );

    let mut generations = vec![first.clone()];
    for _ in 0..3 {
        let (cat, root_path) = (cat.clone(), root.path().to_path_buf());
        let g = actix_web::rt::task::spawn_blocking(move || {
            maillage::index::build(&cat, &root_path, "b").unwrap()
        })
        .await
        .unwrap();
        generations.push(g.clone());
        common::wait_for_generation(&state, &g).await;
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
    // The watcher meets it too, and refuses it.
    let t = std::time::Instant::now();
    while state.refused.lock().unwrap().as_deref() != Some("gen-broken") {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "the watcher never judged the broken generation"
        );
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(state.engine.load().generation, serving);
    let still = reqwest::get(format!("{base}/commune/01034")).await.unwrap();
    assert_eq!(still.status(), 200, "the previous generation keeps serving");

    let (ok, failed) = load.stop().await;
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
