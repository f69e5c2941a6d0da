//! Reader for `annuaire.jsonl.gz`, written by `maillage import annuaire`.

use super::fields;
use super::import::annuaire::{Record, FILE};
use super::report::{Report, Severity};
use crate::domain::{
    Audience, Category, Commune, GeoPoint, InseeCode, Phone, PhoneContact, PhoneKind, Resource,
    Scope, Source,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Our category for a DILA service type; None for types we do not show.
pub fn category(type_service: &str) -> Option<(Category, &'static [Audience])> {
    use Audience::*;
    Some(match type_service {
        "ccas" | "caf" | "france_services" | "msap" => (Category::SocialServices, &[Everyone]),
        "cidf" | "dd_femmes" | "dr_femmes" => (Category::WomensRights, &[Women, Everyone]),
        "mjd" | "point_justice" | "cdad" | "permanence_juridique" | "civi" | "tgi" | "spip" => {
            (Category::Justice, &[Everyone])
        }
        "bav" => (Category::VictimSupport, &[Everyone, Witnesses]),
        "gendarmerie" | "commissariat_police" => (Category::Police, &[Everyone]),
        "maison_handicapees" => (Category::Disability, &[Disabled]),
        "pmi" => (Category::Children, &[Children, Women]),
        "clic" | "accompagnement_personnes_agees" => (Category::Elderly, &[Elderly]),
        "cij" | "mission_locale" => (Category::Children, &[Youth]),
        _ => return None,
    })
}

type Fail = (&'static str, String);

/// Validates one imported record; a bad phone or address is dropped with a
/// warning, a record with no usable place is rejected.
pub fn to_resource(
    r: &Record,
    communes: &HashMap<InseeCode, &Commune>,
    extract: NaiveDate,
    report: &mut Report,
) -> Result<Resource, Fail> {
    let (category, audiences) = category(&r.type_service).ok_or((
        "type_service",
        format!("type inconnu « {} »", r.type_service),
    ))?;
    if r.name.trim().is_empty() {
        return Err(("name", "nom vide".into()));
    }
    let commune = r
        .commune
        .as_deref()
        .and_then(|c| InseeCode::parse(c).ok())
        .filter(|c| communes.contains_key(c));
    let serves: Vec<InseeCode> = r
        .serves
        .iter()
        .filter_map(|c| InseeCode::parse(c).ok())
        .filter(|c| communes.contains_key(c))
        .collect();
    let scope = if !serves.is_empty() {
        Scope::Communes { codes: serves }
    } else if let Some(c) = &commune {
        Scope::Departements {
            codes: vec![c.departement()],
        }
    } else {
        return Err(("code_insee_commune", "aucune commune connue".into()));
    };
    let mut warn =
        |field: &str, msg: String| report.push(Severity::Warning, FILE, &r.id, field, msg);
    let phones = r
        .phones
        .iter()
        .filter_map(|(n, label)| match Phone::parse(n) {
            Ok(number) => Some(PhoneContact {
                number,
                kind: PhoneKind::Voice,
                free: None,
                label: label.clone(),
            }),
            Err(e) => {
                warn("telephone", format!("{e} (téléphone retiré)"));
                None
            }
        })
        .collect();
    let point = match (r.lat, r.lon) {
        (Some(lat), Some(lon)) => GeoPoint::new(lat, lon)
            .filter(|p| p.lat != 0.0 || p.lon != 0.0)
            .or_else(|| {
                warn("adresse", format!("coordonnées invalides ({lat}, {lon})"));
                None
            }),
        _ => None,
    };
    let hours = if r.hours.is_empty() {
        None
    } else {
        super::mairies::convert_hours(&r.hours)
            .map_err(|e| warn("plage_ouverture", format!("{e} (horaires retirés)")))
            .ok()
    };
    let email = r.emails.iter().find_map(|e| fields::email(e).ok());
    let website = r.website.as_deref().and_then(|w| {
        fields::website(w)
            .map_err(|m| warn("site_internet", m))
            .ok()
    });
    let updated = r
        .updated
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or(extract);
    let departement = commune.as_ref().map(InseeCode::departement);
    let hours_note = match (&hours, &r.hours_note) {
        (_, Some(n)) => Some(n.clone()),
        (None, None) => Some("Horaires non publiés : appelez avant de vous déplacer.".into()),
        _ => None,
    };
    Ok(Resource {
        id: r.id.clone(),
        name: r.name.clone(),
        category,
        audiences: audiences.to_vec(),
        scope,
        phones,
        email,
        website,
        chat: None,
        description: None,
        address: (!r.address.is_empty() && category != Category::Shelter)
            .then(|| r.address.clone()),
        point,
        hours,
        hours_note,
        departement,
        commune,
        free: None,
        anonymous: None,
        step_free: None,
        accessibility: vec![],
        languages: vec![],
        source: Source {
            name: "Annuaire de l'administration (DILA)".into(),
            url: r
                .url
                .clone()
                .or(Some("https://lannuaire.service-public.gouv.fr".into())),
            licence: "Licence Ouverte 2.0".into(),
            date: Some(extract.to_string()),
        },
        updated,
        needs_review: false,
        review_note: None,
    })
}

pub fn read(
    text: &str,
    communes: &HashMap<InseeCode, &Commune>,
    extract: NaiveDate,
    report: &mut Report,
) -> Vec<Resource> {
    let mut out = vec![];
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<Record>(line) {
            Ok(r) => match to_resource(&r, communes, extract, report) {
                Ok(res) => out.push(res),
                Err((field, msg)) => report.push(Severity::Error, FILE, &r.id, field, msg),
            },
            Err(e) => report.push(
                Severity::Error,
                FILE,
                &format!("line {}", n + 1),
                "-",
                format!("JSON invalide : {e}"),
            ),
        }
    }
    out
}
