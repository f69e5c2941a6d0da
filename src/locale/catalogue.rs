//! The translation catalogues, `locales/<code>.ftl` (Project Fluent), read
//! once into each language's `Ui`. French is the source: every language must
//! hold every message of `fr.ftl` with the same variables, or the server
//! refuses to start; a page never falls back to another language.

use super::easy_read::EasyRead;
use super::fluent::{format_message, MessageError};
use super::ui::{Lang, Ui};
use super::variables::pattern_variables;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The files, built into the binary, in `Lang::ALL` order.
pub const FILES: [(Lang, &str); 8] = [
    (Lang::Fr, include_str!("../../locales/fr.ftl")),
    (Lang::En, include_str!("../../locales/en.ftl")),
    (Lang::Ar, include_str!("../../locales/ar.ftl")),
    (Lang::Pt, include_str!("../../locales/pt.ftl")),
    (Lang::Tr, include_str!("../../locales/tr.ftl")),
    (Lang::Es, include_str!("../../locales/es.ftl")),
    (Lang::Uk, include_str!("../../locales/uk.ftl")),
    (Lang::Ro, include_str!("../../locales/ro.ftl")),
];

/// Easy-read French: not one of the site's languages, so checked on its own.
const EASY_READ_FILE: &str = include_str!("../../locales/fr-facile.ftl");

/// The easy-read pages' text, read once. `maillage serve` calls this before
/// it binds, so a broken file stops the start, not a request.
pub fn easy_read() -> Result<&'static EasyRead, &'static CatalogueError> {
    static TEXT: OnceLock<Result<EasyRead, CatalogueError>> = OnceLock::new();
    TEXT.get_or_init(read_easy_read).as_ref()
}

/// `easy_read()` for the pages, which run only after the start checked it.
pub static EASY_READ: std::sync::LazyLock<&'static EasyRead> =
    std::sync::LazyLock::new(|| easy_read().unwrap_or_else(|e| panic!("{e}")));

/// The pages easy-read French shares with the site: it holds their
/// messages under the same ids and with the same variables as fr.ftl.
const EASY_READ_SHARED: [&str; 1] = ["rights-"];

fn read_easy_read() -> Result<EasyRead, CatalogueError> {
    let source = variables(FILES[0].1, "fr")?;
    let here = variables(EASY_READ_FILE, "fr-facile")?;
    for (id, vars) in source
        .iter()
        .filter(|(id, _)| EASY_READ_SHARED.iter().any(|p| id.starts_with(p)))
    {
        match here.get(id) {
            None => {
                return Err(CatalogueError::Missing {
                    code: "fr-facile",
                    id: id.clone(),
                })
            }
            Some(h) if h != vars => {
                return Err(CatalogueError::Variables {
                    code: "fr-facile",
                    id: id.clone(),
                    here: h.clone(),
                    source_vars: vars.clone(),
                })
            }
            Some(_) => {}
        }
    }
    let r = Reader::new(Lang::Fr, EASY_READ_FILE)?;
    Ok(EasyRead::new(r.bundle))
}

/// Why a catalogue could not be used; `maillage serve` refuses to start with it.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("locales/{code}.ftl: {what}")]
    Broken { code: &'static str, what: String },
    #[error("locales/{code}.ftl: message `{id}` is missing (every message of fr.ftl is required)")]
    Missing { code: &'static str, id: String },
    #[error(
        "locales/{code}.ftl: message `{id}` is not in fr.ftl (a typo, or a message fr.ftl lost)"
    )]
    Unknown { code: &'static str, id: String },
    #[error(
        "locales/{code}.ftl: message `{id}` has variables {here:?}, fr.ftl has {source_vars:?}"
    )]
    Variables {
        code: &'static str,
        id: String,
        here: BTreeSet<String>,
        source_vars: BTreeSet<String>,
    },
}

impl Lang {
    /// The language's catalogue, read at start (`load`, which `maillage
    /// serve` checks before it binds).
    pub fn locale(self) -> &'static Locale {
        match load() {
            Ok(all) => &all[self as usize],
            Err(e) => panic!("{e}"),
        }
    }

    pub fn ui(self) -> &'static Ui {
        &self.locale().ui
    }
}

