//! The translation catalogues, `locales/<code>.ftl` (Project Fluent), read
//! once into each language's `Ui`. French is the source: every language must
//! hold every message of `fr.ftl` with the same variables, or the server
//! refuses to start; a page never falls back to another language.

use super::easy_read::EasyRead;
use super::error_reports::Reports;
use super::fluent::{format_message, MessageError, Plurals};
use super::professional::Docs;
use super::shops::Shops;
use super::ui::{Labels, Lang, Ui};
use super::variables::pattern_variables;
use crate::domain::model::ids;
use crate::domain::{Audience, Category, Service};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// Lists a struct's text fields once: each is the message named after it.
macro_rules! texts {
    ($r:ident, $prefix:literal, $ty:ident { $($field:ident),* $(,)? } $($rest:tt)*) => {
        $ty { $($field: $r.text($prefix, stringify!($field))?,)* $($rest)* }
    };
}

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
    Ok(texts!(r, "", EasyRead {
        title_home, home_h1, danger_h, talk_h, talk_free, talk_always, child, find_h,
        find_lead, find_label, find_button, witness_h, witness_lead, witness_link, exit_h,
        full_site, title_place, place_h1, place_lead, place_none, call, call_first, in_commune,
        km, place_full, choose_h, choose_lead, not_found_h, title_witness, witness_h1,
        witness_danger_h, witness_advice_h, witness_help_h, witness_careful_h, witness_write_h,
        witness_full, link,
    }
        home_lead: r.list("home-lead")?,
        danger: r.list("danger")?,
        talk: r.list("talk")?,
        exit: r.list("exit")?,
        not_found: r.list("not-found")?,
        witness_intro: r.list("witness-intro")?,
        witness_advice: r.list("witness-advice")?,
        witness_help: r.list("witness-help")?,
        witness_careful: r.list("witness-careful")?,
        witness_write: r.list("witness-write")?,
        // The kinds the file describes; the page chooses which to show.
        kinds: Category::ALL
            .iter()
            .map(|c| (*c, c.id().replace('_', "-")))
            .filter(|(_, id)| r.bundle.has_message(&format!("kind-{id}-name")))
            .map(|(c, id)| {
                Ok((
                    c,
                    r.text("", &format!("kind-{id}-name"))?,
                    r.text("", &format!("kind-{id}-does"))?,
                ))
            })
        .collect::<Result<Vec<_>, CatalogueError>>()?
        .leak(),
        bundle: r.bundle,
    ))
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

    pub fn labels(self) -> &'static Labels {
        &self.locale().labels
    }
}

/// One language: the page text and the labels of the data.
pub struct Locale {
    pub ui: Ui,
    pub labels: Labels,
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

/// Read once for the life of the process.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
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

    /// A message by its field name: `site_tagline` is `site-tagline`.
    fn text(&self, prefix: &str, field: &str) -> Result<&'static str, CatalogueError> {
        let id = format!("{prefix}{}", field.replace('_', "-"));
        Ok(leak(self.format(&id, None)?))
    }

    fn array<const N: usize>(&self, id: &str) -> Result<[&'static str; N], CatalogueError> {
        let mut out = [""; N];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = self.text("", &format!("{id}-{}", i + 1))?;
        }
        Ok(out)
    }

    /// `id-1`, `id-2`… as many as the file has (the source check makes
    /// every language have as many as French).
    fn list(&self, id: &str) -> Result<&'static [&'static str], CatalogueError> {
        let mut out = vec![];
        while self.bundle.has_message(&format!("{id}-{}", out.len() + 1)) {
            out.push(self.text("", &format!("{id}-{}", out.len() + 1))?);
        }
        Ok(out.leak())
    }

    fn keyed<K: Copy>(
        &self,
        id: &str,
        keys: &[(K, &str)],
    ) -> Result<&'static [(K, &'static str)], CatalogueError> {
        let pairs = keys
            .iter()
            .map(|(k, name)| Ok((*k, self.text("", &format!("{id}-{name}"))?)))
            .collect::<Result<Vec<_>, CatalogueError>>()?;
        Ok(pairs.leak())
    }

    fn locale(self) -> Result<Locale, CatalogueError> {
        let labels = Labels {
            category: Category::ALL
                .iter()
                .map(|c| Ok((*c, self.text("category-", c.id())?)))
                .collect::<Result<Vec<_>, CatalogueError>>()?
                .leak(),
            audience: Audience::ALL
                .iter()
                .map(|a| Ok((*a, self.text("audience-", a.id())?)))
                .collect::<Result<Vec<_>, CatalogueError>>()?
                .leak(),
        };
        let docs: &'static Docs = Box::leak(Box::new(self.docs()?));
        let shops: &'static Shops = Box::leak(Box::new(self.shops()?));
        let reports: &'static Reports = Box::leak(Box::new(self.reports()?));
        let mut ui = self.ui(docs, shops, reports)?;
        // The counted messages are formatted from the bundle already read.
        ui.plurals = Plurals::new(self.bundle);
        Ok(Locale { ui, labels })
    }
}

