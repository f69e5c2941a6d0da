//! The JSON the API returns, apart from the handlers: communes and
//! resources as partners read them (the OpenAPI document describes these).

use crate::domain::{
    Audience, Category, Commune, CommuneKind, DepCode, Hours, InseeCode, Postcode, Resource, Scope,
};
use crate::locale::Lang;
use crate::search::{Engine, Hit, Matched};
use serde::Serialize;

/// A commune as the API returns it. Fields are in alphabetical order, the
/// order partners have always received them in.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Commune, description = "Une commune ou un arrondissement municipal")]
pub struct CommuneOut<'a> {
    /// Les communes du même code postal, ou la ville entière pour un arrondissement
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(no_recursion)]
    pub alternatives: Vec<CommuneOut<'a>>,
    /// Pour un arrondissement : la ville
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    city: Option<&'a InseeCode>,
    departement: DepartementOut<'a>,
    /// L'ancienne commune (déléguée ou associée) dont le nom a été reconnu
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    former_commune: Option<&'a str>,
    insee: &'a InseeCode,
    kind: CommuneKind,
    #[schema(required = true)]
    lat: Option<f64>,
    #[schema(required = true)]
    lon: Option<f64>,
    /// Ce qui a été reconnu dans la recherche
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    matched: Option<Matched>,
    name: &'a str,
    #[schema(minimum = 0)]
    population: u64,
    postcodes: &'a [Postcode],
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Departement)]
struct DepartementOut<'a> {
    code: &'a DepCode,
    name: &'a str,
}

impl<'a> CommuneOut<'a> {
    pub fn new(
        engine: &'a Engine,
        c: &'a Commune,
        matched: Option<Matched>,
        via: Option<&'a str>,
    ) -> Self {
        CommuneOut {
            alternatives: Vec::new(),
            city: c.parent.as_ref(),
            departement: DepartementOut {
                code: &c.departement,
                name: engine.departement_name(&c.departement),
            },
            former_commune: via,
            insee: &c.insee,
            kind: c.kind,
            lat: c.point.map(|p| p.lat),
            lon: c.point.map(|p| p.lon),
            matched,
            name: &c.name,
            population: c.population,
            postcodes: &c.postcodes,
        }
    }
}

/// `/communes`: the communes a typed text may mean.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = CommuneList, description = "Les communes que le texte saisi peut désigner ; notice explique un code postal inconnu")]
pub struct CommuneList<'a> {
    pub communes: Vec<CommuneOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub notice: Option<String>,
}

/// `/resources`: a page of results for a place.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = ResourcePage, description = "Une page de résultats pour un lieu")]
pub struct ResourcePage<'a> {
    #[schema(required = true)]
    pub place: Option<CommuneOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub notice: Option<String>,
    pub results: Vec<ResourceOut<'a>>,
    #[schema(minimum = 0)]
    pub total: usize,
    pub limit: usize,
    pub offset: usize,
}

/// One resource as the API returns it; borrowed from the catalogue, so a
/// page of results costs no copy of the data. Field doc comments are the
/// published contract's descriptions, so they are written for partners, in French.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Resource, description = "Une fiche : structure locale ou ligne nationale")]
pub struct ResourceOut<'a> {
    id: &'a str,
    name: &'a str,
    category: Category,
    category_label: std::borrow::Cow<'static, str>,
    audiences: &'a [Audience],
    #[schema(required = true)]
    section: Option<crate::search::Section>,
    scope: ScopeOut<'a>,
    phones: Vec<PhoneOut<'a>>,
    #[schema(required = true)]
    email: Option<&'a str>,
    #[schema(required = true)]
    website: Option<&'a str>,
    #[schema(required = true)]
    chat: Option<&'a str>,
    #[schema(required = true)]
    description: Option<&'a str>,
    /// La langue de description : celle demandée quand la description y est écrite (lignes nationales), sinon fr (null sans description)
    #[schema(required = true, schema_with = description_lang_schema)]
    description_lang: Option<&'a str>,
    /// Ce que fait ce type de structure, dans la langue demandée (null pour les types sans cette phrase)
    #[schema(required = true)]
    does: Option<std::borrow::Cow<'static, str>>,
    #[schema(required = true)]
    address: Option<String>,
    #[schema(required = true)]
    lat: Option<f64>,
    #[schema(required = true)]
    lon: Option<f64>,
    #[schema(required = true)]
    distance_km: Option<f64>,
    #[schema(required = true)]
    hours: Option<HoursOut>,
    #[schema(required = true)]
    hours_note: Option<&'a str>,
    #[schema(required = true)]
    open_now: Option<bool>,
    #[schema(required = true)]
    free: Option<bool>,
    #[schema(required = true)]
    anonymous: Option<bool>,
    accessibility: &'a [String],
    /// Le jour où l'éditeur de la source a confirmé l'information pour la dernière fois (jamais le jour de notre copie).
    updated: chrono::NaiveDate,
    age: AgeOut,
    /// La structure la plus proche de son genre (police ou gendarmerie, aide spécialisée, France Services, mairie).
    lead: bool,
    /// commune_point : position publiée absente ou fausse, le point de la commune la remplace ; itinerant : l'adresse est la base d'un service itinérant.
    #[schema(required = true)]
    location_note: Option<crate::domain::PlaceNote>,
    needs_review: bool,
    /// Champs corrigés après un signalement vérifié, avec le jour de la vérification.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    corrections: &'a [crate::domain::error_report::FieldCorrection],
    source: SourceOut<'a>,
}

