//! A generic API tester (schemathesis, from PyPI) run against the served
//! OpenAPI document and the real server: every check, bounded examples, a
//! fixed seed so a failure reproduces. `.ci/run` installs it.

use crate::common;

#[actix_web::test]
async fn schemathesis_finds_no_failure_against_the_openapi_document() {
    let _heavy = common::heavy().await;
    let found = std::process::Command::new("schemathesis")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "schemathesis is not installed: pip install schemathesis==4.32.5 (.ci/run does it)"
    );
    let app = common::spawn().await;
    let out = tokio::process::Command::new("schemathesis")
        .args([
            "--config-file",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schemathesis.toml"),
            "run",
            &format!("{}/api/v1/openapi.json", app.base),
            "--url",
            &app.base,
            "--checks",
            "all",
            "--max-examples",
            "40",
            "--seed",
            "20261123",
            "--no-color",
        ])
        .env("SCHEMATHESIS_HOOKS", "")
        .output()
        .await
        .expect("schemathesis runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary: Vec<&str> = stdout.lines().rev().take(12).collect();
    println!(
        "{}",
        summary.into_iter().rev().collect::<Vec<_>>().join("\n")
    );
    assert!(
        out.status.success() && stdout.contains("No issues found"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