impl Reader {
    fn ui(
        &self,
        docs: &'static Docs,
        shops: &'static Shops,
        reports: &'static Reports,
    ) -> Result<Ui, CatalogueError> {
        let r = self;
        let lang = self.lang;
        // The Shift presses left when the sentence shows: always two.
        let exit_press_more = leak(self.format("exit-press-more", Some(2))?);
        let direction = r.text("", "language-direction")?;
        let reviewed = r.text("", "language-reviewed")?;
        Ok(texts!(r, "", Ui {
            language_name, languages, offer, poster,
            site_tagline, quick_exit, quick_exit_hint, exit_press_once, skip_to_content,
            safety_link, title_home, title_place, title_choose, title_safety, title_resource,
            title_refused, title_failed, title_error, place_not_found_h, home_h1, home_lead,
            search_label, search_hint, search_button, urgent_h, urgent_17, urgent_112, urgent_114,
            listen_h, listen_3919, listen_not_emergency, listen_119, near_h, near_none,
            no_geometry, national_h, filters_h, filter_category, filter_audience, filter_any,
            filter_open_now, filter_free, filter_apply, open_now, closes_at, closed, opens_at,
            today, tomorrow, always_open, hours_h, km_away, updated, not_free, ordinary_call,
            age, age_old, age_checked, in_commune, km_about, leads_h, directions, colon, quoted,
            print_button, hours_unpublished, paris_time, map_osm, leads_intro, rest_h,
            place_commune_point, place_itinerant, filters_reset, filters_emptied, filter_without,
            see_all, also_reachable, source, source_name, needs_review, free, anonymous, sms,
            website, chat, email, details, choose_h, choose_lead, former_of, unknown_place,
            unknown_postcode, see_also, whole_city, print_poster, dep_directory, witness_h,
            witness_text, about_link, embed_link, safety_sources, error_back, pros_h, pros_text,
            witness_link, poster_link, title_witness, witness_lead, witness_do_h, witness_dont_h,
            witness_call_h, params_ignored, witness_near_h, witness_near_lead, witness_note_h,
            witness_statement_h, witness_statement, witness_statement_source, review_short,
            err_empty, err_too_long, err_bad_chars, err_bad_filter, err_unknown_resource,
            meta_home, meta_place, meta_resource,
        }
            lang,
            prefix: lang.prefix(),
            rtl: direction == "rtl",
            reviewed: reviewed == "yes",
            exit_press_more,
            months: r.array("months")?,
            date_months: r.array("date-months")?,
            days: r.array("days")?,
            needs: r.array("needs")?,
            does: r.keyed("does", &[
                (Service::Gendarmerie, "gendarmerie"),
                (Service::Police, "police"),
                (Service::Cidff, "cidff"),
                (Service::VictimSupport, "victim-support"),
                (Service::Mjd, "mjd"),
                (Service::PointJustice, "point-justice"),
                (Service::FranceServices, "france-services"),
                (Service::Ccas, "ccas"),
                (Service::Mairie, "mairie"),
            ])?,
            safety_body: (1..)
                .map_while(|i| {
                    let id = format!("safety-body-{i}");
                    r.bundle.has_message(&format!("{id}-title")).then(|| {
                        Ok((r.text("", &format!("{id}-title"))?, r.text("", &format!("{id}-text"))?))
                    })
                })
                .collect::<Result<Vec<_>, CatalogueError>>()?
                .leak(),
            witness_do: r.list("witness-do")?,
            witness_dont: r.list("witness-dont")?,
            witness_note: r.list("witness-note")?,
            witness_calls: r.keyed("witness-calls", &[
                (ids::POLICE, "police"),
                (ids::SMS_EMERGENCY, "sms-emergency"),
                (ids::VIOLENCES_FEMMES_INFO, "violences-femmes-info"),
                (ids::CHILDREN_IN_DANGER, "children-in-danger"),
                (ids::VICTIM_SUPPORT, "victim-support"),
                (ids::POLICE_CHAT, "police-chat"),
            ])?,
            licences: r.keyed("licences", &[
                ("Licence Ouverte 2.0", "licence-ouverte-2-0"),
                ("Licence Ouverte (Etalab)", "licence-ouverte-etalab"),
                ("Document public", "document-public"),
                ("Faits publics", "faits-publics"),
            ])?,
            status_messages: r.keyed("status-messages", &[
                (400, "400"), (404, "404"), (405, "405"), (414, "414"),
                (429, "429"), (431, "431"), (500, "500"), (503, "503"),
            ])?,
            docs,
            shops,
            reports,
            plurals: Plurals::new(FluentBundle::new_concurrent(vec![])),
        ))
    }

