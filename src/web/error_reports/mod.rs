//! "Signaler une erreur": the form (plain HTML, no JavaScript) and the
//! partners' `POST /api/v1/resources/{id}/reports`. Both build the same
//! `Draft` and go through the same bounded queue; neither logs the text.

pub mod quota;

use super::params::{one, Pairs};
use super::problem::Problem;
use super::state::AppState;
use crate::domain::error_report::{Draft, DraftError, Field};
use crate::error_reports::StoreError;
use crate::locale::fr::errors;
use crate::locale::{Lang, Ui};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::html;

/// Bodies beyond this are refused (413) before they are parsed.
pub const MAX_BODY: usize = 4096;

/// The sender's quota key: the client behind a trusted proxy, as the limits see it.
/// Counts the report against its sender's share: None when the share is
/// spent, else whether it is the sender's first on this record today.
fn quota_allows(req: &HttpRequest, state: &AppState, record: &str) -> Option<bool> {
    let Some(peer) = req.peer_addr() else {
        return Some(false);
    };
    let client = super::limits::client_key(super::limits::behind(
        req.headers(),
        peer.ip(),
        &state.config.trusted_proxies,
    ));
    state.report_quota.take(client, record)
}

/// A form post sent from another site (any page can make its visitors post
/// a form) is refused: the browser says where it comes from.
fn cross_site(req: &HttpRequest) -> bool {
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    let Some(origin) = h.get(actix_web::http::header::ORIGIN) else {
        return false;
    };
    let host = h
        .get(actix_web::http::header::HOST)
        .and_then(|v| v.to_str().ok());
    let from = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, rest)| rest);
    from.is_none() || from != host
}

/// A report's body, as a partner sends it; `Draft::new` checks it. Field doc
/// comments are the published contract's descriptions, in French.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ReportIn, description = "Un signalement : ce qui est faux, et si possible la bonne information ; rien de personnel")]
pub struct Body {
    #[schema(value_type = crate::domain::error_report::Field)]
    field: String,
    /// La bonne information, si elle est connue
    #[schema(schema_with = value_schema)]
    value: Option<String>,
    /// Précisions, sans rien de personnel
    #[schema(schema_with = comment_schema)]
    comment: Option<String>,
}

/// Text `Draft::new` accepts: its length and no hidden characters (`value`
/// also refuses line breaks).
fn text_schema(max: usize, controls: &str) -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
        .max_length(Some(max))
        .pattern(Some(crate::domain::text::visible_pattern(controls)))
        .build()
}

fn value_schema() -> utoipa::openapi::schema::Object {
    text_schema(crate::domain::error_report::MAX_VALUE, "\\u0000-\\u001F")
}

fn comment_schema() -> utoipa::openapi::schema::Object {
    text_schema(
        crate::domain::error_report::MAX_COMMENT,
        "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F",
    )
}

fn problem_of(e: &DraftError) -> Problem {
    let param = match e {
        DraftError::Field => "field",
        DraftError::ValueTooLong => "value",
        DraftError::CommentTooLong => "comment",
        DraftError::Control => "value",
    };
    Problem::bad_param(param, e.to_string())
}

fn store_problem(e: StoreError) -> Problem {
    match e {
        StoreError::Full => Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "reports-busy",
            errors::REPORT_BUSY,
        ),
        StoreError::TooManyOpen(_) => Problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-open-reports",
            errors::REPORT_TOO_MANY,
        ),
        other => {
            tracing::error!(error = %other, "a report could not be stored");
            Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                errors::INTERNAL,
            )
        }
    }
}

/// How the API reads a report's body: JSON, at most `MAX_BODY` bytes, and
/// refusals in the API's own format.
pub fn json_config() -> web::JsonConfig {
    use actix_web::error::JsonPayloadError as E;
    web::JsonConfig::default()
        .limit(MAX_BODY)
        .content_type_required(true)
        .error_handler(|e, _| {
            match e {
                E::OverflowKnownLength { .. } | E::Overflow { .. } => Problem::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "body-too-large",
                    errors::REPORT_TOO_LARGE,
                ),
                E::ContentType => Problem::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    errors::REPORT_CONTENT_TYPE,
                ),
                _ => Problem::new(StatusCode::BAD_REQUEST, "invalid-body", errors::REPORT_BODY),
            }
            .into()
        })
}

