//! What ties the languages together: the one-line offer of a page in the
//! visitor's language, and the multilingual poster.

use super::errors::{Page, PageError};
use super::shop_prints::Numbers;
use crate::locale::{Lang, Ui};
use actix_web::{HttpRequest, HttpResponse};
use maud::html;

/// The visitor's browser language, when the site has it and the page is in
/// another: offered in one line, never a redirect.
pub fn offer(req: &HttpRequest, here: Lang) -> Option<Lang> {
    crate::web::accept_language::of_request(req).filter(|l| *l != here)
}

/// In a right-to-left sentence, a number stays one left-to-right run.
fn isolate(ui: &Ui, number: &str) -> String {
    if ui.rtl {
        format!("\u{2066}{number}\u{2069}")
    } else {
        number.to_string()
    }
}

/// The language's poster sentence, numbers from the data.
fn poster_sentence(ui: &Ui, n: &Numbers) -> String {
    ui.msg()
        .poster(crate::locale::args::Poster {
            eu: &isolate(ui, &n.eu),
            line: &isolate(ui, &n.line),
            police: &isolate(ui, &n.police),
            sms: &isolate(ui, &n.sms),
        })
        .into_owned()
}

/// `/affiche-multilingue`: the numbers big, then one sentence in each
/// language, for a pharmacy or a counter where many languages meet.
pub async fn multilingual_poster(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let fr = Lang::Fr.ui().msg();
    let lines = html! {
        @for lang in Lang::ALL {
            @let ui = lang.ui();
            li lang=(lang.code()) dir=[ui.rtl.then_some("rtl")] { (poster_sentence(ui, &n)) " " span.interp { (ui.msg().interpreter_3919_short()) } }
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
    // The home page offers each browser its language: its address and QR
    // code, only from the configured address (never the request's Host).
    let home = state
        .config
        .public_url
        .as_ref()
        .map(|base| format!("{base}/"));
    let qr = home.as_deref().and_then(super::shop_prints::Qr::new);
    let body = html! {
        section.poster.multi {
            p { span.p-big { (n.police) } " · " span.p-big { (n.eu) } " · " span.p-mid { "SMS " (n.sms) } }
            p { span.p-big.p-3919 { (n.line) } }
            ul.multi-lines { (lines) }
            @if let Some(home) = &home {
                div.p-foot {
                    @if let Some(q) = &qr { div.qr { (q.svg("QR")) } }
                    p { strong { (super::shop_prints::breakable_url(home)) } }
                }
            }
        }
        div.sheet-scroll { div.sheet { @for _ in 0..4 { (card) } } }
    };
    // The French frame names the page; each sentence carries its own language.
    let ui = Lang::Fr.ui();
    let body = html! {
        div.noprint { (super::layout::national_blocks(&engine, ui)) }
        h1.noprint { (fr.pro_multi_title()) }
        p.noprint { (fr.pro_multi_hint()) " " button.print type="button" data-print hidden { (ui.msg().print_button()) } }
        (body)
    };
    Ok(super::layout::print_page(
        req,
        state,
        ui,
        &fr.pro_multi_title(),
        body,
    ))
}
