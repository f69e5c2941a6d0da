//! The back office's pages and form handlers, in the site's layout (quick
//! exit first). Over 400 lines: each handler's checks read in order —
//! session, same site, form token, rights — before it changes anything.
// A handler answers with one response, refusal or not: boxing the refusals
// would add an allocation to each without making anything smaller.
#![allow(clippy::result_large_err)]

use super::backoffice::Backoffice;
use super::forms::{self, Pairs};
use super::session::{
    backoffice, client, cross_site, refused, see_other, session, session_cookie, signed_in,
};
use super::view::{message, page};
use crate::editors::{self, Account, Decision, InvitationError, Proposal, Role, SignInError};
use crate::editors::{Fields, Listing};
use crate::locale::gestion as t;
use crate::locale::Lang;
use crate::web::state::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::{html, Markup};
use std::sync::Arc;

type Page = Result<HttpResponse, HttpResponse>;

fn done(r: Page) -> HttpResponse {
    r.unwrap_or_else(|e| e)
}

fn failed(req: &HttpRequest) -> HttpResponse {
    message(req, StatusCode::INTERNAL_SERVER_ERROR, t::FAILED)
}

/// The form's token matches the session's (compared in constant time).
fn token_ok(p: &Pairs, csrf: &str) -> bool {
    editors::secret::same(forms::one(p, "csrf").as_bytes(), csrf.as_bytes())
}

/// Same site and the session's token, or the refusal page.
fn guard(req: &HttpRequest, state: &AppState, p: &Pairs, csrf: &str) -> Result<(), HttpResponse> {
    if cross_site(req, state) {
        return Err(message(req, StatusCode::FORBIDDEN, t::CROSS_SITE));
    }
    if !token_ok(p, csrf) {
        return Err(message(req, StatusCode::FORBIDDEN, t::BAD_TOKEN));
    }
    Ok(())
}

fn csrf_field(csrf: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(csrf); }
}

fn role_words(a: &Account) -> String {
    match &a.role {
        Role::Editor { .. } => t::ROLE_EDITOR.to_string(),
        Role::Reviewer { departement } => {
            format!("{}, département {}", t::ROLE_REVIEWER, departement.as_str())
        }
    }
}

/// Who is signed in, and the way out (a POST: signing out changes state).
fn account_bar(a: &Account, csrf: &str) -> Markup {
    html! {
        form.report method="post" action="/gestion/deconnexion" {
            p { (t::SIGNED_IN_AS) " " strong { (a.email) } " (" (role_words(a)) ") "
                (csrf_field(csrf))
                button type="submit" { (t::SIGN_OUT) } }
        }
    }
}

fn with_cookie(mut r: HttpResponse, cookie: &str) -> HttpResponse {
    if let Ok(v) = actix_web::http::header::HeaderValue::from_str(cookie) {
        r.headers_mut()
            .append(actix_web::http::header::SET_COOKIE, v);
    }
    r
}

