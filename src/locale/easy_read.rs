//! The easy-read French pages (« facile à lire et à comprendre », FALC) for
//! `/facile/`; the text is in `locales/fr-facile.ftl`, read by
//! `catalogue::EASY_READ`.

use super::messages::{EasyMessages, Messages, Plain};
use crate::domain::Category;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use std::borrow::Cow;

pub struct EasyRead {
    bundle: FluentBundle<FluentResource>,
    easy: Plain,
    shared: Plain,
}

impl EasyRead {
    pub(super) fn new(bundle: FluentBundle<FluentResource>) -> Self {
        EasyRead {
            easy: EasyMessages::formatted(&bundle),
            shared: Messages::formatted(&bundle),
            bundle,
        }
    }

    /// The easy-read pages' own messages.
    pub fn easy(&self) -> EasyMessages<'_> {
        EasyMessages::new(&self.bundle, &self.easy)
    }

    /// The messages it shares with the site, under the same ids and
    /// variables as fr.ftl (checked at start): `/facile/vos-droits`.
    pub fn msg(&self) -> Messages<'_> {
        Messages::new(&self.bundle, &self.shared)
    }

    /// What a kind of place is and does for her, in two short lines; the
    /// kinds the file describes (the page chooses which to show).
    pub fn kind(&self, c: Category) -> Option<(Cow<'_, str>, Cow<'_, str>)> {
        let m = self.easy();
        Some(match c {
            Category::Police => (m.kind_police_name(), m.kind_police_does()),
            Category::WomensRights => (m.kind_womens_rights_name(), m.kind_womens_rights_does()),
            Category::VictimSupport => (m.kind_victim_support_name(), m.kind_victim_support_does()),
            Category::Justice => (m.kind_justice_name(), m.kind_justice_does()),
            Category::AccessToRights => (
                m.kind_access_to_rights_name(),
                m.kind_access_to_rights_does(),
            ),
            Category::SocialServices => {
                (m.kind_social_services_name(), m.kind_social_services_does())
            }
            _ => return None,
        })
    }
}
