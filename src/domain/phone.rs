//! Phone numbers: ten-digit French numbers, and the national short numbers.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("numéro de téléphone invalide « {0} » : {1}")]
pub struct PhoneError(pub String, pub &'static str);

/// A dialable French number, stored as its digits only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    /// A ten-digit number (0X XX XX XX XX), in any usual writing: spaces, dots,
    /// dashes, +33 or 0033 prefix. Short numbers are refused here on purpose:
    /// local records must not carry a "30 13" that looks like a short number.
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let digits = Self::digits(raw)?;
        let national = if let Some(rest) = digits.strip_prefix("0033") {
            format!("0{rest}")
        } else if raw.trim_start().starts_with('+') {
            match digits.strip_prefix("33") {
                Some(rest) => format!("0{rest}"),
                None => {
                    return Err(PhoneError(
                        Self::shown(raw),
                        "indicatif étranger non pris en charge",
                    ))
                }
            }
        } else {
            digits
        };
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

    pub fn digits_str(&self) -> &str {
        &self.0
    }

    pub fn is_short(&self) -> bool {
        self.0.len() < 10
    }

    /// The `tel:` URI: short numbers are dialled as they are.
    pub fn tel_uri(&self) -> String {
        if self.is_short() {
            format!("tel:{}", self.0)
        } else {
            format!("tel:+33{}", &self.0[1..])
        }
    }

    /// How the number is written in France: "04 79 42 23 00", "0 800 05 95 95",
    /// "116 006", "3919".
    pub fn display(&self) -> String {
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
