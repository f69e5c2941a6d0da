//! The site in each of its languages: every page in every language speaks
//! only that language (checked with each catalogue's own sentences), Arabic
//! reads right to left with its numbers left to right, the language menu
//! leads to the same page, and the API answers in the asked language.

use crate::common::{self, page, sel};
use maillage::locale::catalogue::messages;
use maillage::locale::Lang;
use std::collections::BTreeSet;

/// One page of each kind, below a language's prefix.
const PAGES: [&str; 26] = [
    "/",
    "/vos-droits",
    "/vos-droits?commune=01034",
    "/commune/01034",
    "/commune/59392?tout=1",
    "/ressource/mairie:01034",
    "/ressource/national:3919",
    "/securite",
    "/temoin",
    "/temoin?commune=01034",
    "/commerces",
    "/affiche",
    "/affiche/01034",
    "/affiche/01034?format=etiquettes-21",
    "/affiche/01034?format=bandeau",
    "/affiche/01034?format=set-de-table",
    "/a-propos",
    "/integrer?lieu=belley",
    "/widget?commune=01034",
    "/widget",
    "/recherche?lieu=Saint-Aubin",
    "/recherche?lieu=qqqqzzzz",
    "/signaler/mairie:01034",
    "/signaler/merci",
    "/nulle-part",
    "/departement/2A",
];

/// The sentences of a catalogue, cut at their `{holes}`, that could only come
/// from that catalogue: at least two words, and in no sentence of `here`.
fn foreign_sentences(other: Lang, here: &[String]) -> BTreeSet<String> {
    messages(other)
        .unwrap()
        .iter()
        .flat_map(|m| {
            m.split(['{', '}'])
                .map(|s| {
                    s.trim()
                        .trim_end_matches([':', ',', ';'])
                        .trim()
                        .to_string()
                })
                .collect::<Vec<_>>()
        })
        .filter(|s| s.split_whitespace().count() >= 2 && s.chars().any(char::is_alphabetic))
        .filter(|s| !here.iter().any(|h| h.contains(s.as_str())))
        .collect()
}

/// What a reader of the page's language reads: text, titles and labels,
/// without the parts marked as another language (French data, the menu).
fn readable_text(doc: &scraper::Html, lang: &str) -> String {
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let marked = node
            .ancestors()
            .filter_map(|a| a.value().as_element())
            .find_map(|e| e.attr("lang"));
        let in_code = node
            .ancestors()
            .filter_map(|a| a.value().as_element())
            .any(|e| ["script", "style", "code", "pre", "textarea"].contains(&e.name()));
        if marked == Some(lang) && !in_code {
            out.push_str(text);
            out.push('\n');
        }
    }
    for e in doc.select(&sel(
        "[aria-label], [title], [placeholder], meta[name=description]",
    )) {
        for a in ["aria-label", "title", "placeholder", "content"] {
            if let Some(v) = e.value().attr(a) {
                out.push_str(v);
                out.push('\n');
            }
        }
    }
    out
}

#[actix_web::test]
async fn every_page_in_every_language_holds_no_sentence_of_another_catalogue() {
    let app = common::spawn().await;
    for lang in Lang::ALL {
        let here = messages(lang).unwrap();
        let foreign: Vec<(Lang, BTreeSet<String>)> = Lang::ALL
            .into_iter()
            .filter(|o| *o != lang)
            .map(|o| (o, foreign_sentences(o, &here)))
            .collect();
        for path in PAGES {
            let url = format!("{}{path}", lang.prefix());
            let (status, _, doc) = page(&app, &url).await;
            assert!(status < 500, "{url}: {status}");
            let html = doc.select(&sel("html")).next().unwrap();
            assert_eq!(html.value().attr("lang"), Some(lang.code()), "{url}");
            let text = readable_text(&doc, lang.code());
            for (other, sentences) in &foreign {
                for s in sentences {
                    assert!(
                        !text.contains(s.as_str()),
                        "{url} shows «{s}» from the {other:?} catalogue"
                    );
                }
            }
        }
    }
}

