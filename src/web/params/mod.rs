//! One place where a request's query string becomes typed values: each
//! handler's query is a struct built with `TryFrom<&Pairs>`, and every
//! failure is one `ParamError`. The API renders it as problem+json
//! (`From<ParamError> for Problem`), the pages as a French or English page
//! (`pages::errors::param_error`); the bounds are the ones the OpenAPI document publishes.

use super::problem::Problem;
use crate::domain::{CodeError, InseeCode, Postcode};
use crate::locale::fr::errors;
use crate::search::{query, QueryError};
use actix_web::{web, HttpRequest};

mod queries;
pub mod spec;

pub use queries::{
    ApiLang, CommuneChoice, CommuneSearch, DirectoryParams, Filters, HsdsPage, Narrow, PlaceParams,
    RecordParams, ResourceParams, Search, SupportParams,
};
pub use spec::{bounds, Documented};

pub type Pairs = Vec<(String, String)>;

/// Why a parameter was refused; `param` names it for the problem document.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParamError {
    #[error("malformed query string")]
    QueryString,
    #[error("{param}: not a number")]
    NotANumber { param: &'static str },
    #[error("{param}: out of range ({range})")]
    OutOfRange { param: &'static str, range: String },
    #[error("{param}: unknown value")]
    UnknownValue { param: &'static str, values: String },
    #[error("{param}: {error}")]
    Text {
        param: &'static str,
        error: QueryError,
    },
    #[error("{param}: {why}")]
    Code { param: &'static str, why: String },
}

impl ParamError {
    pub fn param(&self) -> Option<&'static str> {
        match self {
            Self::QueryString => None,
            Self::NotANumber { param }
            | Self::OutOfRange { param, .. }
            | Self::UnknownValue { param, .. }
            | Self::Text { param, .. }
            | Self::Code { param, .. } => Some(param),
        }
    }

    /// The problem document's detail (the API speaks French, like its docs).
    pub fn detail(&self) -> String {
        let p = self.param().unwrap_or_default();
        match self {
            Self::QueryString => errors::BAD_QUERY_STRING.to_string(),
            Self::NotANumber { .. } => errors::not_a_number(p),
            Self::OutOfRange { range, .. } => errors::out_of_range(p, range),
            Self::UnknownValue { values, .. } => errors::unknown_value(p, values),
            Self::Text { error, .. } => match error {
                QueryError::Empty => errors::empty_query(p),
                QueryError::TooLong => errors::too_long(p),
                QueryError::BadChars => errors::bad_chars(p),
                QueryError::OtherScript => errors::other_script(p),
            },
            Self::Code { why, .. } => errors::bad_code(p, why),
        }
    }
}

impl From<ParamError> for Problem {
    fn from(e: ParamError) -> Self {
        match e.param() {
            Some(p) => Problem::bad_param(p, e.detail()),
            None => Problem::new(
                actix_web::http::StatusCode::BAD_REQUEST,
                "invalid-parameter",
                e.detail(),
            ),
        }
    }
}

/// Query pairs; a malformed or non-UTF-8 query string, or invisible bidi and
/// format controls anywhere in it, is refused.
pub fn pairs(req: &HttpRequest) -> Result<Pairs, ParamError> {
    let p = web::Query::<Pairs>::from_query(req.query_string())
        .map(|q| q.into_inner())
        .map_err(|_| ParamError::QueryString)?;
    if p.iter()
        .any(|(k, v)| k.chars().chain(v.chars()).any(query::is_format_control))
    {
        return Err(ParamError::QueryString);
    }
    Ok(p)
}

/// The request's query as the typed value `T`.
pub fn parse<T>(req: &HttpRequest) -> Result<T, ParamError>
where
    T: for<'a> TryFrom<&'a Pairs, Error = ParamError>,
{
    T::try_from(&pairs(req)?)
}

/// The first value of a parameter.
pub fn one<'a>(p: &'a Pairs, name: &str) -> Option<&'a str> {
    p.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Every value of a repeated or comma-separated parameter.
pub fn many<'a>(p: &'a Pairs, name: &str) -> Vec<&'a str> {
    p.iter()
        .filter(|(k, _)| k == name)
        .flat_map(|(_, v)| v.split(','))
        .filter(|s| !s.is_empty())
        .collect()
}

/// A bounded number, or `default` when the parameter is absent.
pub(super) fn number<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    p: &Pairs,
    name: &'static str,
    default: T,
    min: T,
    max: T,
) -> Result<T, ParamError> {
    Ok(bounded(p, name, min, max)?.unwrap_or(default))
}

