//! The essentials in the languages the rest of the site does not speak yet:
//! one page per language (numbers, what each is for, a search, safety), one
//! sentence for the multilingual poster, and the line that offers the page.
//! The text is in Project Fluent catalogues, `locales/<code>.ftl`, one file a
//! language, French (`fr.ftl`) the source; numbers are never written there,
//! they come from the data through `{ $line }`, `{ $police }`, `{ $eu }`,
//! `{ $sms }`. The files are built into the binary and read once at start.
//!
//! To add a language: copy `locales/fr.ftl` to `locales/<code>.ftl`, translate
//! every message keeping its variables (plural forms with `{ $n -> … }`), set
//! `language-reviewed = no`, and add the file to `SOURCES`; the route, the
//! menu and the poster follow. A native speaker's review sets it to `yes`
//! (none yet; start with `line`, `poster` and the safety lines).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::sync::OnceLock;

/// One language's essentials, formatted from its catalogue. Every message is
/// required: a page never falls back to another language.
pub struct Essentials {
    /// BCP 47 code, also the URL prefix (`/ar/`).
    pub code: &'static str,
    /// The language's name in its own script, for the language menu.
    pub name: &'static str,
    pub rtl: bool,
    /// Whether a native speaker has reviewed this translation.
    pub reviewed: bool,
    pub title: &'static str,
    pub lead: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    /// "Press {n} more times…" after one or two presses of Shift.
    pub exit_press_more: &'static str,
    pub exit_press_once: &'static str,
    pub skip: &'static str,
    pub danger_h: &'static str,
    pub police: &'static str,
    pub eu: &'static str,
    pub sms: &'static str,
    pub listen_h: &'static str,
    pub line: &'static str,
    pub child: &'static str,
    pub find_h: &'static str,
    pub find_label: &'static str,
    pub find_button: &'static str,
    pub find_note: &'static str,
    pub safety_h: &'static str,
    pub safety: [&'static str; 2],
    /// One sentence for the multilingual poster, with the numbers as placeholders.
    pub poster: &'static str,
    /// The line offering this page on the French home page.
    pub offer: &'static str,
    pub languages: &'static str,
}

/// The catalogues: French, the source, then each language the essentials
/// pages are published in, in the order of the language menu.
const SOURCE: &str = include_str!("../../locales/fr.ftl");
const SOURCES: [(&str, &str); 6] = [
    ("ar", include_str!("../../locales/ar.ftl")),
    ("pt", include_str!("../../locales/pt.ftl")),
    ("tr", include_str!("../../locales/tr.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
    ("uk", include_str!("../../locales/uk.ftl")),
    ("ro", include_str!("../../locales/ro.ftl")),
];

/// Why a catalogue could not be used; the server refuses to start with it.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("locales/{code}.ftl: {what}")]
    Broken { code: String, what: String },
    #[error("locales/{code}.ftl: message `{id}` is missing (every message of fr.ftl is required)")]
    Missing { code: String, id: String },
}

/// Every language's essentials, read once; empty if a catalogue is broken
/// (`load` says why, and `maillage serve` refuses to start).
pub fn all() -> &'static [Essentials] {
    load().map(|v| v.as_slice()).unwrap_or(&[])
}

pub fn load() -> Result<&'static Vec<Essentials>, &'static CatalogueError> {
    static ALL: OnceLock<Result<Vec<Essentials>, CatalogueError>> = OnceLock::new();
    ALL.get_or_init(|| {
        // The source must hold every message too: it is what translators copy.
        parse("fr", SOURCE)?;
        SOURCES.iter().map(|(code, ftl)| parse(code, ftl)).collect()
    })
    .as_ref()
}

pub fn by_code(code: &str) -> Option<&'static Essentials> {
    all().iter().find(|e| e.code == code)
}

fn bundle(code: &str, ftl: &str) -> Result<FluentBundle<FluentResource>, CatalogueError> {
    let broken = |what: String| CatalogueError::Broken {
        code: code.to_string(),
        what,
    };
    let resource = FluentResource::try_new(ftl.to_string())
        .map_err(|(_, errors)| broken(format!("{errors:?}")))?;
    let lang = code
        .parse()
        .map_err(|e| broken(format!("not a language code: {e}")))?;
    let mut bundle = FluentBundle::new(vec![lang]);
    // Right-to-left numbers are isolated where they are filled in (`{line}`…).
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| broken(format!("{errors:?}")))?;
    Ok(bundle)
}

