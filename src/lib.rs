#![recursion_limit = "512"]
//! Maillage: who to call and where to go near a French commune.
//! Data flows one way: sources → domain → catalogue → index → search → web;
//! the layers and what each may import are stated in the README (Layout).

pub mod catalogue;
pub mod domain;
pub mod editors;
pub mod error_reports;
pub mod index;
pub mod locale;
pub mod search;
pub mod sources;
pub mod web;

/// An error and every cause under it, on one line: for logs, where
/// `Display` alone would drop the causes that `#[source]` keeps.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(" : ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}
