//! Hand-kept records (data/national.json, data/local.json): readable JSON
//! with source, verification date and review flag on every record.
//! Over 400 lines with its tests: each field's rule sits next to the
//! rejection message that names it.

use super::fields;
use super::problems::SourceError;
use super::problems::{Report, Severity};
use crate::domain::hours::{parse_day, HoursError};
use crate::domain::{
    Audience, Category, Commune, DepCode, GeoPoint, Hours, InseeCode, Phone, PhoneContact,
    PhoneKind, Resource, Scope, Source,
};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Deserialize)]
struct RawFile {
    resources: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    id: String,
    name: String,
    category: String,
    audiences: Vec<String>,
    scope: Value,
    #[serde(default)]
    phones: Vec<RawPhone>,
    email: Option<String>,
    website: Option<String>,
    chat: Option<String>,
    description: Option<String>,
    /// The same words in the site's other languages, under each one's code.
    en: Option<RawTranslation>,
    ar: Option<RawTranslation>,
    pt: Option<RawTranslation>,
    tr: Option<RawTranslation>,
    es: Option<RawTranslation>,
    uk: Option<RawTranslation>,
    ro: Option<RawTranslation>,
    address: Option<Vec<String>>,
    lat: Option<f64>,
    lon: Option<f64>,
    commune: Option<String>,
    departement: Option<String>,
    hours: Option<String>,
    hours_note: Option<String>,
    free: Option<bool>,
    anonymous: Option<bool>,
    not_on_bill: Option<bool>,
    step_free: Option<bool>,
    #[serde(default)]
    accessibility: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    source: RawSource,
    verified: String,
    needs_review: bool,
    review_note: Option<String>,
    unconfirmed: Option<crate::domain::Unconfirmed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    gloss: Option<String>,
    description: Option<String>,
    review_note: Option<String>,
    hours_note: Option<String>,
    #[serde(default)]
    phone_labels: Vec<Option<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    number: String,
    kind: PhoneKind,
    free: Option<bool>,
    label: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: String,
    url: Option<String>,
    licence: String,
    date: Option<String>,
}

