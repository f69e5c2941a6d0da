//! Folding of place names so that case, accents, hyphens, apostrophes,
//! articles and "st"/"saint" do not matter.

/// Lower-case ASCII words of a text, accents folded (Œ → oe).
pub fn words(s: &str) -> Vec<String> {
    let folded = deunicode::deunicode(s).to_ascii_lowercase();
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Characters refused in any text a page shows (reports, imported data):
/// controls, format characters (Unicode category Cf: bidirectional and
/// zero-width controls, tags, Arabic and Egyptian format marks…), variation
/// selectors, line and paragraph separators, and blank look-alikes. They change
/// how a text reads without being seen; a maintainer must see what was sent.
pub fn hidden(c: char) -> bool {
    c.is_control() || (c >= '\u{AD}' && HIDDEN.iter().any(|&(a, b)| (a..=b).contains(&c)))
}

/// The ranges `hidden` refuses besides controls; the API's schema builds
/// its patterns from this same list, so the contract cannot drift from it.
pub const HIDDEN: [(char, char); 27] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{2028}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{2800}', '\u{2800}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E007F}'),
    ('\u{E0100}', '\u{E01EF}'),
];

/// `hidden` as a regular expression for the API's contract, the `controls`
/// it refuses given by the caller (a comment keeps line breaks): `\uXXXX`,
/// `\UXXXXXXXX` past the BMP, as both Python's and Rust's engines read it.
pub fn visible_pattern(controls: &str) -> String {
    let esc = |c: char| {
        if (c as u32) > 0xFFFF {
            format!("\\U{:08X}", c as u32)
        } else {
            format!("\\u{:04X}", c as u32)
        }
    };
    let ranges: String = HIDDEN
        .iter()
        .map(|&(a, b)| {
            if a == b {
                esc(a)
            } else {
                format!("{}-{}", esc(a), esc(b))
            }
        })
        .collect();
    format!("^[^{controls}\\u007F-\\u009F{ranges}]*$")
}