/// A record id as the data writes them (letters, digits, `-_:.`).
fn record_id(s: &str) -> Option<&str> {
    (!s.is_empty()
        && s.len() <= 200
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_:.".contains(c)))
    .then_some(s)
}

// ---------------------------------------------------------------- sign-in

fn sign_in_page(
    req: &HttpRequest,
    status: StatusCode,
    error: Option<&str>,
    email: &str,
) -> HttpResponse {
    page(
        req,
        status,
        t::SIGN_IN_TITLE,
        html! {
            h1 { (t::SIGN_IN_TITLE) }
            p { (t::SIGN_IN_LEAD) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form.report method="post" action="/gestion/connexion" {
                p { label for="email" { (t::EMAIL) } br;
                    input #email type="email" name="email" value=(email) required autocomplete="username" maxlength="254"; }
                p { label for="password" { (t::PASSWORD) } br;
                    input #password type="password" name="password" required autocomplete="current-password" maxlength="256"; }
                p { label for="code" { (t::CODE) } br;
                    input #code type="text" name="code" required inputmode="numeric" pattern="[0-9 ]{6,7}" autocomplete="one-time-code" maxlength="7"; }
                p { button type="submit" { (t::SIGN_IN) } }
            }
        },
    )
}

pub async fn sign_in_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            if let Some((_, s)) = session(&req, &bo).await? {
                if !s.enrolling {
                    return Ok(see_other("/gestion"));
                }
            }
            Ok(sign_in_page(&req, StatusCode::OK, None, ""))
        }
        .await,
    )
}

fn locked_page(req: &HttpRequest, until: i64, email: &str) -> HttpResponse {
    let at = chrono::DateTime::from_timestamp(until, 0)
        .map(|d| {
            d.with_timezone(&chrono_tz::Europe::Paris)
                .format("%H:%M")
                .to_string()
        })
        .unwrap_or_default();
    let mut r = sign_in_page(
        req,
        StatusCode::TOO_MANY_REQUESTS,
        Some(&t::locked(&at)),
        email,
    );
    let wait = (until - editors::now()).max(1);
    if let Ok(v) = actix_web::http::header::HeaderValue::from_str(&wait.to_string()) {
        r.headers_mut()
            .insert(actix_web::http::header::RETRY_AFTER, v);
    }
    r
}

pub async fn sign_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<Pairs>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            if cross_site(&req, &state) {
                return Err(message(&req, StatusCode::FORBIDDEN, t::CROSS_SITE));
            }
            let p = form.into_inner();
            let email = forms::one(&p, "email")
                .trim()
                .chars()
                .take(254)
                .collect::<String>();
            let password = forms::one(&p, "password").to_string();
            let code = forms::one(&p, "code").to_string();
            let now = editors::now();
            let who = client(&req, &state);
            if let Some(until) = who.and_then(|ip| bo.client_locked(ip, now)) {
                return Ok(locked_page(&req, until, &email));
            }
            if password.chars().count() > editors::secret::MAX_PASSWORD {
                return Ok(sign_in_page(
                    &req,
                    StatusCode::UNAUTHORIZED,
                    Some(t::WRONG),
                    &email,
                ));
            }
            let e = email.clone();
            let outcome = bo
                .with(move |s, _| s.sign_in(&e, &password, &code, now))
                .await
                .map_err(|_| failed(&req))?;
            match outcome {
                Ok((token, _)) => {
                    if let Some(ip) = who {
                        bo.client_ok(ip);
                    }
                    Ok(with_cookie(see_other("/gestion"), &session_cookie(&token)))
                }
                Err(err) => {
                    if let Some(ip) = who {
                        bo.client_failed(ip, &email, now);
                    }
                    Ok(match err {
                        SignInError::Locked(until) => locked_page(&req, until, &email),
                        SignInError::Wrong => {
                            sign_in_page(&req, StatusCode::UNAUTHORIZED, Some(t::WRONG), &email)
                        }
                    })
                }
            }
        }
        .await,
    )
}

pub async fn sign_out(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<Pairs>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let Some((token, s)) = session(&req, &bo).await? else {
                return Ok(see_other("/gestion/connexion"));
            };
            guard(&req, &state, &form, &s.csrf)?;
            let email = s.account.email.clone();
            bo.with(move |st, _| {
                st.end_session(&token)?;
                st.audit(editors::now(), &email, "sign-out", &email, None, None)
            })
            .await
            .map_err(|_| failed(&req))?;
            Ok(with_cookie(
                sign_in_page(&req, StatusCode::OK, Some(t::SIGNED_OUT), ""),
                &super::session::clear_cookie(),
            ))
        }
        .await,
    )
}

// ------------------------------------------------------------- invitation

fn invitation_token(s: &str) -> Option<&str> {
    (s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())).then_some(s)
}

fn gone(req: &HttpRequest) -> HttpResponse {
    message(req, StatusCode::GONE, t::INVITE_GONE)
}

