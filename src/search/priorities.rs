//! What a record is for, as ranking and pages need it: the kinds of local
//! help a person should see one of first, and the needs national lines
//! answer; with the distances that order them.

use super::brief::Brief;
use crate::domain::{Audience, Category, Commune, Resource, Service};
use serde::Serialize;

/// Local structures are looked for this far around the place, across
/// département borders; the kinds below each have their own reach.
pub const NEAR_KM: f64 = 50.0;
/// At most this many of them, nearest first: in a city, 50 km holds thousands.
pub const NEAR_MAX: usize = 150;

/// The kinds of local help a person should see one of first, in this order,
/// each with the distance beyond which it is not offered as "nearest".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadKind {
    Police,
    /// Specialised help: CIDFF, victim support, justice (MJD, point-justice).
    WomensRights,
    VictimSupport,
    Justice,
    FranceServices,
    Mairie,
}

impl LeadKind {
    pub const ORDER: [LeadKind; 6] = [
        LeadKind::Police,
        LeadKind::WomensRights,
        LeadKind::VictimSupport,
        LeadKind::Justice,
        LeadKind::FranceServices,
        LeadKind::Mairie,
    ];
    /// `record` is read only for the social services (a mairie or a CCAS
    /// is her commune's or not): a search knows the category beforehand.
    pub(super) fn of<'r>(
        category: Category,
        record: impl FnOnce() -> &'r Resource,
        commune: Option<&Commune>,
    ) -> Option<Self> {
        match category {
            Category::Police => Some(Self::Police),
            Category::WomensRights => Some(Self::WomensRights),
            Category::VictimSupport => Some(Self::VictimSupport),
            Category::Justice => Some(Self::Justice),
            Category::AccessToRights => Some(Self::FranceServices),
            // Her commune's CCAS, or its mairie where no CCAS is published; a
            // point info famille is not the way to the CCAS.
            Category::SocialServices => {
                let r = record();
                (commune.is_some_and(|c| r.commune.as_ref() == Some(&c.insee))
                    && !matches!(r.service, Some(s) if !matches!(s, Service::Ccas | Service::Mairie)))
                .then_some(Self::Mairie)
            }
            _ => None,
        }
    }
    /// A lead is what a counsellor would name first: never a record flagged
    /// for review, and for justice a place that receives people (a Maison de
    /// Justice et du Droit, a point-justice), never a court's desk or the
    /// compensation board (CIVI).
    pub(super) fn may_lead(self, b: &Brief) -> bool {
        let court = self == LeadKind::Justice && b.service.is_some_and(|s| s.is_court());
        !b.needs_review && !court
    }

    /// For police: a commissariat in her own commune (or city) goes first.
    pub(super) fn own_station(self, r: &Resource, commune: Option<&Commune>) -> bool {
        self == LeadKind::Police
            && r.service == Some(Service::Police)
            && commune.is_some_and(|c| {
                r.commune.as_ref() == Some(&c.insee) || r.commune.as_ref() == c.parent.as_ref()
            })
    }

    /// Whether `r`, at `d` km, is near enough to be offered as the nearest of
    /// its kind: specialised help often has one office per département, which
    /// serves all of it.
    pub(super) fn reaches(self, r: &Resource, d: Option<f64>, commune: Option<&Commune>) -> bool {
        let d = d.unwrap_or(0.0);
        match self {
            LeadKind::Police | LeadKind::FranceServices => d <= 30.0,
            LeadKind::WomensRights | LeadKind::VictimSupport | LeadKind::Justice => {
                d <= NEAR_KM
                    || commune.is_some_and(|c| r.departement.as_ref() == Some(&c.departement))
            }
            LeadKind::Mairie => true,
        }
    }
}

/// For the nearest justice structure, a court or the victims' compensation
/// commission is a step further than a Maison de Justice et du Droit or a
/// point-justice, which receive people: they lead only when those are much
/// farther.
///
/// A commune's published CCAS leads before its mairie, whatever their points.
pub(super) fn lead_distance(r: &Resource, rank_km: f64) -> f64 {
    rank_km
        + match r.service {
            Some(s) if s.is_court() => 20.0,
            Some(Service::Mairie) => 1000.0,
            _ => 0.0,
        }
}

/// What a national line is for, so a page can group them the way people
/// look for them; lines for perpetrators are kept apart, last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// Written channels, for someone who cannot speak safely.
    Write,
    VictimSupport,
    Children,
    Disability,
    HealthShelter,
    Perpetrators,
}

impl Need {
    pub const ALL: [Need; 6] = [
        Need::Write,
        Need::VictimSupport,
        Need::Children,
        Need::Disability,
        Need::HealthShelter,
        Need::Perpetrators,
    ];

    pub fn of(r: &Resource) -> Need {
        let for_ = |a| r.audiences.contains(&a);
        if for_(Audience::Perpetrators) {
            Need::Perpetrators
        } else if r.category == Category::OnlineService {
            Need::Write
        } else if matches!(r.category, Category::Disability | Category::Elderly) {
            Need::Disability
        } else if r.category == Category::Children
            || for_(Audience::Children)
            || (!r.audiences.is_empty() && r.audiences.iter().all(|a| *a == Audience::Youth))
        {
            Need::Children
        } else if matches!(r.category, Category::Health | Category::Shelter) {
            Need::HealthShelter
        } else {
            Need::VictimSupport
        }
    }
}

pub(super) fn national_rank(c: Category) -> u8 {
    match c {
        Category::VictimSupport => 0,
        Category::OnlineService => 1,
        Category::Shelter => 2,
        Category::ListeningLine => 3,
        Category::Children => 4,
        Category::Disability => 5,
        Category::Elderly => 6,
        Category::Health => 7,
        _ => 8,
    }
}
