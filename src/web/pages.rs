//! HTML pages (maud). Placeholder until the public site lands.

use super::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

pub fn configure(_cfg: &mut web::ServiceConfig, _state: &AppState) {}

pub fn error_page(_req: &HttpRequest, status: StatusCode, message: &str) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(format!(
            "<!doctype html><html lang=fr><meta charset=utf-8><title>Maillage</title><p>{}</p>",
            maud::html! { (message) }.into_string()
        ))
}
