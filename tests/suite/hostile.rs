//! The real binary against hostile clients and operator mistakes: held
//! bodies and idle sockets, an empty data file, a damaged index, a broken
//! reports database, SIGTERM under keep-alive load. The emergency numbers
//! must stay up through all of it.

use super::production::{free_port, get, private_index, Nginx, Replica};
use crate::common;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_maillage");

/// A GET from another loopback address than the attackers' (127.0.0.1), as a
/// second person would come from another address: (status, time taken).
fn visitor_get(port: u16, path: &str) -> (u16, Duration) {
    let t = Instant::now();
    let sock = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    sock.bind(&"127.0.0.2:0".parse::<SocketAddr>().unwrap().into())
        .unwrap();
    let to: SocketAddr = ([127, 0, 0, 1], port).into();
    if sock
        .connect_timeout(&to.into(), Duration::from_secs(5))
        .is_err()
    {
        return (0, t.elapsed());
    }
    let mut s: TcpStream = sock.into();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let status = String::from_utf8_lossy(&out)
        .get(9..12)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, t.elapsed())
}

/// Sockets that send a head announcing a body and never send it.
fn hold(port: u16, n: usize) -> Vec<TcpStream> {
    (0..n)
        .filter_map(|i| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
            let head: &[u8] = if i % 2 == 0 {
                b"GET /commune/01034 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
            } else {
                b"POST /signaler/mairie:01034 HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nfield="
            };
            s.write_all(head).ok()?;
            Some(s)
        })
        .collect()
}

/// How many of the sockets the server has not closed after `within`.
fn still_open(socks: &mut [TcpStream], within: Duration) -> usize {
    let deadline = Instant::now() + within;
    socks
        .iter_mut()
        .filter(|s| {
            let mut s: &TcpStream = s;
            let left = deadline.saturating_duration_since(Instant::now());
            s.set_read_timeout(Some(left.max(Duration::from_millis(10))))
                .unwrap();
            let mut buf = [0u8; 4096];
            loop {
                match s.read(&mut buf) {
                    Ok(0) => return false,
                    Ok(_) => continue,
                    Err(e)
                        if e.kind() == std::io::ErrorKind::WouldBlock
                            || e.kind() == std::io::ErrorKind::TimedOut =>
                    {
                        return true
                    }
                    Err(_) => return false,
                }
            }
        })
        .count()
}

#[test]
fn held_bodies_and_idle_sockets_never_keep_a_visitor_from_the_commune_page() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let direct = free_port();
    let behind = free_port();
    let _a = Replica::start(index.path(), direct, &[]);
    let _b = Replica::start(index.path(), behind, &["--trusted-proxy", "127.0.0.1"]);
    let nginx = Nginx::start(&[behind]);
    for (name, port) in [("replica", direct), ("nginx", nginx.port)] {
        let mut held = hold(port, 300);
        std::thread::sleep(Duration::from_millis(300));
        let (status, took) = visitor_get(port, "/commune/01034");
        assert_eq!(status, 200, "{name}: the visitor's page");
        assert!(
            took < Duration::from_secs(1),
            "{name}: the visitor waited {took:?} behind 300 held sockets"
        );
        if name == "replica" {
            // Bodies have 10 s to arrive; none is held past that and the linger.
            let open = still_open(&mut held, Duration::from_secs(16));
            assert_eq!(open, 0, "{name}: {open} sockets still held after 16 s");
        }
    }
}

#[test]
fn an_empty_data_file_is_refused_and_the_live_index_keeps_every_local_service() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let data = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(common::data_dir()).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), data.path().join(e.file_name())).unwrap();
        }
    }
    // An import cut short: the file is there and empty.
    let annuaire = data.path().join("annuaire.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"").unwrap();
    std::fs::write(&annuaire, gz.finish().unwrap()).unwrap();
    let live = std::fs::read_to_string(index.path().join("CURRENT")).unwrap();
    let out = Command::new(BIN)
        .args(["index", "--data"])
        .arg(data.path())
        .arg("--index")
        .arg(index.path())
        .env("MAILLAGE_LOG", "warn")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "index published: {said}");
    assert!(
        said.contains("womens_rights") && said.contains("fiches au lieu de"),
        "the refusal names the kind and both counts: {said}"
    );
    assert_eq!(
        std::fs::read_to_string(index.path().join("CURRENT")).unwrap(),
        live,
        "the live generation changed"
    );
    // --force is the operator's explicit choice.
    let forced = Command::new(BIN)
        .args(["index", "--force", "--data"])
        .arg(data.path())
        .arg("--index")
        .arg(index.path())
        .env("MAILLAGE_LOG", "warn")
        .status()
        .unwrap();
    assert!(forced.success());
    assert_ne!(
        std::fs::read_to_string(index.path().join("CURRENT")).unwrap(),
        live
    );
}

