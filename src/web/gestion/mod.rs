//! `/gestion`: the partners' back office, the one place with a session
//! cookie (`Path=/gestion`, `HttpOnly`, `Secure`, `SameSite=Strict`, 30
//! idle minutes). Every state-changing form carries a token tied to the
//! session and must come from this site; every refusal is written to the
//! audit log with the account that tried. Text: `locale::gestion`.

pub mod backoffice;
mod forms;
mod pages;
mod session;
mod view;

pub use backoffice::{Backoffice, Publisher, CLIENT_ADDRESSES, CLIENT_FAILURES};
pub use session::COOKIE;

use actix_web::web;

/// The routes, outside any language prefix: the back office is in French.
pub fn scope() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/gestion")
        .app_data(forms::config())
        .service(web::resource("").get(pages::home))
        .service(web::resource("/").get(pages::home))
        .service(
            web::resource("/connexion")
                .get(pages::sign_in_form)
                .post(pages::sign_in),
        )
        .service(web::resource("/deconnexion").post(pages::sign_out))
        .service(
            web::resource("/invitation/{token}")
                .get(pages::invitation_form)
                .post(pages::invitation),
        )
        .service(
            web::resource("/activation")
                .get(pages::activation_form)
                .post(pages::activation),
        )
        .service(
            web::resource("/fiche/{id}")
                .get(pages::edit_form)
                .post(pages::propose),
        )
        .service(web::resource("/decision").post(pages::decide))
        .default_service(web::to(pages::unknown))
}
