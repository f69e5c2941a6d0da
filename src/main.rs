//! Command line only: parse arguments, then call the library. Over 400
//! lines because clap declares every command and option here; the work
//! (serving, indexing, importing, reviewing reports) is in the library.

/// mimalloc: faster start (the catalogue is many small allocations) and
/// freed generations go back to the system instead of fragmenting.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use maillage::sources::problems::Severity;
use maillage::{index, sources, web};
use std::net::TcpListener;
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(
    name = "maillage",
    version,
    about = "Qui appeler, où aller, près d'une commune — violences au sein du foyer"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Dirs {
    /// Data directory (shipped snapshot and hand-kept records).
    #[arg(long, env = "MAILLAGE_DATA", default_value = "data")]
    data: PathBuf,
    /// Index directory (generated).
    #[arg(long, env = "MAILLAGE_INDEX", default_value = "index")]
    index: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site and the API; builds the index first if missing or stale.
    Serve {
        #[command(flatten)]
        dirs: Dirs,
        #[arg(long, env = "MAILLAGE_ADDR", default_value = "127.0.0.1:8080")]
        addr: String,
        /// Neutral page the quick exit leads to.
        #[arg(long, env = "MAILLAGE_EXIT_URL", default_value = web::DEFAULT_EXIT_URL)]
        exit_url: String,
        #[arg(long, env = "MAILLAGE_WORKERS", default_value_t = 2)]
        workers: usize,
        /// API requests allowed per client address and minute (429 beyond).
        #[arg(long, env = "MAILLAGE_API_RATE", default_value_t = 600)]
        api_rate: u32,
        /// The site's public address (https://…), printed on posters and QR codes.
        #[arg(long, env = "MAILLAGE_PUBLIC_URL")]
        public_url: Option<String>,
        /// A reverse proxy (CIDR or address) whose X-Forwarded-For / Forwarded
        /// name the client for the rate limit; repeatable.
        #[arg(
            long = "trusted-proxy",
            env = "MAILLAGE_TRUSTED_PROXIES",
            value_delimiter = ','
        )]
        trusted_proxies: Vec<String>,
        /// On SIGTERM, seconds during which /readyz says 503 while requests
        /// are still served, so a balancer stops sending new ones.
        #[arg(long, env = "MAILLAGE_DRAIN_SECS", default_value_t = 0)]
        drain_secs: u64,
        /// Seconds between looks for a new index (SIGHUP looks at once).
        #[arg(long, env = "MAILLAGE_WATCH_SECS", default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..))]
        watch_secs: u64,
        #[command(flatten)]
        db: ReportsDb,
        /// Do not take reports on this replica (another one does).
        #[arg(long, env = "MAILLAGE_NO_REPORTS")]
        no_reports: bool,
        #[command(flatten)]
        editors_db: EditorsDb,
        /// No back office (/gestion) on this replica: one instance holds it.
        #[arg(long, env = "MAILLAGE_NO_GESTION")]
        no_gestion: bool,
    },
    /// The partners' back office: invitations, accounts, audit log, backups.
    Editors {
        #[command(subcommand)]
        what: EditorsCmd,
    },
    /// Review the reports people sent ("Signaler une erreur").
    Reports {
        #[command(subcommand)]
        what: ReportsCmd,
    },
    /// Build the index from the data directory.
    Index {
        #[command(flatten)]
        dirs: Dirs,
        /// Publish even when records were rejected or a kind of help lost
        /// more than 20 % of its records against the live index.
        #[arg(long)]
        force: bool,
    },
    /// Fetch fresh official data into the data directory.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Check the data directory; prints every problem, fails on errors.
    Validate {
        #[command(flatten)]
        dirs: Dirs,
        /// Also list warnings and records flagged for review.
        #[arg(long)]
        all: bool,
    },
}

#[derive(Args, Clone)]
struct ReportsDb {
    /// The reports database (SQLite; keep it on a local disk). Default:
    /// reports.sqlite beside the data directory.
    #[arg(long, env = "MAILLAGE_REPORTS_DB")]
    reports_db: Option<PathBuf>,
}

