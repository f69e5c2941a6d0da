//! For counters and professionals: the printable poster and cards, and the
//! departmental directory printable as a leaflet.

use super::super::params::{one, pairs};
use super::super::state::AppState;
use super::choose::{pick_commune, Picked};
use super::layout::{self, page, phone_uri};
use crate::domain::model::ids;
use crate::domain::{Category, DepCode, Scope};
use crate::locale::{fill, Lang};
use crate::search::{ResourceQuery, Section};
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup, PreEscaped};

fn qr_svg(url: &str) -> Markup {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build();
            let start = svg.find("<svg").unwrap_or(0);
            PreEscaped(svg[start..].to_string())
        }
        Err(_) => html! {},
    }
}

/// `/affiche`: choose the commune of the poster, with or without JavaScript.
pub async fn poster_index(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let t = ui.docs;
    let engine = state.engine.load();
    let raw = pairs(&req)
        .ok()
        .and_then(|p| one(&p, "lieu").map(str::to_string))
        .unwrap_or_default();
    let picked = pick_commune(&engine, ui, &raw, |c| {
        format!("{}/affiche/{}", ui.prefix, c.insee)
    });
    if let Picked::One(i) = picked {
        return HttpResponse::SeeOther()
            .insert_header((
                "Location",
                format!("{}/affiche/{}", ui.prefix, engine.commune(i).insee),
            ))
            .finish();
    }
    let body = html! {
        h1 { (ui.poster_link) }
        (layout::national_blocks(&engine, ui))
        p { (t.poster_intro) }
        form.search method="get" action={ (ui.prefix) "/affiche" } {
            label for="lieu" { (t.poster_place_label) }
            input #lieu type="search" name="lieu" value=(raw) required maxlength="100" autocomplete="off";
            button type="submit" { (t.poster_prepare) }
        }
        @if let Picked::List(m) = picked { (m) }
    };
    page(&req, &state, ui, ui.poster_link, body)
}

pub async fn poster(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let t = ui.docs;
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return layout::not_found(&req, &state, ui, ui.status_message(404));
    };
    let c = engine.commune(i);
    // The configured address only: `Host` and forwarded headers are the
    // client's to choose, and a poster must not print an attacker's site.
    let path = format!("{}/commune/{}", ui.prefix, c.insee);
    let url = match &state.config.public_url {
        Some(base) => format!("{base}{path}"),
        None => path,
    };
    let now = chrono::Utc::now();
    let today = now.date_naive();
    let hits = match engine.search_resources(&ResourceQuery::for_commune(i), now) {
        Ok(h) => h,
        Err(e) => return layout::internal_error(&req, e),
    };
    let local: Vec<_> = hits
        .iter()
        .filter(|h| h.section == Section::Local)
        .map(|h| &engine.cat.resources[h.resource])
        .filter(|r| !r.phones.is_empty())
        // A poster stays on a wall for years: only facts confirmed within 24
        // months, and the mairie, which always answers.
        .filter(|r| r.id.starts_with("mairie:") || !r.is_stale(today))
        .take(4)
        .collect();
    let qr = if state.config.public_url.is_some() {
        qr_svg(&url)
    } else {
        html! {}
    };
    // Numbers from the data, as on the results page.
    let n = |id: &str| {
        engine
            .resource(id)
            .and_then(|r| r.phones.first())
            .map(|p| p.number.display())
            .unwrap_or_default()
    };
    let body = html! {
        div.noprint { (layout::national_blocks(&engine, ui)) }
        p.noprint { (t.poster_print_hint) }
        section.poster {
            h1 { (t.poster_h1) }
            div {
                p.p-h { (t.danger) }
                p { span.p-big { (n(ids::POLICE)) } span.p-or { (t.or) } span.p-big { (n(ids::EU_EMERGENCY)) } }
                p.p-mid { (ui.sms) " " (n(ids::SMS_EMERGENCY)) span.p-small { (t.cannot_speak) } }
            }
            div {
                p.p-h { (t.poster_listen) }
                p { span.p-big.p-3919 { (n(ids::VIOLENCES_FEMMES_INFO)) } }
                p.p-small { (t.poster_not_emergency_child) strong { (n(ids::CHILDREN_IN_DANGER)) } }
            }
            @if !local.is_empty() {
                div.local {
                    h2 { (fill(t.poster_local_h, &[("place", &c.name)])) }
                    ul { @for r in &local { li { (r.name) " : " @for p in &r.phones { a href=(phone_uri(p)) { (p.number.display()) } " " } } } }
                }
            }
            div.p-foot {
                @if state.config.public_url.is_some() { div.qr { (qr) } }
                p { (t.poster_all) strong { (url) } br; span.p-small { (t.poster_shop) } }
            }
        }
        section.sheet {
            @for _ in 0..4 {
                div.a6 {
                    p.p-h { (fill(t.card_h, &[("place", &c.name)])) }
                    div {
                        p.p-h2 { (t.danger) }
                        p { span.p-big { (n(ids::POLICE)) } span.p-or { (t.or) } span.p-big { (n(ids::EU_EMERGENCY)) } }
                        p { (ui.sms) " " strong { (n(ids::SMS_EMERGENCY)) } }
                    }
                    div {
                        p.p-h2 { (t.card_listen) }
                        p { span.p-big.p-3919 { (n(ids::VIOLENCES_FEMMES_INFO)) } }
                        p.p-small { (t.child) strong { (n(ids::CHILDREN_IN_DANGER)) } }
                    }
                    @if let Some(r) = local.first() { p.p-small { (r.name) " : " (r.phones[0].number.display()) } }
                    @if state.config.public_url.is_some() { div.qr { (qr.clone()) } }
                    p.p-small { (url) }
                }
            }
        }
    };
    page(
        &req,
        &state,
        ui,
        &fill(t.poster_title, &[("place", &c.name)]),
        body,
    )
}

