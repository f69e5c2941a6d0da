//! The integration tests, in one binary: one harness (`common`) and one index
//! build shared by every module, each module one area of the service.

mod common;

mod api;
mod browser;
mod contract;
mod data;
mod editors;
mod error_reports;
mod fuzz;
mod hostile;
mod hsds;
mod import;
mod languages;
mod local_help;
mod pages;
mod places;
mod printed;
mod production;
mod reload;
mod schemathesis;
mod security;
