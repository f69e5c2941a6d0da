//! Administrative codes. Each value can only be built valid, so code deeper in never re-checks.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CodeError {
    #[error("code INSEE invalide « {0} » (attendu : 5 caractères, par ex. 01034 ou 2A004)")]
    Insee(String),
    #[error("code postal invalide « {0} » (attendu : 5 chiffres)")]
    Postcode(String),
    #[error("code de département invalide « {0} » (par ex. 01, 2A, 974)")]
    Departement(String),
}

fn shown(s: &str) -> String {
    s.chars().take(20).collect()
}

/// A commune's INSEE code (COG): 5 characters, Corsica uses 2A/2B.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct InseeCode(String);

impl InseeCode {
    /// Exactly the code: a padded " 01034" is refused here, so a URL, an API
    /// parameter and a data file all name a commune one way.
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let b = s.as_bytes();
        let ok = b.len() == 5
            && (b[..2].iter().all(u8::is_ascii_digit)
                || (b[0] == b'2' && matches!(b[1], b'A' | b'B' | b'a' | b'b')))
            && b[2..].iter().all(u8::is_ascii_digit)
            && &s[..2] != "00";
        if ok {
            Ok(Self(s.to_ascii_uppercase()))
        } else {
            Err(CodeError::Insee(shown(s)))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The département this code belongs to (3 digits overseas).
    pub fn departement(&self) -> DepCode {
        let len = if self.0.starts_with("97") || self.0.starts_with("98") {
            3
        } else {
            2
        };
        DepCode(self.0[..len].to_string())
    }
}

/// A French postcode: exactly 5 ASCII digits. Not proof that La Poste uses it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let t: String = s.trim().chars().filter(|c| *c != ' ').collect();
        if t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(t))
        } else {
            Err(CodeError::Postcode(shown(s)))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn as_number(&self) -> u32 {
        self.0.parse().unwrap_or(0)
    }
    /// Postcodes share their first two digits with the département (three overseas).
    pub fn area_prefix(&self) -> &str {
        if self.0.starts_with("97") || self.0.starts_with("98") {
            &self.0[..3]
        } else {
            &self.0[..2]
        }
    }
}

/// A département code: 01–95 (2A, 2B for Corsica) or 971–989 overseas.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DepCode(String);

impl DepCode {
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        let s = s.trim().to_ascii_uppercase();
        let ok = match s.len() {
            2 => {
                s == "2A"
                    || s == "2B"
                    || (s.bytes().all(|b| b.is_ascii_digit())
                        && s != "00"
                        && s != "20"
                        && s.as_str() <= "95")
            }
            3 => matches!(s.parse::<u16>(), Ok(971..=978 | 984 | 986..=989)),
            _ => false,
        };
        if ok {
            Ok(Self(s))
        } else {
            Err(CodeError::Departement(shown(&s)))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Local time zone: overseas territories are not on Paris time.
    pub fn time_zone(&self) -> chrono_tz::Tz {
        use chrono_tz::{America, Europe, Indian, Pacific};
        match self.0.as_str() {
            "971" => America::Guadeloupe,
            "972" => America::Martinique,
            "973" => America::Cayenne,
            "974" => Indian::Reunion,
            "975" => America::Miquelon,
            "976" => Indian::Mayotte,
            "977" => America::St_Barthelemy,
            "978" => America::Marigot,
            "984" => Indian::Kerguelen,
            "986" => Pacific::Wallis,
            "987" => Pacific::Tahiti,
            "988" => Pacific::Noumea,
            "989" => chrono_tz::Etc::GMTPlus8,
            _ => Europe::Paris,
        }
    }
}

macro_rules! string_newtype {
    ($t:ty, $pattern:literal) => {
        /// In the API's contract, the same rule as `parse`, as a pattern.
        impl utoipa::PartialSchema for $t {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .pattern(Some($pattern))
                    .into()
            }
        }
        impl utoipa::ToSchema for $t {}
        impl TryFrom<String> for $t {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, CodeError> {
                Self::parse(&s)
            }
        }
        impl From<$t> for String {
            fn from(v: $t) -> String {
                v.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
string_newtype!(InseeCode, "^(?:0[1-9]|[1-9][0-9]|2[AB])[0-9]{3}$");
string_newtype!(Postcode, "^[0-9]{5}$");
string_newtype!(
    DepCode,
    "^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[46-9])$"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corsican_insee_codes_are_accepted_and_map_to_their_departement() {
        let c = InseeCode::parse("2a004").unwrap();
        assert_eq!(c.as_str(), "2A004");
        assert_eq!(c.departement().as_str(), "2A");
        assert_eq!(
            InseeCode::parse("97411").unwrap().departement().as_str(),
            "974"
        );
    }

    #[test]
    fn malformed_codes_are_rejected() {
        for bad in ["", "0103", "010345", "2C004", "AB123", "00123", "01 34"] {
            assert!(InseeCode::parse(bad).is_err(), "{bad}");
        }
        for bad in ["", "1300", "013000", "0130a"] {
            assert!(Postcode::parse(bad).is_err(), "{bad}");
        }
        for bad in ["00", "20", "96", "2C", "970", "1", "9744"] {
            assert!(DepCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn overseas_departements_have_their_own_time_zone() {
        assert_eq!(
            DepCode::parse("974").unwrap().time_zone(),
            chrono_tz::Indian::Reunion
        );
        assert_eq!(
            DepCode::parse("01").unwrap().time_zone(),
            chrono_tz::Europe::Paris
        );
    }

    /// The contract's patterns say what `parse` accepts, no more, no less
    /// (every 2- and 3-character département, every 2-character INSEE head).
    #[test]
    fn the_contracts_patterns_accept_exactly_what_parse_accepts() {
        use utoipa::PartialSchema;
        fn pattern<T: PartialSchema>() -> regex::Regex {
            let v = serde_json::to_value(T::schema()).unwrap();
            regex::Regex::new(v["pattern"].as_str().unwrap()).unwrap()
        }
        let (dep, insee, post) = (
            pattern::<DepCode>(),
            pattern::<InseeCode>(),
            pattern::<Postcode>(),
        );
        let chars = "0123456789AB";
        let heads: Vec<String> = chars
            .chars()
            .flat_map(|a| chars.chars().map(move |b| format!("{a}{b}")))
            .collect();
        for h in &heads {
            assert_eq!(DepCode::parse(h).is_ok(), dep.is_match(h), "{h}");
            for c in chars.chars() {
                let d = format!("{h}{c}");
                assert_eq!(DepCode::parse(&d).is_ok(), dep.is_match(&d), "{d}");
            }
            for tail in ["000", "123", "9A9", "12", "1234"] {
                let i = format!("{h}{tail}");
                assert_eq!(InseeCode::parse(&i).is_ok(), insee.is_match(&i), "{i}");
            }
        }
        for p in ["01300", "1300", "013000", "0130A", "97411"] {
            assert_eq!(Postcode::parse(p).is_ok(), post.is_match(p), "{p}");
        }
    }
}
