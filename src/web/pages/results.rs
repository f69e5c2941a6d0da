//! Home, search, commune results, one resource, and the embeddable widget.

use super::super::params::{audiences_param, categories_param, pairs};
use super::super::state::AppState;
use super::layout::{self, national_blocks, page, phone_link, render, search_form, Frame};
use crate::domain::hours::{format_minutes, OpenState};
use crate::domain::{Audience, Category, Commune, Hours};
use crate::locale::fill;
use crate::locale::{Lang, Ui};
use crate::search::{
    open_state, query, Candidate, Engine, Hit, Matched, Need, QueryError, Resolution,
    ResourceQuery, Section,
};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Datelike;
use maud::{html, Markup};

pub async fn home(req: HttpRequest, state: web::Data<AppState>, lang: Lang) -> HttpResponse {
    let ui = lang.ui();
    let engine = state.engine.load();
    let body = html! {
        h1 { (ui.home_h1) }
        (national_blocks(&engine, ui))
        p { (ui.home_lead) }
        (search_form(ui, ""))
        section aria-labelledby="h-witness" {
            h2 #h-witness { (ui.witness_h) }
            p { (ui.witness_text) " " a href={ (ui.prefix) "/temoin" } { (ui.witness_link) } }
        }
        section aria-labelledby="h-pros" {
            h2 #h-pros { (ui.pros_h) }
            p { (ui.pros_text) }
            p.links { a href={ (ui.prefix) "/affiche" } { (ui.poster_link) } a href={ (ui.prefix) "/integrer" } { (ui.embed_link) } }
        }
    };
    let frame = Frame {
        title: ui.title_home.into(),
        ui,
        alternate: layout::alternate(&req),
        search_js: true,
        widget: false,
        description: Some(ui.meta_home.into()),
    };
    layout::html_response(StatusCode::OK, render(&state, frame, body))
}

fn query_error_text(ui: &Ui, e: QueryError) -> &'static str {
    match e {
        QueryError::Empty => ui.err_empty,
        QueryError::TooLong => ui.err_too_long,
        QueryError::BadChars => ui.err_bad_chars,
    }
}

pub async fn search(req: HttpRequest, state: web::Data<AppState>, lang: Lang) -> HttpResponse {
    let ui = lang.ui();
    let Ok(p) = pairs(&req) else {
        return layout::bad_request(&req, &state, ui, query_error_text(ui, QueryError::BadChars));
    };
    let raw = p
        .iter()
        .find(|(k, _)| k == "lieu")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    let q = match query::parse_place_field(raw) {
        Ok(q) => q,
        Err(e) => return layout::bad_request(&req, &state, ui, query_error_text(ui, e)),
    };
    let engine = state.engine.load();
    match engine.resolve(&q) {
        Resolution::Found { place, also } => {
            results_page(&req, &state, &engine, ui, &place, &also, &p)
        }
        Resolution::Choose { candidates } => {
            // The emergency numbers come before any list, on every page.
            let body = html! {
                h1 { (ui.choose_h) }
                (national_blocks(&engine, ui))
                (search_form(ui, raw))
                p { (ui.choose_lead) }
                (choice_list(&engine, ui, &candidates))
            };
            page(&req, &state, ui, ui.title_choose, body)
        }
        Resolution::UnknownPostcode {
            postcode,
            nearest,
            suggestions,
        } => {
            let near = nearest.map(|n| n.to_string()).unwrap_or_else(|| "—".into());
            let msg = fill(
                ui.unknown_postcode,
                &[("pc", postcode.as_str()), ("near", &near)],
            );
            place_not_found(&req, &state, &engine, ui, raw, &msg, &suggestions)
        }
        Resolution::UnknownName { .. } => {
            // Never quote what was typed as prose: a forged link could make our
            // page "say" a fake number. The text stays only in the search field.
            let msg = ui.unknown_place.to_string();
            place_not_found(&req, &state, &engine, ui, raw, &msg, &[])
        }
    }
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
        h1 { (ui.place_not_found_h) }
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
        ui.place_not_found_h,
        body,
    )
}

