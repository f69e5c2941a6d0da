//! Search over one opened index: place resolution, then resource selection
//! and ranking. HTML pages and the JSON API both call this, never their own.

mod brief;
mod directory;
mod engine;
pub mod place;
mod priorities;
pub mod query;
pub mod resources;
mod selection;

/// Which index generation is live, and why one cannot open: what a server
/// needs to know to reload, without reaching into the index layer.
pub use crate::index::{current_generation, IndexError};
pub use brief::Section;
pub use engine::Engine;
pub use place::{Candidate, Matched, Resolution};
pub use priorities::{LeadKind, Need};
pub use query::{PlaceQuery, QueryError};
pub use resources::{open_state, Hit, ResourceQuery, SearchError};
pub use selection::{Shown, MAX_LOCAL_ALL, MORE_LOCAL};
