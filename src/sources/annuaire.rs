//! The local directory file `annuaire.jsonl.gz`: written by
//! `maillage import annuaire` (live DILA API) and, for the shipped snapshot,
//! by `scripts/build_local.py` (archival extracts), in the same record format.

use super::fields;
use super::mairies::DayRange;
use super::problems::{Report, Severity};
use crate::domain::text::visible;
use crate::domain::{
    Audience, Category, Commune, GeoPoint, InseeCode, Phone, PhoneContact, PhoneKind, PlaceNote,
    Resource, Scope, Source,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub const FILE: &str = "annuaire.jsonl.gz";
pub const META: &str = "annuaire.meta.json";

/// A point farther than this from its own commune is not believed.
pub const MAX_POINT_KM: f64 = 20.0;

/// One imported service, normalised but not yet validated: the data reader
/// validates it into a `Resource` like every other record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub name: String,
    pub type_service: String,
    pub commune: Option<String>,
    pub serves: Vec<String>,
    pub address: Vec<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phones: Vec<(String, Option<String>)>,
    pub emails: Vec<String>,
    pub website: Option<String>,
    pub hours: Vec<DayRange>,
    pub hours_note: Option<String>,
    pub updated: Option<String>,
    pub url: Option<String>,
    /// Who published this record and when; absent in files of older importers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// A bus or itinerant service: its address is a base.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub itinerant: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Meta {
    pub source: String,
    pub base_url: String,
    pub extract_date: String,
    pub counts: BTreeMap<String, usize>,
    pub rejected: Vec<(String, String)>,
    /// Types the shrink guard refused at the last import (previous records kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<(String, String)>,
}

/// Our category for a DILA service type; None for types we do not show.
pub fn category(type_service: &str) -> Option<(Category, &'static [Audience])> {
    use Audience::*;
    Some(match type_service {
        "ccas" | "caf" | "pif" => (Category::SocialServices, &[Everyone]),
        "france_services" | "msap" => (Category::AccessToRights, &[Everyone]),
        "adil" => (Category::Housing, &[Everyone]),
        "cidf" | "dd_femmes" | "dr_femmes" => (Category::WomensRights, &[Women, Everyone]),
        "mjd" | "point_justice" | "cdad" | "permanence_juridique" | "civi" | "tgi" | "spip" => {
            (Category::Justice, &[Everyone])
        }
        "bav" | "aav" => (Category::VictimSupport, &[Everyone, Witnesses]),
        "gendarmerie" | "commissariat_police" => (Category::Police, &[Everyone]),
        "maison_handicapees" => (Category::Disability, &[Disabled]),
        // Maisons départementales de l'autonomie: MDPH and elderly services in one.
        "mda" => (Category::Disability, &[Disabled, Elderly]),
        "pmi" => (Category::Children, &[Children, Women]),
        "clic" | "accompagnement_personnes_agees" => (Category::Elderly, &[Elderly]),
        "cij" | "mission_locale" => (Category::Children, &[Youth]),
        _ => return None,
    })
}

/// Why a record gets no card: an error in the data, or (a warning) a record
/// a person could not use on its own.
type Fail = (Severity, &'static str, String);

/// Since 2026 the DILA files MJD, CIDFF and victim-support permanences as
/// `point_justice`: their name says which (as `scripts/build_local.py` reads
/// the 2026 capture). Other types are returned as they are.
pub fn point_justice_kind<'a>(type_service: &'a str, name: &str) -> &'a str {
    if type_service != "point_justice" {
        return type_service;
    }
    let k = crate::domain::text::words(name).join(" ");
    let has = |w: &str| k.split(' ').any(|x| x == w);
    if k.contains("maison de justice et du droit") || k.contains("maison de la justice et du droit")
    {
        "mjd"
    } else if has("cidff") || k.contains("droits des femmes") {
        "cidf"
    } else if k.contains("victime") {
        "bav"
    } else {
        "point_justice"
    }
}

/// The name a structure has today: the tribunaux de grande instance and
/// d'instance became tribunaux judiciaires on 1 January 2020. Returns the
/// name to show and, when it changed, the source's own.
pub fn current_name(name: &str) -> (String, Option<String>) {
    const RENAMED: [(&str, &str); 4] = [
        ("tribunal de grande instance", "tribunal judiciaire"),
        ("Tribunal de grande instance", "Tribunal judiciaire"),
        ("tribunal d'instance", "tribunal judiciaire"),
        ("Tribunal d'instance", "Tribunal judiciaire"),
    ];
    let out = RENAMED
        .iter()
        .fold(name.to_string(), |n, (old, new)| n.replace(old, new));
    let changed = out != name;
    (out, changed.then(|| name.to_string()))
}

/// No real structure has a longer name, address line or note, more phones,
/// or serves more communes: a record past these is refused whole, by id and
/// field, before it can cost the index or a page anything.
pub const MAX_NAME: usize = 300;
pub const MAX_LINE: usize = 300;
pub const MAX_NOTE: usize = 2_000;
pub const MAX_PHONES: usize = 10;
pub const MAX_SERVES: usize = 1_000;