/// A page that works for one commune (poster, embed snippet) asks for it with
/// the same search: one commune, a list to choose from, or a message.
pub enum Picked {
    Nothing,
    One(usize),
    List(Markup),
}

pub fn pick_commune(
    engine: &Engine,
    ui: &Ui,
    raw: &str,
    link: impl Fn(&Commune) -> String,
) -> Picked {
    if raw.trim().is_empty() {
        return Picked::Nothing;
    }
    let q = match query::parse_place_field(raw) {
        Ok(q) => q,
        Err(e) => return Picked::List(html! { p.review { (query_error_text(ui, e)) } }),
    };
    let cands = match engine.resolve(&q) {
        Resolution::Found { place, .. } => return Picked::One(place.commune),
        Resolution::Choose { candidates } => candidates,
        Resolution::UnknownPostcode { suggestions, .. }
        | Resolution::UnknownName { suggestions } => {
            if suggestions.is_empty() {
                return Picked::List(html! { p.review { (ui.place_not_found_h) } });
            }
            suggestions
        }
    };
    Picked::List(html! {
        p { (ui.choose_lead) }
        ul.choices { @for c in &cands {
            @let commune = engine.commune(c.commune);
            li { a href=(link(commune)) { (commune_label(engine, commune)) } }
        } }
    })
}

fn commune_label(engine: &Engine, c: &Commune) -> String {
    let dep = engine.departement_name(&c.departement);
    format!("{} ({} — {})", c.name, c.departement, dep)
}