/// Flips one byte in the middle of the generation's term dictionary.
fn damage(gen: &Path) {
    let f = std::fs::read_dir(gen)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "term"))
        .unwrap();
    let mut perms = std::fs::metadata(&f).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&f, perms).unwrap();
    let mut b = std::fs::read(&f).unwrap();
    let i = b.len() / 2;
    b[i] ^= 0xff;
    std::fs::write(&f, b).unwrap();
}

#[test]
fn a_damaged_index_never_takes_the_site_down() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    let r = Replica::start(index.path(), port, &[]);
    let live = std::fs::read_to_string(index.path().join("CURRENT")).unwrap();
    // Every file of the live generation cut short under the running server.
    for e in std::fs::read_dir(index.path().join(&live)).unwrap() {
        let p = e.unwrap().path();
        if p.extension()
            .is_some_and(|x| ["idx", "term", "pos", "store"].iter().any(|k| x == *k))
        {
            let f = std::fs::OpenOptions::new().write(true).open(&p);
            if let Ok(f) = f {
                f.set_len(100).unwrap();
            }
        }
    }
    for path in [
        "/api/v1/resources?commune=01034&q=cidff",
        "/recherche?lieu=belley",
        "/commune/01034",
    ] {
        assert_eq!(get(port, path).0, 200, "{path} after truncation");
    }
    drop(r);
    // A new generation damaged mid-file is refused; the current one serves.
    let fresh = private_index();
    let gen = std::fs::read_to_string(fresh.path().join("CURRENT")).unwrap();
    let port = free_port();
    let (_r, log) = replica_with_log(fresh.path(), port);
    let bad = fresh.path().join("gen-99999999999999999999");
    Command::new("cp")
        .arg("-r")
        .arg(fresh.path().join(&gen))
        .arg(&bad)
        .status()
        .unwrap();
    Command::new("chmod")
        .arg("-R")
        .arg("u+w")
        .arg(&bad)
        .status()
        .unwrap();
    damage(&bad);
    std::fs::write(fresh.path().join("CURRENT"), "gen-99999999999999999999").unwrap();
    // Wait for the watcher to say it refused the damaged generation, not for
    // a time after which it may not have looked yet.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match log.recv_timeout(left) {
            Ok(line) if line.contains("new index refused") => break,
            Ok(_) => {}
            Err(e) => panic!("no refusal logged within 60 s ({e})"),
        }
    }
    let (status, body) = get(port, "/readyz");
    assert_eq!(status, 200);
    assert!(
        body.contains(gen.trim()),
        "the damaged generation went live: {body}"
    );
    assert_eq!(get(port, "/api/v1/resources?commune=01034&q=cidff").0, 200);
}

/// A replica whose log lines (warnings and errors, on its stdout) arrive on a channel.
fn replica_with_log(index: &Path, port: u16) -> (Replica, std::sync::mpsc::Receiver<String>) {
    use std::io::BufRead;
    let mut child = Command::new(BIN)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--index")
        .arg(index)
        .arg("--data")
        .arg(common::data_dir())
        .arg("--no-reports")
        .env("MAILLAGE_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let r = Replica { child };
    let t = Instant::now();
    while get(port, "/readyz").0 != 200 {
        assert!(t.elapsed() < Duration::from_secs(60), "replica never ready");
        std::thread::sleep(Duration::from_millis(50));
    }
    (r, rx)
}

#[test]
fn a_broken_reports_database_leaves_pages_up_and_reports_at_503() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reports.sqlite");
    std::fs::write(&db, b"this is not a database, it was cut by a full disk").unwrap();
    let port = free_port();
    let mut child = Command::new(BIN)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--index")
        .arg(index.path())
        .arg("--data")
        .arg(common::data_dir())
        .arg("--reports-db")
        .arg(&db)
        .env("MAILLAGE_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    while get(port, "/readyz").0 != 200 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "serve exited on a broken reports database"
        );
        assert!(t.elapsed() < Duration::from_secs(60), "never ready");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(get(port, "/commune/01034").0, 200);
    assert_eq!(get(port, "/signaler/mairie:01034").0, 200);
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let body = r#"{"field":"phone","value":"04"}"#;
    write!(
        s,
        "POST /api/v1/resources/mairie:01034/reports HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 503"), "{:?}", out.get(..40));
    let _ = child.kill();
    let _ = child.wait();
}

