//! Phone numbers: ten-digit numbers of the French plan (mainland and the
//! overseas départements), the national short numbers, and the numbers of
//! the overseas collectivities that have their own country code.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("numéro de téléphone invalide « {0} » : {1}")]
pub struct PhoneError(pub String, pub &'static str);

/// A dialable number: the ten national digits for the French plan, or `+` and
/// the international digits for New Caledonia, Polynesia, Wallis and Futuna,
/// Saint-Pierre-et-Miquelon.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    /// A ten-digit number (0X XX XX XX XX), in any usual writing: spaces, dots,
    /// dashes, +33 or 0033 prefix. Short numbers are refused here on purpose:
    /// local records must not carry a "30 13" that looks like a short number.
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let digits = Self::digits(raw)?;
        let international = raw.trim_start().starts_with('+') || digits.starts_with("00");
        let national = if international {
            return Self::international(raw, digits.trim_start_matches("00"));
        } else {
            digits
        };
        Self::french_plan(raw, national)
    }

    fn french_plan(raw: &str, national: String) -> Result<Self, PhoneError> {
        if national.len() != 10 {
            return Err(PhoneError(
                Self::shown(raw),
                "un numéro français a 10 chiffres",
            ));
        }
        if !national.starts_with('0') || national.as_bytes()[1] == b'0' {
            return Err(PhoneError(
                Self::shown(raw),
                "un numéro français commence par 01 à 09",
            ));
        }
        Ok(Self(national))
    }

    /// `+33 …`, `+590 5 90 …`, `+687 27 50 00`: checked against the ITU plans
    /// (libphonenumber metadata), never completed by guessing.
    fn international(raw: &str, digits: &str) -> Result<Self, PhoneError> {
        use phonenumber::country::Id;
        // Mayotte kept the Comoros code +269 until 2007; the DILA still writes it.
        let digits = match digits.strip_prefix("269") {
            Some(rest) if rest.starts_with("269") || rest.starts_with("639") => {
                format!("262{rest}")
            }
            _ => digits.to_string(),
        };
        // +33 and the nine national digits is the national number, whatever the
        // range (the DILA writes overseas départements as +33 5 90 …).
        if let Some(rest) = digits.strip_prefix("33").filter(|r| r.len() == 9) {
            return Self::french_plan(raw, format!("0{rest}"));
        }
        let parsed = phonenumber::parse(None, format!("+{digits}"))
            .map_err(|_| PhoneError(Self::shown(raw), "numéro international illisible"))?;
        if !phonenumber::is_valid(&parsed) {
            return Err(PhoneError(
                Self::shown(raw),
                "numéro incomplet ou hors plan de numérotation (indicatif de zone manquant ?)",
            ));
        }
        let national = parsed.national().value().to_string();
        match parsed.country().id() {
            Some(Id::FR | Id::GP | Id::GF | Id::MQ | Id::RE | Id::YT | Id::BL | Id::MF) => {
                Self::french_plan(raw, format!("0{national}"))
            }
            Some(Id::NC | Id::PF | Id::WF | Id::PM) => {
                Ok(Self(format!("+{}{national}", parsed.code().value())))
            }
            _ => Err(PhoneError(
                Self::shown(raw),
                "indicatif étranger non pris en charge",
            )),
        }
    }

    /// A ten-digit number, or a national short number (17, 112, 114, 3919,
    /// 116 006…): only for hand-kept national lines.
    pub fn parse_national_line(raw: &str) -> Result<Self, PhoneError> {
        let digits = Self::digits(raw)?;
        let short = match digits.len() {
            2 => digits.starts_with('1'),
            3 => digits.starts_with('1'),
            4 => digits.starts_with('3'),
            6 => digits.starts_with("116"),
            _ => false,
        };
        if short {
            Ok(Self(digits))
        } else {
            Self::parse(raw)
        }
    }

    fn digits(raw: &str) -> Result<String, PhoneError> {
        let mut out = String::new();
        for (i, c) in raw.trim().chars().enumerate() {
            match c {
                '0'..='9' => out.push(c),
                ' ' | '.' | '-' | '\u{a0}' | '\u{202f}' | '(' | ')' | '/' => {}
                '+' if i == 0 => {}
                _ => return Err(PhoneError(Self::shown(raw), "caractère inattendu")),
            }
        }
        if out.is_empty() {
            return Err(PhoneError(Self::shown(raw), "aucun chiffre"));
        }
        Ok(out)
    }

    fn shown(raw: &str) -> String {
        raw.chars().take(30).collect()
    }

    /// Whether a number can belong to a place in `dep`: the geographic
    /// prefixes of an overseas département are its own (ARCEP numbering
    /// plan), and an overseas place has no mainland geographic number.
    /// Mobile, 08 and 09 numbers fit anywhere; mainland zones (01–05) are not
    /// judged between mainland départements, whose borders they do not follow.
    pub fn fits(&self, dep: &super::codes::DepCode) -> bool {
        const OVERSEAS: [(&str, &[&str]); 6] = [
            ("0262", &["974"]),
            ("0263", &["974"]),
            ("0269", &["976"]),
            ("0590", &["971", "977", "978"]),
            ("0594", &["973"]),
            ("0596", &["972"]),
        ];
        let d = self.digits_str();
        if let Some((_, deps)) = OVERSEAS.iter().find(|(p, _)| d.starts_with(p)) {
            return deps.contains(&dep.as_str());
        }
        let mainland_geographic = matches!(d.get(..2), Some("01" | "02" | "03" | "04" | "05"));
        !(mainland_geographic && matches!(dep.as_str(), "971" | "972" | "973" | "974" | "976"))
    }

    pub fn digits_str(&self) -> &str {
        &self.0
    }

    pub fn is_short(&self) -> bool {
        self.0.len() < 10 && !self.0.starts_with('+')
    }

    /// Premium-rate (08 1x to 08 9x) costs more than a call; 0800–0805 are free.
    pub fn is_free_number(&self) -> Option<bool> {
        let d = self.0.as_bytes();
        if self.0.len() == 10 && d[0] == b'0' && d[1] == b'8' {
            Some(d[2] == b'0' && d[3] <= b'5')
        } else {
            None
        }
    }

    /// 08 1x to 08 9x: a call costs more than an ordinary one.
    pub fn is_premium(&self) -> bool {
        let d = self.0.as_bytes();
        self.0.len() == 10 && d[0] == b'0' && d[1] == b'8' && d[2] != b'0'
    }

    /// The `tel:` URI: short numbers are dialled as they are.
    pub fn tel_uri(&self) -> String {
        if self.is_short() || self.0.starts_with('+') {
            return format!("tel:{}", self.0);
        }
        // Overseas départements dial from abroad with their own code (ARCEP plan).
        let code = match &self.0[..4] {
            "0590" | "0690" | "0691" => "590",
            "0594" | "0694" => "594",
            "0596" | "0696" | "0697" => "596",
            "0262" | "0263" | "0692" | "0693" | "0269" | "0639" => "262",
            _ => "33",
        };
        format!("tel:+{code}{}", &self.0[1..])
    }

    /// How the number is written in France: "04 79 42 23 00", "0 800 05 95 95",
    /// "116 006", "3919".
    pub fn display(&self) -> String {
        if let Some(rest) = self.0.strip_prefix('+') {
            // +687 27 50 00, +689 40 50 00 00: the code, then pairs.
            let code_len = 3;
            let (code, n) = rest.split_at(code_len.min(rest.len()));
            let pairs: Vec<&str> = n
                .as_bytes()
                .chunks(2)
                .map(|c| std::str::from_utf8(c).unwrap_or_default())
                .collect();
            return format!("+{code} {}", pairs.join(" "));
        }
        match self.0.len() {
            10 if self.0.starts_with("08") => {
                let d = &self.0;
                format!("0 {} {} {} {}", &d[1..4], &d[4..6], &d[6..8], &d[8..10])
            }
            10 => self
                .0
                .as_bytes()
                .chunks(2)
                .map(|c| std::str::from_utf8(c).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" "),
            6 => format!("{} {}", &self.0[..3], &self.0[3..]),
            _ => self.0.clone(),
        }
    }
}

