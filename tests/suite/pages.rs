//! HTML pages over real HTTP: the quick exit everywhere, escaping, headers,
//! page weight, and the cases a person can type.

use crate::common;
use crate::common::{page, sel};
use std::io::Write;

const PAGES: [&str; 35] = [
    "/",
    "/recherche?lieu=belley",
    "/recherche?lieu=01300",
    "/recherche?lieu=Saint-Aubin",
    "/recherche?lieu=01005",
    "/recherche?lieu=qqqqzzzz",
    "/recherche?lieu=",
    "/commune/01034",
    "/commune/99999",
    "/ressource/mairie:01034",
    "/affiche/01034",
    "/departement/2A",
    "/widget?commune=01034",
    "/securite",
    "/a-propos",
    "/integrer",
    "/en/commune/75111",
    "/temoin",
    "/affiche",
    "/en/ressource/national:3919",
    "/commerces",
    "/en/commerces",
    "/affiche/01034?format=etiquettes-21",
    "/affiche/01034?format=bandeau",
    "/en/affiche/01034?format=set-de-table",
    "/signaler/mairie:01034",
    "/signaler/merci",
    "/ar/",
    "/uk/",
    "/affiche-multilingue",
    "/en/widget?commune=01034",
    "/facile/",
    "/facile/commune/01034",
    "/facile/temoin",
    "/temoin?commune=01034",
];

#[actix_web::test]
async fn every_html_page_has_the_quick_exit_first_and_strict_headers() {
    let app = common::spawn().await;
    for path in PAGES {
        let (status, h, doc) = page(&app, path).await;
        assert!(status < 500, "{path}: {status}");
        let first_link = doc.select(&sel("body a")).next().unwrap();
        assert_eq!(first_link.value().id(), Some("quick-exit"), "{path}");
        assert_eq!(
            first_link.value().attr("href"),
            Some("https://exit.example/"),
            "{path}"
        );
        assert!(
            first_link
                .value()
                .attr("rel")
                .unwrap()
                .contains("noreferrer"),
            "{path}"
        );
        assert!(
            doc.select(&sel("a[href$='/securite']")).next().is_some(),
            "{path}: safety link"
        );
        assert!(doc.select(&sel("html[lang]")).next().is_some(), "{path}");
        for s in doc.select(&sel("script")) {
            let src = s
                .value()
                .attr("src")
                .unwrap_or_else(|| panic!("{path}: inline script"));
            assert!(src.starts_with("/static/"), "{path}: {src}");
        }
        for l in doc.select(&sel("link[href], img[src]")) {
            let url = l.value().attr("href").or(l.value().attr("src")).unwrap();
            assert!(
                url.starts_with('/') || url.starts_with("data:"),
                "{path}: third-party {url}"
            );
        }
        assert_eq!(h["cache-control"], "no-store", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert!(h.get("set-cookie").is_none(), "{path}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        let framable = path.starts_with("/widget") || path.starts_with("/en/widget");
        assert_eq!(csp.contains("frame-ancestors *"), framable, "{path}");
    }
}

#[actix_web::test]
async fn typed_text_is_escaped_and_bad_input_gets_a_french_page() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/recherche?lieu=zz%27qq%20%C3%A9t%C3%A9").await;
    assert_eq!(status, 404);
    // What was typed stays in the search field only, never quoted as prose.
    assert!(!doc
        .root_element()
        .text()
        .collect::<String>()
        .contains("zz'qq été"));
    assert_eq!(
        doc.select(&sel("#lieu"))
            .next()
            .unwrap()
            .value()
            .attr("value"),
        Some("zz'qq été")
    );

    for (path, want) in [
        ("/recherche?lieu=%3Cscript%3Ealert(1)%3C/script%3E", 400),
        ("/recherche?lieu=%22%3E%3Cb%3Ex", 400),
        ("/recherche?lieu=%FF%FE", 400),
        ("/recherche?lieu=%20%20", 400),
        ("/commune/not-a-code", 404),
        ("/ressource/%3Cx%3E", 404),
        ("/affiche/00000", 404),
        ("/departement/99", 404),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status().as_u16(), want, "{path}");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        let body = r.text().await.unwrap();
        assert!(
            !body.contains("<script>alert") && !body.contains("<b>x"),
            "{path}"
        );
        assert!(body.contains("id=\"quick-exit\""), "{path}");
    }
    let long = format!("/recherche?lieu={}", "a".repeat(10_000));
    let r = app.get(&long).await;
    assert!(r.status().is_client_error(), "{}", r.status());
}