/// Keep-alive clients in a loop, as a busy page or a balancer sends them.
/// Returns (answered, lost on a connection the server had kept open).
fn keep_alive_load(port: u16, clients: usize, r: &Replica, at: Duration) -> (usize, usize) {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let stop = Arc::new(AtomicBool::new(false));
    let (ok, lost) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let (stop, ok, lost) = (stop.clone(), ok.clone(), lost.clone());
            std::thread::spawn(move || {
                let mut conn: Option<(TcpStream, bool)> = None;
                while !stop.load(Ordering::Relaxed) {
                    let (mut s, reused) = match conn.take() {
                        Some(c) => c,
                        None => match TcpStream::connect(("127.0.0.1", port)) {
                            Ok(s) => (s, false),
                            Err(_) => return, // the listener is gone: nothing was sent
                        },
                    };
                    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                    let answer = s
                        .write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
                        .ok()
                        .and_then(|_| read_answer(&mut s));
                    match answer {
                        Some(close) => {
                            ok.fetch_add(1, Ordering::Relaxed);
                            if !close {
                                conn = Some((s, true));
                            }
                        }
                        // A new connection reset as the listener closes is the
                        // balancer's to retry; a kept-alive one must never be cut.
                        None if reused => {
                            lost.fetch_add(1, Ordering::Relaxed);
                        }
                        None => {}
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(at);
    r.term();
    std::thread::sleep(Duration::from_secs(4));
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join().unwrap();
    }
    (ok.load(Ordering::Relaxed), lost.load(Ordering::Relaxed))
}

/// One answer's head and body; Some(true) when it says the connection closes.
fn read_answer(s: &mut TcpStream) -> Option<bool> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if s.read(&mut byte).ok()? == 0 {
            return None;
        }
        buf.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buf).to_ascii_lowercase();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    s.read_exact(&mut body).ok()?;
    Some(head.contains("connection: close"))
}

#[test]
fn sigterm_under_keep_alive_load_loses_no_request() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    for drain in ["0", "3"] {
        let port = free_port();
        let mut r = Replica::start(index.path(), port, &["--drain-secs", drain]);
        let (ok, lost) = keep_alive_load(port, 16, &r, Duration::from_millis(800));
        assert!(ok > 100, "drain {drain}: only {ok} answers");
        assert_eq!(
            lost, 0,
            "drain {drain}: {lost} requests lost on kept-alive connections"
        );
        assert!(r.wait(Duration::from_secs(15)).success());
    }
}

#[test]
fn an_unreadable_forwarded_header_from_the_proxy_never_lets_the_client_choose_its_bucket() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    // Behind an nginx that appends to X-Forwarded-For: the client wrote the
    // unreadable part and a Forwarded header of its own, the proxy the address.
    let _r = Replica::start(
        index.path(),
        port,
        &["--trusted-proxy", "127.0.0.1", "--api-rate", "60"],
    );
    let statuses: Vec<u16> = (0..25)
        .map(|i| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let mut req = b"GET /api/v1/categories HTTP/1.1\r\nHost: t\r\nX-Forwarded-For: \xff, 203.0.113.9\r\n".to_vec();
            req.extend(format!("Forwarded: for=198.51.100.{i}\r\nConnection: close\r\n\r\n").as_bytes());
            s.write_all(&req).unwrap();
            let mut out = Vec::new();
            let _ = s.read_to_end(&mut out);
            String::from_utf8_lossy(&out)
                .get(9..12)
                .and_then(|c| c.parse().ok())
                .unwrap_or(0)
        })
        .collect();
    assert!(statuses.iter().take(10).all(|s| *s == 200), "{statuses:?}");
    assert!(
        statuses.contains(&429),
        "the limit was bypassed: {statuses:?}"
    );
}

