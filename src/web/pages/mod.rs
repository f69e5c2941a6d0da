//! HTML pages (maud), French first, English under /en. They call the same
//! search as the API and render its outcome; no ranking here.

mod cards;
mod choose;
mod errors;
mod languages;
mod layout;
mod record;
mod widget;

pub use layout::content_version;
mod print;
mod results;
mod simple;
mod sitemap;
pub mod supports;

use super::state::AppState;
use crate::locale::Lang;
use actix_web::{web, HttpResponse};

pub use errors::{error_page, not_found};
pub use layout::{lang_of, national_blocks, noindex_page};
pub use supports::Numbers;

pub fn configure(cfg: &mut web::ServiceConfig, _state: &AppState) {
    for lang in [Lang::Fr, Lang::En] {
        let p = lang.ui().prefix;
        let home = if p.is_empty() {
            "/".to_string()
        } else {
            format!("{p}/")
        };
        cfg.route(&home, web::get().to(move |r, s| results::home(r, s, lang)))
            .route(
                &format!("{p}/recherche"),
                web::get().to(move |r, s| results::search(r, s, lang)),
            )
            .route(
                &format!("{p}/commune/{{insee}}"),
                web::get().to(move |r, s, path| results::commune(r, s, path, lang)),
            )
            .route(
                &format!("{p}/ressource/{{id}}"),
                web::get().to(move |r, s, path| record::resource(r, s, path, lang)),
            )
            .route(
                &format!("{p}/securite"),
                web::get().to(move |r, s| simple::safety(r, s, lang)),
            )
            .route(
                &format!("{p}/temoin"),
                web::get().to(move |r, s| simple::witness(r, s, lang)),
            )
            .route(
                &format!("{p}/a-propos"),
                web::get().to(move |r, s| simple::about(r, s, lang)),
            )
            .route(
                &format!("{p}/integrer"),
                web::get().to(move |r, s| simple::embed(r, s, lang)),
            )
            .route(
                &format!("{p}/affiche"),
                web::get().to(move |r, s| print::poster_index(r, s, lang)),
            )
            .route(
                &format!("{p}/affiche/{{insee}}"),
                web::get().to(move |r, s, path| print::poster(r, s, path, lang)),
            )
            .route(
                &format!("{p}/affiche/{{insee}}/bandeau.svg"),
                web::get().to(move |r, s, path| print::strip_file(r, s, path, lang)),
            )
            .route(
                &format!("{p}/commerces"),
                web::get().to(move |r, s| simple::shops(r, s, lang)),
            )
            .route(
                &format!("{p}/widget"),
                web::get().to(move |r, s| widget::widget(r, s, lang)),
            )
            .route(
                &format!("{p}/departement/{{code}}"),
                web::get().to(move |r, s, path| print::departement(r, s, path, lang)),
            );
    }
    for e in crate::locale::essentials::ALL {
        let code = e.code;
        cfg.route(
            &format!("/{code}/"),
            web::get().to(move |r, s| languages::essentials_page(r, s, code)),
        );
    }
    cfg.route(
        "/en",
        web::get().to(|| async {
            HttpResponse::MovedPermanently()
                .insert_header(("Location", "/en/"))
                .finish()
        }),
    )
    .route(
        "/affiche-multilingue",
        web::get().to(languages::multilingual_poster),
    )
    .route("/static/{name}", web::get().to(layout::static_file))
    .route("/favicon.ico", web::get().to(layout::favicon))
    .route("/robots.txt", web::get().to(sitemap::robots))
    .route("/sitemap.xml", web::get().to(sitemap::index))
    .route("/sitemap/{n}", web::get().to(sitemap::part));
}
