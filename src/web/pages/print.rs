//! For counters and professionals: the printable poster and cards, and the
//! departmental directory printable as a leaflet.

use super::super::params::{DirectoryParams, SupportParams};
use super::super::state::AppState;
use super::choose::{pick_commune, Picked};
use super::errors::{Page, PageError};
use super::layout::{self, phone_uri};
use super::shop_prints::{self, Numbers, Qr, Support};
use crate::domain::{Category, DepCode};
use crate::locale::Ui;
use actix_web::{web, HttpResponse};
use maud::html;

/// `/affiche`: choose the commune of the poster, with or without JavaScript.
pub async fn poster_index(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let t = ui.msg();
    let engine = state.engine.load();
    // `/commerces` asks for the commune and the support in one form.
    let SupportParams { raw, support } = page.params()?;
    let target = |insee: &crate::domain::InseeCode| match support {
        Support::Poster => format!("{}/affiche/{insee}", ui.prefix),
        other => format!("{}/affiche/{insee}?format={}", ui.prefix, other.id()),
    };
    let picked = pick_commune(&engine, ui, &raw, |c| target(&c.insee));
    if let Picked::One(i) = picked {
        return Ok(HttpResponse::SeeOther()
            .insert_header(("Location", target(&engine.commune(i).insee)))
            .finish());
    }
    let body = html! {
        h1 { (ui.msg().poster_link()) }
        (layout::national_blocks(&engine, ui))
        p { (t.pro_poster_intro()) }
        (support_form(ui, &raw, support))
        @if let Picked::List(m) = picked { (m) }
    };
    Ok(super::layout::page(
        req,
        state,
        ui,
        &ui.msg().poster_link(),
        body,
    ))
}

/// The commune and the support, one plain GET form (no JavaScript needed).
pub fn support_form(ui: &Ui, raw: &str, current: Support) -> maud::Markup {
    let t = ui.msg();
    html! {
        form.search method="get" action={ (ui.prefix) "/affiche" } {
            label for="lieu" { (t.pro_poster_place_label()) }
            input #lieu type="search" name="lieu" value=(raw) required maxlength="100" autocomplete="off";
            label for="format" { (ui.msg().shop_formats_h()) }
            select #format name="format" {
                @for s in Support::ALL { option value=(s.id()) selected[s == current] { (s.name(ui)) } }
            }
            button type="submit" { (t.pro_poster_prepare()) }
        }
        p { a href="/affiche-multilingue" hreflang="mul" { (ui.msg().multi_poster_link()) } }
    }
}

/// The commune's page as printed, and its QR code. The configured address
/// only: `Host` and forwarded headers are the client's to choose, and paper
/// must not print an attacker's site. Without one, no QR code.
fn commune_url(
    state: &AppState,
    ui: &Ui,
    insee: &crate::domain::InseeCode,
) -> (String, Option<Qr>) {
    let path = format!("{}/commune/{insee}", ui.prefix);
    match &state.config.public_url {
        Some(base) => {
            let url = format!("{base}{path}");
            let qr = Qr::new(&url);
            (url, qr)
        }
        None => (path, None),
    }
}

