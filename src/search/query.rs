//! What a person typed, parsed into a place query. Rejects what cannot be a
//! place before any lookup, with a reason the pages and the API can show.

use crate::domain::text::{place_key, words};
use crate::domain::{DepCode, InseeCode, Postcode};
use thiserror::Error;

pub const MAX_LEN: usize = 100;

#[derive(Debug, Error, PartialEq, Eq, Clone, Copy)]
pub enum QueryError {
    #[error("vide")]
    Empty,
    #[error("trop long")]
    TooLong,
    #[error("caractères non pris en charge")]
    BadChars,
    /// Letters of a script the search cannot read (Arabic, Hebrew, Chinese…):
    /// she is asked for the Latin spelling on her letters, or the postcode.
    #[error("alphabet non pris en charge")]
    OtherScript,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceQuery {
    Postcode(Postcode),
    /// Digits only, but not five: the start of a postcode being typed.
    PostcodePrefix(String),
    /// "Paris 11", "Lyon 3e", "Marseille 1er": a municipal arrondissement.
    Arrondissement(InseeCode),
    Name {
        key: String,
        dep: Option<DepCode>,
        postcode: Option<Postcode>,
    },
}

/// Characters never found in a place name; their presence means markup,
/// SQL or noise, answered with a clear 400 rather than a silent miss.
/// The OpenAPI pattern for `q` is built from this same list.
pub const FORBIDDEN: &str = "<>{}[]=;\"`|\\$%*#@^~_+&?!/:";

fn forbidden(c: char) -> bool {
    c.is_control() || FORBIDDEN.contains(c) || is_format_control(c)
}

/// Invisible format and bidirectional controls (U+202E and friends): they can
/// make a text read differently from what it is, and no place name has them.
pub fn is_format_control(c: char) -> bool {
    !c.is_control() && crate::domain::text::hidden(c)
}

/// A place is named with at most a postcode's worth of digits: more means a
/// phone number or a sentence, never a commune.
const MAX_PLACE_DIGITS: usize = 5;
/// Punctuation a place name or a postcode can carry, besides letters and digits.
const PLACE_PUNCTUATION: &str = " -'’ʼʻ.,";

/// Latin letters (with accents) and digits: a query needs at least one.
pub fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{C0}'..='\u{24F}').contains(&c) && c != '\u{D7}' && c != '\u{F7}'
}

/// Free text (a place, or words to look for): bounded, and free of markup.
pub fn check_text(input: &str) -> Result<&str, QueryError> {
    if input.chars().count() > MAX_LEN {
        return Err(QueryError::TooLong);
    }
    let s = input.trim();
    if s.is_empty() {
        return Err(QueryError::Empty);
    }
    if s.chars().any(forbidden) {
        return Err(QueryError::BadChars);
    }
    if !s.chars().any(is_name_char) {
        return Err(if s.chars().any(char::is_alphabetic) {
            QueryError::OtherScript
        } else {
            QueryError::BadChars
        });
    }
    Ok(s)
}

/// What the search field of the pages accepts: only what place names and
/// postcodes contain (letters, digits, spaces, hyphens, apostrophes, dots),
/// and no more digits than a postcode, so a link cannot carry a sentence or a
/// phone number into our page.
pub fn parse_place_field(input: &str) -> Result<PlaceQuery, QueryError> {
    let latin = crate::domain::text::transliterate(input);
    let s = check_text(latin.as_deref().unwrap_or(input))?;
    if s.chars().filter(char::is_ascii_digit).count() > MAX_PLACE_DIGITS
        || !s
            .chars()
            .all(|c| c.is_alphanumeric() || PLACE_PUNCTUATION.contains(c))
    {
        return Err(QueryError::BadChars);
    }
    parse(s)
}

