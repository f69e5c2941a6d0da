//! `/vos-droits`: what happens after the call (complaint, certificate,
//! protection order, leaving, money, children, residence), one question a
//! block, each ending with who can help and the sources it rests on. The
//! text is in the catalogues (`rights-*`); the sources, which are French
//! official texts whatever the page's language, are listed here.

use super::super::params::CommuneChoice;
use super::easy_read::easy_page;
use super::errors::{Page, PageError};
use super::layout::{self, national_blocks, render, Frame};
use super::shop_prints::Numbers;
use crate::domain::Category;
use crate::locale::{args, Lang, Messages, Ui};
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use maud::{html, Markup};
use std::borrow::Cow;

/// A text a block rests on: its title as published, its address, and the
/// date the source itself shows (None where it shows none). SOURCES.md keeps
/// the same list with the day each was read.
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
    pub shows: Option<&'static str>,
}

const fn src(title: &'static str, url: &'static str, shows: Option<&'static str>) -> Source {
    Source { title, url, shows }
}

const CPP_15_3: Source = src(
    "Code de procédure pénale, art. 15-3 (la plainte doit être reçue ; récépissé)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038311441",
    Some("version en vigueur depuis le 25 mars 2019"),
);
const SP_PLAINTE: Source = src(
    "Service-Public.fr, fiche F1435 « Porter plainte »",
    "https://www.service-public.fr/particuliers/vosdroits/F1435",
    None,
);
const SP_PROCUREUR: Source = src(
    "Service-Public.fr, fiche F1524 (plainte écrite au procureur de la République)",
    "https://www.service-public.fr/particuliers/vosdroits/F1524",
    None,
);
const FNSF_PROTECT: Source = src(
    "Fédération nationale Solidarité Femmes, « Pour vous protéger »",
    "http://www.solidaritefemmes.org/connaitre-la-loi/pour-vous-prot%C3%A9ger",
    None,
);
const CP_222_33_2_1: Source = src(
    "Code pénal, art. 222-33-2-1 (harcèlement dans le couple)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000022469910",
    None,
);
const VIE_PUBLIQUE_VIOL: Source = src(
    "Vie-publique.fr, loi modifiant la définition pénale du viol et des agressions sexuelles",
    "https://www.vie-publique.fr/node/297985",
    Some("novembre 2025"),
);
const CAF_FAQ: Source = src(
    "Caf.fr, foire aux questions « vie personnelle » (violences conjugales)",
    "https://www.caf.fr/allocataires/foire-aux-questions/vie-personnelle?field_prestation_target_id=908",
    None,
);
const UMJ_DAC87: Source = src(
    "Dispositif d'appui à la coordination de la Haute-Vienne, « Unité médico-judiciaire – UMJ »",
    "https://annuaire.dac-87.fr/fiche-mission/12296",
    None,
);
const SF25_DEMARCHES: Source = src(
    "Solidarité Femmes Besançon, « Entamer des démarches »",
    "http://solidaritefemmes25.org/?p=6106",
    None,
);
const EFL_OP_2024: Source = src(
    "Éditions Francis Lefebvre, « Nouvelle ordonnance provisoire de protection immédiate et ajustements de l'ordonnance de protection » (loi du 13 juin 2024)",
    "https://efl.fr/actualite/nouvelle-ordonnance-provisoire-protection-immediate-ajustements-ordonnance-protection_f733be55c-b7f1-45a5-a89f-859dbf82b8e4",
    Some("5 septembre 2024"),
);
const CPP_41_3_1: Source = src(
    "Code de procédure pénale, art. 41-3-1 (téléphone grave danger)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039778436",
    Some("version de 2019"),
);
const CPP_138_3: Source = src(
    "Code de procédure pénale, art. 138-3 (bracelet anti-rapprochement)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039776179",
    Some("version de 2019"),
);
const CDAD63_BRACELET: Source = src(
    "Conseil départemental de l'accès au droit du Puy-de-Dôme, « Le bracelet anti-rapprochement »",
    "http://www.cdad63.com/fiches-pratiques/le-bracelet-anti-rapprochement",
    Some("15 février 2022"),
);
const GARD_LEAVING: Source = src(
    "Département du Gard, « Quitter le domicile conjugal en cas de violences conjugales, avec enfants »",
    "https://aidesauxfemmes.gard.fr/quitter-le-domicile-conjugal-en-cas-de-violences-conjugales-avec-enfants-comment-se-proteger-sans-se-mettre-en-faute",
    None,
);
const LOI_2023_140: Source = src(
    "Loi n° 2023-140 du 28 février 2023 créant une aide universelle d'urgence pour les victimes de violences conjugales",
    "https://www.legifrance.gouv.fr/loda/id/LEGITEXT000047242569",
    Some("28 février 2023"),
);
const CAF_AUU_FAQ: Source = src(
    "Caf de la Haute-Marne, « Je suis victime de violences conjugales » : foire aux questions",
    "https://www.caf.fr/allocataires/caf-de-la-haute-marne/offre-de-service/je-suis-victime-de-violences-conjugales/foire-aux-questions",
    None,
);
const CAF_VAR_AUU: Source = src(
    "Caf du Var, « Violences conjugales : une aide d'urgence pour vous protéger »",
    "http://www.caf.fr/allocataires/caf-du-var/actualites-departementales/violences-conjugales-une-aide-d-urgence-pour-vous-proteger",
    None,
);
const CPP_10_2: Source = src(
    "Code de procédure pénale, art. 10-2 (droits des victimes, dont l'interprète)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000044569870",
    Some("version en vigueur depuis le 24 décembre 2021"),
);
const INTERIEUR_OP: Source = src(
    "Ministère de l'Intérieur, « Bénéficiaire d'une ordonnance de protection »",
    "https://immigration.interieur.gouv.fr/Immigration/L-immigration-familiale/Beneficiaire-d-une-ordonnance-de-protection",
    None,
);
const WFWF_PLAINTE: Source = src(
    "Women for Women France, « Déposer une plainte pour signaler les violences à la justice française »",
    "https://www.womenforwomenfrance.org/fr/nos-ressources/police-et-justice/deposer-une-plainte-pour-signaler-les-violences-a-la-justice-francaise",
    Some("vérifié le 31 mai 2023"),
);
/// The witness page's written statement (art. 200 to 203).
pub const CPC_202: Source = src(
    "Code de procédure civile, art. 200 à 203 (l'attestation de témoin)",
    "https://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006165187&cidTexte=LEGITEXT000006070716",
    Some("version en vigueur depuis le 16 avril 2024"),
);