#[actix_web::test]
async fn results_show_emergency_then_listening_then_local_with_hours_and_date() {
    // The wording of a fact's age depends on the day: drawn on a fixed one,
    // so "confirmed by its source" stays true of this test after 2028.
    let app = common::spawn_with(maillage::web::Config {
        clock: maillage::web::Clock::fixed("2026-12-04T10:00:00Z".parse().unwrap()),
        ..common::test_config()
    })
    .await;
    let (status, _, doc) = page(&app, "/commune/01034").await;
    assert_eq!(status, 200);
    let tels: Vec<&str> = doc
        .select(&sel("a[href^='tel:'], a[href^='sms:']"))
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(
        &tels[..5],
        ["tel:17", "tel:112", "sms:114", "tel:3919", "tel:119"]
    );
    let listen = doc
        .select(&sel(".listen"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(
        listen.contains("pas un numéro d'urgence")
            && listen.contains("n'apparaît pas sur la facture"),
        "{listen}"
    );
    let cards: Vec<String> = doc
        .select(&sel("#h-near ~ .cards .card"))
        .map(|c| c.text().collect::<String>())
        .collect();
    assert!(
        cards[0].contains("gendarmerie"),
        "the nearest police first: {}",
        cards[0]
    );
    let first = cards
        .iter()
        .find(|c| c.contains("Mairie de Belley"))
        .expect("the mairie on the first screen");
    assert!(first.contains("04 79 42 23 00"), "{first}");
    assert!(
        first.contains("Ouvert") || first.contains("Fermé"),
        "{first}"
    );
    assert!(first.contains("Confirmée par sa source en "), "{first}");
    // The CCAS (2026) stands at the commune's point: "dans la commune", not "0,0 km".
    let ccas = cards
        .iter()
        .find(|c| c.contains("(CCAS) - Belley"))
        .expect("the CCAS");
    assert!(
        ccas.contains("dans la commune") && !ccas.contains("0,0 km"),
        "{ccas}"
    );
    assert!(
        !first.contains(" km"),
        "no distance to the commune's own mairie: {first}"
    );
    assert!(doc
        .select(&sel("a[href='/affiche/01034']"))
        .next()
        .is_some());
}

#[actix_web::test]
async fn places_without_local_data_and_overseas_places_still_answer() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/commune/98735").await;
    assert_eq!(status, 200);
    let text = doc.root_element().text().collect::<String>();
    assert!(text.contains("Pas encore de données locales"), "{text}");
    assert!(doc.select(&sel("a[href='tel:3919']")).next().is_some());
    let (status, _, _) = page(&app, "/commune/97411").await;
    assert_eq!(status, 200);
    let (_, _, doc) = page(&app, "/recherche?lieu=Paris%2011").await;
    let text = doc.root_element().text().collect::<String>();
    assert!(text.contains("Paris 11e Arrondissement") && text.contains("toute la ville"));
}

#[actix_web::test]
async fn the_results_page_fits_in_14_kb_compressed_with_its_css() {
    let app = common::spawn().await;
    let client = reqwest::Client::builder().gzip(false).build().unwrap();
    let mut total = 0;
    for path in ["/commune/01034", "/static/site.css"] {
        let r = client
            .get(format!("{}{path}", app.base))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(r.headers()["content-encoding"], "gzip", "{path}");
        total += r.bytes().await.unwrap().len();
    }
    assert!(total <= 14 * 1024, "{total} bytes");
}

#[test]
fn the_server_log_holds_no_query_commune_or_client_address() {
    let data = common::data_dir();
    let index = common::index_dir();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--data"])
        .arg(&data)
        .arg("--index")
        .arg(index)
        .env("MAILLAGE_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(log.reopen().unwrap())
        .stderr(log.reopen().unwrap())
        .spawn()
        .unwrap();
    let rt = actix_web::rt::System::new();
    rt.block_on(async {
        let client = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        // A debug build on busy cores can take several seconds to open the index.
        let mut ready = false;
        for _ in 0..600 {
            if client
                .get(format!("{base}/readyz"))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200)
            {
                ready = true;
                break;
            }
            actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(ready, "server not ready after 60 s");
        for path in [
            "/recherche?lieu=Nantua",
            "/commune/01269",
            "/ressource/mairie:01269",
            "/affiche/01269",
            "/api/v1/resources?commune=01269",
            "/api/v1/communes?q=nantua",
            "/recherche?lieu=qqzzkk",
        ] {
            let r = client
                .get(format!("{base}{path}"))
                .header("X-Forwarded-For", "203.0.113.9")
                .send()
                .await
                .unwrap();
            assert!(r.headers().get("set-cookie").is_none());
        }
    });
    child.kill().unwrap();
    child.wait().unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut log.reopen().unwrap(), &mut text).unwrap();
    let access: Vec<&str> = text.lines().filter(|l| l.contains("route=")).collect();
    assert!(access.len() >= 7, "access lines are written: {text}");
    for needle in [
        "nantua",
        "Nantua",
        "01269",
        "qqzzkk",
        "lieu=",
        "203.0.113.9",
    ] {
        assert!(!text.contains(needle), "log contains {needle}:\n{text}");
    }
    for l in access {
        assert!(!l.contains("127.0.0.1"), "client address in {l}");
    }
    let _ = std::io::stderr().flush();
}

#[actix_web::test]
async fn the_emergency_numbers_come_before_any_list_on_every_page() {
    let app = common::spawn().await;
    for path in [
        "/",
        "/recherche?lieu=01300",
        "/recherche?lieu=Saint-Aubin",
        "/recherche?lieu=qqqqzzzz",
        "/recherche?lieu=01005",
        "/commune/01034",
        "/commune/99999",
        "/ressource/mairie:01034",
        "/ressource/dila:cidf-01053-01",
        "/ressource/nothing-here",
        "/en/commune/75111",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        let urgent = html
            .find("class=\"urgent\"")
            .unwrap_or_else(|| panic!("{path}: no emergency block"));
        assert!(html[urgent..].contains("tel:3919"), "{path}: 3919 follows");
        for list in ["class=\"choices\"", "class=\"cards\""] {
            if let Some(at) = html.find(list) {
                assert!(urgent < at, "{path}: {list} before the emergency block");
            }
        }
    }
    let html = app
        .get("/ressource/mairie:01034")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("href=\"/commune/01034\""),
        "a way back to the commune"
    );
    let html = app
        .get("/recherche?lieu=qqqqzzzz")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<h1>Lieu introuvable</h1>"));
}

