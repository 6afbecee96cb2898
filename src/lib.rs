//! newsgraph: news articles in, a provenance-rich knowledge graph out.
//!
//! The pipeline, one module per stage, each with one entry point and a plain
//! data type passed to the next:
//! [`read`] (`Article`) → [`segment`] (`Document`) → [`recognise`]
//! (`Recognised`) → [`extract`] (`Extraction`) → [`describe`]
//! (`Description`: RDF quads) → [`store`] (`GraphStore`).
//! The stages up to `describe` live in the `newsgraph-extract` crate
//! (`crates/newsgraph-extract`), which cannot reach the store; this crate adds
//! the store, the summary graph, the pipeline that joins them, and the CLI.

pub use newsgraph_extract::{
    classify, describe, extract, knowledge, read, recognise, segment, temporal, vocab,
};

pub mod checkpoint;
pub mod cli;
pub mod eval;
pub mod memory;
pub mod migrate;
pub mod pipeline;
pub mod push;
pub mod queries;
pub mod serve;
pub mod store;
pub mod summary;
pub mod train;

pub use knowledge::Knowledge;
pub use pipeline::{analyse, describe_chunk, extract_to, ingest};
pub use read::{Article, ArticleReader};
pub use store::GraphStore;
