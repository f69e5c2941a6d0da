//! How a record shows in a list: a card for local help, one row for a
//! national line; distances, hours and costs in words.

use super::layout::phone_link;
use super::text::Text;
use crate::domain::hours::{format_minutes, OpenState};
use crate::domain::{Commune, PlaceNote, Resource};

use crate::locale::{Lang, Ui};
use crate::search::{Engine, Hit};
use std::borrow::Cow;

use maud::{html, Markup};

/// "Open · closes at 12:00" / "Closed · opens Monday at 08:00".
pub(super) fn open_text(ui: &Ui, state: Option<&OpenState>) -> Option<Markup> {
    Some(match *state? {
        OpenState::Open { closes: None } => html! { span.open { (ui.msg().always_open()) } },
        OpenState::Open {
            closes: Some((_, t)),
        } => {
            html! { span.open { (ui.msg().open_now()) } " · " (ui.msg().closes_at(&format_minutes(t))) }
        }
        OpenState::Closed {
            opens: Some((d, t, in_days)),
        } => {
            // Counted on the place's own clock by the domain, so a weekly
            // opening next week is never "today".
            let day = match in_days {
                0 => ui.msg().today(),
                1 => ui.msg().tomorrow(),
                _ => ui.day_on(d.num_days_from_monday()),
            };
            html! { span.closed { (ui.msg().closed()) } " · " (ui.msg().opens_at(crate::locale::args::OpensAt { d: &day, t: &format_minutes(t) })) }
        }
        OpenState::Closed { opens: None } => html! { span.closed { (ui.msg().closed()) } },
    })
}

/// "3,2 km": French decimals.
pub(super) fn km(ui: &Ui, d: f64) -> String {
    ui.msg().km_away(&decimal(ui, d)).into_owned()
}

fn decimal(ui: &Ui, d: f64) -> String {
    let s = format!("{d:.1}");
    if ui.lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

/// "3 avril 2026", "3 April 2026": never 03/04, which reads as March in English.
pub(super) fn date_words(ui: &Ui, d: chrono::NaiveDate) -> String {
    ui.date_words(d)
}

pub(super) fn card(
    engine: &Engine,
    ui: &Ui,
    place: &Commune,
    h: &Hit,
    today: chrono::NaiveDate,
) -> Markup {
    let r = &engine.cat.resources[h.resource];
    html! {
        li.card {
            h3 { a href={ (ui.prefix) "/ressource/" (r.id) "?depuis=" (place.insee) } lang=[names_lang(ui)] { (Text(&r.name)) } }
            p.meta {
                (Text(ui.category(r.category)))
                // A departmental structure of another département says whose it is.
                @if let Some(d) = r.departement.as_ref().filter(|d| r.serves_departement() && **d != place.departement) {
                    " · " (Text(engine.departement_name(d))) " (" (d.as_str()) ")"
                }
                @if let Some(d) = distance(ui, r, place, h.distance_km) { " · " (Text(d)) }
                @if let Some(o) = open_text(ui, h.open.as_ref()) { " · " (o) }
            }
            @if let Some(d) = ui.does_for(r) { p.does { (Text(d)) } }
            @if !r.phones.is_empty() {
                p { @for (i, p) in r.phones.iter().enumerate() {
                    (phone_link(ui, p))
                    @if let Some(c) = cost(ui, p) { span.note { "(" (Text(c)) ") " } }
                    @if let Some(l) = phone_label(ui, r, i) { span.note { "(" (l) ") " } }
                } }
            }
            @if let Some(a) = &r.address { p lang=[names_lang(ui)] { (Text(a.join(", "))) } }
            (corrections(ui, r))
            // One caveat: a doubt about the facts, else their age; the rest
            // (hours not published, an itinerant base) is on the record page.
            p.note {
                @if r.needs_review { span.review { (Text(ui.msg().needs_review())) } } @else { (Text(ui.age_words(r, today))) }
                " · " a.report href={ (ui.prefix) "/signaler/" (r.id) } rel="nofollow" { (Text(ui.msg().report_link())) }
            }
        }
    }
}

/// How far, in words a person reads right: nothing for her own mairie or a
/// service with no address to go to, "dans la commune" or "à environ 3 km"
/// when the structure stands at the commune's point.
fn distance(ui: &Ui, r: &Resource, place: &Commune, d: Option<f64>) -> Option<String> {
    let d = d?;
    r.address.as_ref()?;
    let here = r.commune.as_ref() == Some(&place.insee);
    // One rule: "in the commune" for a place of her own commune, else the
    // straight-line distance, never "0,0 km".
    let d = d.max(0.1);
    match (r.place_note, here) {
        _ if here && r.service == Some(crate::domain::Service::Mairie) => None,
        (_, true) => Some(ui.msg().in_commune().to_string()),
        (Some(PlaceNote::CommunePoint), false) => {
            Some(ui.msg().km_about(&decimal(ui, d)).into_owned())
        }
        _ => Some(km(ui, d)),
    }
}

/// Fields replaced after a checked report, each with the day it was checked.
pub(super) fn corrections(ui: &Ui, r: &crate::domain::Resource) -> Markup {
    let t = ui.msg();
    html! {
        @for c in &r.corrections {
            @let i = crate::domain::error_report::Field::ALL.iter().position(|f| *f == c.field).unwrap_or(4);
            @let date = chrono::NaiveDate::parse_from_str(&c.date, "%Y-%m-%d")
                .map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_else(|_| c.date.clone());
            p.note.corrected { (t.report_corrected(crate::locale::args::ReportCorrected { date: &date, field: &t.report_fields_list().into_iter().nth(i).unwrap_or_default() })) }
        }
    }
}

/// What a call costs, when it is not free: premium numbers say so, others
/// cost an ordinary call.
pub(super) fn cost<'a>(ui: &'a Ui, p: &crate::domain::PhoneContact) -> Option<Cow<'a, str>> {
    (p.free == Some(false)).then(|| {
        if p.number.is_premium() {
            ui.msg().not_free()
        } else {
            ui.msg().ordinary_call()
        }
    })
}