#[actix_web::test]
async fn the_favicon_exists_and_counts_read_the_french_way() {
    let app = common::spawn().await;
    let r = app.get("/favicon.ico").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/x-icon");
    assert!(
        r.bytes().await.unwrap().starts_with(&[0, 0, 1, 0]),
        "an ICO file"
    );
    let about = app.get("/a-propos").await.text().await.unwrap();
    assert!(
        about.contains("35\u{202f}014 communes"),
        "thousands grouped"
    );
    assert!(!about.contains(" 1 fiches"));
}

#[actix_web::test]
async fn national_lines_are_grouped_by_need_with_perpetrators_apart_and_last() {
    let app = common::spawn().await;
    let (_, _, doc) = page(&app, "/commune/01034").await;
    let national = doc
        .select(&sel("section[aria-labelledby=h-national]"))
        .next()
        .unwrap();
    let heads: Vec<String> = national
        .select(&sel("h3"))
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(
        heads,
        [
            "Si vous ne pouvez pas parler : écrire",
            "Aide aux victimes",
            "Enfants et jeunes",
            "Handicap, personnes âgées",
            "Santé, hébergement",
            "Pour les auteurs de violences"
        ]
    );
    let lists: Vec<String> = national
        .select(&sel("ul.lines"))
        .map(|u| u.text().collect())
        .collect();
    assert!(
        lists[0].starts_with("Tchat police"),
        "the police chat leads: {}",
        lists[0]
    );
    assert!(lists[5].contains("FNACAV") && !lists[1].contains("FNACAV"));
    // An 01 number costs an ordinary call; it is not a premium number.
    assert!(lists[3].contains("FDFA") && lists[3].contains("prix d'un appel normal"));
    assert!(!national.html().contains("surtaxé"));
    // No developer-style source line on the results page.
    assert!(!doc.html().contains("via le paquet"));
}

#[actix_web::test]
async fn the_safety_page_covers_the_phone_with_its_sources_in_both_languages() {
    let app = common::spawn().await;
    let cases = [
        (
            "/securite",
            [
                "Partage de position",
                "Localiser",
                "Snap Map",
                "Logiciels espions",
                "Comptes partagés et sauvegardes",
                "supprimez la conversation avec le 114",
                "Ce que montre le bouton Retour",
                "Centre Hubertine Auclert",
                "CNIL",
            ],
        ),
        (
            "/en/securite",
            [
                "Location sharing",
                "Find My",
                "Snap Map",
                "Spyware",
                "Shared accounts and backups",
                "delete the conversation with 114",
                "What the Back button shows",
                "Centre Hubertine Auclert",
                "CNIL",
            ],
        ),
    ];
    for (path, needles) in cases {
        let (status, _, doc) = page(&app, path).await;
        assert_eq!(status, 200, "{path}");
        let text: String = doc.select(&sel("main")).flat_map(|m| m.text()).collect();
        for n in needles {
            assert!(text.contains(n), "{path} does not say {n:?}");
        }
        assert!(!text.contains('{'), "{path}: a placeholder left unfilled");
        // Linked from the header, next to the exit.
        assert!(doc
            .select(&sel("header nav a[href$='/securite']"))
            .next()
            .is_some());
    }
    // The police chat entry leads to the page where the chat starts.
    let (_, _, doc) = page(&app, "/ressource/national:pnav").await;
    let chat = doc
        .select(&sel("a[href*='tchat']"))
        .filter_map(|a| a.value().attr("href"))
        .next();
    assert_eq!(
        chat,
        Some("https://www.masecurite.interieur.gouv.fr/fr/echange-tchat-police")
    );
}

