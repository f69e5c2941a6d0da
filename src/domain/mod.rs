//! Domain values: each one exists only when valid.

pub mod codes;
pub mod error_report;
pub mod hours;
pub mod model;
pub mod phone;
pub mod text;

pub use codes::{CodeError, DepCode, InseeCode, Postcode};
pub use hours::{Hours, OpenState, Slot};
pub use model::{
    hsds_uuid, months_between, Audience, Category, Commune, CommuneKind, Departement, GeoPoint,
    PhoneContact, PhoneKind, PlaceNote, Resource, Scope, Service, Source, Translation, Unconfirmed,
    STALE_AFTER_MONTHS,
};
pub use phone::Phone;
