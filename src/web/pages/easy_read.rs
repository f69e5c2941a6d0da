//! `/facile/`: the home page, a commune's help and the witness page in
//! easy-read French, for people with intellectual disabilities (who face
//! more violence and fewer usable services). Same search, same data; fewer
//! words, one idea a line, a pictogram beside each block.

use super::super::params::{self, CommuneChoice};
use super::super::state::AppState;
use super::errors::{Page, PageError};
use super::layout::{self, phone_uri};
use super::shop_prints::Numbers;
use crate::domain::model::ids;
use crate::domain::{Category, PhoneContact};
use crate::locale::catalogue::EASY_READ as T;
use crate::locale::easy_read::EasyRead;
use crate::locale::Lang;
use crate::search::{Engine, Resolution};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup, PreEscaped};
use std::borrow::Cow;

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
fn block(svg: &'static str, heading: &str, lines: &[Cow<'_, str>], then: Markup) -> Markup {
    html! {
        section.easy {
            h2 { (picto(svg)) (heading) }
            @for l in lines { p { (l) } }
            (then)
        }
    }
}

fn first_phone<'e>(engine: &'e Engine, id: &str) -> Option<&'e PhoneContact> {
    engine.resource(id).and_then(|r| r.phones.first())
}

/// A national line's number as a big link to call it, or nothing when the
/// data lacks it.
fn big_number(engine: &Engine, id: &str) -> Markup {
    match first_phone(engine, id) {
        Some(p) => {
            html! { p { a.big href=(phone_uri(p)) { (T.easy().call()) " " (p.number.display()) } } }
        }
        None => html! {},
    }
}

/// The easy-read numbers block, for a page that shares the site's text.
pub(super) fn numbers_block(engine: &Engine) -> Markup {
    numbers(engine, &Numbers::of(engine), &T)
}

/// The numbers first, in easy words: danger now, someone to talk to, a child.
fn numbers(engine: &Engine, n: &Numbers, t: &EasyRead) -> Markup {
    let line = engine.resource(ids::VIOLENCES_FEMMES_INFO);
    let mut talk = t.easy().talk_list().to_vec();
    if line.is_some_and(|r| r.free == Some(true)) {
        talk.push(t.easy().talk_free());
    }
    if line.is_some_and(|r| matches!(r.hours, Some(crate::domain::Hours::AlwaysOpen))) {
        talk.push(t.easy().talk_always());
    }
    talk.push(t.msg().interpreter_3919());
    html! {
        section.easy.urgent {
            h2 { (picto(PHONE)) (t.easy().danger_h()) }
            (big_number(engine, ids::POLICE))
            @for l in t.easy().danger_list() { p { (l) } }
            @if let Some(p) = first_phone(engine, ids::SMS_EMERGENCY) {
                p { a href=(phone_uri(p)) { (t.easy().danger_sms(&n.sms)) } }
            }
        }
        section.easy.listen {
            h2 { (picto(PHONE)) (t.easy().talk_h()) }
            (big_number(engine, ids::VIOLENCES_FEMMES_INFO))
            @for l in &talk { p { (l) } }
        }
        p { (t.easy().child()) }
        (big_number(engine, ids::CHILDREN_IN_DANGER))
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
            h2 { (picto(PIN)) (T.easy().find_h()) }
            p { (T.easy().find_lead()) }
            form.search method="get" action="/facile/recherche" role="search" {
                label for="lieu" { (T.easy().find_label()) }
                input #lieu type="search" name="lieu" autocomplete="off" required maxlength="100";
                button type="submit" { (T.easy().find_button()) }
            }
        }
    }
}

/// `/facile/`
pub async fn home(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let body = html! {
        h1 { (T.easy().home_h1()) }
        (numbers(&engine, &n, &T))
        @for l in T.easy().home_lead_list() { p { (l) } }
        (search_block())
        section.easy {
            h2 { (picto(EYE)) (T.easy().witness_h()) }
            p { (T.easy().witness_lead()) }
            p { a href="/facile/temoin" { (T.easy().witness_link()) } }
        }
        p { a href="/facile/vos-droits" { (T.msg().rights_link()) } }
        (block(DOOR, &T.easy().exit_h(), &T.easy().exit_list(&n.line), html! {}))
        p { a href="/" { (T.easy().full_site()) } }
    };
    Ok(easy_page(
        req,
        state,
        StatusCode::OK,
        &T.easy().title_home(),
        body,
    ))
}