#[actix_web::test]
async fn witnesses_reach_their_guidance_from_every_commune_page() {
    let app = common::spawn().await;
    for (path, link) in [
        ("/commune/01034", "/temoin?commune=01034"),
        ("/en/commune/01034", "/en/temoin?commune=01034"),
    ] {
        let (_, _, doc) = page(&app, path).await;
        let a = doc.select(&sel(&format!("a[href='{link}']"))).next();
        assert!(a.is_some(), "{path}: no link to {link}");
    }
    let (status, _, doc) = page(&app, "/temoin").await;
    assert_eq!(status, 200);
    let tels: Vec<&str> = doc
        .select(&sel("ul.lines a[href^='tel:'], ul.lines a[href^='sms:']"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    for t in ["tel:17", "sms:114", "tel:3919", "tel:119"] {
        assert!(tels.contains(&t), "witness page lacks {t}: {tels:?}");
    }
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("Ce qu'il vaut mieux éviter"));
}

#[actix_web::test]
async fn english_pages_speak_english_and_link_to_english_pages() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/en/nowhere").await;
    assert_eq!(status, 404);
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("This address does not exist"), "{text}");
    let (_, _, doc) = page(&app, "/en/ressource/mairie:01034").await;
    assert!(doc
        .select(&sel("main a[href='/en/commune/01034']"))
        .next()
        .is_some());
    assert!(doc
        .select(&sel("main a[href^='/commune/']"))
        .next()
        .is_none());
    let (status, _, doc) = page(&app, "/en/commune/01034?category=nope").await;
    assert_eq!(status, 400);
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains("Unknown filter"),
        "a bad category says so: {text}"
    );
    // Each refused parameter is named for what it is, never as a bad place name.
    for (path, says) in [
        (
            "/recherche?lieu=Belley&category=nope",
            "Ce filtre est inconnu",
        ),
        ("/commune/01034?free=peut-etre", "Ce filtre est inconnu"),
        ("/commune/01034?free=%E2%80%AE1", "mal formés"),
        ("/affiche?lieu=Belley&format=carton", "format de support"),
    ] {
        let (status, _, doc) = page(&app, path).await;
        assert_eq!(status, 400, "{path}");
        let text: String = doc.root_element().text().collect();
        assert!(text.contains(says), "{path}: {text}");
        assert!(!text.contains("nom de lieu"), "{path}: {text}");
    }
    // A refused filter leads back to the same commune, unfiltered.
    let (_, _, doc) = page(&app, "/commune/01034?category=nope").await;
    assert!(doc
        .select(&sel("main a[href='/commune/01034']"))
        .next()
        .is_some_and(|a| a.text().collect::<String>().contains("Belley")));
}

#[actix_web::test]
async fn search_engines_see_landing_pages_but_not_searches_or_the_api() {
    let app = common::spawn().await;
    for path in [
        "/",
        "/commune/01034",
        "/departement/01",
        "/ressource/national:3919",
        "/temoin",
    ] {
        let (status, h, doc) = page(&app, path).await;
        assert_eq!(status, 200, "{path}");
        assert!(h.get("x-robots-tag").is_none(), "{path}");
        assert!(
            doc.select(&sel("meta[name=robots]")).next().is_none(),
            "{path}"
        );
        let d = doc.select(&sel("meta[name=description]")).next().unwrap();
        assert!(d.value().attr("content").unwrap().len() > 30, "{path}");
    }
    for path in [
        "/recherche?lieu=belley",
        "/commune/01034?category=police",
        "/widget?commune=01034",
        "/nowhere",
    ] {
        let (_, h, doc) = page(&app, path).await;
        let meta = doc.select(&sel("meta[name=robots]")).next().is_some();
        assert!(
            meta || h.get("x-robots-tag").is_some(),
            "{path} is indexable"
        );
    }
    assert_eq!(
        app.get("/api/v1/categories").await.headers()["x-robots-tag"],
        "noindex"
    );
    let robots = app.get("/robots.txt").await.text().await.unwrap();
    assert!(robots.contains("Disallow: /recherche") && robots.contains("Disallow: /api/"));
    let app = common::spawn_public("https://aide.example.fr").await;
    let robots = app.get("/robots.txt").await.text().await.unwrap();
    assert!(robots.contains("Sitemap: https://aide.example.fr/sitemap.xml"));
    let index = app.get("/sitemap.xml").await.text().await.unwrap();
    assert!(
        index.contains("<loc>https://aide.example.fr/sitemap/2.xml</loc>"),
        "{index}"
    );
    let part = app.get("/sitemap/1.xml").await.text().await.unwrap();
    assert!(part.contains("<loc>https://aide.example.fr/commune/01034</loc>"));
    assert!(part.matches("<url>").count() <= 50_000);
    assert_eq!(app.get("/sitemap/99.xml").await.status(), 404);
}

