//! Answers for requests no handler took, or that a guard refused: the one
//! place that chooses between a problem document (API) and an HTML page.

use super::pages;
use super::problem::Problem;
use actix_web::body::{BodySize, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse};

/// Whether the request names the API, judged on the path as the router
/// reads it (percent-decoded), so `/%61pi/…` is the API here as there.
pub fn is_api(req: &HttpRequest) -> bool {
    let path = req.match_info().as_str();
    path == "/api" || path.starts_with("/api/")
}

pub fn query_error(req: &HttpRequest) -> actix_web::Error {
    if is_api(req) {
        Problem::from(super::params::ParamError::QueryString).into()
    } else {
        actix_web::error::InternalError::from_response(
            "bad query",
            pages::error_page(req, StatusCode::BAD_REQUEST),
        )
        .into()
    }
}

/// No route took the request.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    if is_api(&req) {
        Problem::not_found(crate::locale::fr::errors::NOT_FOUND).response()
    } else {
        pages::error_page(&req, StatusCode::NOT_FOUND)
    }
}

/// The router answers a method a route does not take with a bare 405 and
/// its `Allow`: the person (or the partner's script) gets it explained, in
/// the format of that part of the site, with `Allow` kept (HEAD is served
/// wherever GET is).
pub async fn explain_refusals(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let res = next.call(req).await?;
    let bare = matches!(
        res.response().body().size(),
        BodySize::None | BodySize::Sized(0)
    );
    if res.status() != StatusCode::METHOD_NOT_ALLOWED || !bare {
        return Ok(res.map_into_left_body());
    }
    let allow = res
        .headers()
        .get(header::ALLOW)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mut methods: Vec<&str> = allow
        .split(',')
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .collect();
    if methods.contains(&"GET") && !methods.contains(&"HEAD") {
        methods.insert(
            methods.iter().position(|m| *m == "GET").unwrap_or(0) + 1,
            "HEAD",
        );
    }
    let (req, _) = res.into_parts();
    let mut answer = if is_api(&req) {
        methods.push("OPTIONS");
        Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
            crate::locale::fr::errors::METHOD,
        )
        .response()
    } else {
        pages::error_page(&req, StatusCode::METHOD_NOT_ALLOWED)
    };
    if let Ok(v) = header::HeaderValue::from_str(&methods.join(", ")) {
        answer.headers_mut().insert(header::ALLOW, v);
    }
    Ok(ServiceResponse::new(req, answer).map_into_right_body())
}

/// A refusal by the request guards (size, rate): a problem document for
/// the API, an HTML page in the visitor's language elsewhere.
pub fn refusal(req: &HttpRequest, status: StatusCode, slug: &str, detail: &str) -> HttpResponse {
    if is_api(req) {
        Problem::new(status, slug, detail).response()
    } else {
        pages::error_page(req, status)
    }
}
