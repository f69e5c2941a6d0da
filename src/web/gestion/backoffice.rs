//! The back office a server holds: its database behind one lock, the data
//! directory accepted listings go to, and the publishing of a new index
//! generation (coalesced: accepts during a build make one more build).

use crate::editors::{self, Store};
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// A store operation failed (logged where it happened).
pub struct Fail;

/// Builds and publishes a new index generation from the data directory
/// (`maillage index`, run apart); an error says why it was refused.
pub type Publisher = dyn Fn() -> Result<(), String> + Send + Sync;

/// A client that failed to sign in with this many different addresses
/// within `LOCK_SECS` (trying a list of accounts) waits `LOCK_SECS`…
pub const CLIENT_ADDRESSES: usize = 10;
/// …as does one that failed this many times in all. One account's own
/// failures lock that account first (`editors::MAX_FAILURES`), so a
/// colleague behind the same address can still sign in.
pub const CLIENT_FAILURES: u32 = 300;

/// One client's recent failed sign-ins (in memory only).
#[derive(Default)]
pub struct ClientFailures {
    since: i64,
    failures: u32,
    addresses: std::collections::HashSet<String>,
    locked_until: i64,
}

/// What the back office needs: its database, the data directory the
/// accepted listings go to, the reports database, and how to publish.
pub struct Backoffice {
    store: Mutex<Store>,
    pub data: PathBuf,
    pub reports_db: Option<PathBuf>,
    publisher: Arc<Publisher>,
    /// A build is running / another one is wanted after it.
    building: Mutex<(bool, bool)>,
    /// Failed sign-ins per client, in memory only (never stored nor logged).
    clients: Mutex<HashMap<IpAddr, ClientFailures>>,
}

impl Backoffice {
    pub fn new(
        store: Store,
        data: PathBuf,
        reports_db: Option<PathBuf>,
        publisher: Arc<Publisher>,
    ) -> Arc<Backoffice> {
        Arc::new(Backoffice {
            store: Mutex::new(store),
            data,
            reports_db,
            publisher,
            building: Mutex::new((false, false)),
            clients: Mutex::default(),
        })
    }

    /// Runs `f` with the store, on a blocking thread (argon2 and fsync take
    /// milliseconds a worker must not spend). A failure is logged; the
    /// caller shows the French "nothing was changed" page.
    pub async fn with<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store, &Backoffice) -> Result<T, editors::StoreError> + Send + 'static,
    ) -> Result<T, Fail> {
        let me = self.clone();
        match actix_web::web::block(move || {
            let store = me.store.lock().unwrap_or_else(|e| e.into_inner());
            f(&store, &me)
        })
        .await
        {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => {
                tracing::error!(error = %crate::error_chain(&e), "back office");
                Err(Fail)
            }
            Err(_) => Err(Fail),
        }
    }

    /// Publishes in the background; accepts that arrive during a build are
    /// published together by one more build.
    pub fn publish(self: &Arc<Self>) {
        {
            let mut b = self.building.lock().unwrap_or_else(|e| e.into_inner());
            if b.0 {
                b.1 = true;
                return;
            }
            *b = (true, false);
        }
        let me = self.clone();
        let spawned = std::thread::Builder::new()
            .name("gestion-publish".into())
            .spawn(move || loop {
                match (me.publisher)() {
                    Ok(()) => tracing::info!("accepted listings published"),
                    Err(e) => tracing::error!(
                        "accepted listings NOT published, the live index keeps serving: {e}"
                    ),
                }
                let mut b = me.building.lock().unwrap_or_else(|e| e.into_inner());
                if b.1 {
                    b.1 = false;
                } else {
                    b.0 = false;
                    return;
                }
            });
        if let Err(e) = spawned {
            tracing::error!("cannot start publishing: {e}");
            *self.building.lock().unwrap_or_else(|e| e.into_inner()) = (false, false);
        }
    }

    pub fn client_locked(&self, ip: IpAddr, now: i64) -> Option<i64> {
        let c = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        c.get(&ip).map(|f| f.locked_until).filter(|u| *u > now)
    }

    /// Counts a failed sign-in of `address` (kept as a digest) by a client.
    pub fn client_failed(&self, ip: IpAddr, address: &str, now: i64) {
        let mut c = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if c.len() > 100_000 {
            c.retain(|_, f| f.since + editors::LOCK_SECS > now || f.locked_until > now);
        }
        let f = c.entry(ip).or_default();
        if f.since + editors::LOCK_SECS <= now {
            *f = ClientFailures {
                since: now,
                locked_until: f.locked_until,
                ..ClientFailures::default()
            };
        }
        f.failures += 1;
        if f.addresses.len() < CLIENT_ADDRESSES {
            f.addresses
                .insert(editors::secret::digest(&address.trim().to_lowercase()));
        }
        if f.addresses.len() >= CLIENT_ADDRESSES || f.failures >= CLIENT_FAILURES {
            f.locked_until = now + editors::LOCK_SECS;
            f.failures = 0;
            f.addresses.clear();
        }
    }

    pub fn client_ok(&self, ip: IpAddr) {
        self.clients
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&ip);
    }
}
