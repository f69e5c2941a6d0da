//! The partners' back office (`/gestion`), on the real binary over real
//! HTTP: invitations, password and TOTP, sign-in, a change proposed by a
//! structure and accepted by its département's coordinator, published by a
//! new index generation without a restart or a failed request; and the
//! hostile cases (a stolen invitation used twice, a forged cross-site form,
//! another record reached by changing the id, 100 wrong codes, a reviewer
//! accepting their own change).

use crate::common;
use maillage::editors::totp;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_maillage");
/// Belley's mairie (Ain, 01) and Bourg-en-Bresse's, in the shipped data.
const RECORD: &str = "mairie:01034";
const OTHER: &str = "mairie:01053";
/// A number for the test only (it never leaves the temporary data copy).
const NEW_PHONE: &str = "04 79 42 00 00";

struct Server {
    child: Child,
    base: String,
    dir: tempfile::TempDir,
    client: reqwest::Client,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }
    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    /// `maillage ARGS --data --index`: its standard output, or a failure.
    fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(BIN)
            .args(args)
            .arg("--data")
            .arg(self.data())
            .arg("--index")
            .arg(self.index())
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

    /// Invites someone; the URL is the output's last line.
    fn invite(&self, args: &[&str]) -> String {
        let out = self.cli(&[&["editors", "invite"], args].concat());
        out.lines().last().unwrap().trim().to_string()
    }

    async fn get(
        &self,
        path: &str,
        cookie: Option<&str>,
    ) -> (u16, String, reqwest::header::HeaderMap) {
        let mut r = self.client.get(format!("{}{path}", self.base));
        if let Some(c) = cookie {
            r = r.header("Cookie", c);
        }
        let r = r.send().await.unwrap();
        let (s, h) = (r.status().as_u16(), r.headers().clone());
        (s, r.text().await.unwrap(), h)
    }

    async fn post(
        &self,
        path: &str,
        cookie: Option<&str>,
        form: &[(String, String)],
        headers: &[(&str, &str)],
    ) -> (u16, String, reqwest::header::HeaderMap) {
        let mut r = self
            .client
            .post(format!("{}{path}", self.base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded_pairs(form));
        if let Some(c) = cookie {
            r = r.header("Cookie", c);
        }
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        let r = r.send().await.unwrap();
        let (s, h) = (r.status().as_u16(), r.headers().clone());
        (s, r.text().await.unwrap(), h)
    }
}

fn serde_urlencoded_pairs(form: &[(String, String)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    form.iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
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

/// The real binary on a copy of the shipped data, once it is ready.
async fn start() -> Server {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&common::data_dir(), &dir.path().join("data"));
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = dir.path().join("server.log");
    let child = Command::new(BIN)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--data")
        .arg(dir.path().join("data"))
        .arg("--index")
        .arg(dir.path().join("index"))
        .args(["--watch-secs", "1"])
        .env("MAILLAGE_LOG", "info")
        .stdout(Stdio::from(std::fs::File::create(&log).unwrap()))
        .stderr(Stdio::from(
            std::fs::OpenOptions::new().append(true).open(&log).unwrap(),
        ))
        .spawn()
        .unwrap();
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
        dir,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    };
    let t = Instant::now();
    loop {
        if let Ok(r) = server
            .client
            .get(format!("{}/readyz", server.base))
            .send()
            .await
        {
            if r.status() == 200 {
                break;
            }
        }
        assert!(
            t.elapsed() < Duration::from_secs(180),
            "server never ready:\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    server
}

fn doc(html: &str) -> scraper::Html {
    scraper::Html::parse_document(html)
}

/// Every named field of the form matching `selector` (inputs, textareas),
/// as a browser would send it, buttons left out.
fn form_fields(html: &str, selector: &str) -> Vec<(String, String)> {
    let d = doc(html);
    let form = d
        .select(&common::sel(selector))
        .next()
        .unwrap_or_else(|| panic!("no {selector} in\n{html}"));
    let mut out = vec![];
    for e in form.select(&common::sel("input[name], textarea[name]")) {
        let name = e.value().attr("name").unwrap().to_string();
        let value = if e.value().name() == "textarea" {
            e.text().collect::<String>()
        } else {
            e.value().attr("value").unwrap_or_default().to_string()
        };
        out.push((name, value));
    }
    out
}

fn set(form: &mut [(String, String)], name: &str, value: &str) {
    let f = form
        .iter_mut()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("no field {name}"));
    f.1 = value.to_string();
}

fn cookie_of(h: &reqwest::header::HeaderMap) -> String {
    let c = h
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with(maillage::web::gestion::COOKIE))
        .expect("a session cookie");
    for attr in [
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/gestion",
        "Max-Age=1800",
    ] {
        assert!(c.contains(attr), "{attr} missing from {c}");
    }
    c.split(';').next().unwrap().to_string()
}

