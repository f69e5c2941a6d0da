//! HTML pages (maud), French at the root, each other language under its code. They call the same
//! search as the API and render its outcome; no ranking here.

mod cards;
mod choose;
mod easy_read;
mod errors;
mod languages;
mod layout;
mod record;
mod widget;

pub use layout::content_version;
mod articles;
mod print;
mod results;
pub(super) mod rights;
pub mod shop_prints;
mod sitemap;
mod text;

use actix_web::{web, HttpResponse};

pub use errors::{error_page, not_found, param_error};
pub use layout::{lang_of, national_blocks, noindex_page};
pub use shop_prints::Numbers;

/// The pages outside any language prefix: easy-read French, the
/// multilingual poster, static files and the sitemap.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/facile").get(easy_read::to_home))
        .service(web::resource("/facile/").get(easy_read::home))
        .service(web::resource("/facile/recherche").get(easy_read::search))
        .service(web::resource("/facile/commune/{insee}").get(easy_read::commune))
        .service(web::resource("/facile/temoin").get(easy_read::witness))
        .service(web::resource("/facile/vos-droits").get(rights::easy_rights));
    cfg.service(web::resource("/affiche-multilingue").get(languages::multilingual_poster))
        .service(web::resource("/static/{name}").get(layout::static_file))
        .service(web::resource("/favicon.ico").get(layout::favicon))
        .service(web::resource("/robots.txt").get(sitemap::robots))
        .service(web::resource("/sitemap.xml").get(sitemap::index))
        .service(web::resource("/sitemap/{n}").get(sitemap::part));
}

/// The pages every language has, relative to its prefix.
pub fn localised(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/").get(results::home))
        .service(web::resource("/recherche").get(results::search))
        .service(web::resource("/commune/{insee}").get(results::commune))
        .service(web::resource("/ressource/{id}").get(record::resource))
        .service(web::resource("/securite").get(articles::safety))
        .service(web::resource("/temoin").get(articles::witness))
        .service(web::resource("/vos-droits").get(rights::rights))
        .service(web::resource("/a-propos").get(articles::about))
        .service(web::resource("/integrer").get(articles::embed))
        .service(web::resource("/affiche").get(print::poster_index))
        .service(web::resource("/affiche/{insee}").get(print::poster))
        .service(web::resource("/affiche/{insee}/bandeau.svg").get(print::strip_file))
        .service(web::resource("/commerces").get(articles::shops))
        .service(web::resource("/widget").get(widget::widget))
        .service(web::resource("/departement/{code}").get(print::departement));
}

/// `/en` → `/en/`, and so on for each language.
pub async fn to_language_home(lang: crate::locale::Lang) -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header(("Location", format!("{}/", lang.prefix())))
        .finish()
}
