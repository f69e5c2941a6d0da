//! The frame every page shares: quick exit first in tab order, skip link,
//! header, footer; and the static files, embedded at build time.

use super::super::state::AppState;
use crate::domain::model::ids;
use crate::locale::{Lang, Ui};
use crate::search::Engine;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup, DOCTYPE};
use std::borrow::Cow;

const CSS: &str = include_str!("../../../static/site.css");
const EXIT_JS: &str = include_str!("../../../static/exit.js");
const SEARCH_JS: &str = include_str!("../../../static/search.js");
/// Print layouts (poster, labels, strip, placemat), loaded only by those pages.
const PRINT_CSS: &str = include_str!("../../../static/print.css");

/// A short hash of a file's bytes (FNV-1a, 64 bits): the `?v=` of its URL,
/// so a changed file gets a new URL even though each is cached for a year.
pub fn content_version(bytes: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The versions of the embedded files, computed once at first use.
pub(super) fn versions() -> &'static [String; 4] {
    static V: std::sync::OnceLock<[String; 4]> = std::sync::OnceLock::new();
    V.get_or_init(|| [CSS, EXIT_JS, SEARCH_JS, PRINT_CSS].map(content_version))
}

const FAVICON: &[u8] = include_bytes!("../../../static/favicon.ico");

/// `/favicon.ico`: browsers ask for it on every site; a day of caching.
pub async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/x-icon")
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(FAVICON)
}

/// The embedded files and their gzip encodings, made once.
fn compressed() -> &'static [crate::web::cache::Cached; 4] {
    static C: std::sync::OnceLock<[crate::web::cache::Cached; 4]> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        [CSS, EXIT_JS, SEARCH_JS, PRINT_CSS]
            .map(|s| crate::web::cache::Cached::new(web::Bytes::from_static(s.as_bytes())))
    })
}

pub async fn static_file(req: HttpRequest, path: web::Path<String>) -> HttpResponse {
    let (i, ctype) = match path.as_str() {
        "site.css" => (0, "text/css; charset=utf-8"),
        "exit.js" => (1, "text/javascript; charset=utf-8"),
        "search.js" => (2, "text/javascript; charset=utf-8"),
        "print.css" => (3, "text/css; charset=utf-8"),
        _ => {
            return HttpResponse::NotFound()
                .content_type("text/plain; charset=utf-8")
                .body("introuvable")
        }
    };
    let mut r = compressed()[i].respond(&req, ctype);
    // Only the address that names this very content may be kept for a year.
    let current = web::Query::<Vec<(String, String)>>::from_query(req.query_string())
        .is_ok_and(|q| q.len() == 1 && q[0].0 == "v" && q[0].1 == versions()[i]);
    r.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static(if current {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=300"
        }),
    );
    r
}

pub struct Frame<'a> {
    pub title: String,
    pub ui: &'a Ui,
    /// The page's path below its language prefix (`/commune/01034`), when
    /// every language has it: the language menu links to each twin.
    pub alternate: Option<String>,
    pub search_js: bool,
    pub print_css: bool,
    /// In a frame, the exit must leave the whole window, with or without JS.
    pub widget: bool,
    /// What a search engine shows under the title; None keeps the page out
    /// of search engines.
    pub description: Option<std::borrow::Cow<'a, str>>,
    /// Parameters of the link that no page reads (a typo, an old link): said,
    /// rather than silently ignored.
    pub ignored: Vec<String>,
}

/// Every parameter some page reads; the API answers unknown ones with a 400.
const PAGE_PARAMS: [&str; 10] = [
    "lieu", "commune", "category", "audience", "open_now", "free", "tout", "depuis", "format",
    "fiche",
];

/// A parameter of the link that no page reads, named only when it looks like
/// a typo of one that does (`categry`): anything else a link carries is
/// ignored in silence, so a forged link cannot put its words on the page.
pub(super) fn ignored_params(req: &HttpRequest) -> Vec<String> {
    let Ok(pairs) = super::super::params::pairs(req) else {
        return vec![];
    };
    pairs
        .into_iter()
        .map(|(k, _)| k)
        .find(|k| !PAGE_PARAMS.contains(&k.as_str()) && looks_like_a_typo(k))
        .into_iter()
        .collect()
}

