//! `/facile/`: the home page, a commune's help and the witness page in
//! easy-read French, for people with intellectual disabilities (who face
//! more violence and fewer usable services). Same search, same data; fewer
//! words, one idea a line, a pictogram beside each block.

use super::super::params::{self, CommuneChoice};
use super::super::state::AppState;
use super::errors;
use super::layout::{self, phone_uri};
use super::shop_prints::Numbers;
use crate::domain::model::ids;
use crate::domain::Category;
use crate::locale::catalogue::EASY_READ as T;
use crate::locale::easy_read::EasyRead;
use crate::locale::{fill, Lang};
use crate::search::{Engine, Resolution};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup, PreEscaped};

/// Pictograms drawn with the text colour; the text beside each says it all.
const PHONE: &str = r#"<svg class="picto" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 2h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2 2 0 0 1 2-2z"/></svg>"#;
const PIN: &str = r#"<svg class="picto" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 22s7-7 7-12a7 7 0 0 0-14 0c0 5 7 12 7 12z"/><circle cx="12" cy="10" r="2.5"/></svg>"#;
const EYE: &str = r#"<svg class="picto" viewBox="0 0 24 24" aria-hidden="true"><path d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"/><circle cx="12" cy="12" r="3"/></svg>"#;
const DOOR: &str = r#"<svg class="picto" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 21h16M6 21V3h9v18M15 12h6m-3-3 3 3-3 3"/></svg>"#;
const PEN: &str = r#"<svg class="picto" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20h4L20 8l-4-4L4 16z"/></svg>"#;

fn picto(svg: &'static str) -> PreEscaped<&'static str> {
    PreEscaped(svg)
}

/// A block: its pictogram, its heading, one line a sentence, then what to tap.
fn block(svg: &'static str, heading: &str, lines: &[String], then: Markup) -> Markup {
    html! {
        section.easy {
            h2 { (picto(svg)) (heading) }
            @for l in lines { p { (l) } }
            (then)
        }
    }
}

fn big_number(engine: &Engine, id: &str) -> Markup {
    match engine.resource(id).and_then(|r| r.phones.first()) {
        Some(p) => html! { p { a.big href=(phone_uri(p)) { (T.call) " " (p.number.display()) } } },
        None => html! {},
    }
}

fn filled(n: &Numbers, lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| n.fill(l)).collect()
}

/// The easy-read numbers block, for a page that shares the site's text.
pub(super) fn numbers_block(engine: &Engine) -> Markup {
    numbers(engine, &Numbers::of(engine), &T)
}

/// The numbers first, in easy words: danger now, someone to talk to, a child.
fn numbers(engine: &Engine, n: &Numbers, t: &EasyRead) -> Markup {
    let line = engine.resource(ids::VIOLENCES_FEMMES_INFO);
    let mut talk = filled(n, t.talk);
    if line.is_some_and(|r| r.free == Some(true)) {
        talk.push(t.talk_free.to_string());
    }
    if line.is_some_and(|r| matches!(r.hours, Some(crate::domain::Hours::AlwaysOpen))) {
        talk.push(t.talk_always.to_string());
    }
    talk.push(t.msg().interpreter_3919());
    html! {
        section.easy.urgent {
            h2 { (picto(PHONE)) (t.danger_h) }
            (big_number(engine, ids::POLICE))
            @for l in filled(n, t.danger) { p { (l) } }
        }
        section.easy.listen {
            h2 { (picto(PHONE)) (t.talk_h) }
            (big_number(engine, ids::VIOLENCES_FEMMES_INFO))
            @for l in &talk { p { (l) } }
        }
        p { (n.fill(t.child)) }
    }
}

pub(super) fn easy_page(
    req: &HttpRequest,
    state: &AppState,
    status: StatusCode,
    title: &str,
    body: Markup,
) -> HttpResponse {
    let body = html! { div.facile { (body) } };
    layout::page_with_status(req, state, Lang::Fr.ui(), status, title, body)
}

fn search_block() -> Markup {
    html! {
        section.easy {
            h2 { (picto(PIN)) (T.find_h) }
            p { (T.find_lead) }
            form.search method="get" action="/facile/recherche" role="search" {
                label for="lieu" { (T.find_label) }
                input #lieu type="search" name="lieu" autocomplete="off" required maxlength="100";
                button type="submit" { (T.find_button) }
            }
        }
    }
}

/// `/facile/`
pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let body = html! {
        h1 { (T.home_h1) }
        (numbers(&engine, &n, &T))
        @for l in T.home_lead { p { (l) } }
        (search_block())
        section.easy {
            h2 { (picto(EYE)) (T.witness_h) }
            p { (T.witness_lead) }
            p { a href="/facile/temoin" { (T.witness_link) } }
        }
        p { a href="/facile/vos-droits" { (T.msg().rights_link()) } }
        (block(DOOR, T.exit_h, &filled(&n, T.exit), html! {}))
        p { a href="/" { (T.full_site) } }
    };
    easy_page(&req, &state, StatusCode::OK, T.title_home, body)
}

