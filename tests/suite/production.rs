//! The real binary as production runs it: SIGTERM drains and finishes the
//! requests in flight; two replicas behind nginx survive an index rebuild and
//! a replica restart under load with no failed request; trusted proxies.
//! Long because the nginx and replica harness (ports, processes, load) lives here.

use crate::common;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_maillage");

pub(super) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A private index, built the way `maillage index` builds it, so a replica
/// takes it as fresh and a rebuild here touches no other test.
pub(super) fn private_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = common::data_dir();
    let (cat, _) = maillage::sources::load(&data).unwrap();
    maillage::index::build(&cat, dir.path(), &maillage::sources::fingerprint(&data)).unwrap();
    dir
}

pub(super) struct Replica {
    pub(super) child: Child,
}

impl Replica {
    pub(super) fn start(index: &Path, port: u16, extra: &[&str]) -> Replica {
        let child = Command::new(BIN)
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--index")
            .arg(index)
            .arg("--data")
            .arg(common::data_dir())
            // Reports are tested in tests/suite/error_reports.rs; no database beside the shipped data.
            .arg("--no-reports")
            .args(extra)
            .env("MAILLAGE_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let r = Replica { child };
        let t = Instant::now();
        while get(port, "/readyz").0 != 200 {
            assert!(t.elapsed() < Duration::from_secs(60), "replica never ready");
            std::thread::sleep(Duration::from_millis(50));
        }
        r
    }

    pub(super) fn term(&self) {
        let ok = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -TERM");
    }

    pub(super) fn wait(&mut self, within: Duration) -> std::process::ExitStatus {
        let t = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(
                t.elapsed() < within,
                "the process did not exit within {within:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on its own connection: (status, body); status 0 when
/// the connection is refused or cut.
pub(super) fn get(port: u16, path: &str) -> (u16, String) {
    get_with(port, path, "")
}

fn get_with(port: u16, path: &str, headers: &str) -> (u16, String) {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new());
    };
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: t\r\n{headers}Connection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    let status = out.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, out)
}

#[test]
fn sigterm_says_not_ready_finishes_requests_in_flight_and_exits_zero() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    let mut r = Replica::start(index.path(), port, &["--drain-secs", "2"]);
    // A request already in flight: its head is only half sent.
    let mut slow = TcpStream::connect(("127.0.0.1", port)).unwrap();
    slow.write_all(b"GET /commune/01034 HTTP/1.1\r\nHost: t\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    r.term();
    let t = Instant::now();
    let (status, body) = loop {
        let (status, body) = get(port, "/readyz");
        if status != 200 || t.elapsed() > Duration::from_secs(1) {
            break (status, body);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status, 503, "readiness after SIGTERM: {body}");
    assert_eq!(get(port, "/healthz").0, 200, "still alive while draining");
    // Within the drain, the request that was in flight at SIGTERM completes.
    std::thread::sleep(Duration::from_millis(500));
    slow.write_all(b"Connection: close\r\n\r\n").unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut out = String::new();
    let _ = slow.read_to_string(&mut out);
    assert!(
        out.starts_with("HTTP/1.1 200"),
        "the request in flight: {:?}",
        out.get(..40)
    );
    assert!(out.contains("Belley"));
    // Past the drain the server stops accepting and exits, well within the
    // grace period a service manager gives it (systemd: 90 s by default).
    let status = r.wait(Duration::from_secs(12));
    assert!(status.success(), "exit status {status}");
    assert_eq!(get(port, "/healthz").0, 0, "nothing listens after the exit");
}

#[test]
fn behind_a_trusted_proxy_each_visitor_has_a_bucket_and_forged_headers_change_nothing() {
    let index = private_index();
    // Without --trusted-proxy: X-Forwarded-For is ignored, one bucket for the peer.
    let port = free_port();
    let _plain = Replica::start(index.path(), port, &["--api-rate", "6"]);
    let api = "/api/v1/categories";
    let mut statuses = Vec::new();
    for i in 0..20 {
        let h = format!("X-Forwarded-For: 203.0.113.{i}\r\nAccept: application/json\r\n");
        statuses.push(get_with(port, api, &h).0);
    }
    assert!(
        statuses.contains(&429),
        "forged X-Forwarded-For escaped the limit: {statuses:?}"
    );
    // With it: two visitors behind the proxy get two buckets.
    let port = free_port();
    let _proxied = Replica::start(
        index.path(),
        port,
        &["--api-rate", "6", "--trusted-proxy", "127.0.0.1/32"],
    );
    let visitor = |ip: &str| format!("X-Forwarded-For: {ip}\r\nAccept: application/json\r\n");
    let mut first = Vec::new();
    for _ in 0..20 {
        first.push(get_with(port, api, &visitor("203.0.113.1")).0);
    }
    assert!(
        first.contains(&429),
        "the first visitor is limited: {first:?}"
    );
    assert_eq!(
        get_with(port, api, &visitor("203.0.113.2")).0,
        200,
        "the second has its own bucket"
    );
    // A visitor forging a hop left of the proxy's is still themselves.
    let forged = visitor("198.51.100.1, 203.0.113.1");
    assert_eq!(get_with(port, api, &forged).0, 429);
}

/// Where the shipped nginx configuration lives.
fn nginx_conf() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx/maillage.conf")
}

/// nginx with the shipped configuration, in front of the given replicas.
pub(super) struct Nginx {
    child: Child,
    pub(super) port: u16,
    _dir: tempfile::TempDir,
}

impl Nginx {
    pub(super) fn start(replicas: &[u16]) -> Nginx {
        let bin = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .expect("this test needs Debian's nginx (scripts/test.sh installs it)");
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let shipped = std::fs::read_to_string(nginx_conf()).unwrap();
        let upstreams: String = replicas
            .iter()
            .map(|p| format!("    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;\n"))
            .collect();
        // Only the addresses change, and the global API rate, which this
        // load would exceed on purpose.
        let conf = shipped
            .lines()
            .filter(|l| !l.trim_start().starts_with("server 127.0.0.1:"))
            .map(|l| {
                if l.contains("upstream maillage {") {
                    format!("{l}\n{upstreams}")
                } else if l.trim_start().starts_with("listen ") {
                    format!("    listen 127.0.0.1:{port};")
                } else {
                    l.replace("rate=10r/s", "rate=100000r/s")
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let d = dir.path().display();
        std::fs::write(dir.path().join("maillage.conf"), conf).unwrap();
        std::fs::write(
            dir.path().join("nginx.conf"),
            format!(
                "daemon off; worker_processes 2; pid {d}/nginx.pid; error_log {d}/error.log warn;\n\
                 events {{ worker_connections 1024; }}\n\
                 http {{ client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; fastcgi_temp_path {d}/fcgi;\n\
                 uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi; include {d}/maillage.conf; }}\n"
            ),
        )
        .unwrap();
        let child = Command::new(bin)
            .args(["-e", &format!("{d}/error.log"), "-p", &d.to_string(), "-c"])
            .arg(dir.path().join("nginx.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx starts");
        let n = Nginx {
            child,
            port,
            _dir: dir,
        };
        let t = Instant::now();
        while get(port, "/healthz").0 != 200 {
            assert!(
                t.elapsed() < Duration::from_secs(20),
                "nginx never answered"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        n
    }
}

impl Drop for Nginx {
    /// SIGTERM, not SIGKILL: the master then stops its workers, which a
    /// killed master would leave running.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn generation(port: u16) -> String {
    let (_, body) = get(port, "/readyz");
    let json = body.split("\r\n\r\n").nth(1).unwrap_or("");
    serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v["generation"].as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn sighup_puts_a_new_index_in_service_at_once() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let port = free_port();
    // An hour between looks: only the signal can explain a prompt switch.
    let r = Replica::start(index.path(), port, &["--watch-secs", "3600"]);
    let before = generation(port);
    let data = common::data_dir();
    let (cat, _) = maillage::sources::load(&data).unwrap();
    let after =
        maillage::index::build(&cat, index.path(), &maillage::sources::fingerprint(&data)).unwrap();
    assert_ne!(after, before);
    assert_eq!(generation(port), before, "nothing looks before the signal");
    let ok = Command::new("kill")
        .args(["-HUP", &r.child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -HUP");
    let t = Instant::now();
    while generation(port) != after {
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "SIGHUP did not put {after} in service"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(get(port, "/commune/01034").0, 200);
}

/// Waits until the replica on `port` serves `generation`.
fn wait_generation(port: u16, generation_wanted: &str) {
    let t = Instant::now();
    while generation(port) != generation_wanted {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "{generation_wanted} never served on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn two_replicas_behind_nginx_survive_a_rebuild_and_a_restart_with_no_failed_request() {
    let _heavy = common::heavy_blocking();
    let index = private_index();
    let (pa, pb) = (free_port(), free_port());
    let args = [
        "--drain-secs",
        "1",
        "--trusted-proxy",
        "127.0.0.1/32",
        "--api-rate",
        "1000000",
    ];
    let mut a = Replica::start(index.path(), pa, &args);
    let _b = Replica::start(index.path(), pb, &args);
    let nginx = Nginx::start(&[pa, pb]);
    let before = generation(pa);
    assert_eq!(before, generation(pb));

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|i| {
            let stop = stop.clone();
            let port = nginx.port;
            std::thread::spawn(move || {
                let paths = [
                    ("/commune/01034", ""),
                    (
                        "/api/v1/resources?commune=01034&limit=5",
                        "Accept: application/json\r\n",
                    ),
                    ("/healthz", ""),
                    ("/ressource/national:3919", ""),
                ];
                let (mut total, mut failed) = (0usize, Vec::new());
                let mut n = i;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    let (path, h) = paths[n % paths.len()];
                    n += 1;
                    total += 1;
                    let (status, _) = get_with(port, path, h);
                    if status != 200 {
                        failed.push(format!("{path}: {status}"));
                    }
                }
                (total, failed)
            })
        })
        .collect();

    std::thread::sleep(Duration::from_secs(4));
    // A new generation: both replicas switch to it under load.
    let data = common::data_dir();
    let (cat, _) = maillage::sources::load(&data).unwrap();
    let after =
        maillage::index::build(&cat, index.path(), &maillage::sources::fingerprint(&data)).unwrap();
    wait_generation(pa, &after);
    wait_generation(pb, &after);
    // A replica leaves the pool (SIGTERM), then comes back.
    a.term();
    assert!(a.wait(Duration::from_secs(15)).success());
    std::thread::sleep(Duration::from_secs(2));
    let _a2 = Replica::start(index.path(), pa, &args);
    std::thread::sleep(Duration::from_secs(8));
    stop.store(true, std::sync::atomic::Ordering::SeqCst);

    let (mut total, mut failed) = (0, Vec::new());
    for c in clients {
        let (t, f) = c.join().unwrap();
        total += t;
        failed.extend(f);
    }
    println!("{total} requests through nginx, {} failed", failed.len());
    assert!(total > 200, "the load ran: {total} requests");
    assert!(
        failed.is_empty(),
        "{} of {total} failed: {:?}",
        failed.len(),
        &failed[..failed.len().min(5)]
    );
    assert_ne!(after, before);
    assert_eq!(
        generation(pa),
        after,
        "the restarted replica serves the new generation"
    );
    assert_eq!(generation(pb), after, "the other replica switched");
}

#[actix_web::test]
async fn a_cdn_may_keep_a_commune_page_a_minute_while_browsers_store_nothing() {
    let app = common::spawn().await;
    for _ in 0..2 {
        let r = app.get("/commune/01034").await;
        assert_eq!(r.headers()["cache-control"], "no-store");
        assert_eq!(r.headers()["cdn-cache-control"], "public, max-age=60");
    }
    let r = app.get("/commune/01034?category=police").await;
    assert!(
        r.headers().get("cdn-cache-control").is_none(),
        "filtered pages are not shared"
    );
    let r = app.get("/recherche?lieu=belley").await;
    assert!(
        r.headers().get("cdn-cache-control").is_none(),
        "searches are not shared"
    );
}
