//! Checks shared by every reader for loose text fields (e-mail, web address).

/// A plausible e-mail address: one '@', no spaces, a dot in the domain.
pub fn email(s: &str) -> Result<String, String> {
    let s = s.trim();
    let ok = s.split('@').count() == 2
        && !s.contains(char::is_whitespace)
        && s.split('@')
            .nth(1)
            .is_some_and(|d| d.contains('.') && !d.starts_with('.') && !d.ends_with('.'))
        && !s.starts_with('@')
        && s.len() <= 254;
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!(
            "adresse e-mail invalide « {} »",
            s.chars().take(60).collect::<String>()
        ))
    }
}

/// An http(s) address; a bare domain ("www.example.fr") gets https:// added.
pub fn website(s: &str) -> Result<String, String> {
    let s = s.trim();
    let full = if s.starts_with("http://") || s.starts_with("https://") {
        s.to_string()
    } else if !s.contains(['@', ':']) && s.contains('.') {
        format!("https://{s}")
    } else {
        return Err(format!(
            "adresse web invalide « {} »",
            s.chars().take(60).collect::<String>()
        ));
    };
    let host = full
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split('/')
        .next()
        .unwrap_or("");
    if host.contains('.')
        && !full.contains(char::is_whitespace)
        && !full.contains(['"', '<', '>'])
        && full.len() <= 500
    {
        Ok(full)
    } else {
        Err(format!(
            "adresse web invalide « {} »",
            s.chars().take(60).collect::<String>()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_web_and_mail_fields_are_checked() {
        assert_eq!(website("www.belley.fr").unwrap(), "https://www.belley.fr");
        assert!(website("javascript:alert(1)").is_err());
        assert!(website("https://exa mple.fr").is_err());
        assert!(email("mairie@belley.fr").is_ok());
        assert!(email("mairie@@belley.fr").is_err());
        assert!(email("mairie belley.fr").is_err());
    }
}
