//! What newsgraph knows before it reads an article: the gazetteer, the event
//! types and the per-language lexicons. Entry point: [`Knowledge::load`].
//!
//! Everything here is data under `ontology/`, embedded at build time and
//! replaceable at run time with `--data DIR`.

mod data;
pub mod folding;
pub mod gazetteer;
pub mod lexicon;
pub mod morphology;
pub mod titles;

use std::path::Path;

pub use data::DataFiles;
pub use gazetteer::{Entities, Entity, EntityIdx, EntityKind, Gazetteer, NameForm};
pub use lexicon::{EventType, Language, Status};

/// An error in a knowledge file: which file, which line, what is wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KnowledgeError {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// A required file is absent.
    #[error("missing knowledge file {path}")]
    Missing { path: String },
    /// A row of a tab-separated file is malformed.
    #[error("cannot load {path}:{line}: {message}")]
    Tsv {
        path: String,
        line: usize,
        message: String,
    },
    /// A file is well-formed but unusable.
    #[error("cannot load {path}: {message}")]
    Invalid { path: String, message: String },
}

pub struct Knowledge {
    pub gazetteer: Gazetteer,
    pub event_types: Vec<EventType>,
    pub languages: Vec<Language>,
    /// The ontology in Turtle, written into stores beside the data.
    pub ontology_turtle: Option<String>,
    /// A hash of every data file the knowledge was loaded from: an article
    /// stored under another fingerprint may be described differently now.
    pub fingerprint: String,
}

impl Knowledge {
    /// Loads knowledge from `dir` (laid out like `ontology/`), or the copy
    /// embedded in the binary when `dir` is `None`.
    pub fn load(dir: Option<&Path>) -> Result<Self, KnowledgeError> {
        let files = match dir {
            Some(dir) => DataFiles::from_dir(dir)?,
            None => DataFiles::embedded(),
        };
        Self::from_files(&files)
    }

    pub fn embedded() -> Result<Self, KnowledgeError> {
        Self::from_files(&DataFiles::embedded())
    }

    pub fn from_files(files: &DataFiles) -> Result<Self, KnowledgeError> {
        let gazetteer = Gazetteer::load(files)?;
        let event_types = lexicon::load_event_types(files)?;
        let languages = lexicon::load_languages(files, &event_types)?;
        if languages.is_empty() {
            return Err(KnowledgeError::Missing {
                path: files.display_path("lexicons/<lang>/"),
            });
        }
        Ok(Self {
            gazetteer,
            event_types,
            languages,
            ontology_turtle: files.get("newsgraph.ttl").map(String::from),
            fingerprint: files.fingerprint(),
        })
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        let code = code
            .split(['-', '_'])
            .next()
            .unwrap_or(code)
            .to_ascii_lowercase();
        self.languages.iter().find(|l| l.code == code)
    }

    /// Guesses the language of a text from its commonest words; falls back
    /// to the first language.
    pub fn detect_language(&self, text: &str) -> &Language {
        let sample: String = text.chars().take(4000).collect();
        let mut best = (0usize, &self.languages[0]);
        for language in &self.languages {
            let hits = sample
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && language.stopwords.contains(&w.to_lowercase()))
                .count();
            if hits > best.0 {
                best = (hits, language);
            }
        }
        best.1
    }
}
