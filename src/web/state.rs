//! What every worker shares (the engine, the config, the caches) and how a
//! new index generation replaces the old one: one thread opens them all,
//! watches the index directory and SIGHUP, and hands freed memory back.

use super::cache;
use crate::search::Engine;
use arc_swap::ArcSwap;
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
    /// What the pages and the API take as now: "open now", a fact's age.
    pub clock: Clock,
}

/// The time the answers are drawn at: the system's, or a fixed instant, so a
/// test of time-dependent wording says the same in 2028 as today.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clock(Option<chrono::DateTime<chrono::Utc>>);

impl Clock {
    pub fn fixed(at: chrono::DateTime<chrono::Utc>) -> Self {
        Clock(Some(at))
    }

    pub fn now(self) -> chrono::DateTime<chrono::Utc> {
        self.0.unwrap_or_else(chrono::Utc::now)
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            exit_url: DEFAULT_EXIT_URL.into(),
            api_rate_per_minute: 600,
            public_url: None,
            trusted_proxies: Vec::new(),
            clock: Clock::default(),
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
    /// Where reports go; None when this replica does not take them.
    pub reports: Option<crate::error_reports::Queue>,
    /// Reports per client and record today, in memory only.
    pub report_quota: Arc<super::error_reports::quota::Quota>,
    /// The last generation the watcher refused to put in service.
    pub refused: Arc<std::sync::Mutex<Option<String>>>,
    /// The live generation's sitemap files, built once.
    pub sitemaps: Arc<std::sync::Mutex<Option<Arc<cache::Sitemaps>>>>,
    /// The partners' back office (`/gestion`); None on a replica without it.
    pub gestion: Option<Arc<super::gestion::backoffice::Backoffice>>,
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
            reports: None,
            report_quota: Arc::default(),
            refused: Arc::default(),
            sitemaps: Arc::default(),
            gestion: None,
        }
    }
    /// This replica holds the back office.
    pub fn with_gestion(mut self, backoffice: Arc<super::gestion::backoffice::Backoffice>) -> Self {
        self.gestion = Some(backoffice);
        self
    }
    /// This replica takes reports, written by `queue`.
    pub fn with_reports(mut self, queue: crate::error_reports::Queue) -> Self {
        self.reports = Some(queue);
        self
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
    ) -> Result<Reload, crate::search::IndexError> {
        let current = crate::search::current_generation(root);
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
    ) -> Result<AppState, crate::search::IndexError> {
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
            return Err(crate::search::IndexError::Io(
                std::path::PathBuf::from("index-watch thread"),
                e,
            ));
        }
        rx.recv().unwrap_or_else(|_| {
            Err(crate::search::IndexError::Io(
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
                    let want = crate::search::current_generation(&root);
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
                                error = %crate::error_chain(&e),
                                "new index refused, the previous one keeps serving"
                            );
                            if let Ok(mut refused) = state.refused.lock() {
                                refused.clone_from(&want);
                            }
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