#[actix_web::test]
async fn arabic_pages_read_right_to_left_and_their_numbers_left_to_right() {
    let app = common::spawn().await;
    for path in [
        "/ar/",
        "/ar/commune/01034",
        "/ar/ressource/mairie:01034",
        "/ar/temoin?commune=01034",
    ] {
        let (status, _, doc) = page(&app, path).await;
        assert_eq!(status, 200, "{path}");
        let html = doc.select(&sel("html")).next().unwrap();
        assert_eq!(html.value().attr("dir"), Some("rtl"), "{path}");
        let numbers: Vec<_> = doc
            .select(&sel("main a[href^='tel:'], main a[href^='sms:']"))
            .collect();
        assert!(numbers.len() >= 4, "{path}");
        for a in numbers {
            assert_eq!(a.value().attr("dir"), Some("ltr"), "{path}: {}", a.html());
        }
        // French data inside an Arabic page says it is French.
        for h in doc.select(&sel("main h3 a[href*='/ressource/']")) {
            assert_eq!(h.value().attr("lang"), Some("fr"), "{path}");
        }
    }
    let (_, _, doc) = page(&app, "/pt/commune/01034").await;
    let html = doc.select(&sel("html")).next().unwrap();
    assert_eq!(html.value().attr("dir"), Some("ltr"));
}

