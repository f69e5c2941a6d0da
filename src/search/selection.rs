//! What a commune's page shows, chosen here so the page, the widget and any
//! later view only render it: the nearest help first, a few more behind
//! "voir tout", structures with no contact folded into one line, and the
//! national lines grouped by what a person needs.

use super::{Engine, Hit, Need, ResourceQuery, SearchError, Section};

/// Local cards shown before "voir tout", besides the nearest one of each kind.
pub const MORE_LOCAL: usize = 3;
/// Local cards on the "voir tout" page, and at most on any page.
pub const MAX_LOCAL_ALL: usize = 60;

pub struct Shown<'e> {
    /// Local help with a way to reach it, in rank order, cut at the limit.
    pub local: Vec<Hit>,
    /// How many more "voir tout" would show.
    pub hidden: usize,
    /// Hand-kept structures with no contact of their own: named in one line.
    pub folded: Vec<&'e str>,
    /// National lines in rank order, grouped by need.
    pub national: Vec<(Need, Vec<Hit>)>,
}

impl Shown<'_> {
    /// Every contactable local entry "voir tout" lists (up to `MAX_LOCAL_ALL`).
    pub fn contactable(&self) -> usize {
        self.local.len() + self.hidden
    }
}

impl Engine {
    /// `all` is the "voir tout" page; otherwise the leads and `MORE_LOCAL` more.
    pub fn commune_page(
        &self,
        q: &ResourceQuery,
        all: bool,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Shown<'_>, SearchError> {
        let hits = self.hits(q, now, false)?;
        let reachable = |h: &Hit| self.cat.resources[h.resource].reachable();
        let (mut contactable, mut folded) = (Vec::new(), Vec::new());
        let mut national: Vec<(Need, Vec<Hit>)> = Vec::new();
        for h in hits {
            match h.section {
                Section::Local if reachable(&h) => contactable.push(h),
                Section::Local => folded.push(self.cat.resources[h.resource].name.as_str()),
                // A national line with no number, chat or site (the ISCG are
                // met at the police desk) is nothing she can call: no card.
                Section::National if !reachable(&h) => {}
                Section::National => {
                    let need = Need::of(&self.cat.resources[h.resource]);
                    match national.last_mut() {
                        Some((n, group)) if *n == need => group.push(h),
                        _ => national.push((need, vec![h])),
                    }
                }
                _ => {}
            }
        }
        let leads = contactable.iter().filter(|h| h.lead).count();
        let shown = if all {
            MAX_LOCAL_ALL
        } else {
            leads + MORE_LOCAL
        };
        let total = contactable.len().min(MAX_LOCAL_ALL);
        contactable.truncate(shown.min(MAX_LOCAL_ALL));
        // One set of clocks for every card the page shows.
        let national_hits = national.iter_mut().flat_map(|(_, g)| g.iter_mut());
        self.read_open(q, now, contactable.iter_mut().chain(national_hits));
        Ok(Shown {
            hidden: total - contactable.len(),
            local: contactable,
            folded,
            national,
        })
    }
}