    fn docs(&self) -> Result<Docs, CatalogueError> {
        let r = self;
        Ok(texts!(r, "pro-", Docs {
            poster_intro, poster_place_label, poster_prepare, poster_title, poster_print_hint,
            poster_h1, danger, or, cannot_speak, poster_listen, poster_not_emergency_child,
            poster_local_h, poster_all, poster_shop, card_h, card_listen, child, dep_h1, dep_title,
            dep_lead, dep_filter, dep_all, dep_mairies_h, dep_toc, multi_title, multi_hint,
            embed_js_comment, dep_town, dep_name, dep_phone, dep_age, about_title, about_h1,
            about_lead, about_data_h, about_counts, about_extract, about_communes,
            about_categories_h, about_code_h, about_code, embed_title, embed_h1, embed_widget_h,
            embed_widget_text, embed_place_label, embed_write, embed_code_h, embed_example,
            embed_no_public_url, embed_sandbox_h, embed_sandbox_useless, embed_copy,
            embed_copied, embed_saved_file, embed_openapi, embed_preview_h, embed_preview_title,
            embed_iframe_title, embed_api_h, embed_api_text, embed_stability_h, embed_stability,
            widget_all,
        }
            embed_sandbox: r.keyed("pro-embed-sandbox", &[
                ("allow-top-navigation-by-user-activation", "allow-top-navigation-by-user-activation"),
                ("allow-top-navigation-to-custom-protocols", "allow-top-navigation-to-custom-protocols"),
                ("allow-scripts", "allow-scripts"),
            ])?,
        ))
    }

    fn shops(&self) -> Result<Shops, CatalogueError> {
        let r = self;
        Ok(texts!(r, "shop-", Shops {
            link, formats_h, fmt_poster, fmt_strip, fmt_placemat, strip_hint, strip_svg,
            placemat_hint, no_qr, label_h, label_danger, label_listen, label_free, strip_all,
            placemat_h1, placemat_witness_h, title, h1, lead, confide_h, danger_h, danger,
            otherwise_h, otherwise, dont_h, supports_h, supports, sources, err_bad_format,
        }
            strip_h: r.array("shop-strip-h")?,
            confide: r.list("shop-confide")?,
            dont: r.list("shop-dont")?,
        ))
    }