fn password_page(
    req: &HttpRequest,
    status: StatusCode,
    token: &str,
    a: &Account,
    error: Option<&str>,
) -> HttpResponse {
    page(
        req,
        status,
        t::INVITE_TITLE,
        html! {
            h1 { (t::INVITE_TITLE) }
            p { (t::invite_lead(&a.email, &role_words(a))) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form.report method="post" action={ "/gestion/invitation/" (token) } {
                input type="hidden" name="username" value=(a.email) autocomplete="username";
                p { label for="password" { (t::PASSWORD) } br;
                    input #password type="password" name="password" required minlength="12" maxlength="256" autocomplete="new-password" aria-describedby="pw-hint"; }
                p #pw-hint .note { (t::PASSWORD_HINT) }
                p { label for="password_confirm" { (t::PASSWORD_CONFIRM) } br;
                    input #password_confirm type="password" name="password_confirm" required minlength="12" maxlength="256" autocomplete="new-password"; }
                p { button type="submit" { (t::INVITE_SUBMIT) } }
            }
        },
    )
}

pub async fn invitation_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let Some(token) = invitation_token(&path).map(str::to_string) else {
                return Err(gone(&req));
            };
            let tk = token.clone();
            let account = bo
                .with(move |s, _| s.invitation(&tk, editors::now()))
                .await
                .map_err(|_| failed(&req))?;
            match account {
                Some(a) => Ok(password_page(&req, StatusCode::OK, &token, &a, None)),
                None => Err(gone(&req)),
            }
        }
        .await,
    )
}

pub async fn invitation(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<Pairs>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            if cross_site(&req, &state) {
                return Err(message(&req, StatusCode::FORBIDDEN, t::CROSS_SITE));
            }
            let Some(token) = invitation_token(&path).map(str::to_string) else {
                return Err(gone(&req));
            };
            let p = form.into_inner();
            let (pw, confirm) = (
                forms::one(&p, "password"),
                forms::one(&p, "password_confirm"),
            );
            let problem = if pw.chars().count() < editors::secret::MIN_PASSWORD {
                Some(t::PASSWORD_SHORT)
            } else if pw.chars().count() > editors::secret::MAX_PASSWORD {
                Some(t::PASSWORD_LONG)
            } else if !editors::secret::same(pw.as_bytes(), confirm.as_bytes()) {
                Some(t::PASSWORD_MISMATCH)
            } else {
                None
            };
            if let Some(problem) = problem {
                let tk = token.clone();
                let a = bo
                    .with(move |s, _| s.invitation(&tk, editors::now()))
                    .await
                    .map_err(|_| failed(&req))?;
                return match a {
                    Some(a) => Ok(password_page(
                        &req,
                        StatusCode::BAD_REQUEST,
                        &token,
                        &a,
                        Some(problem),
                    )),
                    None => Err(gone(&req)),
                };
            }
            let pw = pw.to_string();
            let outcome = bo
                .with(move |s, _| {
                    let now = editors::now();
                    match s.redeem(&token, &pw, now)? {
                        Ok((session, secret, account)) => {
                            let csrf = s
                                .session(&session, now)?
                                .map(|x| x.csrf)
                                .unwrap_or_default();
                            Ok(Ok((session, secret, account, csrf)))
                        }
                        Err(e) => {
                            if e == InvitationError::Used {
                                s.audit(
                                    now,
                                    "anonymous",
                                    "invitation refused",
                                    "-",
                                    None,
                                    Some("invitation already used"),
                                )?;
                            }
                            Ok(Err(e))
                        }
                    }
                })
                .await
                .map_err(|_| failed(&req))?;
            match outcome {
                Ok((session, secret, account, csrf)) => Ok(with_cookie(
                    totp_page(&req, StatusCode::OK, &account, &secret, &csrf, None),
                    &session_cookie(&session),
                )),
                Err(_) => Err(gone(&req)),
            }
        }
        .await,
    )
}

