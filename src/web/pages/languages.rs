//! Help in the languages the full site does not speak yet (`/ar/`, `/pt/`…):
//! the numbers, what each is for, a search whose results are in French (and
//! says so), how to leave safely; the multilingual poster; the language menu.

use super::super::state::AppState;
use super::layout::{menu, phone_uri, versions};
use super::shop_prints::Numbers;
use crate::domain::model::ids;
use crate::locale::essentials::{self, Essentials};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::DOCTYPE;
use maud::{html, Markup};

/// The one-line offer of a page in the visitor's language, from her
/// browser's `Accept-Language`; never a redirect.
pub fn offer(req: &HttpRequest) -> Option<&'static Essentials> {
    let header = req
        .headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    let first = header.split(',').next()?.split(';').next()?.trim();
    essentials::by_code(&first.split('-').next()?.to_ascii_lowercase())
}

/// In a right-to-left sentence, a number stays one left-to-right run.
fn isolate(e: &Essentials, number: &str) -> String {
    if e.rtl {
        format!("\u{2066}{number}\u{2069}")
    } else {
        number.to_string()
    }
}

/// The language's poster sentence, numbers from the data.
fn poster_sentence(e: &Essentials, n: &Numbers) -> String {
    crate::locale::fill(
        e.poster,
        &[
            ("line", &isolate(e, &n.line)),
            ("police", &isolate(e, &n.police)),
            ("eu", &isolate(e, &n.eu)),
            ("sms", &isolate(e, &n.sms)),
        ],
    )
}

fn frame(state: &AppState, e: &Essentials, title: &str, print: bool, body: Markup) -> Markup {
    let exit = &state.config.exit_url;
    html! {
        (DOCTYPE)
        html lang=(e.code) dir=(if e.rtl { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                meta name="robots" content="noindex";
                title { (title) }
                link rel="stylesheet" href={ "/static/site.css?v=" (versions()[0]) };
                @if print { link rel="stylesheet" href={ "/static/print.css?v=" (versions()[3]) }; }
                script src={ "/static/exit.js?v=" (versions()[1]) } defer {}
            }
            body {
                a #quick-exit href=(exit) rel="noreferrer nofollow"
                    data-more=(e.exit_press_more) data-once=(e.exit_press_once) {
                    (e.quick_exit) span { (e.quick_exit_hint) }
                }
                a.skip href="#main" { (e.skip) }
                header { a.brand href={ "/" (e.code) "/" } { "Maillage" } }
                main #main { (body) }
                footer {
                    (menu())
                    // The full safety page exists in French: said in her language.
                    a href="/securite" hreflang="fr" { (e.safety_h) " (" span lang="fr" { "Français" } ")" }
                }
                div #exit-status .sr-only role="status" aria-live="polite" {}
                div #exit-cover { "…" }
            }
        }
    }
}

/// `/{code}/`: the essentials in one language, which its route carries.
pub async fn essentials_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let Some(e) = req.app_data::<&'static essentials::Essentials>().copied() else {
        return super::errors::error_page(&req, StatusCode::NOT_FOUND);
    };
    let engine = state.engine.load();
    let number = |id: &str| -> Markup {
        match engine.resource(id).and_then(|r| r.phones.first()) {
            Some(p) => html! { a.big href=(phone_uri(p)) dir="ltr" { (p.number.display()) } },
            None => html! {},
        }
    };
    // The numbers first, as on every page, compact enough to leave the rest in reach.
    let body = html! {
        h1 { (e.title) }
        section.urgent aria-labelledby="h-urgent" {
            h2 #h-urgent { (e.danger_h) }
            ul.nums {
                li { (number(ids::POLICE)) span { (e.police) } }
                li { (number(ids::EU_EMERGENCY)) span { (e.eu) } }
                li { (number(ids::SMS_EMERGENCY)) span { (e.sms) } }
            }
        }
        div.listen {
            p { (number(ids::VIOLENCES_FEMMES_INFO)) " " strong { (e.listen_h) } " — " (e.line) }
            p { (number(ids::CHILDREN_IN_DANGER)) " " (e.child) }
        }
        p { (e.lead) }
        section aria-labelledby="h-find" {
            h2 #h-find { (e.find_h) }
            form.search method="get" action="/recherche" role="search" {
                label for="lieu" { (e.find_label) }
                input #lieu type="search" name="lieu" autocomplete="off" required maxlength="100" dir="auto" aria-describedby="lieu-hint";
                button type="submit" { (e.find_button) }
                p #lieu-hint .hint { (e.find_note) }
            }
        }
        section aria-labelledby="h-safety" {
            h2 #h-safety { (e.safety_h) }
            @for s in e.safety { p { (s) } }
        }
    };
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(frame(&state, e, e.title, false, body).into_string())
}

/// `/affiche-multilingue`: the numbers big, then one sentence in each
/// language, for a pharmacy or a counter where many languages meet.
pub async fn multilingual_poster(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let fr = crate::locale::Lang::Fr.ui().docs;
    let lines = html! {
        li lang="fr" { (n.fill(fr.multi_fr)) }
        li lang="en" { (n.fill(fr.multi_en)) }
        @for e in essentials::all() {
            li lang=(e.code) dir=[e.rtl.then_some("rtl")] { (poster_sentence(e, &n)) }
        }
    };
    // The poster, then a sheet of four A6 cards to hand over or leave on a counter.
    let card = html! {
        div.a6.multi-card {
            p { span.p-big { (n.police) } " · " span.p-big { (n.eu) } " · " span.p-mid { "SMS " (n.sms) } }
            p { span.p-big.p-3919 { (n.line) } }
            ul.multi-lines { (lines) }
        }
    };
    let body = html! {
        section.poster.multi {
            p { span.p-big { (n.police) } " · " span.p-big { (n.eu) } " · " span.p-mid { "SMS " (n.sms) } }
            p { span.p-big.p-3919 { (n.line) } }
            ul.multi-lines { (lines) }
        }
        div.sheet-scroll { div.sheet { @for _ in 0..4 { (card) } } }
    };
    // The French frame names the page; each sentence carries its own language.
    let ui = crate::locale::Lang::Fr.ui();
    let body = html! {
        div.noprint { (super::layout::national_blocks(&engine, ui)) }
        h1.noprint { (fr.multi_title) }
        p.noprint { (fr.multi_hint) " " button.print type="button" data-print hidden { (ui.print_button) } }
        (body)
    };
    super::layout::print_page(&req, &state, ui, fr.multi_title, body)
}
