//! Who the client is, for the rate limit only (never logged): the peer
//! address, or, when the peer is a configured trusted proxy, the right-most
//! address in `X-Forwarded-For` (or `Forwarded`) that no trusted proxy added.
//! Anyone can write those headers, so from any other peer they are ignored.

use ipnet::IpNet;
use std::net::IpAddr;

/// Parses `--trusted-proxy` values: a CIDR ("10.0.0.0/8") or one address.
pub fn parse_trusted(s: &str) -> Option<IpNet> {
    let s = s.trim();
    s.parse::<IpNet>()
        .ok()
        .or_else(|| s.parse::<IpAddr>().ok().map(IpNet::from))
}

/// One hop of a forwarding header: an address, maybe quoted, bracketed or
/// with a port ("203.0.113.9", "[2001:db8::1]:443", "\"203.0.113.9:80\"").
fn hop(s: &str) -> Option<IpAddr> {
    let s = s.trim().trim_matches('"');
    if let Ok(ip) = s.parse() {
        return Some(ip);
    }
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    let (host, port) = s.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse().ok()
}

/// The `for=` hops of a `Forwarded` header (RFC 7239), left to right.
fn forwarded_for(v: &str) -> Vec<Option<IpAddr>> {
    v.split(',')
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (k, val) = pair.split_once('=')?;
                k.trim().eq_ignore_ascii_case("for").then(|| hop(val))
            })
        })
        .collect()
}

/// The client address: walks the hops right to left, skipping trusted
/// proxies; an unreadable hop stops the walk at the last trusted one.
pub fn client_ip(
    peer: IpAddr,
    trusted: &[IpNet],
    x_forwarded_for: &[&str],
    forwarded: &[&str],
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<Option<IpAddr>> = if !x_forwarded_for.is_empty() {
        x_forwarded_for
            .iter()
            .flat_map(|v| v.split(','))
            .map(hop)
            .collect()
    } else {
        forwarded.iter().flat_map(|v| forwarded_for(v)).collect()
    };
    let mut client = peer;
    for h in hops.iter().rev() {
        match h {
            Some(ip) if is_trusted(ip) => client = *ip,
            Some(ip) => return *ip,
            None => return client,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_headers_count_only_from_a_trusted_proxy() {
        let nets = [parse_trusted("127.0.0.1/32").unwrap()];
        let from = |peer, xff: &[&str]| client_ip(ip(peer), &nets, xff, &[]);
        assert_eq!(from("127.0.0.1", &["203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(from("198.51.100.7", &["203.0.113.9"]), ip("198.51.100.7"));
        // A client's own forged hop sits left of the one nginx appends.
        assert_eq!(
            from("127.0.0.1", &["6.6.6.6, 203.0.113.9"]),
            ip("203.0.113.9")
        );
        assert_eq!(
            from("127.0.0.1", &["6.6.6.6", "203.0.113.9"]),
            ip("203.0.113.9")
        );
        assert_eq!(from("127.0.0.1", &[]), ip("127.0.0.1"));
        assert_eq!(from("127.0.0.1", &["garbage"]), ip("127.0.0.1"));
    }

    #[test]
    fn chains_of_trusted_proxies_are_skipped() {
        let nets = [
            parse_trusted("127.0.0.1").unwrap(),
            parse_trusted("10.0.0.0/8").unwrap(),
        ];
        let got = client_ip(ip("127.0.0.1"), &nets, &["203.0.113.9, 10.1.2.3"], &[]);
        assert_eq!(got, ip("203.0.113.9"));
        let got = client_ip(
            ip("127.0.0.1"),
            &nets,
            &[],
            &["for=192.0.2.60;proto=http, for=\"[2001:db8::1]:4711\""],
        );
        assert_eq!(got, ip("2001:db8::1"));
    }

    proptest! {
        #[test]
        fn an_untrusted_peer_is_always_its_own_address(a: u32, xff in ".{0,80}", fwd in ".{0,80}") {
            let peer = IpAddr::V4(std::net::Ipv4Addr::from(a));
            let nets = [parse_trusted("127.0.0.0/8").unwrap()];
            prop_assume!(!nets[0].contains(&peer));
            prop_assert_eq!(client_ip(peer, &nets, &[&xff], &[&fwd]), peer);
        }

        #[test]
        /// Whatever the headers hold, the answer is the peer or an address
        /// written in the header that counts (X-Forwarded-For before Forwarded).
        #[test]
        fn any_header_gives_the_peer_or_one_of_its_hops(xff in ".{0,120}", fwd in ".{0,120}") {
            let nets = [parse_trusted("127.0.0.1/32").unwrap()];
            let peer = ip("127.0.0.1");
            let got = client_ip(peer, &nets, &[&xff], &[&fwd]);
            prop_assert!(got == peer || xff.split(',').filter_map(hop).any(|h| h == got), "{got}");
            let got = client_ip(peer, &nets, &[], &[&fwd]);
            prop_assert!(got == peer || forwarded_for(&fwd).contains(&Some(got)), "{got}");
        }
    }
}
