//! One record's page: contacts, hours, how old the facts are, the source.

use super::cards::{cost, date_words, gloss, open_text, own_or_french, phone_label, unconfirmed};
use super::errors::{Page, PageError};
use super::layout::{national_blocks, phone_link};
use crate::domain::hours::day_ranges;
use crate::domain::Hours;

use crate::locale::Lang;
use crate::search::open_state;
use actix_web::{web, HttpResponse};
use maud::html;

pub async fn resource(page: Page, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let engine = state.engine.load();
    let Some(r) = engine.resource(&path) else {
        return Err(page.not_found_saying(&ui.msg().err_unknown_resource()));
    };
    let from = page.params::<super::super::params::RecordParams>()?.from;
    let commune = r
        .commune
        .as_ref()
        .and_then(|c| engine.commune_by_insee(c))
        .map(|i| engine.commune(i));
    // Back to where she came from, else to the structure's own commune.
    let origin = from
        .as_ref()
        .and_then(|c| engine.commune_by_insee(c))
        .map(|i| engine.commune(i))
        .or(commune);
    let back = match origin {
        Some(c) => format!("{}/commune/{}", ui.prefix, c.insee),
        None => format!("{}/", ui.prefix),
    };
    // Directions only to a published point: the commune's centre would mislead.
    // Her language's words for the line, where written (national lines).
    let own = (ui.lang != Lang::Fr)
        .then(|| r.translation(ui.lang.code()))
        .flatten();
    // A source's free text on its hours: ours translated, else labelled as
    // the source's note, in French.
    let hours_note = own_or_french(
        ui,
        own.and_then(|t| t.hours_note.as_deref()),
        r.hours_note.as_deref(),
        &ui.msg().source_note_fr(),
    );
    let point = r
        .point
        .filter(|_| r.place_note.is_none() && r.address.is_some());
    let body = html! {
        h1.record lang=[super::cards::names_lang(ui)] { (r.name) }
        (national_blocks(&engine, ui))
        // "Back" points the way the page reads; below the emergency numbers,
        // which a long name must not push off a phone's first screen.
        p.noprint { a href=(back) { (if ui.rtl { "→ " } else { "← " }) (origin.map(|c| c.name.as_str()).unwrap_or(&ui.msg().error_back())) } }
        // What the French name means, below the emergency block.
        @if let Some(g) = gloss(ui, r) { p.gloss { (g) } }
        @if let Some(old) = &r.source_name { p.note { (ui.msg().source_name()) (ui.msg().colon()) span lang=[super::cards::names_lang(ui)] { (ui.msg().quoted(old)) } } }
        p.meta { (ui.category(r.category))
            @if let Some(c) = commune { " · " a href={ (ui.prefix) "/commune/" (c.insee) } { (c.name) } } }
        @if let Some(d) = ui.does_for(r) { p { (d) } }
        @if let Some(d) = own_or_french(ui, own.and_then(|t| t.description.as_deref()), r.description.as_deref(), &ui.msg().in_french()) { p { (d) } }
        @if !r.phones.is_empty() {
            p { @for (i, p) in r.phones.iter().enumerate() { (phone_link(ui, p))
                @if p.free == Some(true) { span.note { "(" (ui.msg().free()) ") " } }
                @if let Some(c) = cost(ui, p) { span.note { "(" (c) ") " } }
                @if let Some(l) = phone_label(ui, r, i) { span.note { "(" (l) ") " } } } }
        }
        ul {
            @if let Some(e) = &r.email { li { (ui.msg().email()) (ui.msg().colon()) a href={ "mailto:" (e) } dir="ltr" { (e) } } }
            @if let Some(w) = &r.website { li { (ui.msg().website()) (ui.msg().colon()) a href=(w) rel="noreferrer noopener" dir="ltr" { (w) } } }
            @if let Some(w) = &r.chat { li { (ui.msg().chat()) (ui.msg().colon()) a href=(w) rel="noreferrer noopener" dir="ltr" { (w) } } }
            @if let Some(a) = &r.address { li lang=[super::cards::names_lang(ui)] { (a.join(", "))
                @if let Some(p) = point {
                    // Nothing leaves the page until she taps: a geo: link opens her
                    // own maps app; OpenStreetMap is the fallback.
                    " · " a href={ "geo:" (p.lat) "," (p.lon) "?q=" (p.lat) "," (p.lon) } { (ui.msg().directions()) }
                    " · " a href={ "https://www.openstreetmap.org/?mlat=" (p.lat) "&mlon=" (p.lon) "#map=17/" (p.lat) "/" (p.lon) } rel="noreferrer noopener" { (ui.msg().map_osm()) }
                    br; small.note lang=(ui.lang.code()) { (ui.msg().directions_history()) }
                } } }
            @if r.anonymous == Some(true) { li { (ui.msg().anonymous()) } }
            @if r.free == Some(true) { li { (ui.msg().free()) } }
        }
        h2 { (ui.msg().hours_h()) }
        @match &r.hours {
            Some(Hours::AlwaysOpen) => p { (ui.msg().always_open()) },
            Some(Hours::Weekly { slots }) => {
                @if let Some(o) = open_text(ui, open_state(r, commune, state.config.clock.now()).as_ref()) { p { (o) } }
                @if r.is_national() { p.note { (ui.msg().paris_time()) } }
                table.hours { tbody { @for d in 1..=7u8 {
                    @let day = day_ranges(slots, d);
                    @if !day.is_empty() { tr { td { (ui.day(u32::from(d) - 1)) } td dir="ltr" { (day.join(", ")) } } }
                } } }
            },
            None => @match &hours_note {
                Some(n) => p { (n) },
                None => p { (ui.msg().hours_unpublished()) },
            },
        }
        @if r.hours.is_some() { @if let Some(n) = &hours_note { p.note { (n) } } }
        // What a structure keeps of its own listing in the back office (in French, as typed).
        @if r.structure_verified.is_some() {
            @if !r.permanences.is_empty() { h2 { (ui.msg().structure_permanences()) }
                ul lang=[super::cards::names_lang(ui)] { @for p in &r.permanences { li { (p) } } } }
            @if !r.languages.is_empty() { p { (ui.msg().structure_languages()) (ui.msg().colon()) span lang=[super::cards::names_lang(ui)] { (r.languages.join(", ")) } } }
            @if !r.accessibility.is_empty() { p { (ui.msg().structure_accessibility()) (ui.msg().colon()) span lang=[super::cards::names_lang(ui)] { (r.accessibility.join(", ")) } } }
        }
        @if let Some(n) = r.place_note { p.note { (ui.place_note(n)) } }
        @if r.needs_review { p.review { (unconfirmed(ui, r).unwrap_or_else(|| ui.msg().needs_review()))
            @if let Some(n) = own_or_french(ui, own.and_then(|t| t.review_note.as_deref()), r.review_note.as_deref(), &ui.msg().in_french()) {
                (ui.msg().colon()) (n)
            } } }
        p { strong { (ui.age_words(r, state.config.clock.now().date_naive())) } }
        details.source {
            summary { (updated_words(ui, r.updated, r.source.date.as_deref())) " · " (ui.msg().source()) }
            p.note { span lang=[super::cards::names_lang(ui)] { (r.source.name) }
                @if let Some(u) = &r.source.url { " — " a href=(u) rel="noreferrer noopener" dir="ltr" { (u) } }
                " · " (ui.licence(&r.source.licence)) }
            // The same structure as another source has it (shown once in lists).
            @for t in engine.twins(r) {
                p.note { (updated_words(ui, t.updated, t.source.date.as_deref())) " · " (ui.msg().source()) (ui.msg().colon()) (t.source.name)
                    " · " a href={ (ui.prefix) "/ressource/" (t.id) } { (t.name) } }
            }
        }
        (super::cards::corrections(ui, r))
        p { a.report href={ (ui.prefix) "/signaler/" (r.id) } rel="nofollow" { (ui.msg().report_link()) } }
    };
    // The name can spell out the situation ("Violences Femmes Info"): keep history neutral.
    Ok(super::layout::page(
        req,
        state,
        ui,
        &ui.msg().title_resource(),
        body,
    ))
}

/// "Mis à jour le 3 avril 2026"; for a source dated only by its month or its
/// year, "Mis à jour en septembre 2023" or "en 2023", never an invented "1er".
fn updated_words(
    ui: &crate::locale::Ui,
    updated: chrono::NaiveDate,
    source_date: Option<&str>,
) -> String {
    use chrono::Datelike;
    let source_date = source_date.map(str::trim).unwrap_or_default();
    let m = ui.msg();
    if source_date == format!("{:04}-{:02}", updated.year(), updated.month()) {
        let when = m.month_year(crate::locale::args::MonthYear {
            month: &ui.month(updated.month0()),
            year: &updated.year().to_string(),
        });
        m.updated_in(&when).into_owned()
    } else if source_date == updated.year().to_string() && updated.ordinal() == 1 {
        m.updated_in(source_date).into_owned()
    } else {
        m.updated(&date_words(ui, updated)).into_owned()
    }
}
