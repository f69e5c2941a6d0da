//! The OpenAPI 3.1 document, built from the code it describes: query
//! parameters from their one list (`params::spec`, through `utoipa::IntoParams`),
//! enumerations from the domain types, problem types from the handlers. Tests
//! validate real responses against it; a snapshot makes any change a reviewed diff.

use super::params::{ApiLang, CommuneSearch, ResourceParams};
use crate::domain::error_report::{Field, MAX_COMMENT, MAX_VALUE};
use crate::domain::{Audience, Category, PhoneKind};
use crate::search::{Matched, Section};
use serde_json::{json, Value};

fn ids<T: serde::Serialize>(items: impl IntoIterator<Item = T>) -> Value {
    items
        .into_iter()
        .map(|i| serde_json::to_value(i).unwrap_or(Value::Null))
        .collect()
}

fn nullable(t: &str) -> Value {
    json!({"type": [t, "null"]})
}

fn problem_response(desc: &str) -> Value {
    json!({"description": desc, "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}})
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

/// A pattern refusing controls (but `lines`: line breaks and tabs) and every
/// range of `domain::text::HIDDEN`, written the way both Python's and Rust's
/// regular expressions read it (`\uXXXX`, `\UXXXXXXXX` past the BMP).
fn visible_text(lines: &str) -> String {
    let esc = |c: char| {
        if (c as u32) > 0xFFFF {
            format!("\\U{:08X}", c as u32)
        } else {
            format!("\\u{:04X}", c as u32)
        }
    };
    let ranges: String = crate::domain::text::HIDDEN
        .iter()
        .map(|&(a, b)| {
            if a == b {
                esc(a)
            } else {
                format!("{}-{}", esc(a), esc(b))
            }
        })
        .collect();
    format!("^[^{lines}\\u007F-\\u009F{ranges}]*$")
}

fn report_responses() -> Value {
    let mut m = serde_json::Map::new();
    m.insert(
        "202".into(),
        json!({"description": "Reçu, en attente de vérification", "content": {"application/json": {"schema": {
            "type": "object", "required": ["id", "status"],
            "properties": {"id": {"type": "integer"}, "status": {"const": "open"}}
        }}}}),
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
    let categories = ids(Category::ALL.iter().map(|c| c.id()));
    let audiences = ids(Audience::ALL.iter().map(|a| a.id()));
    // A label in every language of the site, by its code.
    let codes = crate::locale::Lang::ALL.map(crate::locale::Lang::code);
    let labels = json!({
        "type": "object",
        "required": codes,
        "properties": codes.iter().map(|c| (c.to_string(), json!({"type": "string"}))).collect::<serde_json::Map<_, _>>(),
        "additionalProperties": false,
    });
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
                "responses": responses(json!({"$ref": "#/components/schemas/CommuneList"}), &[("400", "Paramètre invalide")]),
            }},
            "/api/v1/resources": {"get": {
                "operationId": "resources",
                "summary": "Qui appeler et où aller pour un lieu : urgence, écoute 24/7, structures locales par distance, lignes nationales",
                "description": "Le lieu : commune (code INSEE), sinon postcode (code postal), sinon lat et lon ensemble. Sans lieu, seules les lignes nationales sont renvoyées et place vaut null ; un lieu ignoré est signalé dans notice.",
                "parameters": query_params::<ResourceParams>(),
                "responses": with_link(responses(json!({"$ref": "#/components/schemas/ResourcePage"}), &[("400", "Paramètre invalide"), ("404", "Commune, code postal ou point inconnu")])),
            }},
            "/api/v1/resources/{id}": {"get": {
                "operationId": "resource",
                "summary": "Une fiche",
                "parameters": resource_params,
                "responses": responses(json!({"$ref": "#/components/schemas/Resource"}), &[("400", "Paramètre invalide"), ("404", "Identifiant inconnu")]),
            }},
            "/api/v1/resources/{id}/reports": {"post": {
                "operationId": "report",
                "summary": "Signaler une erreur dans une fiche (téléphone, adresse, horaires, fermeture)",
                "description": "Le signalement est vérifié avant toute correction. N'envoyez rien de personnel : ni nom, ni situation. Aucune adresse IP, aucun navigateur ni aucune heure n'est conservé. CORS ouvert, sans cookie ni identifiants.",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 200}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportIn"}}}},
                "responses": report_responses(),
            }},
            "/api/v1/categories": {"get": {
                "operationId": "categories",
                "summary": "Catégories et publics, avec leurs libellés",
                "responses": responses(json!({"$ref": "#/components/schemas/Labels"}), &[]),
            }},
            "/api/v1/problems": {"get": {
                "operationId": "problems",
                "summary": "Les types de problèmes (RFC 9457) : le sens de chaque « type », son statut",
                "responses": responses(json!({"$ref": "#/components/schemas/ProblemTypes"}), &[]),
            }},
        },
        "components": {"schemas": {
            "ProblemTypes": {
                "type": "object", "required": ["problems"], "additionalProperties": false,
                "properties": {"problems": {"type": "array", "items": {
                    "type": "object", "required": ["type", "status", "description"], "additionalProperties": false,
                    "properties": {
                        "type": {"type": "string"},
                        "status": {"type": "integer"},
                        "description": {"type": "string"}
                    }
                }}}
            },
            "ReportIn": {
                "type": "object", "required": ["field"], "additionalProperties": false,
                "properties": {
                    "field": {"enum": Field::ALL.map(Field::id)},
                    "value": {"type": ["string", "null"], "maxLength": MAX_VALUE, "pattern": visible_text("\\u0000-\\u001F"), "description": "La bonne information, si elle est connue"},
                    "comment": {"type": ["string", "null"], "maxLength": MAX_COMMENT, "pattern": visible_text("\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F"), "description": "Précisions, sans rien de personnel"}
                }
            },
            "Problem": {
                "type": "object",
                "required": ["type", "title", "status", "detail"],
                "properties": {
                    "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                    "detail": {"type": "string", "description": "En français"}, "param": {"type": "string"}
                }
            },
            "Commune": {
                "type": "object",
                "required": ["insee", "name", "kind", "postcodes", "departement", "population", "lat", "lon"],
                "properties": {
                    "insee": {"type": "string"}, "name": {"type": "string"},
                    "kind": {"enum": ["commune", "arrondissement"]},
                    "postcodes": {"type": "array", "items": {"type": "string"}},
                    "departement": {"type": "object", "required": ["code", "name"], "properties": {"code": {"type": "string"}, "name": {"type": "string"}}},
                    "population": {"type": "integer", "minimum": 0},
                    "lat": nullable("number"), "lon": nullable("number"),
                    "matched": {"enum": ids([Matched::Name, Matched::Postcode, Matched::FormerCommune, Matched::Insee, Matched::Point, Matched::NearestPostcode])},
                    "former_commune": {"type": "string"},
                    "city": {"type": "string", "description": "Pour un arrondissement : la ville"},
                    "alternatives": {"type": "array", "items": {"$ref": "#/components/schemas/Commune"}}
                }
            },
            "CommuneList": {
                "type": "object", "required": ["communes"],
                "properties": {"communes": {"type": "array", "items": {"$ref": "#/components/schemas/Commune"}}, "notice": {"type": "string"}}
            },
            "Phone": {
                "type": "object", "required": ["number", "display", "uri", "kind", "free", "label"],
                "properties": {
                    "number": {"type": "string"}, "display": {"type": "string"}, "uri": {"type": "string"},
                    "kind": {"enum": ids([PhoneKind::Voice, PhoneKind::Sms, PhoneKind::Video])},
                    "free": nullable("boolean"), "label": nullable("string")
                }
            },
            "Hours": {
                "type": "object", "required": ["always_open", "slots"],
                "properties": {
                    "always_open": {"type": "boolean"},
                    "slots": {"type": "array", "items": {"type": "object", "required": ["day", "open", "close"], "properties": {
                        "day": {"type": "integer", "minimum": 1, "maximum": 7, "description": "1 = lundi"},
                        "open": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"},
                        "close": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}
                    }}}
                }
            },
            "Resource": {
                "type": "object",
                "required": ["id", "name", "category", "category_label", "audiences", "section", "scope", "phones", "email", "website", "chat", "description", "description_lang", "does", "address", "lat", "lon", "distance_km", "hours", "hours_note", "open_now", "free", "anonymous", "accessibility", "updated", "age", "lead", "location_note", "needs_review", "source"],
                "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"},
                    "category": {"enum": categories}, "category_label": {"type": "string"},
                    "audiences": {"type": "array", "items": {"enum": audiences}},
                    "section": {"enum": ids([Some(Section::Emergency), Some(Section::Listening), Some(Section::Local), Some(Section::National), None])},
                    "scope": {"type": "object", "required": ["kind"], "properties": {
                        "kind": {"enum": ["national", "departements", "communes", "around"]},
                        "codes": {"type": "array", "items": {"type": "string"}},
                        "lat": {"type": "number"}, "lon": {"type": "number"}, "radius_km": {"type": "number"}
                    }},
                    "phones": {"type": "array", "items": {"$ref": "#/components/schemas/Phone"}},
                    "email": nullable("string"), "website": nullable("string"), "chat": nullable("string"),
                    "description": nullable("string"), "address": nullable("string"),
                    "description_lang": {"type": ["string", "null"], "enum": ["fr", "en", "ar", "pt", "tr", "es", "uk", "ro", null], "description": "La langue de description : celle demandée quand la description y est écrite (lignes nationales), sinon fr (null sans description)"},
                    "does": {"type": ["string", "null"], "description": "Ce que fait ce type de structure, dans la langue demandée (null pour les types sans cette phrase)"},
                    "lat": nullable("number"), "lon": nullable("number"), "distance_km": nullable("number"),
                    "hours": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Hours"}]},
                    "hours_note": nullable("string"), "open_now": nullable("boolean"),
                    "free": nullable("boolean"), "anonymous": nullable("boolean"),
                    "accessibility": {"type": "array", "items": {"type": "string"}},
                    "updated": {"type": "string", "format": "date", "description": "Le jour où l'éditeur de la source a confirmé l'information pour la dernière fois (jamais le jour de notre copie)."},
                    "age": {"type": "object", "required": ["months", "stale", "text"], "description": "L'âge de l'information, dérivé de `updated`.", "properties": {
                        "months": {"type": "integer", "minimum": 0},
                        "stale": {"type": "boolean", "description": "Plus de 24 mois : classée après les fiches plus récentes à distance comparable."},
                        "text": {"type": "string", "description": "En mots, par ex. « Information de 2016 — appelez avant de vous déplacer »."}
                    }},
                    "lead": {"type": "boolean", "description": "La structure la plus proche de son genre (police ou gendarmerie, aide spécialisée, France Services, mairie)."},
                    "location_note": {"oneOf": [{"type": "null"}, {"enum": ["commune_point", "itinerant"]}], "description": "commune_point : position publiée absente ou fausse, le point de la commune la remplace ; itinerant : l'adresse est la base d'un service itinérant."},
                    "needs_review": {"type": "boolean"},
                    "corrections": {"type": "array", "description": "Champs corrigés après un signalement vérifié, avec le jour de la vérification.", "items": {"type": "object", "required": ["field", "date"], "properties": {
                        "field": {"enum": ["phone", "address", "hours"]}, "date": {"type": "string", "format": "date"}
                    }}},
                    "source": {"type": "object", "required": ["name", "url", "licence", "date"], "properties": {
                        "name": {"type": "string"}, "url": nullable("string"), "licence": {"type": "string"}, "date": nullable("string")
                    }}
                }
            },
            "ResourcePage": {
                "type": "object", "required": ["place", "results", "total", "limit", "offset"],
                "properties": {
                    "place": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Commune"}]},
                    "notice": {"type": "string"},
                    "results": {"type": "array", "items": {"$ref": "#/components/schemas/Resource"}},
                    "total": {"type": "integer", "minimum": 0},
                    "limit": {"type": "integer"}, "offset": {"type": "integer"}
                }
            },
            "Labels": {
                "type": "object", "required": ["categories", "audiences"],
                "properties": {
                    "categories": {"type": "array", "items": {"type": "object", "required": ["id", "label", "label_en", "labels"], "properties": {"id": {"enum": categories}, "label": {"type": "string"}, "label_en": {"type": "string"}, "labels": labels.clone()}}},
                    "audiences": {"type": "array", "items": {"type": "object", "required": ["id", "label", "label_en", "labels"], "properties": {"id": {"enum": audiences}, "label": {"type": "string"}, "label_en": {"type": "string"}, "labels": labels.clone()}}}
                }
            }
        }}
    })
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
