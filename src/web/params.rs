//! One place where a request's query string becomes typed values: the API,
//! the pages, the widget and the HSDS view all parse their parameters here,
//! and the bounds are the ones the OpenAPI document publishes.

use super::problem::Problem;
use crate::domain::{Audience, Category};
use crate::locale::fill;
use crate::locale::fr::errors;
use crate::search::{query, PlaceQuery, QueryError};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest};

pub type Pairs = Vec<(String, String)>;

/// Parameter bounds, shared by the parsers and the OpenAPI document.
pub mod bounds {
    /// (default, maximum)
    pub const COMMUNES_LIMIT: (usize, usize) = (10, 50);
    pub const RESOURCES_LIMIT: (usize, usize) = (20, 100);
    pub const OFFSET_MAX: usize = 10_000;
    /// (minimum, maximum)
    pub const RADIUS_KM: (f64, f64) = (0.1, 100.0);
    pub const LAT: (f64, f64) = (-90.0, 90.0);
    pub const LON: (f64, f64) = (-180.0, 180.0);
    pub const HSDS_PER_PAGE: (usize, usize) = (50, 100);
}

/// Query pairs; a malformed or non-UTF-8 query string is a 400.
pub fn pairs(req: &HttpRequest) -> Result<Pairs, Problem> {
    let bad = || {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid-parameter",
            errors::BAD_QUERY_STRING,
        )
    };
    let p = web::Query::<Pairs>::from_query(req.query_string())
        .map(|q| q.into_inner())
        .map_err(|_| bad())?;
    // Invisible bidi and format controls have no place in any parameter.
    if p.iter()
        .any(|(k, v)| k.chars().chain(v.chars()).any(query::is_format_control))
    {
        return Err(bad());
    }
    Ok(p)
}

/// The first value of a query parameter.
pub fn one<'a>(p: &'a Pairs, name: &str) -> Option<&'a str> {
    p.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

pub fn many<'a>(p: &'a Pairs, name: &str) -> Vec<&'a str> {
    p.iter()
        .filter(|(k, _)| k == name)
        .flat_map(|(_, v)| v.split(','))
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn number<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    p: &Pairs,
    name: &str,
    default: T,
    min: T,
    max: T,
) -> Result<T, Problem> {
    let Some(raw) = one(p, name) else {
        return Ok(default);
    };
    let v: T = raw
        .trim()
        .parse()
        .map_err(|_| Problem::bad_param(name, fill(errors::NOT_A_NUMBER, &[("p", name)])))?;
    if v < min || v > max {
        let range = format!("de {min} à {max}");
        return Err(Problem::bad_param(
            name,
            fill(errors::OUT_OF_RANGE, &[("p", name), ("range", &range)]),
        ));
    }
    Ok(v)
}

pub fn float(p: &Pairs, name: &str, min: f64, max: f64) -> Result<Option<f64>, Problem> {
    let Some(raw) = one(p, name) else {
        return Ok(None);
    };
    let v: f64 = raw
        .trim()
        .parse()
        .map_err(|_| Problem::bad_param(name, fill(errors::NOT_A_NUMBER, &[("p", name)])))?;
    if !v.is_finite() || v < min || v > max {
        let range = format!("de {min} à {max}");
        return Err(Problem::bad_param(
            name,
            fill(errors::OUT_OF_RANGE, &[("p", name), ("range", &range)]),
        ));
    }
    Ok(Some(v))
}

pub fn boolean(p: &Pairs, name: &str) -> Result<bool, Problem> {
    match one(p, name) {
        None | Some("") | Some("false") | Some("0") => Ok(false),
        Some("true") | Some("1") | Some("on") => Ok(true),
        Some(_) => Err(Problem::bad_param(
            name,
            fill(
                errors::UNKNOWN_VALUE,
                &[("p", name), ("values", "true, false")],
            ),
        )),
    }
}

/// Place text as a person types it: the same rules as the search pages.
pub fn place_query(raw: Option<&str>, name: &str) -> Result<PlaceQuery, Problem> {
    query::parse(raw.unwrap_or("")).map_err(|e| query_problem(e, name))
}

pub fn text_param(p: &Pairs, name: &str) -> Result<Option<String>, Problem> {
    match one(p, name) {
        None | Some("") => Ok(None),
        Some(t) => query::check_text(t)
            .map(|t| Some(t.to_string()))
            .map_err(|e| query_problem(e, name)),
    }
}

pub fn query_problem(e: QueryError, name: &str) -> Problem {
    let t = match e {
        QueryError::Empty => errors::EMPTY_QUERY,
        QueryError::TooLong => errors::TOO_LONG,
        QueryError::BadChars => errors::BAD_CHARS,
    };
    Problem::bad_param(name, fill(t, &[("p", name)]))
}

pub fn categories_param(p: &Pairs) -> Result<Vec<Category>, Problem> {
    many(p, "category")
        .into_iter()
        .map(|c| {
            Category::from_id(c).ok_or_else(|| {
                let values = Category::ALL
                    .iter()
                    .map(|c| c.id())
                    .collect::<Vec<_>>()
                    .join(", ");
                Problem::bad_param(
                    "category",
                    fill(
                        errors::UNKNOWN_VALUE,
                        &[("p", "category"), ("values", &values)],
                    ),
                )
            })
        })
        .collect()
}

pub fn audiences_param(p: &Pairs) -> Result<Vec<Audience>, Problem> {
    many(p, "audience")
        .into_iter()
        .map(|a| {
            Audience::from_id(a).ok_or_else(|| {
                let values = Audience::ALL
                    .iter()
                    .map(|a| a.id())
                    .collect::<Vec<_>>()
                    .join(", ");
                Problem::bad_param(
                    "audience",
                    fill(
                        errors::UNKNOWN_VALUE,
                        &[("p", "audience"), ("values", &values)],
                    ),
                )
            })
        })
        .collect()
}
