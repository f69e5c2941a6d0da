//! The shipped snapshot, the validation report, and the on-disk index.

use crate::common;
use maillage::sources::{self, problems::Severity};
use std::fs;
use std::path::Path;
use std::process::Command;

fn copy_data(to: &Path) {
    for f in sources::FILES {
        if common::data_dir().join(f).exists() {
            fs::copy(common::data_dir().join(f), to.join(f)).unwrap();
        }
    }
}

#[test]
fn the_shipped_snapshot_is_complete_and_valid() {
    let (cat, report) = sources::load(&common::data_dir()).unwrap();
    assert_eq!(report.count(Severity::Error), 0);
    assert_eq!(cat.communes.len(), common::shipped::COMMUNES);
    assert_eq!(
        cat.communes.iter().filter(|c| c.point.is_none()).count(),
        common::shipped::COMMUNES_WITHOUT_POINT
    );
    let mairies = cat
        .resources
        .iter()
        .filter(|r| r.id.starts_with("mairie:"))
        .count();
    assert!(mairies > 34_000, "{mairies}");
    // Every record carries its source and its date.
    assert!(cat.resources.iter().all(|r| !r.source.name.is_empty()));
    // Malformed mairie phones are dropped and reported, the record kept.
    let dropped: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.field == "phone")
        .collect();
    assert!(!dropped.is_empty());
    for p in dropped {
        assert_eq!(p.severity, Severity::Warning);
        assert!(
            cat.resources.iter().any(|r| r.id == p.record),
            "{} kept",
            p.record
        );
    }
    // Doubtful facts are flagged and surfaced.
    let fnacav = cat
        .resources
        .iter()
        .find(|r| r.id == "national:fnacav")
        .unwrap();
    assert!(fnacav.needs_review && fnacav.hours.is_none());
    assert!(report
        .problems
        .iter()
        .any(|p| p.severity == Severity::Review && p.record == "national:fnacav"));
}

#[test]
fn a_bad_record_is_named_by_id_and_field_and_good_records_survive() {
    let dir = tempfile::tempdir().unwrap();
    copy_data(dir.path());
    let national = fs::read_to_string(dir.path().join("national.json")).unwrap();
    fs::write(
        dir.path().join("national.json"),
        national.replacen("\"number\": \"3977\"", "\"number\": \"0800 300 30\"", 1),
    )
    .unwrap();
    let (cat, report) = sources::load(dir.path()).unwrap();
    let p = report
        .problems
        .iter()
        .find(|p| p.severity == Severity::Error)
        .expect("an error");
    assert_eq!(
        (p.record.as_str(), p.field.as_str()),
        ("national:3977", "phones")
    );
    assert!(cat.resources.iter().all(|r| r.id != "national:3977"));
    assert!(cat.resources.iter().any(|r| r.id == "national:3919"));

    let out = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["validate", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("national:3977") && stdout.contains("phones"),
        "{stdout}"
    );

    let ok = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["validate", "--data"])
        .arg(common::data_dir())
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
}

#[test]
fn the_index_lives_on_disk_and_a_broken_generation_is_never_switched_to() {
    let root = common::index_dir();
    let g = maillage::index::current_generation(root).unwrap();
    assert!(
        root.join(&g).join("meta.json").exists(),
        "tantivy files on disk"
    );
    let engine = maillage::search::Engine::open(root).unwrap();
    assert_eq!(engine.cat.communes.len(), common::shipped::COMMUNES);

    // A copy whose catalogue is truncated must be refused.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join(&g)).unwrap();
    for entry in fs::read_dir(root.join(&g)).unwrap() {
        let e = entry.unwrap();
        fs::copy(e.path(), dir.path().join(&g).join(e.file_name())).unwrap();
    }
    fs::write(dir.path().join("CURRENT"), &g).unwrap();
    fs::write(
        dir.path().join(&g).join("maillage-catalogue.json"),
        "{\"communes\": [",
    )
    .unwrap();
    assert!(maillage::search::Engine::open(dir.path()).is_err());
    assert!(maillage::search::Engine::open(tempfile::tempdir().unwrap().path()).is_err());
}

#[test]
fn the_cli_builds_an_index_then_serves_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["index", "--data"])
        .arg(common::data_dir())
        .arg("--index")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        maillage::index::current_meta(dir.path()).unwrap().communes == common::shipped::COMMUNES
    );
}

/// The layers of `src/` as drawn from the code's imports: no two files use
/// each other (directly or through others), and no lower layer uses a higher
/// one (domain ← sources ← index ← search ← web).
#[test]
fn src_has_no_import_loop_and_respects_its_layers() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("python3")
        .arg(root.join("scripts/module_graph.py"))
        .current_dir(root)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(" 0 loops, 0 imports against the layers"),
        "{stdout}"
    );
}
