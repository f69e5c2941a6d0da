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

/// The numbers in a published phone field, each with its annotation:
/// "02 51 45 16 00 / appeler le 17 en cas d'urgence",
/// "03-85-21-90-88 et 06-40-48-40-23", "+33 2 48 68 33 57 (aux heures de permanence)".
/// Parts with fewer than six digits are annotations of the number before them.
pub fn split_phones(raw: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = vec![];
    let parts = raw
        .split(" / ")
        .flat_map(|p| p.split(" et "))
        .flat_map(|p| p.split(';'));
    for part in parts.map(str::trim).filter(|p| !p.is_empty()) {
        let end = part
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || " .-+/\u{a0}\u{202f}()".contains(*c)))
            .map(|(i, _)| i)
            .unwrap_or(part.len());
        let (number, rest) = part.split_at(end);
        let number = number.trim().trim_end_matches('(').trim();
        let note = rest
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim();
        let note = (!note.is_empty()).then(|| note.to_string());
        if number.chars().filter(char::is_ascii_digit).count() >= 6 {
            out.push((number.to_string(), note));
        } else if let Some(last) = out.last_mut() {
            let text = part
                .trim_start_matches('(')
                .trim_end_matches(')')
                .to_string();
            last.1 = Some(match last.1.take() {
                Some(prev) => format!("{prev} ; {text}"),
                None => text,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotated_and_paired_phone_fields_split_into_numbers_and_notes() {
        assert_eq!(
            split_phones("02 51 45 16 00 / appeler le 17 en cas d'urgence"),
            vec![(
                "02 51 45 16 00".to_string(),
                Some("appeler le 17 en cas d'urgence".to_string())
            )]
        );
        assert_eq!(
            split_phones("03-85-21-90-88 et 06-40-48-40-23"),
            vec![
                ("03-85-21-90-88".to_string(), None),
                ("06-40-48-40-23".to_string(), None)
            ]
        );
        assert_eq!(
            split_phones("+33 2 48 68 33 57 (aux heures de permanence)"),
            vec![(
                "+33 2 48 68 33 57".to_string(),
                Some("aux heures de permanence".to_string())
            )]
        );
        assert_eq!(
            split_phones("+33 4 74 22 39 64"),
            vec![("+33 4 74 22 39 64".to_string(), None)]
        );
        assert!(split_phones("voir le site").is_empty());
    }

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
