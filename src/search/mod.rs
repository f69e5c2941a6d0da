//! Search over one opened index: place resolution, then resource selection
//! and ranking. HTML pages and the JSON API both call this, never their own.

mod directory;
mod engine;
mod kinds;
pub mod place;
pub mod query;
pub mod resources;
mod shown;

/// Which index generation is live, and why one cannot open: what a server
/// needs to know to reload, without reaching into the index layer.
pub use crate::index::{current_generation, IndexError};
pub use engine::Engine;
pub use kinds::{LeadKind, Need};
pub use place::{Candidate, Matched, Resolution};
pub use query::{PlaceQuery, QueryError};
pub use resources::{open_state, Hit, ResourceQuery, SearchError, Section};
pub use shown::{Shown, MAX_LOCAL_ALL, MORE_LOCAL};
