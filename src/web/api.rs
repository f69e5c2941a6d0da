//! The JSON API, `/api/v1`. Parameters are parsed into typed values or
//! answered with a problem document naming the parameter.

use super::params::{self, ApiLang, CommuneSearch, PlaceParams, ResourceParams};
use super::problem::Problem;
use super::state::AppState;
use crate::domain::{Audience, Category, GeoPoint, Postcode};
use crate::locale::fr::errors;
use crate::locale::Lang;
use crate::search::{Candidate, Engine, Matched, PlaceQuery, Resolution, ResourceQuery};
use actix_web::http::header::{ETag, EntityTag, Header, IfNoneMatch};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use super::views::{
    resource_out, CommuneList, CommuneOut, Label, Labels, ProblemType, ProblemTypes, ResourceOut,
    ResourcePage,
};

pub fn scope() -> impl actix_web::dev::HttpServiceFactory {
    let cors = actix_cors::Cors::default()
        .allow_any_origin()
        .send_wildcard()
        .allowed_methods(["GET", "HEAD", "POST"])
        .allow_any_header()
        .max_age(86_400);
    web::scope("/v1")
        .app_data(super::error_reports::json_config())
        .wrap(cors)
        .service(web::resource("/communes").get(communes))
        .service(web::resource("/resources").get(resources))
        .service(web::resource("/resources/{id}").get(resource))
        .service(web::resource("/resources/{id}/reports").post(super::error_reports::api_report))
        .service(web::resource("/categories").get(categories))
        .service(web::resource("/openapi.json").get(openapi))
        .service(web::resource("/problems").get(problems))
}

/// What each problem `type` means: the address every `type` points to.
async fn problems() -> HttpResponse {
    let problems = super::problem::TYPES
        .iter()
        .map(|&(slug, status, description)| ProblemType {
            kind: format!("/api/v1/problems#{slug}"),
            status,
            description,
        })
        .collect();
    HttpResponse::Ok()
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .json(ProblemTypes { problems })
}

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok\n")
}

pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let e = state.engine.load();
    if state.stopping.load(std::sync::atomic::Ordering::SeqCst) {
        return Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "stopping",
            errors::STOPPING,
        )
        .response();
    }
    if e.cat.communes.is_empty() {
        return Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "not-ready",
            errors::NOT_READY,
        )
        .response();
    }
    HttpResponse::Ok().json(json!({
        "status": "ready",
        "generation": e.generation,
        "communes": e.cat.communes.len(),
        "resources": e.cat.resources.len(),
    }))
}

async fn communes(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    params::only_documented::<CommuneSearch>(&req)?;
    let CommuneSearch { q, limit } = params::parse(&req)?;
    let engine = state.engine.load();
    let cands = engine.suggest(&q, limit);
    let notice = match &q {
        PlaceQuery::Postcode(pc) if cands.iter().all(|c| c.matched == Matched::NearestPostcode) => {
            Some(unknown_postcode_detail(&engine, pc))
        }
        _ => None,
    };
    let communes = cands
        .iter()
        .map(|c| {
            CommuneOut::new(
                &engine,
                engine.commune(c.commune),
                Some(c.matched),
                c.via.as_deref(),
            )
        })
        .collect();
    Ok(HttpResponse::Ok().json(CommuneList { communes, notice }))
}

