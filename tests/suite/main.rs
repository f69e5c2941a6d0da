//! The integration tests, in one binary: one harness (`common`) and one index
//! build shared by every module, each module one area of the service.

mod common;

mod api;
mod browser;
mod contract;
mod data;
mod fuzz;
mod hostile;
mod hsds;
mod import;
mod local_help;
mod pages;
mod places;
mod printed;
mod production;
mod reload;
mod reports;
mod schemathesis;
mod security;
