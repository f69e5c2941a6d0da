//! RFC 9457 problem documents for the API, French error pages elsewhere.

use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use serde::Serialize;

/// Field doc comments are the published contract's descriptions, in French.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(description = "Un problème (RFC 9457), en application/problem+json")]
pub struct Problem {
    /// L'adresse du sens de ce problème, dans `/api/v1/problems`
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    /// En français
    pub detail: String,
    /// Le paramètre en cause
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub param: Option<String>,
}

/// A search the index could not answer: logged, and a 503 that says so,
/// never an empty list or "place not found".
impl From<crate::search::SearchError> for Problem {
    fn from(e: crate::search::SearchError) -> Self {
        tracing::error!(error = %crate::error_chain(&e), "search failed");
        Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "search-unavailable",
            crate::locale::fr::errors::SEARCH_UNAVAILABLE,
        )
    }
}

/// Every problem type the API answers with: its slug (the fragment of
/// `type`), its status, and what it means. `/api/v1/problems` serves this
/// list, so each `type` resolves to its description.
pub const TYPES: [(&str, u16, &str); 22] = [
    ("invalid-parameter", 400, "Un paramètre est invalide ; « param » le nomme et « detail » dit pourquoi."),
    ("invalid-body", 400, "Le corps JSON d'un signalement n'a pas la forme attendue."),
    ("body-not-allowed", 400, "Cette requête ne prend pas de corps."),
    ("not-found", 404, "Aucune commune ou fiche n'a cet identifiant."),
    ("method-not-allowed", 405, "Méthode non prise en charge ; l'en-tête Allow donne celles qui le sont."),
    ("not-acceptable", 406, "L'en-tête Accept n'admet pas JSON."),
    ("body-too-slow", 408, "Le corps de la requête n'est pas arrivé à temps."),
    ("body-too-large", 413, "Le corps dépasse la taille permise."),
    ("uri-too-long", 414, "L'adresse demandée dépasse 2 048 caractères."),
    ("unsupported-media-type", 415, "Le corps doit être du JSON (Content-Type: application/json)."),
    ("rate-limited", 429, "Trop de requêtes depuis cette adresse ; Retry-After dit combien de secondes attendre."),
    ("too-many-connections", 429, "Trop de connexions ouvertes depuis cette adresse ; Retry-After dit quand revenir."),
    ("too-many-open-reports", 429, "Cette fiche a déjà beaucoup de signalements en attente de vérification."),
    ("headers-too-large", 431, "Les en-têtes de la requête sont trop volumineux."),
    ("preflight-refused", 403, "Cette origine ou cette méthode n'est pas admise par la requête préalable CORS."),
    ("cross-site", 403, "Un navigateur sur un autre site ne peut pas envoyer de signalement ; un partenaire le fait depuis son serveur ou depuis une origine déclarée par l'exploitant."),
    ("internal", 500, "La réponse n'a pas pu être écrite ; réessayez."),
    ("reports-off", 503, "Les signalements ne sont pas ouverts sur ce serveur."),
    ("reports-busy", 503, "Trop de signalements en attente d'écriture ; réessayez plus tard."),
    ("search-unavailable", 503, "La recherche est momentanément indisponible ; les numéros nationaux restent valables."),
    ("not-ready", 503, "L'index n'est pas chargé."),
    ("stopping", 503, "Ce serveur s'arrête : la requête ira à un autre."),
];

impl Problem {
    pub fn new(status: StatusCode, slug: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/api/v1/problems#{slug}"),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            param: None,
        }
    }
    pub fn bad_param(param: &str, detail: impl Into<String>) -> Self {
        Self {
            param: Some(param.to_string()),
            ..Self::new(StatusCode::BAD_REQUEST, "invalid-parameter", detail)
        }
    }
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", detail)
    }
    pub fn response(&self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        HttpResponse::build(status)
            .content_type("application/problem+json")
            .json(self)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)
    }
}

impl actix_web::ResponseError for Problem {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST)
    }
    fn error_response(&self) -> HttpResponse {
        self.response()
    }
}
