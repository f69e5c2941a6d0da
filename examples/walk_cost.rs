//! Where an uncached commune page's time goes, over every commune once:
//! the search alone, then search and drawing through the app (routing and
//! middleware, no network). `cargo run --release --example walk_cost -- INDEX`
//! (BENCHMARKS.md); `scripts/walk.sh` measures the same over HTTP.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use maillage::search::{Engine, ResourceQuery};
use std::sync::Arc;
use std::time::Instant;

fn report(name: &str, mut times: Vec<u128>) {
    let n = times.len();
    times.sort_unstable();
    let p = |q: f64| times[((n as f64 * q) as usize).min(n - 1)] as f64 / 1000.0;
    let mean = times.iter().sum::<u128>() as f64 / n as f64 / 1000.0;
    println!(
        "{name:<22} {n} communes: mean {mean:.1} µs, p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        p(0.5),
        p(0.99),
        p(1.0)
    );
}

fn main() {
    use actix_web::{test, App};
    let dir = std::env::args().nth(1).expect("an index directory");
    let e = Arc::new(Engine::open(std::path::Path::new(&dir)).expect("the index opens"));
    let now = chrono::Utc::now();
    let codes: Vec<String> = e.cat.communes.iter().map(|c| c.insee.to_string()).collect();
    let search = (0..codes.len())
        .map(|i| {
            let t = Instant::now();
            let s = e.commune_page(&ResourceQuery::for_commune(i), false, now);
            std::hint::black_box(s.map(|s| s.local.len()).unwrap_or(0));
            t.elapsed().as_nanos()
        })
        .collect();
    report("search", search);
    let rt = actix_web::rt::System::new();
    let state = maillage::web::AppState::shared(e, maillage::web::Config::default());
    let app = rt.block_on(test::init_service(
        App::new().configure(|cfg| maillage::web::configure(cfg, &state)),
    ));
    let pages = codes
        .iter()
        .map(|code| {
            let uri = format!("/commune/{code}");
            rt.block_on(async {
                let t = Instant::now();
                let res =
                    test::call_service(&app, test::TestRequest::get().uri(&uri).to_request()).await;
                let n = test::read_body(res).await.len();
                std::hint::black_box(n);
                t.elapsed().as_nanos()
            })
        })
        .collect();
    report("search + page", pages);
}
