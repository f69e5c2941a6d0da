//! Headers every response carries, and the only access log: method, route
//! pattern, status, latency. Never the query string, the path values or the
//! client address.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::Error;

pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    form-action 'self'; base-uri 'none'; frame-ancestors 'none'; frame-src 'self'; connect-src 'self'";
/// The widget alone may be framed, by any site, and by a page a partner
/// saved on disk to try the snippet (`*` leaves out `file:`).
pub const CSP_WIDGET: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    form-action 'self'; base-uri 'none'; frame-ancestors * file:; connect-src 'self'";

const FIXED: [(&str, &str); 6] = [
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "cross-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    ),
    ("strict-transport-security", "max-age=63072000"),
];

/// Search engines may list the pages a person starts from (home, communes,
/// départements, records), never free-text searches, the API or errors.
fn keep_out_of_index(path: &str, status: u16) -> bool {
    let (_, below) = crate::locale::Lang::split_path(path);
    status >= 300
        || path.starts_with("/api")
        || path.starts_with("/static")
        || ["/recherche", "/widget", "/affiche", "/signaler"]
            .iter()
            .any(|p| below.starts_with(p))
}

/// Sets the security headers on every response, errors included. Only the
/// widget may be framed; a handler's own Cache-Control (static files) is kept.
pub async fn security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let widget = crate::locale::Lang::split_path(req.path()).1 == "/widget";
    let stopping = req
        .app_data::<actix_web::web::Data<super::state::AppState>>()
        .is_some_and(|s| s.stopping.load(std::sync::atomic::Ordering::SeqCst));
    let mut res = next.call(req).await?;
    // While draining, every answer closes its connection: no keep-alive
    // connection is left idle for the stop to cut under a client's next request.
    if stopping {
        res.response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    let noindex = keep_out_of_index(res.request().path(), res.status().as_u16());
    let h = res.headers_mut();
    if noindex {
        h.insert(
            HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex"),
        );
    }
    for (k, v) in FIXED {
        h.insert(HeaderName::from_static(k), HeaderValue::from_static(v));
    }
    h.insert(
        HeaderName::from_static("content-security-policy"),
        HeaderValue::from_static(if widget { CSP_WIDGET } else { CSP }),
    );
    if !widget {
        h.insert(
            HeaderName::from_static("x-frame-options"),
            HeaderValue::from_static("DENY"),
        );
    }
    if !h.contains_key("cache-control") {
        h.insert(
            HeaderName::from_static("cache-control"),
            HeaderValue::from_static("no-store"),
        );
    }
    Ok(res)
}

pub async fn access_log(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    use tracing::Instrument;
    let start = std::time::Instant::now();
    let method = req.method().clone();
    // What a handler logs carries the method, never the path (it can hold a
    // commune) nor the query; the access line below adds the route pattern.
    let span = tracing::info_span!("request", method = %method);
    let res = next.call(req).instrument(span).await?;
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".into());
    // A report's arrival time would match its row: no line for it (the log's
    // own timestamp is to the microsecond); a failure is still logged.
    if method == actix_web::http::Method::POST && res.status().as_u16() < 500 {
        return Ok(res);
    }
    // Nor for the thank-you page a browser fetches right after a report.
    if route.ends_with("/signaler/merci") && res.status().as_u16() < 500 {
        return Ok(res);
    }
    tracing::info!(
        target: "access",
        method = %method,
        route = %route,
        status = res.status().as_u16(),
        micros = start.elapsed().as_micros() as u64,
    );
    Ok(res)
}
