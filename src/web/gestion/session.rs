//! Who is asking: the session cookie, the same-site check of forms, the
//! client for the sign-in limit, and refusals written to the audit log.
// A handler answers with one response, refusal or not: boxing the refusals
// would add an allocation to each without making anything smaller.
#![allow(clippy::result_large_err)]

use super::backoffice::Backoffice;
use super::view;
use crate::editors::{self, Account, Session};
use crate::locale::gestion as t;
use crate::web::state::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use std::net::IpAddr;
use std::sync::Arc;

pub const COOKIE: &str = "maillage_gestion";

/// The back office of this server, or the page saying there is none here.
pub fn backoffice(req: &HttpRequest, state: &AppState) -> Result<Arc<Backoffice>, HttpResponse> {
    state
        .gestion
        .clone()
        .ok_or_else(|| view::message(req, StatusCode::NOT_FOUND, t::OFF))
}

pub fn cookie_token(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get_all(actix_web::http::header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, v)| v.to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The cookie of a new session: only for `/gestion`, never readable by a
/// script, never sent over plain HTTP by a browser that knows better, never
/// sent with a request another site starts.
pub fn session_cookie(token: &str) -> String {
    format!(
        "{COOKIE}={token}; Path=/gestion; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        editors::IDLE_SECS
    )
}

pub fn clear_cookie() -> String {
    format!("{COOKIE}=; Path=/gestion; HttpOnly; Secure; SameSite=Strict; Max-Age=0")
}

/// The live session of this request, if any.
pub async fn session(
    req: &HttpRequest,
    bo: &Arc<Backoffice>,
) -> Result<Option<(String, Session)>, HttpResponse> {
    let Some(token) = cookie_token(req) else {
        return Ok(None);
    };
    let tk = token.clone();
    let s = bo
        .with(move |store, _| store.session(&tk, editors::now()))
        .await
        .map_err(|_| view::message(req, StatusCode::INTERNAL_SERVER_ERROR, t::FAILED))?;
    Ok(s.map(|s| (token, s)))
}

/// A signed-in, active account, or the sign-in page.
pub async fn signed_in(
    req: &HttpRequest,
    bo: &Arc<Backoffice>,
) -> Result<(String, Session), HttpResponse> {
    match session(req, bo).await? {
        Some((token, s)) if !s.enrolling => Ok((token, s)),
        Some(_) => Err(see_other("/gestion/activation")),
        None => Err(see_other("/gestion/connexion")),
    }
}

pub fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", to.to_string()))
        .finish()
}

/// A form sent by a page of another site (any site can make its visitors'
/// browsers post): refused. Browsers say where a request comes from
/// (`Sec-Fetch-Site`, else `Origin`); a client that says neither is not a
/// browser another site drives, and still needs the session's token.
pub fn cross_site(req: &HttpRequest, state: &AppState) -> bool {
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin"));
    }
    let Some(origin) = h.get(actix_web::http::header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    if let Some(public) = &state.config.public_url {
        if origin == public {
            return false;
        }
    }
    let host = h
        .get(actix_web::http::header::HOST)
        .and_then(|v| v.to_str().ok());
    origin.split_once("://").map(|(_, rest)| rest) != host
}

/// The client, as the rate limits see it (never stored nor logged).
pub fn client(req: &HttpRequest, state: &AppState) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    Some(crate::web::limits::client_key(crate::web::limits::behind(
        req.headers(),
        peer,
        &state.config.trusted_proxies,
    )))
}

/// Writes a refusal in the audit log: who tried what.
pub async fn refused(bo: &Arc<Backoffice>, who: &Account, what: &str, target: &str) {
    tracing::warn!(action = %what, "back office: an action outside the account's rights was refused");
    let (email, what, target) = (who.email.clone(), what.to_string(), target.to_string());
    let _ = bo
        .with(move |s, _| {
            s.audit(
                editors::now(),
                &email,
                "refused",
                &target,
                None,
                Some(&what),
            )
        })
        .await;
}
