//! Place resolution, autocomplete and resource search on the full shipped data.
//! Criterion gives means; the percentile table after it gives p50/p99/max per
//! operation over many single calls, which is what the budgets name.

use criterion::{criterion_group, Criterion};
use maillage::search::{query, Engine, ResourceQuery};
use std::hint::black_box;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

fn engine() -> &'static Engine {
    shared().as_ref()
}

fn shared() -> &'static std::sync::Arc<Engine> {
    static E: OnceLock<(tempfile::TempDir, std::sync::Arc<Engine>)> = OnceLock::new();
    &E.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let t = Instant::now();
        let (cat, _) = maillage::sources::load(&data).unwrap();
        maillage::index::build(&cat, dir.path(), "bench").unwrap();
        eprintln!(
            "full index build (load + validate + index): {:?}",
            t.elapsed()
        );
        let t = Instant::now();
        let e = Engine::open(dir.path()).unwrap();
        eprintln!(
            "open existing index (cold start of the engine): {:?}",
            t.elapsed()
        );
        (dir, std::sync::Arc::new(e))
    })
    .1
}

/// Renders pages through the real app (routing, middleware-free service).
fn render_bench(c: &mut Criterion) {
    use actix_web::{test, App};
    let rt = actix_web::rt::System::new();
    let state = maillage::web::AppState::shared(
        shared().clone(),
        maillage::web::Config {
            exit_url: "https://exit.example/".into(),
            api_rate_per_minute: u32::MAX,
            public_url: None,
            trusted_proxies: Vec::new(),
            clock: Default::default(),
        },
    );
    let app = rt.block_on(test::init_service(
        App::new().configure(|cfg| maillage::web::configure(cfg, &state)),
    ));
    let get = |path: &str| {
        rt.block_on(async {
            let res =
                test::call_service(&app, test::TestRequest::get().uri(path).to_request()).await;
            test::read_body(res).await.len()
        })
    };
    // `free=` makes the request uncacheable without changing the results.
    c.bench_function("render/commune_page_uncached", |b| {
        b.iter(|| get(black_box("/commune/01034?free=")))
    });
    c.bench_function("render/commune_page_cached", |b| {
        b.iter(|| get(black_box("/commune/01034")))
    });
    c.bench_function("render/api_resources_20", |b| {
        b.iter(|| get(black_box("/api/v1/resources?commune=01034")))
    });
}

const PLACES: [&str; 10] = [
    "Belley",
    "st maurice de beynost",
    "01300",
    "hauteville lompnes",
    "Saint-Denis",
    "saint denis 974",
    "Paris 11",
    "Marseile",
    "01005",
    "saint-trivier-de-courtes",
];
const PREFIXES: [&str; 6] = ["bel", "saint", "bour", "mar", "lyon", "paris"];

fn resolve(e: &Engine, q: &str) -> usize {
    e.resolve(&query::parse(q).unwrap()).candidates().len()
}

fn results(e: &Engine, insee: &str) -> usize {
    let c = e
        .commune_by_insee(&maillage::domain::InseeCode::parse(insee).unwrap())
        .unwrap();
    let q = ResourceQuery {
        commune: Some(c),
        ..Default::default()
    };
    e.search_resources(&q, chrono::Utc::now())
        .expect("the index answers")
        .len()
}

fn benches(c: &mut Criterion) {
    let e = engine();
    c.bench_function("resolve/mixed_10", |b| {
        b.iter(|| {
            PLACES
                .iter()
                .map(|q| resolve(e, black_box(q)))
                .sum::<usize>()
        })
    });
    c.bench_function("autocomplete/prefix_6", |b| {
        b.iter(|| {
            PREFIXES
                .iter()
                .map(|q| e.suggest(&query::parse(black_box(q)).unwrap(), 10).len())
                .sum::<usize>()
        })
    });
    c.bench_function("resources/belley", |b| {
        b.iter(|| results(e, black_box("01034")))
    });
    c.bench_function("resources/paris_11", |b| {
        b.iter(|| results(e, black_box("75111")))
    });
    let text = ResourceQuery {
        commune: e.commune_by_insee(&maillage::domain::InseeCode::parse("01034").unwrap()),
        text: Some("juriste droits".into()),
        ..Default::default()
    };
    c.bench_function("resources/belley_text", |b| {
        b.iter(|| {
            e.search_resources(black_box(&text), chrono::Utc::now())
                .expect("the index answers")
                .len()
        })
    });
}

fn percentiles(name: &str, n: usize, mut f: impl FnMut(usize)) {
    let mut v: Vec<u128> = (0..n)
        .map(|i| {
            let t = Instant::now();
            f(i);
            t.elapsed().as_nanos()
        })
        .collect();
    v.sort_unstable();
    let p = |q: f64| v[((v.len() as f64 * q) as usize).min(v.len() - 1)] as f64 / 1000.0;
    println!(
        "{name:<28} n={n:<6} p50={:>8.1}µs  p99={:>8.1}µs  max={:>8.1}µs",
        p(0.5),
        p(0.99),
        p(1.0)
    );
}

criterion_group!(group, benches, render_bench);

fn main() {
    group();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    let e = engine();
    println!("\nPer-call latency (single thread, full data):");
    percentiles("place resolution", 20_000, |i| {
        black_box(resolve(e, PLACES[i % PLACES.len()]));
    });
    percentiles("commune autocomplete", 20_000, |i| {
        black_box(e.suggest(&query::parse(PREFIXES[i % PREFIXES.len()]).unwrap(), 10));
    });
    let sample: Vec<usize> = (0..e.cat.communes.len()).step_by(97).collect();
    percentiles("resolve + resource search", 20_000, |i| {
        let c = &e.cat.communes[sample[i % sample.len()]];
        let cand = e.resolve(
            &query::parse(
                c.postcodes
                    .first()
                    .map(|p| p.as_str())
                    .unwrap_or(c.insee.as_str()),
            )
            .unwrap(),
        );
        let first = cand.candidates().first().map(|c| c.commune);
        black_box(
            e.search_resources(
                &ResourceQuery {
                    commune: first,
                    ..Default::default()
                },
                chrono::Utc::now(),
            )
            .expect("the index answers")
            .len(),
        );
    });
}
