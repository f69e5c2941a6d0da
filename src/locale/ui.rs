//! The shape of a language's catalogue: every sentence a page shows, the
//! labels of the domain's values, and the language itself.

use super::messages::{Messages, Plain};
use crate::domain::{Audience, Category};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use std::borrow::Cow;

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

/// A language's pages: its messages (formatted when a page is drawn, see
/// `locale::messages`) and what the layout needs to know of the language.
pub struct Ui {
    pub lang: Lang,
    pub prefix: &'static str,
    pub rtl: bool,
    /// Whether a native speaker has reviewed this catalogue (`language-reviewed`).
    pub reviewed: bool,
    bundle: FluentBundle<FluentResource>,
    plain: Plain,
}

impl Ui {
    pub(super) fn new(lang: Lang, bundle: FluentBundle<FluentResource>) -> Self {
        let plain = Messages::formatted(&bundle);
        let m = Messages::new(&bundle, &plain);
        let rtl = m.language_direction() == "rtl";
        let reviewed = m.language_reviewed() == "yes";
        Ui {
            lang,
            prefix: lang.prefix(),
            rtl,
            reviewed,
            bundle,
            plain,
        }
    }

    /// This language's typed messages (see `locale::messages`).
    pub fn msg(&self) -> Messages<'_> {
        Messages::new(&self.bundle, &self.plain)
    }

    /// What a kind of structure does for a person facing violence at home,
    /// in one line (sources in data/SOURCES.md).
    pub fn does_for(&self, r: &crate::domain::Resource) -> Option<Cow<'_, str>> {
        use crate::domain::Service;
        let m = self.msg();
        Some(match r.service? {
            Service::Gendarmerie => m.does_gendarmerie(),
            Service::Police => m.does_police(),
            Service::Cidff => m.does_cidff(),
            Service::VictimSupport => m.does_victim_support(),
            Service::Mjd => m.does_mjd(),
            Service::PointJustice => m.does_point_justice(),
            Service::FranceServices => m.does_france_services(),
            Service::Ccas => m.does_ccas(),
            Service::Mairie => m.does_mairie(),
            #[allow(unreachable_patterns)]
            _ => return None,
        })
    }

    /// A month's name (January is 0).
    pub fn month(&self, month0: u32) -> Cow<'_, str> {
        self.msg()
            .months_list()
            .into_iter()
            .nth(month0 as usize)
            .unwrap_or_default()
    }

    /// A month as a full date writes it ("3 квітня": Ukrainian's genitive).
    pub fn date_month(&self, month0: u32) -> Cow<'_, str> {
        self.msg()
            .date_months_list()
            .into_iter()
            .nth(month0 as usize)
            .unwrap_or_default()
    }

    /// A weekday's name (Monday is 0).
    pub fn day(&self, from_monday: u32) -> Cow<'_, str> {
        self.msg()
            .days_list()
            .into_iter()
            .nth(from_monday as usize)
            .unwrap_or_default()
    }

    /// A weekday as "opens …" puts it (Monday is 0): "el lunes", "у понеділок".
    pub fn day_on(&self, from_monday: u32) -> Cow<'_, str> {
        self.msg()
            .days_on_list()
            .into_iter()
            .nth(from_monday as usize)
            .unwrap_or_default()
    }

    /// "3 avril 2026", "3 April 2026": never 03/04, which reads as March in English.
    pub fn date_words(&self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        self.msg()
            .date(super::messages::args::Date {
                month: &self.date_month(d.month0()),
                n: i64::from(d.day()),
                year: &d.year().to_string(),
            })
            .into_owned()
    }

    /// How old a fact is, in words: "Mis à jour il y a 3 mois", or for a fact
    /// older than 24 months "Information de 2016".
    pub fn age_words(&self, r: &crate::domain::Resource, today: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let m = self.msg();
        if let Some(d) = r.confirmed_by_structure(today) {
            return m.verified_by_structure(&self.date_words(d)).into_owned();
        }
        // "juillet 2026", "julho de 2026": each language joins them its way.
        let when = |d: chrono::NaiveDate| {
            m.month_year(super::messages::args::MonthYear {
                month: &self.month(d.month0()),
                year: &d.year().to_string(),
            })
            .into_owned()
        };
        match r.checked {
            Some(c) if !r.is_stale(today) && c > r.updated => m.age_checked(&when(c)),
            _ if r.is_stale(today) => m.age_old(&when(r.updated)),
            _ => m.age(&when(r.updated)),
        }
        .into_owned()
    }

    /// The sentence of an error page for this status; "not found" by default.
    pub fn status_message(&self, status: u16) -> Cow<'_, str> {
        let m = self.msg();
        match status {
            400 => m.status_messages_400(),
            404 => m.status_messages_404(),
            405 => m.status_messages_405(),
            414 => m.status_messages_414(),
            429 => m.status_messages_429(),
            431 => m.status_messages_431(),
            503 => m.status_messages_503(),
            // A status without its own words takes its class's: never "this
            // address does not exist" for a refusal or a failure.
            500.. => m.status_messages_500(),
            _ => m.status_messages_400(),
        }
    }

    /// The title of an error page: "not found" only when something was not found.
    pub fn status_title(&self, status: u16) -> Cow<'_, str> {
        let m = self.msg();
        match status {
            404 => m.title_error(),
            500.. => m.title_failed(),
            _ => m.title_refused(),
        }
    }

    /// The publishers' licence names, as this language calls them (French: as published).
    pub fn licence<'a>(&'a self, published: &'a str) -> Cow<'a, str> {
        let m = self.msg();
        match published {
            "Licence Ouverte 2.0" => m.licences_licence_ouverte_2_0(),
            "Licence Ouverte (Etalab)" => m.licences_licence_ouverte_etalab(),
            "Document public" => m.licences_document_public(),
            "Faits publics" => m.licences_faits_publics(),
            _ => Cow::Borrowed(published),
        }
    }

    pub fn place_note(&self, n: crate::domain::PlaceNote) -> Cow<'_, str> {
        match n {
            crate::domain::PlaceNote::CommunePoint => self.msg().place_commune_point(),
            crate::domain::PlaceNote::Itinerant => self.msg().place_itinerant(),
        }
    }

    /// Which line for which worry, by record id: the numbers come from the data.
    pub fn witness_call(&self, id: &str) -> Option<Cow<'_, str>> {
        use crate::domain::model::ids;
        let m = self.msg();
        Some(match id {
            ids::POLICE => m.witness_calls_police(),
            ids::SMS_EMERGENCY => m.witness_calls_sms_emergency(),
            ids::VIOLENCES_FEMMES_INFO => m.witness_calls_violences_femmes_info(),
            ids::CHILDREN_IN_DANGER => m.witness_calls_children_in_danger(),
            ids::VICTIM_SUPPORT => m.witness_calls_victim_support(),
            ids::POLICE_CHAT => m.witness_calls_police_chat(),
            _ => return None,
        })
    }

    /// The label of a category of the data.
    pub fn category(&self, c: Category) -> Cow<'_, str> {
        let m = self.msg();
        match c {
            Category::Emergency => m.category_emergency(),
            Category::ListeningLine => m.category_listening_line(),
            Category::VictimSupport => m.category_victim_support(),
            Category::WomensRights => m.category_womens_rights(),
            Category::Justice => m.category_justice(),
            Category::SocialServices => m.category_social_services(),
            Category::Police => m.category_police(),
            Category::Health => m.category_health(),
            Category::Shelter => m.category_shelter(),
            Category::Disability => m.category_disability(),
            Category::Elderly => m.category_elderly(),
            Category::Children => m.category_children(),
            Category::OnlineService => m.category_online_service(),
            Category::Housing => m.category_housing(),
            Category::AccessToRights => m.category_access_to_rights(),
        }
    }

    /// The label of an audience of the data.
    pub fn audience(&self, a: Audience) -> Cow<'_, str> {
        let m = self.msg();
        match a {
            Audience::Everyone => m.audience_everyone(),
            Audience::Women => m.audience_women(),
            Audience::Children => m.audience_children(),
            Audience::Youth => m.audience_youth(),
            Audience::Elderly => m.audience_elderly(),
            Audience::Disabled => m.audience_disabled(),
            Audience::Deaf => m.audience_deaf(),
            Audience::Lgbt => m.audience_lgbt(),
            Audience::Witnesses => m.audience_witnesses(),
            Audience::Perpetrators => m.audience_perpetrators(),
            Audience::Professionals => m.audience_professionals(),
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
        let holes = crate::locale::args::WitnessDoList {
            line: "{line}",
            police: "{police}",
        };
        for lang in Lang::ALL {
            for line in lang.ui().msg().witness_do_list(holes) {
                let digits = line.chars().filter(char::is_ascii_digit).count();
                assert_eq!(digits, 0, "{line}");
            }
        }
    }

    /// "Opens" takes the weekday as each language says it after the verb
    /// (uk accusative, es and pt with their article, ar with "يوم"), and a
    /// month before its year reads "julho de 2026" where the language wants "de".
    #[test]
    fn weekdays_and_months_take_the_form_their_sentence_needs() {
        let opens = |lang: Lang| {
            let ui = lang.ui();
            let d = ui.day_on(0);
            ui.msg()
                .opens_at(crate::locale::args::OpensAt { d: &d, t: "09:00" })
                .into_owned()
        };
        assert_eq!(opens(Lang::Fr), "ouvre lundi à 09:00");
        assert_eq!(opens(Lang::Es), "abre el lunes a las 09:00");
        assert_eq!(opens(Lang::Uk), "відчиняється у понеділок о 09:00");
        assert_eq!(opens(Lang::Pt), "abre na segunda-feira às 09:00");
        assert_eq!(opens(Lang::Ar), "يفتح يوم الاثنين الساعة 09:00");
        let month_year = |lang: Lang| {
            let ui = lang.ui();
            let month = ui.month(6);
            ui.msg()
                .month_year(crate::locale::args::MonthYear {
                    month: &month,
                    year: "2026",
                })
                .into_owned()
        };
        assert_eq!(month_year(Lang::Fr), "juillet 2026");
        assert_eq!(month_year(Lang::Pt), "julho de 2026");
        assert_eq!(month_year(Lang::Es), "julio de 2026");
        assert_eq!(month_year(Lang::En), "July 2026");
    }
}