impl ReportsDb {
    fn path(&self, data: &Path) -> PathBuf {
        self.reports_db
            .clone()
            .unwrap_or_else(|| data.with_file_name("reports.sqlite"))
    }
}

#[derive(Args, Clone)]
struct EditorsDb {
    /// The back office's database (SQLite, on a local disk). Default:
    /// editors.sqlite beside the data directory, next to reports.sqlite.
    #[arg(long, env = "MAILLAGE_EDITORS_DB")]
    editors_db: Option<PathBuf>,
}

impl EditorsDb {
    fn path(&self, data: &Path) -> PathBuf {
        self.editors_db
            .clone()
            .unwrap_or_else(|| data.with_file_name("editors.sqlite"))
    }
}

#[derive(Subcommand)]
enum EditorsCmd {
    /// Invite someone; prints the invitation URL (valid 7 days, once) last.
    Invite {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: EditorsDb,
        #[arg(long)]
        email: String,
        /// editor (of --record ID…) or reviewer (of --departement CODE).
        #[arg(long)]
        role: String,
        #[arg(long = "record")]
        records: Vec<String>,
        #[arg(long)]
        departement: Option<String>,
        /// The site's public address, for an absolute URL.
        #[arg(long, env = "MAILLAGE_PUBLIC_URL")]
        public_url: Option<String>,
    },
    /// Every account, its role and state.
    List {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: EditorsDb,
    },
    /// Revoke an account: its sessions end at once, its invitation dies.
    Revoke {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: EditorsDb,
        email: String,
    },
    /// The audit log, oldest first: who, when, what, before and after.
    Log {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: EditorsDb,
    },
    /// A consistent copy of the database in FILE (a new file), while serving.
    Backup {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: EditorsDb,
        file: PathBuf,
    },
    /// Listings to re-confirm (12 months after the structure's last
    /// confirmation, or never confirmed), per département.
    Due {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: EditorsDb,
        /// Also list what falls due within this many days.
        #[arg(long, default_value_t = 30)]
        within_days: i64,
    },
}