fn choice_list(engine: &Engine, ui: &Ui, cands: &[Candidate]) -> Markup {
    html! {
        ul.choices {
            @for c in cands {
                @let commune = engine.commune(c.commune);
                li {
                    a href={ (ui.prefix) "/commune/" (commune.insee) } { (commune_label(engine, commune)) }
                    @if let Some(f) = &c.via { span.note { " — " (fill(ui.former_of, &[("f", f)])) } }
                    @if !commune.postcodes.is_empty() { span.note { " · " (commune.postcodes.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")) } }
                }
            }
        }
    }
}

pub async fn commune(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return layout::not_found(&req, &state, ui, ui.status_message(404));
    };
    let Ok(p) = pairs(&req) else {
        return layout::bad_request(&req, &state, ui, query_error_text(ui, QueryError::BadChars));
    };
    let insee = engine.commune(i).insee.as_str();
    if path.as_str() != insee {
        // "2a004" is Ajaccio's page, under one address only.
        let query = req.query_string();
        let to = format!(
            "{}/commune/{insee}{}{query}",
            ui.prefix,
            if query.is_empty() { "" } else { "?" }
        );
        return HttpResponse::MovedPermanently()
            .insert_header(("Location", to))
            .finish();
    }
    // Keyed on the resolved commune, so re-written URLs cannot fill the cache.
    let key = format!("{}/commune/{insee}", ui.prefix);
    let cacheable = p.is_empty();
    if cacheable {
        if let Some(body) = state.pages.get(&key, &engine.generation) {
            let mut r = body.respond(&req, HTML);
            r.headers_mut().insert(
                actix_web::http::header::HeaderName::from_static(SHARED_CACHE.0),
                actix_web::http::header::HeaderValue::from_static(SHARED_CACHE.1),
            );
            return r;
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
    match render_results(&req, &state, &engine, ui, &place, &also, &p) {
        Ok(html) => {
            if !cacheable {
                return HttpResponse::Ok().content_type(HTML).body(html);
            }
            let body = crate::web::cache::Cached::new(web::Bytes::from(html));
            state.pages.put(key, &engine.generation, body.clone());
            let mut r = body.respond(&req, HTML);
            r.headers_mut().insert(
                actix_web::http::header::HeaderName::from_static(SHARED_CACHE.0),
                actix_web::http::header::HeaderValue::from_static(SHARED_CACHE.1),
            );
            r
        }
        Err(resp) => *resp,
    }
}

struct Filters {
    categories: Vec<Category>,
    audiences: Vec<Audience>,
    open_now: bool,
    free: bool,
}

fn filters(p: &[(String, String)]) -> Option<Filters> {
    let p = p.to_vec();
    let flag = |n: &str| {
        p.iter()
            .any(|(k, v)| k == n && matches!(v.as_str(), "1" | "on" | "true"))
    };
    Some(Filters {
        categories: categories_param(&p).ok()?,
        audiences: audiences_param(&p).ok()?,
        open_now: flag("open_now"),
        free: flag("free"),
    })
}

fn render_results(
    req: &HttpRequest,
    state: &AppState,
    engine: &Engine,
    ui: &Ui,
    place: &Candidate,
    also: &[Candidate],
    params: &[(String, String)],
) -> Result<String, Box<HttpResponse>> {
    let Some(f) = filters(params) else {
        return Err(Box::new(layout::bad_request(
            req,
            state,
            ui,
            ui.err_bad_filter,
        )));
    };
    let c = engine.commune(place.commune);
    let q = ResourceQuery {
        commune: Some(place.commune),
        categories: f.categories.clone(),
        audiences: f.audiences.clone(),
        open_now: f.open_now,
        free_only: f.free,
        ..Default::default()
    };
    let now = chrono::Utc::now();
    let hits = engine
        .search_resources(&q, now)
        .map_err(|e| Box::new(layout::internal_error(req, e)))?;
    // Hand-kept structures with no contact of their own fold into one line.
    let reachable = |h: &&Hit| {
        let r = &engine.cat.resources[h.resource];
        !(r.phones.is_empty() && r.address.is_none() && r.email.is_none() && r.website.is_none())
    };
    let all_local: Vec<&Hit> = hits
        .iter()
        .filter(|h| h.section == Section::Local)
        .collect();
    let folded: Vec<&str> = all_local
        .iter()
        .filter(|h| !reachable(h))
        .map(|h| engine.cat.resources[h.resource].name.as_str())
        .collect();
    let show_all = params.iter().any(|(k, v)| k == "tout" && v == "1");
    let contactable: Vec<&Hit> = all_local.iter().copied().filter(reachable).collect();
    let leads = contactable.iter().filter(|h| h.lead).count();
    let shown = if show_all {
        MAX_LOCAL_ALL
    } else {
        leads + MORE_LOCAL
    };
    let local: Vec<&Hit> = contactable.iter().copied().take(shown).collect();
    let hidden = contactable.len().min(MAX_LOCAL_ALL) - local.len();
    let national: Vec<Hit> = hits
        .iter()
        .filter(|h| h.section == Section::National)
        .cloned()
        .collect();
    let title = fill(ui.title_place, &[("place", &c.name)]);
    let body = html! {
        h1 { (commune_label(engine, c)) }
        @if let Some(f) = &place.via { p.note { (fill(ui.former_of, &[("f", f)])) } }
        @if !also.is_empty() {
            p.note { (ui.see_also) " : "
                @for a in also { a href={ (ui.prefix) "/commune/" (engine.commune(a.commune).insee) } { (engine.commune(a.commune).name) " (" (ui.whole_city) ")" } }
            }
        }
        (national_blocks(engine, ui))
        p.links.noprint {
            a href={ (ui.prefix) "/temoin" } { (ui.witness_link) }
            a href={ (ui.prefix) "/affiche/" (c.insee) } { (ui.poster_link) }
        }
        (filter_form(ui, c, &f))
        section aria-labelledby="h-near" {
            h2 #h-near { (fill(ui.near_h, &[("place", &c.name)])) }
            @if c.point.is_none() { p { (ui.no_geometry) } }
            @if local.is_empty() { p { (ui.near_none) } }
            ul.cards { @for h in &local { (card(engine, ui, c, h, now.date_naive())) } }
            @if hidden > 0 {
                p { a href={ (ui.prefix) "/commune/" (c.insee) "?tout=1#h-near" } { (fill(ui.see_all, &[("n", &contactable.len().min(MAX_LOCAL_ALL).to_string())])) } }
            }
            @if !folded.is_empty() { p.note { (fill(ui.also_reachable, &[("names", &folded.join(", "))])) } }
        }
        @if !national.is_empty() {
            section aria-labelledby="h-national" {
                h2 #h-national { (ui.national_h) }
                @for group in national.chunk_by(|a, b| Need::of(&engine.cat.resources[a.resource]) == Need::of(&engine.cat.resources[b.resource])) {
                    @let need = Need::of(&engine.cat.resources[group[0].resource]);
                    h3 { (ui.needs[Need::ALL.iter().position(|n| *n == need).unwrap_or(0)]) }
                    ul.lines { @for h in group { (national_line(engine, ui, h)) } }
                }
            }
        }
        p.noprint {
            a href={ (ui.prefix) "/affiche/" (c.insee) } { (ui.print_poster) } " · "
            a href={ (ui.prefix) "/departement/" (c.departement) } { (ui.dep_directory) }
        }
    };
    // One indexed address per commune: its page without filters.
    let canonical = req.path().contains("/commune/") && params.is_empty();
    let frame = Frame {
        title,
        ui,
        alternate: Some(alt_commune(ui, c)),
        search_js: false,
        widget: false,
        description: canonical.then(|| fill(ui.meta_place, &[("place", &c.name)])),
    };
    Ok(render(state, frame, body).into_string())
}

fn results_page(
    req: &HttpRequest,
    state: &AppState,
    engine: &Engine,
    ui: &Ui,
    place: &Candidate,
    also: &[Candidate],
    params: &[(String, String)],
) -> HttpResponse {
    match render_results(req, state, engine, ui, place, also, params) {
        Ok(html) => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(html),
        Err(resp) => *resp,
    }
}

fn alt_commune(ui: &Ui, c: &Commune) -> String {
    if ui.lang == Lang::Fr {
        format!("/en/commune/{}", c.insee)
    } else {
        format!("/commune/{}", c.insee)
    }
}

fn filter_form(ui: &Ui, c: &Commune, f: &Filters) -> Markup {
    let labels = ui.lang.labels();
    html! {
        details.filters open[!f.categories.is_empty() || !f.audiences.is_empty() || f.open_now || f.free] {
            summary { (ui.filters_h) }
            form method="get" action={ (ui.prefix) "/commune/" (c.insee) } {
                label { (ui.filter_category)
                    select name="category" {
                        option value="" { (ui.filter_any) }
                        @for cat in Category::ALL.iter().filter(|c| **c != Category::Emergency) {
                            option value=(cat.id()) selected[f.categories.contains(cat)] { ((labels.category)(*cat)) }
                        }
                    }
                }
                label { (ui.filter_audience)
                    select name="audience" {
                        option value="" { (ui.filter_any) }
                        @for a in Audience::ALL.iter().filter(|a| **a != Audience::Everyone) {
                            option value=(a.id()) selected[f.audiences.contains(a)] { ((labels.audience)(*a)) }
                        }
                    }
                }
                label.check { input type="checkbox" name="open_now" value="1" checked[f.open_now]; (ui.filter_open_now) }
                label.check { input type="checkbox" name="free" value="1" checked[f.free]; (ui.filter_free) }
                button type="submit" { (ui.filter_apply) }
            }
        }
    }
}

/// "Open · closes at 12:00" / "Closed · opens Monday at 08:00".
fn open_text(ui: &Ui, state: Option<&OpenState>) -> Option<Markup> {
    Some(match *state? {
        OpenState::Open { closes: None } => html! { span.open { (ui.always_open) } },
        OpenState::Open {
            closes: Some((_, t)),
        } => {
            html! { span.open { (ui.open_now) } " · " (fill(ui.closes_at, &[("t", &format_minutes(t))])) }
        }
        OpenState::Closed {
            opens: Some((d, t, in_days)),
        } => {
            // Counted on the place's own clock by the domain, so a weekly
            // opening next week is never "today".
            let day = match in_days {
                0 => ui.today,
                1 => ui.tomorrow,
                _ => ui.days[d.num_days_from_monday() as usize],
            };
            html! { span.closed { (ui.closed) } " · " (fill(ui.opens_at, &[("d", day), ("t", &format_minutes(t))])) }
        }
        OpenState::Closed { opens: None } => html! { span.closed { (ui.closed) } },
    })
}

/// A CDN may keep an unfiltered commune page for a minute (RFC 9213); the
/// browser still stores nothing (`Cache-Control: no-store`).
const SHARED_CACHE: (&str, &str) = ("cdn-cache-control", "public, max-age=60");
const HTML: &str = "text/html; charset=utf-8";

/// Local cards shown before "voir tout", besides the nearest one of each kind.
const MORE_LOCAL: usize = 3;
/// Local cards on the "voir tout" page.
const MAX_LOCAL_ALL: usize = 60;

/// "3,2 km": French decimals.
fn km(ui: &Ui, d: f64) -> String {
    let s = format!("{d:.1}");
    let s = if ui.lang == Lang::Fr {
        s.replace('.', ",")
    } else {
        s
    };
    fill(ui.km_away, &[("d", &s)])
}

fn date_fr(d: chrono::NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

fn card(engine: &Engine, ui: &Ui, place: &Commune, h: &Hit, today: chrono::NaiveDate) -> Markup {
    let r = &engine.cat.resources[h.resource];
    let labels = ui.lang.labels();
    // The commune's own mairie is "here": no distance.
    let own = r.commune.as_ref() == Some(&place.insee) && r.id.starts_with("mairie:");
    html! {
        li.card {
            h3 { a href={ (ui.prefix) "/ressource/" (r.id) } { (r.name) } }
            p.meta {
                ((labels.category)(r.category))
                @if let (Some(d), false) = (h.distance_km, own) { " · " (km(ui, d)) }
                @if let Some(o) = open_text(ui, h.open.as_ref()) { " · " (o) }
            }
            @if !r.phones.is_empty() {
                p { @for p in &r.phones {
                    (phone_link(ui, p))
                    @if let Some(c) = cost(ui, p) { span.note { "(" (c) ") " } }
                    @if let Some(l) = &p.label { span.note { "(" (l) ") " } }
                } }
            }
            @if let Some(a) = &r.address { p { (a.join(", ")) } }
            @if let Some(n) = r.place_note { p.note { (ui.place_note(n)) } }
            @if r.needs_review { p.review { (ui.needs_review) } }
            p.note {
                @if r.hours.is_none() { @if let Some(n) = &r.hours_note { (n) " " } }
                (ui.age_words(r, today))
            }
        }
    }
}

/// What a call costs, when it is not free: premium numbers say so, others
/// cost an ordinary call.
fn cost(ui: &Ui, p: &crate::domain::PhoneContact) -> Option<&'static str> {
    (p.free == Some(false)).then(|| {
        if p.number.is_premium() {
            ui.not_free
        } else {
            ui.ordinary_call
        }
    })
}

/// A national line on one row: name, number or chat link, hours in short.
fn national_line(engine: &Engine, ui: &Ui, h: &Hit) -> Markup {
    let r = &engine.cat.resources[h.resource];
    html! {
        li {
            a href={ (ui.prefix) "/ressource/" (r.id) } { (r.name) }
            " "
            @for p in &r.phones {
                (phone_link(ui, p))
                @if let Some(c) = cost(ui, p) { span.note { "(" (c) ") " } }
            }
            @if let Some(chat) = &r.chat { a.call href=(chat) rel="noreferrer noopener" { (ui.chat) } }
            @if let Some(o) = open_text(ui, h.open.as_ref()) { span.meta { (o) } }
            @if r.needs_review { " " span.review { (ui.review_short) } }
        }
    }
}

pub async fn resource(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let engine = state.engine.load();
    let Some(r) = engine.resource(&path) else {
        return layout::not_found(&req, &state, ui, ui.err_unknown_resource);
    };
    let labels = ui.lang.labels();
    let commune = r
        .commune
        .as_ref()
        .and_then(|c| engine.commune_by_insee(c))
        .map(|i| engine.commune(i));
    let back = match commune {
        Some(c) => format!("{}/commune/{}", ui.prefix, c.insee),
        None => format!("{}/", ui.prefix),
    };
    let body = html! {
        p.noprint { a href=(back) { "← " (commune.map(|c| c.name.as_str()).unwrap_or(ui.error_back)) } }
        h1 { (r.name) }
        (national_blocks(&engine, ui))
        p.meta { ((labels.category)(r.category))
            @if let Some(c) = commune { " · " a href={ (ui.prefix) "/commune/" (c.insee) } { (c.name) } } }
        @if let Some(d) = &r.description { p { (d) } }
        @if !r.phones.is_empty() {
            p { @for p in &r.phones { (phone_link(ui, p))
                @if p.free == Some(true) { span.note { "(" (ui.free) ") " } }
                @if let Some(c) = cost(ui, p) { span.note { "(" (c) ") " } }
                @if let Some(l) = &p.label { span.note { "(" (l) ") " } } } }
        }
        ul {
            @if let Some(e) = &r.email { li { (ui.email) " : " a href={ "mailto:" (e) } { (e) } } }
            @if let Some(w) = &r.website { li { (ui.website) " : " a href=(w) rel="noreferrer noopener" { (w) } } }
            @if let Some(w) = &r.chat { li { (ui.chat) " : " a href=(w) rel="noreferrer noopener" { (w) } } }
            @if let Some(a) = &r.address { li { (a.join(", ")) } }
            @if r.anonymous == Some(true) { li { (ui.anonymous) } }
            @if r.free == Some(true) { li { (ui.free) } }
        }
        h2 { (ui.hours_h) }
        @match &r.hours {
            Some(Hours::AlwaysOpen) => p { (ui.always_open) },
            Some(Hours::Weekly { slots }) => {
                @if let Some(o) = open_text(ui, open_state(r, commune, chrono::Utc::now()).as_ref()) { p { (o) } }
                table.hours { tbody { @for d in 1..=7u8 {
                    @let day: Vec<String> = slots.iter().filter(|s| s.day == d).map(|s| format!("{}–{}", format_minutes(s.open), format_minutes(s.close))).collect();
                    @if !day.is_empty() { tr { td { (ui.days[(d - 1) as usize]) } td { (day.join(", ")) } } }
                } } }
            },
            None => p { (r.hours_note.as_deref().unwrap_or("—")) },
        }
        @if let Some(n) = r.place_note { p.note { (ui.place_note(n)) } }
        @if r.needs_review { p.review { (ui.needs_review) @if let Some(n) = &r.review_note { " : " (n) } } }
        p { strong { (ui.age_words(r, chrono::Utc::now().date_naive())) } }
        p.note { (fill(ui.updated, &[("d", &date_fr(r.updated))])) " · " (ui.source) " : " (r.source.name)
            @if let Some(u) = &r.source.url { " — " a href=(u) rel="noreferrer noopener" { (u) } }
            " · " (r.source.licence) }
    };
    // The name can spell out the situation ("Violences Femmes Info"): keep history neutral.
    page(&req, &state, ui, ui.title_resource, body)
}

/// Compact results made to live in a partner's iframe; its quick exit leaves the whole window.
pub async fn widget(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let p = pairs(&req).unwrap_or_default();
    let code = p
        .iter()
        .find(|(k, _)| k == "commune")
        .map(|(_, v)| v.as_str());
    let commune = code.and_then(|c| engine.commune_by_code(c));
    let body = match commune {
        Some(i) => {
            let c = engine.commune(i);
            let now = chrono::Utc::now();
            let hits = match engine.search_resources(
                &ResourceQuery {
                    commune: Some(i),
                    ..Default::default()
                },
                now,
            ) {
                Ok(h) => h,
                Err(e) => return layout::internal_error(&req, e),
            };
            html! {
                h1 { (c.name) }
                (national_blocks(&engine, ui))
                ul.cards { @for h in hits.iter().filter(|h| h.section == Section::Local).take(8) { (card(&engine, ui, c, h, now.date_naive())) } }
                p { a href={ "/commune/" (c.insee) } target="_top" rel="noreferrer" { (fill(ui.docs.widget_all, &[("place", &c.name)])) } }
            }
        }
        None => {
            html! { (national_blocks(&engine, ui)) p { a href="/" target="_top" rel="noreferrer" { "Maillage" } } }
        }
    };
    let status = if commune.is_some() || code.is_none() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let frame = Frame {
        title: ui.title_home.into(),
        ui,
        alternate: None,
        search_js: false,
        widget: true,
        description: None,
    };
    layout::html_response(status, render(&state, frame, body))
}