/// An id the site can put in a link and a log line as it is.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 120
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
}

fn bounded(r: &Record) -> Result<(), Fail> {
    let too = |field: &'static str, what: String| Err((Severity::Error, field, what));
    if !valid_id(&r.id) {
        return too(
            "id",
            "identifiant invalide (lettres, chiffres, - _ : . ; 120 au plus)".into(),
        );
    }
    if r.name.chars().count() > MAX_NAME {
        return too("name", format!("nom de plus de {MAX_NAME} caractères"));
    }
    if r.address.len() > 8 || r.address.iter().any(|l| l.chars().count() > MAX_LINE) {
        return too(
            "address",
            format!("adresse de plus de 8 lignes ou de {MAX_LINE} caractères"),
        );
    }
    if r.hours_note
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NOTE)
    {
        return too(
            "hours_note",
            format!("note de plus de {MAX_NOTE} caractères"),
        );
    }
    if r.phones.len() > MAX_PHONES {
        return too("telephone", format!("plus de {MAX_PHONES} numéros"));
    }
    if r.serves.len() > MAX_SERVES {
        return too(
            "serves",
            format!("plus de {MAX_SERVES} communes desservies"),
        );
    }
    if r.emails.len() > MAX_PHONES || r.website.as_ref().is_some_and(|w| w.len() > MAX_LINE) {
        return too(
            "site_internet",
            "trop d'adresses ou adresse trop longue".into(),
        );
    }
    Ok(())
}