#[actix_web::test]
async fn the_language_menu_leads_to_the_same_page_in_each_language() {
    let app = common::spawn().await;
    let (_, _, doc) = page(&app, "/uk/commune/01034").await;
    let links: Vec<(String, String)> = doc
        .select(&sel("nav.langs a[hreflang]"))
        .map(|a| {
            (
                a.value().attr("hreflang").unwrap().to_string(),
                a.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    for lang in Lang::ALL {
        let want = format!("{}/commune/01034", lang.prefix());
        assert!(
            links.iter().any(|(l, h)| l == lang.code() && *h == want),
            "{want} missing from {links:?}"
        );
    }
    // Each language named in its own script, the page's own marked current.
    let current: Vec<String> = doc
        .select(&sel("nav.langs a[aria-current=page]"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(current, ["Українська"]);
    // Every language's home answers, and its bare prefix leads there.
    for lang in Lang::ALL.into_iter().skip(1) {
        let r = app.get(lang.prefix()).await;
        assert_eq!(r.status(), 301, "{}", lang.prefix());
        assert_eq!(r.headers()["location"], format!("{}/", lang.prefix()));
        let (status, _, _) = page(&app, &format!("{}/", lang.prefix())).await;
        assert_eq!(status, 200, "{}", lang.prefix());
    }
}

#[actix_web::test]
async fn the_api_answers_in_the_asked_language() {
    let app = common::spawn().await;
    for lang in Lang::ALL {
        let r = app
            .get(&format!(
                "/api/v1/resources?commune=01034&lang={}",
                lang.code()
            ))
            .await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-language"], lang.code());
        let body: serde_json::Value = r.json().await.unwrap();
        let first = body["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "mairie:01034")
            .expect("the mairie");
        let m = lang.ui().msg();
        assert_eq!(
            first["category_label"].as_str(),
            Some(&*m.category_social_services()),
            "{lang:?}"
        );
        assert_eq!(first["does"].as_str(), Some(&*m.does_mairie()), "{lang:?}");
        // The age in words, with the month of this language.
        let age = first["age"]["text"].as_str().unwrap();
        assert!(
            m.months_list().iter().any(|m| age.contains(&**m)),
            "{lang:?}: {age}"
        );
    }
    // The header chooses when the parameter is absent.
    let r = app
        .client
        .get(format!("{}/api/v1/resources?commune=01034", app.base))
        .header("Accept-Language", "tr-TR,tr;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "tr");
    // A language the site does not have is a 400 that lists those it has.
    let r = app.get("/api/v1/resources?commune=01034&lang=de").await;
    assert_eq!(r.status(), 400);
    let p: serde_json::Value = r.json().await.unwrap();
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("fr, en, ar, pt, tr, es, uk, ro"),
        "{p}"
    );
}

#[actix_web::test]
async fn search_engines_learn_each_pages_twin_in_every_language() {
    let app = common::spawn_public("https://aide.example.fr").await;
    let (_, _, doc) = page(&app, "/pt/commune/01034").await;
    let alternates: Vec<(String, String)> = doc
        .select(&sel("head link[rel=alternate][hreflang]"))
        .map(|l| {
            (
                l.value().attr("hreflang").unwrap().to_string(),
                l.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(alternates.len(), Lang::ALL.len(), "{alternates:?}");
    assert!(alternates.contains(&(
        "ar".to_string(),
        "https://aide.example.fr/ar/commune/01034".to_string()
    )));
    assert!(alternates.contains(&(
        "fr".to_string(),
        "https://aide.example.fr/commune/01034".to_string()
    )));
    // A page kept out of search engines names no twin for them.
    let (_, _, doc) = page(&app, "/pt/commune/01034?category=police").await;
    assert!(doc
        .select(&sel("head link[rel=alternate]"))
        .next()
        .is_none());
}

/// A national line keeps its French name (what she says on the phone), with
/// what it means beside it; its description, hours note, phone labels and
/// review note read in every language, so no translated page shows one of
/// them in French as if it were a translation.
#[actix_web::test]
async fn national_lines_read_in_every_language_beside_their_french_name() {
    let app = common::spawn().await;
    let engine = common::engine();
    let national: Vec<_> = engine
        .cat
        .resources
        .iter()
        .filter(|r| r.is_national())
        .collect();
    assert!(national.len() > 15);
    for lang in Lang::ALL.into_iter().skip(1) {
        for r in &national {
            let url = format!("{}/ressource/{}", lang.prefix(), r.id);
            let (status, _, doc) = page(&app, &url).await;
            assert_eq!(status, 200, "{url}");
            let text: String = doc.root_element().text().collect();
            let own = r
                .translation(lang.code())
                .unwrap_or_else(|| panic!("{url}: no {lang:?} words"));
            let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
            assert_eq!(h1, r.name, "{url}: the name stays French");
            let gloss = own.gloss.as_deref().expect("a gloss");
            assert!(text.contains(gloss), "{url}: no gloss «{gloss}»");
            let pairs = [
                (r.description.as_deref(), own.description.as_deref()),
                (r.hours_note.as_deref(), own.hours_note.as_deref()),
                (
                    r.review_note.as_deref().filter(|_| r.needs_review),
                    own.review_note.as_deref(),
                ),
            ];
            for (french, mine) in pairs {
                let Some(french) = french else { continue };
                let mine = mine.unwrap_or_else(|| panic!("{url}: «{french}» untranslated"));
                assert!(!text.contains(french), "{url} shows «{french}»");
                assert!(text.contains(mine), "{url} lacks «{mine}»");
            }
            for (p, l) in r.phones.iter().zip(&own.phone_labels) {
                if let (Some(french), Some(mine)) = (&p.label, l) {
                    assert!(!text.contains(french.as_str()), "{url} shows «{french}»");
                    assert!(text.contains(mine.as_str()), "{url} lacks «{mine}»");
                }
            }
        }
    }
    // The API gives the same description, in the asked language and saying so.
    let (_, body) = app.json("/api/v1/resources?lang=uk").await;
    let line = body["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "national:3919")
        .expect("the 3919");
    let r = engine.resource("national:3919").unwrap();
    assert_eq!(line["description_lang"], "uk");
    assert_eq!(
        line["description"].as_str(),
        r.translation("uk").unwrap().description.as_deref()
    );
}

/// A French text without a translation (a source's note on its hours, a
/// local description) says it is French, and is marked so: never passed off
/// as her language.
#[actix_web::test]
async fn a_french_note_left_untranslated_says_it_is_the_sources_in_french() {
    let app = common::spawn().await;
    let engine = common::engine();
    let r = engine
        .cat
        .resources
        .iter()
        .find(|r| !r.is_national() && r.hours_note.is_some() && r.translations.is_empty())
        .expect("a local record with an hours note");
    let note = r.hours_note.as_deref().unwrap();
    for lang in Lang::ALL.into_iter().skip(1) {
        let url = format!("{}/ressource/{}", lang.prefix(), r.id);
        let (_, _, doc) = page(&app, &url).await;
        let marked: Vec<String> = doc
            .select(&sel("span[lang=fr]"))
            .map(|e| e.text().collect())
            .collect();
        assert!(marked.iter().any(|t| t == note), "{url}: note not lang=fr");
        let labels: Vec<String> = doc
            .select(&sel(".in-fr"))
            .map(|e| e.text().collect())
            .collect();
        let label = lang.ui().msg().source_note_fr().into_owned();
        assert!(
            labels.iter().any(|l| l.starts_with(&label)),
            "{url}: {labels:?}"
        );
    }
    // In French, the note is just the note.
    let (_, _, doc) = page(&app, &format!("/ressource/{}", r.id)).await;
    assert_eq!(doc.select(&sel(".in-fr")).count(), 0);
}

/// The review badge of a national line names what is unconfirmed (its hours,
/// for the 116 006), and a line whose facts are certain has none.
#[actix_web::test]
async fn a_national_lines_badge_says_what_is_unconfirmed_and_a_certain_line_has_none() {
    use maillage::domain::Unconfirmed;
    let app = common::spawn().await;
    let engine = common::engine();
    for lang in Lang::ALL {
        let url = format!("{}/commune/01034", lang.prefix());
        let (_, _, doc) = page(&app, &url).await;
        let m = lang.ui().msg();
        let (mut certain, mut doubtful) = (0, 0);
        for li in doc.select(&sel("ul.lines li")) {
            let href = li
                .select(&sel("a"))
                .next()
                .unwrap()
                .value()
                .attr("href")
                .unwrap();
            let id = href.rsplit('/').next().unwrap();
            let r = engine.resource(id).unwrap();
            let badge: Option<String> = li
                .select(&sel(".review"))
                .next()
                .map(|b| b.text().collect());
            let want = r.unconfirmed.filter(|_| r.needs_review).map(|u| match u {
                Unconfirmed::Hours => m.unconfirmed_hours(),
                Unconfirmed::CostAndHours => m.unconfirmed_cost_and_hours(),
                Unconfirmed::Undated => m.unconfirmed_undated(),
                Unconfirmed::Presence => m.unconfirmed_presence(),
            });
            assert_eq!(badge.as_deref(), want.as_deref(), "{url}: {id}");
            if want.is_some() {
                doubtful += 1
            } else {
                certain += 1
            }
            if id == "national:116006" {
                assert_eq!(badge.as_deref(), Some(&*m.unconfirmed_hours()));
            }
        }
        assert!(
            certain > 0 && doubtful > 0,
            "{url}: {certain} certain, {doubtful} doubtful"
        );
    }
}

/// The header names the page's language in its own script, behind a globe,
/// and opens on every language's name (not the French word "Langues"); its
/// navigation is labelled in the page's language.
#[actix_web::test]
async fn the_header_names_the_languages_themselves_in_the_pages_language() {
    let app = common::spawn().await;
    for lang in Lang::ALL {
        let url = format!("{}/commune/01034", lang.prefix());
        let (_, _, doc) = page(&app, &url).await;
        let m = lang.ui().msg();
        let nav = doc.select(&sel("header nav")).next().unwrap();
        assert_eq!(
            nav.value().attr("aria-label"),
            Some(&*m.nav_label()),
            "{url}"
        );
        let summary: String = nav
            .select(&sel("details.hlangs summary span[lang]"))
            .next()
            .unwrap()
            .text()
            .collect();
        assert_eq!(summary, m.language_name(), "{url}");
        let names: Vec<String> = nav
            .select(&sel("details.hlangs a[hreflang]"))
            .map(|a| a.text().collect())
            .collect();
        for other in Lang::ALL {
            let name = other.ui().msg().language_name().into_owned();
            assert!(names.contains(&name), "{url}: no {name} in {names:?}");
        }
        let links: Vec<&str> = nav
            .select(&sel("details.hlangs a[hreflang]"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert!(links.contains(&"/en/commune/01034"), "{url}: {links:?}");
    }
}

/// A French place name inside a translated heading is isolated, so Arabic
/// cannot move its brackets ("(Ain" ).
#[actix_web::test]
async fn a_french_place_in_a_translated_heading_is_isolated() {
    let app = common::spawn().await;
    for path in ["/ar/departement/01", "/ar/commune/01034"] {
        let (_, _, doc) = page(&app, path).await;
        let bdi: String = doc
            .select(&sel("h1 bdi[lang=fr]"))
            .next()
            .unwrap_or_else(|| panic!("{path}: no isolated name"))
            .text()
            .collect();
        assert!(
            bdi.contains("Ain") || bdi.contains("Belley"),
            "{path}: {bdi}"
        );
    }
}

/// A source dated only by its month says the month, never an invented
/// "1er" (the 115's reference is of September 2023).
#[actix_web::test]
async fn a_source_dated_by_its_month_is_not_given_a_day() {
    let app = common::spawn().await;
    for (path, want) in [
        ("/ressource/national:115", "Mis à jour en septembre 2023"),
        ("/en/ressource/national:115", "Updated in September 2023"),
        (
            "/pt/ressource/national:115",
            "Atualizado em setembro de 2023",
        ),
    ] {
        let (_, _, doc) = page(&app, path).await;
        let summary: String = doc
            .select(&sel("details.source summary"))
            .next()
            .unwrap()
            .text()
            .collect();
        assert!(summary.starts_with(want), "{path}: {summary}");
        assert!(
            !summary.contains("1er") && !summary.contains(" 1 "),
            "{path}: {summary}"
        );
    }
}