#[derive(Subcommand)]
enum ReportsCmd {
    /// List reports, oldest first.
    List {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: ReportsDb,
        /// open, accepted or rejected.
        #[arg(long)]
        status: Option<String>,
    },
    /// Everything a report holds.
    Show {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: ReportsDb,
        id: i64,
    },
    /// Accept: write a correction into data/corrections.json (phone,
    /// address, hours), then run `maillage index` to publish it.
    Accept {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: ReportsDb,
        id: i64,
        /// The checked value, when it differs from the one reported.
        #[arg(long)]
        value: Option<String>,
    },
    /// Reject: nothing changes in the data.
    Reject {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: ReportsDb,
        id: i64,
    },
    /// Delete reports closed more than 180 days ago.
    Purge {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        db: ReportsDb,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// Services of the DILA annuaire (CIDFF, MJD, gendarmeries, CCAS…) → data/annuaire.jsonl.gz.
    Annuaire {
        #[command(flatten)]
        dirs: Dirs,
        /// The DILA's daily bulk file of the whole directory (read by default).
        #[arg(long, env = "MAILLAGE_ANNUAIRE_BULK_URL", default_value = maillage::sources::import::bulk::DEFAULT_URL)]
        bulk_url: String,
        /// Read the records API instead of the bulk file (its host's robots.txt
        /// disallows `/api/`: only for a mirror or with the publisher's consent).
        #[arg(long)]
        api: bool,
        /// The records API's address (with --api only); default: the DILA's.
        #[arg(long, env = "MAILLAGE_ANNUAIRE_URL")]
        base_url: Option<String>,
        /// Comma-separated `type_service_local` codes (default: those that matter for victims).
        #[arg(long, value_delimiter = ',')]
        types: Vec<String>,
        /// Replace the current file even if the new one is much smaller.
        #[arg(long)]
        force: bool,
        #[arg(long, default_value_t = 60)]
        timeout_secs: u64,
    },
    /// Communes from geo.api.gouv.fr → data/communes.jsonl.gz.
    Communes {
        #[command(flatten)]
        dirs: Dirs,
        #[arg(long, env = "MAILLAGE_GEO_URL", default_value = maillage::sources::import::communes::DEFAULT_BASE)]
        base_url: String,
        #[arg(long)]
        force: bool,
        #[arg(long, default_value_t = 120)]
        timeout_secs: u64,
    },
}

/// Requests the HTTP layer could not parse: the client's error, counted and
/// logged at debug, not at ERROR (they are not ours to fix).
static MALFORMED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn is_malformed_request(m: &tracing::Metadata<'_>) -> bool {
    m.target().starts_with("actix_http::h1") && *m.level() == tracing::Level::ERROR
}

struct CountMalformed;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for CountMalformed {
    fn on_event(&self, e: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if is_malformed_request(e.metadata()) {
            MALFORMED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

fn main() -> Result<()> {
    use tracing_subscriber::prelude::*;
    let filter = tracing_subscriber::EnvFilter::try_from_env("MAILLAGE_LOG")
        .unwrap_or_else(|_| "info".into());
    let debug = filter.max_level_hint() >= Some(tracing::level_filters::LevelFilter::DEBUG);
    tracing_subscriber::registry()
        .with(filter)
        .with(CountMalformed)
        .with(
            tracing_subscriber::fmt::layer()
                .with_target(false)
                // Colours only on a terminal: a file or journald gets plain text.
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
                .with_filter(tracing_subscriber::filter::filter_fn(move |m| {
                    debug || !is_malformed_request(m)
                })),
        )
        .init();
    match Cli::parse().command {
        Command::Serve {
            dirs,
            addr,
            exit_url,
            workers,
            api_rate,
            public_url,
            trusted_proxies,
            drain_secs,
            watch_secs,
            db,
            no_reports,
            editors_db,
            no_gestion,
        } => {
            let public_url = match public_url.as_deref().filter(|u| !u.trim().is_empty()) {
                Some(u) => Some(web::parse_public_url(u).with_context(|| {
                    format!("--public-url must be http(s)://host[:port] without a path, not {u:?}")
                })?),
                None => {
                    tracing::warn!(
                        "no --public-url (MAILLAGE_PUBLIC_URL): posters print relative addresses and no QR code"
                    );
                    None
                }
            };
            let trusted_proxies = trusted_proxies
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| {
                    web::client_address::parse_trusted(s).with_context(|| {
                        format!("--trusted-proxy must be an address or a CIDR range, not {s:?}")
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            if trusted_proxies.is_empty() {
                tracing::warn!(
                    "no --trusted-proxy: each address may hold 64 connections; behind a proxy, \
                     balancer or CDN, list its addresses or every visitor shares one cap"
                );
            }
            if !exit_url.starts_with("https://") && !exit_url.starts_with("http://") {
                bail!("--exit-url must be an http(s) address");
            }
            let config = web::Config {
                exit_url,
                api_rate_per_minute: api_rate,
                public_url,
                trusted_proxies,
                clock: Default::default(),
            };
            let reports = (!no_reports).then(|| db.path(&dirs.data));
            let watch = std::time::Duration::from_secs(watch_secs);
            let stores = Stores {
                reports,
                gestion: (!no_gestion).then(|| editors_db.path(&dirs.data)),
            };
            serve(&dirs, &addr, workers, config, drain_secs, stores, watch)
        }
        Command::Reports { what } => reports(what),
        Command::Editors { what } => editors(what),
        Command::Index { dirs, force } => build_index(&dirs, force).map(|_| ()),
        Command::Validate { dirs, all } => validate(&dirs, all),
        Command::Import { what } => import(what),
    }
}

/// Builds and publishes a generation, unless the data lost records: rejected
/// records, or a kind of help shrunk by over 20 % against the live generation
/// (an empty or truncated file), refuse the build so the live one keeps serving.
fn build_index(dirs: &Dirs, force: bool) -> Result<String> {
    let t = std::time::Instant::now();
    let (catalogue, report) =
        sources::load(&dirs.data).with_context(|| format!("reading {}", dirs.data.display()))?;
    let errors = report.count(Severity::Error);
    let mut refusals = Vec::new();
    if errors > 0 {
        refusals.push(format!(
            "{errors} records rejected; `maillage validate` lists them"
        ));
    }
    if let Some(live) = index::current_meta(&dirs.index) {
        refusals.extend(
            index::shrinks(&live, &index::kinds(&catalogue))
                .iter()
                .map(|s| s.to_string()),
        );
    }
    if !refusals.is_empty() {
        if !force {
            bail!(
                "index not published, the live one stays in service:\n  {}",
                refusals.join("\n  ")
            );
        }
        tracing::warn!(problems = %refusals.join("; "), "publishing with --force");
    }
    let generation = index::build(&catalogue, &dirs.index, &sources::fingerprint(&dirs.data))?;
    tracing::info!(
        communes = catalogue.communes.len(),
        resources = catalogue.resources.len(),
        ms = t.elapsed().as_millis() as u64,
        "index {generation} built"
    );
    Ok(generation)
}

/// Builds the index in a child `maillage index`, so the build's heap goes back
/// to the system when it exits: a server that built its own index holds the
/// same memory as one started on a ready index.
fn build_index_apart(dirs: &Dirs, force: bool) -> Result<()> {
    let mut cmd = std::process::Command::new(std::env::current_exe()?);
    cmd.arg("index")
        .arg("--data")
        .arg(&dirs.data)
        .arg("--index")
        .arg(&dirs.index);
    if force {
        cmd.arg("--force");
    }
    let status = cmd.status().context("starting `maillage index`")?;
    if !status.success() {
        bail!("`maillage index` failed ({status})");
    }
    Ok(())
}

fn index_is_fresh(data: &Path, idx: &Path) -> bool {
    index::current_meta(idx).is_some_and(|m| {
        m.schema_version == index::SCHEMA_VERSION
            && m.data_fingerprint == sources::fingerprint(data)
    })
}

/// The SQLite files a server writes, when it holds them.
struct Stores {
    reports: Option<PathBuf>,
    gestion: Option<PathBuf>,
}

fn serve(
    dirs: &Dirs,
    addr: &str,
    workers: usize,
    config: web::Config,
    drain_secs: u64,
    stores: Stores,
    watch: std::time::Duration,
) -> Result<()> {
    let Stores { reports, gestion } = stores;
    // A broken translation catalogue is a defect of this build: say which.
    maillage::locale::catalogue::load().map_err(|e| anyhow::anyhow!("{e}"))?;
    maillage::locale::catalogue::easy_read().map_err(|e| anyhow::anyhow!("{e}"))?;
    if !index_is_fresh(&dirs.data, &dirs.index) {
        tracing::info!("index missing or older than the data: building it");
        // With an index already there, refused data leaves it in service; with
        // none, the numbers must still be served, so the build goes ahead.
        let have_one = index::current_meta(&dirs.index).is_some();
        if let Err(e) = build_index_apart(dirs, !have_one) {
            tracing::error!("{e:#}");
        }
    }
    let t = std::time::Instant::now();
    // `maillage index` run beside this server, or SIGHUP, puts a new index in service.
    let state = match web::AppState::open_watching(dirs.index.clone(), config.clone(), watch) {
        Ok(state) => state,
        // A damaged live generation: build a sound one from the data, once.
        Err(e) => {
            tracing::error!("the live index cannot be opened ({e}); building a new one");
            build_index_apart(dirs, false)?;
            web::AppState::open_watching(dirs.index.clone(), config, watch)?
        }
    };
    tracing::info!(ms = t.elapsed().as_millis() as u64, generation = %state.engine.load().generation, "index loaded");
    let state = match reports.clone() {
        // A broken reports database must not take the numbers down: serve without reports.
        Some(path) => match maillage::error_reports::Queue::start(&path) {
            Ok(queue) => {
                tracing::info!("reports go to {}", path.display());
                state.with_reports(queue)
            }
            Err(e) => {
                tracing::error!(
                    "reports are OFF (the report endpoints answer 503): cannot open {}: {e:#}. \
                     Pages and the API are served. To recover: stop the server, move the file \
                     aside (keep it for inspection), start again; an empty database is created",
                    path.display()
                );
                state
            }
        },
        None => state,
    };
    let state = match gestion {
        Some(path) => match maillage::editors::Store::open(&path) {
            Ok(store) => {
                tracing::info!("back office (/gestion) on {}", path.display());
                // An accepted listing is published as after an import: a new
                // generation built apart, which the watcher swaps in.
                let build_dirs = dirs.clone();
                let publisher: std::sync::Arc<web::gestion::Publisher> =
                    std::sync::Arc::new(move || {
                        build_index_apart(&build_dirs, false).map_err(|e| format!("{e:#}"))
                    });
                state.with_gestion(web::gestion::Backoffice::new(
                    store,
                    dirs.data.clone(),
                    reports.clone(),
                    publisher,
                ))
            }
            // The back office down must not take the numbers down.
            Err(e) => {
                tracing::error!(
                    "the back office is OFF (/gestion answers 404): cannot open {}: {e:#}",
                    path.display()
                );
                state
            }
        },
        None => state,
    };
    let listener = TcpListener::bind(addr).with_context(|| format!("binding {addr}"))?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    let drain = std::time::Duration::from_secs(drain_secs);
    actix_web::rt::System::new().block_on(async move {
        let server = web::serve(listener, state.clone(), workers)?;
        actix_web::rt::spawn(web::stop_on_signal(server.handle(), state, drain));
        server.await
    })?;
    tracing::info!(
        malformed_requests = MALFORMED.load(std::sync::atomic::Ordering::Relaxed),
        "stopped"
    );
    Ok(())
}

fn validate(dirs: &Dirs, all: bool) -> Result<()> {
    let (catalogue, report) = sources::load(&dirs.data)?;
    for p in &report.problems {
        // An outdated correction waits for a maintainer: always listed.
        if all || p.severity == Severity::Error || p.file == sources::corrections::FILE {
            println!("{p}");
        }
    }
    let (e, w, r) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Review),
    );
    println!(
        "{} communes, {} resources; {e} errors, {w} warnings (field dropped, record kept), {r} records flagged for review{}",
        catalogue.communes.len(),
        catalogue.resources.len(),
        if all { "" } else { " (--all lists them)" }
    );
    // Old facts are not errors: they are shown with their age and rank after fresher ones.
    let today = chrono::Utc::now().date_naive();
    let mut old: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for r in &catalogue.resources {
        let e = old.entry(r.category.id()).or_default();
        e.0 += 1;
        e.1 += usize::from(r.is_stale(today));
    }
    let old: Vec<String> = old
        .iter()
        .filter(|(_, (_, s))| *s > 0)
        .map(|(c, (n, s))| format!("{c} {s}/{n}"))
        .collect();
    println!(
        "older than {} months (shown with their age): {}",
        maillage::domain::STALE_AFTER_MONTHS,
        old.join(", ")
    );
    let moved = report
        .problems
        .iter()
        .filter(|p| p.field == "point")
        .count();
    println!("records placed at their commune's point (their own was far from it): {moved}");
    if all {
        println!("kind: records, départements covered, median age of the facts");
        for c in sources::coverage::coverage(&catalogue, today) {
            println!(
                "  {}: {}, {} départements, {} months",
                c.kind, c.records, c.departements, c.median_months
            );
        }
    }
    if e > 0 {
        bail!("{e} records rejected");
    }
    Ok(())
}

fn import(what: ImportWhat) -> Result<()> {
    use maillage::sources::import::{annuaire, communes};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    match what {
        ImportWhat::Annuaire {
            dirs,
            bulk_url,
            api,
            base_url,
            types,
            force,
            timeout_secs,
        } => {
            if base_url.is_some() && !api {
                bail!("--base-url is the address of the records API: it needs --api (for the bulk file, use --bulk-url)");
            }
            let communes = sources::load_communes(&dirs.data)?;
            let types = if types.is_empty() {
                annuaire::DEFAULT_TYPES
                    .iter()
                    .map(|t| t.to_string())
                    .collect()
            } else {
                types
            };
            let opts = annuaire::Options {
                origin: if api {
                    annuaire::Origin::Api(
                        base_url.unwrap_or_else(|| annuaire::DEFAULT_BASE.to_string()),
                    )
                } else {
                    annuaire::Origin::Bulk(bulk_url)
                },
                types,
                force,
                timeout: std::time::Duration::from_secs(timeout_secs),
            };
            let s = rt.block_on(annuaire::run(&opts, &dirs.data, &communes))?;
            for (t, n) in &s.counts {
                println!("{t:<32} {n:>6}");
            }
            for (id, why) in &s.rejected {
                println!("rejected {id}: {why}");
            }
            for (t, why) in &s.refused {
                println!("kept the previous {t} records: {why}");
            }
            println!(
                "{} records written, {} of other types skipped, {} rejected",
                s.written,
                s.skipped,
                s.rejected.len()
            );
        }
        ImportWhat::Communes {
            dirs,
            base_url,
            force,
            timeout_secs,
        } => {
            let n = rt.block_on(communes::run(
                &base_url,
                &dirs.data,
                force,
                std::time::Duration::from_secs(timeout_secs),
            ))?;
            println!("{n} communes written");
        }
    }
    Ok(())
}

fn reports(what: ReportsCmd) -> Result<()> {
    use maillage::error_reports::review::{self, Accepted};
    use maillage::error_reports::{Status, Store};
    let open = |dirs: &Dirs, db: &ReportsDb| -> Result<Store> {
        let path = db.path(&dirs.data);
        Store::open(&path).with_context(|| format!("opening {}", path.display()))
    };
    match what {
        ReportsCmd::List { dirs, db, status } => {
            let status = match status.as_deref() {
                None => None,
                Some(s) => Some(Status::from_id(s).with_context(|| {
                    format!("--status: open, accepted or rejected, not {s:?}")
                })?),
            };
            let list = open(&dirs, &db)?.list(status)?;
            for r in &list {
                println!("{r}");
            }
            println!("{} reports", list.len());
        }
        ReportsCmd::Show { dirs, db, id } => println!("{}", open(&dirs, &db)?.get(id)?.details()),
        ReportsCmd::Reject { dirs, db, id } => {
            open(&dirs, &db)?.close(id, Status::Rejected)?;
            println!("report {id} rejected");
        }
        ReportsCmd::Purge { dirs, db } => {
            let n = open(&dirs, &db)?.purge(chrono::Utc::now().date_naive())?;
            println!("{n} closed reports deleted");
        }
        ReportsCmd::Accept {
            dirs,
            db,
            id,
            value,
        } => match review::accept(&open(&dirs, &db)?, &dirs.data, id, value)? {
            Accepted::Correction => println!(
                "report {id} accepted: correction written to {}; run `maillage index` to publish it",
                dirs.data
                    .join(maillage::sources::corrections::FILE)
                    .display()
            ),
            Accepted::ByHand(field) => println!(
                "report {id} accepted; a {} report is applied by editing the record by hand",
                field.id()
            ),
        },
    }
    Ok(())
}

fn editors(what: EditorsCmd) -> Result<()> {
    use maillage::editors::{Role, Store};
    let open = |dirs: &Dirs, db: &EditorsDb| -> Result<Store> {
        let path = db.path(&dirs.data);
        Store::open(&path).with_context(|| format!("opening {}", path.display()))
    };
    let now = maillage::editors::now();
    match what {
        EditorsCmd::Invite {
            dirs,
            db,
            email,
            role,
            records,
            departement,
            public_url,
        } => {
            let email =
                sources::fields::email(&email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            let role = match (role.as_str(), records.is_empty(), departement) {
                ("editor", false, None) => {
                    let (catalogue, _) = sources::load(&dirs.data)?;
                    for r in &records {
                        if !catalogue.resources.iter().any(|x| &x.id == r) {
                            bail!("--record {r}: no such record in {}", dirs.data.display());
                        }
                    }
                    Role::Editor { records }
                }
                ("reviewer", true, Some(d)) => Role::Reviewer {
                    departement: maillage::domain::DepCode::parse(&d)
                        .with_context(|| format!("--departement {d:?}"))?,
                },
                ("editor", _, _) => {
                    bail!("an editor needs --record ID (one or more) and no --departement")
                }
                ("reviewer", _, _) => bail!("a reviewer needs --departement CODE and no --record"),
                (other, _, _) => bail!("--role editor or reviewer, not {other:?}"),
            };
            let token = open(&dirs, &db)?.invite(&email, &role, now)?;
            let base = match public_url.as_deref().filter(|u| !u.trim().is_empty()) {
                Some(u) => web::parse_public_url(u).with_context(|| {
                    format!("--public-url must be http(s)://host[:port], not {u:?}")
                })?,
                None => String::new(),
            };
            println!(
                "invitation for {email} ({}), valid {} days, once:",
                role.id(),
                maillage::editors::INVITATION_DAYS
            );
            println!("{base}/gestion/invitation/{token}");
        }
        EditorsCmd::List { dirs, db } => {
            let accounts = open(&dirs, &db)?.accounts()?;
            for a in &accounts {
                let what = match &a.role {
                    Role::Editor { records } => format!("editor    {}", records.join(" ")),
                    Role::Reviewer { departement } => {
                        format!("reviewer  département {}", departement.as_str())
                    }
                };
                let state = if a.revoked {
                    "revoked"
                } else if a.active {
                    "active"
                } else {
                    "invited"
                };
                println!("{:<40} {state:<8} {what}", a.email);
            }
            println!("{} accounts", accounts.len());
        }
        EditorsCmd::Revoke { dirs, db, email } => {
            open(&dirs, &db)?.revoke(&email, now)?;
            println!("{email} revoked: its sessions are closed");
        }
        EditorsCmd::Log { dirs, db } => {
            let shown = maillage::error_reports::review::shown;
            for e in open(&dirs, &db)?.log()? {
                println!(
                    "{}  {}  {}  {}{}{}",
                    e.at,
                    shown(&e.actor),
                    shown(&e.action),
                    shown(&e.target),
                    e.before
                        .map(|b| format!("\n    before: {}", shown(&b)))
                        .unwrap_or_default(),
                    e.after
                        .map(|a| format!("\n    after:  {}", shown(&a)))
                        .unwrap_or_default(),
                );
            }
        }
        EditorsCmd::Backup { dirs, db, file } => {
            open(&dirs, &db)?.backup(&file)?;
            println!("consistent copy written to {}", file.display());
        }
        EditorsCmd::Due {
            dirs,
            db,
            within_days,
        } => {
            let (catalogue, _) = sources::load(&dirs.data)?;
            let today = chrono::Utc::now().date_naive();
            let horizon = today + chrono::Duration::days(within_days);
            let granted: std::collections::BTreeSet<String> = open(&dirs, &db)?
                .accounts()?
                .into_iter()
                .filter(|a| !a.revoked)
                .flat_map(|a| match a.role {
                    Role::Editor { records } => records,
                    Role::Reviewer { .. } => Vec::new(),
                })
                .collect();
            let mut due: std::collections::BTreeMap<String, Vec<String>> = Default::default();
            for r in &catalogue.resources {
                let until = r.structure_verified.and_then(|d| {
                    d.checked_add_months(chrono::Months::new(
                        maillage::domain::model::STRUCTURE_CONFIRMED_MONTHS,
                    ))
                });
                let line = match until {
                    Some(u) if u <= today => format!("{}  {}  overdue since {u}", r.id, r.name),
                    Some(u) if u <= horizon => format!("{}  {}  due by {u}", r.id, r.name),
                    None if granted.contains(&r.id) => {
                        format!("{}  {}  never confirmed by the structure", r.id, r.name)
                    }
                    _ => continue,
                };
                let dep = r
                    .departement
                    .as_ref()
                    .map_or("-", |d| d.as_str())
                    .to_string();
                due.entry(dep).or_default().push(line);
            }
            for (dep, lines) in &due {
                println!("département {dep}");
                for l in lines {
                    println!("  {l}");
                }
            }
            println!("{} listings due", due.values().map(Vec::len).sum::<usize>());
        }
    }
    Ok(())
}
