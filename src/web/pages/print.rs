//! For counters and professionals: the printable poster and cards, and the
//! departmental directory printable as a leaflet.

use super::super::AppState;
use super::layout::{self, page, phone_uri};
use crate::domain::{Category, DepCode, Scope};
use crate::locale::Lang;
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

pub async fn poster(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return layout::not_found(&req, &state, ui, crate::locale::fr::errors::NOT_FOUND);
    };
    let c = engine.commune(i);
    // The configured address only: `Host` and forwarded headers are the
    // client's to choose, and a poster must not print an attacker's site.
    let path = format!("/commune/{}", c.insee);
    let url = match &state.config.public_url {
        Some(base) => format!("{base}{path}"),
        None => path,
    };
    let now = chrono::Utc::now();
    let today = now.date_naive();
    let hits = engine.search_resources(
        &ResourceQuery {
            commune: Some(i),
            ..Default::default()
        },
        now,
    );
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
    let numbers = html! {
        p { strong { "Danger immédiat : " } span.big { (n("national:17")) } " ou " span.big { (n("national:112")) } " · SMS " span.big { (n("national:114")) } }
        p { strong { "Écoute 24 h/24 : " } span.big { (n("national:3919")) } " (gratuit, anonyme, hors facture) · enfants : " span.big { (n("national:119")) } }
    };
    let body = html! {
        p.noprint { "Imprimez cette page (Ctrl+P) : une affiche A4, puis une feuille de quatre cartes A6 à découper." }
        section.poster {
            h1 { "Violences au sein du foyer : vous pouvez être aidé·e, près d'ici." }
            (numbers)
            h2 { "À " (c.name) }
            ul { @for r in &local { li { (r.name) " : " @for p in &r.phones { a href=(phone_uri(p)) { (p.number.display()) } " " } } } }
            div.qr { (qr) }
            p { "Tous les contacts : " (url) }
            p.note { "Le 3919 n'est pas un numéro d'urgence. Ce commerce peut vous laisser appeler au calme." }
        }
        section.sheet {
            @for _ in 0..4 {
                div.a6 {
                    strong { "Besoin d'aide ? " (c.name) }
                    (numbers)
                    @if let Some(r) = local.first() { p { (r.name) " : " (r.phones[0].number.display()) } }
                    div.qr { (qr.clone()) }
                }
            }
        }
    };
    page(&req, &state, ui, &format!("Affiche — {}", c.name), body)
}

pub async fn departement(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let Some(dep) = DepCode::parse(&path)
        .ok()
        .filter(|d| engine.cat.departements.contains_key(d))
    else {
        return layout::not_found(&req, &state, ui, crate::locale::fr::errors::NOT_FOUND);
    };
    let labels = ui.lang.labels();
    let in_dep: Vec<_> = engine
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
    let mut in_dep = in_dep;
    in_dep.sort_by(|a, b| a.name.cmp(&b.name));
    let (ccas, others): (Vec<_>, Vec<_>) = in_dep
        .into_iter()
        .partition(|r| r.category == Category::SocialServices && r.id.starts_with("mairie:"));
    let body = html! {
        h1 { "Annuaire des acteurs locaux — " (engine.departement_name(&dep)) " (" (dep) ")" }
        p.noprint { "Pour les professionnels qui orientent les victimes. Imprimable comme dépliant (Ctrl+P)." }
        (layout::national_blocks(&engine, ui))
        @for cat in Category::ALL {
            @let list: Vec<_> = others.iter().filter(|r| r.category == cat).collect();
            @if !list.is_empty() {
                h2 { ((labels.category)(cat)) }
                ul.cards { @for r in list { li.card {
                    h3 { a href={ "/ressource/" (r.id) } { (r.name) } }
                    @for p in &r.phones { a.call href=(phone_uri(p)) { (p.number.display()) } }
                    @if let Some(n) = &r.hours_note { p.note { (n) } }
                    @if r.needs_review { p.review { (ui.needs_review) } }
                    p.note { (ui.age_words(r, today)) }
                } } }
            }
        }
        h2 { "Mairies et CCAS (" (ccas.len()) ")" }
        table.hours { tbody { @for r in &ccas { tr {
            td { a href={ "/ressource/" (r.id) } { (r.name) } }
            td { @for p in &r.phones { a href=(phone_uri(p)) { (p.number.display()) } } }
        } } } }
    };
    page(
        &req,
        &state,
        ui,
        &format!("Annuaire — {}", engine.departement_name(&dep)),
        body,
    )
}
