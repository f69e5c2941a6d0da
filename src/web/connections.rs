//! Connections per client, and a deadline on every connection. A client
//! that opens sockets and leaves them idle or half-sent ties up the server's
//! connection slots: past `cap` open connections from one address (an IPv6
//! /64), a new one is answered 429 and closed; and no connection may spend
//! more than `DEADLINE` between two requests (writing the last answer,
//! idling, sending the next head), whichever request of the connection it is.
//! Trusted proxies carry everyone's traffic and are exempt from the cap.
//! Addresses live only in this table, never in a log.

use super::limits::client_key;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Extensions, ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use ipnet::IpNet;
use std::any::Any;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// From one request's start to the next one's: enough to write a page to a
/// slow phone and wait out the 5 s keep-alive, not enough to hold a slot.
pub const DEADLINE: Duration = Duration::from_secs(10);
/// A connection over its client's cap only needs time for one short refusal.
const OVER_CAP_DEADLINE: Duration = Duration::from_secs(2);
/// Past this many times the cap, a connection is shut without an answer:
/// answering costs a slot for two seconds, and a flood must not buy them all.
const ANSWERED_OVER_CAP: usize = 4;

pub struct PerClient {
    cap: usize,
    exempt: Vec<IpNet>,
    open: Mutex<HashMap<IpAddr, usize>>,
    /// Set once the log has said that a capped client sends forwarding headers.
    warned_proxy: AtomicBool,
}

/// Held in the connection's extensions: the count goes down when it closes.
struct Slot {
    table: Arc<PerClient>,
    client: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.table.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.client);
            }
        }
    }
}

/// What a new connection gets from the table.
enum Admission {
    /// A trusted proxy: no slot counted.
    Exempt,
    Counted(Slot),
    /// Over the cap: one refusal in HTTP, then closed.
    Refused(Slot),
    /// Far over the cap: shut without a word.
    Shut,
}

/// Marks a connection that is over its client's cap: its requests get 429,
/// and the table is at hand for its one warning.
#[derive(Clone)]
struct OverCap(Arc<PerClient>);

/// When the connection's current request started (or the connection opened).
pub struct Deadline {
    opened: Instant,
    /// Milliseconds after `opened` of the last request's start.
    last_start_ms: AtomicU64,
    limit: Duration,
}

impl Deadline {
    fn new(limit: Duration) -> Arc<Self> {
        Arc::new(Self {
            opened: Instant::now(),
            last_start_ms: AtomicU64::new(0),
            limit,
        })
    }
    fn touch(&self) {
        let ms = self.opened.elapsed().as_millis() as u64;
        self.last_start_ms.fetch_max(ms, Ordering::Relaxed);
    }
    fn due(&self) -> Instant {
        self.opened + Duration::from_millis(self.last_start_ms.load(Ordering::Relaxed)) + self.limit
    }
}

