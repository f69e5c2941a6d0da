//! The OpenAPI 3.1 document, built from the code it describes: parameter
//! bounds from `params::bounds`, enumerations from the domain types, problem
//! types from the handlers. Tests validate real responses against it.

use super::params::bounds;
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

fn query(name: &str, desc: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema})
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

/// The language parameter, as documented on every endpoint that has text fields.
const LANG_DOC: &str = "Langue des champs de texte (category_label, does, age.text) : fr, en, ar, pt, tr, es, uk ou ro. Sans lang, l'en-tête Accept-Language choisit parmi elles ; français par défaut. La réponse porte Content-Language. description reste dans sa langue d'origine, que donne description_lang.";

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
    let list = |values: &Value| {
        let alts = values
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("|");
        json!({
            "type": "string",
            "description": "Valeurs séparées par des virgules, ou paramètre répété.",
            "pattern": format!("^,*(({alts})(,+({alts}))*)?,*$"),
        })
    };
    let boolean = json!({"type": "string", "enum": ["true", "false", "1", "0", "on", ""]});
    // The same rule as `query::check_text`: no forbidden character, at least one Latin letter or digit.
    // ECMAScript (unicode mode) allows `\` before syntax characters only.
    let refused: String = crate::search::query::FORBIDDEN
        .chars()
        .map(|c| {
            if "\\^$.*+?()[]{}|/-".contains(c) {
                format!("\\{c}")
            } else {
                c.to_string()
            }
        })
        .collect();
    // …nor an invisible format or bidi control (`query::is_format_control`).
    let class = format!("[^{refused}\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]");
    let place_text = json!({
        "type": "string", "minLength": 1, "maxLength": crate::search::query::MAX_LEN,
        "pattern": format!("^{class}*[0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]{class}*$"),
    });
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
                "parameters": [
                    {"name": "q", "in": "query", "required": true, "description": "Nom de commune ou code postal", "schema": place_text},
                    query("limit", "Nombre de communes", json!({"type": "integer", "minimum": 1, "maximum": bounds::COMMUNES_LIMIT.1, "default": bounds::COMMUNES_LIMIT.0})),
                ],
                "responses": responses(json!({"$ref": "#/components/schemas/CommuneList"}), &[("400", "Paramètre invalide")]),
            }},
            "/api/v1/resources": {"get": {
                "operationId": "resources",
                "summary": "Qui appeler et où aller pour un lieu : urgence, écoute 24/7, structures locales par distance, lignes nationales",
                "description": "Le lieu : commune (code INSEE), sinon postcode (code postal), sinon lat et lon ensemble. Sans lieu, seules les lignes nationales sont renvoyées et place vaut null ; un lieu ignoré est signalé dans notice.",
                "parameters": [
                    query("commune", "Code INSEE (2A/2B pour la Corse)", json!({"type": "string", "pattern": "^(0[1-9]|[1-9][0-9]|2[ABab])[0-9]{3}$"})),
                    query("postcode", "Code postal", json!({"type": "string", "pattern": "^[0-9]{5}$"})),
                    query("lat", "Latitude (WGS 84)", json!({"type": "number", "minimum": bounds::LAT.0, "maximum": bounds::LAT.1})),
                    query("lon", "Longitude (WGS 84)", json!({"type": "number", "minimum": bounds::LON.0, "maximum": bounds::LON.1})),
                    query("q", "Mots à chercher dans les fiches (vide : ignoré)", json!({"anyOf": [{"const": ""}, place_text]})),
                    query("category", "Catégories", list(&categories)),
                    query("audience", "Publics", list(&audiences)),
                    query("open_now", "Seulement ce qui est ouvert maintenant", boolean.clone()),
                    query("free", "Seulement ce qui est gratuit", boolean),
                    query("radius_km", "Ajouter les structures situées dans ce rayon", json!({"type": "number", "minimum": bounds::RADIUS_KM.0, "maximum": bounds::RADIUS_KM.1})),
                    query("limit", "Taille de la page", json!({"type": "integer", "minimum": 1, "maximum": bounds::RESOURCES_LIMIT.1, "default": bounds::RESOURCES_LIMIT.0})),
                    query("offset", "Décalage", json!({"type": "integer", "minimum": 0, "maximum": bounds::OFFSET_MAX, "default": 0})),
                    query("lang", LANG_DOC, json!({"enum": codes})),
                ],
                "responses": with_link(responses(json!({"$ref": "#/components/schemas/ResourcePage"}), &[("400", "Paramètre invalide"), ("404", "Commune, code postal ou point inconnu")])),
            }},
            "/api/v1/resources/{id}": {"get": {
                "operationId": "resource",
                "summary": "Une fiche",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 200}},
                    query("lang", LANG_DOC, json!({"enum": codes}))],
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
                    "description_lang": {"type": ["string", "null"], "enum": ["fr", "en", null], "description": "La langue de description (null sans description)"},
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
    /// `snapshots/*.snap` (`cargo insta review`), never silently.
    #[test]
    fn the_openapi_document_matches_its_reviewed_snapshot() {
        insta::assert_json_snapshot!("openapi", super::document());
    }
}