/// An imported text as a page may show it: hidden characters dropped, each
/// line break and tab a plain space.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => Some(' '),
                c if hidden(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// A name typed in Cyrillic or Greek, written in Latin letters the way French
/// place names are spelt (й → y, у → ou, ж → j): "Беллей" → "belley". Other
/// characters are kept; None when there is nothing to transliterate.
pub fn transliterate(s: &str) -> Option<String> {
    fn latin(c: char) -> Option<&'static str> {
        Some(match c {
            'а' | 'α' | 'ά' => "a",
            'б' => "b",
            'в' | 'β' => "v",
            'г' | 'ґ' | 'γ' => "g",
            'д' | 'δ' => "d",
            'е' | 'ё' | 'э' | 'ε' | 'έ' => "e",
            'є' => "ie",
            'ж' => "j",
            'з' | 'ζ' => "z",
            'и' | 'і' | 'ї' | 'η' | 'ή' | 'ι' | 'ί' | 'ϊ' | 'ΐ' => "i",
            'й' | 'ы' | 'υ' | 'ύ' | 'ϋ' | 'ΰ' => "y",
            'к' | 'κ' => "k",
            'л' | 'λ' => "l",
            'м' | 'μ' => "m",
            'н' | 'ν' => "n",
            'о' | 'ο' | 'ό' | 'ω' | 'ώ' => "o",
            'п' | 'π' => "p",
            'р' | 'ρ' => "r",
            'с' | 'σ' | 'ς' => "s",
            'т' | 'τ' => "t",
            'у' => "ou",
            'ф' | 'φ' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "tch",
            'ш' | 'χ' => "ch",
            'щ' => "chtch",
            'ъ' | 'ь' => "",
            'ю' => "iou",
            'я' => "ia",
            'θ' => "th",
            'ξ' => "x",
            'ψ' => "ps",
            _ => return None,
        })
    }
    let lower = s.to_lowercase();
    if !lower.chars().any(|c| latin(c).is_some()) {
        return None;
    }
    // A final "ль" is how French "-lle" is written ("Марсель", "Лілль").
    let lower = lower
        .split(' ')
        .map(|w| match w.strip_suffix("ль") {
            Some(stem) if !stem.is_empty() => format!("{stem}lle"),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(
        lower
            .chars()
            .map(|c| latin(c).map_or_else(|| c.to_string(), str::to_string))
            .collect(),
    )
}

const ARTICLES: [&str; 5] = ["le", "la", "les", "l", "l'"];

/// The lookup key of a place name: folded words, saint forms expanded, leading
/// article dropped, joined without separators ("St-Maurice" = "saint maurice").
pub fn place_key(s: &str) -> String {
    let mut ws = words(s);
    if ws.len() > 1 && ARTICLES.contains(&ws[0].as_str()) {
        ws.remove(0);
    }
    ws.iter()
        .map(|w| match w.as_str() {
            "st" => "saint",
            "ste" => "sainte",
            "sts" => "saints",
            "stes" => "saintes",
            other => other,
        })
        .collect()
}

/// Every byte but ASCII letters, digits and `keep` percent-encoded: for an
/// id in a link or a value in a URI, whatever a record or an address holds.
pub fn percent_encode(s: &str, keep: &[u8]) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || keep.contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Letters, digits and the kept bytes pass; anything else, UTF-8
    /// included, is encoded byte by byte.
    #[test]
    fn percent_encoding_keeps_only_what_is_asked() {
        assert_eq!(percent_encode("dila:a_b.c-d", b":_.-"), "dila:a_b.c-d");
        assert_eq!(percent_encode("a@b é/?", b"-._~"), "a%40b%20%C3%A9%2F%3F");
        assert_eq!(percent_encode("a:b", b"-._~"), "a%3Ab");
    }

    #[test]
    fn tags_separators_and_format_characters_are_hidden_characters() {
        for c in [
            '\u{E0041}',
            '\u{E0001}',
            '\u{E0100}',
            '\u{2028}',
            '\u{2029}',
            '\u{202E}',
            '\u{1D173}',
            '\u{13430}',
            '\u{110BD}',
            '\u{1BCA0}',
            '\u{2800}',
            '\u{0}',
        ] {
            assert!(hidden(c), "{:X}", c as u32);
        }
        for c in ['a', 'é', 'ي', 'Б', ' ', '’'] {
            assert!(!hidden(c), "{c}");
        }
        assert_eq!(visible("Bel\u{202E}ley\u{E0041}"), "Belley");
        assert_eq!(visible("a\nb"), "a b");
    }

    #[test]
    fn cyrillic_and_greek_names_are_written_in_latin_letters() {
        assert_eq!(transliterate("Беллей").as_deref(), Some("belley"));
        assert_eq!(transliterate("Марсель").as_deref(), Some("marselle"));
        assert_eq!(transliterate("Тулуза").as_deref(), Some("toulouza"));
        assert_eq!(transliterate("Λυών").as_deref(), Some("lyon"));
        assert_eq!(transliterate("Belley"), None);
        assert_eq!(transliterate("بيليه"), None);
    }

    #[test]
    fn writings_of_one_name_share_a_key() {
        let k = place_key("Saint-Maurice-de-Beynost");
        for v in [
            "st maurice de beynost",
            "ST-MAURICE-DE-BEYNOST",
            "Saint Maurice de Beynost",
        ] {
            assert_eq!(place_key(v), k);
        }
        assert_eq!(
            place_key("L'Abergement-Clémenciat"),
            place_key("abergement clemenciat")
        );
        assert_eq!(
            place_key("Sainte-Foy-lès-Lyon"),
            place_key("ste foy les lyon")
        );
        assert_eq!(place_key("Plateau d'Hauteville"), "plateaudhauteville");
        assert_eq!(place_key("Œuilly"), "oeuilly");
    }

    fn variant(name: &str, upper: bool, strip_accents: bool, spaces: bool, st: bool) -> String {
        let mut s = name.to_string();
        if st {
            s = s.replace("Saint-", "St-").replace("Sainte-", "Ste-");
        }
        if strip_accents {
            s = deunicode::deunicode(&s);
        }
        if spaces {
            s = s.replace(['-', '\''], " ");
        }
        if upper {
            s.to_uppercase()
        } else {
            s.to_lowercase()
        }
    }

    proptest! {
        #[test]
        fn case_accents_hyphens_and_saint_forms_do_not_change_the_key(
            name in prop::sample::select(vec![
                "Saint-Étienne", "Sainte-Anne-d'Auray", "L'Haÿ-les-Roses", "Châlons-en-Champagne",
                "Saint-Trivier-de-Courtes", "Le Puy-en-Velay", "Île-d'Yeu", "Bœurs-en-Othe",
            ]),
            upper: bool, strip: bool, spaces: bool, st: bool,
        ) {
            prop_assert_eq!(place_key(&variant(name, upper, strip, spaces, st)), place_key(name));
        }

        #[test]
        fn folding_never_panics(s in "\\PC{0,200}") {
            let k = place_key(&s);
            prop_assert!(k.bytes().all(|b| b.is_ascii_alphanumeric()));
        }
    }
}
