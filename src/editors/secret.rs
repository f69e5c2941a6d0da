//! Secrets: random tokens (invitations, sessions, form tokens), their
//! digests (the database keeps only those), and passwords (argon2id).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::Digest;

/// A password is at least this long (in characters).
pub const MIN_PASSWORD: usize = 12;
/// And at most this long: argon2 takes any length, a form does not need more.
pub const MAX_PASSWORD: usize = 256;

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("the system's random source failed")]
    Random,
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// `n` random bytes from the operating system.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, SecretError> {
    let mut b = vec![0u8; n];
    getrandom::fill(&mut b).map_err(|_| SecretError::Random)?;
    Ok(b)
}

/// A random token for a URL or a cookie: 32 bytes, URL-safe hexadecimal.
pub fn token() -> Result<String, SecretError> {
    Ok(hex(&random_bytes(32)?))
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// What the database keeps of a token: its SHA-256. A copy of the database
/// lets nobody open a session or use an invitation.
pub fn digest(token: &str) -> String {
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

/// Equality whose time does not depend on where the inputs differ.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The argon2id hash of a password, as a PHC string (salt and parameters inside).
pub fn hash_password(password: &str) -> Result<String, SecretError> {
    let salt =
        SaltString::encode_b64(&random_bytes(16)?).map_err(|e| SecretError::Hash(e.to_string()))?;
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| SecretError::Hash(e.to_string()))
}

/// Whether `password` is the one `phc` was made from.
pub fn check_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A hash of no one's password, checked when an address is unknown, so
/// that a sign-in takes as long whether the account exists or not.
pub fn decoy_hash() -> &'static str {
    static H: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    H.get_or_init(|| hash_password("decoy password, never anyone's").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_argon2id_and_tokens_are_kept_as_digests() {
        let h = super::hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(super::check_password("correct horse battery", &h));
        assert!(!super::check_password("correct horse batterie", &h));
        let t = super::token().unwrap();
        assert_eq!(t.len(), 64);
        assert_ne!(super::digest(&t), t);
        assert!(super::same(b"abc", b"abc") && !super::same(b"abc", b"abd"));
    }
}
