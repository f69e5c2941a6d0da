//! Request limits: URL and header sizes (414, 431) before routing; content
//! negotiation (406) and a per-client rate limit (429) wrapped on the API's
//! scope and on the report form's POST. Client
//! addresses live only in memory, for the rate limit, and are never logged.

use super::problem::Problem;
use crate::locale::fr::errors;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

pub const MAX_URI: usize = 2048;
pub const MAX_HEADERS: usize = 8192;

/// Token bucket per client address, in shards: a clean-up scans one shard
/// under its own lock, never the whole map under one.
pub struct RateLimiter {
    per_sec: f64,
    burst: f64,
    shards: Vec<Mutex<HashMap<IpAddr, (f64, Instant)>>>,
}

const SHARDS: usize = 64;
/// Entries per shard before idle buckets are dropped.
const SHARD_CAP: usize = 4_096;

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        let per_sec = f64::from(per_minute.max(1)) / 60.0;
        Self {
            per_sec,
            burst: (per_sec * 10.0).max(10.0),
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
        }
    }

    /// None when allowed; Some(seconds to wait) when not.
    pub fn check(&self, ip: IpAddr) -> Option<u64> {
        use std::hash::{BuildHasher, RandomState};
        static SEED: std::sync::OnceLock<RandomState> = std::sync::OnceLock::new();
        let shard = SEED.get_or_init(RandomState::new).hash_one(ip) as usize % SHARDS;
        let now = Instant::now();
        let mut map = self.shards[shard].lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > SHARD_CAP {
            let (per_sec, burst) = (self.per_sec, self.burst);
            map.retain(|_, (t, at)| *t + now.duration_since(*at).as_secs_f64() * per_sec < burst);
        }
        let (tokens, at) = map.entry(ip).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * self.per_sec).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            None
        } else {
            Some(((1.0 - *tokens) / self.per_sec).ceil() as u64)
        }
    }
}

/// Refusals before routing come in the format of the part of the site the
/// path names ([`super::fallback::is_api`]), with CORS on the API.
pub(super) fn refuse(
    req: &ServiceRequest,
    status: StatusCode,
    slug: &str,
    detail: &str,
) -> HttpResponse {
    if super::fallback::is_api(req.request()) {
        with_cors(Problem::new(status, slug, detail).response())
    } else {
        super::fallback::refusal(req.request(), status, slug, detail)
    }
}

/// Refusals come before the API's CORS layer: say the same thing it would, so
/// a partner's script can read the problem and its Retry-After.
fn with_cors(mut r: HttpResponse) -> HttpResponse {
    let h = r.headers_mut();
    h.insert(
        actix_web::http::header::ACCESS_CONTROL_ALLOW_ORIGIN,
        actix_web::http::header::HeaderValue::from_static("*"),
    );
    h.insert(
        actix_web::http::header::ACCESS_CONTROL_EXPOSE_HEADERS,
        actix_web::http::header::HeaderValue::from_static("Retry-After"),
    );
    r
}

/// Whether the client takes JSON: media types compare case-insensitively, and
/// one listed with `q=0` is refused, not accepted (RFC 9110 §12.5.1).
fn accepts_json(req: &ServiceRequest) -> bool {
    use actix_web::http::header::{Accept, Header};
    let Ok(accept) = Accept::parse(req) else {
        return false;
    };
    if accept.is_empty() {
        return true;
    }
    accept.iter().any(|item| {
        let m = &item.item;
        let json = m.type_() == actix_web::mime::STAR
            || m.type_() == actix_web::mime::APPLICATION
                && (m.subtype() == actix_web::mime::STAR
                    || m.subtype() == actix_web::mime::JSON
                    || m.suffix() == Some(actix_web::mime::JSON));
        json && item.quality > actix_web::http::header::Quality::ZERO
    })
}

/// URL and header sizes, on every request before routing (414, 431).
pub async fn sizes(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let uri_len = req.uri().to_string().len();
    let header_len: usize = req
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len() + 4)
        .sum();
    let refusal = if uri_len > MAX_URI {
        Some(refuse(
            &req,
            StatusCode::URI_TOO_LONG,
            "uri-too-long",
            errors::URI_TOO_LONG,
        ))
    } else if header_len > MAX_HEADERS {
        Some(refuse(
            &req,
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "headers-too-large",
            errors::HEADERS_TOO_LARGE,
        ))
    } else {
        None
    };
    match refusal {
        Some(r) => Ok(req.into_response(r).map_into_right_body()),
        None => Ok(next.call(req).await?.map_into_left_body()),
    }
}

/// Seconds to wait when this client's bucket is empty.
fn over_rate(req: &ServiceRequest) -> Option<u64> {
    let limiter = req.app_data::<actix_web::web::Data<RateLimiter>>()?;
    let ip = client_key(client_of(req, req.peer_addr()?.ip()));
    limiter.check(ip)
}

