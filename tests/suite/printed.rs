//! Printed supports, the embed guide and the département directory over real
//! HTTP: found by commune name, plain links between formats, public address only.

use crate::common::{self, page, sel};

#[actix_web::test]
async fn a_shop_finds_its_poster_by_commune_name() {
    let app = common::spawn().await;
    let (_, _, doc) = page(&app, "/").await;
    assert!(
        doc.select(&sel("a[href='/affiche']")).next().is_some(),
        "home links the poster"
    );
    let (_, _, doc) = page(&app, "/commune/01034").await;
    let first_list = doc.html().find("class=\"cards\"").unwrap();
    let poster = doc.html().find("href=\"/affiche/01034\"").unwrap();
    assert!(poster < first_list, "poster link near the top");
    let r = app.get("/affiche?lieu=belley").await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/affiche/01034");
    let (status, _, doc) = page(&app, "/affiche?lieu=01300").await;
    assert_eq!(status, 200);
    assert!(
        doc.select(&sel("a[href='/affiche/01034']"))
            .next()
            .is_some(),
        "a choice of communes"
    );
}

#[actix_web::test]
async fn the_embed_page_writes_the_snippet_for_the_chosen_commune_and_shows_it() {
    let app = common::spawn_public("https://aide.example.fr").await;
    let (_, _, doc) = page(&app, "/integrer?lieu=belley").await;
    let code: String = doc
        .select(&sel("pre code"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(code.contains("/widget?commune=01034"), "{code}");
    assert!(
        code.contains("allow-top-navigation-by-user-activation"),
        "{code}"
    );
    assert!(
        !code.contains("VOTRE-INSTANCE"),
        "the configured address: {code}"
    );
    let preview = doc.select(&sel("iframe.preview")).next().unwrap();
    assert_eq!(preview.value().attr("src"), Some("/widget?commune=01034"));
    let (_, _, doc) = page(&app, "/integrer?lieu=01300").await;
    assert!(doc
        .select(&sel("a[href^='/integrer?commune=01034']"))
        .next()
        .is_some());
    let r = app.get("/widget?commune=01034").await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("<base target=\"_top\">"),
        "every widget link leaves the frame"
    );
}

#[actix_web::test]
async fn the_departement_directory_sorts_by_name_and_filters_by_kind() {
    let app = common::spawn().await;
    let (_, _, doc) = page(&app, "/departement/01").await;
    let mairies: Vec<String> = doc
        .select(&sel("table.hours td:first-child a"))
        .map(|a| a.text().collect())
        .collect();
    let pos = |n: &str| mairies.iter().position(|m| m == n).unwrap();
    assert!(pos("Béligneux") < pos("Belley") && pos("Belley") < pos("Valserhône"));
    assert!(
        pos("Ambérieu-en-Bugey") < pos("Ambronay"),
        "accents do not count"
    );
    let (status, _, doc) = page(&app, "/departement/01?category=police").await;
    assert_eq!(status, 200);
    let heads: Vec<String> = doc
        .select(&sel("main h2"))
        .map(|h| h.text().collect())
        .collect();
    assert!(
        heads.iter().any(|h| h.starts_with("Police et gendarmerie")),
        "{heads:?}"
    );
    assert!(!heads.iter().any(|h| h.starts_with("Mairies")), "{heads:?}");
    let (status, _, _) = page(&app, "/departement/01?category=nope").await;
    assert_eq!(status, 400);
}

#[actix_web::test]
async fn each_shop_support_is_a_plain_link_from_the_poster_page_and_an_unknown_one_is_a_400() {
    let app = common::spawn_public("https://maillage.example").await;
    let (_, _, doc) = page(&app, "/affiche/01034").await;
    let links: Vec<String> = doc
        .select(&sel("nav a"))
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    for format in [
        "etiquettes-21",
        "etiquettes-14",
        "etiquettes-8",
        "bandeau",
        "set-de-table",
    ] {
        let href = format!("/affiche/01034?format={format}");
        assert!(links.contains(&href), "no link to {href} in {links:?}");
        let (status, _, doc) = page(&app, &href).await;
        assert_eq!(status, 200, "{href}");
        assert!(
            doc.select(&sel("svg.qrc, svg.strip")).next().is_some(),
            "{href}: no QR code"
        );
    }
    let (status, _, doc) = page(&app, "/affiche/01034?format=sachet").await;
    assert_eq!(status, 400);
    let text = doc.root_element().text().collect::<String>();
    assert!(text.contains("format de support"), "{text}");
}

#[actix_web::test]
async fn the_bread_bag_strip_is_an_svg_file_with_the_public_address_and_no_local_contact() {
    let app = common::spawn_public("https://maillage.example").await;
    let r = app
        .client
        .get(format!("{}/affiche/01034/bandeau.svg", app.base))
        .header("Host", "evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("image/svg+xml"));
    let svg = r.text().await.unwrap();
    assert!(svg.contains("https://maillage.example/commune/01034"));
    assert!(!svg.contains("evil.example"));
    assert!(!svg.contains("Mairie"), "a local contact on a bag");
    assert!(svg.contains("3919") && svg.contains("114"));
    assert_eq!(app.get("/affiche/99999/bandeau.svg").await.status(), 404);
}

#[actix_web::test]
async fn the_counter_guide_picks_a_commune_and_keeps_the_chosen_support() {
    let app = common::spawn().await;
    let (status, _, doc) = page(&app, "/commerces").await;
    assert_eq!(status, 200);
    let text = doc.root_element().text().collect::<String>();
    assert!(text.contains("3919") && text.contains("17"));
    assert!(doc
        .select(&sel(
            "form[action='/affiche'] select[name='format'] option[value='bandeau']"
        ))
        .next()
        .is_some());
    let r = app.get("/affiche?lieu=belley&format=etiquettes-14").await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        r.headers()["location"],
        "/affiche/01034?format=etiquettes-14"
    );
    assert_eq!(app.get("/affiche?lieu=belley&format=x").await.status(), 400);
    let (_, _, home) = page(&app, "/").await;
    assert!(
        home.select(&sel("a[href='/commerces']")).next().is_some(),
        "home does not link the counter guide"
    );
}
