//! Where cold start goes: reading and parsing the catalogue file of an index
//! generation. `cargo run --release --example open_time -- INDEX/gen-…` (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let t = std::time::Instant::now();
    let bytes = std::fs::read(format!("{dir}/maillage-catalogue.json")).unwrap();
    println!("read {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let v: serde_json::Value = if std::env::args().nth(2).is_some() {
        serde_json::Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    println!("parse as Value {:?}", t.elapsed());
    drop(v);
    let t = std::time::Instant::now();
    let c: maillage::catalogue::Catalogue = serde_json::from_slice(&bytes).unwrap();
    println!(
        "parse typed {:?} ({} resources)",
        t.elapsed(),
        c.resources.len()
    );
    let t = std::time::Instant::now();
    let _ = maillage::domain::Phone::parse("+687 27 50 00");
    println!("first phonenumber parse {:?}", t.elapsed());
}
