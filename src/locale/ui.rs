//! The shape of a language's catalogue: every sentence a page shows, the
//! labels of the domain's values, and the language itself.

use crate::domain::{Audience, Category};

/// The languages of the site, French first (the source), in the order of
/// the language menu; each has `locales/<code>.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    En,
    Ar,
    Pt,
    Tr,
    Es,
    Uk,
    Ro,
}

/// Each language's code and URL prefix, in `Lang::ALL` order.
const NAMES: [(&str, &str); 8] = [
    ("fr", ""),
    ("en", "/en"),
    ("ar", "/ar"),
    ("pt", "/pt"),
    ("tr", "/tr"),
    ("es", "/es"),
    ("uk", "/uk"),
    ("ro", "/ro"),
];

/// Fills "{name}" holes in a catalogue sentence.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    pairs.iter().fold(template.to_string(), |s, (k, v)| {
        s.replace(&format!("{{{k}}}"), v)
    })
}

/// The labels of the data's values, per language.
pub struct Labels {
    pub category: &'static [(Category, &'static str)],
    pub audience: &'static [(Audience, &'static str)],
}

impl Labels {
    pub fn category(&self, c: Category) -> &'static str {
        self.category
            .iter()
            .find(|(k, _)| *k == c)
            .map_or("", |(_, t)| t)
    }

    pub fn audience(&self, a: Audience) -> &'static str {
        self.audience
            .iter()
            .find(|(k, _)| *k == a)
            .map_or("", |(_, t)| t)
    }
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::Fr,
        Lang::En,
        Lang::Ar,
        Lang::Pt,
        Lang::Tr,
        Lang::Es,
        Lang::Uk,
        Lang::Ro,
    ];

    /// BCP 47 code, also the URL prefix (`/pt/`) and the catalogue's name.
    pub fn code(self) -> &'static str {
        NAMES[self as usize].0
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a BCP 47 tag (`pt-BR`, `UK`), by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split('-').next()?.to_ascii_lowercase();
        Lang::from_code(&primary)
    }

    /// A path's language and the path below its prefix: `/ar/widget` is
    /// Arabic's `/widget`; a path without a prefix is French.
    pub fn split_path(path: &str) -> (Lang, &str) {
        for lang in Lang::ALL.into_iter().skip(1) {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() || rest.starts_with('/') {
                    return (lang, if rest.is_empty() { "/" } else { rest });
                }
            }
        }
        (Lang::Fr, path)
    }

    /// French at the root, every other language under its code.
    pub fn prefix(self) -> &'static str {
        NAMES[self as usize].1
    }
}

