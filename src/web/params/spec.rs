//! Each API query parameter written once: the parser reads it by this name,
//! `only_known` accepts exactly these, the OpenAPI document publishes this
//! description and schema (through `utoipa::IntoParams`), the fuzz test draws
//! from them. Schemas are built in code, not with `#[derive(IntoParams)]`:
//! its attributes take literals only, and these bounds and patterns come from
//! `bounds`, the domain's enumerations and `search::query::FORBIDDEN`.

use crate::domain::{Audience, Category};
use crate::locale::Lang;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::Required;

/// One query parameter of the API.
pub struct Param {
    pub name: &'static str,
    pub doc: &'static str,
    pub required: bool,
    schema: fn() -> Schema,
}

impl Param {
    /// The parameter as the OpenAPI document publishes it.
    pub fn to_openapi(&self) -> Parameter {
        ParameterBuilder::new()
            .name(self.name)
            .parameter_in(ParameterIn::Query)
            .required(if self.required {
                Required::True
            } else {
                Required::False
            })
            .description(Some(self.doc))
            .schema(Some((self.schema)()))
            .build()
    }
}

/// A query type whose parameters are listed here, in the document's order.
pub trait Documented {
    const PARAMS: &'static [&'static Param];

    fn names() -> Vec<&'static str> {
        Self::PARAMS.iter().map(|p| p.name).collect()
    }
}

/// Parameter bounds, shared by the parsers and the OpenAPI document.
pub mod bounds {
    /// (default, maximum)
    pub const COMMUNES_LIMIT: (usize, usize) = (10, 50);
    pub const RESOURCES_LIMIT: (usize, usize) = (20, 100);
    pub const OFFSET_MAX: usize = 10_000;
    /// (minimum, maximum)
    pub const RADIUS_KM: (f64, f64) = (0.1, 100.0);
    pub const LAT: (f64, f64) = (-90.0, 90.0);
    pub const LON: (f64, f64) = (-180.0, 180.0);
    pub const HSDS_PER_PAGE: (usize, usize) = (50, 100);
    pub const HSDS_PAGE_MAX: usize = 100_000;
}

pub const COMMUNE: Param = Param {
    name: "commune",
    doc: "Code INSEE (2A/2B pour la Corse)",
    required: false,
    schema: || string_pattern("^(0[1-9]|[1-9][0-9]|2[ABab])[0-9]{3}$"),
};
pub const POSTCODE: Param = Param {
    name: "postcode",
    doc: "Code postal",
    required: false,
    schema: || string_pattern("^[0-9]{5}$"),
};
pub const LAT: Param = Param {
    name: "lat",
    doc: "Latitude (WGS 84)",
    required: false,
    schema: || number(bounds::LAT),
};
pub const LON: Param = Param {
    name: "lon",
    doc: "Longitude (WGS 84)",
    required: false,
    schema: || number(bounds::LON),
};
/// `/communes`' `q`: the place as typed, required.
pub const PLACE: Param = Param {
    name: "q",
    doc: "Nom de commune ou code postal",
    required: true,
    schema: place_text,
};
/// `/resources`' `q`: words to find in the records, empty meaning none.
pub const WORDS: Param = Param {
    name: "q",
    doc: "Mots à chercher dans les fiches (vide : ignoré)",
    required: false,
    schema: || {
        // `{"enum": [""]}` stands for `{"const": ""}`, which utoipa's model lacks.
        let empty = ObjectBuilder::new()
            .schema_type(SchemaType::AnyValue)
            .enum_values(Some([""]))
            .build();
        AnyOfBuilder::new()
            .item(empty)
            .item(place_text())
            .build()
            .into()
    },
};
pub const CATEGORY: Param = Param {
    name: "category",
    doc: "Catégories",
    required: false,
    schema: || list(Category::ALL.map(Category::id).as_slice()),
};
pub const AUDIENCE: Param = Param {
    name: "audience",
    doc: "Publics",
    required: false,
    schema: || list(Audience::ALL.map(Audience::id).as_slice()),
};
pub const OPEN_NOW: Param = Param {
    name: "open_now",
    doc: "Seulement ce qui est ouvert maintenant",
    required: false,
    schema: boolean,
};
pub const FREE: Param = Param {
    name: "free",
    doc: "Seulement ce qui est gratuit",
    required: false,
    schema: boolean,
};
pub const RADIUS_KM: Param = Param {
    name: "radius_km",
    doc: "Ajouter les structures situées dans ce rayon",
    required: false,
    schema: || number(bounds::RADIUS_KM),
};
pub const COMMUNES_LIMIT: Param = Param {
    name: "limit",
    doc: "Nombre de communes",
    required: false,
    schema: || integer(1, bounds::COMMUNES_LIMIT.1, bounds::COMMUNES_LIMIT.0),
};
pub const RESOURCES_LIMIT: Param = Param {
    name: "limit",
    doc: "Taille de la page",
    required: false,
    schema: || integer(1, bounds::RESOURCES_LIMIT.1, bounds::RESOURCES_LIMIT.0),
};
pub const OFFSET: Param = Param {
    name: "offset",
    doc: "Décalage",
    required: false,
    schema: || integer(0, bounds::OFFSET_MAX, 0),
};
pub const LANG: Param = Param {
    name: "lang",
    doc: "Langue des champs de texte (category_label, does, age.text) : fr, en, ar, pt, tr, es, uk ou ro. Sans lang, l'en-tête Accept-Language choisit parmi elles ; français par défaut. La réponse porte Content-Language. description reste dans sa langue d'origine, que donne description_lang.",
    required: false,
    schema: || {
        ObjectBuilder::new()
            .schema_type(SchemaType::AnyValue)
            .enum_values(Some(Lang::ALL.map(Lang::code)))
            .build()
            .into()
    },
};

fn string_pattern(pattern: &str) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(pattern))
        .build()
        .into()
}

fn number((min, max): (f64, f64)) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Number)
        .minimum(Some(min))
        .maximum(Some(max))
        .build()
        .into()
}

fn integer(min: usize, max: usize, default: usize) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(min))
        .maximum(Some(max))
        .default(Some(default.into()))
        .build()
        .into()
}

/// The flags' spellings, as `params::boolean` reads them.
fn boolean() -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["true", "false", "1", "0", "on", ""]))
        .build()
        .into()
}

/// Comma-separated ids, or the parameter repeated, as `params::many` reads them.
fn list(ids: &[&str]) -> Schema {
    let alts = ids.join("|");
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(
            "Valeurs séparées par des virgules, ou paramètre répété.",
        ))
        .pattern(Some(format!("^,*(({alts})(,+({alts}))*)?,*$")))
        .build()
        .into()
}

/// The same rule as `query::check_text`: no forbidden character nor invisible
/// format or bidi control, at least one Latin letter or digit. ECMAScript
/// (unicode mode) allows `\` before syntax characters only.
fn place_text() -> Schema {
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
    let class = format!("[^{refused}\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb]");
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .max_length(Some(crate::search::query::MAX_LEN))
        .pattern(Some(format!(
            "^{class}*[0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]{class}*$"
        )))
        .build()
        .into()
}