    fn reports(&self) -> Result<Reports, CatalogueError> {
        let r = self;
        Ok(texts!(r, "report-", Reports {
            link, title, h1, private_h, private, not_help, danger, what, value, value_hint,
            comment, comment_hint, trap, send, thanks_title, thanks, back, back_record, on_file,
            none_on_file, err_field, err_long, err_control, err_busy, err_too_many, err_off,
            err_cross_site, corrected,
        }
            fields: r.array("report-fields")?,
        ))
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

    /// Numbers come from the data through `{ $line }`…: a catalogue that wrote
    /// one would keep it after the data changes.
    #[test]
    fn the_catalogues_write_no_national_number_where_a_hole_is_expected() {
        for lang in Lang::ALL {
            let ui = lang.ui();
            for text in [
                ui.poster,
                ui.shops.danger,
                ui.shops.otherwise,
                ui.reports.danger,
            ]
            .into_iter()
            .chain(ui.witness_do.iter().copied())
            {
                for n in ["3919", "112", "114", "119"] {
                    assert!(!text.contains(n), "{lang:?}: {n} written in {text}");
                }
            }
            for hole in ["{line}", "{police}", "{eu}", "{sms}"] {
                assert!(ui.poster.contains(hole), "{lang:?}: poster lacks {hole}");
            }
            // Only French, the source, is marked as read by a native speaker.
            assert_eq!(ui.reviewed, lang == Lang::Fr, "{lang:?}");
        }
    }

    /// Plural forms come from each language's rules: two presses left are
    /// "2 рази" in Ukrainian ("few"), a dual in Arabic; 65 labels take
    /// Ukrainian's "many" form.
    #[test]
    fn plural_forms_follow_the_language() {
        assert!(Lang::Uk.ui().exit_press_more.contains("2 рази"));
        assert!(Lang::Ar.ui().exit_press_more.contains("مرتين"));
        assert!(Lang::Fr.ui().exit_press_more.contains("2 fois"));
        let uk = &Lang::Uk.ui().plurals;
        assert!(uk.get("shop-fmt-labels", 65).starts_with("65 наліпок"));
        assert!(uk.get("shop-fmt-labels", 24).starts_with("24 наліпки"));
        assert_eq!(Lang::Fr.ui().plurals.get("pro-records", 1), "fiche");
        assert_eq!(Lang::Fr.ui().plurals.get("pro-records", 2), "fiches");
        assert!(Lang::Ar.ui().rtl && Lang::Ar.ui().language_name == "العربية");
        // A date's day: "1er" in French only; Ukrainian's months in the genitive.
        assert!(Lang::Fr.ui().plurals.get("date", 1).starts_with("1er "));
        assert!(Lang::Fr.ui().plurals.get("date", 3).starts_with("3 "));
        assert!(Lang::En.ui().plurals.get("date", 1).starts_with("1 "));
        assert_eq!(Lang::Uk.ui().date_months[3], "квітня");
        assert_eq!(Lang::Uk.ui().months[3], "квітень");
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

    /// Numbers come from the data, so a text never keeps an old number.
    #[test]
    fn easy_read_writes_no_phone_number_itself() {
        let all = [FR.danger, FR.talk, FR.witness_advice, FR.witness_help];
        for line in all.iter().flat_map(|l| l.iter()).chain([&FR.child]) {
            assert!(!line.chars().any(|c| c.is_ascii_digit()), "{line}");
        }
    }

    /// One idea a line: the easy-read rules keep sentences short.
    #[test]
    fn easy_read_sentences_stay_short() {
        let lines = [
            FR.home_lead,
            FR.danger,
            FR.talk,
            FR.exit,
            FR.witness_intro,
            FR.witness_help,
            FR.witness_careful,
            FR.witness_write,
            FR.witness_advice,
        ];
        assert!(lines.iter().all(|l| !l.is_empty()));
        for line in lines.iter().flat_map(|l| l.iter()) {
            let words = line
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric));
            assert!(words.count() <= 12, "too long for easy-read: {line}");
        }
    }
}
