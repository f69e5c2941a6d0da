#![recursion_limit = "512"]
//! Maillage: who to call and where to go near a French commune.
//! Data flows one way: sources → domain → catalogue → index → search → web.

pub mod catalogue;
pub mod domain;
pub mod index;
pub mod locale;
pub mod reports;
pub mod search;
pub mod sources;
pub mod web;