/// One language: its pages' messages.
pub struct Locale {
    pub ui: Ui,
}

/// Every language, read once. `maillage serve` calls this before it binds,
/// so a broken catalogue stops the start, not a request.
pub fn load() -> Result<&'static [Locale], &'static CatalogueError> {
    static ALL: OnceLock<Result<Vec<Locale>, CatalogueError>> = OnceLock::new();
    ALL.get_or_init(|| {
        let source = variables(FILES[0].1, "fr")?;
        FILES
            .iter()
            .map(|(lang, ftl)| {
                check_against_source(*lang, ftl, &source)?;
                Reader::new(*lang, ftl)?.locale()
            })
            .collect()
    })
    .as_ref()
    .map(Vec::as_slice)
}

/// Every message of a language, as the pages use it (variables as `{name}`
/// holes, counts in the general form): what a test looks for on pages of
/// other languages.
pub fn messages(lang: Lang) -> Result<Vec<String>, CatalogueError> {
    let ftl = FILES[lang as usize].1;
    let reader = Reader::new(lang, ftl)?;
    variables(ftl, lang.code())?
        .keys()
        .filter(|id| !id.starts_with("language-"))
        .map(|id| reader.format(id, None))
        .collect()
}

/// Every message of the source, with its variables, is in this file, and
/// nothing else is.
fn check_against_source(
    lang: Lang,
    ftl: &str,
    source: &BTreeMap<String, BTreeSet<String>>,
) -> Result<(), CatalogueError> {
    let code = lang.code();
    let here = variables(ftl, code)?;
    if let Some(id) = source.keys().find(|k| !here.contains_key(*k)) {
        return Err(CatalogueError::Missing {
            code,
            id: id.clone(),
        });
    }
    if let Some(id) = here.keys().find(|k| !source.contains_key(*k)) {
        return Err(CatalogueError::Unknown {
            code,
            id: id.clone(),
        });
    }
    for (id, vars) in source {
        if &here[id] != vars {
            return Err(CatalogueError::Variables {
                code,
                id: id.clone(),
                here: here[id].clone(),
                source_vars: vars.clone(),
            });
        }
    }
    Ok(())
}

