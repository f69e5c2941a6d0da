//! The OpenAPI 3.1 document, built from the code it describes: query
//! parameters from their one list (`params::spec`, through `utoipa::IntoParams`),
//! enumerations from the domain types, problem types from the handlers. Tests
//! validate real responses against it; a snapshot makes any change a reviewed diff.

use super::error_reports::Body as ReportIn;
use super::params::{ApiLang, CommuneSearch, ResourceParams};
use super::problem::Problem;
use super::views::{CommuneList, Labels, ProblemTypes, ReportAccepted, ResourceOut, ResourcePage};
use serde_json::{json, Value};

fn problem_response(desc: &str) -> Value {
    json!({"description": desc, "content": {"application/problem+json": {"schema": schema_ref::<Problem>()}}})
}

/// A pointer to a type's schema, by the name `schemas` files it under.
fn schema_ref<T: utoipa::ToSchema>() -> Value {
    json!({"$ref": format!("#/components/schemas/{}", T::name())})
}

/// A query's parameters, from its one list (`params::spec`).
fn query_params<T: utoipa::IntoParams>() -> Vec<Value> {
    T::into_params(|| None)
        .iter()
        .map(|p| serde_json::to_value(p).unwrap_or(Value::Null))
        .collect()
}

fn errors(codes: &[(&str, &str)]) -> serde_json::Map<String, Value> {
    codes
        .iter()
        .map(|(c, d)| (c.to_string(), problem_response(d)))
        .collect()
}

const COMMON_ERRORS: [(&str, &str); 5] = [
    ("405", "Méthode non prise en charge"),
    ("406", "Accept n'admet pas JSON"),
    ("414", "URL trop longue"),
    ("431", "En-têtes trop volumineux"),
    ("429", "Trop de requêtes (voir Retry-After)"),
];

fn report_responses() -> Value {
    let mut m = serde_json::Map::new();
    m.insert(
        "202".into(),
        json!({"description": "Reçu, en attente de vérification", "content": {"application/json": {"schema": schema_ref::<ReportAccepted>()}}}),
    );
    m.extend(errors(&[
        ("400", "Corps ou champ invalide"),
        ("404", "Identifiant inconnu"),
        ("413", "Corps de plus de 4 096 octets"),
        ("415", "Corps autre que JSON"),
        (
            "503",
            "File des signalements pleine ou signalements fermés (réessayer plus tard)",
        ),
    ]));
    m.extend(errors(&COMMON_ERRORS));
    Value::Object(m)
}

fn responses(ok: Value, extra: &[(&str, &str)]) -> Value {
    let mut m = serde_json::Map::new();
    m.insert(
        "200".into(),
        json!({"description": "OK", "content": {"application/json": {"schema": ok}}}),
    );
    m.extend(errors(extra));
    m.extend(errors(&COMMON_ERRORS));
    Value::Object(m)
}

/// Lets generic testers follow a result to its own page.
fn with_link(mut r: Value) -> Value {
    r["200"]["links"] = json!({"GetFirstResource": {"operationId": "resource", "parameters": {"id": "$response.body#/results/0/id"}}});
    r
}

pub fn document() -> Value {
    let mut resource_params = vec![
        json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 200}}),
    ];
    resource_params.extend(query_params::<ApiLang>());
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Maillage API",
            "version": "1.0.0",
            "description": "Qui appeler, où aller, près d'une commune française : numéros d'urgence, lignes d'écoute, structures locales. Lecture en GET ; seul le signalement d'erreur est un POST. CORS ouvert, sans cookie. Dans v1, les champs existants ne changent ni de nom ni de sens ; de nouveaux champs ou de nouvelles valeurs peuvent apparaître.",
            "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"}
        },
        "paths": {
            "/api/v1/communes": {"get": {
                "operationId": "communes",
                "summary": "Autocomplétion de communes (nom, code postal, ancienne commune)",
                "parameters": query_params::<CommuneSearch>(),
                "responses": responses(schema_ref::<CommuneList>(), &[("400", "Paramètre invalide")]),
            }},
            "/api/v1/resources": {"get": {
                "operationId": "resources",
                "summary": "Qui appeler et où aller pour un lieu : urgence, écoute 24/7, structures locales par distance, lignes nationales",
                "description": "Le lieu : commune (code INSEE), sinon postcode (code postal), sinon lat et lon ensemble. Sans lieu, seules les lignes nationales sont renvoyées et place vaut null ; un lieu ignoré est signalé dans notice.",
                "parameters": query_params::<ResourceParams>(),
                "responses": with_link(responses(schema_ref::<ResourcePage>(), &[("400", "Paramètre invalide"), ("404", "Commune, code postal ou point inconnu")])),
            }},
            "/api/v1/resources/{id}": {"get": {
                "operationId": "resource",
                "summary": "Une fiche",
                "parameters": resource_params,
                "responses": responses(schema_ref::<ResourceOut>(), &[("400", "Paramètre invalide"), ("404", "Identifiant inconnu")]),
            }},
            "/api/v1/resources/{id}/reports": {"post": {
                "operationId": "report",
                "summary": "Signaler une erreur dans une fiche (téléphone, adresse, horaires, fermeture)",
                "description": "Le signalement est vérifié avant toute correction. N'envoyez rien de personnel : ni nom, ni situation. Aucune adresse IP, aucun navigateur ni aucune heure n'est conservé. CORS ouvert, sans cookie ni identifiants.",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 200}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": schema_ref::<ReportIn>()}}},
                "responses": report_responses(),
            }},
            "/api/v1/categories": {"get": {
                "operationId": "categories",
                "summary": "Catégories et publics, avec leurs libellés",
                "responses": responses(schema_ref::<Labels>(), &[]),
            }},
            "/api/v1/problems": {"get": {
                "operationId": "problems",
                "summary": "Les types de problèmes (RFC 9457) : le sens de chaque « type », son statut",
                "responses": responses(schema_ref::<ProblemTypes>(), &[]),
            }},
        },
        "components": {"schemas": schemas()},
    })
}

/// Every schema the paths name, and those they name in turn, from the types
/// the handlers serialise (`utoipa::ToSchema`).
fn schemas() -> Value {
    use utoipa::ToSchema;
    let mut all: Vec<(
        String,
        utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
    )> = Vec::new();
    fn add<T: ToSchema>(
        all: &mut Vec<(
            String,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )>,
    ) {
        all.push((T::name().into_owned(), T::schema()));
        T::schemas(all);
    }
    add::<CommuneList>(&mut all);
    add::<ResourcePage>(&mut all);
    add::<ResourceOut>(&mut all);
    add::<Labels>(&mut all);
    add::<ProblemTypes>(&mut all);
    add::<Problem>(&mut all);
    add::<ReportIn>(&mut all);
    add::<ReportAccepted>(&mut all);
    // Sorted by name, each once, so the document does not depend on the order above.
    let map: std::collections::BTreeMap<_, _> = all.into_iter().collect();
    serde_json::to_value(map).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    /// Any change of the published contract shows up as a reviewed diff of
    /// `snapshots/*.snap` (`INSTA_UPDATE=always`, then read the diff), never silently.
    #[test]
    fn the_openapi_document_matches_its_reviewed_snapshot() {
        insta::assert_json_snapshot!("openapi", super::document());
    }
}