type Fail = (&'static str, String);

/// Reads one hand-kept file; a bad record is reported and skipped, the others kept.
pub fn read(
    file: &str,
    text: &str,
    communes: &HashMap<InseeCode, &Commune>,
    report: &mut Report,
) -> Result<Vec<Resource>, SourceError> {
    let raw: RawFile =
        serde_json::from_str(text).map_err(|e| SourceError::Json(file.into(), e.to_string()))?;
    let mut out = Vec::new();
    for (n, value) in raw.resources.into_iter().enumerate() {
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{}", n + 1));
        let rec: RawRecord = match serde_json::from_value(value) {
            Ok(r) => r,
            Err(e) => {
                report.push(Severity::Error, file, &id, "-", e.to_string());
                continue;
            }
        };
        match record(rec, communes) {
            Ok(r) => {
                if r.needs_review {
                    let note = r.review_note.clone().unwrap_or_else(|| "à vérifier".into());
                    report.push(Severity::Review, file, &r.id, "needs_review", note);
                }
                out.push(r)
            }
            Err((field, msg)) => report.push(Severity::Error, file, &id, field, msg),
        }
    }
    Ok(out)
}

fn record(r: RawRecord, communes: &HashMap<InseeCode, &Commune>) -> Result<Resource, Fail> {
    if r.id.trim().is_empty()
        || !r
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_:.".contains(c))
    {
        return Err(("id", format!("identifiant invalide « {} »", r.id)));
    }
    if r.name.trim().is_empty() {
        return Err(("name", "nom vide".into()));
    }
    let category = Category::from_id(&r.category)
        .ok_or_else(|| ("category", format!("catégorie inconnue « {} »", r.category)))?;
    let audiences = r
        .audiences
        .iter()
        .map(|a| {
            Audience::from_id(a).ok_or_else(|| ("audiences", format!("public inconnu « {a} »")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let commune = r
        .commune
        .as_deref()
        .map(InseeCode::parse)
        .transpose()
        .map_err(|e| ("commune", e.to_string()))?;
    if let Some(c) = &commune {
        if !communes.contains_key(c) {
            return Err(("commune", format!("commune inconnue {c}")));
        }
    }
    let scope = scope(&r.scope, communes)?;
    let translations = translations(&r)?;
    let mut phones = Vec::new();
    for p in r.phones {
        let number =
            Phone::parse_national_line(&p.number).map_err(|e| ("phones", e.to_string()))?;
        phones.push(PhoneContact {
            number,
            kind: p.kind,
            free: p.free,
            label: p.label,
        });
    }
    let hours = r
        .hours
        .as_deref()
        .map(parse_hours)
        .transpose()
        .map_err(|e| ("hours", e.to_string()))?;
    if hours.is_none() && r.hours_note.is_none() {
        return Err(("hours", "ni horaires ni note sur les horaires".into()));
    }
    if phones.is_empty() && r.chat.is_none() && r.website.is_none() && r.hours_note.is_none() {
        return Err(("phones", "aucun moyen de contact ni d'orientation".into()));
    }
    // The date a person sees is the newest source stating the fact, never the
    // day we compared the sources (`verified`).
    let verified = NaiveDate::parse_from_str(&r.verified, "%Y-%m-%d")
        .map_err(|_| ("verified", format!("date invalide « {} »", r.verified)))?;
    let updated = r.source.date.as_deref().and_then(source_date).ok_or((
        "source.date",
        "date de la source absente ou illisible (AAAA, AAAA-MM ou AAAA-MM-JJ)".to_string(),
    ))?;
    if updated > verified {
        return Err((
            "source.date",
            format!("la source ({updated}) serait postérieure à sa vérification ({verified})"),
        ));
    }
    let national = matches!(scope, Scope::National);
    // A badge says what is unconfirmed: a national line under review names it.
    if national && r.needs_review && r.unconfirmed.is_none() {
        return Err((
            "unconfirmed",
            "ligne à vérifier : dire ce qui est à confirmer (hours, cost_and_hours, undated, presence)".into(),
        ));
    }
    let point = match (r.lat, r.lon) {
        (Some(lat), Some(lon)) => Some(
            GeoPoint::new(lat, lon).ok_or(("lat/lon", "coordonnées hors limites".to_string()))?,
        ),
        (None, None) => None,
        _ => return Err(("lat/lon", "latitude et longitude vont ensemble".into())),
    };
    // No published point: the commune's point stands in, and the record says so.
    let (point, place_note) = match (point, commune.as_ref().and_then(|c| communes.get(c))) {
        (None, Some(c)) if category != Category::Shelter && c.point.is_some() => {
            (c.point, Some(crate::domain::PlaceNote::CommunePoint))
        }
        (p, _) => (p, None),
    };
    if category == Category::Shelter && r.address.is_some() {
        return Err((
            "address",
            "l'adresse d'un hébergement n'est jamais publiée".into(),
        ));
    }
    let departement = match r.departement.as_deref() {
        Some(d) => Some(DepCode::parse(d).map_err(|e| ("departement", e.to_string()))?),
        None => commune.as_ref().map(InseeCode::departement),
    };
    let mut accessibility = r.accessibility;
    if r.not_on_bill == Some(true) {
        accessibility.push("not_on_bill".into());
    }
    use crate::domain::text::visible;
    let clean = |s: String| visible(&s).into_owned();
    Ok(Resource {
        id: r.id,
        name: clean(r.name),
        category,
        audiences,
        scope,
        phones,
        email: r
            .email
            .as_deref()
            .map(fields::email)
            .transpose()
            .map_err(|e| ("email", e))?,
        website: r
            .website
            .as_deref()
            .map(fields::website)
            .transpose()
            .map_err(|e| ("website", e))?,
        chat: r
            .chat
            .as_deref()
            .map(fields::website)
            .transpose()
            .map_err(|e| ("chat", e))?,
        description: r.description.map(clean),
        address: r.address.map(|a| a.into_iter().map(clean).collect()),
        point,
        place_note,
        hours,
        hours_note: r.hours_note.map(clean),
        departement,
        commune,
        free: r.free,
        anonymous: r.anonymous,
        step_free: r.step_free,
        accessibility,
        languages: r.languages,
        source: std::sync::Arc::new(Source {
            name: r.source.name,
            url: r
                .source
                .url
                .as_deref()
                .map(fields::website)
                .transpose()
                .map_err(|e| ("source.url", e))?,
            licence: r.source.licence,
            date: r.source.date,
        }),
        updated,
        needs_review: r.needs_review,
        review_note: r.review_note,
        corrections: Vec::new(),
        source_name: None,
        service: None,
        structure_verified: None,
        permanences: Vec::new(),
        checked: national.then_some(verified),
        unconfirmed: r.unconfirmed,
        translations,
    })
}

/// A record's words in the other languages. Each text it has in French it
/// has in every language given, so no page mixes a translated description
/// with a French review note; phone labels match the phones.
fn translations(r: &RawRecord) -> Result<Vec<crate::domain::Translation>, Fail> {
    let given = [
        ("en", &r.en),
        ("ar", &r.ar),
        ("pt", &r.pt),
        ("tr", &r.tr),
        ("es", &r.es),
        ("uk", &r.uk),
        ("ro", &r.ro),
    ];
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(|s| crate::domain::text::visible(s).into_owned())
    };
    let mut out = Vec::new();
    for (lang, t) in given {
        let Some(t) = t else { continue };
        let missing = [
            (
                "description",
                r.description.is_some(),
                t.description.is_some(),
            ),
            (
                "review_note",
                r.review_note.is_some() && r.needs_review,
                t.review_note.is_some(),
            ),
            ("hours_note", r.hours_note.is_some(), t.hours_note.is_some()),
        ]
        .into_iter()
        .find(|(_, fr, own)| *fr && !own);
        if let Some((field, ..)) = missing {
            return Err(("translations", format!("{lang} : {field} manque")));
        }
        let labels = r.phones.iter().map(|p| p.label.is_some());
        if !t.phone_labels.is_empty() || r.phones.iter().any(|p| p.label.is_some()) {
            let own = t.phone_labels.iter().map(Option::is_some);
            if t.phone_labels.len() != r.phones.len() || !labels.eq(own) {
                return Err((
                    "translations",
                    format!("{lang} : phone_labels ne suit pas phones"),
                ));
            }
        }
        out.push(crate::domain::Translation {
            lang: lang.into(),
            gloss: clean(&t.gloss),
            description: clean(&t.description),
            review_note: clean(&t.review_note),
            hours_note: clean(&t.hours_note),
            phone_labels: t.phone_labels.iter().map(clean).collect(),
        });
    }
    Ok(out)
}

/// "2020" → 2020-01-01, "2020-12" → 2020-12-01: a document dated only by its
/// year or month is taken at its earliest day, so it never looks newer than it is.
fn source_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d"))
        .or_else(|_| NaiveDate::parse_from_str(&format!("{s}-01-01"), "%Y-%m-%d"))
        .ok()
}

fn scope(v: &Value, communes: &HashMap<InseeCode, &Commune>) -> Result<Scope, Fail> {
    let bad = || ("scope", format!("portée invalide {v}"));
    if v.as_str() == Some("national") {
        return Ok(Scope::National);
    }
    let obj = v.as_object().filter(|o| o.len() == 1).ok_or_else(bad)?;
    let (k, val) = obj.iter().next().ok_or_else(bad)?;
    let list = || {
        val.as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    };
    match k.as_str() {
        "departements" => {
            let codes = list()
                .map(DepCode::parse)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| ("scope", e.to_string()))?;
            if codes.is_empty() {
                Err(bad())
            } else {
                Ok(Scope::Departements { codes })
            }
        }
        "communes" => {
            let codes = list()
                .map(InseeCode::parse)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| ("scope", e.to_string()))?;
            if let Some(c) = codes.iter().find(|c| !communes.contains_key(*c)) {
                return Err(("scope", format!("commune inconnue {c}")));
            }
            if codes.is_empty() {
                Err(bad())
            } else {
                Ok(Scope::Communes { codes })
            }
        }
        "around" => {
            let code = val.get("commune").and_then(Value::as_str).ok_or_else(bad)?;
            let code = InseeCode::parse(code).map_err(|e| ("scope", e.to_string()))?;
            let radius_km = val
                .get("radius_km")
                .and_then(Value::as_f64)
                .filter(|r| *r > 0.0 && *r <= 200.0)
                .ok_or_else(bad)?;
            let p = communes
                .get(&code)
                .and_then(|c| c.point)
                .ok_or_else(|| ("scope", format!("commune {code} inconnue ou sans position")))?;
            Ok(Scope::Around {
                lat: p.lat,
                lon: p.lon,
                radius_km,
            })
        }
        _ => Err(bad()),
    }
}

/// "24/7" or "lundi-vendredi 09:00-19:00; samedi 09:00-13:00,14:00-19:00".
pub fn parse_hours(s: &str) -> Result<Hours, HoursError> {
    if s.trim() == "24/7" {
        return Ok(Hours::AlwaysOpen);
    }
    let mut slots = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (days, times) = part
            .split_once(' ')
            .ok_or_else(|| HoursError::Day(part.to_string()))?;
        let (from, to) = match days.split_once('-') {
            Some((a, b)) => (parse_day(a)?, parse_day(b)?),
            None => (parse_day(days)?, parse_day(days)?),
        };
        for t in times.split(',') {
            let (o, c) = t
                .trim()
                .split_once('-')
                .ok_or_else(|| HoursError::Time(t.to_string()))?;
            Hours::add_range(&mut slots, from, to, o, c)?;
        }
    }
    if slots.is_empty() {
        return Err(HoursError::Time(s.to_string()));
    }
    Ok(Hours::weekly(slots))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_kept_hours_are_read() {
        let h = parse_hours("lundi-vendredi 09:00-19:00; samedi-dimanche 09:00-13:00,14:00-19:00")
            .unwrap();
        match h {
            Hours::Weekly { slots } => assert_eq!(slots.len(), 5 + 4),
            _ => panic!(),
        }
        assert_eq!(parse_hours("24/7").unwrap(), Hours::AlwaysOpen);
        assert!(parse_hours("lundi 19:00-09:00").is_err());
        assert!(parse_hours("someday 09:00-10:00").is_err());
    }

    #[test]
    fn a_bad_record_is_reported_by_id_and_field_and_the_others_are_kept() {
        let text = r#"{"resources": [
          {"id": "national:ok", "name": "Ok", "category": "listening_line", "audiences": ["everyone"], "scope": "national",
           "phones": [{"number": "3919", "kind": "voice"}], "hours": "24/7",
           "source": {"name": "s", "url": null, "licence": "l", "date": "2026-10"}, "verified": "2026-11-01", "needs_review": false},
          {"id": "national:bad", "name": "Bad", "category": "listening_line", "audiences": ["everyone"], "scope": "national",
           "phones": [{"number": "0800 300 30", "kind": "voice"}], "hours": "24/7",
           "source": {"name": "s", "url": null, "licence": "l", "date": "2026-10"}, "verified": "2026-11-01", "needs_review": false}
        ]}"#;
        let mut report = Report::default();
        let out = read("national.json", text, &HashMap::new(), &mut report).unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].id, "national:ok");
        let p = &report.problems[0];
        assert_eq!(
            (p.record.as_str(), p.field.as_str(), p.severity),
            ("national:bad", "phones", Severity::Error)
        );
        assert!(p.message.contains("0800 300 30"));
    }

    /// A national line's words in a language cover each French text it has,
    /// and a line under review says what is unconfirmed: otherwise a page
    /// would mix languages or show a bare "to be confirmed".
    #[test]
    fn a_translation_missing_a_text_or_a_review_saying_nothing_is_refused() {
        let line = |extra: &str| {
            format!(
                r#"{{"resources": [{{"id": "national:x", "name": "X", "category": "listening_line", "audiences": ["everyone"], "scope": "national",
                "description": "Pour tous.", "hours_note": "Horaires : voir le site.",
                "phones": [{{"number": "3919", "kind": "voice"}}],
                "source": {{"name": "s", "url": null, "licence": "l", "date": "2026-10"}}, "verified": "2026-11-01", {extra}}}]}}"#
            )
        };
        let read_one = |extra: &str| {
            let mut report = Report::default();
            let out = read("national.json", &line(extra), &HashMap::new(), &mut report).unwrap();
            (
                out,
                report
                    .problems
                    .into_iter()
                    .map(|p| p.field)
                    .collect::<Vec<_>>(),
            )
        };
        let (out, problems) = read_one(
            r#""needs_review": true, "unconfirmed": "hours", "review_note": "Horaires à confirmer.",
            "tr": {"gloss": "x", "description": "Herkes için.", "hours_note": "Saatler: siteye bakın.", "review_note": "Saatler teyit edilecek."}"#,
        );
        assert!(problems
            .iter()
            .all(|f| f != "translations" && f != "unconfirmed"));
        assert_eq!(out[0].description_in("tr"), Some(("Herkes için.", "tr")));
        assert_eq!(out[0].description_in("ro"), Some(("Pour tous.", "fr")));
        let (out, problems) = read_one(
            r#""needs_review": false, "tr": {"gloss": "x", "description": "Herkes için."}"#,
        );
        assert!(out.is_empty());
        assert_eq!(problems, ["translations"]);
        let (out, problems) = read_one(r#""needs_review": true"#);
        assert!(out.is_empty());
        assert_eq!(problems, ["unconfirmed"]);
    }
}
