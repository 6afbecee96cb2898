//! newsgraph: news articles in, a provenance-rich knowledge graph out.
//!
//! The pipeline, one module per stage, each with one entry point and a plain
//! data type passed to the next:
//! [`read`] (`Article`) → [`segment`] (`Document`) → [`recognise`]
//! (`Recognised`) → [`extract`] (`Extraction`) → [`describe`]
//! (`Description`: RDF quads) → [`store`] (`GraphStore`).
//! [`knowledge`] loads the data under `ontology/`; [`pipeline`] joins the stages.

pub mod cli;
pub mod describe;
pub mod extract;
pub mod knowledge;
pub mod memory;
pub mod pipeline;
pub mod read;
pub mod recognise;
pub mod segment;
pub mod store;
pub mod summary;
pub mod temporal;
pub mod vocab;

pub use knowledge::Knowledge;
pub use pipeline::{analyse, describe_chunk, extract_to, ingest};
pub use read::{Article, ArticleReader};
pub use store::GraphStore;