fn looks_like_a_typo(k: &str) -> bool {
    k.len() <= 12
        && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && PAGE_PARAMS
            .iter()
            .any(|p| edit_distance(k, p) <= (p.len() / 4).max(1))
}

/// Levenshtein distance over bytes (the names compared are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

pub fn render(state: &AppState, frame: Frame<'_>, body: Markup) -> Markup {
    let ui = frame.ui;
    let exit = &state.config.exit_url;
    html! {
        (DOCTYPE)
        html lang=(ui.lang.code()) dir=(if ui.rtl { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                @match &frame.description {
                    Some(d) => meta name="description" content=(d);,
                    None => meta name="robots" content="noindex";,
                }
                title { (frame.title) }
                // Search engines show a person the page in her language.
                @if let (Some(base), Some(twin), Some(_)) = (&state.config.public_url, &frame.alternate, &frame.description) {
                    @for lang in Lang::ALL {
                        // The page itself, never the query a link carried.
                        link rel="alternate" hreflang=(lang.code()) href={ (base) (lang.prefix()) (twin.split('?').next().unwrap_or("/")) };
                    }
                }
                // Every link and form of the widget leaves the partner's frame.
                @if frame.widget { base target="_top"; }
                link rel="stylesheet" href={ "/static/site.css?v=" (versions()[0]) };
                @if frame.print_css { link rel="stylesheet" href={ "/static/print.css?v=" (versions()[3]) }; }
                script src={ "/static/exit.js?v=" (versions()[1]) } defer {}
                @if frame.search_js { script src={ "/static/search.js?v=" (versions()[2]) } defer {} }
            }
            body {
                a #quick-exit href=(exit) rel="noreferrer nofollow" target=[frame.widget.then_some("_top")]
                    data-more=(ui.msg().exit_press_more(2)) data-once=(ui.msg().exit_press_once()) {
                    (ui.msg().quick_exit()) span { (ui.msg().quick_exit_hint()) }
                }
                a.skip href="#main" { (ui.msg().skip_to_content()) }
                @if !frame.widget {
                    header {
                        a.brand href={ (ui.prefix) "/" } { "Maillage" }
                        span.note { (ui.msg().site_tagline()) }
                        nav aria-label=(ui.msg().nav_label()) {
                            a href={ (ui.prefix) "/securite" } { (ui.msg().safety_link()) }
                            // Her language's name where she looks first, behind
                            // a globe every script reads; the names open in
                            // place, without pushing the emergency block down.
                            details.hlangs {
                                summary { (GLOBE) " " span lang=(ui.lang.code()) { (ui.msg().language_name()) } span.sr-only { " · " (ui.msg().languages()) } }
                                div { (lang_links(ui, frame.alternate.as_deref())) }
                            }
                        }
                    }
                }
                main #main {
                    @if !frame.ignored.is_empty() {
                        p.note role="note" { (ui.msg().params_ignored(&frame.ignored.join(", "))) }
                    }
                    (body)
                }
                footer {
                    @if !frame.widget { (menu(ui, frame.alternate.as_deref())) }
                    a href={ (ui.prefix) "/securite" } { (ui.msg().safety_link()) }
                    @if !frame.widget {
                        a href={ (ui.prefix) "/a-propos" } { (ui.msg().about_link()) }
                        a href={ (ui.prefix) "/integrer" } { (ui.msg().embed_link()) }
                    } @else {
                        a href="/" target="_top" rel="noreferrer" { "Maillage" }
                    }
                }
                div #exit-status .sr-only role="status" aria-live="polite" {}
                div #exit-cover { "…" }
            }
        }
    }
}

pub fn html_response(status: StatusCode, markup: Markup) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}

pub fn page(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    title: &str,
    body: Markup,
) -> HttpResponse {
    page_with_status(req, state, ui, StatusCode::OK, title, body)
}