#[actix_web::test]
async fn english_pages_link_only_to_english_pages() {
    let app = common::spawn().await;
    for path in [
        "/en/",
        "/en/commune/01034",
        "/en/ressource/mairie:01034",
        "/en/temoin",
        "/en/a-propos",
        "/en/integrer?lieu=belley",
        "/en/affiche/01034",
        "/en/affiche?lieu=01300",
        "/en/departement/01",
        "/en/securite",
    ] {
        let (status, _, doc) = page(&app, path).await;
        assert_eq!(status, 200, "{path}");
        for a in doc.select(&sel("a[href^='/']")) {
            let href = a.value().attr("href").unwrap();
            // The language menu and "Français" name the language they lead to.
            let other_lang = a.value().attr("hreflang").is_some_and(|l| l != "en");
            assert!(
                href.starts_with("/en/") || other_lang,
                "{path}: French link {href}"
            );
        }
        let text: String = doc.root_element().text().collect();
        for french in [
            "Quitter ce site",
            "Danger immédiat",
            "Écoute 24",
            "Tous les contacts",
            "Imprimez",
        ] {
            assert!(!text.contains(french), "{path}: French text «{french}»");
        }
    }
}

#[actix_web::test]
async fn the_first_cards_say_they_are_the_nearest_of_each_kind_and_the_rest_are_nearest_first() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/commune/01034?tout=1").await;
    assert_eq!(status, 200);
    let heads: Vec<String> = doc
        .select(&sel("#h-near ~ h3"))
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(
        heads,
        [
            "Au plus près : une structure de chaque type",
            "Autres structures, de la plus proche à la plus lointaine"
        ]
    );
    // What each kind does for her, on its card.
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("Aide gratuite et confidentielle, avec ou sans plainte"));
}

#[actix_web::test]
async fn an_empty_filtered_list_names_its_filters_and_links_back_without_them() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/commune/59392?category=justice&open_now=1&free=1").await;
    assert_eq!(status, 200);
    let text: String = doc.root_element().text().collect();
    if doc
        .select(&sel("#h-near ~ ul.cards li.card"))
        .next()
        .is_none()
    {
        assert!(
            !text.contains("n'est encore recensée"),
            "the filters emptied it"
        );
        assert!(text.contains("« Ouvert maintenant »") && text.contains("« Gratuit »"));
        let links: Vec<&str> = doc
            .select(&sel("a[href^='/commune/59392']"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert!(links.contains(&"/commune/59392#h-near"), "{links:?}");
        assert!(
            links
                .iter()
                .any(|l| l.contains("category=justice") && !l.contains("open_now")),
            "{links:?}"
        );
    } else {
        panic!("a free justice structure open now in Maubeuge: pick another filter");
    }
}

#[actix_web::test]
async fn an_address_typed_whole_finds_its_commune_but_a_sentence_does_not() {
    let app = common::spawn().await;
    for typed in [
        "12 rue de la paix maubeuge",
        "rue de la paix 59600 maubeuge",
    ] {
        let (status, _, doc) = page(
            &app,
            &format!("/recherche?lieu={}", typed.replace(' ', "+")),
        )
        .await;
        assert_eq!(status, 200, "{typed}");
        let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
        assert!(h1.starts_with("Maubeuge"), "{typed}: {h1}");
    }
    let (status, _, doc) = page(&app, "/recherche?lieu=qwxzzv+flurbo").await;
    assert_eq!(status, 404);
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("Les lignes nationales ci-dessus"), "{text}");
}

#[actix_web::test]
async fn a_record_goes_back_where_she_came_from_and_offers_directions_only_to_a_real_point() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/ressource/dila:cidf-01053-01?depuis=01034").await;
    assert_eq!(status, 200);
    let back = doc
        .select(&sel("main a, body a"))
        .find(|a| a.text().collect::<String>().starts_with("← "))
        .unwrap();
    assert_eq!(back.value().attr("href"), Some("/commune/01034"));
    let geo = doc.select(&sel("a[href^='geo:']")).count();
    let osm = doc
        .select(&sel("a[href^='https://www.openstreetmap.org/']"))
        .count();
    assert_eq!(
        (geo, osm),
        (1, 1),
        "the CIDFF de l'Ain has its own published point"
    );
    // A 2026 entry placed at its commune's point gets no directions.
    let (_, _, doc) = page(&app, "/ressource/dila:mjd-59392-01").await;
    assert_eq!(doc.select(&sel("a[href^='geo:']")).count(), 0);
    // The source details are behind a disclosure.
    assert!(doc.select(&sel("details.source summary")).next().is_some());
    let (status, _, _) = page(&app, "/ressource/dila:cidf-01053-01?depuis=1").await;
    assert_eq!(status, 400);
}

