//! Tantivy schema and French analysis. Tokenizers are not stored in the
//! index, so `register_tokenizers` runs every time an index is opened.

use crate::domain::Resource;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};
use tantivy::Index;

pub const FRENCH: &str = "fr_folded_stemmed";

/// Fast fields read back by the search layer.
pub const ORD: &str = "ord";
pub const FORMER: &str = "former";

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
        ord: b.add_u64_field(ORD, FAST | STORED | INDEXED),
        former: b.add_u64_field(FORMER, FAST),
        text: b.add_text_field("text", fr),
    };
    (b.build(), fields)
}

impl Fields {
    pub fn from_schema(s: &Schema) -> Result<Self, String> {
        let f = |n: &str| s.get_field(n).map_err(|e| e.to_string());
        Ok(Self {
            kind: f("kind")?,
            key: f("key")?,
            ord: f(ORD)?,
            former: f(FORMER)?,
            text: f("text")?,
        })
    }
}

/// Folding before stemming, so "hébergée" and "hebergee" meet.
pub fn french_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        // "maison de justice": "de" must neither match everything nor be required.
        .filter(
            StopWordFilter::new(Language::French)
                .unwrap_or_else(|| StopWordFilter::remove(Vec::new())),
        )
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
    t.extend(r.category.search_words().map(str::to_string));
    t.join(" \n ")
}