/// A page meant for paper: the print stylesheet, and out of search engines.
pub fn print_page(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    title: &str,
    body: Markup,
) -> HttpResponse {
    let frame = Frame {
        print_css: true,
        ..Frame::plain(req, ui, title)
    };
    html_response(StatusCode::OK, render(state, frame, body))
}

/// A page search engines have no use for (a form, a thank-you).
pub fn noindex_page(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    status: StatusCode,
    title: &str,
    body: Markup,
) -> HttpResponse {
    html_response(status, render(state, Frame::plain(req, ui, title), body))
}

pub fn page_with_status(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    status: StatusCode,
    title: &str,
    body: Markup,
) -> HttpResponse {
    let frame = Frame {
        description: (status == StatusCode::OK && req.query_string().is_empty())
            .then(|| Cow::Owned(format!("{title} — {}", ui.msg().site_tagline()))),
        ..Frame::plain(req, ui, title)
    };
    html_response(status, render(state, frame, body))
}

impl<'a> Frame<'a> {
    /// A page of the site with its language twin, no script beyond the quick
    /// exit, and no description (so out of search engines) until one is set.
    pub fn plain(req: &HttpRequest, ui: &'a Ui, title: &str) -> Self {
        Frame {
            title: title.to_string(),
            ui,
            alternate: alternate(req),
            search_js: false,
            print_css: false,
            widget: false,
            description: None,
            ignored: ignored_params(req),
        }
    }
}

/// The page's path below its language prefix, with its query, for the
/// pages every language has.
pub fn alternate(req: &HttpRequest) -> Option<String> {
    let path = req.path();
    let translated = |p: &str| {
        p == "/"
            || p.starts_with("/recherche")
            || p.starts_with("/commune/")
            || p.starts_with("/securite")
            || p.starts_with("/temoin")
            || p.starts_with("/vos-droits")
            || p.starts_with("/commerces")
            || p.starts_with("/signaler")
            || p.starts_with("/a-propos")
            || p.starts_with("/integrer")
            || p == "/affiche"
            || p.starts_with("/affiche/")
            || p.starts_with("/departement/")
            || p.starts_with("/ressource/")
    };
    let q = req.query_string();
    let (_, rest) = Lang::split_path(path);
    translated(rest).then(|| {
        if q.is_empty() {
            rest.to_string()
        } else {
            format!("{rest}?{q}")
        }
    })
}

/// A message with markup in one of its variables: formatted around a
/// marker no catalogue text holds (a private-use character), then split there.
pub fn with_markup<'a>(format: impl FnOnce(&str) -> Cow<'a, str>, inner: Markup) -> Markup {
    const MARK: &str = "\u{E000}";
    let text = format(MARK);
    match text.split_once(MARK) {
        Some((before, after)) => html! { (before) (inner) (after) },
        None => html! { (text) },
    }
}

pub fn search_form(ui: &Ui, value: &str) -> Markup {
    html! {
        form.search method="get" action={ (ui.prefix) "/recherche" } role="search" {
            label for="lieu" { (ui.msg().search_label()) }
            input #lieu type="search" name="lieu" value=(value) autocomplete="off" list="lieu-suggestions"
                required maxlength="100" aria-describedby="lieu-hint";
            datalist #lieu-suggestions {}
            button type="submit" { (ui.msg().search_button()) }
            p #lieu-hint .hint { (ui.msg().search_hint()) }
        }
    }
}

