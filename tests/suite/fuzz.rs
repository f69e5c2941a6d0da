//! Property-based fuzzing of everything a user or a data file can feed in.
//! CI runs a bounded number of cases; a long run is documented in
//! BENCHMARKS.md: `FUZZ_CASES=200000 cargo test --release --test suite fuzz::`.
//! Any failure proptest finds is shrunk, and belongs below as a regression case.

use crate::common;
use actix_web::{test as atest, App};
use maillage::sources::problems::Report;
use maillage::web::{AppState, Config};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as PtConfig, TestRunner};
use std::collections::HashMap;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500)
}

fn runner() -> TestRunner {
    TestRunner::new(PtConfig {
        cases: cases(),
        failure_persistence: None,
        ..PtConfig::default()
    })
}

#[test]
fn place_queries_are_parsed_or_refused_and_only_ever_name_real_communes() {
    let engine = common::engine();
    let n = engine.cat.communes.len();
    runner()
        .run(
            &prop_oneof![
                "\\PC{0,120}",
                "[a-zA-Zéèêàç' -]{1,40}( [0-9]{2,5})?",
                "[0-9 ]{1,8}"
            ],
            |s| {
                match maillage::search::query::parse(&s) {
                    Ok(q) => {
                        let cands = engine.resolve(&q).candidates().len();
                        prop_assert!(cands <= 60, "{s:?}: {cands} candidates");
                        let suggested = engine.suggest(&q, 10);
                        prop_assert!(suggested.len() <= 10, "{s:?}");
                        prop_assert!(suggested.iter().all(|c| c.commune < n));
                    }
                    // Refused only for a reason a person can be told.
                    Err(e) => prop_assert!(
                        s.trim().is_empty()
                            || s.chars().count() > maillage::search::query::MAX_LEN
                            || e == maillage::search::query::QueryError::BadChars
                            || e == maillage::search::query::QueryError::OtherScript,
                        "{s:?} refused as {e:?}"
                    ),
                }
                Ok(())
            },
        )
        .unwrap();
}

/// Any commune typed as people type it (any case, accents dropped, its
/// postcode after it) is found: a parser or resolver that loses places fails.
#[test]
fn every_commune_typed_loosely_is_among_the_answers() {
    let engine = common::engine();
    let n = engine.cat.communes.len();
    let strip = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'à' | 'â' => 'a',
                'î' | 'ï' => 'i',
                'ô' => 'o',
                'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                other => other,
            })
            .collect()
    };
    runner()
        .run(
            &(0..n, any::<bool>(), any::<bool>()),
            |(i, upper, with_postcode)| {
                let c = &engine.cat.communes[i];
                let mut typed = strip(&c.name.to_lowercase());
                if upper {
                    typed = typed.to_uppercase();
                }
                if let (true, Some(p)) = (with_postcode, c.postcodes.first()) {
                    typed = format!("{typed} {p}");
                }
                let q = maillage::search::query::parse(&typed)
                    .map_err(|e| TestCaseError::fail(format!("{typed:?}: {e}")))?;
                let found = engine
                    .resolve(&q)
                    .candidates()
                    .iter()
                    .any(|cand| cand.commune == i);
                prop_assert!(found, "{typed:?} does not offer {} ({})", c.name, c.insee);
                Ok(())
            },
        )
        .unwrap();
}

fn param_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
        "-?[0-9]{1,25}(\\.[0-9]{0,8})?",
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("01034".to_string()),
        Just("2A004".to_string()),
        Just("01300".to_string()),
        "[a-z_,]{0,30}",
    ]
}