/// `/affiche/{insee}?format=…`: the poster and cards, or one of the shop supports.
pub async fn poster(page: Page, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let t = ui.msg();
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return Err(page.not_found());
    };
    let support = page.params::<SupportParams>()?.support;
    let c = engine.commune(i);
    let (url, qr) = commune_url(state, ui, &c.insee);
    let n = Numbers::of(&engine);
    let base = format!("{}/affiche/{}", ui.prefix, c.insee);
    let now = state.config.clock.now();
    let local = engine.print_contacts(i, now).map_err(|e| page.failed(e))?;
    let local_list = |h: &str| {
        html! {
            @if !local.is_empty() {
                div.local {
                    h2 { (h) }
                    ul { @for r in &local { li { span lang=[super::cards::names_lang(ui)] { (r.name) } (ui.msg().colon()) @for p in &r.phones { a href=(phone_uri(p)) dir="ltr" { (p.number.display()) } " " } } } }
                }
            }
        }
    };
    let content = match support {
        Support::Poster => {
            // One drawing, on the poster and on each of the four cards.
            let qr_svg = qr.as_ref().map(|q| q.svg("QR"));
            html! {
                p.noprint { (t.pro_poster_print_hint()) }
                section.poster {
                    h1 { (t.pro_poster_h1()) }
                    div {
                        p.p-h { (t.pro_danger()) }
                        p { span.p-big { (n.police) } span.p-or { (t.pro_or()) } span.p-big { (n.eu) } }
                        p.p-mid { (ui.msg().sms()) " " (n.sms) span.p-small { (t.pro_cannot_speak()) } }
                    }
                    div {
                        p.p-h { (t.pro_poster_listen()) }
                        p { span.p-big.p-3919 { (n.line) } }
                        p.p-small { strong { (ui.msg().interpreter_3919_short()) } " · " (t.pro_poster_not_emergency_child()) strong { (n.child) } }
                    }
                    (local_list(&t.pro_poster_local_h(&c.name)))
                    div.p-foot {
                        @if let Some(q) = &qr_svg { div.qr { (q) } }
                        p { (t.pro_poster_all()) strong { (shop_prints::breakable_url(&url)) } br; span.p-small { (t.pro_poster_shop()) } }
                    }
                }
                section.sheet {
                    @for _ in 0..4 {
                        div.a6 {
                            p.p-h { (t.pro_card_h(&c.name)) }
                            div {
                                p.p-h2 { (t.pro_danger()) }
                                p { span.p-big { (n.police) } span.p-or { (t.pro_or()) } span.p-big { (n.eu) } }
                                p { (ui.msg().sms()) " " strong { (n.sms) } }
                            }
                            div {
                                p.p-h2 { (t.pro_card_listen()) }
                                p { span.p-big.p-3919 { (n.line) } }
                                p.p-small { strong { (ui.msg().interpreter_3919_short()) } " · " (t.pro_child()) strong { (n.child) } }
                            }
                            @if let Some(r) = local.first() { p.p-small { span lang=[super::cards::names_lang(ui)] { (r.name) } (ui.msg().colon()) (r.phones[0].number.display()) } }
                            @if let Some(q) = &qr_svg { div.qr { (q) } }
                            p.p-small { (url) }
                        }
                    }
                }
            }
        }
        Support::Labels(sheet) => shop_prints::labels(ui, sheet, &n, qr.as_ref()),
        Support::Strip => {
            shop_prints::strip_page(ui, &n, qr.as_ref(), &url, &format!("{base}/bandeau.svg"))
        }
        Support::Placemat => shop_prints::placemat(
            ui,
            &n,
            qr.as_ref(),
            &url,
            local_list(&t.pro_poster_local_h(&c.name)),
        ),
    };
    let body = html! {
        div.noprint { (layout::national_blocks(&engine, ui)) }
        p.noprint { button.print type="button" data-print hidden { (ui.msg().print_button()) } }
        (shop_prints::format_nav(ui, &base, support))
        p.noprint { a href={ (ui.prefix) "/commerces" } { (ui.msg().shop_link()) } }
        @if qr.is_none() { p.noprint.note { (ui.msg().shop_no_qr()) } }
        @if matches!(support, Support::Labels(_) | Support::Strip) {
            h1.noprint { (support.name(ui)) " — " (c.name) }
        }
        (content)
    };
    let title = t.pro_poster_title(&c.name);
    let title = match support {
        Support::Poster => title.into_owned(),
        other => format!("{title} — {}", other.name(ui)),
    };
    Ok(layout::print_page(req, state, ui, &title, body))
}