/// `/facile/recherche?lieu=`: one commune goes to its page; several, a list.
pub async fn search(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let CommuneChoice { raw, .. } = match params::parse(&req) {
        Ok(p) => p,
        Err(e) => return errors::param_error(&req, &state, ui, &e),
    };
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let resolution = match crate::search::query::parse_place_field(&raw) {
        Ok(q) => engine.resolve(&q),
        // An empty field: back to the start.
        Err(_) => {
            return HttpResponse::SeeOther()
                .insert_header(("Location", "/facile/"))
                .finish()
        }
    };
    let (status, heading, lead, candidates) = match resolution {
        Resolution::Found { place, .. } => {
            let to = format!("/facile/commune/{}", engine.commune(place.commune).insee);
            return HttpResponse::SeeOther()
                .insert_header(("Location", to))
                .finish();
        }
        Resolution::Choose { candidates } => (StatusCode::OK, T.choose_h, &[][..], candidates),
        Resolution::UnknownPostcode { suggestions, .. }
        | Resolution::UnknownName { suggestions } => (
            StatusCode::NOT_FOUND,
            T.not_found_h,
            T.not_found,
            suggestions,
        ),
    };
    let body = html! {
        h1 { (heading) }
        (numbers(&engine, &n, &T))
        @for l in lead { p { (l) } }
        @if !candidates.is_empty() {
            p { (T.choose_lead) }
            ul.choices { @for c in &candidates {
                @let commune = engine.commune(c.commune);
                li { a href={ "/facile/commune/" (commune.insee) } { (commune.name) " (" (commune.departement.as_str()) ")" } }
            } }
        }
        (search_block())
    };
    easy_page(&req, &state, status, heading, body)
}

/// The nearest place of each kind, in the commune page's order, at most one a kind.
const KINDS: [Category; 6] = [
    Category::Police,
    Category::WomensRights,
    Category::VictimSupport,
    Category::Justice,
    Category::AccessToRights,
    Category::SocialServices,
];

/// `/facile/commune/{insee}`
pub async fn commune(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return errors::not_found(&req, &state, ui, ui.status_message(404));
    };
    let c = engine.commune(i);
    let q = params::Narrow::default().query(Some(i));
    let shown = match engine.commune_page(&q, false, chrono::Utc::now()) {
        Ok(s) => s,
        Err(e) => return errors::search_failed(&req, &e),
    };
    let n = Numbers::of(&engine);
    let places: Vec<_> = KINDS
        .iter()
        .filter_map(|k| {
            shown
                .local
                .iter()
                .find(|h| h.lead && engine.cat.resources[h.resource].category == *k)
        })
        .collect();
    let body = html! {
        h1 { (fill(T.place_h1, &[("place", &c.name)])) }
        (numbers(&engine, &n, &T))
        section.easy {
            h2 { (picto(PIN)) (T.place_lead) }
            @if places.is_empty() { p { (n.fill(T.place_none)) } }
            ul.easy-places {
                @for h in &places {
                    @let r = &engine.cat.resources[h.resource];
                    @let (kind, does) = T.kind(r.category).unwrap_or((r.name.as_str(), ""));
                    li {
                        h3 { (kind) }
                        p { (does) }
                        p { strong { (r.name) } }
                        @if let Some(a) = &r.address { p { (a.join(", ")) } }
                        @if let Some(d) = easy_distance(r, c, h.distance_km) { p { (d) } }
                        @if let Some(p) = r.phones.first() {
                            p { a.call href=(phone_uri(p)) { (T.call) " " (p.number.display()) } }
                        }
                        p { (T.call_first) }
                    }
                }
            }
            p { a href={ "/commune/" (c.insee) } { (T.place_full) } }
        }
        section.easy {
            h2 { (picto(EYE)) (T.witness_h) }
            p { a href={ "/facile/temoin?commune=" (c.insee) } { (T.witness_link) } }
        }
        (block(DOOR, T.exit_h, &filled(&n, T.exit), html! {}))
    };
    let title = fill(T.title_place, &[("place", &c.name)]);
    easy_page(&req, &state, StatusCode::OK, &title, body)
}

/// "Dans votre commune." or "À 4 km." (whole kilometres read more easily).
fn easy_distance(
    r: &crate::domain::Resource,
    c: &crate::domain::Commune,
    d: Option<f64>,
) -> Option<String> {
    let d = d?;
    r.address.as_ref()?;
    if r.commune.as_ref() == Some(&c.insee) || d < 1.0 {
        return Some(T.in_commune.to_string());
    }
    Some(fill(T.km, &[("d", &format!("{}", d.round() as u32))]))
}

/// `/facile/temoin` (`?commune=` keeps the way back to her commune's page).
pub async fn witness(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let CommuneChoice { code, .. } = match params::parse(&req) {
        Ok(p) => p,
        Err(e) => return errors::param_error(&req, &state, ui, &e),
    };
    let engine = state.engine.load();
    let commune = code.and_then(|c| engine.commune_by_code(&c));
    let n = Numbers::of(&engine);
    let full = match commune {
        Some(i) => format!("/temoin?commune={}", engine.commune(i).insee),
        None => "/temoin".to_string(),
    };
    let body = html! {
        h1 { (T.witness_h1) }
        section.easy.urgent {
            h2 { (picto(PHONE)) (T.witness_danger_h) }
            (big_number(&engine, ids::POLICE))
        }
        section.easy.listen {
            h2 { (picto(PHONE)) (T.witness_advice_h) }
            (big_number(&engine, ids::VIOLENCES_FEMMES_INFO))
            @for l in filled(&n, T.witness_advice) { p { (l) } }
        }
        @for l in T.witness_intro { p { (l) } }
        (block(EYE, T.witness_help_h, &filled(&n, T.witness_help), html! {}))
        (block(EYE, T.witness_careful_h, &filled(&n, T.witness_careful), html! {}))
        (block(PEN, T.witness_write_h, &filled(&n, T.witness_write), html! {}))
        @if let Some(i) = commune {
            p { a href={ "/facile/commune/" (engine.commune(i).insee) } { (fill(T.place_h1, &[("place", &engine.commune(i).name)])) } }
        }
        p { a href=(full) { (T.witness_full) } }
        (block(DOOR, T.exit_h, &filled(&n, T.exit), html! {}))
    };
    easy_page(&req, &state, StatusCode::OK, T.title_witness, body)
}

pub async fn to_home() -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header(("Location", "/facile/"))
        .finish()
}