/// Emergency numbers then the 24/7 listening lines, first on every page and
/// compact enough to leave the rest in reach on a phone; the numbers come from
/// the data, the labels from the catalogue.
pub fn national_blocks(engine: &Engine, ui: &Ui) -> Markup {
    let number = |id: &str| engine.resource(id).and_then(|r| r.phones.first());
    let big = |id: &str, label: &str| -> Markup {
        match number(id) {
            Some(p) => {
                html! { li { a href=(phone_uri(p)) dir="ltr" { (p.number.display()) } span { (label) } } }
            }
            None => html! {},
        }
    };
    let line = |id: &str| -> Markup {
        match number(id) {
            Some(p) => html! { a.big href=(phone_uri(p)) dir="ltr" { (p.number.display()) } },
            None => html! {},
        }
    };
    html! {
        section.urgent aria-labelledby="h-urgent" {
            h2 #h-urgent { (ui.msg().urgent_h()) }
            ul.nums {
                (big(ids::POLICE, &ui.msg().urgent_17()))
                (big(ids::EU_EMERGENCY, &ui.msg().urgent_112()))
                (big(ids::SMS_EMERGENCY, &ui.msg().urgent_114()))
            }
        }
        div.listen {
            p { (line(ids::VIOLENCES_FEMMES_INFO)) " " (ui.msg().listen_3919()) " " strong { (ui.msg().listen_not_emergency()) } " " span.interpreter { (ui.msg().interpreter_3919_short()) "." } }
            p { (line(ids::CHILDREN_IN_DANGER)) " " (ui.msg().listen_119()) }
        }
    }
}

/// A tap-to-call (or tap-to-text) link, "SMS 114" for text-only lines.
pub fn phone_link(ui: &Ui, p: &crate::domain::PhoneContact) -> Markup {
    html! {
        // A number reads left to right, also inside an Arabic page.
        a.call href=(phone_uri(p)) dir="ltr" {
            @if p.kind == crate::domain::PhoneKind::Sms { (ui.msg().sms()) " " }
            (p.number.display())
        }
    }
}

/// `sms:` for text-only lines, `tel:` otherwise.
pub fn phone_uri(p: &crate::domain::PhoneContact) -> String {
    match p.kind {
        crate::domain::PhoneKind::Sms => format!("sms:{}", p.number.digits_str()),
        _ => p.number.tel_uri(),
    }
}

/// The language of the route that took the request (its scope's `Lang`);
/// before routing (a refusal of its size), the language of its path.
pub fn lang_of(req: &HttpRequest) -> Lang {
    if let Some(lang) = req.app_data::<Lang>() {
        return *lang;
    }
    Lang::split_path(req.path()).0
}

/// Handlers take the page's language as an argument.
impl actix_web::FromRequest for Lang {
    type Error = std::convert::Infallible;
    type Future = std::future::Ready<Result<Lang, Self::Error>>;
    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Ok(lang_of(req)))
    }
}

/// Links to this page in every language, each named in its own script;
/// the home page of a language for a page only French has.
pub fn menu(ui: &Ui, twin: Option<&str>) -> Markup {
    html! {
        nav #langs .langs aria-label=(ui.msg().languages()) { (lang_links(ui, twin)) }
    }
}

/// A globe, the sign for "languages" whatever her script; drawn, not an
/// emoji a phone may lack.
const GLOBE: maud::PreEscaped<&str> = maud::PreEscaped(
    r#"<svg class="globe" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.3"><circle cx="8" cy="8" r="6.5"/><ellipse cx="8" cy="8" rx="2.8" ry="6.5"/><path d="M1.5 8h13"/></svg>"#,
);

/// This page in every language, each named in its own script (and the
/// easy-read French after French).
fn lang_links(ui: &Ui, twin: Option<&str>) -> Markup {
    html! {
            @for lang in Lang::ALL {
                @let other = lang.ui();
                // The same page in another language replaces this one in the
                // history (exit.js): Back after a quick exit has less to bring back.
                a href={ (lang.prefix()) (twin.unwrap_or("/")) } lang=(lang.code()) hreflang=(lang.code()) data-replace
                    dir=[other.rtl.then_some("rtl")] aria-current=[(lang == ui.lang).then_some("page")] { (other.msg().language_name()) }
                @if lang == Lang::Fr {
                    a href="/facile/" lang="fr" hreflang="fr" data-replace { (crate::locale::catalogue::EASY_READ.easy().link()) }
                }
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_file_gets_a_new_url() {
        assert_ne!(content_version(CSS), content_version(&format!("{CSS} ")));
        assert_ne!(content_version(EXIT_JS), content_version(SEARCH_JS));
        assert_eq!(versions()[0], content_version(CSS));
        assert_ne!(versions()[0], "0");
    }
}
