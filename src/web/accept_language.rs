//! The one reading of `Accept-Language` (RFC 9110 §12.5.4), for the API's
//! text fields and the home page's offer alike, so both pick the same language.

use crate::locale::Lang;
use actix_web::HttpRequest;

/// The site's language the header ranks highest: by `q` (ties keep the
/// header's order), region subtags ignored (`pt-BR` is Portuguese). `*`
/// names no language, `q=0` refuses one, and a malformed entry is skipped.
pub fn preferred(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, u16)> = None;
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let Some(q) = quality(parts) else { continue };
        let Some(lang) = Lang::from_tag(tag).filter(|_| well_formed(tag)) else {
            continue;
        };
        if q > 0 && best.is_none_or(|(_, b)| q > b) {
            best = Some((lang, q));
        }
    }
    best.map(|(lang, _)| lang)
}

/// The request's header, read as `preferred` reads it.
pub fn of_request(req: &HttpRequest) -> Option<Lang> {
    let header = req
        .headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    preferred(header)
}

/// Letters and digits in subtags of 1 to 8, separated by hyphens.
fn well_formed(tag: &str) -> bool {
    tag.split('-')
        .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The weight in thousandths; 1 without `q`; `None` for a malformed one
/// (not `0`, `1` or a decimal between them with at most three digits).
fn quality<'a>(params: impl Iterator<Item = &'a str>) -> Option<u16> {
    let mut q = 1000;
    for p in params {
        let (k, v) = p.split_once('=')?;
        if !k.trim().eq_ignore_ascii_case("q") {
            continue;
        }
        let v = v.trim();
        let (int, frac) = v.split_once('.').unwrap_or((v, ""));
        let digits = frac.len() <= 3 && frac.bytes().all(|b| b.is_ascii_digit());
        let thousandths: u16 = format!("{frac:0<3}").parse().ok().filter(|_| digits)?;
        q = match int {
            "0" => thousandths,
            "1" if thousandths == 0 => 1000,
            _ => return None,
        };
    }
    Some(q)
}

#[cfg(test)]
mod tests {
    use super::preferred;
    use crate::locale::Lang;

    #[test]
    fn the_highest_q_wins_and_ties_keep_the_header_order() {
        assert_eq!(preferred("de-DE,de;q=0.9,en;q=0.8"), Some(Lang::En));
        assert_eq!(preferred("en;q=0.5, ar;q=0.9"), Some(Lang::Ar));
        assert_eq!(preferred("uk, ro"), Some(Lang::Uk));
        assert_eq!(preferred("tr;q=0.7, es;q=0.7"), Some(Lang::Tr));
        assert_eq!(preferred("en;q=1.000, fr;q=0.999"), Some(Lang::En));
        assert_eq!(preferred("fr;q=0.001, en;q=0"), Some(Lang::Fr));
    }

    #[test]
    fn region_subtags_and_case_are_ignored() {
        assert_eq!(preferred("pt-BR"), Some(Lang::Pt));
        assert_eq!(preferred("EN-gb;q=0.8"), Some(Lang::En));
        assert_eq!(preferred("es-419"), Some(Lang::Es));
        assert_eq!(preferred("zh-Hant-TW, ar-MA;q=0.2"), Some(Lang::Ar));
    }

    #[test]
    fn a_star_or_a_refused_language_picks_nothing() {
        assert_eq!(preferred("*"), None);
        assert_eq!(preferred("*;q=1, en;q=0.1"), Some(Lang::En));
        assert_eq!(preferred("en;q=0"), None);
        assert_eq!(preferred("de, ja"), None);
        assert_eq!(preferred(""), None);
    }

    #[test]
    fn malformed_entries_are_skipped_and_the_rest_still_count() {
        for bad in [
            "en;q=abc",
            "en;q=2",
            "en;q=1.5",
            "en;q=0.1234",
            "en;q",
            "en;q=-1",
            "e n",
            "en_GB",
            "en--GB",
            "ukrainian-language",
            ";q=1",
            ",,,",
            "\u{202e}en",
        ] {
            assert_eq!(preferred(bad), None, "{bad:?}");
            assert_eq!(
                preferred(&format!("{bad}, ro;q=0.3")),
                Some(Lang::Ro),
                "{bad:?}"
            );
        }
    }
}