#[actix_web::test]
async fn the_english_widget_speaks_english_and_may_be_framed() {
    let app = common::spawn().await;
    let r = app.get("/en/widget?commune=01034").await;
    assert_eq!(r.status(), 200);
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("frame-ancestors *"), "{csp}");
    let html = r.text().await.unwrap();
    let doc = scraper::Html::parse_document(&html);
    let text: String = doc.root_element().text().collect();
    for french in [
        "Confirmée par",
        "Information ancienne",
        "Signaler une erreur",
        "Quitter ce site",
    ] {
        assert!(
            !text.contains(french),
            "French «{french}» in the English widget"
        );
    }
    assert!(html.contains("href=\"/en/commune/01034\""));
}

/// Words of the French and English pages that must never show on a page in
/// another language (the numbers and proper names may).
const FR_EN_WORDS: [&str; 12] = [
    "Quitter",
    "Danger immédiat",
    "Écoute",
    "Sécurité",
    "Chercher",
    "gratuit ",
    "Leave this site",
    "Search",
    "Emergency",
    "free,",
    "Nearest",
    "Violence at home",
];

#[actix_web::test]
async fn each_language_page_speaks_only_its_language_with_the_numbers_from_the_data() {
    let app = common::spawn().await;
    for code in ["ar", "pt", "tr", "es", "uk", "ro"] {
        let (status, _, doc) = page(&app, &format!("/{code}/")).await;
        assert_eq!(status, 200, "{code}");
        let html = doc.select(&sel("html")).next().unwrap();
        assert_eq!(html.value().attr("lang"), Some(code));
        assert_eq!(
            html.value().attr("dir"),
            Some(if code == "ar" { "rtl" } else { "ltr" })
        );
        let first = doc.select(&sel("body a")).next().unwrap();
        assert_eq!(first.value().id(), Some("quick-exit"), "{code}");
        let tels: Vec<&str> = doc
            .select(&sel("main a[href^='tel:'], main a[href^='sms:']"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(
            tels,
            ["tel:17", "tel:112", "sms:114", "tel:3919", "tel:119"],
            "{code}"
        );
        // Outside the language menu, no word of the French or English pages.
        let text: String = doc
            .select(&sel("body > a, header, main"))
            .flat_map(|e| e.text())
            .collect();
        for w in FR_EN_WORDS {
            assert!(!text.contains(w), "/{code}/ shows «{w}»");
        }
    }
    // The menu names each language in its own script, on every page.
    let (_, _, doc) = page(&app, "/commune/01034").await;
    let names: Vec<String> = doc
        .select(&sel("nav.langs a"))
        .map(|a| a.text().collect())
        .collect();
    for n in [
        "العربية",
        "Português",
        "Türkçe",
        "Español",
        "Українська",
        "Română",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
    }
}

#[actix_web::test]
async fn the_home_page_offers_her_language_without_redirecting() {
    let app = common::spawn().await;
    let r = app
        .client
        .get(format!("{}/", app.base))
        .header("Accept-Language", "pt-PT,pt;q=0.9,fr;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "no redirect");
    assert!(r.headers()["vary"]
        .to_str()
        .unwrap()
        .contains("Accept-Language"));
    let doc = scraper::Html::parse_document(&r.text().await.unwrap());
    let offer = doc.select(&sel("p.offer a")).next().expect("an offer");
    assert_eq!(offer.value().attr("href"), Some("/pt/"));
    let (_, _, doc) = page(&app, "/").await;
    assert!(doc.select(&sel("p.offer")).next().is_none());
}

#[actix_web::test]
async fn the_multilingual_poster_carries_the_numbers_and_one_sentence_per_language() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/affiche-multilingue").await;
    assert_eq!(status, 200);
    let langs: Vec<&str> = doc
        .select(&sel("section.poster ul.multi-lines li"))
        .filter_map(|l| l.value().attr("lang"))
        .collect();
    assert_eq!(langs, ["fr", "en", "ar", "pt", "tr", "es", "uk", "ro"]);
    for li in doc.select(&sel("section.poster ul.multi-lines li")) {
        let t: String = li.text().collect();
        assert!(t.contains("3919") && t.contains("112"), "{t}");
    }
    // Then four A6 cards, each with the same eight sentences.
    let cards: Vec<usize> = doc
        .select(&sel(".sheet .multi-card"))
        .map(|c| c.select(&sel("li[lang]")).count())
        .collect();
    assert_eq!(cards, [8, 8, 8, 8]);
}

/// The text of every element matching `css`, joined by " | ".
fn texts(doc: &scraper::Html, css: &str) -> String {
    doc.select(&sel(css))
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" | ")
}

#[actix_web::test]
async fn witness_page_opened_from_a_commune_lists_its_nearest_police_victim_support_and_cidff() {
    let app = common::spawn().await;
    let (_, _, commune) = page(&app, "/commune/01034").await;
    assert!(
        commune
            .select(&sel("a[href='/temoin?commune=01034']"))
            .next()
            .is_some(),
        "the commune page opens the witness page for Belley"
    );
    let (status, _, doc) = page(&app, "/temoin?commune=01034").await;
    assert_eq!(status, 200);
    assert!(texts(&doc, "#h-near").contains("Belley"));
    let kinds = texts(&doc, "#h-near ~ ul.cards .meta");
    for kind in [
        "Police et gendarmerie",
        "Aide aux victimes",
        "Droits des femmes",
    ] {
        assert!(kinds.contains(kind), "no {kind} near Belley: {kinds}");
    }
    let body = texts(&doc, "main");
    assert!(body.contains("cerfa n° 11527*03") && body.contains("article 202"));
    assert!(
        body.contains("ce que vous avez entendu"),
        "what to write down"
    );
    // Without a commune, the same advice and no local list.
    let (_, _, plain) = page(&app, "/temoin").await;
    assert!(plain.select(&sel("#h-near")).next().is_none());
    assert!(texts(&plain, "main").contains("cerfa n° 11527*03"));
    assert_eq!(app.get("/temoin?commune=99999").await.status(), 404);
    assert_eq!(app.get("/temoin?commune=%3Cx%3E").await.status(), 404);
}

#[actix_web::test]
async fn easy_read_pages_give_the_numbers_from_the_data_and_the_commune_s_places_in_short_lines() {
    let app = common::spawn().await;
    let (status, _, home) = page(&app, "/facile/").await;
    assert_eq!(status, 200);
    // The number as the data gives it, not as the test remembers it.
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/national.json"))
            .unwrap(),
    )
    .unwrap();
    let number = |id: &str| {
        data["resources"]
            .as_array()
            .and_then(|a| a.iter().find(|r| r["id"] == id))
            .and_then(|r| r["phones"][0]["number"].as_str())
            .unwrap_or_else(|| panic!("{id} in national.json"))
            .to_string()
    };
    let (police, sms, child) = (
        number("national:17"),
        number("national:114"),
        number("national:119"),
    );
    assert!(texts(&home, "section.urgent").contains(&format!("Appeler le {police}")));
    // The 114 and the 119 are links she can tap, not numbers to copy.
    let link = |href: String| {
        home.select(&sel(&format!(".facile a[href='{href}']")))
            .next()
            .map(|a| a.text().collect::<String>())
    };
    assert_eq!(
        link(format!("sms:{sms}")),
        Some(format!("Envoyez un SMS au {sms}."))
    );
    assert_eq!(
        link(format!("tel:{child}")),
        Some(format!("Appeler le {child}"))
    );
    assert!(home
        .select(&sel("form[action='/facile/recherche']"))
        .next()
        .is_some());
    // Every sentence of an easy-read block is its own short line.
    for p in home.select(&sel(".facile p")) {
        let words = p.text().collect::<String>().split_whitespace().count();
        assert!(words <= 14, "long line: {}", p.text().collect::<String>());
    }
    let r = app.get("/facile/recherche?lieu=belley").await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/facile/commune/01034");
    let (status, _, belley) = page(&app, "/facile/commune/01034").await;
    assert_eq!(status, 200);
    let places = texts(&belley, ".easy-places h3");
    assert!(places.contains("La police ou la gendarmerie"), "{places}");
    assert!(belley
        .select(&sel(".easy-places a.call[href^='tel:']"))
        .next()
        .is_some());
    assert!(belley
        .select(&sel("a[href='/commune/01034']"))
        .next()
        .is_some());
    let (status, _, witness) = page(&app, "/facile/temoin?commune=01034").await;
    assert_eq!(status, 200);
    assert!(texts(&witness, "main").contains("Notez ce que vous avez entendu"));
    assert!(witness
        .select(&sel("a[href='/facile/commune/01034']"))
        .next()
        .is_some());
    // Reached from every page's language menu; a typo gets a clear answer.
    assert!(home
        .select(&sel("nav.langs a[href='/facile/']"))
        .next()
        .is_some());
    assert_eq!(app.get("/facile/commune/99999").await.status(), 404);
    assert_eq!(
        app.get("/facile/recherche?lieu=%3Cx%3E").await.status(),
        400
    );
    assert_eq!(app.get("/facile").await.status(), 301);
    // Several communes: a list that stays in easy-read; none: a plain 404.
    let (status, _, several) = page(&app, "/facile/recherche?lieu=saint-denis").await;
    assert_eq!(status, 200);
    assert!(
        several
            .select(&sel("ul.choices a[href^='/facile/commune/']"))
            .count()
            > 1
    );
    let (status, _, none) = page(&app, "/facile/recherche?lieu=qqqqzzzz").await;
    assert_eq!(status, 404);
    assert!(texts(&none, "h1").contains("Nous ne trouvons pas cette ville"));
}

