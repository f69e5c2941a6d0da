//! The second factor: time-based one-time passwords (RFC 6238, over the
//! HOTP of RFC 4226), HMAC-SHA-1, 6 digits, 30-second steps, as every
//! authenticator app reads them from an `otpauth://` URI.

use hmac::{Hmac, Mac};

pub const STEP_SECS: u64 = 30;
pub const DIGITS: u32 = 6;
/// Codes of the step before and after are taken too (a phone's clock drifts).
pub const SKEW_STEPS: u64 = 1;

/// HOTP (RFC 4226 §5.3): the truncated HMAC of the counter, `digits` long.
pub fn hotp_sha1(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = usize::from(h[h.len() - 1] & 0x0f);
    let bin = (u32::from(h[offset]) & 0x7f) << 24
        | u32::from(h[offset + 1]) << 16
        | u32::from(h[offset + 2]) << 8
        | u32::from(h[offset + 3]);
    bin % 10u32.pow(digits)
}

/// The step a Unix time falls in.
pub fn step_at(unix: u64) -> u64 {
    unix / STEP_SECS
}

/// The code of a step, zero-padded.
pub fn code_at_step(secret: &[u8], step: u64) -> String {
    format!(
        "{:0width$}",
        hotp_sha1(secret, step, DIGITS),
        width = DIGITS as usize
    )
}

/// The step whose code `code` is, within the allowed skew around `now`, and
/// after `last_used` (a code is taken once: a replayed one is refused).
pub fn verify(secret: &[u8], code: &str, now_unix: u64, last_used: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(now_unix);
    let mut found = None;
    // Every candidate is computed and compared in full: the time taken does
    // not say which one matched.
    for step in now.saturating_sub(SKEW_STEPS)..=now + SKEW_STEPS {
        if super::secret::same(code_at_step(secret, step).as_bytes(), code.as_bytes())
            && step > last_used
        {
            found = Some(step);
        }
    }
    found
}

/// RFC 4648 base32, upper case, without padding (what `otpauth://` wants).
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            out.push(ALPHABET[((buffer >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// The provisioning URI an authenticator app reads (as text or QR code).
pub fn otpauth_uri(secret: &[u8], account: &str) -> String {
    let enc = |s: &str| crate::domain::text::percent_encode(s, b"-._~");
    format!(
        "otpauth://totp/Maillage:{}?secret={}&issuer=Maillage&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        enc(account),
        base32(secret)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 seed and its 8-digit codes.
    #[test]
    fn totp_matches_the_rfc_6238_test_vectors() {
        let seed = b"12345678901234567890";
        for (time, want) in [
            (59u64, 94287082u32),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(hotp_sha1(seed, step_at(time), 8), want, "T = {time}");
        }
        // RFC 4226, appendix D: HOTP values 0 and 1 with 6 digits.
        assert_eq!(hotp_sha1(seed, 0, 6), 755224);
        assert_eq!(hotp_sha1(seed, 1, 6), 287082);
    }

    #[test]
    fn a_code_is_taken_once_within_the_skew_and_never_outside_it() {
        let seed = b"12345678901234567890";
        let now = 1_111_111_111;
        let code = code_at_step(seed, step_at(now));
        let step = verify(seed, &code, now, 0).unwrap();
        assert_eq!(verify(seed, &code, now, step), None, "replayed");
        assert!(verify(seed, &code, now + 30, 0).is_some(), "one step late");
        assert_eq!(verify(seed, &code, now + 95, 0), None, "three steps late");
        assert_eq!(verify(seed, "12345", now, 0), None);
        assert_eq!(verify(seed, "abcdef", now, 0), None);
    }

    #[test]
    fn base32_and_the_uri_follow_rfc_4648_and_the_key_uri_format() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(
            base32(b"12345678901234567890"),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        let uri = otpauth_uri(b"12345678901234567890", "a.b@example.fr");
        assert!(uri.starts_with("otpauth://totp/Maillage:a.b%40example.fr?secret=GEZD"));
        assert!(uri.contains("&issuer=Maillage&algorithm=SHA1&digits=6&period=30"));
    }
}