pub fn parse(input: &str) -> Result<PlaceQuery, QueryError> {
    let latin = crate::domain::text::transliterate(input);
    let s = check_text(latin.as_deref().unwrap_or(input))?;
    let ws = words(s);
    if ws.is_empty() {
        return Err(QueryError::BadChars);
    }
    let compact: String = ws.concat();
    if compact.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(match Postcode::parse(&compact) {
            Ok(p) => PlaceQuery::Postcode(p),
            Err(_) => PlaceQuery::PostcodePrefix(compact.chars().take(5).collect()),
        });
    }
    if let Some(code) = arrondissement(&ws) {
        return Ok(PlaceQuery::Arrondissement(code));
    }
    // A trailing département or postcode narrows a shared name: "saint denis 974".
    let (mut dep, mut postcode, mut name_words) = (None, None, ws.as_slice());
    if ws.len() > 1 {
        let last = ws[ws.len() - 1].as_str();
        if let Ok(p) = Postcode::parse(last) {
            postcode = Some(p);
            name_words = &ws[..ws.len() - 1];
        } else if let Ok(d) = DepCode::parse(last) {
            dep = Some(d);
            name_words = &ws[..ws.len() - 1];
        }
    }
    let key = place_key(&name_words.join(" "));
    if key.is_empty() || key.bytes().all(|b| b.is_ascii_digit()) {
        return Err(QueryError::BadChars);
    }
    Ok(PlaceQuery::Name { key, dep, postcode })
}