/// The languages a description can be written in: the site's, by code.
fn description_lang_schema() -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
    let mut codes: Vec<Option<&str>> = Lang::ALL.iter().map(|l| Some(l.code())).collect();
    codes.push(None);
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
        .enum_values(Some(codes))
        .build()
}

/// L'âge de l'information, dérivé de `updated`.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Age)]
struct AgeOut {
    #[schema(minimum = 0)]
    months: u32,
    /// Plus de 24 mois : classée après les fiches plus récentes à distance comparable.
    stale: bool,
    /// En mots, par ex. « Information de 2016 — appelez avant de vous déplacer ».
    text: String,
}

#[derive(Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[schema(as = Scope)]
enum ScopeOut<'a> {
    National,
    Departements { codes: &'a [crate::domain::DepCode] },
    Communes { codes: &'a [InseeCode] },
    Around { lat: f64, lon: f64, radius_km: f64 },
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Phone)]
struct PhoneOut<'a> {
    number: &'a str,
    display: String,
    uri: String,
    kind: crate::domain::PhoneKind,
    #[schema(required = true)]
    free: Option<bool>,
    #[schema(required = true)]
    label: Option<&'a str>,
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Hours)]
struct HoursOut {
    always_open: bool,
    slots: Vec<SlotOut>,
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Slot)]
struct SlotOut {
    /// 1 = lundi
    #[schema(minimum = 1, maximum = 7)]
    day: u8,
    #[schema(pattern = "^[0-2][0-9]:[0-5][0-9]$")]
    open: String,
    #[schema(pattern = "^[0-2][0-9]:[0-5][0-9]$")]
    close: String,
}

#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Source)]
struct SourceOut<'a> {
    name: &'a str,
    #[schema(required = true)]
    url: Option<&'a str>,
    licence: &'a str,
    #[schema(required = true)]
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

/// `/categories`: every category and audience, labelled in every language.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Labels, description = "Les catégories et les publics, avec leurs libellés dans chaque langue du site")]
pub struct Labels {
    pub audiences: Vec<Label<Audience>>,
    pub categories: Vec<Label<Category>>,
}

/// One id with its labels; fields in the order partners have always received them.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(description = "Un identifiant et ses libellés")]
pub struct Label<T: utoipa::ToSchema> {
    pub id: T,
    pub label: std::borrow::Cow<'static, str>,
    pub label_en: std::borrow::Cow<'static, str>,
    /// Le libellé dans chaque langue du site, par son code
    #[schema(schema_with = labels_schema)]
    pub labels: std::collections::BTreeMap<&'static str, std::borrow::Cow<'static, str>>,
}

impl<T: utoipa::ToSchema + Copy> Label<T> {
    pub fn new(
        id: T,
        label: impl Fn(&'static crate::locale::Ui, T) -> std::borrow::Cow<'static, str>,
    ) -> Self {
        Label {
            id,
            label: label(Lang::Fr.ui(), id),
            label_en: label(Lang::En.ui(), id),
            labels: Lang::ALL
                .iter()
                .map(|l| (l.code(), label(l.ui(), id)))
                .collect(),
        }
    }
}

/// A label in every language of the site, none missing, none more.
fn labels_schema() -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Type};
    Lang::ALL
        .iter()
        .fold(ObjectBuilder::new(), |o, l| {
            o.property(l.code(), ObjectBuilder::new().schema_type(Type::String))
                .required(l.code())
        })
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .build()
}

/// `/problems`: what each problem `type` means.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(
    description = "Les types de problèmes (RFC 9457) : le sens de chaque « type », son statut"
)]
pub struct ProblemTypes {
    pub problems: Vec<ProblemType>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ProblemType {
    pub description: &'static str,
    pub status: u16,
    #[serde(rename = "type")]
    pub kind: String,
}

/// A report received, waiting to be checked.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(description = "Un signalement reçu, en attente de vérification")]
pub struct ReportAccepted {
    pub id: i64,
    /// Toujours « open » à la réception
    #[schema(schema_with = open_only)]
    pub status: &'static str,
}

fn open_only() -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["open"]))
        .build()
}
