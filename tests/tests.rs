//! Integration tests, one binary (see Cargo.toml `[[test]]`).
//!
//! `cli` drives the `newsgraph` binary as a user would, `graph` checks the RDF
//! it writes (formats, graphs, offsets), `links` the links into Wikidata, and
//! `library` the Rust API, `crawl` HTML and WARC input. Inputs: `examples/` (good) and `tests/bad/` (each
//! file must fail). Run with `cargo test --release`.

mod cli;
mod conformance;
mod crash;
mod crawl;
mod derived;
mod eval;
mod graph;
mod library;
mod links;
mod robust;
mod serve;
mod util;