/// Sends one whole request on a keep-alive connection, reads its answer,
/// then starts a second head and never finishes it.
fn stall_second_head(port: u16) -> TcpStream {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut buf = [0u8; 4096];
    let n = s.read(&mut buf).unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"), "the first answer");
    s.write_all(b"GET /commune/01034 HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    s
}

#[test]
fn a_stalled_second_request_head_is_closed_within_the_deadline() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    let _r = Replica::start(index.path(), port, &[]);
    let t = Instant::now();
    let mut held: Vec<TcpStream> = (0..20).map(|_| stall_second_head(port)).collect();
    let open = still_open(&mut held, Duration::from_secs(20));
    assert_eq!(open, 0, "{open} second heads still held after 20 s");
    assert!(
        t.elapsed() >= Duration::from_secs(5),
        "closed by the deadline, not at once ({:?})",
        t.elapsed()
    );
}

/// Each connection's status (0 when it closed without an answer) and answer.
fn answer_of(s: &mut TcpStream) -> (u16, String) {
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, text)
}

#[test]
fn a_hundred_connections_from_one_address_all_get_an_http_answer() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    let _r = Replica::start(index.path(), port, &[]);
    // Opened first, all at once, then each asks for a page: past the cap of
    // 64 the answer is a 429 page with Retry-After, never an empty reply.
    let mut socks: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for s in &mut socks {
        s.write_all(b"GET /commune/01034 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            .unwrap();
    }
    let answers: Vec<(u16, String)> = socks.iter_mut().map(answer_of).collect();
    let statuses: Vec<u16> = answers.iter().map(|a| a.0).collect();
    let ok = statuses.iter().filter(|s| **s == 200).count();
    let refused: Vec<&String> = answers
        .iter()
        .filter(|a| a.0 == 429)
        .map(|a| &a.1)
        .collect();
    assert_eq!(
        ok + refused.len(),
        100,
        "every connection answered: {statuses:?}"
    );
    assert!(ok >= 64, "the first 64 served ({ok})");
    // The refusal is a page that says when to come back and still gives the
    // emergency numbers and the quick exit.
    for page in &refused {
        let head = page.to_ascii_lowercase();
        assert!(head.contains("retry-after: 5"), "{page}");
        assert!(
            page.contains("3919") && page.contains("quick-exit"),
            "{page}"
        );
    }
    let (status, _) = visitor_get(port, "/commune/01034");
    assert_eq!(status, 200, "another address is served");
}

#[test]
fn readers_that_never_read_a_sitemap_cost_little_memory() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    let r = Replica::start(
        index.path(),
        port,
        &[
            "--public-url",
            "https://aide.example.fr",
            "--trusted-proxy",
            "127.0.0.1",
        ],
    );
    let rss = || -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", r.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(get(port, "/sitemap/1.xml").0, 200);
    let before = rss();
    let mut socks = Vec::new();
    for i in 0..256 {
        let sock =
            socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        // A small receive window, as a reader that never reads would keep.
        sock.set_recv_buffer_size(4096).unwrap();
        let to: SocketAddr = ([127, 0, 0, 1], port).into();
        sock.connect(&to.into()).unwrap();
        let mut s: TcpStream = sock.into();
        let enc = if i % 2 == 0 { "gzip" } else { "identity" };
        let req = format!(
            "GET /sitemap/{}.xml HTTP/1.1\r\nHost: t\r\nAccept-Encoding: {enc}\r\n\r\n",
            1 + i % 3
        );
        s.write_all(req.as_bytes()).unwrap();
        socks.push(s);
    }
    std::thread::sleep(Duration::from_secs(3));
    let during = rss();
    assert!(
        during.saturating_sub(before) < 100_000,
        "256 readers that never read took {} kB (before {before} kB)",
        during.saturating_sub(before)
    );
}

#[test]
fn three_index_builds_at_once_leave_one_complete_generation_live() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let builds: Vec<std::process::Child> = (0..3)
        .map(|_| {
            Command::new(BIN)
                .args(["index", "--force", "--index"])
                .arg(index.path())
                .arg("--data")
                .arg(common::data_dir())
                .env("MAILLAGE_LOG", "warn")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut b in builds {
        assert!(
            b.wait().unwrap().success(),
            "a build failed beside the others"
        );
    }
    let live = std::fs::read_to_string(index.path().join("CURRENT")).unwrap();
    let live = live.trim();
    assert!(
        index.path().join(live).join("maillage-meta.json").exists(),
        "the live generation {live} is complete"
    );
    // The newest generation is the live one, with at most one previous.
    let mut gens: Vec<String> = std::fs::read_dir(index.path())
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with("gen-"))
        .collect();
    gens.sort();
    assert_eq!(gens.last().map(String::as_str), Some(live));
    assert!(gens.len() <= 2, "{gens:?}");
}