/// `/affiche/{insee}/bandeau.svg`: the bread-bag strip as a file for a bag
/// printer, the same drawing as on the print page.
pub async fn strip_file(page: Page, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (_req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let engine = state.engine.load();
    let Some(i) = engine.commune_by_code(&path) else {
        return Err(page.not_found());
    };
    let c = engine.commune(i);
    let (url, qr) = commune_url(state, ui, &c.insee);
    let svg = shop_prints::strip_svg(ui, &Numbers::of(&engine), qr.as_ref(), &url, true);
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("inline; filename=\"maillage-bandeau-{}.svg\"", c.insee),
        ))
        .body(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
            svg.into_string()
        )))
}

pub async fn departement(page: Page, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let t = ui.msg();
    let engine = state.engine.load();
    let Some(dep) = DepCode::parse(&path)
        .ok()
        .filter(|d| engine.cat.departements.contains_key(d))
    else {
        return Err(page.not_found());
    };
    // `?category=police`: one kind of help, still printable as a leaflet.
    let only = page.params::<DirectoryParams>()?.only;
    let today = state.config.clock.now().date_naive();
    let dir = engine.departement_directory(&dep);
    let kinds = dir.categories();
    let show = |c: Category| only.is_none_or(|o| o == c);
    let base = format!("{}/departement/{dep}", ui.prefix);
    let dep_name = engine.departement_name(&dep);
    let body = html! {
        // The département's French name isolated, so "(01)" cannot jump sides in Arabic.
        h1 { (layout::with_markup(|h| t.pro_dep_h1(crate::locale::args::ProDepH1 { code: dep.as_str(), dep: h }), html! { bdi lang=[super::cards::names_lang(ui)] { (dep_name) } })) }
        (layout::national_blocks(&engine, ui))
        p.noprint { (t.pro_dep_lead()) " " button.print type="button" data-print hidden { (ui.msg().print_button()) } }
        nav.links.noprint aria-label=(t.pro_dep_filter()) {
            @if only.is_none() { strong { (t.pro_dep_all()) } } @else { a href=(base) { (t.pro_dep_all()) } }
            @for c in &kinds {
                @if only == Some(*c) { strong { (ui.category(*c)) } }
                @else { a href={ (base) "?category=" (c.id()) } { (ui.category(*c)) } }
            }
        }
        nav.toc aria-label=(t.pro_dep_toc()) { ul {
            @for (cat, list) in dir.kinds.iter().filter(|(c, _)| show(*c)) {
                li { a href={ "#k-" (cat.id()) } { (ui.category(*cat)) } " (" (list.len()) ")" }
            }
            @if show(Category::SocialServices) && !dir.mairies.is_empty() {
                li { a href="#k-mairies" { (t.pro_dep_mairies_h(dir.mairies.len() as i64)) } }
            }
        } }
        @for (cat, list) in dir.kinds.iter().filter(|(c, _)| show(*c)) {
            @let cat = *cat;
            h2 id={ "k-" (cat.id()) } { (ui.category(cat)) " (" (list.len()) ")" }
            table.dir {
                thead { tr { th scope="col" { (t.pro_dep_town()) } th scope="col" { (t.pro_dep_name()) } th scope="col" { (t.pro_dep_phone()) } th scope="col" { (t.pro_dep_age()) } } }
                tbody { @for (town, r) in list { tr {
                    td { (town) }
                    td { a href={ (ui.prefix) "/ressource/" (r.id) } { (r.name) } }
                    td { @for p in &r.phones { a.call href=(phone_uri(p)) dir="ltr" { (p.number.display()) } " " } }
                    td { @if r.needs_review { span.review { (ui.msg().needs_review()) } } @else { (ui.age_words(r, today)) } }
                } } }
            }
        }
        @if show(Category::SocialServices) {
            h2 #k-mairies { (t.pro_dep_mairies_h(dir.mairies.len() as i64)) }
            table.hours.mairies { tbody { @for (name, r) in &dir.mairies { tr {
                td { a href={ (ui.prefix) "/ressource/" (r.id) } { (name) } }
                td { @for p in &r.phones { a.call href=(phone_uri(p)) dir="ltr" { (p.number.display()) } } }
            } } } }
        }
    };
    Ok(super::layout::page(
        req,
        state,
        ui,
        &t.pro_dep_title(dep_name),
        body,
    ))
}