fn too_many(r: HttpResponse, wait: u64) -> HttpResponse {
    let mut r = r;
    if let Ok(v) = actix_web::http::header::HeaderValue::from_str(&wait.to_string()) {
        r.headers_mut()
            .insert(actix_web::http::header::RETRY_AFTER, v);
    }
    r
}

/// Wrapped on the `/api` scope: content negotiation (406) and the
/// per-client rate limit (429), answered as problems a partner can read.
pub async fn api_guard(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let preflight = req.method() == actix_web::http::Method::OPTIONS;
    let refusal = if !preflight && !accepts_json(&req) {
        Some(with_cors(
            Problem::new(
                StatusCode::NOT_ACCEPTABLE,
                "not-acceptable",
                errors::NOT_ACCEPTABLE,
            )
            .response(),
        ))
    } else {
        over_rate(&req).map(|wait| {
            too_many(
                with_cors(
                    Problem::new(
                        StatusCode::TOO_MANY_REQUESTS,
                        "rate-limited",
                        errors::RATE_LIMITED,
                    )
                    .response(),
                ),
                wait,
            )
        })
    };
    if let Some(r) = refusal {
        return Ok(req.into_response(r).map_into_right_body());
    }
    let res = next.call(req).await?;
    if preflight && res.status() == StatusCode::BAD_REQUEST {
        // The CORS layer refuses a preflight in plain text: answer in the
        // API's own format, readable from any origin.
        let (req, _) = res.into_parts();
        let problem = with_cors(
            Problem::new(
                StatusCode::BAD_REQUEST,
                "preflight-refused",
                errors::PREFLIGHT_REFUSED,
            )
            .response(),
        );
        return Ok(ServiceResponse::new(req, problem).map_into_right_body());
    }
    Ok(res.map_into_left_body())
}

/// Wrapped on the report form's scope: its POST shares the API's bucket.
pub async fn report_posts(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if req.method() == actix_web::http::Method::POST {
        if let Some(wait) = over_rate(&req) {
            let page = super::pages::error_page(req.request(), StatusCode::TOO_MANY_REQUESTS);
            return Ok(req
                .into_response(too_many(page, wait))
                .map_into_right_body());
        }
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// The client behind the peer, when the peer is a trusted proxy.
fn client_of(req: &ServiceRequest, peer: IpAddr) -> IpAddr {
    let trusted = req
        .app_data::<actix_web::web::Data<super::state::AppState>>()
        .map(|s| s.config.trusted_proxies.as_slice())
        .unwrap_or(&[]);
    behind(req.headers(), peer, trusted)
}

/// Every forwarding value counts, readable or not: dropping an unreadable
/// X-Forwarded-For would let the client's own `Forwarded` speak instead.
/// Unreadable bytes become U+FFFD, so that hop cannot parse as an address.
pub(super) fn behind(
    headers: &actix_web::http::header::HeaderMap,
    peer: IpAddr,
    trusted: &[ipnet::IpNet],
) -> IpAddr {
    if trusted.is_empty() {
        return peer;
    }
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .collect()
    };
    let (xff, fwd) = (values("x-forwarded-for"), values("forwarded"));
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    super::client_address::client_ip(peer, trusted, &refs(&xff), &refs(&fwd))
}

/// The rate-limit key of an address: an IPv6 client controls a whole /64, so
/// the /64 is one client.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

/// HEAD is answered wherever GET is: the request is routed as GET and the
/// HTTP layer, which saw a HEAD, sends the headers without the body.
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv6_client_is_its_slash_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(c));
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(client_key(v4), v4);
        assert_eq!(client_key("::ffff:192.0.2.7".parse().unwrap()), v4);
    }

    fn behind_proxy(headers: &[(&'static str, &[u8])]) -> IpAddr {
        use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_bytes(value).unwrap(),
            );
        }
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        behind(&map, proxy, &[ipnet::IpNet::from(proxy)])
    }

    #[test]
    fn an_unreadable_forwarded_for_never_lets_the_client_choose_its_address() {
        // nginx appends the address it saw to whatever the client sent.
        let ip = behind_proxy(&[
            ("x-forwarded-for", b"\xff, 203.0.113.5"),
            ("forwarded", b"for=198.51.100.77"),
        ]);
        assert_eq!(ip, "203.0.113.5".parse::<IpAddr>().unwrap());
        // Wholly unreadable: the proxy itself, never the client's Forwarded.
        let ip = behind_proxy(&[
            ("x-forwarded-for", b"\xff"),
            ("forwarded", b"for=198.51.100.77"),
        ]);
        assert_eq!(ip, "10.0.0.1".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn the_bucket_refuses_past_the_burst_and_says_when_to_retry() {
        let l = RateLimiter::new(60);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let allowed = (0..30).filter(|_| l.check(ip).is_none()).count();
        assert_eq!(allowed, 10);
        assert!(l.check(ip).unwrap() >= 1);
        assert!(
            l.check("192.0.2.2".parse().unwrap()).is_none(),
            "other clients are not affected"
        );
    }
}
