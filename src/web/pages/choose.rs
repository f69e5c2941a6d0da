//! Choosing a commune: the list a person picks from when a name or a
//! postcode names several.

use super::errors;

use crate::domain::Commune;

use crate::locale::Ui;
use crate::search::{query, Candidate, Engine, Resolution};
use maud::{html, Markup};

/// A page that works for one commune (poster, embed snippet) asks for it with
/// the same search: one commune, a list to choose from, or a message.
pub enum Picked {
    Nothing,
    One(usize),
    List(Markup),
}

pub fn pick_commune(
    engine: &Engine,
    ui: &Ui,
    raw: &str,
    link: impl Fn(&Commune) -> String,
) -> Picked {
    pick_commune_in(engine, ui, raw, link, None)
}

/// The same, for a page in a partner's frame: `target="_self"` keeps the
/// choice in the frame although the widget's links leave it.
pub fn pick_commune_in(
    engine: &Engine,
    ui: &Ui,
    raw: &str,
    link: impl Fn(&Commune) -> String,
    target: Option<&str>,
) -> Picked {
    if raw.trim().is_empty() {
        return Picked::Nothing;
    }
    let q = match query::parse_place_field(raw) {
        Ok(q) => q,
        Err(e) => return Picked::List(html! { p.review { (errors::query_error_text(ui, e)) } }),
    };
    let cands = match engine.resolve(&q) {
        Resolution::Found { place, .. } => return Picked::One(place.commune),
        Resolution::Choose { candidates } => candidates,
        Resolution::UnknownPostcode { suggestions, .. }
        | Resolution::UnknownName { suggestions } => {
            if suggestions.is_empty() {
                return Picked::List(html! { p.review { (ui.msg().place_not_found_h()) } });
            }
            suggestions
        }
    };
    Picked::List(html! {
        p { (ui.msg().choose_lead()) }
        ul.choices { @for c in &cands {
            @let commune = engine.commune(c.commune);
            li { a href=(link(commune)) target=[target] { (commune_label(engine, commune)) } }
        } }
    })
}

pub(super) fn commune_label(engine: &Engine, c: &Commune) -> String {
    let dep = engine.departement_name(&c.departement);
    format!("{} ({} — {})", c.name, c.departement, dep)
}

pub(super) fn choice_list(engine: &Engine, ui: &Ui, cands: &[Candidate]) -> Markup {
    html! {
        ul.choices {
            @for c in cands {
                @let commune = engine.commune(c.commune);
                li {
                    a href={ (ui.prefix) "/commune/" (commune.insee) } { (commune_label(engine, commune)) }
                    @if let Some(f) = &c.via { span.note { " — " (ui.msg().former_of(f)) } }
                    @if !commune.postcodes.is_empty() { span.note { " · " (commune.postcodes.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")) } }
                }
            }
        }
    }
}
