//! newsgraph's extraction stages, with no store: news articles in, RDF quads out.
//!
//! One module per stage, each with one entry point and a plain data type
//! passed to the next:
//! [`read`] (`Article`) → [`segment`] (`Document`) → [`recognise`]
//! (`Recognised`) → [`extract`] (`Extraction`) → [`describe`]
//! (`Description`: RDF quads). [`knowledge`] loads the data under `ontology/`.
//! The crate depends on the RDF model (`oxrdf`) but not on Oxigraph's store,
//! so it builds and tests without RocksDB and cannot reach the store or the CLI.

#![warn(missing_docs)]

pub mod classify;
pub mod describe;
pub mod extract;
pub mod knowledge;
mod patterns;
pub mod read;
pub mod recognise;
pub mod segment;
pub mod temporal;
pub mod vocab;

pub use knowledge::Knowledge;
pub use read::{Article, ArticleReader};
