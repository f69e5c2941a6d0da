//! Real responses validate against /api/v1/openapi.json, and every error
//! status the document lists can be provoked.

use crate::common;
use serde_json::Value;

/// Enough JSON Schema for this document, and strict: a property the schema
/// does not declare is an error, so the document cannot fall behind the code.
fn validate(doc: &Value, schema: &Value, v: &Value, at: &str, errs: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/components/schemas/");
        return validate(doc, &doc["components"]["schemas"][name], v, at, errs);
    }
    if let Some(alts) = schema.get("oneOf").and_then(Value::as_array) {
        let ok = alts.iter().filter(|s| {
            let mut e = vec![];
            validate(doc, s, v, at, &mut e);
            e.is_empty()
        });
        if ok.count() != 1 {
            errs.push(format!("{at}: matches not exactly one of oneOf"));
        }
        return;
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errs.push(format!("{at}: {v} not in enum"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match v {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !types
            .iter()
            .any(|t| *t == actual || (*t == "number" && actual == "integer"))
        {
            errs.push(format!("{at}: {actual} is not {types:?}"));
            return;
        }
    }
    if let (Some(p), Some(text)) = (schema.get("pattern").and_then(Value::as_str), v.as_str()) {
        match regex::Regex::new(p) {
            Ok(re) if re.is_match(text) => {}
            Ok(_) => errs.push(format!("{at}: {text:?} does not match {p}")),
            Err(e) => errs.push(format!("{at}: pattern {p} does not compile: {e}")),
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < min {
            errs.push(format!("{at}: {n} < {min}"));
        }
    }
    if let (Some(max), Some(n)) = (schema.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if n > max {
            errs.push(format!("{at}: {n} > {max}"));
        }
    }
    if let Value::Object(o) = v {
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !o.contains_key(r) {
                errs.push(format!("{at}: missing {r}"));
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, val) in o {
                match props.get(k) {
                    Some(s) => validate(doc, s, val, &format!("{at}.{k}"), errs),
                    None => errs.push(format!("{at}: undocumented property {k}")),
                }
            }
        }
    }
    if let (Value::Array(a), Some(items)) = (v, schema.get("items")) {
        for (i, x) in a.iter().enumerate() {
            validate(doc, items, x, &format!("{at}[{i}]"), errs);
        }
    }
}

#[actix_web::test]
async fn real_responses_validate_against_the_openapi_document() {
    let app = common::spawn().await;
    let (status, doc) = app.json("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    let cases = [
        ("/api/v1/communes", "/api/v1/communes?q=belley"),
        ("/api/v1/communes", "/api/v1/communes?q=01300&limit=50"),
        ("/api/v1/communes", "/api/v1/communes?q=01005"),
        (
            "/api/v1/communes",
            "/api/v1/communes?q=hauteville%20lompnes",
        ),
        ("/api/v1/communes", "/api/v1/communes?q=Paris%2011"),
        ("/api/v1/communes", "/api/v1/communes?q=xqzwvkjh"),
        (
            "/api/v1/resources",
            "/api/v1/resources?commune=01034&limit=100",
        ),
        ("/api/v1/resources", "/api/v1/resources?postcode=01300"),
        ("/api/v1/resources", "/api/v1/resources?postcode=75011"),
        (
            "/api/v1/resources",
            "/api/v1/resources?lat=50.28&lon=3.97&radius_km=10&limit=100",
        ),
        (
            "/api/v1/resources",
            "/api/v1/resources?commune=98735&open_now=true&free=1",
        ),
        (
            "/api/v1/resources",
            "/api/v1/resources?commune=59392&category=justice,victim_support&audience=women",
        ),
        ("/api/v1/resources/{id}", "/api/v1/resources/national:3919"),
        ("/api/v1/resources/{id}", "/api/v1/resources/mairie:01034"),
        (
            "/api/v1/resources/{id}",
            "/api/v1/resources/local:maubeuge-mjd",
        ),
        (
            "/api/v1/resources/{id}",
            "/api/v1/resources/local:maubeuge-mjd",
        ),
        ("/api/v1/categories", "/api/v1/categories"),
    ];
    let mut errs = vec![];
    for (op, path) in cases {
        let (status, body) = app.json(path).await;
        assert_eq!(status, 200, "{path}");
        let schema =
            &doc["paths"][op]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert!(!schema.is_null(), "{op} documented");
        validate(&doc, schema, &body, path, &mut errs);
    }
    for (op, path, want) in [
        ("/api/v1/resources", "/api/v1/resources?commune=zz", "400"),
        (
            "/api/v1/resources",
            "/api/v1/resources?postcode=01005",
            "404",
        ),
        ("/api/v1/resources/{id}", "/api/v1/resources/none", "404"),
        ("/api/v1/communes", "/api/v1/communes?q=", "400"),
    ] {
        let (status, body) = app.json(path).await;
        assert_eq!(status.to_string(), want, "{path}");
        let schema = &doc["paths"][op]["get"]["responses"][want]["content"]
            ["application/problem+json"]["schema"];
        assert!(!schema.is_null(), "{op} documents {want}");
        validate(&doc, schema, &body, path, &mut errs);
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[actix_web::test]
async fn every_documented_status_is_listed_and_stable_resources_carry_an_etag() {
    let app = common::spawn().await;
    let (_, doc) = app.json("/api/v1/openapi.json").await;
    let statuses: Vec<&str> = doc["paths"]["/api/v1/resources"]["get"]["responses"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for s in ["200", "400", "404", "405", "406", "414", "429", "431"] {
        assert!(statuses.contains(&s), "{s} documented");
    }
    let r = app.get("/api/v1/resources/national:3919").await;
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    assert!(r.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age"));
    let again = app
        .client
        .get(format!("{}/api/v1/resources/national:3919", app.base))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    let other = app
        .client
        .get(format!("{}/api/v1/resources/national:119", app.base))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 200);
    let search = app.get("/api/v1/resources?commune=01034").await;
    assert_eq!(
        search.headers()["cache-control"],
        "no-store",
        "searches are never cached"
    );
}

#[actix_web::test]
async fn the_validator_rejects_undocumented_missing_and_mistyped_fields() {
    let app = common::spawn().await;
    let (_, doc) = app.json("/api/v1/openapi.json").await;
    let (_, mut good) = app.json("/api/v1/resources/national:3919").await;
    let schema = serde_json::json!({"$ref": "#/components/schemas/Resource"});
    let mut errs = vec![];
    validate(&doc, &schema, &good, "r", &mut errs);
    assert!(errs.is_empty(), "{errs:?}");
    good["surprise"] = Value::Bool(true);
    good["needs_review"] = Value::String("no".into());
    good["category"] = Value::String("martians".into());
    good.as_object_mut().unwrap().remove("id");
    validate(&doc, &schema, &good, "r", &mut errs);
    assert_eq!(errs.len(), 4, "{errs:?}");
}

#[actix_web::test]
async fn every_problem_type_the_code_uses_resolves_to_its_description() {
    let app = common::spawn().await;
    let (status, v) = app.json("/api/v1/problems").await;
    assert_eq!(status, 200);
    let listed: Vec<String> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["type"].as_str().unwrap().to_string())
        .collect();
    // Every slug handed to a problem in src/ (the string after the status).
    let mut used = std::collections::BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for call in ["Problem::new(", "refusal("] {
                    for (i, _) in text.match_indices(call) {
                        let after = &text[i..(i + 300).min(text.len())];
                        if let Some(slug) = after.split('"').skip(1).step_by(2).find(|s| {
                            !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        }) {
                            used.insert(slug.to_string());
                        }
                    }
                }
            }
        }
    }
    used.remove("slug");
    for slug in &used {
        assert!(
            listed.contains(&format!("/api/v1/problems#{slug}")),
            "problem type {slug} is used but not described at /api/v1/problems"
        );
    }
    assert!(used.len() >= 10, "found only {used:?}");
}