/// `/facile/recherche?lieu=`: one commune goes to its page; several, a list.
pub async fn search(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let _ui = Lang::Fr.ui();
    let CommuneChoice { raw, .. } = page.params()?;
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let resolution = match crate::search::query::parse_place_field(&raw) {
        Ok(q) => engine.resolve(&q),
        // An empty field: back to the start.
        Err(_) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header(("Location", "/facile/"))
                .finish())
        }
    };
    let (status, heading, lead, candidates) = match resolution {
        Resolution::Found { place, .. } => {
            let to = format!("/facile/commune/{}", engine.commune(place.commune).insee);
            return Ok(HttpResponse::SeeOther()
                .insert_header(("Location", to))
                .finish());
        }
        Resolution::Choose { candidates } => {
            (StatusCode::OK, T.easy().choose_h(), vec![], candidates)
        }
        Resolution::UnknownPostcode { suggestions, .. }
        | Resolution::UnknownName { suggestions } => (
            StatusCode::NOT_FOUND,
            T.easy().not_found_h(),
            T.easy().not_found_list().to_vec(),
            suggestions,
        ),
    };
    let body = html! {
        h1 { (heading) }
        (numbers(&engine, &n, &T))
        @for l in lead { p { (l) } }
        @if !candidates.is_empty() {
            p { (T.easy().choose_lead()) }
            ul.choices { @for c in &candidates {
                @let commune = engine.commune(c.commune);
                li { a href={ "/facile/commune/" (commune.insee) } { (commune.name) " (" (commune.departement.as_str()) ")" } }
            } }
        }
        (search_block())
    };
    Ok(easy_page(req, state, status, &heading, body))
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
pub async fn commune(page: Page, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let _ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return Err(page.not_found());
    };
    let c = engine.commune(i);
    let q = params::Narrow::default().query(Some(i));
    let shown = engine
        .commune_page(&q, false, state.config.clock.now())
        .map_err(|e| page.failed(e))?;
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
        h1 { (T.easy().place_h1(&c.name)) }
        (numbers(&engine, &n, &T))
        section.easy {
            h2 { (picto(PIN)) (T.easy().place_lead()) }
            @if places.is_empty() { p { (T.easy().place_none(&n.line)) } }
            ul.easy-places {
                @for h in &places {
                    @let r = &engine.cat.resources[h.resource];
                    @let (kind, does) = T.kind(r.category).unwrap_or((Cow::Borrowed(r.name.as_str()), Cow::Borrowed("")));
                    li {
                        h3 { (kind) }
                        p { (does) }
                        p { strong { (r.name) } }
                        @if let Some(a) = &r.address { p { (a.join(", ")) } }
                        @if let Some(d) = easy_distance(r, c, h.distance_km) { p { (d) } }
                        @if let Some(p) = r.phones.first() {
                            p { a.call href=(phone_uri(p)) { (T.easy().call()) " " (p.number.display()) } }
                        }
                        p { (T.easy().call_first()) }
                    }
                }
            }
            p { a href={ "/commune/" (c.insee) } { (T.easy().place_full()) } }
        }
        section.easy {
            h2 { (picto(EYE)) (T.easy().witness_h()) }
            p { a href={ "/facile/temoin?commune=" (c.insee) } { (T.easy().witness_link()) } }
        }
        (block(DOOR, &T.easy().exit_h(), &T.easy().exit_list(&n.line), html! {}))
    };
    let title = T.easy().title_place(&c.name);
    Ok(easy_page(req, state, StatusCode::OK, &title, body))
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
        return Some(T.easy().in_commune().to_string());
    }
    Some(T.easy().km(&format!("{}", d.round() as u32)).into_owned())
}

/// `/facile/temoin` (`?commune=` keeps the way back to her commune's page).
pub async fn witness(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let _ui = Lang::Fr.ui();
    let CommuneChoice { code, .. } = page.params()?;
    let engine = state.engine.load();
    let commune = code.and_then(|c| engine.commune_by_code(&c));
    let n = Numbers::of(&engine);
    let full = match commune {
        Some(i) => format!("/temoin?commune={}", engine.commune(i).insee),
        None => "/temoin".to_string(),
    };
    let body = html! {
        h1 { (T.easy().witness_h1()) }
        section.easy.urgent {
            h2 { (picto(PHONE)) (T.easy().witness_danger_h()) }
            (big_number(&engine, ids::POLICE))
        }
        section.easy.listen {
            h2 { (picto(PHONE)) (T.easy().witness_advice_h()) }
            (big_number(&engine, ids::VIOLENCES_FEMMES_INFO))
            @for l in T.easy().witness_advice_list(&n.line) { p { (l) } }
        }
        @for l in T.easy().witness_intro_list() { p { (l) } }
        (block(EYE, &T.easy().witness_help_h(), &T.easy().witness_help_list(&n.line), html! {}))
        (block(EYE, &T.easy().witness_careful_h(), &T.easy().witness_careful_list(), html! {}))
        (block(PEN, &T.easy().witness_write_h(), &T.easy().witness_write_list(), html! {}))
        @if let Some(i) = commune {
            p { a href={ "/facile/commune/" (engine.commune(i).insee) } { (T.easy().place_h1(&engine.commune(i).name)) } }
        }
        p { a href=(full) { (T.easy().witness_full()) } }
        (block(DOOR, &T.easy().exit_h(), &T.easy().exit_list(&n.line), html! {}))
    };
    Ok(easy_page(
        req,
        state,
        StatusCode::OK,
        &T.easy().title_witness(),
        body,
    ))
}

pub async fn to_home() -> HttpResponse {
    HttpResponse::MovedPermanently()
        .insert_header(("Location", "/facile/"))
        .finish()
}