/// One question and its answer.
struct Block<'a> {
    anchor: &'static str,
    heading: Cow<'a, str>,
    paragraphs: Vec<Cow<'a, str>>,
    who: Cow<'a, str>,
    /// The kind of local help her commune page can list for it.
    near: Option<Category>,
    sources: &'static [Source],
}

fn blocks<'a>(m: &Messages<'a>, n: &Numbers) -> Vec<Block<'a>> {
    vec![
        Block {
            anchor: "reconnaitre",
            heading: m.rights_recognise_h(),
            paragraphs: vec![
                m.rights_recognise_p1(),
                m.rights_recognise_p2(),
                m.rights_recognise_p3(),
                m.rights_recognise_p4(),
                m.rights_recognise_p5(),
            ],
            who: m.rights_recognise_who(&n.line),
            near: Some(Category::WomensRights),
            sources: &[CAF_FAQ, CP_222_33_2_1, VIE_PUBLIQUE_VIOL],
        },
        Block {
            anchor: "plainte",
            heading: m.rights_complaint_h(),
            paragraphs: vec![
                m.rights_complaint_p1(),
                m.rights_complaint_p2(),
                m.rights_complaint_p3(),
                m.rights_complaint_p4(),
                m.rights_complaint_p5(),
                m.rights_complaint_p6(),
            ],
            who: m.rights_complaint_who(args::RightsComplaintWho {
                police: &n.police,
                victims: &n.victims,
            }),
            near: Some(Category::Police),
            sources: &[CPP_15_3, SP_PLAINTE, SP_PROCUREUR, FNSF_PROTECT],
        },
        Block {
            anchor: "blessures",
            heading: m.rights_injuries_h(),
            paragraphs: vec![
                m.rights_injuries_p1(),
                m.rights_injuries_p2(),
                m.rights_injuries_p3(),
                m.rights_injuries_p4(),
            ],
            who: m.rights_injuries_who(&n.line),
            near: None,
            sources: &[FNSF_PROTECT, UMJ_DAC87],
        },
        Block {
            anchor: "preuves",
            heading: m.rights_evidence_h(),
            paragraphs: vec![
                m.rights_evidence_p1(),
                m.rights_evidence_p2(),
                m.rights_evidence_p3(),
                m.rights_evidence_p4(),
            ],
            who: m.rights_evidence_who(&n.line),
            near: Some(Category::WomensRights),
            sources: &[SF25_DEMARCHES],
        },
        Block {
            anchor: "protection",
            heading: m.rights_protection_h(),
            paragraphs: vec![
                m.rights_protection_p1(),
                m.rights_protection_p2(),
                m.rights_protection_p3(),
                m.rights_protection_p4(),
                m.rights_protection_p5(),
                m.rights_protection_p6(),
                m.rights_protection_p7(),
                m.rights_protection_p8(),
            ],
            who: m.rights_protection_who(),
            near: Some(Category::Justice),
            sources: &[EFL_OP_2024, CPP_41_3_1, CPP_138_3, CDAD63_BRACELET],
        },
        Block {
            anchor: "partir",
            heading: m.rights_leaving_h(),
            paragraphs: vec![
                m.rights_leaving_p1(),
                m.rights_leaving_p2(&n.shelter),
                m.rights_leaving_p3(),
                m.rights_leaving_p4(),
                m.rights_leaving_p5(),
            ],
            who: m.rights_leaving_who(args::RightsLeavingWho {
                line: &n.line,
                shelter: &n.shelter,
            }),
            near: Some(Category::SocialServices),
            sources: &[GARD_LEAVING, SF25_DEMARCHES],
        },
        Block {
            anchor: "argent",
            heading: m.rights_money_h(),
            paragraphs: vec![
                m.rights_money_p1(),
                m.rights_money_p2(),
                m.rights_money_p3(),
                m.rights_money_p4(),
                m.rights_money_p5(),
            ],
            who: m.rights_money_who(),
            near: Some(Category::SocialServices),
            sources: &[LOI_2023_140, CAF_AUU_FAQ, CAF_VAR_AUU],
        },
        Block {
            anchor: "enfants",
            heading: m.rights_children_h(),
            paragraphs: vec![
                m.rights_children_p1(),
                m.rights_children_p2(&n.child),
                m.rights_children_p3(),
                m.rights_children_p4(),
            ],
            who: m.rights_children_who(args::RightsChildrenWho {
                child: &n.child,
                police: &n.police,
            }),
            near: None,
            sources: &[EFL_OP_2024, CAF_FAQ],
        },
        Block {
            anchor: "etrangeres",
            heading: m.rights_foreign_h(),
            paragraphs: vec![
                m.rights_foreign_p1(),
                m.rights_foreign_p2(&n.line),
                m.rights_foreign_p3(),
                m.rights_foreign_p4(),
                m.rights_foreign_p5(),
            ],
            who: m.rights_foreign_who(&n.line),
            near: Some(Category::WomensRights),
            sources: &[WFWF_PLAINTE, CPP_10_2, INTERIEUR_OP],
        },
    ]
}

