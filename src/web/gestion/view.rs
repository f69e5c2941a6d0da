//! The frame of every back-office page: the site's own layout (quick exit
//! first), in French, out of search engines.

use crate::locale::{gestion as t, Lang};
use crate::web::state::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup};

/// A back-office page in the site's frame, kept out of search engines.
pub fn page(req: &HttpRequest, status: StatusCode, title: &str, body: Markup) -> HttpResponse {
    let ui = Lang::Fr.ui();
    match req.app_data::<web::Data<AppState>>() {
        Some(state) => crate::web::pages::noindex_page(req, state, ui, status, title, body),
        None => crate::web::pages::error_page(req, status),
    }
}

/// A page that says one thing (a refusal, a failure), with the way back.
pub fn message(req: &HttpRequest, status: StatusCode, text: &str) -> HttpResponse {
    page(
        req,
        status,
        t::TITLE,
        html! {
            h1 { (t::TITLE) }
            p.error role="alert" { (text) }
            p { a href="/gestion" { (t::TITLE) } }
        },
    )
}