fn base32_decode(s: &str) -> Vec<u8> {
    let mut out = vec![];
    let (mut buf, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => panic!("not base32: {s}"),
        };
        buf = (buf << 5) | u32::from(v);
        bits += 5;
        if bits >= 8 {
            out.push((buf >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    out
}

/// A person of a structure or of the département, once enrolled.
struct Person {
    email: String,
    password: String,
    secret: Vec<u8>,
    /// Steps ahead of now for the next code: a code is taken once.
    next: u64,
}

impl Person {
    fn code(&mut self) -> String {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let code = totp::code_at_step(&self.secret, totp::step_at(now) + self.next);
        self.next = (self.next + 1).min(1);
        code
    }
}

/// Opens the invitation, sets the password, reads the `otpauth://` URI,
/// sends the first code: an active account.
async fn enroll(s: &Server, url: &str, email: &str) -> Person {
    let (status, page, _) = s.get(url, None).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("id=\"quick-exit\""),
        "the quick exit on the back office"
    );
    let password = format!("une longue phrase de passe pour {email}");
    let mut form = form_fields(&page, "form");
    set(&mut form, "password", &password);
    set(&mut form, "password_confirm", &password);
    let (status, page, headers) = s.post(url, None, &form, &[]).await;
    assert_eq!(status, 200, "{page}");
    let cookie = cookie_of(&headers);
    let d = doc(&page);
    let uri: String = d
        .select(&common::sel("#otpauth"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(
        d.select(&common::sel("svg path")).next().is_some(),
        "a QR code beside it"
    );
    let secret = base32_decode(
        uri.split("secret=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap(),
    );
    let mut person = Person {
        email: email.to_string(),
        password,
        secret,
        next: 0,
    };
    let mut form = form_fields(&page, "form[action='/gestion/activation']");
    set(&mut form, "code", &person.code());
    let (status, page, _) = s
        .post("/gestion/activation", Some(&cookie), &form, &[])
        .await;
    assert_eq!(status, 303, "{page}");
    person
}

async fn sign_in(s: &Server, p: &mut Person) -> String {
    let (status, page, _) = s.get("/gestion/connexion", None).await;
    assert_eq!(status, 200);
    let mut form = form_fields(&page, "form[action='/gestion/connexion']");
    set(&mut form, "email", &p.email);
    set(&mut form, "password", &p.password);
    let code = p.code();
    set(&mut form, "code", &code);
    let (status, page, headers) = s.post("/gestion/connexion", None, &form, &[]).await;
    assert_eq!(status, 303, "{page}");
    cookie_of(&headers)
}

async fn wait_for(s: &Server, path: &str, needle: &str) -> String {
    let t = Instant::now();
    loop {
        let (_, body, _) = s.get(path, None).await;
        if body.contains(needle) {
            return body;
        }
        assert!(
            t.elapsed() < Duration::from_secs(180),
            "{path} never showed {needle:?}\n{}",
            s.log()
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[actix_web::test]
async fn a_structure_changes_its_phone_a_coordinator_accepts_and_the_public_card_shows_it_verified_without_a_restart(
) {
    let _heavy = common::heavy().await;
    let s = start().await;
    let editor_url = s.invite(&[
        "--email",
        "accueil@structure.example",
        "--role",
        "editor",
        "--record",
        RECORD,
    ]);
    assert!(
        editor_url.starts_with("/gestion/invitation/"),
        "{editor_url}"
    );
    let reviewer_url = s.invite(&[
        "--email",
        "coordination@ain.example",
        "--role",
        "reviewer",
        "--departement",
        "01",
    ]);
    let mut editor = enroll(&s, &editor_url, "accueil@structure.example").await;
    let mut reviewer = enroll(&s, &reviewer_url, "coordination@ain.example").await;
    let list = s.cli(&["editors", "list"]);
    assert!(
        list.contains("accueil@structure.example") && list.contains("active"),
        "{list}"
    );

    // The editor proposes a new first phone.
    let cookie = sign_in(&s, &mut editor).await;
    let (status, page, _) = s
        .get(&format!("/gestion/fiche/{RECORD}"), Some(&cookie))
        .await;
    assert_eq!(status, 200, "{page}");
    let mut form = form_fields(&page, &format!("form[action='/gestion/fiche/{RECORD}']"));
    assert!(
        form.iter().any(|(k, v)| k == "csrf" && v.len() == 64),
        "the token is in the form"
    );
    set(&mut form, "phone", NEW_PHONE);
    let (status, page, _) = s
        .post(
            &format!("/gestion/fiche/{RECORD}"),
            Some(&cookie),
            &form,
            &[],
        )
        .await;
    assert_eq!(status, 303, "{page}");

    // Nothing public changes before a second person accepts it.
    let (_, public, _) = s.get(&format!("/ressource/{RECORD}"), None).await;
    assert!(!public.contains(NEW_PHONE));

    // The reviewer sees it side by side with what is published, and accepts.
    let rcookie = sign_in(&s, &mut reviewer).await;
    let (status, home, _) = s.get("/gestion", Some(&rcookie)).await;
    assert_eq!(status, 200);
    assert!(home.contains(NEW_PHONE), "{home}");
    let d = doc(&home);
    let form_el = d
        .select(&common::sel("form.proposal"))
        .next()
        .expect("a pending change");
    assert!(form_el
        .select(&common::sel("button[name=decision][value=accept]"))
        .next()
        .is_some());
    assert!(form_el
        .select(&common::sel("button[name=decision][value=reject]"))
        .next()
        .is_some());
    let mut decision = form_fields(&home, "form.proposal");
    decision.push(("decision".into(), "accept".into()));

    let load = common::Load::start(
        &s.base,
        &["/ressource/mairie:01034", "/commune/01034", "/"],
        2,
    );
    let (status, page, _) = s
        .post("/gestion/decision", Some(&rcookie), &decision, &[])
        .await;
    assert_eq!(status, 303, "{page}");
    let layer = std::fs::read_to_string(s.data().join("structures.jsonl")).unwrap();
    assert_eq!(layer.lines().count(), 1);
    assert!(
        layer.contains("\"accepted_by\":\"coordination@ain.example\""),
        "{layer}"
    );

    let today = chrono::Utc::now().date_naive();
    let fr = maillage::locale::Lang::Fr.ui();
    let verified = format!("Vérifiée par la structure le {}", fr.date_words(today));
    let page = wait_for(&s, &format!("/ressource/{RECORD}"), NEW_PHONE).await;
    assert!(page.contains(&verified), "{verified} not on the page");
    assert!(
        page.contains("vérifiée par la structure"),
        "the source says so too"
    );
    let (ok, failed) = load.stop().await;
    assert!(ok > 20, "{ok} requests");
    assert_eq!(failed, 0, "requests failed during the publication");
    let commune = wait_for(&s, "/commune/01034", NEW_PHONE).await;
    assert!(commune.contains(&verified));
    let en = maillage::locale::Lang::En.ui();
    let (_, english, _) = s.get(&format!("/en/ressource/{RECORD}"), None).await;
    assert!(
        english.contains(&format!(
            "Checked by the organisation itself on {}",
            en.date_words(today)
        )),
        "in English too"
    );

    // Public pages still set no cookie.
    for path in [
        "/",
        "/commune/01034",
        &format!("/ressource/{RECORD}"),
        "/api/v1/resources/mairie:01034",
    ] {
        let (_, _, h) = s.get(path, None).await;
        assert!(h.get("set-cookie").is_none(), "{path} set a cookie");
    }
    // Every step is in the audit log.
    let log = s.cli(&["editors", "log"]);
    for step in [
        "invite",
        "invitation used",
        "account activated",
        "sign-in",
        "propose #",
        "accept #",
    ] {
        assert!(log.contains(step), "{step} missing from the log:\n{log}");
    }
    assert!(log.contains(NEW_PHONE), "before and after are logged");
    // Nothing logged holds an address.
    assert!(!s
        .log()
        .lines()
        .filter(|l| !l.contains("listening on"))
        .any(|l| l.contains("127.0.0.1")));

    // A consistent backup while serving.
    let backup = s.dir.path().join("copy.sqlite");
    s.cli(&["editors", "backup", backup.to_str().unwrap()]);
    let copy = maillage::editors::Store::open(&backup).unwrap();
    assert_eq!(copy.accounts().unwrap().len(), 2);
    assert!(copy.log().unwrap().len() >= 8);
    // What is due: nothing for a listing confirmed today, within 30 days.
    let due = s.cli(&["editors", "due"]);
    assert!(due.contains("0 listings due"), "{due}");
    let due = s.cli(&["editors", "due", "--within-days", "400"]);
    assert!(
        due.contains("département 01") && due.contains(RECORD),
        "{due}"
    );
}

#[actix_web::test]
async fn the_back_office_refuses_a_reused_invitation_a_forged_form_another_record_its_own_review_and_locks_after_wrong_codes(
) {
    let _heavy = common::heavy().await;
    let s = start().await;
    let editor_url = s.invite(&[
        "--email",
        "permanence@structure.example",
        "--role",
        "editor",
        "--record",
        RECORD,
    ]);
    let reviewer_url = s.invite(&[
        "--email",
        "referente@ain.example",
        "--role",
        "reviewer",
        "--departement",
        "01",
    ]);
    let mut editor = enroll(&s, &editor_url, "permanence@structure.example").await;
    let mut reviewer = enroll(&s, &reviewer_url, "referente@ain.example").await;

    // A stolen invitation, used a second time: gone, and nothing changes.
    let (status, _, _) = s.get(&editor_url, None).await;
    assert_eq!(status, 410);
    let form = pairs(&[
        ("password", "un autre mot de passe long"),
        ("password_confirm", "un autre mot de passe long"),
    ]);
    let (status, page, headers) = s.post(&editor_url, None, &form, &[]).await;
    assert_eq!(status, 410, "{page}");
    assert!(headers.get("set-cookie").is_none());
    // A too-short password is refused on a fresh invitation.
    let third = s.invite(&[
        "--email",
        "court@ain.example",
        "--role",
        "reviewer",
        "--departement",
        "01",
    ]);
    let (status, _, _) = s
        .post(
            &third,
            None,
            &pairs(&[("password", "court"), ("password_confirm", "court")]),
            &[],
        )
        .await;
    assert_eq!(status, 400);

    let cookie = sign_in(&s, &mut editor).await;
    let (_, page, _) = s
        .get(&format!("/gestion/fiche/{RECORD}"), Some(&cookie))
        .await;
    let mut form = form_fields(&page, &format!("form[action='/gestion/fiche/{RECORD}']"));
    set(&mut form, "phone", NEW_PHONE);
    // A forged form from another site: refused, whatever it carries.
    for headers in [
        &[("Sec-Fetch-Site", "cross-site")][..],
        &[("Origin", "https://attaquant.example")][..],
    ] {
        let (status, _, _) = s
            .post(
                &format!("/gestion/fiche/{RECORD}"),
                Some(&cookie),
                &form,
                headers,
            )
            .await;
        assert_eq!(status, 403, "{headers:?}");
    }
    // Without the session's token: refused.
    let mut no_token = form.clone();
    set(&mut no_token, "csrf", "0".repeat(64).as_str());
    let (status, _, _) = s
        .post(
            &format!("/gestion/fiche/{RECORD}"),
            Some(&cookie),
            &no_token,
            &[],
        )
        .await;
    assert_eq!(status, 403);
    // Another record, by changing the id: refused and logged.
    let (status, page, _) = s
        .get(&format!("/gestion/fiche/{OTHER}"), Some(&cookie))
        .await;
    assert_eq!(status, 403, "{page}");
    assert!(page.contains("id=\"quick-exit\""));
    let (status, _, _) = s
        .post(
            &format!("/gestion/fiche/{OTHER}"),
            Some(&cookie),
            &form,
            &[],
        )
        .await;
    assert_eq!(status, 403);
    // A bad value: a French page, 400, nothing stored.
    let mut bad = form.clone();
    set(&mut bad, "phone", "12");
    let (status, page, _) = s
        .post(
            &format!("/gestion/fiche/{RECORD}"),
            Some(&cookie),
            &bad,
            &[],
        )
        .await;
    assert_eq!(status, 400);
    assert!(page.contains("Téléphones"), "{page}");
    // An editor cannot decide.
    let (status, _, _) = s
        .post(
            "/gestion/decision",
            Some(&cookie),
            &pairs(&[
                ("csrf", &form[0].1),
                ("proposal", "1"),
                ("decision", "accept"),
            ]),
            &[],
        )
        .await;
    assert_eq!(status, 403);

    // The reviewer proposes a change, then tries to accept it.
    let rcookie = sign_in(&s, &mut reviewer).await;
    let (_, page, _) = s
        .get(&format!("/gestion/fiche/{RECORD}"), Some(&rcookie))
        .await;
    let mut own = form_fields(&page, &format!("form[action='/gestion/fiche/{RECORD}']"));
    set(&mut own, "phone", NEW_PHONE);
    let (status, _, _) = s
        .post(
            &format!("/gestion/fiche/{RECORD}"),
            Some(&rcookie),
            &own,
            &[],
        )
        .await;
    assert_eq!(status, 303);
    let (_, home, _) = s.get("/gestion", Some(&rcookie)).await;
    let mut decision = form_fields(&home, "form.proposal");
    decision.push(("decision".into(), "accept".into()));
    let (status, page, _) = s
        .post("/gestion/decision", Some(&rcookie), &decision, &[])
        .await;
    assert_eq!(status, 403, "{page}");
    assert!(
        !s.data().join("structures.jsonl").exists(),
        "nothing published"
    );

    // Signing out ends the session.
    let (_, home, _) = s.get("/gestion", Some(&rcookie)).await;
    let out = form_fields(&home, "form[action='/gestion/deconnexion']");
    let (status, _, _) = s
        .post("/gestion/deconnexion", Some(&rcookie), &out, &[])
        .await;
    assert_eq!(status, 200);
    let (status, _, headers) = s.get("/gestion", Some(&rcookie)).await;
    assert_eq!(status, 303);
    assert_eq!(headers["location"], "/gestion/connexion");

    // 100 wrong codes with the right password: the account locks, and
    // says so, and then even the right code is refused.
    let mut locked = 0;
    for i in 0..100 {
        let wrong = format!("{:06}", (i * 7919) % 1_000_000);
        if totp::verify(
            &editor.secret,
            &wrong,
            chrono::Utc::now().timestamp() as u64,
            0,
        )
        .is_some()
        {
            continue;
        }
        let f = pairs(&[
            ("email", &editor.email),
            ("password", &editor.password),
            ("code", &wrong),
        ]);
        let (status, page, _) = s.post("/gestion/connexion", None, &f, &[]).await;
        if status == 429 {
            assert!(page.contains("bloquée"), "{page}");
            locked += 1;
        } else {
            assert_eq!(status, 401);
        }
    }
    assert!(locked >= 90, "{locked} lockouts");
    let code = editor.code();
    let f = pairs(&[
        ("email", &editor.email),
        ("password", &editor.password),
        ("code", &code),
    ]);
    let (status, _, _) = s.post("/gestion/connexion", None, &f, &[]).await;
    assert_eq!(status, 429, "locked even with the right code");
    // An unknown address gets the same answer as a wrong password.
    let f = pairs(&[
        ("email", "personne@nulle-part.example"),
        ("password", "peu importe ce mot"),
        ("code", "123456"),
    ]);
    let (status, page, _) = s.post("/gestion/connexion", None, &f, &[]).await;
    assert_eq!(status, 401);
    assert!(page.contains("Adresse, mot de passe ou code incorrect."));
    // Revoked: the account's sessions end.
    let cookie2 = cookie.clone();
    s.cli(&["editors", "revoke", "permanence@structure.example"]);
    let (status, _, _) = s.get("/gestion", Some(&cookie2)).await;
    assert_eq!(status, 303);

    let log = s.cli(&["editors", "log"]);
    for step in [
        "refused",
        "invitation refused",
        "decide on own change",
        "sign-in refused",
        "account locked",
        "revoke",
    ] {
        assert!(log.contains(step), "{step} missing from the log:\n{log}");
    }
}

/// The sign-in and the review in headless Chromium (tests/browser/gestion.mjs).
#[actix_web::test]
async fn in_a_real_browser_a_structure_signs_in_with_its_second_factor_proposes_and_its_coordinator_accepts(
) {
    let _heavy = common::heavy().await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    assert!(
        dir.join("node_modules/playwright-core").exists() && Path::new("/usr/bin/chromium").exists(),
        "browser tests need Debian's chromium and `npm ci` in tests/browser (.ci/run installs both)"
    );
    let s = start().await;
    let editor = s.invite(&[
        "--email",
        "redaction@structure.example",
        "--role",
        "editor",
        "--record",
        RECORD,
    ]);
    let reviewer = s.invite(&[
        "--email",
        "relecture@ain.example",
        "--role",
        "reviewer",
        "--departement",
        "01",
    ]);
    let verified = format!(
        "Vérifiée par la structure le {}",
        maillage::locale::Lang::Fr
            .ui()
            .date_words(chrono::Utc::now().date_naive())
    );
    let out = tokio::process::Command::new("node")
        .current_dir(&dir)
        .args([
            "gestion.mjs",
            &s.base,
            &editor,
            &reviewer,
            RECORD,
            NEW_PHONE,
            &verified,
        ])
        .output()
        .await
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "browser checks failed:\n{stdout}\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        s.log()
    );
    let log = s.cli(&["editors", "log"]);
    assert!(
        log.contains("accept #") && log.contains("sign-out"),
        "{log}"
    );
}

/// The published layer is a source like the others: a line that does not
/// pass the checks keeps the live index in service.
#[test]
fn a_listing_that_fails_the_checks_refuses_the_build_like_any_source() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&common::data_dir(), &data);
    let line = serde_json::json!({
        "record": RECORD,
        "fields": {"phones": ["12"]},
        "proposal": 1,
        "proposed_by": "a@structure.example",
        "accepted_by": "b@ain.example",
        "accepted_at": "2026-12-04T10:00:00Z",
        "date": "2026-12-04"
    });
    std::fs::write(data.join("structures.jsonl"), format!("{line}\n")).unwrap();
    let out = Command::new(BIN)
        .args(["index", "--data"])
        .arg(&data)
        .arg("--index")
        .arg(dir.path().join("index"))
        .env("MAILLAGE_LOG", "warn")
        .output()
        .unwrap();
    assert!(!out.status.success(), "a bad listing was published");
    let out = Command::new(BIN)
        .args(["validate", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        text.contains("structures.jsonl") && text.contains(RECORD),
        "{text}"
    );
}
