//! HTTP: the app as a value bound to any listener, security headers on every
//! response, an access log without queries or addresses.

pub mod accept_language;
pub mod api;
pub mod bodies;
pub mod cache;
pub mod client_address;
pub mod connections;
pub mod error_reports;
pub mod fallback;
pub mod gestion;
pub mod headers;
pub mod hsds;
pub mod limits;
pub mod openapi;
pub mod pages;
pub mod params;
pub mod problem;
pub mod state;
pub mod views;

pub use pages::content_version;
pub use state::{
    parse_public_url, release_freed_memory, AppState, Clock, Config, Reload, DEFAULT_EXIT_URL,
};

use crate::locale::Lang;
use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use std::net::TcpListener;

/// The whole route table. The API is one scope, and its guard (content
/// negotiation, the per-client rate limit) wraps that scope: whatever
/// spelling of a path the router takes for the API meets the guard.
pub fn configure(cfg: &mut web::ServiceConfig, state: &AppState) {
    cfg.app_data(web::Data::new(state.clone()))
        .app_data(web::QueryConfig::default().error_handler(|_, req| fallback::query_error(req)))
        .app_data(web::PathConfig::default().error_handler(|_, req| fallback::query_error(req)))
        .service(web::resource("/healthz").get(api::healthz))
        .service(web::resource("/readyz").get(api::readyz))
        .service(
            web::scope("/api")
                .wrap(actix_web::middleware::from_fn(limits::api_guard))
                .service(api::scope())
                .service(hsds::scope()),
        )
        .configure(|cfg| {
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Fr) {
                cfg.service(
                    web::scope(lang.prefix())
                        .app_data(lang)
                        .route("", web::get().to(pages::to_language_home))
                        .configure(per_language),
                );
            }
        })
        .configure(per_language)
        .service(gestion::scope())
        .configure(pages::configure)
        .default_service(web::to(fallback::not_found));
}

/// What every language has, relative to its prefix: French at the root,
/// each other language under its code (`/en`, `/ar`…), where the scope's
/// `Lang` tells every handler (the `Lang` extractor) which catalogue to use.
fn per_language(cfg: &mut web::ServiceConfig) {
    cfg.configure(pages::localised)
        .service(error_reports::scope());
}

/// The shortest time between SIGTERM and closing the listener.
pub const CLOSE_WINDOW: std::time::Duration = std::time::Duration::from_millis(1000);

/// On SIGTERM or SIGINT: /readyz says 503 at once, requests are still served
/// for `drain` (a balancer's time to notice), then the server stops accepting
/// and lets in-flight requests finish (up to its shutdown timeout).
pub async fn stop_on_signal(
    server: actix_web::dev::ServerHandle,
    state: AppState,
    drain: std::time::Duration,
) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            tracing::error!("cannot listen for SIGTERM: stopping on it will not be graceful");
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!(
        drain_secs = drain.as_secs(),
        "stopping: draining, then finishing requests in flight"
    );
    state
        .stopping
        .store(true, std::sync::atomic::Ordering::SeqCst);
    // Even with no drain asked, busy keep-alive clients need one answer that
    // says "close" before the listener goes: otherwise their next request,
    // already on its way, meets a closed socket.
    tokio::time::sleep(drain.max(CLOSE_WINDOW)).await;
    server.stop(true).await;
}

/// Open connections one client address may hold; a browser uses six at most,
/// so this leaves room for many people behind one shared address.
pub const CONNECTIONS_PER_CLIENT: usize = 64;

/// Starts the real server on an already-bound listener (port 0 in tests).
pub fn serve(listener: TcpListener, state: AppState, workers: usize) -> std::io::Result<Server> {
    let limiter = web::Data::new(limits::RateLimiter::new(state.config.api_rate_per_minute));
    let per_client =
        connections::PerClient::new(CONNECTIONS_PER_CLIENT, state.config.trusted_proxies.clone());
    let server = HttpServer::new(move || {
        let state = state.clone();
        App::new()
            .app_data(limiter.clone())
            .wrap(actix_web::middleware::from_fn(fallback::explain_refusals))
            .wrap(actix_web::middleware::from_fn(limits::sizes))
            .wrap(actix_web::middleware::from_fn(limits::head_as_get))
            // Outside the limits: a refusal there must not leave a body unread.
            .wrap(actix_web::middleware::from_fn(bodies::bodies))
            .wrap(actix_web::middleware::from_fn(headers::security_headers))
            .wrap(actix_web::middleware::Compress::default())
            .wrap(actix_web::middleware::from_fn(headers::access_log))
            .wrap(actix_web::middleware::from_fn(connections::per_connection))
            .configure(|c| configure(c, &state))
    })
    .on_connect(move |conn, ext| per_client.on_connect(conn, ext))
    .workers(workers.max(1))
    .max_connections(4096)
    .backlog(1024)
    .client_request_timeout(std::time::Duration::from_secs(5))
    .client_disconnect_timeout(std::time::Duration::from_secs(2))
    .shutdown_timeout(10)
    // Signals are handled by `stop_on_signal`, which drains first.
    .disable_signals()
    .listen(listener)?
    .run();
    Ok(server)
}