#[actix_web::test]
async fn a_page_says_which_parameter_it_ignored_and_never_shares_that_page() {
    let app = common::spawn().await;
    let note = |html: &str| {
        scraper::Html::parse_document(html)
            .select(&sel("main > p.note[role=note]"))
            .next()
            .map(|p| p.text().collect::<String>())
    };
    let first = app.get("/commune/01034?categry=police").await;
    assert_eq!(first.status(), 200);
    let said = note(&first.text().await.unwrap()).expect("the typo is said");
    assert!(said.contains("categry"), "{said}");
    // The commune's shared page (cached a minute) does not carry that note.
    let plain = app.get("/commune/01034").await.text().await.unwrap();
    assert_eq!(note(&plain), None);
    // Tracking tags are links people share: nothing to say.
    let tagged = app.get("/commune/01034?utm_source=x&fbclid=y").await;
    assert_eq!(note(&tagged.text().await.unwrap()), None);
    // A link's own words are never quoted, nor a phone number: only a
    // name close to a real parameter is, and only one.
    for forged in [
        "/?appelez_0612345678=1",
        "/commune/01034?le_site_est_ferme=1&ne_pas_appeler=1",
    ] {
        let page = app.get(forged).await.text().await.unwrap();
        assert_eq!(note(&page), None, "{forged}");
    }
    let two = app
        .get("/commune/01034?categry=police&lieux=x")
        .await
        .text()
        .await
        .unwrap();
    let said = note(&two).expect("a typo is said");
    assert!(
        said.contains("categry") && !said.contains("lieux"),
        "{said}"
    );
    let en = app.get("/en/?lieux=1").await.text().await.unwrap();
    assert!(note(&en).unwrap().contains("ignored: lieux"));
}