/// One message, formatted once. The numbers are left as `{line}`… holes for
/// the page to fill from the data; `$n`, the Shift presses left when the
/// sentence shows, is 2.
fn message(
    bundle: &FluentBundle<FluentResource>,
    code: &str,
    id: &str,
) -> Result<&'static str, CatalogueError> {
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| CatalogueError::Missing {
            code: code.to_string(),
            id: id.to_string(),
        })?;
    let mut args = FluentArgs::new();
    for hole in ["line", "police", "eu", "sms"] {
        args.set(hole, format!("{{{hole}}}"));
    }
    args.set("n", 2);
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if !errors.is_empty() {
        return Err(CatalogueError::Broken {
            code: code.to_string(),
            what: format!("{id}: {errors:?}"),
        });
    }
    // Read once for the life of the process.
    Ok(Box::leak(text.into_owned().into_boxed_str()))
}

fn parse(code: &'static str, ftl: &str) -> Result<Essentials, CatalogueError> {
    let b = bundle(code, ftl)?;
    let m = |id: &str| message(&b, code, id);
    Ok(Essentials {
        code,
        name: m("language-name")?,
        rtl: m("language-direction")? == "rtl",
        reviewed: m("language-reviewed")? == "yes",
        title: m("title")?,
        lead: m("lead")?,
        quick_exit: m("quick-exit")?,
        quick_exit_hint: m("quick-exit-hint")?,
        exit_press_more: m("exit-press-more")?,
        exit_press_once: m("exit-press-once")?,
        skip: m("skip")?,
        danger_h: m("danger-heading")?,
        police: m("police")?,
        eu: m("eu")?,
        sms: m("sms")?,
        listen_h: m("listen-heading")?,
        line: m("line")?,
        child: m("child")?,
        find_h: m("find-heading")?,
        find_label: m("find-label")?,
        find_button: m("find-button")?,
        find_note: m("find-note")?,
        safety_h: m("safety-heading")?,
        safety: [m("safety-exit")?, m("safety-history")?],
        poster: m("poster")?,
        offer: m("offer")?,
        languages: m("languages")?,
    })
}

#[cfg(test)]
mod tests {
    use super::{all, load, SOURCE, SOURCES};
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message's variables (`$line`…), read from the file itself.
    fn variables(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
        fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match e {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, out),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, out));
                }
                _ => {}
            }
        }
        fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Inline(i) => inline(i, out),
                ast::Expression::Select { selector, variants } => {
                    inline(selector, out);
                    variants.iter().for_each(|v| pattern(&v.value, out));
                }
            }
        }
        fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
            for el in &p.elements {
                if let ast::PatternElement::Placeable { expression } = el {
                    expr(expression, out);
                }
            }
        }
        let resource = fluent_syntax::parser::parse(ftl).expect("the catalogue parses");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern(p, &mut vars);
                    }
                    Some((m.id.name.to_string(), vars))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_of_the_french_source_with_its_variables() {
        assert!(load().is_ok(), "{:?}", load().err());
        let source = variables(SOURCE);
        for (code, ftl) in SOURCES {
            let here = variables(ftl);
            let missing: Vec<_> = source.keys().filter(|k| !here.contains_key(*k)).collect();
            let extra: Vec<_> = here.keys().filter(|k| !source.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{code}: missing {missing:?}, unknown {extra:?}"
            );
            for (id, vars) in &source {
                assert_eq!(
                    &here[id], vars,
                    "{code}: {id} has other variables than fr.ftl"
                );
            }
        }
        assert_eq!(all().len(), SOURCES.len());
    }

    #[test]
    fn the_catalogues_write_no_number_and_say_who_reviewed_them() {
        for e in all() {
            for n in ["3919", "17 ", "112", "114", "119"] {
                for text in [
                    e.title,
                    e.lead,
                    e.line,
                    e.poster,
                    e.police,
                    e.eu,
                    e.sms,
                    e.safety[0],
                    e.safety[1],
                ] {
                    assert!(!text.contains(n), "{}: {n} written in {text}", e.code);
                }
            }
            for p in ["{line}", "{police}", "{eu}", "{sms}"] {
                assert!(e.poster.contains(p), "{}: poster lacks {p}", e.code);
            }
            // No native speaker has read them yet; the file says so.
            assert!(!e.reviewed, "{}", e.code);
        }
    }

    /// Plural forms come from each language's rules: two presses left in
    /// Ukrainian take the "few" form.
    #[test]
    fn plural_forms_follow_the_language() {
        let uk = all().iter().find(|e| e.code == "uk").unwrap();
        assert!(
            uk.exit_press_more.contains("2 рази"),
            "{}",
            uk.exit_press_more
        );
        let ar = all().iter().find(|e| e.code == "ar").unwrap();
        assert!(ar.rtl && ar.name == "العربية");
    }
}