/// The second factor's page: the `otpauth://` URI as text, its QR code, and
/// the form asking for a first code.
fn totp_page(
    req: &HttpRequest,
    status: StatusCode,
    a: &Account,
    secret: &[u8],
    csrf: &str,
    error: Option<&str>,
) -> HttpResponse {
    let uri = editors::totp::otpauth_uri(secret, &a.email);
    let qr = crate::web::pages::shop_prints::Qr::new(&uri);
    page(
        req,
        status,
        t::TOTP_TITLE,
        html! {
            h1 { (t::TOTP_TITLE) }
            p { (t::TOTP_LEAD) }
            @if let Some(q) = qr {
                svg xmlns="http://www.w3.org/2000/svg" width="220" height="220" viewBox={ "0 0 " (q.modules) " " (q.modules) }
                    role="img" aria-label="Code QR du second facteur" shape-rendering="crispEdges" {
                    rect width=(q.modules) height=(q.modules) fill="#fff" {}
                    path d=(q.path) fill="#000" {}
                }
            }
            p { (t::TOTP_URI) } p { code #otpauth dir="ltr" { (uri) } }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form.report method="post" action="/gestion/activation" {
                (csrf_field(csrf))
                p { label for="code" { (t::CODE) } br;
                    input #code type="text" name="code" required inputmode="numeric" pattern="[0-9 ]{6,7}" autocomplete="one-time-code" maxlength="7"; }
                p { button type="submit" { (t::TOTP_SUBMIT) } }
            }
        },
    )
}

pub async fn activation_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let Some((_, s)) = session(&req, &bo).await? else {
                return Ok(see_other("/gestion/connexion"));
            };
            if !s.enrolling {
                return Ok(see_other("/gestion"));
            }
            let id = s.account.id;
            let secret = bo
                .with(move |st, _| st.pending_secret(id))
                .await
                .map_err(|_| failed(&req))?
                .unwrap_or_default();
            Ok(totp_page(
                &req,
                StatusCode::OK,
                &s.account,
                &secret,
                &s.csrf,
                None,
            ))
        }
        .await,
    )
}

pub async fn activation(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<Pairs>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let Some((token, s)) = session(&req, &bo).await? else {
                return Ok(see_other("/gestion/connexion"));
            };
            if !s.enrolling {
                return Ok(see_other("/gestion"));
            }
            guard(&req, &state, &form, &s.csrf)?;
            let code = forms::one(&form, "code").to_string();
            let id = s.account.id;
            let (ok, secret) = bo
                .with(move |st, _| {
                    let ok = st.activate(&token, id, &code, editors::now())?;
                    Ok((ok, st.pending_secret(id)?))
                })
                .await
                .map_err(|_| failed(&req))?;
            if ok {
                return Ok(see_other("/gestion"));
            }
            Ok(totp_page(
                &req,
                StatusCode::BAD_REQUEST,
                &s.account,
                &secret.unwrap_or_default(),
                &s.csrf,
                Some(t::TOTP_WRONG),
            ))
        }
        .await,
    )
}

// ------------------------------------------------------------- dashboard

fn status_words(p: &Proposal) -> &'static str {
    t::STATUS
        .iter()
        .find(|(k, _)| *k == p.status.id())
        .map_or("", |(_, w)| *w)
}

/// The rows of the side-by-side table: (field, published, proposed).
fn rows(before: &Fields, after: &Fields) -> Vec<(&'static str, String, String)> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        ("phone", before.phones.join(" ; "), after.phones.join(" ; ")),
        ("email", o(&before.email), o(&after.email)),
        ("website", o(&before.website), o(&after.website)),
        (
            "address",
            before.address.join(", "),
            after.address.join(", "),
        ),
        ("hours", o(&before.hours), o(&after.hours)),
        ("hours_note", o(&before.hours_note), o(&after.hours_note)),
        (
            "permanences",
            before.permanences.join(" / "),
            after.permanences.join(" / "),
        ),
        (
            "languages",
            before.languages.join(", "),
            after.languages.join(", "),
        ),
        (
            "accessibility",
            before.accessibility.join(", "),
            after.accessibility.join(", "),
        ),
        ("description", o(&before.description), o(&after.description)),
    ]
}

