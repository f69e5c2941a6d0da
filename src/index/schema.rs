//! Tantivy schema and French analysis. Tokenizers are not stored in the
//! index, so `register_tokenizers` runs every time an index is opened.

use crate::domain::{Resource, Scope};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::Index;

pub const FRENCH: &str = "fr_folded_stemmed";

#[derive(Clone, Copy)]
pub struct Fields {
    /// "place" or "resource".
    pub kind: Field,
    /// Folded place key (one token): exact and fuzzy place lookup.
    pub key: Field,
    /// Position in the catalogue's communes or resources.
    pub ord: Field,
    /// 1 when the key is a former commune's name.
    pub former: Field,
    /// Resource text, French analysis.
    pub text: Field,
    /// Where a resource serves: "fr", "dep:01", "com:01034".
    pub area: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fr = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(FRENCH)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        kind: b.add_text_field("kind", STRING),
        key: b.add_text_field("key", STRING),
        ord: b.add_u64_field("ord", FAST | STORED | INDEXED),
        former: b.add_u64_field("former", FAST),
        text: b.add_text_field("text", fr),
        area: b.add_text_field("area", STRING),
    };
    (b.build(), fields)
}

impl Fields {
    pub fn from_schema(s: &Schema) -> Result<Self, String> {
        let f = |n: &str| s.get_field(n).map_err(|e| e.to_string());
        Ok(Self {
            kind: f("kind")?,
            key: f("key")?,
            ord: f("ord")?,
            former: f("former")?,
            text: f("text")?,
            area: f("area")?,
        })
    }
}

/// Folding before stemming, so "hébergée" and "hebergee" meet.
pub fn french_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::French))
        .build()
}

pub fn register_tokenizers(index: &Index) {
    index.tokenizers().register(FRENCH, french_analyzer());
}

pub fn resource_text(r: &Resource) -> String {
    let mut t = vec![r.name.clone(), r.category.id().replace('_', " ")];
    t.extend(r.description.clone());
    t.extend(r.address.iter().flatten().cloned());
    t.extend(r.audiences.iter().map(|a| a.id().to_string()));
    t.extend(
        crate::locale::fr::category_words(r.category)
            .iter()
            .chain(crate::locale::en::category_words(r.category))
            .map(|s| s.to_string()),
    );
    t.join(" \n ")
}

pub fn areas(r: &Resource) -> Vec<String> {
    match &r.scope {
        Scope::National => vec!["fr".into()],
        Scope::Departements { codes } => codes.iter().map(|c| format!("dep:{c}")).collect(),
        Scope::Communes { codes } => codes.iter().map(|c| format!("com:{c}")).collect(),
        Scope::Around { .. } => vec!["around".into()],
    }
}