/// Every sentence the HTML pages show, per language.
pub struct Ui {
    pub lang: Lang,
    pub prefix: &'static str,
    /// The language's name in its own script, for the language menu.
    pub language_name: &'static str,
    /// The menu's name ("Langues").
    pub languages: &'static str,
    pub rtl: bool,
    /// Whether a native speaker has reviewed this catalogue (`language-reviewed`).
    pub reviewed: bool,
    /// The one-line offer of this language, to a browser that asks for it.
    pub offer: &'static str,
    /// This language's sentence on the multilingual poster.
    pub poster: &'static str,
    /// Counted messages, formatted with the count's plural form.
    pub plurals: super::fluent::Plurals,
    pub site_tagline: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    pub exit_press_more: &'static str,
    pub exit_press_once: &'static str,
    pub skip_to_content: &'static str,
    pub safety_link: &'static str,
    pub title_home: &'static str,
    pub title_place: &'static str,
    pub title_choose: &'static str,
    pub title_safety: &'static str,
    pub title_resource: &'static str,
    /// A request we refused (4xx other than 404) and a failure of ours (5xx).
    pub title_refused: &'static str,
    pub title_failed: &'static str,
    pub title_error: &'static str,
    pub place_not_found_h: &'static str,
    pub home_h1: &'static str,
    pub home_lead: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub search_button: &'static str,
    pub urgent_h: &'static str,
    pub urgent_17: &'static str,
    pub urgent_112: &'static str,
    pub urgent_114: &'static str,
    pub listen_h: &'static str,
    pub listen_3919: &'static str,
    pub listen_not_emergency: &'static str,
    pub listen_119: &'static str,
    pub near_h: &'static str,
    pub near_none: &'static str,
    pub no_geometry: &'static str,
    pub national_h: &'static str,
    pub filters_h: &'static str,
    pub filter_category: &'static str,
    pub filter_audience: &'static str,
    pub filter_any: &'static str,
    pub filter_open_now: &'static str,
    pub filter_free: &'static str,
    pub filter_apply: &'static str,
    pub open_now: &'static str,
    pub closes_at: &'static str,
    pub closed: &'static str,
    pub opens_at: &'static str,
    pub today: &'static str,
    pub tomorrow: &'static str,
    pub always_open: &'static str,
    pub hours_h: &'static str,
    pub km_away: &'static str,
    pub updated: &'static str,
    pub not_free: &'static str,
    pub ordinary_call: &'static str,
    /// The one line a card gives the age of its facts: fresh, old, or (for
    /// a national line) the month we checked it against its operator.
    pub age: &'static str,
    pub age_old: &'static str,
    pub age_checked: &'static str,
    pub months: [&'static str; 12],
    /// Months as a full date writes them ("3 квітня": Ukrainian's genitive).
    pub date_months: [&'static str; 12],
    /// A structure placed at the commune's point, in her own commune.
    pub in_commune: &'static str,
    /// A distance measured from the commune's point.
    pub km_about: &'static str,
    pub leads_h: &'static str,
    pub directions: &'static str,
    /// " : " in French typography, ": " in English.
    pub colon: &'static str,
    /// `{text}` between the language's quotation marks.
    pub quoted: &'static str,
    pub print_button: &'static str,
    pub hours_unpublished: &'static str,
    pub paris_time: &'static str,
    pub map_osm: &'static str,
    /// What each kind of structure does for a person facing violence at
    /// home, in one line (sources in data/SOURCES.md).
    pub does: &'static [(crate::domain::Service, &'static str)],
    pub leads_intro: &'static str,
    pub rest_h: &'static str,
    pub place_commune_point: &'static str,
    pub place_itinerant: &'static str,
    pub filters_reset: &'static str,
    pub filters_emptied: &'static str,
    pub filter_without: &'static str,
    pub see_all: &'static str,
    pub also_reachable: &'static str,
    pub source: &'static str,
    /// Before the publisher's out-of-date name of a renamed structure.
    pub source_name: &'static str,
    pub needs_review: &'static str,
    pub free: &'static str,
    pub anonymous: &'static str,
    pub sms: &'static str,
    pub website: &'static str,
    pub chat: &'static str,
    pub email: &'static str,
    pub details: &'static str,
    pub choose_h: &'static str,
    pub choose_lead: &'static str,
    pub former_of: &'static str,
    pub unknown_place: &'static str,
    pub unknown_postcode: &'static str,
    pub see_also: &'static str,
    pub whole_city: &'static str,
    pub print_poster: &'static str,
    pub dep_directory: &'static str,
    pub witness_h: &'static str,
    pub witness_text: &'static str,
    pub days: [&'static str; 7],
    pub about_link: &'static str,
    pub embed_link: &'static str,
    pub safety_body: &'static [(&'static str, &'static str)],
    /// Who says what `safety_body` says (details in data/SOURCES.md).
    pub safety_sources: &'static str,
    pub error_back: &'static str,
    /// Headings of the national lines, in `search::Need::ALL` order.
    pub needs: [&'static str; 6],
    pub pros_h: &'static str,
    pub pros_text: &'static str,
    pub witness_link: &'static str,
    pub poster_link: &'static str,
    pub title_witness: &'static str,
    pub witness_lead: &'static str,
    pub witness_do_h: &'static str,
    pub witness_do: &'static [&'static str],
    pub witness_dont_h: &'static str,
    pub witness_dont: &'static [&'static str],
    pub witness_call_h: &'static str,
    /// Which line for which worry, by record id: the numbers come from the data.
    pub witness_calls: &'static [(&'static str, &'static str)],
    /// Opened from a commune: its nearest police, victim support and CIDFF.
    /// `{names}`: parameters of the link that no page reads.
    pub params_ignored: &'static str,
    pub witness_near_h: &'static str,
    /// The publishers' licence names, as this language calls them (French: as published).
    pub licences: &'static [(&'static str, &'static str)],
    pub witness_near_lead: &'static str,
    pub witness_note_h: &'static str,
    pub witness_note: &'static [&'static str],
    /// How a written witness statement is given (Code de procédure civile,
    /// art. 202; form cerfa 11527*03; see data/SOURCES.md).
    pub witness_statement_h: &'static str,
    pub witness_statement: &'static str,
    pub witness_statement_source: &'static str,
    pub review_short: &'static str,
    pub err_empty: &'static str,
    pub err_too_long: &'static str,
    pub err_bad_chars: &'static str,
    pub err_bad_filter: &'static str,
    pub err_unknown_resource: &'static str,
    /// Error pages by HTTP status (the API has its own problem details).
    pub status_messages: &'static [(u16, &'static str)],
    pub meta_home: &'static str,
    pub meta_place: &'static str,
    pub meta_resource: &'static str,
    pub docs: &'static super::professional::Docs,
    pub shops: &'static super::shops::Shops,
    pub reports: &'static super::error_reports::Reports,
}

