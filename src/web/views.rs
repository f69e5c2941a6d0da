//! The JSON the API returns, apart from the handlers: communes and
//! resources as partners read them (the OpenAPI document describes these).

use crate::domain::{Audience, Category, Commune, Hours, InseeCode, Resource, Scope};
use crate::locale::Lang;
use crate::search::{Engine, Hit, Matched};
use serde::Serialize;
use serde_json::{json, Value};

pub fn commune_json(
    engine: &Engine,
    c: &Commune,
    matched: Option<Matched>,
    via: Option<&str>,
) -> Value {
    let mut v = json!({
        "insee": c.insee,
        "name": c.name,
        "kind": c.kind,
        "postcodes": c.postcodes,
        "departement": {"code": c.departement, "name": engine.departement_name(&c.departement)},
        "population": c.population,
        "lat": c.point.map(|p| p.lat),
        "lon": c.point.map(|p| p.lon),
    });
    if let Some(m) = matched {
        v["matched"] = json!(m);
    }
    if let Some(f) = via {
        v["former_commune"] = json!(f);
    }
    if let Some(parent) = &c.parent {
        v["city"] = json!(parent);
    }
    v
}

/// One resource as the API returns it; borrowed from the catalogue, so a
/// page of results costs no copy of the data.
#[derive(Serialize)]
pub struct ResourceOut<'a> {
    id: &'a str,
    name: &'a str,
    category: Category,
    category_label: std::borrow::Cow<'static, str>,
    audiences: &'a [Audience],
    section: Option<crate::search::Section>,
    scope: ScopeOut<'a>,
    phones: Vec<PhoneOut<'a>>,
    email: Option<&'a str>,
    website: Option<&'a str>,
    chat: Option<&'a str>,
    description: Option<&'a str>,
    /// The language `description` is written in: French unless an English
    /// one exists and English was asked.
    description_lang: Option<&'a str>,
    /// What this kind of structure does, in the asked language.
    does: Option<std::borrow::Cow<'static, str>>,
    address: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    distance_km: Option<f64>,
    hours: Option<HoursOut>,
    hours_note: Option<&'a str>,
    open_now: Option<bool>,
    free: Option<bool>,
    anonymous: Option<bool>,
    accessibility: &'a [String],
    updated: chrono::NaiveDate,
    age: AgeOut,
    lead: bool,
    location_note: Option<crate::domain::PlaceNote>,
    needs_review: bool,
    /// Fields replaced after a checked report, with the day of the check.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    corrections: &'a [crate::domain::error_report::FieldCorrection],
    source: SourceOut<'a>,
}

#[derive(Serialize)]
struct AgeOut {
    months: u32,
    stale: bool,
    text: String,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum ScopeOut<'a> {
    National,
    Departements { codes: &'a [crate::domain::DepCode] },
    Communes { codes: &'a [InseeCode] },
    Around { lat: f64, lon: f64, radius_km: f64 },
}

#[derive(Serialize)]
struct PhoneOut<'a> {
    number: &'a str,
    display: String,
    uri: String,
    kind: crate::domain::PhoneKind,
    free: Option<bool>,
    label: Option<&'a str>,
}

#[derive(Serialize)]
struct HoursOut {
    always_open: bool,
    slots: Vec<SlotOut>,
}

#[derive(Serialize)]
struct SlotOut {
    day: u8,
    open: String,
    close: String,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    name: &'a str,
    url: Option<&'a str>,
    licence: &'a str,
    date: Option<&'a str>,
}

fn hours_out(h: &Hours) -> HoursOut {
    use crate::domain::hours::format_minutes;
    match h {
        Hours::AlwaysOpen => HoursOut {
            always_open: true,
            slots: vec![],
        },
        Hours::Weekly { slots } => HoursOut {
            always_open: false,
            slots: slots
                .iter()
                .map(|s| SlotOut {
                    day: s.day,
                    open: format_minutes(s.open),
                    close: format_minutes(s.close),
                })
                .collect(),
        },
    }
}

/// `today` dates the `age` field; the caller reads the clock once per response.
pub fn resource_out<'a>(
    r: &'a Resource,
    hit: Option<&Hit>,
    today: chrono::NaiveDate,
    lang: Lang,
) -> ResourceOut<'a> {
    // A description is written in French, national lines' also in the
    // site's other languages; the others read the kind's role (`does`) in
    // their language.
    let (description, description_lang) = match r.description_in(lang.code()) {
        Some((d, l)) => (Some(d), l),
        None => (None, "fr"),
    };
    ResourceOut {
        id: &r.id,
        name: &r.name,
        category: r.category,
        category_label: lang.ui().category(r.category),
        audiences: &r.audiences,
        section: hit.map(|h| h.section),
        scope: match &r.scope {
            Scope::National => ScopeOut::National,
            Scope::Departements { codes } => ScopeOut::Departements { codes },
            Scope::Communes { codes } => ScopeOut::Communes { codes },
            Scope::Around {
                lat,
                lon,
                radius_km,
            } => ScopeOut::Around {
                lat: *lat,
                lon: *lon,
                radius_km: *radius_km,
            },
        },
        phones: r
            .phones
            .iter()
            .map(|p| PhoneOut {
                number: p.number.digits_str(),
                display: p.number.display(),
                uri: p.number.tel_uri(),
                kind: p.kind,
                free: p.free,
                label: p.label.as_deref(),
            })
            .collect(),
        email: r.email.as_deref(),
        website: r.website.as_deref(),
        chat: r.chat.as_deref(),
        description,
        description_lang: description.map(|_| description_lang),
        does: lang.ui().does_for(r),
        address: r.address.as_ref().map(|a| a.join(", ")),
        lat: r.point.map(|p| p.lat),
        lon: r.point.map(|p| p.lon),
        distance_km: hit
            .and_then(|h| h.distance_km)
            .map(|d| (d * 100.0).round() / 100.0),
        hours: r.hours.as_ref().map(hours_out),
        hours_note: r.hours_note.as_deref(),
        open_now: hit.and_then(Hit::open_now),
        free: r.free,
        anonymous: r.anonymous,
        accessibility: &r.accessibility,
        updated: r.updated,
        age: AgeOut {
            months: r.age_months(today),
            stale: r.is_stale(today),
            text: lang.ui().age_words(r, today),
        },
        lead: hit.is_some_and(|h| h.lead),
        location_note: r.place_note,
        needs_review: r.needs_review,
        corrections: &r.corrections,
        source: SourceOut {
            name: &r.source.name,
            url: r.source.url.as_deref(),
            licence: &r.source.licence,
            date: r.source.date.as_deref(),
        },
    }
}
