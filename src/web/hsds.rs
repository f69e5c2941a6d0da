//! A read-only Open Referral HSDS 3.0 view of the directory, for partners
//! whose tools speak HSDS. UUIDs are derived (v5) from our stable ids, so
//! they never change between builds; shelters get no location.

use super::params::{self, HsdsPage};
use super::problem::Problem;
use super::state::AppState;
use crate::domain::{Category, Hours, PhoneKind, Resource};
use crate::locale::fr::errors;
use crate::search::ResourceQuery;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::domain::hsds_uuid as uuid_for;

pub fn scope() -> impl actix_web::dev::HttpServiceFactory {
    let cors = actix_cors::Cors::default()
        .allow_any_origin()
        .send_wildcard()
        .allowed_methods(["GET", "HEAD"])
        .allow_any_header()
        .max_age(86_400);
    web::scope("/hsds")
        .wrap(cors)
        .service(web::resource("/").route(web::get().to(root)))
        .service(web::resource("/services").route(web::get().to(|r, s| list(r, s, Kind::Service))))
        .service(
            web::resource("/organizations")
                .route(web::get().to(|r, s| list(r, s, Kind::Organization))),
        )
        .service(
            web::resource("/locations").route(web::get().to(|r, s| list(r, s, Kind::Location))),
        )
        .service(
            web::resource("/service_at_locations")
                .route(web::get().to(|r, s| list(r, s, Kind::ServiceAtLocation))),
        )
        .service(
            web::resource("/services/{id}")
                .route(web::get().to(|r, s, p| one(r, s, p, Kind::Service))),
        )
        .service(
            web::resource("/organizations/{id}")
                .route(web::get().to(|r, s, p| one(r, s, p, Kind::Organization))),
        )
        .service(
            web::resource("/locations/{id}")
                .route(web::get().to(|r, s, p| one(r, s, p, Kind::Location))),
        )
        .service(
            web::resource("/service_at_locations/{id}")
                .route(web::get().to(|r, s, p| one(r, s, p, Kind::ServiceAtLocation))),
        )
}

/// HSDS 3.0 fields are a string or absent, never `null`: unknown values are
/// left out, recursively.
fn without_nulls(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

fn service_at_location(r: &Resource) -> Value {
    json!({
        "id": uuid_for("service_at_location", &r.id),
        "service_id": uuid_for("service", &r.id),
        "location_id": uuid_for("location", &r.id),
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Service,
    Organization,
    Location,
    ServiceAtLocation,
}

fn has_location(r: &Resource) -> bool {
    r.point.is_some() && r.category != Category::Shelter
}

fn organization(r: &Resource) -> Value {
    json!({
        "id": uuid_for("organization", &r.id),
        "name": r.name,
        "description": r.description.clone().unwrap_or_default(),
        "website": r.website,
        "email": r.email,
        "identifiers": [{"identifier_scheme": "maillage", "identifier": r.id}],
    })
}

fn schedules(r: &Resource, service_id: &str) -> Vec<Value> {
    const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    match &r.hours {
        Some(Hours::AlwaysOpen) => vec![json!({
            "id": uuid_for("schedule", &r.id), "service_id": service_id, "freq": "WEEKLY", "wkst": "MO",
            "byday": DAYS.join(","), "opens_at": "00:00", "closes_at": "23:59", "description": "24 h/24, 7 j/7",
        })],
        Some(Hours::Weekly { slots }) => slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                json!({
                    "id": uuid_for("schedule", &format!("{}#{i}", r.id)), "service_id": service_id, "freq": "WEEKLY", "wkst": "MO",
                    "byday": DAYS[(s.day as usize).clamp(1, 7) - 1],
                    "opens_at": crate::domain::hours::format_minutes(s.open),
                    "closes_at": crate::domain::hours::format_minutes(s.close),
                })
            })
            .collect(),
        None => vec![],
    }
}

fn service(r: &Resource) -> Value {
    let id = uuid_for("service", &r.id);
    json!({
        "id": id,
        "organization_id": uuid_for("organization", &r.id),
        "name": r.name,
        "description": r.description,
        "url": r.website,
        "email": r.email,
        "status": "active",
        "last_modified": r.updated,
        "categories": [r.category.id()],
        "phones": r.phones.iter().enumerate().map(|(i, p)| json!({
            "id": uuid_for("phone", &format!("{}#{i}", r.id)),
            "service_id": id,
            "number": p.number.display(),
            "type": match p.kind { PhoneKind::Voice => "voice", PhoneKind::Sms => "text", PhoneKind::Video => "video" },
            "description": p.label,
        })).collect::<Vec<_>>(),
        "schedules": schedules(r, &id),
        "attributes": [{
            "id": uuid_for("attribute", &r.id),
            "link_id": id,
            "link_type": "maillage-category",
            "link_entity": "service",
            "value": r.category.id(),
        }],
    })
}

fn location(r: &Resource, commune: Option<&str>) -> Option<Value> {
    if !has_location(r) {
        return None;
    }
    let p = r.point?;
    let id = uuid_for("location", &r.id);
    let lines = r.address.clone().unwrap_or_default();
    let last = lines.last().cloned().unwrap_or_default();
    let postal_code = last
        .split_whitespace()
        .next()
        .filter(|t| t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()));
    Some(json!({
        "id": id,
        "location_type": "physical",
        "organization_id": uuid_for("organization", &r.id),
        "name": r.name,
        "latitude": p.lat,
        "longitude": p.lon,
        "addresses": if lines.is_empty() { vec![] } else { vec![json!({
            "id": uuid_for("address", &r.id),
            "location_id": id,
            "address_1": lines[..lines.len().saturating_sub(1).max(1)].join(", "),
            "city": commune.unwrap_or(""),
            "postal_code": postal_code,
            "country": "FR",
            "address_type": "physical",
        })] },
    }))
}

