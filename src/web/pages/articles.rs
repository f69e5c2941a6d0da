//! Pages of text: safety, about and sources, how to embed.

use super::super::params::{self, CommuneChoice};
use super::choose::{pick_commune, Picked};
use super::errors::{Page, PageError};
use super::layout::{national_blocks, phone_link};
use super::shop_prints::Numbers;
use crate::domain::model::ids;
use crate::domain::Category;
use crate::locale::{args, Lang};
use actix_web::HttpResponse;
use maud::html;
use std::collections::BTreeMap;

/// The lines the witness page names, in its order: the numbers come from the data.
const WITNESS_CALLS: [&str; 6] = [
    ids::POLICE,
    ids::SMS_EMERGENCY,
    ids::VIOLENCES_FEMMES_INFO,
    ids::CHILDREN_IN_DANGER,
    ids::VICTIM_SUPPORT,
    ids::POLICE_CHAT,
];

pub async fn safety(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let engine = state.engine.load();
    let numbers = Numbers::of(&engine);
    let body = html! {
        h1 { (ui.msg().title_safety()) }
        (national_blocks(&engine, ui))
        @let texts = ui.msg().safety_body_text_list(args::SafetyBodyTextList { child: &numbers.child, line: &numbers.line, sms: &numbers.sms });
        @for (h, t) in ui.msg().safety_body_title_list(&numbers.sms).iter().zip(&texts) {
            h2 { (h) }
            p { (t) }
        }
        p { small { (ui.msg().safety_sources()) } }
    };
    Ok(super::layout::page(
        req,
        state,
        ui,
        &ui.msg().title_safety(),
        body,
    ))
}

/// For witnesses and relatives: what to do, what not to do, whom to call,
/// what to write down; opened from a commune (`?commune=`), its nearest
/// police, victim support and CIDFF.
pub async fn witness(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let engine = state.engine.load();
    let numbers = Numbers::of(&engine);
    let CommuneChoice { code, .. } = page.params()?;
    let commune = match code {
        Some(c) => match engine.commune_by_code(&c) {
            Some(i) => Some(i),
            None => return Err(page.not_found_saying(&ui.msg().unknown_place())),
        },
        None => None,
    };
    let near = match commune {
        Some(i) => match witness_near(&engine, i, state.config.clock.now()) {
            Ok(hits) => Some((i, hits)),
            Err(e) => return Err(page.failed(e)),
        },
        None => None,
    };
    let today = state.config.clock.now().date_naive();
    let m = ui.msg();
    let commune_query = near
        .as_ref()
        .map(|(i, _)| format!("?commune={}", engine.commune(*i).insee))
        .unwrap_or_default();
    let body = html! {
        h1 { (ui.msg().title_witness()) }
        (national_blocks(&engine, ui))
        // Someone hearing violence through a wall reads this right after the numbers.
        section.now aria-labelledby="h-now" {
            h2 #h-now { (m.witness_now_h()) }
            ol {
                li { strong { (m.witness_now_1(args::WitnessNow1 { eu: &numbers.eu, police: &numbers.police, sms: &numbers.sms })) } }
                li { (m.witness_now_2()) }
                li { (m.witness_now_3()) }
                li { (m.witness_now_4()) }
                li { (m.witness_now_5()) }
            }
        }
        p { (ui.msg().witness_lead()) }
        h2 { (ui.msg().witness_call_h()) }
        ul.lines {
            @for (id, text) in WITNESS_CALLS.iter().filter_map(|id| Some((*id, ui.witness_call(id)?))) {
                @if let Some(r) = engine.resource(id) {
                    li {
                        @if let Some(p) = r.phones.first() {
                            (phone_link(ui, p))
                        } @else if let Some(chat) = &r.chat {
                            a.call href=(chat) rel="noreferrer noopener" { (ui.msg().chat()) }
                        }
                        " " (text)
                    }
                }
            }
        }
        @if let Some((i, hits)) = &near {
            @let c = engine.commune(*i);
            section aria-labelledby="h-near" {
                h2 #h-near { (ui.msg().witness_near_h(&c.name)) }
                p.note { (ui.msg().witness_near_lead()) }
                ul.cards { @for h in hits { (super::cards::card(&engine, ui, c, h, today)) } }
                p { a href={ (ui.prefix) "/commune/" (c.insee) } { (ui.msg().filters_reset(&c.name)) } }
            }
        }
        h2 { (ui.msg().witness_do_h()) }
        ul { @for t in ui.msg().witness_do_list(args::WitnessDoList { line: &numbers.line, police: &numbers.police }) { li { (t) } } }
        h2 { (ui.msg().witness_dont_h()) }
        ul { @for t in ui.msg().witness_dont_list() { li { (t) } } }
        h2 { (ui.msg().witness_note_h()) }
        ul { @for t in ui.msg().witness_note_list() { li { (t) } } }
        h2 { (ui.msg().witness_statement_h()) }
        p { (ui.msg().witness_statement()) }
        p.warning { strong { (m.witness_statement_parties(&numbers.line)) } }
        h3 { (m.witness_statement_mentions_h()) }
        ul {
            li { (m.witness_statement_mention_1()) }
            li { (m.witness_statement_mention_2()) }
            li { (m.witness_statement_mention_3()) }
            li { (m.witness_statement_mention_4()) }
            li { (m.witness_statement_mention_5()) }
            li { (m.witness_statement_mention_6()) }
            li { (m.witness_statement_mention_7()) }
        }
        p.note { (ui.msg().witness_statement_source()) }
        ul.sources { (super::rights::source_item(&super::rights::CPC_202)) }
        p { a href={ (ui.prefix) "/vos-droits" (commune_query) } { (m.rights_link()) } }
        @if near.is_none() { p { a href={ (ui.prefix) "/" } { (ui.msg().search_label()) } } }
    };
    Ok(super::layout::page(
        req,
        state,
        ui,
        &ui.msg().title_witness(),
        body,
    ))
}

