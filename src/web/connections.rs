//! Connections per client. A client that opens sockets and leaves them idle
//! or half-sent ties up the server's connection slots until its timeouts fire;
//! past `cap` open connections from one address (an IPv6 /64), a new one is
//! shut at once. Trusted proxies carry everyone's traffic and are exempt.
//! Addresses live only in this table, never in a log.

use super::limits::client_key;
use actix_web::dev::Extensions;
use ipnet::IpNet;
use std::any::Any;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

pub struct PerClient {
    cap: usize,
    exempt: Vec<IpNet>,
    open: Mutex<HashMap<IpAddr, usize>>,
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

impl PerClient {
    pub fn new(cap: usize, exempt: Vec<IpNet>) -> Arc<Self> {
        Arc::new(Self {
            cap: cap.max(1),
            exempt,
            open: Mutex::default(),
        })
    }

    /// Takes a slot for the client, or None when it holds `cap` already.
    fn take(self: &Arc<Self>, peer: IpAddr) -> Option<Option<Slot>> {
        if self.exempt.iter().any(|n| n.contains(&peer)) {
            return Some(None);
        }
        let client = client_key(peer);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(client).or_insert(0);
        if *n >= self.cap {
            return None;
        }
        *n += 1;
        Some(Some(Slot {
            table: self.clone(),
            client,
        }))
    }

    /// For `HttpServer::on_connect`: counts the connection, or shuts it.
    pub fn on_connect(self: &Arc<Self>, conn: &dyn Any, ext: &mut Extensions) {
        let Some(stream) = conn.downcast_ref::<actix_web::rt::net::TcpStream>() else {
            return;
        };
        let Ok(peer) = stream.peer_addr() else {
            return;
        };
        match self.take(peer.ip()) {
            Some(Some(slot)) => {
                ext.insert(slot);
            }
            Some(None) => {}
            None => {
                tracing::debug!("a client over its connection cap was shut");
                let _ = socket2::SockRef::from(stream).shutdown(std::net::Shutdown::Both);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_past_its_cap_is_refused_until_one_of_its_connections_closes() {
        let t = PerClient::new(2, vec!["10.0.0.1".parse::<IpAddr>().unwrap().into()]);
        let me: IpAddr = "192.0.2.1".parse().unwrap();
        let a = t.take(me).flatten();
        let b = t.take(me).flatten();
        assert!(a.is_some() && b.is_some());
        assert!(t.take(me).is_none(), "third connection refused");
        assert!(
            t.take("192.0.2.2".parse().unwrap()).is_some(),
            "others unaffected"
        );
        drop(a);
        assert!(t.take(me).is_some(), "a closed connection frees its slot");
        for _ in 0..10 {
            assert!(
                t.take("10.0.0.1".parse().unwrap()).is_some(),
                "a trusted proxy is never capped"
            );
        }
    }
}
