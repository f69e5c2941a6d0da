//! Where an uncached commune page's time goes, over every commune once:
//! the search alone, then the search and the drawing through the app.
//! `cargo run --release --example walk_cost -- INDEX` (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use maillage::search::{Engine, ResourceQuery};
fn main() {
    let dir = std::env::args().nth(1).expect("an index directory");
    let e = Engine::open(std::path::Path::new(&dir)).expect("the index opens");
    let now = chrono::Utc::now();
    let n = e.cat.communes.len();
    let mut times = Vec::with_capacity(n);
    let mut hits = 0usize;
    for i in 0..n {
        let t = std::time::Instant::now();
        let s = e
            .commune_page(&ResourceQuery::for_commune(i), false, now)
            .expect("the index answers");
        times.push(t.elapsed().as_nanos());
        hits += s.local.len();
    }
    times.sort_unstable();
    let p = |q: f64| times[((n as f64 * q) as usize).min(n - 1)] as f64 / 1000.0;
    let mean = times.iter().sum::<u128>() as f64 / n as f64 / 1000.0;
    println!(
        "commune_page over {n} communes: mean {mean:.1} µs, p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs; {:.1} local hits a page",
        p(0.5),
        p(0.99),
        p(1.0),
        hits as f64 / n as f64
    );
}