impl TryFrom<String> for Phone {
    type Error = PhoneError;
    fn try_from(s: String) -> Result<Self, PhoneError> {
        Self::parse_national_line(&s)
    }
}
impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}
impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overseas_prefix_fits_only_its_own_territory() {
        let dep = |d: &str| crate::domain::DepCode::parse(d).unwrap();
        let p = |n: &str| Phone::parse(n).unwrap();
        assert!(
            !p("02 62 61 43 21").fits(&dep("976")),
            "a Réunion number in Mayotte"
        );
        assert!(p("02 62 61 43 21").fits(&dep("974")));
        assert!(p("02 69 61 12 34").fits(&dep("976")));
        assert!(!p("05 90 12 34 56").fits(&dep("73")));
        assert!(
            !p("04 79 81 29 06").fits(&dep("973")),
            "a mainland number in Guyane"
        );
        assert!(p("04 79 81 29 06").fits(&dep("01")));
        assert!(p("06 12 34 56 78").fits(&dep("976")));
        assert!(p("08 00 00 00 00").fits(&dep("974")));
    }
    use proptest::prelude::*;

    #[test]
    fn other_writings_normalise_to_the_same_number() {
        assert_eq!(
            Phone::parse("01.40.47.06.06").unwrap().display(),
            "01 40 47 06 06"
        );
        assert_eq!(
            Phone::parse("0652136577").unwrap().display(),
            "06 52 13 65 77"
        );
        assert_eq!(
            Phone::parse("+33 6 52 13 65 77").unwrap().display(),
            "06 52 13 65 77"
        );
        assert_eq!(
            Phone::parse("0033652136577").unwrap().tel_uri(),
            "tel:+33652136577"
        );
        assert_eq!(
            Phone::parse("0 800 05 95 95").unwrap().display(),
            "0 800 05 95 95"
        );
    }

    #[test]
    fn overseas_writings_of_the_dila_are_read_and_dialled_with_their_own_code() {
        let gp = Phone::parse("+590 5 90 89 43 63").unwrap();
        assert_eq!(gp.display(), "05 90 89 43 63");
        assert_eq!(gp.tel_uri(), "tel:+590590894363");
        assert_eq!(
            Phone::parse("+262 2 62 41 00 00").unwrap().tel_uri(),
            "tel:+262262410000"
        );
        assert_eq!(
            Phone::parse("+269 2 69 61 00 00").unwrap().display(),
            "02 69 61 00 00"
        );
        assert_eq!(
            Phone::parse("+ 33 4 74 22 39 64").unwrap().display(),
            "04 74 22 39 64"
        );
        let nc = Phone::parse("+687 27 50 00").unwrap();
        assert_eq!(
            (nc.display(), nc.tel_uri()),
            ("+687 27 50 00".into(), "tel:+687275000".into())
        );
        assert_eq!(
            Phone::parse("+689 40 50 00 00").unwrap().display(),
            "+689 40 50 00 00"
        );
        assert!(Phone::parse("+508 41 00 00").is_ok());
        assert!(Phone::parse("+681 72 00 00").is_ok());
    }

    #[test]
    fn an_overseas_number_short_of_its_area_digits_is_refused_not_repaired() {
        let e = Phone::parse("+590 85 19 50").unwrap_err();
        assert!(e.1.contains("incomplet"), "{e}");
        assert!(Phone::parse("+44 20 7946 0000").is_err());
    }

    #[test]
    fn only_08_1x_to_08_9x_are_premium() {
        assert!(Phone::parse("0825 00 00 00").unwrap().is_premium());
        assert!(!Phone::parse("0806 00 00 00").unwrap().is_premium());
        assert!(!Phone::parse("01 40 47 06 06").unwrap().is_premium());
    }

    #[test]
    fn premium_rate_numbers_are_not_free() {
        assert_eq!(
            Phone::parse("0820 20 11 11").unwrap().is_free_number(),
            Some(false)
        );
        assert_eq!(
            Phone::parse("0825 00 00 00").unwrap().is_free_number(),
            Some(false)
        );
        assert_eq!(
            Phone::parse("0 800 05 95 95").unwrap().is_free_number(),
            Some(true)
        );
        assert_eq!(
            Phone::parse("04 74 22 39 64").unwrap().is_free_number(),
            None
        );
    }

    #[test]
    fn nine_digit_and_short_local_numbers_are_rejected() {
        assert!(Phone::parse("0800 300 30").is_err());
        assert!(Phone::parse("30 13").is_err());
        assert!(Phone::parse("05 49 65 12 6").is_err());
        assert!(Phone::parse("3919").is_err());
        assert!(Phone::parse("00 12 34 56 78").is_err());
        assert!(Phone::parse("04 79 42 23 00 poste 12").is_err());
    }

    #[test]
    fn national_short_numbers_are_written_as_people_know_them() {
        assert_eq!(
            Phone::parse_national_line("3919").unwrap().display(),
            "3919"
        );
        assert_eq!(
            Phone::parse_national_line("116 006").unwrap().display(),
            "116 006"
        );
        assert_eq!(
            Phone::parse_national_line("112").unwrap().tel_uri(),
            "tel:112"
        );
        assert!(Phone::parse_national_line("4919").is_err());
    }

    proptest! {
        #[test]
        fn parsing_never_panics_and_valid_numbers_round_trip(s in "\\PC{0,40}") {
            if let Ok(p) = Phone::parse(&s) {
                prop_assert_eq!(Phone::parse(&p.display()).unwrap(), p);
            }
        }

        #[test]
        fn separators_do_not_change_the_number(d in "0[1-9][0-9]{8}", sep in "[ .-]?") {
            let written: String = d.as_bytes().chunks(2)
                .map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(&sep);
            let p = Phone::parse(&written).unwrap();
            prop_assert_eq!(p.digits_str(), d.as_str());
        }
    }
}
