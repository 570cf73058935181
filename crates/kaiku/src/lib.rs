//! The Kaiku binary's library half: configuration, wiring, and the commands.
//! `main.rs` only parses the command line; the integration tests build the same
//! app through [`app::App::build`].

pub mod app;
pub mod bench;
pub mod cli;
pub mod config;
pub mod seed;
