//! A message formatted with its variables left as `{name}` holes: what the
//! catalogue checks compare across languages.

use super::variables::pattern_variables;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeSet;

/// Why a message could not be formatted.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("message `{0}` is missing")]
    Missing(String),
    #[error("{0}: {1}")]
    Broken(String, String),
}

/// One message, with `n` a number (plural forms) when given, and every other
/// variable left as a `{name}` hole.
pub fn format_message(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    n: Option<i64>,
) -> Result<String, MessageError> {
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| MessageError::Missing(id.to_string()))?;
    let mut vars = BTreeSet::new();
    pattern_variables(pattern, &mut vars);
    let mut args = FluentArgs::new();
    for v in &vars {
        match (v.as_str(), n) {
            ("n", Some(n)) => args.set("n", FluentValue::from(n)),
            _ => args.set(v.clone(), format!("{{{v}}}")),
        }
    }
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if !errors.is_empty() {
        return Err(MessageError::Broken(id.to_string(), format!("{errors:?}")));
    }
    Ok(text.into_owned())
}