/// `POST /api/v1/resources/{id}/reports` → 202 with the report's id.
pub async fn api_report(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    body: web::Json<Body>,
) -> Result<HttpResponse, Problem> {
    // Partners post from their servers: a browser on another site (any page
    // can make its visitors' browsers post) is refused, as on the form.
    if cross_site(&req) {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            "cross-site",
            errors::REPORT_CROSS_SITE,
        ));
    }
    let Some(queue) = state.reports.clone() else {
        return Err(Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "reports-off",
            errors::REPORTS_OFF,
        ));
    };
    if state.engine.load().resource(&path).is_none() {
        return Err(Problem::not_found(errors::UNKNOWN_RESOURCE));
    }
    let mut draft = Draft::new(
        &path,
        &body.field,
        body.value.as_deref(),
        body.comment.as_deref(),
    )
    .map_err(|e| problem_of(&e))?;
    match quota_allows(&req, &state, &path) {
        None => return Err(store_problem(StoreError::TooManyOpen(0))),
        Some(first) => draft.new_voice = first,
    }
    let id = queue.submit(draft).await.map_err(store_problem)?;
    Ok(HttpResponse::Accepted().json(super::views::ReportAccepted { id, status: "open" }))
}

/// The warning above the form and on the thank-you page, with the numbers
/// read from the data.
fn safety_note(engine: &crate::search::Engine, ui: &Ui) -> maud::Markup {
    let n = super::pages::Numbers::of(engine);
    html! {
        p.urgent-note { strong { (ui.msg().report_danger(crate::locale::args::ReportDanger { eu: &n.eu, line: &n.line, police: &n.police, sms: &n.sms })) } }
    }
}

/// A record id in a URL: its usual characters as they are, any other byte
/// percent-encoded, so a hand-kept id can never break a header or a link.
fn encode(id: &str) -> String {
    crate::domain::text::percent_encode(id, b":_.-")
}

/// What the record says today for a field, so she can tell what is wrong.
fn on_file(ui: &Ui, r: &crate::domain::Resource, f: Field) -> Option<String> {
    use crate::domain::Hours;
    let none = || ui.msg().report_none_on_file().to_string();
    match f {
        Field::Phone => Some(if r.phones.is_empty() {
            none()
        } else {
            let n: Vec<String> = r.phones.iter().map(|p| p.number.display()).collect();
            n.join(", ")
        }),
        Field::Address => Some(r.address.as_ref().map_or_else(none, |a| a.join(", "))),
        Field::Hours => Some(match &r.hours {
            Some(Hours::AlwaysOpen) => ui.msg().always_open().to_string(),
            Some(Hours::Weekly { slots }) => {
                let days: Vec<String> = (1..=7u8)
                    .filter_map(|d| {
                        let times = crate::domain::hours::day_ranges(slots, d);
                        (!times.is_empty())
                            .then(|| format!("{} {}", ui.day(u32::from(d) - 1), times.join(", ")))
                    })
                    .collect();
                days.join(" ; ")
            }
            None => none(),
        }),
        Field::Closed | Field::Other => None,
    }
}

fn form_page(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    id: &str,
    error: Option<&str>,
    status: StatusCode,
) -> HttpResponse {
    let engine = state.engine.load();
    let Some(r) = engine.resource(id) else {
        return super::pages::not_found(req, state, ui, &ui.status_message(404));
    };
    let t = ui.msg();
    let body = html! {
        h1 { (t.report_h1(&r.name)) }
        (super::pages::national_blocks(&engine, ui))
        h2 { (t.report_private_h()) }
        p { (t.report_private()) }
        p { strong { (t.report_not_help()) } }
        (safety_note(&engine, ui))
        @if let Some(e) = error { p.error role="alert" { (e) } }
        form.report method="post" action={ (ui.prefix) "/signaler/" (r.id) } {
            fieldset {
                legend { (t.report_what()) }
                @for (f, label) in Field::ALL.iter().zip(t.report_fields_list()) {
                    label.choice { input type="radio" name="field" value=(f.id()) required; " " (label)
                        @if let Some(v) = on_file(ui, r, *f) { " " span.note { "(" (t.report_on_file(&v)) ")" } }
                    }
                }
            }
            label for="value" { (t.report_value()) }
            input #value type="text" name="value" maxlength="200" autocomplete="off" aria-describedby="value-hint";
            p.note #value-hint { (t.report_value_hint()) }
            label for="comment" { (t.report_comment()) }
            textarea #comment name="comment" maxlength="500" rows="4" aria-describedby="comment-hint" {}
            p.note #comment-hint { (t.report_comment_hint()) }
            // A field people do not see; bots fill it.
            div.trap aria-hidden="true" {
                label for="website" { (t.report_trap()) }
                input #website type="text" name="website" tabindex="-1" autocomplete="off";
            }
            button type="submit" { (t.report_send()) }
        }
    };
    super::pages::noindex_page(req, state, ui, status, &t.report_title(), body)
}

pub async fn form(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    lang: Lang,
) -> HttpResponse {
    form_page(&req, &state, lang.ui(), &path, None, StatusCode::OK)
}