/// The nearest police or gendarmerie, victim support and CIDFF of a
/// commune, as its page ranks them (the same search, its leads only).
pub(super) fn witness_near(
    engine: &crate::search::Engine,
    commune: usize,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<crate::search::Hit>, crate::search::SearchError> {
    let q = params::Narrow::default().query(Some(commune));
    let shown = engine.commune_page(&q, false, now)?;
    let of = |h: &&crate::search::Hit, c: Category| engine.cat.resources[h.resource].category == c;
    Ok([
        Category::Police,
        Category::VictimSupport,
        Category::WomensRights,
    ]
    .into_iter()
    // Leads come first among local hits: the first of a kind is its lead if it has one.
    .filter_map(|c| shown.local.iter().find(|h| of(h, c)))
    .cloned()
    .collect())
}

/// `/commerces`: what a shopkeeper or pharmacist does when someone asks for
/// help at the counter, and the supports to print for their commune.
pub async fn shops(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let t = ui.msg();
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let danger = t.shop_danger(args::ShopDanger {
        eu: &n.eu,
        police: &n.police,
        sms: &n.sms,
    });
    let otherwise = t.shop_otherwise(args::ShopOtherwise {
        child: &n.child,
        line: &n.line,
    });
    let body = html! {
        h1 { (t.shop_h1()) }
        (national_blocks(&engine, ui))
        p { (t.shop_lead()) }
        h2 { (t.shop_confide_h()) }
        ul { @for line in t.shop_confide_list() { li { (line) } } }
        h2 { (t.shop_danger_h()) }
        p { (danger) }
        h2 { (t.shop_otherwise_h()) }
        p { (otherwise) }
        h2 { (t.shop_dont_h()) }
        ul { @for line in t.shop_dont_list() { li { (line) } } }
        h2 { (t.shop_supports_h()) }
        p { (t.shop_supports()) }
        (super::print::support_form(ui, "", super::shop_prints::Support::Poster))
        p.note { (t.shop_sources()) }
    };
    Ok(super::layout::page(req, state, ui, &t.shop_title(), body))
}

pub async fn about(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let t = ui.msg();
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
    let body = html! {
        h1 { (t.pro_about_h1()) }
        (national_blocks(&engine, ui))
        p { (t.pro_about_lead()) }
        h2 { (t.pro_about_data_h()) }
        p { (t.pro_about_counts(crate::locale::args::ProAboutCounts { communes: &thousands(engine.cat.communes.len()), records: &thousands(engine.cat.resources.len()), review: &thousands(review) })) }
        @if let Some(d) = engine.cat.sources.get("extract_date") { p { (t.pro_about_extract(d)) } }
        ul {
            @for ((name, licence, date), n) in &sources {
                li { span lang=[super::cards::names_lang(ui)] { (name) } " — " (ui.licence(licence)) @if !date.is_empty() { " — " (date) } " (" (thousands(*n)) " " (ui.msg().pro_records(*n as i64)) ")" }
            }
        }
        p { (t.pro_about_communes()) }
        h2 { (t.pro_about_categories_h()) }
        ul { @for c in Category::ALL { li { (ui.category(c)) } } }
        h2 { (t.pro_about_code_h()) }
        p { (t.pro_about_code()) }
    };
    Ok(super::layout::page(
        req,
        state,
        ui,
        &t.pro_about_title(),
        body,
    ))
}

pub async fn embed(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let lang = ui.lang;
    let t = ui.msg();
    let engine = state.engine.load();
    // The configured public address, never the request's Host.
    let configured = state.config.public_url.clone();
    let lang_param = if lang == Lang::Fr {
        String::new()
    } else {
        format!("&lang={}", lang.code())
    };
    let instance = configured
        .clone()
        .unwrap_or_else(|| "https://VOTRE-INSTANCE".into());
    let CommuneChoice { code, raw } = page.params()?;
    let by_code = code.and_then(|c| engine.commune_by_code(&c));
    let picked = match by_code {
        Some(i) => Picked::One(i),
        None => pick_commune(&engine, ui, &raw, |c| {
            format!("{}/integrer?commune={}#snippet", ui.prefix, c.insee)
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
    let widget_path = format!("{}/widget?commune={}", ui.prefix, commune.insee);
    let iframe = format!(
        r#"<iframe src="{instance}{widget_path}"
        title="{title}" width="100%" height="600"
        referrerpolicy="no-referrer" loading="lazy"
        sandbox="allow-scripts allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols"></iframe>"#,
        title = t.pro_embed_iframe_title(&commune.name)
    );
    let comment = t.pro_embed_js_comment();
    let js = format!(
        r#"// {comment}
const base = "{instance}/api/v1";
async function contacts(lieu) {{
  const c = await fetch(`${{base}}/communes?q=${{encodeURIComponent(lieu)}}&limit=1`,
                        {{ referrerPolicy: "no-referrer" }});
  if (!c.ok) throw new Error((await c.json()).detail);
  const [commune] = (await c.json()).communes;
  if (!commune) return [];
  const r = await fetch(`${{base}}/resources?commune=${{commune.insee}}&limit=10{lang_param}`,
                        {{ referrerPolicy: "no-referrer" }});
  const body = await r.json();
  if (!r.ok) throw new Error(body.detail);
  return body.results.map(x => ({{
    name: x.name,
    phone: x.phones.map(p => p.display).join(", "),
    km: x.distance_km,
    open: x.open_now,
  }}));
}}
contacts("Belley").then(console.table);"#
    );
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
        h1 { (t.pro_embed_h1()) }
        (national_blocks(&engine, ui))
        h2 { (t.pro_embed_widget_h()) }
        p { (t.pro_embed_widget_text()) }
        form.search method="get" action={ (ui.prefix) "/integrer#snippet" } {
            label for="lieu" { (t.pro_embed_place_label()) }
            input #lieu type="search" name="lieu" value=(raw) required maxlength="100" autocomplete="off";
            button type="submit" { (t.pro_embed_write()) }
        }
        @if let Picked::List(m) = &picked { (m) }
        // The widget in every language: the same address under each prefix.
        p { (ui.msg().embed_languages()) }
        ul.langs-list {
            @for l in Lang::ALL {
                li { code dir="ltr" { (l.prefix()) "/widget?commune=" (commune.insee) } " — " span lang=(l.code()) { (l.ui().msg().language_name()) } }
            }
        }
        h3 #snippet { (t.pro_embed_code_h(crate::locale::args::ProEmbedCodeH { insee: commune.insee.as_str(), place: &commune.name })) @if chosen.is_none() { (t.pro_embed_example()) } }
        @if configured.is_none() { p.review { (t.pro_embed_no_public_url()) } }
        pre tabindex="0" { code #snippet-code { (iframe) } }
        p { button type="button" data-copy="snippet-code" data-done=(t.pro_embed_copied()) hidden { (t.pro_embed_copy()) } }
        p.note { (t.pro_embed_saved_file()) }
        h3 { (t.pro_embed_sandbox_h()) }
        ul {
            @for (token, what) in [
                ("allow-top-navigation-by-user-activation", t.pro_embed_sandbox_allow_top_navigation_by_user_activation()),
                ("allow-top-navigation-to-custom-protocols", t.pro_embed_sandbox_allow_top_navigation_to_custom_protocols()),
                ("allow-scripts", t.pro_embed_sandbox_allow_scripts()),
            ] { li { code { (token) } (ui.msg().colon()) (what) } }
            li { (t.pro_embed_sandbox_useless()) }
        }
        h3 { (t.pro_embed_preview_h()) }
        iframe.preview src=(widget_path) title=(t.pro_embed_preview_title(&commune.name)) width="360" height="600" loading="lazy"
            sandbox="allow-scripts allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols" {}
        h2 { (t.pro_embed_api_h()) }
        p { (t.pro_embed_api_text()) " " a href="/api/v1/openapi.json" type="application/json" hreflang=[(lang != Lang::Fr).then_some("fr")] { (t.pro_embed_openapi()) } }
        pre tabindex="0" { code { (curl) } }
        pre tabindex="0" { code { (js) } }
        p { (ui.msg().embed_rate_limit(&state.config.api_rate_per_minute.to_string())) }
        p { a href="/api/v1/problems" hreflang=[(lang != Lang::Fr).then_some("fr")] { (ui.msg().embed_problems_link()) } }
        h2 { (t.pro_embed_stability_h()) }
        p { (t.pro_embed_stability()) }
    };
    Ok(super::layout::page(
        req,
        state,
        ui,
        &t.pro_embed_title(),
        body,
    ))
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
