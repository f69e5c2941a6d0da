//! Communes and resources as the rest of the program sees them.
//! About 400 lines: the types every layer shares, kept together so their
//! invariants (scope, dates, review flags) read in one place.

use super::codes::{DepCode, InseeCode, Postcode};
use super::hours::Hours;
use super::phone::Phone;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    /// Only points on Earth: the shipped data has no sign-flipped or swapped pairs left.
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        (lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon))
        .then_some(Self { lat, lon })
    }

    pub fn distance_km(&self, other: &GeoPoint) -> f64 {
        use geo::{Distance, Haversine, Point};
        Haversine.distance(
            Point::new(self.lon, self.lat),
            Point::new(other.lon, other.lat),
        ) / 1000.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommuneKind {
    Commune,
    /// Municipal arrondissement of Paris, Lyon or Marseille: it has its own mairie.
    Arrondissement,
}

/// Ids of the national lines pages always show, as in `data/national.json`.
pub mod ids {
    pub const POLICE: &str = "national:17";
    pub const EU_EMERGENCY: &str = "national:112";
    pub const SMS_EMERGENCY: &str = "national:114";
    pub const VIOLENCES_FEMMES_INFO: &str = "national:3919";
    pub const CHILDREN_IN_DANGER: &str = "national:119";
    pub const VICTIM_SUPPORT: &str = "national:116006";
    pub const EMERGENCY_SHELTER: &str = "national:115";
    pub const POLICE_CHAT: &str = "national:pnav";
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Departement {
    pub code: DepCode,
    pub name: String,
    pub region: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Commune {
    pub insee: InseeCode,
    pub name: String,
    pub kind: CommuneKind,
    /// For an arrondissement, the whole city.
    pub parent: Option<InseeCode>,
    pub postcodes: Vec<Postcode>,
    pub departement: DepCode,
    pub region: String,
    pub population: u64,
    pub point: Option<GeoPoint>,
    /// Communes déléguées / associées merged into this one.
    pub former: Vec<String>,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Emergency,
    ListeningLine,
    VictimSupport,
    WomensRights,
    Justice,
    SocialServices,
    Police,
    Health,
    Shelter,
    Disability,
    Elderly,
    Children,
    OnlineService,
    /// Housing information (ADIL).
    Housing,
    /// Help with rights and procedures at a staffed public counter (France Services).
    AccessToRights,
}

impl Category {
    /// Specialised help (a CIDFF, victim support, a Maison de justice): it
    /// serves its whole département, so a search keeps it wherever it is and
    /// a paper list names it first.
    pub fn is_specialised(self) -> bool {
        matches!(
            self,
            Category::WomensRights | Category::VictimSupport | Category::Justice
        )
    }

    pub const ALL: [Category; 15] = [
        Category::Emergency,
        Category::ListeningLine,
        Category::VictimSupport,
        Category::WomensRights,
        Category::Justice,
        Category::SocialServices,
        Category::Police,
        Category::Health,
        Category::Shelter,
        Category::Disability,
        Category::Elderly,
        Category::Children,
        Category::OnlineService,
        Category::Housing,
        Category::AccessToRights,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Category::Emergency => "emergency",
            Category::ListeningLine => "listening_line",
            Category::VictimSupport => "victim_support",
            Category::WomensRights => "womens_rights",
            Category::Justice => "justice",
            Category::SocialServices => "social_services",
            Category::Police => "police",
            Category::Health => "health",
            Category::Shelter => "shelter",
            Category::Disability => "disability",
            Category::Elderly => "elderly",
            Category::Children => "children",
            Category::OnlineService => "online_service",
            Category::Housing => "housing",
            Category::AccessToRights => "access_to_rights",
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == s)
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Everyone,
    Women,
    Children,
    Youth,
    Elderly,
    Disabled,
    Deaf,
    Lgbt,
    Witnesses,
    Perpetrators,
    Professionals,
}

impl Audience {
    pub const ALL: [Audience; 11] = [
        Audience::Everyone,
        Audience::Women,
        Audience::Children,
        Audience::Youth,
        Audience::Elderly,
        Audience::Disabled,
        Audience::Deaf,
        Audience::Lgbt,
        Audience::Witnesses,
        Audience::Perpetrators,
        Audience::Professionals,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::Women => "women",
            Audience::Children => "children",
            Audience::Youth => "youth",
            Audience::Elderly => "elderly",
            Audience::Disabled => "disabled",
            Audience::Deaf => "deaf",
            Audience::Lgbt => "lgbt",
            Audience::Witnesses => "witnesses",
            Audience::Perpetrators => "perpetrators",
            Audience::Professionals => "professionals",
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.id() == s)
    }
}

/// Where a resource serves people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    National,
    Departements { codes: Vec<DepCode> },
    Communes { codes: Vec<InseeCode> },
    Around { lat: f64, lon: f64, radius_km: f64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    Voice,
    Sms,
    Video,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneContact {
    pub number: Phone,
    pub kind: PhoneKind,
    pub free: Option<bool>,
    pub label: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub url: Option<String>,
    pub licence: String,
    /// Date (or year) of the source document or extract, as the source gives it.
    pub date: Option<String>,
}

/// Why a resource's point is not the structure's own door.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(description = "Pourquoi la position n'est pas la porte de la structure")]
pub enum PlaceNote {
    /// No usable point was published (missing, or far from its commune): the
    /// commune's point stands in, so distances are approximate.
    CommunePoint,
    /// A bus or itinerant service: the address is its base, not a place to go.
    Itinerant,
}

/// Facts older than this many months are shown as old and rank after fresher ones.
pub const STALE_AFTER_MONTHS: u32 = 24;

/// A listing confirmed by its structure is shown as such for this many months.
pub const STRUCTURE_CONFIRMED_MONTHS: u32 = 12;

/// Whole months from `from` to `to` (0 when `to` is earlier).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let m = (to.year() - from.year()) * 12 + to.month() as i32
        - from.month() as i32
        - i32::from(to.day() < from.day());
    m.max(0) as u32
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    /// Stable across imports: "national:3919", "mairie:01034", "dila:<uuid>".
    pub id: String,
    /// The name it has today (a renamed court carries its new name).
    pub name: String,
    /// The publisher's name when it is out of date, for the record page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    pub category: Category,
    pub audiences: Vec<Audience>,
    pub scope: Scope,
    pub phones: Vec<PhoneContact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Address lines; never set for shelters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<GeoPoint>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_note: Option<PlaceNote>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    /// Free text about hours when they could not be confirmed or vary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<DepCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<InseeCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymous: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_free: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Shared: a few dozen sources serve 46,000 records. Stored once per
    /// catalogue file (see `Catalogue`), so not serialised with the record.
    #[serde(skip)]
    pub source: std::sync::Arc<Source>,
    /// National lines only: the day we compared them with their operator's
    /// current information (the date shown stays `updated`, the source's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<NaiveDate>,
    /// Hand-kept words in the site's other languages (national lines, under
    /// each language's code in data/national.json); other records have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
    pub updated: NaiveDate,
    pub needs_review: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
    /// What is unconfirmed about a national line under review, so its badge
    /// names it ("horaires à confirmer") and a certain number shows none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unconfirmed: Option<Unconfirmed>,
    /// Fields replaced after a checked report (data/corrections.json).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<super::error_report::FieldCorrection>,
    /// The day the structure itself confirmed this listing in the back
    /// office and a second person of its département accepted it
    /// (`data/structures.jsonl`); shown as such for 12 months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure_verified: Option<NaiveDate>,
    /// Where and when the structure holds permanences, as it wrote them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub permanences: Vec<String>,
    /// What the structure is, as its publisher types it; None for hand-kept
    /// records that name only a category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

/// What a national line's review doubts (data/national.json `unconfirmed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unconfirmed {
    /// The hours: sources disagree or are old.
    Hours,
    /// The cost of the call and the hours (sources from its launch only).
    CostAndHours,
    /// Everything: the only source is undated.
    Undated,
    /// Whether it is present in her département.
    Presence,
}

/// What a structure is, as its publisher types it. Ranking asks it whether
/// the structure serves a whole département: a CIDFF or a court across the
/// border will send her back to her own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Cidff,
    WomensRightsDelegate,
    VictimSupport,
    Mjd,
    PointJustice,
    Cdad,
    Civi,
    Court,
    Spip,
    Mdph,
    Gendarmerie,
    Police,
    Ccas,
    Mairie,
    FranceServices,
    FamilyInfo,
    Caf,
    Pmi,
    Clic,
    Housing,
    Youth,
}

impl Service {
    /// The DILA's type code (`type_service` / `pivot.type_service_local`).
    pub fn from_dila(code: &str) -> Option<Service> {
        use Service::*;
        Some(match code {
            "cidf" => Cidff,
            "dd_femmes" | "dr_femmes" => WomensRightsDelegate,
            "bav" | "aav" => VictimSupport,
            "mjd" => Mjd,
            "point_justice" | "permanence_juridique" => PointJustice,
            "cdad" => Cdad,
            "civi" => Civi,
            "tgi" | "ti" | "tribunal_judiciaire" => Court,
            "spip" => Spip,
            "maison_handicapees" | "mda" => Mdph,
            "gendarmerie" => Gendarmerie,
            "commissariat_police" => Police,
            "ccas" => Ccas,
            "france_services" | "msap" => FranceServices,
            "pif" => FamilyInfo,
            "caf" => Caf,
            "pmi" => Pmi,
            "clic" | "accompagnement_personnes_agees" => Clic,
            "adil" => Housing,
            "cij" | "mission_locale" => Youth,
            _ => return None,
        })
    }

    /// Kinds that serve a whole département; the others serve a neighbourhood.
    pub fn serves_departement(self) -> bool {
        use Service::*;
        matches!(
            self,
            Cidff | WomensRightsDelegate | VictimSupport | Cdad | Civi | Court | Spip | Mdph
        )
    }

    /// A court or the compensation commission: a step further for her than
    /// an MJD or a point-justice, which receive people.
    pub fn is_court(self) -> bool {
        matches!(self, Service::Court | Service::Civi)
    }
}

impl Resource {
    /// A person can reach it: a phone, an address, an email or a website.
    /// Structures without any are folded into one line, never shown as cards.
    /// What two records of one structure share: kind, commune and a phone
    /// (one key per phone; none without a commune).
    pub fn twin_keys(&self) -> impl Iterator<Item = (Category, &InseeCode, &str)> {
        self.commune.iter().flat_map(move |c| {
            self.phones
                .iter()
                .map(move |p| (self.category, c, p.number.digits_str()))
        })
    }

    pub fn reachable(&self) -> bool {
        !(self.phones.is_empty()
            && self.address.is_none()
            && self.email.is_none()
            && self.website.is_none())
    }

    /// Its own words in a language other than French, when written.
    pub fn translation(&self, lang: &str) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }
    /// Its description for a reader of `lang` and the language it is in:
    /// hers when one is written, else the source's French one (`"fr"`),
    /// which the page marks `lang="fr"` and says is in French.
    pub fn description_in(&self, lang: &str) -> Option<(&str, &str)> {
        match self.translation(lang) {
            Some(Translation {
                description: Some(d),
                lang,
                ..
            }) => Some((d, lang)),
            _ => self.description.as_deref().map(|d| (d, "fr")),
        }
    }
    pub fn is_national(&self) -> bool {
        matches!(self.scope, Scope::National)
    }
    pub fn is_24_7(&self) -> bool {
        matches!(self.hours, Some(Hours::AlwaysOpen))
    }
    /// How many whole months ago the publisher last confirmed this record.
    pub fn age_months(&self, today: NaiveDate) -> u32 {
        months_between(self.updated, today)
    }
    /// A national line we checked against its operator within 24 months is
    /// not old, whatever the date of the operator's own page.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        let newest = self.checked.map_or(self.updated, |c| c.max(self.updated));
        months_between(newest, today) > STALE_AFTER_MONTHS
    }
    /// The day the structure confirmed this listing, while that is under 12
    /// months old; after that the usual age wording comes back.
    pub fn confirmed_by_structure(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.structure_verified
            .filter(|d| months_between(*d, today) < STRUCTURE_CONFIRMED_MONTHS)
    }
    /// Whether every phone's prefix fits the place (`Phone::fits`): one that
    /// does not is shown with care and never offered as the one to call first.
    pub fn phones_fit(&self) -> bool {
        self.departement
            .as_ref()
            .is_none_or(|d| self.phones.iter().all(|p| p.number.fits(d)))
    }
    /// Whether it serves a whole département (its own), from its type, or
    /// for a hand-kept record from its category.
    pub fn serves_departement(&self) -> bool {
        match self.service {
            Some(s) => s.serves_departement(),
            None => matches!(
                self.category,
                Category::WomensRights | Category::VictimSupport | Category::Disability
            ),
        }
    }
    /// Whether a person living in `c` is in its territory: always for a
    /// neighbourhood structure; for a departmental one, when its territory
    /// (or else its own département) holds the commune.
    pub fn competent_for(&self, c: &Commune) -> bool {
        if !self.serves_departement() {
            return true;
        }
        match &self.scope {
            Scope::National => true,
            Scope::Departements { codes } => codes.contains(&c.departement),
            Scope::Communes { codes } => {
                codes.contains(&c.insee) || c.parent.as_ref().is_some_and(|p| codes.contains(p))
            }
            Scope::Around { .. } => self.departement.as_ref() == Some(&c.departement),
        }
    }
}