/// The form's POST: stored, then a 303 to the thank-you page, so reloading
/// does not send it twice.
/// How the form's body is read: URL-encoded pairs (a field may come twice:
/// the hidden one is judged in any of its copies), at most `MAX_BODY` bytes,
/// and refusals shown on the form itself.
fn form_config() -> web::FormConfig {
    use actix_web::error::UrlencodedError as E;
    web::FormConfig::default()
        .limit(MAX_BODY)
        .error_handler(|e, req| {
            let lang = super::pages::lang_of(req);
            let (ui, t) = (lang.ui(), lang.ui().msg());
            let (msg, status) = match e {
                E::Overflow { .. } => (t.report_err_long(), StatusCode::PAYLOAD_TOO_LARGE),
                _ => (t.report_err_field(), StatusCode::BAD_REQUEST),
            };
            let page = match req.app_data::<web::Data<AppState>>() {
                Some(state) => {
                    let id = req.match_info().get("id").unwrap_or_default();
                    form_page(req, state, ui, id, Some(&msg), status)
                }
                None => super::pages::error_page(req, status),
            };
            actix_web::error::InternalError::from_response(e, page).into()
        })
}

/// The form, under each language's prefix; its POST shares the API's rate limit.
pub fn scope() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/signaler")
        .app_data(form_config())
        .wrap(actix_web::middleware::from_fn(super::limits::report_posts))
        .service(web::resource("/merci").get(thanks))
        .service(web::resource("/{id}").get(form).post(submit))
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    pairs: web::Form<Pairs>,
    lang: Lang,
) -> HttpResponse {
    let ui = lang.ui();
    let t = ui.msg();
    let bad = |msg: &str, status| form_page(&req, &state, ui, &path, Some(msg), status);
    if state.engine.load().resource(&path).is_none() {
        return super::pages::not_found(&req, &state, ui, &ui.status_message(404));
    }
    let Some(queue) = state.reports.clone() else {
        return bad(&t.report_err_off(), StatusCode::SERVICE_UNAVAILABLE);
    };
    if cross_site(&req) {
        return bad(&t.report_err_cross_site(), StatusCode::FORBIDDEN);
    }
    let pairs = pairs.into_inner();
    // The thank-you page leads back to the record (its id is public, not hers).
    let thanks = HttpResponse::SeeOther()
        .insert_header((
            "Location",
            format!("{}/signaler/merci?fiche={}", ui.prefix, encode(&path)),
        ))
        .finish();
    // The hidden field, in any of its copies: a person never fills it.
    if pairs.iter().any(|(k, v)| k == "website" && !v.is_empty()) {
        return thanks;
    }
    let mut draft = match Draft::new(
        &path,
        one(&pairs, "field").unwrap_or(""),
        one(&pairs, "value"),
        one(&pairs, "comment"),
    ) {
        Ok(d) => d,
        Err(DraftError::Field) => return bad(&t.report_err_field(), StatusCode::BAD_REQUEST),
        Err(DraftError::Control) => return bad(&t.report_err_control(), StatusCode::BAD_REQUEST),
        Err(_) => return bad(&t.report_err_long(), StatusCode::BAD_REQUEST),
    };
    match quota_allows(&req, &state, &path) {
        None => return bad(&t.report_err_too_many(), StatusCode::TOO_MANY_REQUESTS),
        Some(first) => draft.new_voice = first,
    }
    match queue.submit(draft).await {
        Ok(_) => thanks,
        Err(StoreError::Full) => bad(&t.report_err_busy(), StatusCode::SERVICE_UNAVAILABLE),
        Err(StoreError::TooManyOpen(_)) => {
            bad(&t.report_err_too_many(), StatusCode::TOO_MANY_REQUESTS)
        }
        Err(e) => {
            tracing::error!(error = %crate::error_chain(&e), "a report could not be stored");
            super::pages::error_page(&req, StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

pub async fn thanks(req: HttpRequest, state: web::Data<AppState>, lang: Lang) -> HttpResponse {
    let ui = lang.ui();
    let t = ui.msg();
    let engine = state.engine.load();
    let pairs = match super::params::pairs(&req) {
        Ok(p) => p,
        Err(e) => return super::pages::param_error(&req, &state, ui, &e),
    };
    // An unknown record only loses the way back; the thanks still stand.
    let record = one(&pairs, "fiche").and_then(|id| engine.resource(id));
    let body = html! {
        h1 { (t.report_thanks_title()) }
        (super::pages::national_blocks(&engine, ui))
        p { (t.report_thanks()) }
        (safety_note(&engine, ui))
        @if let Some(r) = record {
            p { a href={ (ui.prefix) "/ressource/" (encode(&r.id)) } { (t.report_back_record(&r.name)) } }
        }
        p { a href={ (ui.prefix) "/" } { (t.report_back()) } }
    };
    super::pages::noindex_page(
        &req,
        &state,
        ui,
        StatusCode::OK,
        &t.report_thanks_title(),
        body,
    )
}