impl Ui {
    /// This language's typed messages (see `locale::messages`).
    pub fn msg(&self) -> super::messages::Messages<'_> {
        super::messages::Messages::new(self.plurals.bundle())
    }

    /// How old a fact is, in words: "Mis à jour il y a 3 mois", or for a fact
    /// older than 24 months "Information de 2016 — appelez avant de vous déplacer".
    pub fn does_for(&self, r: &crate::domain::Resource) -> Option<&'static str> {
        let s = r.service?;
        self.does.iter().find(|(k, _)| *k == s).map(|(_, t)| *t)
    }

    pub fn age_words(&self, r: &crate::domain::Resource, today: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let when =
            |d: chrono::NaiveDate| format!("{} {}", self.months[d.month0() as usize], d.year());
        if let Some(d) = r.confirmed_by_structure(today) {
            return self.msg().verified_by_structure(&self.date_words(d));
        }
        match r.checked {
            Some(c) if !r.is_stale(today) && c > r.updated => {
                fill(self.age_checked, &[("when", &when(c))])
            }
            _ if r.is_stale(today) => fill(self.age_old, &[("when", &when(r.updated))]),
            _ => fill(self.age, &[("when", &when(r.updated))]),
        }
    }

    /// A full date in words ("4 décembre 2026", "1er mai"): never 04/12,
    /// which reads as April in English.
    pub fn date_words(&self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        fill(
            &self.plurals.get("date", i64::from(d.day())),
            &[
                ("month", self.date_months[d.month0() as usize]),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// The sentence of an error page for this status; "not found" by default.
    pub fn status_message(&self, status: u16) -> &'static str {
        self.status_messages
            .iter()
            .find(|(s, _)| *s == status)
            // A status without its own words takes its class's: never "this
            // address does not exist" for a refusal or a failure.
            .or_else(|| {
                let class = if status >= 500 { 500 } else { 400 };
                self.status_messages.iter().find(|(s, _)| *s == class)
            })
            .map(|(_, m)| *m)
            .unwrap_or(self.title_error)
    }

    /// The title of an error page: "not found" only when something was not found.
    pub fn status_title(&self, status: u16) -> &'static str {
        match status {
            404 => self.title_error,
            500.. => self.title_failed,
            _ => self.title_refused,
        }
    }

    pub fn licence<'a>(&self, published: &'a str) -> &'a str {
        self.licences
            .iter()
            .find(|(fr, _)| *fr == published)
            .map_or(published, |(_, here)| here)
    }

    pub fn place_note(&self, n: crate::domain::PlaceNote) -> &'static str {
        match n {
            crate::domain::PlaceNote::CommunePoint => self.place_commune_point,
            crate::domain::PlaceNote::Itinerant => self.place_itinerant,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    /// The table is in `ALL` order, and each prefix is `/` and the code.
    #[test]
    fn each_language_lives_under_its_code() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i);
            let want = if lang == Lang::Fr {
                String::new()
            } else {
                format!("/{}", lang.code())
            };
            assert_eq!(lang.prefix(), want);
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(
                Lang::split_path(&format!("{}/commune/01034", lang.prefix())),
                (lang, "/commune/01034")
            );
        }
        // A French path that starts like a code is not that language's.
        assert_eq!(
            Lang::split_path("/arrondissement"),
            (Lang::Fr, "/arrondissement")
        );
    }

    /// Numbers come from the data (`{line}`, `{police}`…), so a text can never
    /// keep an old number after the data changes.
    #[test]
    fn witness_advice_writes_no_phone_number_itself() {
        for lang in Lang::ALL {
            for line in lang.ui().witness_do {
                let digits = line.chars().filter(char::is_ascii_digit).count();
                assert_eq!(digits, 0, "{line}");
            }
        }
    }
}