/// Structures keep their official French names on every page: a screen
/// reader in another language reads them as French.
pub(super) fn names_lang(ui: &Ui) -> Option<&'static str> {
    (ui.lang != Lang::Fr).then_some("fr")
}

/// A phone's label in her language when the record has it, else as the
/// source wrote it (French, marked so).
pub(super) fn phone_label(ui: &Ui, r: &Resource, i: usize) -> Option<Markup> {
    let french = r.phones.get(i)?.label.as_deref()?;
    let own = (ui.lang != Lang::Fr)
        .then(|| r.translation(ui.lang.code()))
        .flatten()
        .and_then(|t| t.phone_labels.get(i)?.as_deref());
    Some(match own {
        Some(l) => html! { (l) },
        None => html! { span lang=[names_lang(ui)] { (french) } },
    })
}

/// A hand-kept text in her language when one is written; else the French
/// one, marked `lang="fr"` and led by `label` ("In French", "A note from the
/// source, in French") so a text she cannot read never looks like a
/// translation. French pages show it as it is.
pub(super) fn own_or_french(
    ui: &Ui,
    own: Option<&str>,
    french: Option<&str>,
    label: &str,
) -> Option<Markup> {
    Some(match (ui.lang, own, french) {
        (Lang::Fr, _, Some(f)) => html! { (f) },
        (_, Some(t), _) => html! { (t) },
        (_, None, Some(f)) => {
            html! { span.in-fr { (label) (ui.msg().colon()) } span lang="fr" { (f) } }
        }
        (_, None, None) => return None,
    })
}

/// What a national line's French name means, in her language (none in French).
pub(super) fn gloss<'a>(ui: &Ui, r: &'a Resource) -> Option<&'a str> {
    (ui.lang != Lang::Fr)
        .then(|| r.translation(ui.lang.code()))
        .flatten()
        .and_then(|t| t.gloss.as_deref())
}

/// What the review badge of a national line says is unconfirmed: nothing
/// for a line whose facts are certain.
pub(super) fn unconfirmed<'a>(ui: &'a Ui, r: &Resource) -> Option<Cow<'a, str>> {
    use crate::domain::Unconfirmed;
    let m = ui.msg();
    Some(match r.unconfirmed.filter(|_| r.needs_review)? {
        Unconfirmed::Hours => m.unconfirmed_hours(),
        Unconfirmed::CostAndHours => m.unconfirmed_cost_and_hours(),
        Unconfirmed::Undated => m.unconfirmed_undated(),
        Unconfirmed::Presence => m.unconfirmed_presence(),
    })
}

/// A national line on one row: name (and what it means, in her language),
/// number or chat link, hours in short, and what is unconfirmed.
pub(super) fn national_line(engine: &Engine, ui: &Ui, h: &Hit) -> Markup {
    let r = &engine.cat.resources[h.resource];
    html! {
        li {
            a href={ (ui.prefix) "/ressource/" (r.id) } lang=[names_lang(ui)] { (Text(&r.name)) }
            @if let Some(g) = gloss(ui, r) { " " span.gloss { "(" (Text(g)) ")" } }
            " "
            @for p in &r.phones {
                (phone_link(ui, p))
                @if let Some(c) = cost(ui, p) { span.note { "(" (Text(c)) ") " } }
            }
            @if let Some(chat) = &r.chat { a.call href=(chat) rel="noreferrer noopener" { (Text(ui.msg().chat())) } }
            @if let Some(o) = open_text(ui, h.open.as_ref()) { span.meta { (o) } }
            @if let Some(u) = unconfirmed(ui, r) { " " span.review { (Text(u)) } }
        }
    }
}
