//! One record's page: contacts, hours, how old the facts are, the source.

use super::super::state::AppState;
use super::cards::{cost, date_fr, open_text};
use super::errors;
use super::layout::{national_blocks, page, phone_link};
use crate::domain::hours::format_minutes;
use crate::domain::Hours;
use crate::locale::fill;
use crate::locale::Lang;
use crate::search::open_state;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::html;

pub async fn resource(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let engine = state.engine.load();
    let Some(r) = engine.resource(&path) else {
        return errors::not_found(&req, &state, ui, ui.err_unknown_resource);
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
        @if let Some(old) = &r.source_name { p.note { (ui.source_name) " : « " (old) " »" } }
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
        // The same structure as another source has it (shown once in lists).
        @for t in engine.twins(r) {
            p.note { (fill(ui.updated, &[("d", &date_fr(t.updated))])) " · " (ui.source) " : " (t.source.name)
                " · " a href={ (ui.prefix) "/ressource/" (t.id) } { (t.name) } }
        }
        (super::cards::corrections(ui, r))
        p { a.report href={ (ui.prefix) "/signaler/" (r.id) } rel="nofollow" { (ui.reports.link) } }
    };
    // The name can spell out the situation ("Violences Femmes Info"): keep history neutral.
    page(&req, &state, ui, ui.title_resource, body)
}