async fn root() -> HttpResponse {
    HttpResponse::Ok().json(json!({"version": "3.0", "profile": "https://docs.openreferral.org/en/latest/", "openapi_url": "/api/v1/openapi.json"}))
}

async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    kind: Kind,
) -> Result<HttpResponse, Problem> {
    params::only_known(&req, &["page", "per_page", "commune"])?;
    let HsdsPage {
        page,
        per_page,
        commune,
    } = params::parse(&req)?;
    let engine = state.engine.load();
    let selected: Vec<&Resource> = match &commune {
        Some(code) => {
            let i = engine
                .commune_by_insee(code)
                .ok_or_else(|| Problem::not_found(errors::unknown_commune(code.as_str())))?;
            let q = ResourceQuery::for_commune(i);
            engine
                .search_resources(&q, state.config.clock.now())?
                .iter()
                .map(|h| &engine.cat.resources[h.resource])
                .collect()
        }
        None => engine.cat.resources.iter().collect(),
    };
    let selected: Vec<&Resource> = match kind {
        Kind::Location | Kind::ServiceAtLocation => {
            selected.into_iter().filter(|r| has_location(r)).collect()
        }
        _ => selected,
    };
    let total = selected.len();
    let pages = total.div_ceil(per_page).max(1);
    let name_of = |r: &Resource| {
        r.commune
            .as_ref()
            .and_then(|c| engine.commune_by_insee(c))
            .map(|i| engine.commune(i).name.clone())
    };
    let contents: Vec<Value> = selected
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .filter_map(|r| match kind {
            Kind::Service => Some(service(r)),
            Kind::Organization => Some(organization(r)),
            Kind::Location => location(r, name_of(r).as_deref()),
            Kind::ServiceAtLocation => Some(service_at_location(r)),
        })
        .map(without_nulls)
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": contents.len(),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })))
}

async fn one(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    kind: Kind,
) -> Result<HttpResponse, Problem> {
    params::only_known(&req, &[])?;
    let engine = state.engine.load();
    let wanted = path.into_inner();
    let prefix = match kind {
        Kind::Service => "service",
        Kind::Organization => "organization",
        Kind::Location => "location",
        Kind::ServiceAtLocation => "service_at_location",
    };
    let found = engine
        .hsds_index(prefix, &wanted)
        .map(|i| &engine.cat.resources[i]);
    let name_of = |r: &Resource| {
        r.commune
            .as_ref()
            .and_then(|c| engine.commune_by_insee(c))
            .map(|i| engine.commune(i).name.clone())
    };
    let body = found.and_then(|r| match kind {
        Kind::Service => Some(service(r)),
        Kind::Organization => Some(organization(r)),
        Kind::Location => location(r, name_of(r).as_deref()),
        Kind::ServiceAtLocation => has_location(r).then(|| service_at_location(r)),
    });
    body.map(|b| HttpResponse::Ok().json(without_nulls(b)))
        .ok_or_else(|| Problem::not_found(errors::UNKNOWN_RESOURCE))
}