/// A source as a link, in French whatever the page's language.
pub fn source_item(s: &Source) -> Markup {
    html! {
        li lang="fr" {
            a href=(s.url) rel="noreferrer noopener" { (s.title) }
            @if let Some(d) = s.shows { " (" (d) ")" }
        }
    }
}

/// The blocks as a page body; `prefix` is where the commune links lead.
fn body(
    m: &Messages<'_>,
    ui: &Ui,
    n: &Numbers,
    place: Option<(&str, &str)>,
    prefix: &str,
    before: Markup,
) -> Markup {
    let blocks = blocks(m, n);
    html! {
        h1 { (m.rights_title()) }
        (before)
        p.lead { (m.rights_lead(args::RightsLead { eu: &n.eu, police: &n.police, sms: &n.sms })) }
        nav aria-labelledby="h-contents" {
            h2 #h-contents { (m.rights_contents()) }
            ol { @for b in &blocks { li { a href={ "#" (b.anchor) } { (b.heading) } } } }
        }
        @for b in &blocks {
            section.rights aria-labelledby=(b.anchor) {
                h2 id=(b.anchor) { (b.heading) }
                @for p in &b.paragraphs { p { (p) } }
                p.who { strong { (b.who) } }
                @if let (Some((insee, name)), Some(kind)) = (place, b.near) {
                    p { a href={ (prefix) "/commune/" (insee) "?category=" (kind.id()) } {
                        (m.rights_near(args::RightsNear { kind: &ui.category(kind), place: name }))
                    } }
                }
                details {
                    summary { (m.rights_sources()) }
                    ul.sources { @for s in b.sources { (source_item(s)) } }
                }
            }
        }
    }
}

fn place_of(page: &Page) -> Result<Option<(String, String)>, PageError> {
    let CommuneChoice { code, .. } = page.params()?;
    let engine = page.state.engine.load();
    match code {
        None => Ok(None),
        Some(c) => match engine.commune_by_code(&c) {
            Some(i) => {
                let c = engine.commune(i);
                Ok(Some((c.insee.to_string(), c.name.clone())))
            }
            None => Err(page.not_found_saying(&page.ui.msg().unknown_place())),
        },
    }
}

pub async fn rights(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = page.ui;
    let place = place_of(&page)?;
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let m = ui.msg();
    let place = place.as_ref().map(|(i, n)| (i.as_str(), n.as_str()));
    let body = body(&m, ui, &n, place, ui.prefix, national_blocks(&engine, ui));
    let title = m.rights_title();
    let frame = Frame {
        description: req.query_string().is_empty().then(|| m.rights_meta()),
        ..Frame::plain(req, ui, &title)
    };
    Ok(layout::html_response(
        StatusCode::OK,
        render(state, frame, body),
    ))
}

/// The same page in easy-read French.
pub async fn easy_rights(page: Page) -> Result<HttpResponse, PageError> {
    let (req, state) = (&page.req, &page.state);
    let ui = Lang::Fr.ui();
    let place = place_of(&page)?;
    let engine = state.engine.load();
    let n = Numbers::of(&engine);
    let m = crate::locale::catalogue::EASY_READ.msg();
    let place = place.as_ref().map(|(i, n)| (i.as_str(), n.as_str()));
    let numbers = super::easy_read::numbers_block(&engine);
    let body = body(&m, ui, &n, place, "/facile", numbers);
    Ok(easy_page(
        req,
        state,
        StatusCode::OK,
        &m.rights_title(),
        body,
    ))
}
