//! For counters and professionals: the printable poster and cards, and the
//! departmental directory printable as a leaflet.

use super::super::api::{one, pairs};
use super::super::AppState;
use super::layout::{self, page, phone_uri};
use super::results::{pick_commune, Picked};
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

/// `/affiche`: choose the commune of the poster, with or without JavaScript.
pub async fn poster_index(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let raw = pairs(&req)
        .ok()
        .and_then(|p| one(&p, "lieu").map(str::to_string))
        .unwrap_or_default();
    let picked = pick_commune(&engine, ui, &raw, |c| format!("/affiche/{}", c.insee));
    if let Picked::One(i) = picked {
        return HttpResponse::SeeOther()
            .insert_header(("Location", format!("/affiche/{}", engine.commune(i).insee)))
            .finish();
    }
    let body = html! {
        h1 { (ui.poster_link) }
        (layout::national_blocks(&engine, ui))
        p { "Une affiche A4 avec les numéros d'urgence, le 3919, les contacts locaux confirmés et un code QR vers la page de la commune, suivie d'une feuille de quatre cartes A6 à découper et à remettre discrètement." }
        form.search method="get" action="/affiche" {
            label for="lieu" { "Commune du commerce" }
            input #lieu type="search" name="lieu" value=(raw) required maxlength="100" autocomplete="off";
            button type="submit" { "Préparer l'affiche" }
        }
        @if let Picked::List(m) = picked { (m) }
    };
    page(&req, &state, ui, "Affiche pour un commerce", body)
}

pub async fn poster(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return layout::not_found(&req, &state, ui, ui.status_message(404));
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
    let body = html! {
        div.noprint { (layout::national_blocks(&engine, ui)) }
        p.noprint { "Imprimez cette page (Ctrl+P) : une affiche A4, puis une feuille de quatre cartes A6 à découper le long des pointillés." }
        section.poster {
            h1 { "Violences au sein du foyer : vous pouvez être aidé·e, près d'ici." }
            div {
                p.p-h { "Danger immédiat" }
                p { span.p-big { (n("national:17")) } span.p-or { " ou " } span.p-big { (n("national:112")) } }
                p.p-mid { "SMS " (n("national:114")) span.p-small { " si vous ne pouvez pas parler" } }
            }
            div {
                p.p-h { "Écoute 24 h/24 : gratuit, anonyme, n'apparaît pas sur la facture" }
                p { span.p-big.p-3919 { (n("national:3919")) } }
                p.p-small { "Ce n'est pas un numéro d'urgence. Enfant en danger : " strong { (n("national:119")) } }
            }
            @if !local.is_empty() {
                div.local {
                    h2 { "À " (c.name) " et près d'ici" }
                    ul { @for r in &local { li { (r.name) " : " @for p in &r.phones { a href=(phone_uri(p)) { (p.number.display()) } " " } } } }
                }
            }
            div.p-foot {
                @if state.config.public_url.is_some() { div.qr { (qr) } }
                p { "Tous les contacts près de chez vous : " strong { (url) } br; span.p-small { "Ce commerce peut vous laisser appeler au calme." } }
            }
        }
        section.sheet {
            @for _ in 0..4 {
                div.a6 {
                    p.p-h { "Besoin d'aide ? " (c.name) }
                    div {
                        p.p-h2 { "Danger immédiat" }
                        p { span.p-big { (n("national:17")) } span.p-or { " ou " } span.p-big { (n("national:112")) } }
                        p { "SMS " strong { (n("national:114")) } }
                    }
                    div {
                        p.p-h2 { "Écoute 24 h/24, gratuit, anonyme" }
                        p { span.p-big.p-3919 { (n("national:3919")) } }
                        p.p-small { "Enfant en danger : " strong { (n("national:119")) } }
                    }
                    @if let Some(r) = local.first() { p.p-small { (r.name) " : " (r.phones[0].number.display()) } }
                    @if state.config.public_url.is_some() { div.qr { (qr.clone()) } }
                    p.p-small { (url) }
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
            None => return super::bad_request(&req, &state, ui, ui.err_bad_filter),
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
    let base = format!("/departement/{dep}");
    let body = html! {
        h1 { "Annuaire des acteurs locaux — " (engine.departement_name(&dep)) " (" (dep) ")" }
        (layout::national_blocks(&engine, ui))
        p.noprint { "Pour les professionnels qui orientent les victimes. Imprimable comme dépliant (Ctrl+P)." }
        nav.links.noprint aria-label="Type d'aide" {
            @if only.is_none() { strong { "Tout" } } @else { a href=(base) { "Tout" } }
            @for c in &kinds {
                @if only == Some(*c) { strong { ((labels.category)(*c)) } }
                @else { a href={ (base) "?category=" (c.id()) } { ((labels.category)(*c)) } }
            }
        }
        @for cat in kinds.iter().copied().filter(|c| show(*c)) {
            @let list: Vec<_> = others.iter().filter(|r| r.category == cat).collect();
            @if !list.is_empty() { h2 { ((labels.category)(cat)) " (" (list.len()) ")" }
            ul.cards { @for r in list { li.card {
                h3 { a href={ "/ressource/" (r.id) } { (r.name) } }
                @for p in &r.phones { a.call href=(phone_uri(p)) { (p.number.display()) } }
                @if let Some(n) = &r.hours_note { p.note { (n) } }
                @if r.needs_review { p.review { (ui.needs_review) } }
                p.note { (ui.age_words(r, today)) }
            } } } }
        }
        @if show(Category::SocialServices) {
            h2 { "Mairies et CCAS (" (mairies.len()) ")" }
            table.hours { tbody { @for (_, name, r) in &mairies { tr {
                td { a href={ "/ressource/" (r.id) } { (name) } }
                td { @for p in &r.phones { a.call href=(phone_uri(p)) { (p.number.display()) } } }
            } } } }
        }
    };
    page(
        &req,
        &state,
        ui,
        &format!("Annuaire — {}", engine.departement_name(&dep)),
        body,
    )
}