/// Each message's variables (`$place`…), read from the file itself.
pub fn variables(
    ftl: &str,
    code: &'static str,
) -> Result<BTreeMap<String, BTreeSet<String>>, CatalogueError> {
    let resource =
        fluent_syntax::parser::parse(ftl).map_err(|(_, errors)| CatalogueError::Broken {
            code,
            what: format!("{errors:?}"),
        })?;
    Ok(resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_variables(p, &mut vars);
                }
                Some((m.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect())
}

/// Reads one catalogue's messages as the page code uses them: a variable
/// becomes a `{name}` hole that `fill` completes from the data.
struct Reader {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Reader {
    fn new(lang: Lang, ftl: &str) -> Result<Self, CatalogueError> {
        let code = lang.code();
        let broken = |what: String| CatalogueError::Broken { code, what };
        let resource = FluentResource::try_new(ftl.to_string())
            .map_err(|(_, errors)| broken(format!("{errors:?}")))?;
        let id = code
            .parse()
            .map_err(|e| broken(format!("not a language code: {e}")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Numbers are isolated where the page puts them (`dir="ltr"`), not here.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| broken(format!("{errors:?}")))?;
        Ok(Reader { lang, bundle })
    }

    fn format(&self, id: &str, n: Option<i64>) -> Result<String, CatalogueError> {
        let code = self.lang.code();
        format_message(&self.bundle, id, n).map_err(|e| match e {
            MessageError::Missing(id) => CatalogueError::Missing { code, id },
            MessageError::Broken(id, what) => CatalogueError::Broken {
                code,
                what: format!("{id}: {what}"),
            },
        })
    }

    fn locale(self) -> Result<Locale, CatalogueError> {
        Ok(Locale {
            ui: Ui::new(self.lang, self.bundle),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{load, variables, FILES};
    use crate::locale::Lang;

    #[test]
    fn every_language_has_every_message_of_the_french_source_with_its_variables() {
        let all = load().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(all.len(), Lang::ALL.len());
        let source = variables(FILES[0].1, "fr").unwrap();
        for (lang, ftl) in FILES {
            let here = variables(ftl, lang.code()).unwrap();
            assert_eq!(
                here.keys().collect::<Vec<_>>(),
                source.keys().collect::<Vec<_>>(),
                "{lang:?}"
            );
            for (id, vars) in &source {
                assert_eq!(&here[id], vars, "{lang:?}: {id}");
            }
            assert_eq!(all[lang as usize].ui.lang, lang);
        }
    }

    /// A catalogue that lost a message, or renamed a variable, stops the start.
    #[test]
    fn a_missing_message_or_a_renamed_variable_is_refused() {
        let source = variables(FILES[0].1, "fr").unwrap();
        let lost = FILES[3].1.replace("title-home =", "title-hom =");
        let e = super::check_against_source(Lang::Pt, &lost, &source).unwrap_err();
        assert!(e.to_string().contains("`title-home` is missing"), "{e}");
        let renamed = FILES[3]
            .1
            .replace("Perto de { $place }", "Perto de { $lugar }");
        let e = super::check_against_source(Lang::Pt, &renamed, &source).unwrap_err();
        assert!(e.to_string().contains("near-h"), "{e}");
    }

    /// A message as written, its variables as `{name}` holes.
    fn template(lang: Lang, id: &str) -> String {
        super::Reader::new(lang, FILES[lang as usize].1)
            .and_then(|r| r.format(id, None))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Numbers come from the data through `{ $line }`…: a catalogue that wrote
    /// one would keep it after the data changes.
    #[test]
    fn the_catalogues_write_no_national_number_where_a_hole_is_expected() {
        let source = variables(FILES[0].1, "fr").unwrap();
        let witness_do = source
            .keys()
            .filter(|id| id.starts_with("witness-do-") && !id.ends_with("-h"));
        let ids: Vec<&str> = ["poster", "shop-danger", "shop-otherwise", "report-danger"]
            .into_iter()
            .chain(witness_do.map(String::as_str))
            .collect();
        assert!(ids.len() > 5, "{ids:?}");
        for lang in Lang::ALL {
            for id in &ids {
                let text = template(lang, id);
                for n in ["3919", "112", "114", "119"] {
                    assert!(!text.contains(n), "{lang:?}: {n} written in {text}");
                }
            }
            let poster = template(lang, "poster");
            for hole in ["{line}", "{police}", "{eu}", "{sms}"] {
                assert!(poster.contains(hole), "{lang:?}: poster lacks {hole}");
            }
            // Only French, the source, is marked as read by a native speaker.
            assert_eq!(lang.ui().reviewed, lang == Lang::Fr, "{lang:?}");
        }
    }

    /// Plural forms come from each language's rules: two presses left are
    /// "2 рази" in Ukrainian ("few"), a dual in Arabic; 65 labels take
    /// Ukrainian's "many" form.
    #[test]
    fn plural_forms_follow_the_language() {
        use crate::locale::args::ShopFmtLabels;
        assert!(Lang::Uk.ui().msg().exit_press_more(2).contains("2 рази"));
        assert!(Lang::Ar.ui().msg().exit_press_more(2).contains("مرتين"));
        assert!(Lang::Fr.ui().msg().exit_press_more(2).contains("2 fois"));
        let uk = Lang::Uk.ui().msg();
        let labels = |n| ShopFmtLabels {
            h: "38,1",
            n,
            w: "63,5",
        };
        assert!(uk.shop_fmt_labels(labels(65)).starts_with("65 наліпок"));
        assert!(uk.shop_fmt_labels(labels(24)).starts_with("24 наліпки"));
        assert_eq!(Lang::Fr.ui().msg().pro_records(1), "fiche");
        assert_eq!(Lang::Fr.ui().msg().pro_records(2), "fiches");
        assert!(Lang::Ar.ui().rtl && Lang::Ar.ui().msg().language_name() == "العربية");
        // A date's day: "1er" in French only; Ukrainian's months in the genitive.
        let day = |lang: Lang, d: u32| {
            lang.ui()
                .date_words(chrono::NaiveDate::from_ymd_opt(2026, 4, d).unwrap())
        };
        assert_eq!(day(Lang::Fr, 1), "1er avril 2026");
        assert_eq!(day(Lang::Fr, 3), "3 avril 2026");
        assert_eq!(day(Lang::En, 1), "1 April 2026");
        assert_eq!(Lang::Uk.ui().date_month(3), "квітня");
        assert_eq!(Lang::Uk.ui().month(3), "квітень");
        assert!(!Lang::Tr.ui().rtl);
    }
}

#[cfg(test)]
mod translated {
    use super::{variables, FILES};
    use crate::locale::Lang;

    /// Messages that read the same in every language: symbols, units and
    /// names of the French data or institutions.
    /// ("Police, gendarmerie" is also English; "Document public" Romanian.)
    const SAME_EVERYWHERE: [&str; 2] = ["urgent-17", "licences-document-public"];

    fn words(s: &str) -> usize {
        s.split_whitespace().filter(|w| !w.starts_with('{')).count()
    }

    /// A message left in French in another catalogue is a page that speaks
    /// French to her; the pages test cannot see it, since it is that
    /// language's own text.
    #[test]
    fn no_catalogue_copies_a_french_sentence() {
        let fr = super::messages(Lang::Fr).unwrap();
        let ids: Vec<String> = variables(FILES[0].1, "fr")
            .unwrap()
            .into_keys()
            .filter(|id| !id.starts_with("language-"))
            .collect();
        for lang in Lang::ALL.into_iter().skip(1) {
            let here = super::messages(lang).unwrap();
            let copied: Vec<&String> = ids
                .iter()
                .zip(fr.iter().zip(&here))
                .filter(|(id, (f, h))| {
                    f == h && words(f) >= 2 && !SAME_EVERYWHERE.contains(&id.as_str())
                })
                .map(|(id, _)| id)
                .collect();
            assert!(copied.is_empty(), "{lang:?} copies French: {copied:?}");
        }
    }
}

#[cfg(test)]
mod easy_read {
    use super::EASY_READ as FR;

    /// The easy-read lines, as written (numbers as `{name}` holes).
    fn lines() -> Vec<(String, Vec<String>)> {
        let source = super::variables(super::EASY_READ_FILE, "fr-facile").unwrap();
        let r = super::Reader::new(crate::locale::Lang::Fr, super::EASY_READ_FILE).unwrap();
        let lists = [
            "home-lead",
            "danger",
            "talk",
            "exit",
            "witness-intro",
            "witness-advice",
            "witness-help",
            "witness-careful",
            "witness-write",
        ];
        lists
            .iter()
            .map(|l| {
                let items = source
                    .keys()
                    .filter(|id| {
                        id.strip_prefix(l)
                            .and_then(|n| n.strip_prefix('-'))
                            .is_some_and(|n| n.parse::<u32>().is_ok())
                    })
                    .map(|id| r.format(id, None).unwrap())
                    .collect();
                (l.to_string(), items)
            })
            .collect()
    }

    /// Numbers come from the data, so a text never keeps an old number.
    #[test]
    fn easy_read_writes_no_phone_number_itself() {
        let child = FR.easy().child();
        for (_, list) in lines() {
            for line in list.iter().chain([&child.to_string()]) {
                assert!(!line.chars().any(|c| c.is_ascii_digit()), "{line}");
            }
        }
    }

    /// One idea a line: the easy-read rules keep sentences short.
    #[test]
    fn easy_read_sentences_stay_short() {
        for (list, lines) in lines() {
            assert!(!lines.is_empty(), "{list}");
            for line in &lines {
                let words = line
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric));
                assert!(words.count() <= 12, "too long for easy-read: {line}");
            }
        }
    }
}
