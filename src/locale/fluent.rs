//! The few Fluent operations the catalogues need: a message's variables,
//! and a message formatted with its count and `{name}` holes.

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

/// Messages whose words change with a count ("1 fiche", "2 fiches"; four
/// forms in Ukrainian), formatted when the count is known.
pub struct Plurals {
    bundle: FluentBundle<FluentResource>,
}

impl Plurals {
    pub fn new(bundle: FluentBundle<FluentResource>) -> Self {
        Plurals { bundle }
    }

    /// The language's bundle, for typed messages formatted at render time.
    pub fn bundle(&self) -> &FluentBundle<FluentResource> {
        &self.bundle
    }

    /// The message `id` for `n`; other variables stay `{name}` holes. The
    /// start-up check guarantees every message the pages ask for exists.
    pub fn get(&self, id: &str, n: i64) -> String {
        format_message(&self.bundle, id, Some(n)).unwrap_or_default()
    }
}