/// A record's own words in one of the site's other languages. The name
/// stays French (it is what she says on the phone and reads on a door); the
/// gloss says what it means.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Translation {
    /// The language's code (`en`, `ar`…).
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    /// The phones' labels, in `phones` order (`null` where none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phone_labels: Vec<Option<String>>,
}

/// Namespace of Maillage's derived UUIDs (HSDS view).
const UUID_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6d61_696c_6c61_6765_8000_0000_0000_0001);

/// A UUID that never changes for a given kind and stable id.
pub fn hsds_uuid(kind: &str, id: &str) -> String {
    uuid::Uuid::new_v5(&UUID_NAMESPACE, format!("{kind}:{id}").as_bytes()).to_string()
}

/// Words people search with that a record's own text may lack, French then
/// English: the index's synonyms, not page text.
impl Category {
    pub fn search_words(self) -> impl Iterator<Item = &'static str> {
        french_words(self)
            .iter()
            .chain(english_words(self))
            .copied()
    }
}

fn french_words(c: Category) -> &'static [&'static str] {
    match c {
        Category::Emergency => &["urgence", "danger", "secours"],
        Category::ListeningLine => &["écoute", "parler", "conseil", "violences"],
        Category::VictimSupport => &["victime", "aide", "accompagnement", "plainte"],
        Category::WomensRights => &["cidff", "droits", "femmes", "famille", "juriste"],
        Category::Justice => &["justice", "droit", "avocat", "juriste", "mjd", "plainte"],
        Category::SocialServices => &["ccas", "mairie", "social", "assistante sociale", "aide"],
        Category::Police => &["police", "gendarmerie", "commissariat", "plainte"],
        Category::Health => &["santé", "médecin", "soins", "hôpital"],
        Category::Shelter => &["hébergement", "logement", "mise à l'abri"],
        Category::Disability => &["handicap", "handicapée"],
        Category::Elderly => &["âgée", "senior", "maltraitance"],
        Category::Children => &["enfant", "jeune", "mineur"],
        Category::OnlineService => &["en ligne", "tchat", "internet"],
        Category::Housing => &[
            "logement",
            "adil",
            "bail",
            "loyer",
            "expulsion",
            "relogement",
        ],
        Category::AccessToRights => &[
            "france services",
            "démarches",
            "droits",
            "papiers",
            "caf",
            "administratif",
        ],
    }
}

fn english_words(c: Category) -> &'static [&'static str] {
    match c {
        Category::Emergency => &["emergency"],
        Category::ListeningLine => &["helpline", "listening"],
        Category::VictimSupport => &["victim", "support"],
        Category::WomensRights => &["women", "rights"],
        Category::Justice => &["justice", "legal", "lawyer"],
        Category::SocialServices => &["social", "town hall"],
        Category::Police => &["police"],
        Category::Health => &["health", "doctor"],
        Category::Shelter => &["shelter"],
        Category::Disability => &["disability"],
        Category::Elderly => &["elderly", "older"],
        Category::Children => &["children", "child", "youth"],
        Category::OnlineService => &["online", "chat"],
        Category::Housing => &["housing", "tenancy", "eviction"],
        Category::AccessToRights => &["paperwork", "benefits", "public services"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_between_counts_whole_months_only() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(months_between(d("2024-08-01"), d("2026-11-25")), 27);
        assert_eq!(months_between(d("2026-10-06"), d("2026-11-05")), 0);
        assert_eq!(months_between(d("2026-10-06"), d("2026-11-06")), 1);
        assert_eq!(months_between(d("2027-01-01"), d("2026-11-06")), 0);
    }
}