/// Validates one imported record; a bad phone or address is dropped with a
/// warning, a record with no usable place is rejected.
pub fn to_resource(
    r: &Record,
    communes: &HashMap<InseeCode, &Commune>,
    extract: NaiveDate,
    report: &mut Report,
) -> Result<Resource, Fail> {
    let (category, audiences) = category(&r.type_service).ok_or((
        Severity::Error,
        "type_service",
        format!("type inconnu « {} »", r.type_service),
    ))?;
    if r.name.trim().is_empty() {
        return Err((Severity::Error, "name", "nom vide".into()));
    }
    bounded(r)?;
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
        return Err((
            Severity::Error,
            "code_insee_commune",
            "aucune commune connue".into(),
        ));
    };
    let mut warn =
        |field: &str, msg: String| report.push(Severity::Warning, FILE, &r.id, field, msg);
    let mut phones = vec![];
    for (raw, label) in &r.phones {
        let found = fields::split_phones(raw);
        if found.is_empty() {
            warn(
                "telephone",
                format!("aucun numéro dans « {raw} » (téléphone retiré)"),
            );
        }
        for (n, note) in found {
            match Phone::parse(&n) {
                Ok(number) => phones.push(PhoneContact {
                    free: number.is_free_number(),
                    number,
                    kind: PhoneKind::Voice,
                    label: label.clone().or(note),
                }),
                Err(e) => warn("telephone", format!("{e} (téléphone retiré)")),
            }
        }
    }
    let home = commune
        .as_ref()
        .and_then(|c| communes.get(c))
        .and_then(|c| c.point);
    let published = match (r.lat, r.lon) {
        (Some(lat), Some(lon)) => GeoPoint::new(lat, lon)
            .filter(|p| p.lat != 0.0 || p.lon != 0.0)
            .or_else(|| {
                warn("adresse", format!("coordonnées invalides ({lat}, {lon})"));
                None
            }),
        _ => None,
    };
    // Same rule as for mairies: a point far from its own commune is a
    // publishing fault (swapped, default or wrong-town coordinates).
    let (point, replaced) = match (published, home) {
        (Some(p), Some(h)) if p.distance_km(&h) > MAX_POINT_KM => {
            warn(
                "adresse",
                format!(
                    "point à {:.0} km de sa commune : remplacé par le point de la commune",
                    p.distance_km(&h)
                ),
            );
            (Some(h), true)
        }
        (Some(p), _) => (Some(p), false),
        (None, Some(h)) => (Some(h), true),
        (None, None) => (None, false),
    };
    let place_note = if r.itinerant {
        Some(PlaceNote::Itinerant)
    } else {
        replaced.then_some(PlaceNote::CommunePoint)
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
    let hours_note = r.hours_note.as_deref().map(|n| visible(n).into_owned());
    // With neither a number to call nor a place to go, a card would only
    // send her elsewhere: such a record gets none of its own.
    if phones.is_empty() && r.address.is_empty() {
        return Err((
            Severity::Warning,
            "telephone",
            "ni téléphone ni adresse : pas de fiche".into(),
        ));
    }
    // A number whose prefix belongs to another territory (a Réunion 0262 for
    // Mayotte's police, as the 2016 source has it) is shown with care.
    let misplaced: Vec<String> = departement
        .as_ref()
        .map(|d| {
            phones
                .iter()
                .filter(|p| !p.number.fits(d))
                .map(|p| p.number.display())
                .collect()
        })
        .unwrap_or_default();
    let review_note = (!misplaced.is_empty()).then(|| {
        format!(
            "Le numéro {} ne correspond pas au territoire de cette structure : à confirmer avant d'appeler.",
            misplaced.join(", ")
        )
    });
    if let Some(note) = &review_note {
        report.push(Severity::Review, FILE, &r.id, "telephone", note.clone());
    }
    let (name, source_name) = current_name(&visible(&r.name));
    let source = r.source.clone().unwrap_or_else(|| Source {
        name: "Service-Public.fr / DILA, Annuaire de l'administration".into(),
        url: Some("https://lannuaire.service-public.gouv.fr".into()),
        licence: "Licence Ouverte 2.0".into(),
        date: Some(extract.to_string()),
    });
    Ok(Resource {
        id: r.id.clone(),
        name,
        source_name,
        category,
        audiences: audiences.to_vec(),
        scope,
        phones,
        email,
        website,
        chat: None,
        description: None,
        // An address line that names the court ("Tribunal d'instance,
        // boulevard du Mail") reads with the court's name of today, too.
        address: (!r.address.is_empty() && category != Category::Shelter).then(|| {
            r.address
                .iter()
                .map(|l| current_name(&visible(l)).0)
                .collect()
        }),
        point,
        place_note,
        hours,
        hours_note,
        departement,
        commune,
        free: None,
        anonymous: None,
        step_free: None,
        accessibility: vec![],
        languages: vec![],
        source: std::sync::Arc::new(Source {
            // Only an http(s) address becomes a link (never `javascript:`).
            url: r
                .url
                .as_deref()
                .and_then(|u| fields::website(u).ok())
                .or(source.url),
            ..source
        }),
        updated,
        needs_review: review_note.is_some(),
        review_note,
        corrections: Vec::new(),
        service: crate::domain::Service::from_dila(&r.type_service),
        structure_verified: None,
        permanences: Vec::new(),
        checked: None,
        translations: Vec::new(),
        unconfirmed: None,
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
                Err((severity, field, msg)) => report.push(severity, FILE, &r.id, field, msg),
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

#[cfg(test)]
mod tests {
    fn record(id: &str, name: String) -> super::Record {
        super::Record {
            id: id.into(),
            name,
            type_service: "cidf".into(),
            commune: Some("01034".into()),
            serves: vec![],
            address: vec!["1 rue de la Paix".into(), "01300 Belley".into()],
            lat: None,
            lon: None,
            phones: vec![],
            emails: vec![],
            website: None,
            hours: vec![],
            hours_note: None,
            updated: None,
            url: None,
            source: None,
            itinerant: false,
        }
    }

    #[test]
    fn an_oversized_or_badly_named_record_is_refused_by_id_and_field() {
        assert!(super::bounded(&record("dila:cidf-01", "CIDFF de l'Ain".into())).is_ok());
        let huge = record("dila:huge", "A".repeat(1 << 20));
        assert_eq!(super::bounded(&huge).unwrap_err().1, "name");
        let mut many = record("dila:many", "CIDFF".into());
        many.serves = (0..2000).map(|i| format!("{:05}", 1000 + i)).collect();
        assert_eq!(super::bounded(&many).unwrap_err().1, "serves");
        for id in ["dila:a b", "dila:../../signaler", "x\nINFO forged", ""] {
            assert_eq!(
                super::bounded(&record(id, "CIDFF".into())).unwrap_err().1,
                "id",
                "{id:?}"
            );
        }
    }

    #[test]
    fn a_2026_point_justice_is_typed_by_its_name() {
        use super::point_justice_kind as kind;
        assert_eq!(
            kind(
                "point_justice",
                "Point-justice Maison de la Justice et du Droit de Maubeuge"
            ),
            "mjd"
        );
        assert_eq!(
            kind("point_justice", "Point-justice du CIDFF de Verdun"),
            "cidf"
        );
        assert_eq!(
            kind("point_justice", "Point-justice aide aux victimes - Brest"),
            "bav"
        );
        assert_eq!(
            kind("point_justice", "Point-justice en France services de Berck"),
            "point_justice"
        );
        assert_eq!(kind("cidf", "anything"), "cidf");
    }

    #[test]
    fn an_address_line_naming_a_court_reads_with_its_current_name() {
        let (line, _) = super::current_name("Tribunal d'instance, boulevard du Mail");
        assert_eq!(line, "Tribunal judiciaire, boulevard du Mail");
    }

    #[test]
    fn renamed_courts_get_their_current_name_and_keep_the_old_one() {
        let (n, old) = super::current_name(
            "Bureau d'aide aux victimes du tribunal de grande instance de Bourg-en-Bresse",
        );
        assert_eq!(
            n,
            "Bureau d'aide aux victimes du tribunal judiciaire de Bourg-en-Bresse"
        );
        assert!(old.is_some());
        assert_eq!(
            super::current_name("Tribunal d'instance de Nantua").0,
            "Tribunal judiciaire de Nantua"
        );
        assert_eq!(
            super::current_name("Maison de justice et du droit"),
            ("Maison de justice et du droit".into(), None)
        );
    }
}