fn side_by_side(published: &Fields, proposed: &Fields) -> Markup {
    html! {
        table.dir {
            thead { tr { th { (t::FIELD) } th { (t::PUBLISHED) } th { (t::PROPOSED) } } }
            tbody { @for (f, a, b) in rows(published, proposed) {
                tr { th scope="row" { (t::field_name(f)) } td { (a) }
                    td { @if a != b { mark { (b) } } @else { (b) } } }
            } }
        }
    }
}

pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    done(async {
        let bo = backoffice(&req, &state)?;
        let (_, s) = signed_in(&req, &bo).await?;
        let a = s.account.clone();
        let engine = state.engine.load_full();
        let id = a.id;
        let dep = match &a.role {
            Role::Reviewer { departement } => Some(departement.as_str().to_string()),
            Role::Editor { .. } => None,
        };
        let dep2 = dep.clone();
        let (mine, pending) = bo
            .with(move |st, _| {
                let pending = match &dep2 {
                    Some(d) => st.pending_in(d)?,
                    None => Vec::new(),
                };
                Ok((st.proposals_of(id)?, pending))
            })
            .await
            .map_err(|_| failed(&req))?;
        let records: Vec<String> = match &a.role {
            Role::Editor { records } => records.clone(),
            Role::Reviewer { .. } => Vec::new(),
        };
        let reports = open_reports(&bo, &engine, &a).await;
        let today = chrono::Utc::now().date_naive();
        let body = html! {
            h1 { (t::TITLE) }
            (account_bar(&a, &s.csrf))
            @if let Some(d) = &dep {
                h2 { (t::pending_h(d)) }
                @if pending.is_empty() { p { (t::NO_PENDING) } }
                @for p in &pending {
                    @let name = engine.resource(&p.record).map_or(p.record.as_str(), |r| r.name.as_str());
                    @let live = engine.resource(&p.record).map(Fields::of).unwrap_or_default();
                    form.report.proposal method="post" action="/gestion/decision" {
                        h3 { (name) " " small.note { "(" (p.record) ")" } }
                        p.note { (t::proposed_by(&p.author, &p.created)) }
                        (side_by_side(&live, &p.fields))
                        (csrf_field(&s.csrf))
                        input type="hidden" name="proposal" value=(p.id);
                        @if p.author_id == a.id { p.note { (t::OWN_CHANGE_NOTE) } }
                        p { button type="submit" name="decision" value="accept" { (t::ACCEPT) } " "
                            button type="submit" name="decision" value="reject" { (t::REJECT) } }
                    }
                }
            }
            @if !records.is_empty() || dep.is_none() {
                h2 { (t::YOUR_RECORDS) }
                @if records.is_empty() { p { (t::NO_RECORDS) } }
                ul { @for id in &records {
                    @if let Some(r) = engine.resource(id) {
                        li { strong { (r.name) } " (" (id) ") — "
                            @match r.structure_verified {
                                Some(d) => { (t::verified_on(&Lang::Fr.ui().date_words(d)))
                                    @if r.confirmed_by_structure(today).is_none() { " — " strong { (t::DUE) } } },
                                None => { (t::NEVER_VERIFIED) },
                            }
                            " — " a href={ "/gestion/fiche/" (id) } { (t::EDIT) } }
                    }
                } }
            }
            h2 { (t::YOUR_PROPOSALS) }
            @if mine.is_empty() { p { (t::NO_PROPOSALS) } }
            ul { @for p in mine.iter().rev() {
                li { (p.created) " — " (p.record) " — " (status_words(p))
                    @if let Some(by) = &p.decided_by { " (" (by) ")" } }
            } }
            h2 { (t::REPORTS_H) }
            @if reports.is_empty() { p { (t::NO_REPORTS) } }
            ul { @for r in &reports {
                li { (r.received) " — " (r.resource) " — " (r.field.id()) " : "
                    (crate::error_reports::review::shown(r.value.as_deref().unwrap_or("-")))
                    @if let Some(c) = &r.comment { " — « " (crate::error_reports::review::shown(c)) " »" } }
            } }
        };
        Ok(page(&req, StatusCode::OK, t::TITLE, body))
    }
    .await)
}