fn query_string() -> impl Strategy<Value = String> {
    use maillage::web::params::{Documented, ResourceParams};
    // The API's own list, and one name no endpoint knows.
    let mut names = ResourceParams::names();
    names.push("x");
    let names = prop::sample::select(names);
    prop::collection::vec((names, param_value()), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", url_escape(&v)))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[actix_web::test]
async fn api_and_page_parameters_never_give_a_500() {
    let state = AppState::shared(
        common::engine(),
        Config {
            exit_url: "https://exit.example/".into(),
            api_rate_per_minute: 1_000_000,
            public_url: None,
            trusted_proxies: Vec::new(),
            clock: Default::default(),
        },
    );
    let app =
        atest::init_service(App::new().configure(|c| maillage::web::configure(c, &state))).await;
    let mut runner = runner();
    let mut seen: HashMap<u16, usize> = HashMap::new();
    let paths = [
        "/api/v1/resources",
        "/api/v1/communes",
        "/recherche",
        "/commune/01034",
        "/widget",
    ];
    for i in 0..cases() {
        let qs = query_string().new_tree(&mut runner).unwrap().current();
        let raw = if i % 7 == 0 {
            format!("lieu={qs}%FF")
        } else {
            qs.replace("q=", "lieu=")
                .replace("lieu=", if i % 2 == 0 { "q=" } else { "lieu=" })
        };
        let path = format!("{}?{raw}", paths[i as usize % paths.len()]);
        let req = atest::TestRequest::get().uri(&path).to_request();
        let res = atest::call_service(&app, req).await;
        let status = res.status().as_u16();
        assert!(status < 500, "{path} → {status}");
        if path.starts_with("/api/") && status >= 400 {
            assert_eq!(
                res.headers().get("content-type").unwrap(),
                "application/problem+json",
                "{path}"
            );
        }
        *seen.entry(status).or_default() += 1;
    }
    assert!(
        seen.contains_key(&200) && seen.contains_key(&400),
        "{seen:?}"
    );
}

#[test]
fn data_readers_never_panic_on_arbitrary_records() {
    let (cat, _) = maillage::sources::load(&common::data_dir()).unwrap();
    let communes: HashMap<_, _> = cat.communes.iter().map(|c| (c.insee.clone(), c)).collect();
    let source = maillage::domain::Source {
        name: "fuzz".into(),
        url: None,
        licence: "-".into(),
        date: None,
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let field = prop_oneof![
        "\\PC{0,20}",
        Just("lundi".to_string()),
        Just("09:00:00".to_string()),
        "[0-9 .+]{0,14}"
    ];
    let mairie = (
        field.clone(),
        field.clone(),
        field.clone(),
        field.clone(),
        field,
    )
        .prop_map(|(a, b, c, d, e)| {
            serde_json::json!({
            "insee": "01034", "address": a, "phone": b, "email": c, "website": d,
            "hours": [[e.clone(), "vendredi", [[e.clone(), "12:00:00"]]]], "lat": 45.7, "lon": 5.6
        })
        .to_string()
        });
    use maillage::sources::problems::Severity;
    runner()
        .run(&prop_oneof![mairie, "\\PC{0,200}"], |line| {
            let one_line = line.lines().filter(|l| !l.trim().is_empty()).count() == 1;
            // A line is either a record or an error naming its record and field.
            let mut report = Report::default();
            let kept =
                maillage::sources::mairies::read(&line, &communes, day, &source, &mut report);
            let errors = report.count(Severity::Error);
            if one_line {
                prop_assert_eq!(kept.len() + errors, 1, "{:?}: {:?}", line, report.problems);
            }
            prop_assert!(report
                .problems
                .iter()
                .all(|p| !p.record.is_empty() && !p.field.is_empty() && !p.message.is_empty()));
            // A kept record keeps only what parsed: its phones are valid by type,
            // and each came from the line.
            for r in &kept {
                for p in &r.phones {
                    let digits: String = p
                        .number
                        .display()
                        .chars()
                        .filter(char::is_ascii_digit)
                        .collect();
                    let raw: String = line.chars().filter(char::is_ascii_digit).collect();
                    prop_assert!(raw.contains(&digits[digits.len().min(4)..]), "{line:?}");
                }
            }
            let mut report = Report::default();
            if maillage::sources::hand::read("fuzz.json", &line, &communes, &mut report).is_ok() {
                prop_assert!(report.problems.iter().all(|p| p.file == "fuzz.json"));
            }
            let mut report = Report::default();
            let read = maillage::sources::communes::read_communes(&line, &mut report);
            if one_line {
                prop_assert_eq!(read.len() + report.count(Severity::Error), 1);
            }
            Ok(())
        })
        .unwrap();
}