pub async fn departement(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let t = ui.docs;
    let engine = state.engine.load();
    let Some(dep) = DepCode::parse(&path)
        .ok()
        .filter(|d| engine.cat.departements.contains_key(d))
    else {
        return layout::not_found(&req, &state, ui, ui.status_message(404));
    };
    // `?category=police`: one kind of help, still printable as a leaflet.
    let only = match pairs(&req)
        .ok()
        .as_ref()
        .and_then(|p| one(p, "category").map(str::to_string))
    {
        None => None,
        Some(c) if c.is_empty() => None,
        Some(c) => match Category::from_id(&c) {
            Some(c) => Some(c),
            None => return layout::bad_request(&req, &state, ui, ui.err_bad_filter),
        },
    };
    let labels = ui.lang.labels();
    let mut in_dep: Vec<_> = engine
        .cat
        .resources
        .iter()
        .filter(|r| !r.is_national())
        .filter(|r| {
            r.departement.as_ref() == Some(&dep)
                || matches!(&r.scope, Scope::Departements { codes } if codes.contains(&dep))
        })
        .collect();
    let today = chrono::Utc::now().date_naive();
    // Alphabetical the way people read it: accents and case do not count.
    in_dep.sort_by_cached_key(|r| crate::domain::text::place_key(&r.name));
    let (mairies, others): (Vec<_>, Vec<_>) = in_dep
        .into_iter()
        .partition(|r| r.category == Category::SocialServices && r.id.starts_with("mairie:"));
    // A mairie is found by its commune's name, not by "Mairie d'…".
    let mut mairies: Vec<_> = mairies
        .into_iter()
        .map(|r| {
            let name = r
                .commune
                .as_ref()
                .and_then(|c| engine.commune_by_insee(c))
                .map(|i| engine.commune(i).name.as_str())
                .unwrap_or(r.name.as_str());
            (crate::domain::text::place_key(name), name, r)
        })
        .collect();
    mairies.sort_by(|a, b| a.0.cmp(&b.0));
    let kinds: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| {
            others.iter().any(|r| r.category == *c)
                || (*c == Category::SocialServices && !mairies.is_empty())
        })
        .collect();
    let show = |c: Category| only.is_none_or(|o| o == c);
    let base = format!("{}/departement/{dep}", ui.prefix);
    let dep_name = engine.departement_name(&dep);
    let body = html! {
        h1 { (fill(t.dep_h1, &[("dep", dep_name), ("code", dep.as_str())])) }
        (layout::national_blocks(&engine, ui))
        p.noprint { (t.dep_lead) }
        nav.links.noprint aria-label=(t.dep_filter) {
            @if only.is_none() { strong { (t.dep_all) } } @else { a href=(base) { (t.dep_all) } }
            @for c in &kinds {
                @if only == Some(*c) { strong { ((labels.category)(*c)) } }
                @else { a href={ (base) "?category=" (c.id()) } { ((labels.category)(*c)) } }
            }
        }
        @for cat in kinds.iter().copied().filter(|c| show(*c)) {
            @let list: Vec<_> = others.iter().filter(|r| r.category == cat).collect();
            @if !list.is_empty() { h2 { ((labels.category)(cat)) " (" (list.len()) ")" }
            ul.cards { @for r in list { li.card {
                h3 { a href={ (ui.prefix) "/ressource/" (r.id) } { (r.name) } }
                @for p in &r.phones { a.call href=(phone_uri(p)) { (p.number.display()) } }
                @if let Some(n) = &r.hours_note { p.note { (n) } }
                @if r.needs_review { p.review { (ui.needs_review) } }
                p.note { (ui.age_words(r, today)) }
            } } } }
        }
        @if show(Category::SocialServices) {
            h2 { (fill(t.dep_mairies_h, &[("n", &mairies.len().to_string())])) }
            table.hours { tbody { @for (_, name, r) in &mairies { tr {
                td { a href={ (ui.prefix) "/ressource/" (r.id) } { (name) } }
                td { @for p in &r.phones { a.call href=(phone_uri(p)) { (p.number.display()) } } }
            } } } }
        }
    };
    page(
        &req,
        &state,
        ui,
        &fill(t.dep_title, &[("dep", dep_name)]),
        body,
    )
}