#[actix_web::test]
async fn the_rights_page_names_each_step_with_its_official_source_in_every_language() {
    let app = common::spawn().await;
    let (status, _, doc) = common::page(&app, "/vos-droits").await;
    assert_eq!(status, 200);
    let text: String = doc.root_element().text().collect();
    for named in [
        "art. 15-3",
        "main courante",
        "certificat",
        "unité médico-judiciaire",
        "ordonnance de protection",
        "téléphone grave danger",
        "bracelet anti-rapprochement",
        "115",
        "aide universelle d’urgence",
        "119",
        "3919",
    ] {
        assert!(text.contains(named), "/vos-droits names {named}");
    }
    let links: Vec<String> = doc
        .select(&sel("a[href]"))
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    let count = |host: &str| links.iter().filter(|l| l.contains(host)).count();
    assert!(count("https://www.legifrance.gouv.fr/") >= 3, "{links:?}");
    assert!(count("https://www.service-public.fr/") >= 2, "{links:?}");
    // Every language and easy-read French: the same articles and numbers.
    let pages: Vec<String> = maillage::locale::Lang::ALL
        .iter()
        .map(|l| format!("{}/vos-droits", l.prefix()))
        .chain(["/facile/vos-droits".to_string()])
        .collect();
    for path in &pages {
        let (status, _, doc) = common::page(&app, path).await;
        assert_eq!(status, 200, "{path}");
        let text: String = doc.root_element().text().collect();
        for same in ["15-3", "41-3-1", "138-3", "115", "119", "3919"] {
            assert!(text.contains(same), "{path} names {same}");
        }
        assert!(doc.select(&sel("#quick-exit")).next().is_some(), "{path}");
    }
    // From a commune, each block leads to that commune's kind of help.
    let near = app
        .get("/vos-droits?commune=01034")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        near.contains("/commune/01034?category=police"),
        "the complaint block leads to Belley's police"
    );
}

#[actix_web::test]
async fn home_commune_and_witness_pages_lead_to_the_rights_page() {
    let app = common::spawn().await;
    for (path, target) in [
        ("/", "/vos-droits"),
        ("/commune/01034", "/vos-droits?commune=01034"),
        ("/temoin", "/vos-droits"),
        ("/en/commune/01034", "/en/vos-droits?commune=01034"),
    ] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(
            html.contains(&format!("href=\"{target}\"")),
            "{path} links to {target}"
        );
    }
}

#[actix_web::test]
async fn the_witness_page_opens_with_what_to_do_now_and_warns_that_the_statement_is_shared() {
    let app = common::spawn().await;
    let (status, _, doc) = common::page(&app, "/temoin").await;
    assert_eq!(status, 200);
    // Right after the emergency numbers, before anything else to read.
    let first_h2: String = doc
        .select(&sel("main h2"))
        .find(|h| h.value().id() != Some("h-urgent"))
        .map(|h| h.text().collect())
        .unwrap();
    assert!(first_h2.contains("maintenant"), "first block: {first_h2}");
    let now: String = doc
        .select(&sel("section.now"))
        .next()
        .unwrap()
        .text()
        .collect();
    for what in ["17", "112", "114", "étage", "code d’entrée", "cris"] {
        assert!(now.contains(what), "the first block says {what}");
    }
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("communiquée à toutes les parties"));
    assert!(text.contains("date et votre lieu de naissance"));
    for lang in maillage::locale::Lang::ALL {
        let html = app
            .get(&format!("{}/temoin", lang.prefix()))
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("class=\"now\""), "{lang:?}");
    }
}
