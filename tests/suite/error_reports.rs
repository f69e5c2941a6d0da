//! "Signaler une erreur": the form and the API store reports, maintainers
//! review them from the command line, an accepted correction reaches the
//! page after `maillage index` and outlives a re-import, and nothing stored
//! or logged says who sent it.
//! Long because one test follows a report from the form to review, the index
//! and the page, on the real binary.

use crate::common;
use maillage::error_reports::{Status, Store};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_maillage");

fn maillage(args: &[&str], data: &Path, db: &Path) -> String {
    let out = Command::new(BIN)
        .args(args)
        .arg("--data")
        .arg(data)
        .arg("--reports-db")
        .arg(db)
        .env("MAILLAGE_LOG", "warn")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "maillage {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

async fn wait_for(client: &reqwest::Client, url: &str, needle: &str) -> String {
    let t = Instant::now();
    loop {
        // A keep-alive connection the server closed in between is retried.
        let body = match client.get(url).send().await {
            Ok(r) => r.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if body.contains(needle) {
            return body;
        }
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "{url} never showed {needle:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn generation(client: &reqwest::Client, base: &str) -> String {
    match client.get(format!("{base}/readyz")).send().await {
        Ok(r) => r.json::<serde_json::Value>().await.unwrap_or_default()["generation"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        Err(_) => String::new(),
    }
}

#[actix_web::test]
async fn a_report_from_the_form_and_one_from_the_api_reach_review_and_an_accepted_one_reaches_the_page(
) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let index = tmp.path().join("index");
    let db = tmp.path().join("reports.sqlite");
    let log = tmp.path().join("server.log");
    copy_dir(&common::data_dir(), &data);
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new(BIN)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--data")
        .arg(&data)
        .arg("--index")
        .arg(&index)
        .arg("--reports-db")
        .arg(&db)
        .env("MAILLAGE_LOG", "info")
        .stdout(Stdio::from(std::fs::File::create(&log).unwrap()))
        .stderr(Stdio::from(
            std::fs::OpenOptions::new().append(true).open(&log).unwrap(),
        ))
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("UA-SENTINEL-987")
        .build()
        .unwrap();
    let t = Instant::now();
    while client
        .get(format!("{base}/readyz"))
        .send()
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(t.elapsed() < Duration::from_secs(120), "server never ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The form, as a browser without JavaScript sends it.
    let r = client
        .post(format!("{base}/signaler/mairie:01034"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("field=phone&value=04+11+22+33+44&comment=SECRET-TEXT-123&website=")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        r.headers()["location"],
        "/signaler/merci?fiche=mairie:01034"
    );
    let thanks = client
        .get(format!("{base}/signaler/merci?fiche=mairie:01034"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(thanks.contains("3919") && thanks.contains("quick-exit"));
    assert!(
        thanks.contains("href=\"/ressource/mairie:01034\""),
        "the thank-you page leads back to the record"
    );
    // The API, as a partner's server sends it (a browser on another site is refused).
    let r = client
        .post(format!("{base}/api/v1/resources/mairie:01034/reports"))
        .json(&serde_json::json!({"field": "hours", "value": "lundi 9 h – 12 h", "comment": "SECRET-TEXT-456"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    let api_id = r.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();

    let list = maillage(&["reports", "list", "--status", "open"], &data, &db);
    assert!(
        list.contains("mairie:01034  phone  04 11 22 33 44"),
        "{list}"
    );
    assert!(list.contains("mairie:01034  hours"), "{list}");
    let phone_id: i64 = list
        .lines()
        .find(|l| l.contains("phone"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(
        (phone_id - api_id).abs() > 1,
        "report ids are sequential: {phone_id}, {api_id}"
    );

    // Nothing says who sent them: no address, no user agent, no text in the log.
    let bytes = std::fs::read(&db).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("127.0.0.1") && !text.contains("UA-SENTINEL"));
    let out = std::fs::read_to_string(&log).unwrap();
    assert!(
        !out.contains("SECRET-TEXT") && !out.contains("UA-SENTINEL"),
        "{out}"
    );
    assert!(
        !out.lines()
            .filter(|l| !l.contains("listening on"))
            .any(|l| l.contains("127.0.0.1")),
        "{out}"
    );

    // Accepted, indexed: the page shows the new number with the day it was checked.
    let accepted = maillage(&["reports", "accept", &phone_id.to_string()], &data, &db);
    assert!(accepted.contains("corrections.json"), "{accepted}");
    maillage(&["reports", "reject", &api_id.to_string()], &data, &db);
    let run = |args: &[&str]| {
        let ok = Command::new(BIN)
            .args(args)
            .arg("--data")
            .arg(&data)
            .arg("--index")
            .arg(&index)
            .env("MAILLAGE_LOG", "warn")
            .status()
            .unwrap()
            .success();
        assert!(ok, "maillage {args:?}");
    };
    run(&["index"]);
    let today = chrono::Utc::now()
        .date_naive()
        .format("%d/%m/%Y")
        .to_string();
    let page = wait_for(
        &client,
        &format!("{base}/ressource/mairie:01034"),
        "04 11 22 33 44",
    )
    .await;
    assert!(page.contains(&today), "the correction's date is not shown");
    let api: serde_json::Value = client
        .get(format!("{base}/api/v1/resources/mairie:01034"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(api["phones"][0]["display"], "04 11 22 33 44", "{api}");
    assert_eq!(api["corrections"][0]["field"], "phone", "{api}");
    // A re-import rewrites the official files; the correction is applied on top again.
    for f in ["mairies.jsonl.gz", "annuaire.jsonl.gz"] {
        let bytes = std::fs::read(data.join(f)).unwrap();
        std::fs::write(data.join(f), bytes).unwrap();
    }
    let before = generation(&client, &base).await;
    run(&["index"]);
    // The old generation already shows the number: wait for the new one.
    let t = Instant::now();
    while generation(&client, &base).await == before {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "the new index never served"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let page = client
        .get(format!("{base}/ressource/mairie:01034"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("04 11 22 33 44"),
        "the correction outlives the re-import"
    );
    let closed = maillage(&["reports", "list", "--status", "open"], &data, &db);
    assert!(closed.contains("0 reports"), "{closed}");
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_correction_gives_way_when_the_official_source_changes_that_field() {
    let data = common::data_dir();
    let (mut cat, _) = maillage::sources::load_uncorrected(&data).unwrap();
    let file = maillage::sources::corrections::CorrectionsFile {
        corrections: vec![maillage::sources::corrections::Correction {
            resource: "mairie:01034".into(),
            field: maillage::domain::error_report::Field::Phone,
            value: "04 11 22 33 44".into(),
            replaces: "01 00 00 00 00".into(),
            date: "2026-01-05".into(),
            source: "signalement vérifié le 05/01/2026".into(),
            report: Some(1),
        }],
    };
    let mut report = maillage::sources::problems::Report::default();
    let before = cat
        .resources
        .iter()
        .find(|r| r.id == "mairie:01034")
        .unwrap()
        .phones[0]
        .number
        .display();
    maillage::sources::corrections::apply(&mut cat.resources, &file, &mut report);
    let r = cat
        .resources
        .iter()
        .find(|r| r.id == "mairie:01034")
        .unwrap();
    assert_eq!(r.phones[0].number.display(), before, "the source wins");
    assert!(r.corrections.is_empty());
    let p = report
        .problems
        .iter()
        .find(|p| p.record == "mairie:01034")
        .expect("validate names the outdated correction");
    assert_eq!(p.field, "phone");
    assert!(p.message.contains("dépassée"), "{}", p.message);
}

#[actix_web::test]
async fn bad_reports_get_the_documented_4xx_and_a_flood_stops_at_the_cap() {
    // Behind a trusted proxy (this test's own address), so X-Forwarded-For
    // plays several clients.
    let app = common::spawn_with(maillage::web::Config {
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        ..Default::default()
    })
    .await;
    let url = |id: &str| format!("{}/api/v1/resources/{id}/reports", app.base);
    let post = |u: String, ctype: &'static str, body: Vec<u8>| {
        let c = app.client.clone();
        async move {
            let r = c
                .post(u)
                .header("Content-Type", ctype)
                .body(body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let ct = r.headers()["content-type"].to_str().unwrap().to_string();
            (status, ct)
        }
    };
    // The API answers CORS preflights (its GETs are open to every site); a
    // report posted by a browser from another site is then refused (below).
    let pre = app
        .client
        .request(reqwest::Method::OPTIONS, url("mairie:01034"))
        .header("Origin", "https://partner.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(pre.status().is_success(), "preflight: {}", pre.status());
    assert_eq!(pre.headers()["access-control-allow-origin"], "*");
    assert!(pre.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .contains("POST"));
    assert!(pre
        .headers()
        .get("access-control-allow-credentials")
        .is_none());
    let ok = br#"{"field":"phone","value":"04 79 81 29 06"}"#.to_vec();
    let cases: Vec<(String, &str, Vec<u8>, u16)> = vec![
        (url("mairie:01034"), "text/plain", ok.clone(), 415),
        (
            url("mairie:01034"),
            "application/json",
            vec![b' '; 5000],
            413,
        ),
        (
            url("mairie:01034"),
            "application/json",
            b"{\"field\":".to_vec(),
            400,
        ),
        (
            url("mairie:01034"),
            "application/json",
            br#"{"field":"name"}"#.to_vec(),
            400,
        ),
        (
            url("mairie:01034"),
            "application/json",
            br#"{"field":"phone","ip":"1.2.3.4"}"#.to_vec(),
            400,
        ),
        (
            url("mairie:01034"),
            "application/json",
            format!(r#"{{"field":"other","comment":"{}"}}"#, "a".repeat(501)).into_bytes(),
            400,
        ),
        (url("nothing:here"), "application/json", ok.clone(), 404),
    ];
    for (u, ctype, body, want) in cases {
        let (status, ct) = post(u, ctype, body).await;
        assert_eq!(status, want, "{ctype}");
        assert_eq!(ct, "application/problem+json");
    }
    // One client stops at its share of a record, and says so.
    let mut statuses = vec![];
    for _ in 0..8 {
        statuses.push(
            post(url("mairie:01001"), "application/json", ok.clone())
                .await
                .0,
        );
    }
    assert_eq!(statuses.iter().filter(|s| **s == 202).count(), 5);
    assert_eq!(statuses.last(), Some(&429));
    // Ten senders flood a record with different reports: past the cap of 20
    // open, only a sender's first report of the day is taken, so an
    // eleventh sender is still heard.
    let send = |sender: usize, n: usize| {
        let c = app.client.clone();
        let u = url("mairie:01007");
        async move {
            c.post(u)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", format!("203.0.113.{sender}"))
                .body(format!(
                    r#"{{"field":"phone","value":"04 79 81 {sender:02} {n:02}"}}"#
                ))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let mut statuses = vec![];
    for sender in 0..10 {
        for n in 0..5 {
            statuses.push(send(sender, n).await);
        }
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 202).count(),
        26,
        "20 open, then one first report each from the six later senders: {statuses:?}"
    );
    assert_eq!(send(10, 0).await, 202, "an eleventh sender is heard");
    // The same report again is folded into the one waiting: it takes no room.
    for _ in 0..3 {
        assert_eq!(send(11, 0).await, 202);
    }
    // A browser on another site cannot post a report, as on the form.
    for (name, value) in [
        ("Sec-Fetch-Site", "cross-site"),
        ("Origin", "https://evil.example"),
    ] {
        let r = app
            .client
            .post(url("mairie:01003"))
            .header("Content-Type", "application/json")
            .header(name, value)
            .body(ok.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "{name}: {value}");
    }
    // Tag characters, variation selectors and line separators are refused too.
    for hidden in ["\\udb40\\udc41", "\\udb40\\udd00", "\\u2028"] {
        let (status, _) = post(
            url("mairie:01002"),
            "application/json",
            format!("{{\"field\":\"phone\",\"value\":\"04 79{hidden} 81\"}}").into_bytes(),
        )
        .await;
        assert_eq!(status, 400, "{hidden} was accepted");
    }
    // Invisible characters that change how a value reads are refused.
    let (status, _) = post(
        url("mairie:01002"),
        "application/json",
        "{\"field\":\"phone\",\"value\":\"04 79\\u202e 81\"}"
            .as_bytes()
            .to_vec(),
    )
    .await;
    assert_eq!(status, 400, "a bidirectional control was accepted");
    // The form: a filled trap is thanked and dropped; a bad choice gets the form back in French.
    let form = |body: &'static str| {
        app.client
            .post(format!("{}/signaler/mairie:01002", app.base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    for trapped in [
        "field=phone&value=1&website=http%3A%2F%2Fspam",
        "field=phone&value=1&website=&website=x",
    ] {
        assert_eq!(form(trapped).await.unwrap().status(), 303, "{trapped}");
    }
    // A form posted from another site is refused, by either header a browser sends.
    for (name, value) in [
        ("Sec-Fetch-Site", "cross-site"),
        ("Origin", "https://elsewhere.example"),
        ("Origin", "null"),
    ] {
        let r = app
            .client
            .post(format!("{}/signaler/mairie:01002", app.base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(name, value)
            .body("field=phone&value=04")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{name}: {value}");
    }
    let r = form("field=name").await.unwrap();
    assert_eq!(r.status(), 400);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Choisissez ce qui est faux"));
    let store = Store::open(app.reports_db.as_ref().unwrap()).unwrap();
    let all = store.list(Some(Status::Open)).unwrap();
    assert!(
        all.iter().all(|r| r.resource != "mairie:01002"),
        "the trap was stored"
    );
    // One folded report on 01001; on 01007, 26 of the flood, the eleventh
    // sender's and one folded repeat.
    assert_eq!(all.len(), 1 + 26 + 1 + 1);
}

#[actix_web::test]
async fn past_the_rate_limit_reports_get_429_with_retry_after() {
    let app = common::spawn_with(maillage::web::Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 3,
        public_url: None,
        trusted_proxies: Vec::new(),
        clock: Default::default(),
    })
    .await;
    let mut last = None;
    // The limiter allows a burst of 10 before counting the per-minute rate.
    for _ in 0..15 {
        let r = app
            .client
            .post(format!("{}/signaler/mairie:01034", app.base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("field=other")
            .send()
            .await
            .unwrap();
        last = Some((
            r.status().as_u16(),
            r.headers().get("retry-after").is_some(),
        ));
    }
    assert_eq!(last, Some((429, true)));
}

#[actix_web::test]
async fn every_card_and_record_links_to_its_report_form_which_warns_before_anything_is_typed() {
    let app = common::spawn().await;
    let page = app.get("/commune/01034").await.text().await.unwrap();
    assert!(
        page.contains("/signaler/mairie:01034"),
        "no report link on the card"
    );
    let record = app
        .get("/ressource/mairie:01034")
        .await
        .text()
        .await
        .unwrap();
    assert!(record.contains("href=\"/signaler/mairie:01034\""));
    let form = app.get("/signaler/mairie:01034").await;
    assert_eq!(form.status(), 200);
    let html = form.text().await.unwrap();
    for must in [
        "N'écrivez ni votre nom",
        "ne sert pas à demander de l'aide",
        "3919",
        "114",
        "quick-exit",
        "method=\"post\"",
    ] {
        assert!(html.contains(must), "{must}");
    }
    let en = app
        .get("/en/signaler/mairie:01034")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        en.contains("Do not write your name")
            && en.contains("action=\"/en/signaler/mairie:01034\"")
    );
    assert_eq!(app.get("/signaler/nothing:here").await.status(), 404);
}

#[actix_web::test]
async fn the_report_form_shows_what_the_record_says_beside_each_choice() {
    let app = common::spawn().await;
    let record: serde_json::Value = app
        .get("/api/v1/resources/mairie:01034")
        .await
        .json()
        .await
        .unwrap();
    let html = app
        .get("/signaler/mairie:01034")
        .await
        .text()
        .await
        .unwrap();
    let doc = scraper::Html::parse_document(&html);
    let choice = |field: &str| -> String {
        doc.select(&common::sel(&format!(
            "label.choice:has(input[value={field}])"
        )))
        .next()
        .map(|l| l.text().collect())
        .unwrap_or_default()
    };
    let phone = record["phones"][0]["number"]
        .as_str()
        .expect("a phone on file");
    assert!(
        choice("phone").contains("actuellement"),
        "{}",
        choice("phone")
    );
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    assert!(
        digits(&choice("phone")).contains(&digits(phone)),
        "{}",
        choice("phone")
    );
    let street = record["address"]
        .as_str()
        .and_then(|a| a.split(',').next())
        .expect("an address on file");
    assert!(choice("address").contains(street), "{}", choice("address"));
    // Each open day with its ranges as the API gives them, beside "hours";
    // nothing else (a closed day is not named).
    let slots = record["hours"]["slots"]
        .as_array()
        .expect("weekly hours on file");
    let days = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    let expected: Vec<String> = (1..=7)
        .filter_map(|d| {
            let ranges: Vec<String> = slots
                .iter()
                .filter(|s| s["day"] == d)
                .map(|s| {
                    format!(
                        "{}–{}",
                        s["open"].as_str().unwrap(),
                        s["close"].as_str().unwrap()
                    )
                })
                .collect();
            (!ranges.is_empty()).then(|| format!("{} {}", days[d as usize - 1], ranges.join(", ")))
        })
        .collect();
    assert!(
        choice("hours").contains(&format!("actuellement : {})", expected.join(" ; "))),
        "{}",
        choice("hours")
    );
    assert!(!choice("other").contains("actuellement"));
    // An unknown record on the thank-you page only loses the way back.
    let thanks = app.get("/signaler/merci?fiche=nothing:here").await;
    assert_eq!(thanks.status(), 200);
    assert!(!thanks.text().await.unwrap().contains("/ressource/"));
}

/// The writer is held (another connection locks the database): reports queue
/// up to the limit, then the next is told to come back (503), none is lost
/// once the lock is gone; a database that fails answers with the error page,
/// which still gives the numbers.
#[actix_web::test]
async fn a_full_queue_says_busy_and_a_failing_database_gives_the_error_page_with_the_numbers() {
    // Seen as a trusted proxy, so that the test's many open connections are
    // not shut by the per-client connection cap.
    let app = common::spawn_with(maillage::web::Config {
        exit_url: "https://exit.example/".into(),
        api_rate_per_minute: 1_000_000,
        public_url: None,
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        clock: Default::default(),
    })
    .await;
    let db = app.reports_db.clone().unwrap();
    let ids: Vec<String> = common::engine()
        .cat
        .resources
        .iter()
        .filter(|r| r.id.starts_with("mairie:"))
        .take(40)
        .map(|r| r.id.clone())
        .collect();
    let lock = rusqlite::Connection::open(&db).unwrap();
    lock.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let mut posts = tokio::task::JoinSet::new();
    for i in 0..maillage::error_reports::QUEUE_LEN + 4 {
        let (client, url) = (
            app.client.clone(),
            format!(
                "{}/api/v1/resources/{}/reports",
                app.base,
                ids[i % ids.len()]
            ),
        );
        posts.spawn(async move {
            let r = client
                .post(url)
                .json(
                    &serde_json::json!({"field": "phone", "value": format!("01 02 03 04 {i:02}")}),
                )
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (
                status,
                r.json::<serde_json::Value>().await.unwrap_or_default(),
            )
        });
    }
    let mut answers = vec![];
    while let Some(done) = posts.join_next().await {
        let (status, body) = done.unwrap();
        if status == 503 {
            assert_eq!(
                body["type"].as_str().map(|t| t.ends_with("reports-busy")),
                Some(true),
                "{body}"
            );
            if answers.iter().all(|s| *s != 503) {
                // Let the writer go: everything queued is then written.
                lock.execute_batch("COMMIT").unwrap();
            }
        }
        answers.push(status);
    }
    let busy = answers.iter().filter(|s| **s == 503).count();
    assert!(busy >= 1, "the queue never filled: {answers:?}");
    assert_eq!(
        answers.iter().filter(|s| **s == 202).count() + busy,
        answers.len(),
        "{answers:?}"
    );
    let written = Store::open(&db)
        .unwrap()
        .list(Some(Status::Open))
        .unwrap()
        .len();
    assert_eq!(written, answers.len() - busy, "a queued report was lost");

    // A database whose table is gone: the form's answer is the
    // error page with the numbers, the API's a problem.
    lock.execute_batch("DROP TABLE reports").unwrap();
    let r = app
        .client
        .post(format!("{}/signaler/{}", app.base, ids[0]))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("field=phone&value=04+11+22+33+44")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 500);
    let page = r.text().await.unwrap();
    assert!(page.contains("Une erreur de notre côté"), "{page}");
    assert!(page.contains("3919") && page.contains("quick-exit"));
    let r = app
        .client
        .post(format!("{}/api/v1/resources/{}/reports", app.base, ids[1]))
        .json(&serde_json::json!({"field": "phone", "value": "01 02 03 04 05"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 500);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}