fn arrondissement(ws: &[String]) -> Option<InseeCode> {
    if ws.len() < 2 || ws.len() > 3 {
        return None;
    }
    let n: u32 = ws[1]
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()?;
    let suffix = ws[1].trim_start_matches(|c: char| c.is_ascii_digit());
    if !matches!(suffix, "" | "e" | "er" | "eme" | "ieme" | "em") {
        return None;
    }
    if ws.len() == 3 && !ws[2].starts_with("arr") {
        return None;
    }
    let code = match ws[0].as_str() {
        "paris" if (1..=20).contains(&n) => format!("751{n:02}"),
        "lyon" if (1..=9).contains(&n) => format!("6938{n}"),
        "marseille" if (1..=16).contains(&n) => format!("132{n:02}"),
        _ => return None,
    };
    InseeCode::parse(&code).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn five_digits_are_a_postcode_never_an_insee_code() {
        assert_eq!(
            parse("01005").unwrap(),
            PlaceQuery::Postcode(Postcode::parse("01005").unwrap())
        );
        assert_eq!(
            parse(" 01 300 ").unwrap(),
            PlaceQuery::Postcode(Postcode::parse("01300").unwrap())
        );
    }

    #[test]
    fn city_and_number_is_an_arrondissement() {
        assert_eq!(
            parse("Paris 11").unwrap(),
            PlaceQuery::Arrondissement(InseeCode::parse("75111").unwrap())
        );
        assert_eq!(
            parse("lyon 3e").unwrap(),
            PlaceQuery::Arrondissement(InseeCode::parse("69383").unwrap())
        );
        assert_eq!(
            parse("Marseille 1er arrondissement").unwrap(),
            PlaceQuery::Arrondissement(InseeCode::parse("13201").unwrap())
        );
        assert!(matches!(
            parse("Paris 21").unwrap(),
            PlaceQuery::Name { .. }
        ));
    }

    #[test]
    fn a_trailing_departement_narrows_the_name() {
        match parse("saint denis 974").unwrap() {
            PlaceQuery::Name { key, dep, .. } => {
                assert_eq!(key, "saintdenis");
                assert_eq!(dep.unwrap().as_str(), "974");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_search_field_refuses_sentences_phone_numbers_and_bidi_controls() {
        assert_eq!(
            parse_place_field(
                "URGENT. Le 3919 a change. Appelez le 06.12.34.56.78 (ligne officielle)"
            )
            .unwrap_err(),
            QueryError::BadChars
        );
        assert_eq!(
            parse_place_field("Appelez le 0612345678").unwrap_err(),
            QueryError::BadChars
        );
        assert_eq!(
            parse_place_field("Belley\u{202E}").unwrap_err(),
            QueryError::BadChars
        );
        assert_eq!(parse("Bel\u{200B}ley").unwrap_err(), QueryError::BadChars);
        for ok in [
            "Belley",
            "saint denis 97400",
            "Paris 11",
            "L'Île-Saint-Denis",
            "St. Denis",
            "Faaʻa",
        ] {
            assert!(parse_place_field(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn markup_sql_and_noise_are_refused() {
        assert_eq!(parse("").unwrap_err(), QueryError::Empty);
        assert_eq!(parse("   \t ").unwrap_err(), QueryError::Empty);
        assert_eq!(parse(&"a".repeat(10_000)).unwrap_err(), QueryError::TooLong);
        assert_eq!(
            parse("<script>alert(1)</script>").unwrap_err(),
            QueryError::BadChars
        );
        assert_eq!(parse("x' OR 1=1 --").unwrap_err(), QueryError::BadChars);
        assert_eq!(parse("bel\u{0}ley").unwrap_err(), QueryError::BadChars);
        assert_eq!(
            parse("0130").unwrap(),
            PlaceQuery::PostcodePrefix("0130".into())
        );
        assert_eq!(parse("بيليه").unwrap_err(), QueryError::OtherScript);
        assert_eq!(parse("北京").unwrap_err(), QueryError::OtherScript);
        assert_eq!(parse("'''").unwrap_err(), QueryError::BadChars);
    }

    proptest! {
        /// Any text is a place query or a refusal for a reason she can be
        /// told; what parses re-parses to itself (a postcode or a name key).
        #[test]
        fn parsing_gives_a_query_or_a_stated_refusal(s in "\\PC{0,120}") {
            check_outcome(&s)?;
        }

        /// What a place name is made of is never refused.
        #[test]
        fn latin_names_with_spaces_hyphens_and_apostrophes_are_accepted(s in "[a-zA-Zéèàçô][a-zA-Zéèàçô '-]{0,60}") {
            prop_assert!(matches!(parse(&s), Ok(PlaceQuery::Name { .. })), "{:?}: {:?}", s, parse(&s));
            prop_assert!(parse_place_field(&s).is_ok(), "{:?}", s);
        }

        #[test]
        fn arbitrary_bytes_give_a_query_or_a_stated_refusal(b in proptest::collection::vec(any::<u8>(), 0..200)) {
            check_outcome(&String::from_utf8_lossy(&b))?;
        }
    }

    fn check_outcome(s: &str) -> Result<(), TestCaseError> {
        match parse(s) {
            Ok(PlaceQuery::Postcode(p)) => {
                prop_assert_eq!(parse(p.as_str()), Ok(PlaceQuery::Postcode(p.clone())));
            }
            Ok(PlaceQuery::PostcodePrefix(d)) => {
                prop_assert!(
                    (1..=5).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()),
                    "{:?}",
                    d
                );
            }
            Ok(PlaceQuery::Name { key, .. }) => {
                prop_assert!(
                    !key.is_empty() && !key.bytes().all(|b| b.is_ascii_digit()),
                    "{:?}",
                    key
                );
            }
            Ok(PlaceQuery::Arrondissement(_)) => {}
            Err(QueryError::TooLong) => {
                let latin = crate::domain::text::transliterate(s);
                prop_assert!(latin.as_deref().unwrap_or(s).chars().count() > MAX_LEN);
            }
            Err(QueryError::Empty) => prop_assert!(s.trim().is_empty(), "{:?}", s),
            Err(e) => {
                // Refused for what the (transliterated) text holds.
                let latin = crate::domain::text::transliterate(s);
                let t = latin.as_deref().unwrap_or(s);
                let letter = |c: char| is_name_char(c) && !c.is_ascii_digit();
                match e {
                    QueryError::OtherScript => prop_assert!(
                        !t.chars().any(is_name_char) && t.chars().any(char::is_alphabetic),
                        "{:?}",
                        s
                    ),
                    _ => prop_assert!(
                        t.chars().any(forbidden) || !t.chars().any(letter),
                        "{:?}",
                        s
                    ),
                }
            }
        }
        Ok(())
    }
}
