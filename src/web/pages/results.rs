//! Home, search and a commune's results.

use super::super::params::{self, Filters, Narrow, Search};
use super::super::state::AppState;
use super::cards::{card, national_line};
use super::choose::{choice_list, commune_label};
use super::errors::{Page, PageError};
use super::layout::{self, national_blocks, render, search_form, Frame};
use crate::domain::model::ids;
use crate::domain::{Audience, Category, Commune};

use crate::locale::{Lang, Ui};
use crate::search::{Candidate, Engine, Hit, Matched, Need, QueryError, Resolution};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup};

pub async fn home(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let lang = ui.lang;
    let engine = state.engine.load();
    // Her browser's language, when we have a page in it: offered, never forced.
    let offer = super::languages::offer(req, lang).map(Lang::ui);
    let body = html! {
        @if let Some(o) = offer {
            p.offer lang=(o.lang.code()) dir=[o.rtl.then_some("rtl")] { a href={ (o.prefix) "/" } hreflang=(o.lang.code()) { (o.msg().offer()) } }
        }
        h1 { (ui.msg().home_h1()) }
        (national_blocks(&engine, ui))
        // Said once, on the page people arrive on: the exit replaces this
        // page, but the pages before it stay in the browser's history.
        p.note.exit-note { (ui.msg().exit_back_note()) }
        p { (ui.msg().home_lead()) }
        (search_form(ui, ""))
        p.rights { a href={ (ui.prefix) "/vos-droits" } { (ui.msg().rights_link()) } }
        section aria-labelledby="h-witness" {
            h2 #h-witness { (ui.msg().witness_h()) }
            p { (ui.msg().witness_text()) " " a href={ (ui.prefix) "/temoin" } { (ui.msg().witness_link()) } }
        }
        section aria-labelledby="h-pros" {
            h2 #h-pros { (ui.msg().pros_h()) }
            p { (ui.msg().pros_text()) }
            p.links { a href={ (ui.prefix) "/affiche" } { (ui.msg().poster_link()) } a href={ (ui.prefix) "/commerces" } { (ui.msg().shop_link()) } a href={ (ui.prefix) "/integrer" } { (ui.msg().embed_link()) } }
        }
    };
    let frame = Frame {
        search_js: true,
        description: Some(ui.msg().meta_home()),
        ..Frame::plain(req, ui, &ui.msg().title_home())
    };
    let mut r = layout::html_response(StatusCode::OK, render(state, frame, body));
    r.headers_mut().insert(
        actix_web::http::header::VARY,
        actix_web::http::header::HeaderValue::from_static("Accept-Language"),
    );
    Ok(r)
}

pub async fn search(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let Search {
        raw,
        place: q,
        filters,
    } = match params::parse(req) {
        Ok(s) => s,
        Err(params::ParamError::Text {
            error: QueryError::OtherScript,
            ..
        }) => return Ok(other_script(req, state, ui)),
        Err(e) => return Err(page.param(e)),
    };
    let raw = raw.as_str();
    let engine = state.engine.load();
    let resolution = match engine.resolve(&q) {
        Resolution::UnknownName { suggestions } => engine
            .resolve_within(raw)
            .unwrap_or(Resolution::UnknownName { suggestions }),
        r => r,
    };
    match resolution {
        Resolution::Found { place, also } => results_page(&page, &engine, &place, &also, &filters),
        Resolution::Choose { candidates } => {
            // The emergency numbers come before any list, on every page.
            let body = html! {
                h1 { (ui.msg().choose_h()) }
                (national_blocks(&engine, ui))
                (search_form(ui, raw))
                p { (ui.msg().choose_lead()) }
                (choice_list(&engine, ui, &candidates))
            };
            Ok(super::layout::page(
                req,
                state,
                ui,
                &ui.msg().title_choose(),
                body,
            ))
        }
        Resolution::UnknownPostcode {
            postcode,
            nearest,
            suggestions,
        } => {
            let near = nearest.map(|n| n.to_string()).unwrap_or_else(|| "—".into());
            let msg = ui
                .msg()
                .unknown_postcode(crate::locale::args::UnknownPostcode {
                    near: &near,
                    pc: postcode.as_str(),
                });
            Ok(place_not_found(
                req,
                state,
                &engine,
                ui,
                raw,
                &msg,
                &suggestions,
            ))
        }
        Resolution::UnknownName { .. } => {
            // Never quote what was typed as prose: a forged link could make our
            // page "say" a fake number. The text stays only in the search field.
            let msg = ui.msg().unknown_place().to_string();
            Ok(place_not_found(req, state, &engine, ui, raw, &msg, &[]))
        }
    }
}

