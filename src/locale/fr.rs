//! French text.

use super::Labels;
use crate::domain::{Audience, Category};

pub static LABELS: Labels = Labels { category, audience };

pub fn category(c: Category) -> &'static str {
    match c {
        Category::Emergency => "Urgence",
        Category::ListeningLine => "Écoute et information",
        Category::VictimSupport => "Aide aux victimes",
        Category::WomensRights => "Droits des femmes (CIDFF)",
        Category::Justice => "Justice et accès au droit",
        Category::SocialServices => "Action sociale (CCAS, mairie)",
        Category::Police => "Police et gendarmerie",
        Category::Health => "Santé",
        Category::Shelter => "Hébergement",
        Category::Disability => "Handicap",
        Category::Elderly => "Personnes âgées",
        Category::Children => "Enfance et jeunesse",
        Category::OnlineService => "Service en ligne",
    }
}

pub fn audience(a: Audience) -> &'static str {
    match a {
        Audience::Everyone => "Tout public",
        Audience::Women => "Femmes",
        Audience::Children => "Enfants",
        Audience::Youth => "Jeunes",
        Audience::Elderly => "Personnes âgées",
        Audience::Disabled => "Personnes handicapées",
        Audience::Deaf => "Personnes sourdes ou malentendantes",
        Audience::Lgbt => "Personnes LGBT+",
        Audience::Witnesses => "Témoins et proches",
        Audience::Perpetrators => "Auteurs de violences",
        Audience::Professionals => "Professionnels",
    }
}

/// Words people search with that a record's own text may lack.
pub fn category_words(c: Category) -> &'static [&'static str] {
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
    }
}

/// Messages of the API's problem documents and of error pages.
pub mod errors {
    pub const EMPTY_QUERY: &str =
        "Le paramètre « {p} » est vide : indiquez une commune ou un code postal.";
    pub const TOO_LONG: &str = "Le paramètre « {p} » est trop long (100 caractères au plus).";
    pub const BAD_CHARS: &str =
        "Le paramètre « {p} » contient des caractères qui n'apparaissent pas dans un nom de lieu.";
    pub const NOT_A_NUMBER: &str = "Le paramètre « {p} » doit être un nombre.";
    pub const OUT_OF_RANGE: &str = "Le paramètre « {p} » est hors limites ({range}).";
    pub const UNKNOWN_VALUE: &str =
        "Le paramètre « {p} » a une valeur inconnue ; valeurs possibles : {values}.";
    pub const BAD_CODE: &str = "Le paramètre « {p} » n'est pas valide : {why}.";
    pub const NEED_PLACE: &str = "Indiquez un lieu : « commune » (code INSEE), « postcode » (code postal) ou « lat » et « lon ».";
    pub const ONE_PLACE: &str =
        "Indiquez un seul lieu : « commune », « postcode » ou « lat »/« lon », pas plusieurs.";
    pub const LAT_LON_PAIR: &str = "« lat » et « lon » vont ensemble.";
    pub const UNKNOWN_COMMUNE: &str = "Aucune commune n'a le code INSEE {code}.";
    pub const UNKNOWN_POSTCODE: &str = "Aucune commune n'a le code postal {code} : c'est peut-être un code CEDEX. Communes du code postal le plus proche : {near}.";
    pub const UNKNOWN_RESOURCE: &str = "Aucune fiche n'a l'identifiant demandé.";
    pub const NOT_FOUND: &str = "Cette adresse n'existe pas sur Maillage.";
    pub const BAD_QUERY_STRING: &str =
        "Les paramètres de la requête sont mal formés (encodage invalide ?).";
    pub const METHOD: &str = "Seule la méthode GET est acceptée ici.";
    pub const NOT_ACCEPTABLE: &str =
        "Cette ressource est servie en JSON (application/json ou application/problem+json).";
    pub const RATE_LIMITED: &str = "Trop de requêtes : réessayez dans quelques secondes.";
    pub const UNKNOWN_PARAM: &str = "Paramètre inconnu « {p} ».";
    pub const NOT_READY: &str = "L'index n'est pas chargé.";
}