/// Dropped with the connection's extensions: tells its watchdog to stop.
struct Closed(#[allow(dead_code)] tokio::sync::oneshot::Sender<()>);

impl PerClient {
    pub fn new(cap: usize, exempt: Vec<IpNet>) -> Arc<Self> {
        Arc::new(Self {
            cap: cap.max(1),
            exempt,
            open: Mutex::default(),
            warned_proxy: AtomicBool::new(false),
        })
    }

    fn take(self: &Arc<Self>, peer: IpAddr) -> Admission {
        if self.exempt.iter().any(|n| n.contains(&peer)) {
            return Admission::Exempt;
        }
        let client = client_key(peer);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(client).or_insert(0);
        if *n >= self.cap * ANSWERED_OVER_CAP {
            return Admission::Shut;
        }
        *n += 1;
        let slot = Slot {
            table: self.clone(),
            client,
        };
        if *n > self.cap {
            Admission::Refused(slot)
        } else {
            Admission::Counted(slot)
        }
    }

    /// For `HttpServer::on_connect`: counts the connection, sets its
    /// deadline, or shuts it.
    pub fn on_connect(self: &Arc<Self>, conn: &dyn Any, ext: &mut Extensions) {
        let Some(stream) = conn.downcast_ref::<actix_web::rt::net::TcpStream>() else {
            return;
        };
        let Ok(peer) = stream.peer_addr() else {
            return;
        };
        let limit = match self.take(peer.ip()) {
            Admission::Shut => {
                tracing::debug!("a client far over its connection cap was shut");
                let _ = socket2::SockRef::from(stream).shutdown(std::net::Shutdown::Both);
                return;
            }
            Admission::Exempt => DEADLINE,
            Admission::Counted(slot) => {
                ext.insert(slot);
                DEADLINE
            }
            Admission::Refused(slot) => {
                ext.insert(slot);
                ext.insert(OverCap(self.clone()));
                OVER_CAP_DEADLINE
            }
        };
        // The watchdog holds its own handle on the socket, to shut it when
        // the deadline passes; actix then sees the end and drops the rest.
        let Ok(socket) = socket2::SockRef::from(stream).try_clone() else {
            return;
        };
        let deadline = Deadline::new(limit);
        let (tx, mut closed) = tokio::sync::oneshot::channel::<()>();
        ext.insert(deadline.clone());
        ext.insert(Closed(tx));
        actix_web::rt::spawn(async move {
            loop {
                let due = deadline.due();
                tokio::select! {
                    _ = &mut closed => return,
                    _ = tokio::time::sleep_until(due.into()) => {
                        if Instant::now() >= deadline.due() {
                            tracing::debug!("a connection passed its deadline and was shut");
                            let _ = socket.shutdown(std::net::Shutdown::Both);
                            return;
                        }
                    }
                }
            }
        });
    }

    /// Said once: a capped client that sends forwarding headers is most
    /// likely a proxy, balancer or CDN that `--trusted-proxy` does not list.
    fn warn_untrusted_proxy(&self) {
        if !self.warned_proxy.swap(true, Ordering::Relaxed) {
            tracing::warn!(
                "one address reached the cap of connections and sends X-Forwarded-For or \
                 Forwarded: if a proxy, balancer or CDN is in front, list it with \
                 --trusted-proxy, or every visitor behind it shares one cap"
            );
        }
    }
}

/// Outermost middleware: starts each request's deadline, and answers a
/// connection over its client's cap with a real 429 that closes it.
pub async fn per_connection(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if let Some(deadline) = req.conn_data::<Arc<Deadline>>() {
        deadline.touch();
    }
    if let Some(OverCap(table)) = req.conn_data::<OverCap>() {
        let h = req.headers();
        if h.contains_key("x-forwarded-for") || h.contains_key(header::FORWARDED) {
            table.warn_untrusted_proxy();
        }
        let (req, _) = req.into_parts();
        let mut res = super::fallback::refusal(
            &req,
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-connections",
            crate::locale::fr::errors::TOO_MANY_CONNECTIONS,
        );
        let h = res.headers_mut();
        h.insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
        h.insert(
            header::CONNECTION,
            header::HeaderValue::from_static("close"),
        );
        return Ok(ServiceResponse::new(req, res));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(a: Admission) -> bool {
        matches!(a, Admission::Counted(_))
    }

    #[test]
    fn a_client_past_its_cap_is_refused_until_one_of_its_connections_closes() {
        let t = PerClient::new(2, vec!["10.0.0.1".parse::<IpAddr>().unwrap().into()]);
        let me: IpAddr = "192.0.2.1".parse().unwrap();
        let a = t.take(me);
        let b = t.take(me);
        assert!(
            counted(t.take("192.0.2.2".parse().unwrap())),
            "others unaffected"
        );
        assert!(matches!(a, Admission::Counted(_)) && matches!(b, Admission::Counted(_)));
        let refused: Vec<Admission> = (0..6).map(|_| t.take(me)).collect();
        assert!(
            refused.iter().all(|r| matches!(r, Admission::Refused(_))),
            "over the cap: answered with a refusal, up to four times the cap"
        );
        assert!(matches!(t.take(me), Admission::Shut), "then shut");
        drop(refused);
        drop(a);
        assert!(counted(t.take(me)), "a closed connection frees its slot");
        for _ in 0..10 {
            assert!(
                matches!(t.take("10.0.0.1".parse().unwrap()), Admission::Exempt),
                "a trusted proxy is never capped"
            );
        }
    }

    #[test]
    fn a_deadline_runs_from_the_last_request_start() {
        let d = Deadline::new(Duration::from_secs(10));
        let first = d.due();
        std::thread::sleep(Duration::from_millis(20));
        d.touch();
        assert!(d.due() > first, "a new request pushes the deadline back");
    }
}