/// A place typed in a script the search cannot read: asked again, in her
/// language, for the Latin spelling or the postcode, with what she typed
/// kept in the box (and nowhere else on the page).
fn other_script(req: &HttpRequest, state: &AppState, ui: &Ui) -> HttpResponse {
    let typed = params::pairs(req)
        .ok()
        .and_then(|ps| ps.into_iter().find(|(k, _)| k == "lieu").map(|(_, v)| v))
        .unwrap_or_default();
    let engine = state.engine.load();
    let body = html! {
        h1 { (ui.msg().place_not_found_h()) }
        (national_blocks(&engine, ui))
        p.review { (ui.msg().err_other_script()) }
        (search_form(ui, &typed))
    };
    layout::page_with_status(
        req,
        state,
        ui,
        StatusCode::BAD_REQUEST,
        &ui.msg().title_refused(),
        body,
    )
}

/// 404 for a place we could not find: what happened, nearby choices if any,
/// the search form again, and the national lines that answer everywhere.
fn place_not_found(
    req: &HttpRequest,
    state: &AppState,
    engine: &Engine,
    ui: &Ui,
    raw: &str,
    message: &str,
    suggestions: &[Candidate],
) -> HttpResponse {
    let body = html! {
        h1 { (ui.msg().place_not_found_h()) }
        (national_blocks(engine, ui))
        p { (message) }
        @if !suggestions.is_empty() { (choice_list(engine, ui, suggestions)) }
        (search_form(ui, raw))
    };
    layout::page_with_status(
        req,
        state,
        ui,
        StatusCode::NOT_FOUND,
        &ui.msg().place_not_found_h(),
        body,
    )
}

pub async fn commune(page: Page, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return Err(page.not_found());
    };
    let insee = engine.commune(i).insee.as_str();
    let f: Filters = match params::parse(req) {
        Ok(f) => f,
        Err(e) => {
            let c = engine.commune(i);
            let href = format!("{}/commune/{insee}", ui.prefix);
            let words = ui.msg().filters_reset(&c.name);
            return Err(page.param_back(e, href, words.into_owned()));
        }
    };
    if path.as_str() != insee {
        // "2a004" is Ajaccio's page, under one address only.
        let query = req.query_string();
        let to = format!(
            "{}/commune/{insee}{}{query}",
            ui.prefix,
            if query.is_empty() { "" } else { "?" }
        );
        return Ok(HttpResponse::MovedPermanently()
            .insert_header(("Location", to))
            .finish());
    }
    // Keyed on the canonical path only, so re-written URLs (percent-encoded,
    // or with filters) can neither fill the cache nor be served from it.
    let key = req.path();
    let canonical = key
        .strip_prefix(ui.prefix)
        .and_then(|k| k.strip_prefix("/commune/"))
        == Some(insee);
    // A page that says "this parameter is ignored" is not the shared page.
    let cacheable = canonical && f.is_default() && layout::ignored_params(req).is_empty();
    if cacheable {
        if let Some(body) = state.pages.get(key, &engine.generation) {
            return Ok(shared(body.respond(req, HTML)));
        }
    }
    let place = Candidate {
        commune: i,
        matched: Matched::Insee,
        via: None,
    };
    let also: Vec<Candidate> = engine
        .commune(i)
        .parent
        .as_ref()
        .and_then(|p| engine.commune_by_insee(p))
        .map(|c| {
            vec![Candidate {
                commune: c,
                matched: Matched::Insee,
                via: None,
            }]
        })
        .unwrap_or_default();
    let html = render_results(&page, &engine, &place, &also, &f)?;
    if !cacheable {
        return Ok(HttpResponse::Ok().content_type(HTML).body(html));
    }
    if !state.pages.admit(key, &engine.generation) {
        // Asked once: drawn, not kept; compressed only for a client that
        // takes it (the compression layer then says `Vary` itself).
        let mut r = HttpResponse::Ok();
        r.content_type(HTML);
        if !crate::web::cache::takes_gzip(req) {
            r.insert_header(("Vary", "Accept-Encoding"));
        }
        return Ok(shared(r.body(html)));
    }
    let body = crate::web::cache::Cached::new(web::Bytes::from(html));
    state
        .pages
        .put(key.to_string(), &engine.generation, body.clone());
    Ok(shared(body.respond(req, HTML)))
}

