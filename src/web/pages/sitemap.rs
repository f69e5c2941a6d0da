//! `robots.txt` and `sitemap.xml`: a person in danger often starts from a
//! search engine, so the pages they land on are listed; searches and the API
//! are not. Sitemaps need absolute addresses: only with `--public-url`.

use super::super::cache::{Cached, Sitemaps};
use super::super::state::AppState;
use super::errors::{Page, PageError};
use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use std::sync::Arc;

/// Under the protocol's limit of 50,000 addresses a file.
/// Small enough that a file gzips to a few tens of kilobytes.
const PER_FILE: usize = 10_000;

pub async fn robots(state: web::Data<AppState>) -> HttpResponse {
    let mut body = String::from("User-agent: *\nDisallow: /api/\n");
    for lang in crate::locale::Lang::ALL {
        for p in ["/recherche", "/widget", "/affiche"] {
            body.push_str(&format!("Disallow: {}{p}\n", lang.prefix()));
        }
    }
    if let Some(base) = &state.config.public_url {
        body.push_str(&format!("Sitemap: {base}/sitemap.xml\n"));
    }
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(body)
}

/// Every indexable path, in a stable order.
fn paths(state: &AppState) -> Vec<String> {
    let engine = state.engine.load();
    // The pages a person starts from, in every language; the directory
    // pages below in French, as their data is.
    let mut out: Vec<String> = crate::locale::Lang::ALL
        .iter()
        .flat_map(|l| {
            ["/", "/temoin", "/vos-droits", "/commerces", "/securite"]
                .map(|p| format!("{}{p}", l.prefix()))
        })
        .chain(["/a-propos".to_string(), "/integrer".to_string()])
        .collect();
    out.extend(
        engine
            .cat
            .departements
            .keys()
            .map(|d| format!("/departement/{d}")),
    );
    out.extend(
        engine
            .cat
            .communes
            .iter()
            .map(|c| format!("/commune/{}", c.insee)),
    );
    out.extend(
        engine
            .cat
            .resources
            .iter()
            .map(|r| format!("/ressource/{}", r.id)),
    );
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn build(state: &AppState, base: &str) -> Sitemaps {
    let all = paths(state);
    let base_x = escape(base);
    let files: Vec<Cached> = all
        .chunks(PER_FILE)
        .map(|chunk| {
            let mut body = String::with_capacity(chunk.len() * 80);
            body.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for p in chunk {
                body.push_str(&format!("<url><loc>{base_x}{}</loc></url>\n", escape(p)));
            }
            body.push_str("</urlset>\n");
            Cached::new(Bytes::from(body))
        })
        .collect();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=files.len() {
        index.push_str(&format!(
            "<sitemap><loc>{base_x}/sitemap/{n}.xml</loc></sitemap>\n"
        ));
    }
    index.push_str("</sitemapindex>\n");
    Sitemaps {
        generation: state.engine.load().generation.clone(),
        base: base.to_string(),
        index: Cached::new(Bytes::from(index)),
        files,
    }
}

/// The live generation's sitemaps, built on first use after a swap.
fn current(state: &AppState, base: &str) -> Arc<Sitemaps> {
    let generation = state.engine.load().generation.clone();
    let mut slot = state.sitemaps.lock().unwrap_or_else(|e| e.into_inner());
    match &*slot {
        Some(s) if s.generation == generation && s.base == base => s.clone(),
        _ => {
            let s = Arc::new(build(state, base));
            *slot = Some(s.clone());
            s
        }
    }
}

fn xml(req: &HttpRequest, body: &Cached) -> HttpResponse {
    let mut res = body.respond(req, "application/xml; charset=utf-8");
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("public, max-age=86400"),
    );
    res
}

/// The index of the sitemap files.
pub async fn index(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let Some(base) = &state.config.public_url else {
        return Ok(super::errors::error_page_404());
    };
    let maps = current(state, base);
    Ok(xml(req, &maps.index))
}

/// One file of addresses: `/sitemap/1.xml`, `/sitemap/2.xml`…
pub async fn part(page: Page, n: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let (Some(base), Some(n)) = (
        &state.config.public_url,
        n.strip_suffix(".xml")
            .filter(|n| n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n >= 1),
    ) else {
        return Ok(super::errors::error_page_404());
    };
    let maps = current(state, base);
    match maps.files.get(n - 1) {
        Some(file) => Ok(xml(req, file)),
        None => Ok(super::errors::error_page_404()),
    }
}