/// The public's open reports on the records an account may touch (at most 100).
async fn open_reports(
    bo: &Arc<Backoffice>,
    engine: &Arc<crate::search::Engine>,
    a: &Account,
) -> Vec<crate::error_reports::Stored> {
    let Some(path) = bo.reports_db.clone() else {
        return Vec::new();
    };
    let (engine, a) = (engine.clone(), a.clone());
    web::block(move || {
        let store = crate::error_reports::Store::open(&path).ok()?;
        let open = store.list(Some(crate::error_reports::Status::Open)).ok()?;
        Some(
            open.into_iter()
                .filter(|r| {
                    let dep = engine
                        .resource(&r.resource)
                        .and_then(|x| x.departement.as_ref());
                    editors::may_edit(&a, &r.resource, dep)
                })
                .take(100)
                .collect(),
        )
    })
    .await
    .ok()
    .flatten()
    .unwrap_or_default()
}

// ------------------------------------------------------------------ edit

fn edit_page(
    req: &HttpRequest,
    status: StatusCode,
    s: &editors::Session,
    id: &str,
    name: &str,
    f: &Fields,
    error: Option<&str>,
) -> HttpResponse {
    let phone = |i: usize| f.phones.get(i).cloned().unwrap_or_default();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    page(
        req,
        status,
        t::EDIT_TITLE,
        html! {
            h1 { (t::EDIT_TITLE) }
            (account_bar(&s.account, &s.csrf))
            h2 { (name) " " small.note { "(" (id) ")" } }
            p { (t::EDIT_LEAD) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form.report method="post" action={ "/gestion/fiche/" (id) } {
                (csrf_field(&s.csrf))
                p { label for="phone" { (t::PHONE) } br; input #phone type="tel" name="phone" value=(phone(0)) maxlength="40"; }
                p { label for="phone2" { (t::PHONE_OTHER) } br; input #phone2 type="tel" name="phone2" value=(phone(1)) maxlength="40"; }
                p { label for="phone3" { (t::PHONE_OTHER) } br; input #phone3 type="tel" name="phone3" value=(phone(2)) maxlength="40"; }
                p { label for="email" { (t::EMAIL) } br; input #email type="text" name="email" value=(text(&f.email)) maxlength="254"; }
                p { label for="website" { (t::WEBSITE) } br; input #website type="text" name="website" value=(text(&f.website)) maxlength="500"; }
                p { label for="address" { (t::ADDRESS) } br; textarea #address name="address" rows="3" { (f.address.join("\n")) } }
                p { label for="hours" { (t::HOURS) } br; input #hours type="text" name="hours" value=(text(&f.hours)) maxlength="300"; }
                p { label for="hours_note" { (t::HOURS_NOTE) } br; input #hours_note type="text" name="hours_note" value=(text(&f.hours_note)) maxlength="300"; }
                p { label for="permanences" { (t::PERMANENCES) } br; textarea #permanences name="permanences" rows="4" { (f.permanences.join("\n")) } }
                p { label for="languages" { (t::LANGUAGES) } br; textarea #languages name="languages" rows="3" { (f.languages.join("\n")) } }
                p { label for="accessibility" { (t::ACCESSIBILITY) } br; textarea #accessibility name="accessibility" rows="3" { (f.accessibility.join("\n")) } }
                p { label for="description" { (t::DESCRIPTION) } br; textarea #description name="description" rows="4" maxlength="2000" { (text(&f.description)) } }
                p { button type="submit" { (t::SUBMIT_PROPOSAL) } }
            }
        },
    )
}

/// The record an account asks for, if it may touch it; a refusal (403,
/// written to the audit log) otherwise, the same for an unknown id.
async fn editable(
    req: &HttpRequest,
    state: &AppState,
    bo: &Arc<Backoffice>,
    a: &Account,
    raw: &str,
) -> Result<(String, Arc<crate::search::Engine>), HttpResponse> {
    let engine = state.engine.load_full();
    let allowed = record_id(raw).is_some_and(|id| {
        engine
            .resource(id)
            .is_some_and(|r| editors::may_edit(a, id, r.departement.as_ref()))
    });
    if !allowed {
        let shown: String = raw.chars().take(80).collect();
        refused(bo, a, "edit a record outside the account's rights", &shown).await;
        return Err(message(req, StatusCode::FORBIDDEN, t::FORBIDDEN));
    }
    Ok((raw.to_string(), engine))
}

pub async fn edit_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let (_, s) = signed_in(&req, &bo).await?;
            let (id, engine) = editable(&req, &state, &bo, &s.account, &path).await?;
            let Some(r) = engine.resource(&id) else {
                return Err(failed(&req));
            };
            Ok(edit_page(
                &req,
                StatusCode::OK,
                &s,
                &id,
                &r.name,
                &Fields::of(r),
                None,
            ))
        }
        .await,
    )
}

pub async fn propose(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<Pairs>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let (_, s) = signed_in(&req, &bo).await?;
            guard(&req, &state, &form, &s.csrf)?;
            let (id, engine) = editable(&req, &state, &bo, &s.account, &path).await?;
            let Some(r) = engine.resource(&id) else {
                return Err(failed(&req));
            };
            let fields = forms::fields(&form);
            let problem = match fields.check() {
                Err(e) => Some(t::field_error(t::field_name(e.field), &e.message)),
                Ok(c) if c.address.is_some() && r.category == crate::domain::Category::Shelter => {
                    Some(t::SHELTER_ADDRESS.to_string())
                }
                Ok(_) => None,
            };
            if let Some(problem) = problem {
                return Ok(edit_page(
                    &req,
                    StatusCode::BAD_REQUEST,
                    &s,
                    &id,
                    &r.name,
                    &fields,
                    Some(&problem),
                ));
            }
            let before = Fields::of(r);
            let dep = r
                .departement
                .as_ref()
                .map(|d| d.as_str().to_string())
                .unwrap_or_default();
            let account = s.account.clone();
            bo.with(move |st, _| st.propose(&account, &id, &dep, &before, &fields, editors::now()))
                .await
                .map_err(|_| failed(&req))?;
            Ok(see_other("/gestion"))
        }
        .await,
    )
}

// -------------------------------------------------------------- decision

pub async fn decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<Pairs>,
) -> HttpResponse {
    done(
        async {
            let bo = backoffice(&req, &state)?;
            let (_, s) = signed_in(&req, &bo).await?;
            guard(&req, &state, &form, &s.csrf)?;
            let reviewer = s.account.clone();
            let Role::Reviewer { departement } = &reviewer.role else {
                refused(
                    &bo,
                    &reviewer,
                    "decide as an editor",
                    forms::one(&form, "proposal"),
                )
                .await;
                return Err(message(&req, StatusCode::FORBIDDEN, t::FORBIDDEN));
            };
            let decision = match forms::one(&form, "decision") {
                "accept" => Decision::Accept,
                "reject" => Decision::Reject,
                _ => return Err(message(&req, StatusCode::BAD_REQUEST, t::BAD_FORM)),
            };
            let Ok(id) = forms::one(&form, "proposal").parse::<i64>() else {
                return Err(message(&req, StatusCode::BAD_REQUEST, t::BAD_FORM));
            };
            let engine = state.engine.load_full();
            let dep = departement.as_str().to_string();
            let data = bo.data.clone();
            enum Outcome {
                Done,
                Forbidden,
                Own,
                Decided,
                Invalid(String),
            }
            let outcome = bo
                .with(move |st, _| {
                    let now = editors::now();
                    let p = match st.proposal(id) {
                        Ok(p) => p,
                        Err(editors::StoreError::NoProposal(_)) => return Ok(Outcome::Decided),
                        Err(e) => return Err(e),
                    };
                    if p.departement != dep {
                        st.audit(
                            now,
                            &reviewer.email,
                            "refused",
                            &p.record,
                            None,
                            Some(&format!("decide on #{id} of another département")),
                        )?;
                        return Ok(Outcome::Forbidden);
                    }
                    if p.author_id == reviewer.id {
                        st.audit(
                            now,
                            &reviewer.email,
                            "refused",
                            &p.record,
                            None,
                            Some(&format!("decide on own change #{id}")),
                        )?;
                        return Ok(Outcome::Own);
                    }
                    if p.status != editors::ProposalStatus::Pending {
                        return Ok(Outcome::Decided);
                    }
                    if decision == Decision::Accept {
                        // Checked again against the live record: the same rules as the data.
                        let Some(r) = engine.resource(&p.record) else {
                            return Ok(Outcome::Invalid(t::FAILED.to_string()));
                        };
                        match p.fields.check() {
                            Err(e) => return Ok(Outcome::Invalid(e.to_string())),
                            Ok(c)
                                if c.address.is_some()
                                    && r.category == crate::domain::Category::Shelter =>
                            {
                                return Ok(Outcome::Invalid(t::SHELTER_ADDRESS.to_string()))
                            }
                            Ok(_) => {}
                        }
                        let at = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default();
                        // The layer first: an accepted change is always a published one.
                        editors::publish_listing(
                            &data,
                            Listing {
                                record: p.record.clone(),
                                fields: p.fields.clone(),
                                proposal: p.id,
                                proposed_by: p.author.clone(),
                                accepted_by: reviewer.email.clone(),
                                accepted_at: at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                                date: at.date_naive(),
                            },
                        )
                        .map_err(|e| {
                            editors::StoreError::Backup(format!(
                                "writing {}: {e}",
                                editors::LAYER_FILE
                            ))
                        })?;
                    }
                    match st.decide(id, &reviewer, decision, now) {
                        Ok(_) => Ok(Outcome::Done),
                        Err(editors::StoreError::OwnChange) => Ok(Outcome::Own),
                        Err(editors::StoreError::Decided(_)) => Ok(Outcome::Decided),
                        Err(e) => Err(e),
                    }
                })
                .await
                .map_err(|_| failed(&req))?;
            match outcome {
                Outcome::Done => {
                    if decision == Decision::Accept {
                        bo.publish();
                    }
                    Ok(see_other("/gestion"))
                }
                Outcome::Forbidden => {
                    tracing::warn!(
                        "back office: a decision outside the reviewer's département was refused"
                    );
                    Err(message(&req, StatusCode::FORBIDDEN, t::FORBIDDEN))
                }
                Outcome::Own => Err(message(&req, StatusCode::FORBIDDEN, t::OWN_CHANGE)),
                Outcome::Decided => Err(message(&req, StatusCode::CONFLICT, t::ALREADY_DECIDED)),
                Outcome::Invalid(why) => Err(message(&req, StatusCode::UNPROCESSABLE_ENTITY, &why)),
            }
        }
        .await,
    )
}

pub async fn unknown(req: HttpRequest) -> HttpResponse {
    message(&req, StatusCode::NOT_FOUND, t::UNKNOWN_PAGE)
}
