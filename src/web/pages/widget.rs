//! The embeddable widget: compact results made to live in a partner's iframe.

use super::super::params::CommuneChoice;
use super::cards::card;
use super::choose::{pick_commune_in, Picked};
use super::errors::{Page, PageError};
use super::layout::{self, national_blocks, render, Frame};

use crate::search::ResourceQuery;
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use maud::html;

/// Compact results made to live in a partner's iframe; its quick exit leaves the whole window.
pub async fn widget(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let engine = state.engine.load();
    let CommuneChoice { code, raw } = page.params::<CommuneChoice>()?;
    let mut commune = code.as_deref().and_then(|c| engine.commune_by_code(c));
    // No commune given: a search box, answered inside the frame.
    let mut choices = None;
    if code.is_none() {
        match pick_commune_in(
            &engine,
            ui,
            &raw,
            |c| format!("{}/widget?commune={}", ui.prefix, c.insee),
            Some("_self"),
        ) {
            Picked::One(i) => commune = Some(i),
            Picked::List(list) => choices = Some(list),
            Picked::Nothing => {}
        }
    }
    let body = match commune {
        Some(i) => {
            let c = engine.commune(i);
            let now = state.config.clock.now();
            // The page's own choice, nearest first, cut to fit a partner's frame.
            let shown = engine
                .commune_page(&ResourceQuery::for_commune(i), false, now)
                .map_err(|e| page.failed(e))?;
            html! {
                h1 { (c.name) }
                (national_blocks(&engine, ui))
                ul.cards { @for h in shown.local.iter().take(8) { (card(&engine, ui, c, h, now.date_naive())) } }
                p { a href={ (ui.prefix) "/commune/" (c.insee) } target="_top" rel="noreferrer" { (ui.msg().pro_widget_all(&c.name)) } }
            }
        }
        None => html! {
            (national_blocks(&engine, ui))
            form.search method="get" action={ (ui.prefix) "/widget" } target="_self" role="search" {
                label for="lieu" { (ui.msg().search_label()) }
                input #lieu type="search" name="lieu" value=(raw) autocomplete="off" required maxlength="100";
                button type="submit" { (ui.msg().search_button()) }
            }
            @if let Some(list) = choices { (list) }
            p { a href={ (ui.prefix) "/" } target="_top" rel="noreferrer" { "Maillage" } }
        },
    };
    let status = if commune.is_some() || code.is_none() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let frame = Frame {
        alternate: None,
        widget: true,
        ..Frame::plain(req, ui, &ui.msg().title_home())
    };
    Ok(layout::html_response(status, render(state, frame, body)))
}
