//! The shape of the easy-read French pages (« facile à lire et à comprendre »,
//! FALC) for `/facile/`; the text is in `locales/fr-facile.ftl`, read by
//! `catalogue::EASY_READ`.

use crate::domain::Category;

pub struct EasyRead {
    /// The file's bundle: pages it shares with the site (`/facile/vos-droits`)
    /// format its messages by the same typed calls.
    pub bundle: fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>,
    pub title_home: &'static str,
    pub home_h1: &'static str,
    pub home_lead: &'static [&'static str],
    pub danger_h: &'static str,
    pub danger: &'static [&'static str],
    pub talk_h: &'static str,
    pub talk: &'static [&'static str],
    /// Said only when the data says the line is free, or open day and night.
    pub talk_free: &'static str,
    pub talk_always: &'static str,
    pub child: &'static str,
    pub find_h: &'static str,
    pub find_lead: &'static str,
    pub find_label: &'static str,
    pub find_button: &'static str,
    pub witness_h: &'static str,
    pub witness_lead: &'static str,
    pub witness_link: &'static str,
    pub exit_h: &'static str,
    pub exit: &'static [&'static str],
    pub full_site: &'static str,
    pub title_place: &'static str,
    pub place_h1: &'static str,
    pub place_lead: &'static str,
    pub place_none: &'static str,
    /// What a kind of place is and does for her, in two short lines.
    pub kinds: &'static [(Category, &'static str, &'static str)],
    pub call: &'static str,
    pub call_first: &'static str,
    pub in_commune: &'static str,
    pub km: &'static str,
    pub place_full: &'static str,
    pub choose_h: &'static str,
    pub choose_lead: &'static str,
    pub not_found_h: &'static str,
    pub not_found: &'static [&'static str],
    pub title_witness: &'static str,
    pub witness_h1: &'static str,
    pub witness_intro: &'static [&'static str],
    pub witness_danger_h: &'static str,
    pub witness_advice_h: &'static str,
    pub witness_advice: &'static [&'static str],
    pub witness_help_h: &'static str,
    pub witness_help: &'static [&'static str],
    pub witness_careful_h: &'static str,
    pub witness_careful: &'static [&'static str],
    pub witness_write_h: &'static str,
    pub witness_write: &'static [&'static str],
    pub witness_full: &'static str,
    /// The link to these pages from the French pages.
    pub link: &'static str,
}

impl EasyRead {
    pub fn msg(&self) -> crate::locale::Messages<'_> {
        crate::locale::Messages::new(&self.bundle)
    }

    pub fn kind(&self, c: Category) -> Option<(&'static str, &'static str)> {
        self.kinds
            .iter()
            .find(|(k, _, _)| *k == c)
            .map(|(_, name, does)| (*name, *does))
    }
}