fn unknown_postcode_detail(engine: &Engine, pc: &Postcode) -> String {
    let (near, names) = match engine.resolve(&PlaceQuery::Postcode(pc.clone())) {
        Resolution::UnknownPostcode {
            nearest,
            suggestions,
            ..
        } => (
            nearest.map(|n| n.to_string()).unwrap_or_default(),
            suggestions
                .iter()
                .take(5)
                .map(|c| engine.commune(c.commune).name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => (String::new(), String::new()),
    };
    let near = if near.is_empty() {
        "aucune".to_string()
    } else {
        format!("{near} ({names})")
    };
    errors::unknown_postcode(pc.as_str(), &near)
}

/// The place a resources request is about: commune, else postcode, else
/// lat/lon (documented precedence); none at all means the national lines only.
type Place = (Candidate, Vec<Candidate>, Option<GeoPoint>);

fn request_place(
    engine: &Engine,
    p: &PlaceParams,
) -> Result<(Option<Place>, Option<String>), Problem> {
    let given = [
        p.commune.is_some(),
        p.postcode.is_some(),
        p.lat.is_some() && p.lon.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    let mut notice = (given > 1).then(|| errors::SEVERAL_PLACES.to_string());
    if p.lat.is_some() != p.lon.is_some() {
        notice = Some(errors::LAT_LON_PAIR.to_string());
    }
    if let Some(code) = &p.commune {
        let cand = engine
            .resolve_insee(code)
            .ok_or_else(|| Problem::not_found(errors::unknown_commune(code.as_str())))?;
        return Ok((Some((cand, vec![], None)), notice));
    }
    if let Some(pc) = &p.postcode {
        return match engine.resolve(&PlaceQuery::Postcode(pc.clone())) {
            Resolution::Found { place, also } => Ok((Some((place, also, None)), notice)),
            Resolution::Choose { candidates } => {
                let mut it = candidates.into_iter();
                match it.next() {
                    Some(first) => Ok((Some((first, it.collect(), None)), notice)),
                    None => Err(Problem::not_found(unknown_postcode_detail(engine, pc))),
                }
            }
            _ => Err(Problem::not_found(unknown_postcode_detail(engine, pc))),
        };
    }
    let (Some(lat), Some(lon)) = (p.lat, p.lon) else {
        return Ok((None, notice));
    };
    let point =
        GeoPoint::new(lat, lon).ok_or_else(|| Problem::bad_param("lat", errors::LAT_LON_PAIR))?;
    let cand = engine
        .resolve_point(point)
        .filter(|c| {
            engine
                .commune(c.commune)
                .point
                .is_some_and(|q| q.distance_km(&point) <= 50.0)
        })
        .ok_or_else(|| Problem::not_found(errors::NO_COMMUNE_NEAR))?;
    Ok((Some((cand, vec![], Some(point))), notice))
}

async fn resources(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let engine = state.engine.load();
    // The same question gets the same answer for a minute (only "open now"
    // moves): only answers that passed validation are ever stored.
    let lang = params::api_lang(&req)?;
    let key = format!("{}|{}", lang.code(), req.query_string());
    if let Some(body) = state.api.get(&key, &engine.generation) {
        return Ok(in_language(body.respond(&req, "application/json"), lang));
    }
    params::only_documented::<ResourceParams>(&req)?;
    let p: ResourceParams = params::parse(&req)?;
    let (place, notice) = request_place(&engine, &p.place)?;
    let (place, others, origin) = match place {
        Some((c, o, g)) => (Some(c), o, g),
        None => (None, vec![], None),
    };
    let q = ResourceQuery {
        origin,
        text: p.text,
        radius_km: p.radius_km,
        ..p.narrow.query(place.as_ref().map(|c| c.commune))
    };
    let (limit, offset) = (p.limit, p.offset);
    let now = state.config.clock.now();
    let hits = engine.search_resources(&q, now)?;
    let results: Vec<ResourceOut> = hits
        .iter()
        .skip(offset)
        .take(limit)
        .map(|h| {
            resource_out(
                &engine.cat.resources[h.resource],
                Some(h),
                now.date_naive(),
                lang,
            )
        })
        .collect();
    let place = place.as_ref().map(|place| {
        let mut out = CommuneOut::new(
            &engine,
            engine.commune(place.commune),
            Some(place.matched),
            place.via.as_deref(),
        );
        out.alternatives = others
            .iter()
            .map(|c| CommuneOut::new(&engine, engine.commune(c.commune), Some(c.matched), None))
            .collect();
        out
    });
    let body = serde_json::to_vec(&ResourcePage {
        place,
        notice,
        results,
        total: hits.len(),
        limit,
        offset,
    })
    .map_err(|e| {
        tracing::error!("serialising resources: {e}");
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            errors::INTERNAL,
        )
    })?;
    if !state.api.admit(&key, &engine.generation) {
        // Asked once: answered, not kept (see PageCache::admit).
        let mut r = HttpResponse::Ok();
        r.content_type("application/json");
        if !crate::web::cache::takes_gzip(&req) {
            r.insert_header(("Vary", "Accept-Encoding"));
        }
        return Ok(in_language(r.body(body), lang));
    }
    let body = crate::web::cache::Cached::new(web::Bytes::from(body));
    state.api.put(key, &engine.generation, body.clone());
    Ok(in_language(body.respond(&req, "application/json"), lang))
}

/// Says which language the text fields are in, and that it follows the header.
fn in_language(mut r: HttpResponse, lang: Lang) -> HttpResponse {
    use actix_web::http::header::{HeaderValue, CONTENT_LANGUAGE, VARY};
    r.headers_mut()
        .insert(CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    r.headers_mut()
        .append(VARY, HeaderValue::from_static("Accept-Language"));
    r
}

async fn resource(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, Problem> {
    params::only_documented::<ApiLang>(&req)?;
    let lang = params::api_lang(&req)?;
    let engine = state.engine.load();
    let id = path.into_inner();
    let r = engine
        .resource(&id)
        .ok_or_else(|| Problem::not_found(errors::UNKNOWN_RESOURCE))?;
    let today = state.config.clock.now().date_naive();
    let body = serde_json::to_string(&resource_out(r, None, today, lang)).map_err(|e| {
        tracing::error!("serialising {id}: {e}");
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            errors::INTERNAL,
        )
    })?;
    // The body's `age` changes with the date: so does the validator.
    let etag = EntityTag::new_weak(short_hash(&format!(
        "{}/{}/{today}/{}",
        engine.generation,
        id,
        lang.code()
    )));
    Ok(in_language(
        stable(&req, &etag, "application/json", body),
        lang,
    ))
}

async fn categories() -> HttpResponse {
    // `label` and `label_en` as before; `labels` in every language of the site.
    HttpResponse::Ok().json(Labels {
        audiences: Audience::ALL
            .iter()
            .map(|&a| Label::new(a, |ui, a| ui.audience(a)))
            .collect(),
        categories: Category::ALL
            .iter()
            .map(|&c| Label::new(c, |ui, c| ui.category(c)))
            .collect(),
    })
}

async fn openapi(req: HttpRequest) -> HttpResponse {
    static DOC: std::sync::OnceLock<(String, EntityTag)> = std::sync::OnceLock::new();
    let (body, etag) = DOC.get_or_init(|| {
        let body = super::openapi::document().to_string();
        let etag = EntityTag::new_weak(short_hash(&body));
        (body, etag)
    });
    stable(&req, etag, "application/json", body.clone())
}

/// A hash for ETags: stable for one build and one index generation.
pub fn short_hash(s: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    format!("{:016x}", h.finish())
}

/// A response that may be cached: a weak ETag (the same entity is sent gzip
/// or plain, so a strong one would be wrong), and 304 when the client already
/// has it. If-None-Match compares weakly (RFC 9110 §13.1.2).
pub fn stable(req: &HttpRequest, etag: &EntityTag, ctype: &str, body: String) -> HttpResponse {
    let matches = match IfNoneMatch::parse(req) {
        Ok(IfNoneMatch::Any) => true,
        Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(etag)),
        Err(_) => false,
    };
    let mut b = if matches {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    b.insert_header(ETag(etag.clone())).insert_header((
        actix_web::http::header::CACHE_CONTROL,
        "public, max-age=300",
    ));
    if matches {
        b.finish()
    } else {
        b.content_type(ctype).body(body)
    }
}
