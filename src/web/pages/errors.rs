//! Error pages: what was refused or not found, always with the emergency
//! numbers and the search form; a failure of ours is logged and says so.

use super::super::state::AppState;
use super::layout::{html_response, lang_of, national_blocks, page_with_status, search_form};
use crate::locale::Ui;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup, DOCTYPE};

/// The 404 page of a path parameter that names nothing.
pub fn not_found(req: &HttpRequest, state: &AppState, ui: &Ui, message: &str) -> HttpResponse {
    page_with_status(
        req,
        state,
        ui,
        StatusCode::NOT_FOUND,
        &ui.msg().title_error(),
        message_body(ui, message, state),
    )
}

pub fn message_body(ui: &Ui, message: &str, state: &AppState) -> Markup {
    message_with_way_back(ui, message, state, None)
}

/// `back` (address, words) leads to the page the person was on, when known.
fn message_with_way_back(
    ui: &Ui,
    message: &str,
    state: &AppState,
    back: Option<(&str, &str)>,
) -> Markup {
    let engine = state.engine.load();
    html! {
        h1 { (message) }
        (national_blocks(&engine, ui))
        @if let Some((href, words)) = back { p { a href=(href) { (words) } } }
        (search_form(ui, ""))
        p { a href={ (ui.prefix) "/" } { (ui.msg().error_back()) } }
    }
}

/// The index could not answer: logged, and a 503 page (as the API answers)
/// that still gives the emergency numbers, never "place not found".
pub fn search_failed(req: &HttpRequest, e: &crate::search::SearchError) -> HttpResponse {
    tracing::error!(error = %crate::error_chain(e), "search failed");
    error_page(req, StatusCode::SERVICE_UNAVAILABLE)
}

/// French (or English) error page for any non-API error.
pub fn error_page(req: &HttpRequest, status: StatusCode) -> HttpResponse {
    let ui = lang_of(req).ui();
    let message = ui.status_message(status.as_u16());
    match req.app_data::<web::Data<AppState>>() {
        Some(state) => page_with_status(
            req,
            state,
            ui,
            status,
            &ui.status_title(status.as_u16()),
            message_body(ui, &message, state),
        ),
        None => html_response(
            status,
            html! { (DOCTYPE) html lang="fr" { head { title { "Maillage" } } body { p { (message) } } } },
        ),
    }
}

/// A plain 404 for addresses that exist only with some configuration.
pub fn error_page_404() -> HttpResponse {
    HttpResponse::NotFound()
        .content_type("text/plain; charset=utf-8")
        .body("introuvable")
}

/// What a page says about a parameter it refused (the API says it as a problem document).
pub fn param_error(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    e: &crate::web::params::ParamError,
) -> HttpResponse {
    param_error_back(req, state, ui, e, None)
}

/// The same, with a link back to the page without the refused parameters.
pub fn param_error_back(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    e: &crate::web::params::ParamError,
    back: Option<(&str, &str)>,
) -> HttpResponse {
    use crate::web::params::ParamError;
    let text = match e {
        ParamError::QueryString => ui.status_message(400).to_string(),
        ParamError::Text { error, .. } => query_error_text(ui, *error).into_owned(),
        ParamError::UnknownValue {
            param: "format", ..
        } => ui.msg().shop_err_bad_format().to_string(),
        _ => ui.msg().err_bad_filter().to_string(),
    };
    page_with_status(
        req,
        state,
        ui,
        StatusCode::BAD_REQUEST,
        &ui.msg().title_refused(),
        message_with_way_back(ui, &text, state, back),
    )
}

/// What a page says about a place field it cannot read.
pub fn query_error_text(ui: &Ui, e: crate::search::QueryError) -> std::borrow::Cow<'_, str> {
    match e {
        crate::search::QueryError::Empty => ui.msg().err_empty(),
        crate::search::QueryError::TooLong => ui.msg().err_too_long(),
        crate::search::QueryError::BadChars => ui.msg().err_bad_chars(),
        crate::search::QueryError::OtherScript => ui.msg().err_other_script(),
    }
}

/// Why a page is not the one asked for. A handler returns it and
/// `ResponseError` draws the error page (the emergency numbers first), as
/// `Problem` does for the API. Its `Display` names the kind only: nothing
/// she typed reaches a log.
#[derive(Debug)]
pub struct PageError {
    req: HttpRequest,
    kind: Refusal,
}

#[derive(Debug)]
enum Refusal {
    /// A path that names nothing, with the sentence to show.
    NotFound(String),
    /// A parameter refused, with the way back to the page without it.
    Param {
        error: crate::web::params::ParamError,
        back: Option<(String, String)>,
    },
    /// The index could not answer.
    SearchFailed(crate::search::SearchError),
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.kind {
            Refusal::NotFound(_) => "page: not found",
            Refusal::Param { .. } => "page: parameter refused",
            Refusal::SearchFailed(_) => "page: search failed",
        })
    }
}

impl actix_web::ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            Refusal::NotFound(_) => StatusCode::NOT_FOUND,
            Refusal::Param { .. } => StatusCode::BAD_REQUEST,
            Refusal::SearchFailed(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let req = &self.req;
        let Some(state) = req.app_data::<web::Data<AppState>>() else {
            return error_page(req, self.status_code());
        };
        let ui = lang_of(req).ui();
        match &self.kind {
            Refusal::NotFound(message) => not_found(req, state, ui, message),
            Refusal::Param { error, back } => {
                let back = back.as_ref().map(|(h, w)| (h.as_str(), w.as_str()));
                param_error_back(req, state, ui, error, back)
            }
            Refusal::SearchFailed(e) => search_failed(req, e),
        }
    }
}

/// What every page handler starts with: the request, the app, and the
/// page's language. Its methods make the handler's refusals.
pub struct Page {
    pub req: HttpRequest,
    pub state: web::Data<AppState>,
    pub ui: &'static Ui,
}

impl actix_web::FromRequest for Page {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Page, Self::Error>>;
    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(match req.app_data::<web::Data<AppState>>() {
            Some(state) => Ok(Page {
                req: req.clone(),
                state: state.clone(),
                ui: lang_of(req).ui(),
            }),
            None => Err(actix_web::error::ErrorInternalServerError(
                "page: no app state",
            )),
        })
    }
}

impl Page {
    /// The page's query parameters, or the page that says which was refused.
    pub fn params<T>(&self) -> Result<T, PageError>
    where
        T: for<'a> TryFrom<&'a crate::web::params::Pairs, Error = crate::web::params::ParamError>,
    {
        crate::web::params::parse(&self.req).map_err(|e| self.param(e))
    }

    /// "This address does not exist", in her language.
    pub fn not_found(&self) -> PageError {
        self.not_found_saying(&self.ui.status_message(404))
    }

    pub fn not_found_saying(&self, message: &str) -> PageError {
        self.refuse(Refusal::NotFound(message.to_string()))
    }

    pub fn param(&self, error: crate::web::params::ParamError) -> PageError {
        self.refuse(Refusal::Param { error, back: None })
    }

    /// A refused parameter, with a link back to `href` named `words`.
    pub fn param_back(
        &self,
        error: crate::web::params::ParamError,
        href: String,
        words: String,
    ) -> PageError {
        self.refuse(Refusal::Param {
            error,
            back: Some((href, words)),
        })
    }

    pub fn failed(&self, e: crate::search::SearchError) -> PageError {
        self.refuse(Refusal::SearchFailed(e))
    }

    fn refuse(&self, kind: Refusal) -> PageError {
        PageError {
            req: self.req.clone(),
            kind,
        }
    }
}
