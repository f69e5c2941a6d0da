//! The API's problem details, in French: written for the developers of
//! partner sites, the contract's language (see DESIGN.md).

/// Messages of the API's problem documents and of error pages; a message
/// about a value takes it as an argument.
pub mod errors {
    pub const BODY_NOT_ALLOWED: &str =
        "Cette requête ne prend pas de corps : envoyez-la sans contenu.";
    pub const BODY_BROKEN: &str = "Le corps de la requête est arrivé incomplet ou mal formé.";
    pub const BODY_TOO_SLOW: &str =
        "Le corps de la requête n'est pas arrivé à temps (10 secondes) : renvoyez-la.";
    pub const REPORT_CONTENT_TYPE: &str =
        "Le corps doit être du JSON (Content-Type: application/json).";
    pub const REPORT_TOO_LARGE: &str = "Le corps dépasse 4 096 octets.";
    pub const REPORT_BODY: &str = "Le corps doit être un objet JSON {\"field\": …, \"value\": …, \"comment\": …} sans autre clé.";
    pub const REPORT_BUSY: &str =
        "Trop de signalements en attente d'écriture : réessayez plus tard.";
    pub const REPORT_TOO_MANY: &str =
        "Cette fiche a déjà trop de signalements ouverts en attente de vérification.";
    pub const REPORT_CROSS_SITE: &str =
        "Un navigateur sur un autre site ne peut pas envoyer de signalement : un partenaire l'envoie depuis son serveur.";
    pub const REPORTS_OFF: &str = "Les signalements ne sont pas ouverts sur ce serveur.";
    pub fn empty_query(p: &str) -> String {
        format!("Le paramètre « {p} » est vide : indiquez une commune ou un code postal.")
    }
    pub fn too_long(p: &str) -> String {
        format!("Le paramètre « {p} » est trop long (100 caractères au plus).")
    }
    pub fn bad_chars(p: &str) -> String {
        format!("Le paramètre « {p} » contient des caractères qui n'apparaissent pas dans un nom de lieu.")
    }
    pub fn other_script(p: &str) -> String {
        format!("Le paramètre « {p} » est écrit dans un alphabet que la recherche ne lit pas : écrivez le nom de la commune en lettres latines, comme sur un courrier (Marseille), ou son code postal (13001).")
    }
    pub fn not_a_number(p: &str) -> String {
        format!("Le paramètre « {p} » doit être un nombre.")
    }
    pub fn out_of_range(p: &str, range: &str) -> String {
        format!("Le paramètre « {p} » est hors limites ({range}).")
    }
    pub fn unknown_value(p: &str, values: &str) -> String {
        format!("Le paramètre « {p} » a une valeur inconnue ; valeurs possibles : {values}.")
    }
    pub fn bad_code(p: &str, why: &str) -> String {
        format!("Le paramètre « {p} » n'est pas valide : {why}.")
    }
    pub const LAT_LON_PAIR: &str =
        "« lat » et « lon » vont ensemble : un seul des deux est ignoré.";
    pub const SEVERAL_PLACES: &str = "Plusieurs lieux indiqués : « commune » l'emporte sur « postcode », qui l'emporte sur « lat »/« lon ».";
    pub const NO_COMMUNE_NEAR: &str = "Aucune commune à moins de 50 km de ce point.";
    pub fn unknown_commune(code: &str) -> String {
        format!("Aucune commune n'a le code INSEE {code}.")
    }
    pub fn unknown_postcode(code: &str, near: &str) -> String {
        format!("Aucune commune n'a le code postal {code} : c'est peut-être un code CEDEX. Communes du code postal le plus proche : {near}.")
    }
    pub const UNKNOWN_RESOURCE: &str = "Aucune fiche n'a l'identifiant demandé.";
    pub const NOT_FOUND: &str = "Cette adresse n'existe pas sur Maillage.";
    pub const BAD_QUERY_STRING: &str =
        "Les paramètres de la requête sont mal formés (encodage invalide ?).";
    pub const METHOD: &str = "Seule la méthode GET est acceptée ici.";
    pub const PREFLIGHT_REFUSED: &str =
        "Requête préalable CORS refusée : seules les méthodes GET et HEAD sont ouvertes à tous les sites.";
    pub const NOT_ACCEPTABLE: &str =
        "Cette ressource est servie en JSON (application/json ou application/problem+json).";
    pub const RATE_LIMITED: &str = "Trop de requêtes : réessayez dans quelques secondes.";
    pub fn unknown_param(p: &str, known: &str) -> String {
        format!("Paramètre inconnu « {p} » (faute de frappe ?) ; paramètres possibles : {known}.")
    }
    pub const INTERNAL: &str = "Erreur interne : la réponse n'a pas pu être écrite.";
    pub const SEARCH_UNAVAILABLE: &str =
        "La recherche est momentanément indisponible : réessayez dans un instant. Les numéros nationaux (17, 112, 114, 3919) restent valables.";
    pub const NOT_READY: &str = "L'index n'est pas chargé.";
    pub const TOO_MANY_CONNECTIONS: &str =
        "Trop de connexions ouvertes depuis votre adresse : réessayez dans quelques secondes.";
    pub const STOPPING: &str = "Ce serveur s'arrête : les requêtes vont à un autre.";
    pub const URI_TOO_LONG: &str = "L'adresse demandée est trop longue (2 048 caractères au plus).";
    pub const HEADERS_TOO_LARGE: &str =
        "Les en-têtes de la requête sont trop volumineux (8 Ko au plus).";
}
