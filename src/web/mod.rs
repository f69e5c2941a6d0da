//! HTTP: the app as a value bound to any listener, security headers on every
//! response, an access log without queries or addresses.

pub mod api;
pub mod cache;
pub mod client;
pub mod headers;
pub mod hsds;
pub mod limits;
pub mod openapi;
pub mod pages;
pub mod problem;

pub use pages::content_version;

use crate::search::Engine;
use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use arc_swap::ArcSwap;
use std::net::TcpListener;
use std::sync::Arc;

pub const DEFAULT_EXIT_URL: &str = "https://meteofrance.com/";

#[derive(Clone)]
pub struct Config {
    /// Where the quick exit leads: a neutral, non-personalised page.
    pub exit_url: String,
    /// API requests allowed per client address and minute (burst: ten seconds' worth).
    pub api_rate_per_minute: u32,
    /// The site's own address ("https://aide.example.fr"), for every absolute
    /// link: poster text, QR codes, embed snippets. Never taken from `Host` or
    /// forwarded headers, which a client chooses.
    pub public_url: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` / `Forwarded` name the client
    /// for the rate limit; from any other peer those headers are ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            exit_url: DEFAULT_EXIT_URL.into(),
            api_rate_per_minute: 600,
            public_url: None,
            trusted_proxies: Vec::new(),
        }
    }
}

/// A public base URL as configured: http(s), a host, no path, query or
/// fragment; the trailing slash dropped.
pub fn parse_public_url(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/');
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    ok.then(|| s.to_string())
}

/// Shared by every worker; the engine is swapped whole when a new index is built.
#[derive(Clone)]
pub struct AppState {
    pub engine: Arc<ArcSwap<Engine>>,
    pub config: Arc<Config>,
    pub pages: Arc<cache::PageCache>,
    /// `/api/v1/resources` answers, shared for a minute like the pages.
    pub api: Arc<cache::PageCache>,
    /// Set on SIGTERM: /readyz answers 503 so balancers drain this replica.
    pub stopping: Arc<std::sync::atomic::AtomicBool>,
}

impl AppState {
    pub fn new(engine: Engine, config: Config) -> Self {
        Self::shared(Arc::new(engine), config)
    }
    /// Several servers (tests, benchmarks) may share one loaded engine.
    pub fn shared(engine: Arc<Engine>, config: Config) -> Self {
        Self {
            engine: Arc::new(ArcSwap::new(engine)),
            config: Arc::new(config),
            pages: Arc::default(),
            api: Arc::default(),
            stopping: Arc::default(),
        }
    }
}

/// What a reload attempt did.
#[derive(Debug, PartialEq, Eq)]
pub enum Reload {
    Unchanged,
    Swapped(String),
}

impl AppState {
    /// Loads the live generation if it differs from the one serving, then
    /// swaps it in. In-flight requests keep the engine they started with; a
    /// generation that fails to open is refused and the current one stays.
    pub fn reload_if_changed(
        &self,
        root: &std::path::Path,
    ) -> Result<Reload, crate::index::IndexError> {
        let current = crate::index::current_generation(root);
        if current.is_none() || current.as_deref() == Some(self.engine.load().generation.as_str()) {
            return Ok(Reload::Unchanged);
        }
        let engine = Engine::open(root)?;
        let generation = engine.generation.clone();
        // Requests in flight keep the old generation until they finish; when
        // none does, it is freed here.
        drop(self.engine.swap(Arc::new(engine)));
        release_freed_memory();
        Ok(Reload::Swapped(generation))
    }

    /// Opens the live generation and watches the index directory (and
    /// SIGHUP) from one background thread, which loads every generation:
    /// each is then allocated, freed and handed back to the system by the
    /// same thread, and resident memory stays flat across daily reloads.
    pub fn open_watching(
        root: std::path::PathBuf,
        config: Config,
        every: std::time::Duration,
    ) -> Result<AppState, crate::index::IndexError> {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let spawned = std::thread::Builder::new()
            .name("index-watch".into())
            .spawn(move || {
                let opened = Engine::open(&root);
                release_freed_memory();
                match opened {
                    Ok(engine) => {
                        let state = AppState::new(engine, config);
                        let _ = tx.send(Ok(state.clone()));
                        state.watch_here(root, every);
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        if let Err(e) = spawned {
            return Err(crate::index::IndexError::Io(
                std::path::PathBuf::from("index-watch thread"),
                e,
            ));
        }
        rx.recv().unwrap_or_else(|_| {
            Err(crate::index::IndexError::Io(
                std::path::PathBuf::from("index-watch thread"),
                std::io::Error::other("the thread loading the index stopped"),
            ))
        })
    }

    /// Watches the index directory (and SIGHUP) from a background thread.
    pub fn watch(
        &self,
        root: std::path::PathBuf,
        every: std::time::Duration,
    ) -> std::io::Result<()> {
        let state = self.clone();
        std::thread::Builder::new()
            .name("index-watch".into())
            .spawn(move || state.watch_here(root, every))
            .map(|_| ())
    }

    /// The watch loop, on the calling thread.
    fn watch_here(&self, root: std::path::PathBuf, every: std::time::Duration) {
        let state = self.clone();
        let hup = Arc::new(std::sync::atomic::AtomicBool::new(false));
        #[cfg(unix)]
        {
            let flag = hup.clone();
            let spawned = std::thread::Builder::new()
                .name("sighup".into())
                .spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(rt) = rt {
                        rt.block_on(async move {
                            if let Ok(mut s) = tokio::signal::unix::signal(
                                tokio::signal::unix::SignalKind::hangup(),
                            ) {
                                while s.recv().await.is_some() {
                                    flag.store(true, std::sync::atomic::Ordering::SeqCst);
                                }
                            }
                        });
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(
                    "no SIGHUP listener ({e}): new indexes are still found every {every:?}"
                );
            }
        }
        {
            {
                let mut last_failed: Option<String> = None;
                loop {
                    let step = std::time::Duration::from_millis(100);
                    let mut waited = std::time::Duration::ZERO;
                    while waited < every && !hup.swap(false, std::sync::atomic::Ordering::SeqCst) {
                        std::thread::sleep(step);
                        waited += step;
                    }
                    let want = crate::index::current_generation(&root);
                    if want.is_some() && want == last_failed {
                        continue;
                    }
                    match state.reload_if_changed(&root) {
                        Ok(Reload::Swapped(g)) => {
                            tracing::info!(generation = %g, "new index in service");
                            // The last request on the old generation may have
                            // finished since: hand its pages back too.
                            std::thread::sleep(std::time::Duration::from_secs(1));
                            release_freed_memory();
                        }
                        Ok(Reload::Unchanged) => {}
                        Err(e) => {
                            tracing::error!(
                                "new index refused, the previous one keeps serving: {e}"
                            );
                            last_failed = want;
                        }
                    }
                }
            }
        }
    }
}

/// Returns freed pages to the system now (mimalloc keeps them for reuse
/// otherwise): a reload frees a whole generation at once, and resident memory
/// must stay flat across daily reloads. Harmless under another allocator.
pub fn release_freed_memory() {
    // SAFETY: a plain call into mimalloc, with no pointer involved.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

pub fn configure(cfg: &mut web::ServiceConfig, state: &AppState) {
    cfg.app_data(web::Data::new(state.clone()))
        .app_data(web::QueryConfig::default().error_handler(|_, req| problem::query_error(req)))
        .app_data(web::PathConfig::default().error_handler(|_, req| problem::query_error(req)))
        .route("/healthz", web::get().to(api::healthz))
        .route("/readyz", web::get().to(api::readyz))
        .service(api::scope())
        .service(hsds::scope())
        .configure(|c| pages::configure(c, state))
        .default_service(web::to(problem::not_found));
}

/// On SIGTERM or SIGINT: /readyz says 503 at once, requests are still served
/// for `drain` (a balancer's time to notice), then the server stops accepting
/// and lets in-flight requests finish (up to its shutdown timeout).
pub async fn stop_on_signal(
    server: actix_web::dev::ServerHandle,
    state: AppState,
    drain: std::time::Duration,
) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            tracing::error!("cannot listen for SIGTERM: stopping on it will not be graceful");
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!(
        drain_secs = drain.as_secs(),
        "stopping: draining, then finishing requests in flight"
    );
    state
        .stopping
        .store(true, std::sync::atomic::Ordering::SeqCst);
    tokio::time::sleep(drain).await;
    server.stop(true).await;
}

/// Starts the real server on an already-bound listener (port 0 in tests).
pub fn serve(listener: TcpListener, state: AppState, workers: usize) -> std::io::Result<Server> {
    let limiter = web::Data::new(limits::RateLimiter::new(state.config.api_rate_per_minute));
    let server = HttpServer::new(move || {
        let state = state.clone();
        App::new()
            .app_data(limiter.clone())
            .wrap(actix_web::middleware::from_fn(limits::limits))
            .wrap(actix_web::middleware::from_fn(limits::head_as_get))
            .wrap(actix_web::middleware::from_fn(headers::security_headers))
            .wrap(actix_web::middleware::Compress::default())
            .wrap(actix_web::middleware::from_fn(headers::access_log))
            .configure(|c| configure(c, &state))
    })
    .workers(workers.max(1))
    .max_connections(4096)
    .backlog(1024)
    .client_request_timeout(std::time::Duration::from_secs(5))
    .client_disconnect_timeout(std::time::Duration::from_secs(2))
    .shutdown_timeout(10)
    // Signals are handled by `stop_on_signal`, which drains first.
    .disable_signals()
    .listen(listener)?
    .run();
    Ok(server)
}
