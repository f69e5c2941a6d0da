//! Answers for requests no handler took, or that a guard refused: the one
//! place that chooses between a problem document (API) and an HTML page.

use super::pages;
use super::problem::Problem;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};

pub fn is_api(req: &HttpRequest) -> bool {
    req.path().starts_with("/api/")
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

/// The methods a path answers, for `Allow`: the report endpoints take POST.
fn allowed(path: &str) -> &'static str {
    if path.starts_with("/api/v1/resources/") && path.ends_with("/reports") {
        "POST, OPTIONS"
    } else if path.starts_with("/api/") {
        "GET, HEAD, OPTIONS"
    } else if (path.starts_with("/signaler/") || path.starts_with("/en/signaler/"))
        && !path.ends_with("/merci")
    {
        "GET, HEAD, POST"
    } else {
        "GET, HEAD"
    }
}

pub async fn not_found(req: HttpRequest) -> HttpResponse {
    use crate::locale::fr::errors;
    let allow = allowed(req.path());
    let get = req.method() == actix_web::http::Method::GET
        || req.method() == actix_web::http::Method::HEAD;
    // No route took the request: another method, or a POST-only path.
    if !get || allow.starts_with("POST") {
        if is_api(&req) {
            return HttpResponse::MethodNotAllowed()
                .insert_header(("Allow", allow))
                .content_type("application/problem+json")
                .json(Problem::new(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "method-not-allowed",
                    errors::METHOD,
                ));
        }
        let mut page = pages::error_page(&req, StatusCode::METHOD_NOT_ALLOWED);
        page.headers_mut().insert(
            actix_web::http::header::ALLOW,
            actix_web::http::header::HeaderValue::from_static(allow),
        );
        return page;
    }
    if is_api(&req) {
        Problem::not_found(errors::NOT_FOUND).response()
    } else {
        pages::error_page(&req, StatusCode::NOT_FOUND)
    }
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
