//! `robots.txt` and `sitemap.xml`: a person in danger often starts from a
//! search engine, so the pages they land on are listed; searches and the API
//! are not. Sitemaps need absolute addresses: only with `--public-url`.

use super::super::state::AppState;
use actix_web::{web, HttpResponse};

/// Under the protocol's limit of 50,000 addresses a file.
const PER_FILE: usize = 40_000;

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
            ["/", "/temoin", "/commerces", "/securite"].map(|p| format!("{}{p}", l.prefix()))
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

fn xml(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/xml; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(body)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The index of the sitemap files.
pub async fn index(state: web::Data<AppState>) -> HttpResponse {
    let Some(base) = &state.config.public_url else {
        return super::errors::error_page_404();
    };
    let files = paths(&state).len().div_ceil(PER_FILE);
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=files {
        body.push_str(&format!(
            "<sitemap><loc>{}/sitemap/{n}.xml</loc></sitemap>\n",
            escape(base)
        ));
    }
    body.push_str("</sitemapindex>\n");
    xml(body)
}

/// One file of addresses: `/sitemap/1.xml`, `/sitemap/2.xml`…
pub async fn part(state: web::Data<AppState>, n: web::Path<String>) -> HttpResponse {
    let (Some(base), Some(n)) = (
        &state.config.public_url,
        n.strip_suffix(".xml")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n >= 1),
    ) else {
        return super::errors::error_page_404();
    };
    let all = paths(&state);
    let chunk: Vec<&String> = all.iter().skip((n - 1) * PER_FILE).take(PER_FILE).collect();
    if chunk.is_empty() {
        return super::errors::error_page_404();
    }
    let mut body = String::with_capacity(chunk.len() * 80);
    body.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in chunk {
        body.push_str(&format!(
            "<url><loc>{}{}</loc></url>\n",
            escape(base),
            escape(p)
        ));
    }
    body.push_str("</urlset>\n");
    xml(body)
}