fn render_results(
    page: &Page,
    engine: &Engine,
    place: &Candidate,
    also: &[Candidate],
    f: &Filters,
) -> Result<String, PageError> {
    let (req, state, ui) = (&page.req, &page.state, page.ui);
    let c = engine.commune(place.commune);
    let q = f.narrow.query(Some(place.commune));
    let now = state.config.clock.now();
    let shown = engine
        .commune_page(&q, f.show_all, now)
        .map_err(|e| page.failed(e))?;
    let title = ui.msg().title_place(&c.name);
    let body = html! {
        // A French place name stays one run inside a right-to-left heading:
        // never "(Belley (01 — Ain".
        h1 { @if ui.lang == Lang::Fr { (commune_label(engine, c)) } @else { bdi lang="fr" { (commune_label(engine, c)) } } }
        @if let Some(f) = &place.via { p.note { (ui.msg().former_of(f)) } }
        @if !also.is_empty() {
            p.note { (ui.msg().see_also())
                @for a in also { a href={ (ui.prefix) "/commune/" (engine.commune(a.commune).insee) } { (engine.commune(a.commune).name) " (" (ui.msg().whole_city()) ")" } }
            }
        }
        (national_blocks(engine, ui))
        p.links.noprint {
            a href={ (ui.prefix) "/temoin?commune=" (c.insee) } { (ui.msg().witness_link()) }
            a href={ (ui.prefix) "/affiche/" (c.insee) } { (ui.msg().poster_link()) }
        }
        (filter_form(ui, c, &f.narrow))
        section aria-labelledby="h-near" {
            h2 #h-near { (ui.msg().near_h(&c.name)) }
            @if c.point.is_none() { p { (ui.msg().no_geometry()) } }
            @if shown.local.is_empty() && f.narrow == Narrow::default() { p { (ui.msg().near_none()) } }
            @if shown.local.is_empty() && f.narrow != Narrow::default() { (emptied_by(ui, c, &f.narrow)) }
            @let (leads, rest): (Vec<&Hit>, Vec<&Hit>) = shown.local.iter().partition(|h| h.lead);
            @if !leads.is_empty() {
                h3 { (ui.msg().leads_h()) }
                p.note { (ui.msg().leads_intro()) }
                ul.cards { @for h in &leads { (card(engine, ui, c, h, now.date_naive())) } }
            }
            @if !rest.is_empty() {
                h3 { (ui.msg().rest_h()) }
                ul.cards { @for h in &rest { (card(engine, ui, c, h, now.date_naive())) } }
            }
            @if shown.hidden > 0 {
                p { a href={ (ui.prefix) "/commune/" (c.insee) "?tout=1#h-near" } { (ui.msg().see_all(shown.contactable() as i64)) } }
            }
            // A kind a counsellor would name, with no place known near her: say so, and who finds one.
            @if f.narrow == Narrow::default() && !leads.iter().any(|h| engine.cat.resources[h.resource].category == Category::WomensRights) {
                p.note.missing { (ui.msg().missing_womens_rights(&engine.number(ids::VIOLENCES_FEMMES_INFO))) }
            }
            @if f.narrow == Narrow::default() && !leads.iter().any(|h| engine.cat.resources[h.resource].category == Category::VictimSupport) {
                p.note.missing { (ui.msg().missing_victim_support(&engine.number(ids::VICTIM_SUPPORT))) }
            }
            @if !shown.folded.is_empty() { p.note { (layout::with_markup(|h| ui.msg().also_reachable(h), html! { span lang=[super::cards::names_lang(ui)] { (shown.folded.join(", ")) } })) } }
            // What happens after the call, right after who to call.
            p.rights { a href={ (ui.prefix) "/vos-droits?commune=" (c.insee) } { (ui.msg().rights_link()) } }
        }
        @if !shown.national.is_empty() {
            section aria-labelledby="h-national" {
                h2 #h-national { (ui.msg().national_h()) }
                @for (need, group) in &shown.national {
                    h3 { (need_heading(ui, *need)) }
                    ul.lines { @for h in group { (national_line(engine, ui, h)) } }
                }
            }
        }
        p.noprint {
            a href={ (ui.prefix) "/affiche/" (c.insee) } { (ui.msg().print_poster()) } " · "
            a href={ (ui.prefix) "/departement/" (c.departement) } { (ui.msg().dep_directory()) }
        }
    };
    // One indexed address per commune: its page without filters.
    let canonical = req.path().contains("/commune/") && f.is_default();
    let frame = Frame {
        alternate: Some(alt_commune(c)),
        description: canonical.then(|| ui.msg().meta_place(&c.name)),
        ..Frame::plain(req, ui, &title)
    };
    Ok(render(state, frame, body).into_string())
}

fn results_page(
    page: &Page,
    engine: &Engine,
    place: &Candidate,
    also: &[Candidate],
    f: &Filters,
) -> Result<HttpResponse, PageError> {
    let html = render_results(page, engine, place, also, f)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(html))
}