/// A number within `min..=max`, if the parameter is given.
pub(super) fn bounded<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    p: &Pairs,
    name: &'static str,
    min: T,
    max: T,
) -> Result<Option<T>, ParamError> {
    let Some(raw) = one(p, name) else {
        return Ok(None);
    };
    let v: T = raw
        .trim()
        .parse()
        .map_err(|_| ParamError::NotANumber { param: name })?;
    // NaN compares false both ways, so it lands here too.
    if !(v >= min && v <= max) {
        return Err(ParamError::OutOfRange {
            param: name,
            range: format!("de {min} à {max}"),
        });
    }
    Ok(Some(v))
}

pub(super) fn boolean(p: &Pairs, name: &'static str) -> Result<bool, ParamError> {
    match one(p, name) {
        None | Some("") | Some("false") | Some("0") => Ok(false),
        Some("true") | Some("1") | Some("on") => Ok(true),
        Some(_) => Err(ParamError::UnknownValue {
            param: name,
            values: "true, false".into(),
        }),
    }
}

pub(super) fn text(p: &Pairs, name: &'static str) -> Result<Option<String>, ParamError> {
    match one(p, name) {
        None | Some("") => Ok(None),
        Some(t) => query::check_text(t)
            .map(|t| Some(t.to_string()))
            .map_err(|error| ParamError::Text { param: name, error }),
    }
}

pub(super) fn ids<T: Copy>(
    p: &Pairs,
    name: &'static str,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Result<Vec<T>, ParamError> {
    many(p, name)
        .into_iter()
        .map(|v| {
            all.iter()
                .copied()
                .find(|x| id(*x) == v)
                .ok_or_else(|| ParamError::UnknownValue {
                    param: name,
                    values: all.iter().map(|x| id(*x)).collect::<Vec<_>>().join(", "),
                })
        })
        .collect()
}

/// A five-character INSEE code, exactly as the API documents it.
pub(super) fn insee(p: &Pairs, name: &'static str) -> Result<Option<InseeCode>, ParamError> {
    code(p, name, InseeCode::parse, CodeError::Insee, |c| {
        c.is_ascii() && !c.contains(char::is_whitespace)
    })
}

pub(super) fn postcode(p: &Pairs, name: &'static str) -> Result<Option<Postcode>, ParamError> {
    code(p, name, Postcode::parse, CodeError::Postcode, |c| {
        c.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Five characters of the right shape, then the code's own rules: no trimming
/// or padding, so the API never answers for a code it was not given.
fn code<T>(
    p: &Pairs,
    name: &'static str,
    parse: fn(&str) -> Result<T, CodeError>,
    misshapen: fn(String) -> CodeError,
    shape: fn(&str) -> bool,
) -> Result<Option<T>, ParamError> {
    let Some(c) = one(p, name) else {
        return Ok(None);
    };
    Some(c)
        .filter(|c| c.len() == 5 && shape(c))
        .ok_or_else(|| misshapen(c.chars().take(20).collect()))
        .and_then(parse)
        .map(Some)
        .map_err(|e| ParamError::Code {
            param: name,
            why: e.to_string(),
        })
}

/// The language of the API's text fields: `lang=<code>` (one of the site's
/// languages), else the `Accept-Language` header's preferred one of them,
/// else French.
pub fn api_lang(req: &HttpRequest) -> Result<crate::locale::Lang, ParamError> {
    use crate::locale::Lang;
    if let Some(lang) = ApiLang::try_from(&pairs(req)?)?.lang {
        return Ok(lang);
    }
    Ok(crate::web::accept_language::of_request(req).unwrap_or(Lang::Fr))
}

/// `only_known` with the parameters the OpenAPI document lists for `T`.
pub fn only_documented<T: Documented>(
    req: &HttpRequest,
) -> Result<(), crate::web::problem::Problem> {
    only_known(req, &T::names())
}

/// The API answers a misspelt parameter (`comune=01034`) with a 400 naming
/// it and the known ones, rather than an answer for no place at all.
pub fn only_known(req: &HttpRequest, known: &[&str]) -> Result<(), crate::web::problem::Problem> {
    for (k, _) in pairs(req)? {
        if !known.contains(&k.as_str()) {
            let shown: String = k.chars().take(40).collect();
            return Err(crate::web::problem::Problem::bad_param(
                &shown,
                crate::locale::fr::errors::unknown_param(&shown, &known.join(", ")),
            ));
        }
    }
    Ok(())
}
