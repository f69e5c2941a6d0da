//! How the back office reads its forms: URL-encoded pairs under 16 KB, a
//! French page for anything else, and a record's fields parsed from them.

use crate::editors::Fields;
use crate::locale::gestion as t;
use actix_web::http::StatusCode;
use actix_web::web;

pub type Pairs = Vec<(String, String)>;

/// Bodies beyond this are refused (413).
pub const MAX_BODY: usize = 16 * 1024;

pub fn config() -> web::FormConfig {
    use actix_web::error::UrlencodedError as E;
    web::FormConfig::default()
        .limit(MAX_BODY)
        .error_handler(|e, req| {
            let status = match e {
                E::Overflow { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::BAD_REQUEST,
            };
            let page = super::view::message(req, status, t::BAD_FORM);
            actix_web::error::InternalError::from_response(e, page).into()
        })
}

/// The first value of a field; "" when absent.
pub fn one<'a>(p: &'a Pairs, name: &str) -> &'a str {
    p.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

fn opt(p: &Pairs, name: &str) -> Option<String> {
    Some(one(p, name).trim().to_string()).filter(|s| !s.is_empty())
}

/// A textarea, one entry per non-empty line.
fn lines(p: &Pairs, name: &str) -> Vec<String> {
    one(p, name)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The edit form's fields (`phone` is the first number).
pub fn fields(p: &Pairs) -> Fields {
    Fields {
        phones: ["phone", "phone2", "phone3"]
            .iter()
            .filter_map(|n| opt(p, n))
            .collect(),
        email: opt(p, "email"),
        website: opt(p, "website"),
        address: lines(p, "address"),
        hours: opt(p, "hours"),
        hours_note: opt(p, "hours_note"),
        permanences: lines(p, "permanences"),
        languages: lines(p, "languages"),
        accessibility: lines(p, "accessibility"),
        // A paragraph typed over several lines is one paragraph.
        description: Some(
            one(p, "description")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
        .filter(|s| !s.is_empty()),
    }
}