fn alt_commune(c: &Commune) -> String {
    format!("/commune/{}", c.insee)
}

/// An empty filtered list says which filters emptied it, with a way back
/// without each, and without all.
fn emptied_by(ui: &Ui, c: &Commune, f: &Narrow) -> Markup {
    let mut active: Vec<(String, Narrow)> = vec![];
    for (i, cat) in f.categories.iter().enumerate() {
        let mut n = f.clone();
        n.categories.remove(i);
        active.push((ui.category(*cat).to_string(), n));
    }
    for (i, a) in f.audiences.iter().enumerate() {
        let mut n = f.clone();
        n.audiences.remove(i);
        active.push((ui.audience(*a).to_string(), n));
    }
    if f.open_now {
        active.push((
            ui.msg().filter_open_now().to_string(),
            Narrow {
                open_now: false,
                ..f.clone()
            },
        ));
    }
    if f.free {
        active.push((
            ui.msg().filter_free().to_string(),
            Narrow {
                free: false,
                ..f.clone()
            },
        ));
    }
    let page = format!("{}/commune/{}", ui.prefix, c.insee);
    let names: Vec<String> = active
        .iter()
        .map(|(l, _)| ui.msg().quoted(l).into_owned())
        .collect();
    html! {
        p { (ui.msg().filters_emptied(crate::locale::args::FiltersEmptied { filters: &names.join(&ui.msg().list_separator()), place: &c.name })) }
        ul {
            @if active.len() > 1 {
                @for (label, without) in &active {
                    li { a href={ (page) (query_of(without)) "#h-near" } { (ui.msg().filter_without(label)) } }
                }
            }
            li { a href={ (page) "#h-near" } { (ui.msg().filters_reset(&c.name)) } }
        }
    }
}

/// The query string of a commune page with these filters ("" for none).
fn query_of(n: &Narrow) -> String {
    let mut q: Vec<String> = vec![];
    q.extend(n.categories.iter().map(|c| format!("category={}", c.id())));
    q.extend(n.audiences.iter().map(|a| format!("audience={}", a.id())));
    if n.open_now {
        q.push("open_now=1".into());
    }
    if n.free {
        q.push("free=1".into());
    }
    if q.is_empty() {
        String::new()
    } else {
        format!("?{}", q.join("&"))
    }
}

fn filter_form(ui: &Ui, c: &Commune, f: &Narrow) -> Markup {
    html! {
        details.filters open[!f.categories.is_empty() || !f.audiences.is_empty() || f.open_now || f.free] {
            summary { (ui.msg().filters_h()) }
            // Refining the same list replaces it in the history (exit.js).
            form method="get" action={ (ui.prefix) "/commune/" (c.insee) } data-replace {
                label { (ui.msg().filter_category())
                    select name="category" {
                        option value="" { (ui.msg().filter_any()) }
                        @for cat in Category::ALL.iter().filter(|c| **c != Category::Emergency) {
                            option value=(cat.id()) selected[f.categories.contains(cat)] { (ui.category(*cat)) }
                        }
                    }
                }
                label { (ui.msg().filter_audience())
                    select name="audience" {
                        option value="" { (ui.msg().filter_any()) }
                        @for a in Audience::ALL.iter().filter(|a| **a != Audience::Everyone) {
                            option value=(a.id()) selected[f.audiences.contains(a)] { (ui.audience(*a)) }
                        }
                    }
                }
                label.check { input type="checkbox" name="open_now" value="1" checked[f.open_now]; (ui.msg().filter_open_now()) }
                label.check { input type="checkbox" name="free" value="1" checked[f.free]; (ui.msg().filter_free()) }
                button type="submit" { (ui.msg().filter_apply()) }
            }
        }
    }
}

/// A CDN may keep an unfiltered commune page for a minute (RFC 9213); the
/// browser still stores nothing (`Cache-Control: no-store`).
fn shared(mut r: HttpResponse) -> HttpResponse {
    use actix_web::http::header::{HeaderName, HeaderValue};
    r.headers_mut().insert(
        HeaderName::from_static("cdn-cache-control"),
        HeaderValue::from_static("public, max-age=60"),
    );
    r
}
const HTML: &str = "text/html; charset=utf-8";

/// The heading of a national need, in `Need::ALL` order of `needs-1` …
fn need_heading(ui: &Ui, need: Need) -> std::borrow::Cow<'_, str> {
    let at = Need::ALL.iter().position(|n| *n == need).unwrap_or(0);
    ui.msg()
        .needs_list()
        .into_iter()
        .nth(at)
        .unwrap_or_default()
}
