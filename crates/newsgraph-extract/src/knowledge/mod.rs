//! What newsgraph knows before it reads an article: the gazetteer, the event
//! types and the per-language lexicons. Entry point: [`Knowledge::load`].
//!
//! Everything here is data under `ontology/`, embedded at build time and
//! replaceable at run time with `--data DIR`.

pub(crate) mod data;
pub(crate) mod folding;
pub mod gazetteer;
pub(crate) mod last_names;
pub mod lexicon;
pub mod makers;
pub mod morphology;
pub mod titles;
pub mod vessels;

use std::path::Path;

pub(crate) use data::DataFiles;
pub use gazetteer::{Entities, Entity, EntityIdx, EntityKind, Gazetteer, NameForm};
pub use lexicon::{EventType, Language, Status};

/// An error in a knowledge file: which file, which line, what is wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KnowledgeError {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory, as shown to the user.
        path: String,
        /// What the operating system reported.
        source: std::io::Error,
    },
    /// A required file is absent.
    #[error("missing knowledge file {path}")]
    Missing {
        /// Where it was looked for, under the data root.
        path: String,
    },
    /// A row of a tab-separated file is malformed.
    #[error("cannot load {path}:{line}: {message}")]
    Tsv {
        /// The file, under the data root.
        path: String,
        /// The 1-based line of the row (or of the header).
        line: usize,
        /// What is wrong with the row, naming the column.
        message: String,
    },
    /// A file is well-formed but unusable.
    #[error("cannot load {path}: {message}")]
    Invalid {
        /// The file, or the part of the knowledge (`gazetteer`) at fault.
        path: String,
        /// What makes it unusable.
        message: String,
    },
}

/// Everything the stages know besides the article itself, loaded once and
/// shared by every article.
pub struct Knowledge {
    /// The named entities (`gazetteer/*.tsv`); [`EntityIdx`] values index it.
    pub gazetteer: Gazetteer,
    /// The event types, one per row of `events.tsv`, in file order: what
    /// [`Event::event_type`](crate::extract::Event::event_type) indexes.
    pub event_types: Vec<EventType>,
    /// One lexicon per folder of `lexicons/`, sorted by language code; never
    /// empty.
    pub languages: Vec<Language>,
    /// The ontology in Turtle, written into stores beside the data.
    pub ontology_turtle: Option<String>,
    /// A hash of every data file the knowledge was loaded from: an article
    /// stored under another fingerprint may be described differently now.
    pub fingerprint: String,
    /// The sentence classifier (`classifier/`): empty when no model is there.
    pub classifier: crate::classify::Classifier,
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

    /// Loads the copy of `ontology/` embedded in the binary.
    pub fn embedded() -> Result<Self, KnowledgeError> {
        Self::from_files(&DataFiles::embedded())
    }

    /// Loads knowledge from files already read (embedded or from a directory).
    pub(crate) fn from_files(files: &DataFiles) -> Result<Self, KnowledgeError> {
        let event_types = lexicon::load_event_types(files)?;
        // Compiling the gazetteer's automata and each lexicon's regexes is
        // most of a short run's time: they build side by side.
        let (gazetteer, languages) = std::thread::scope(|scope| {
            let gazetteer = scope.spawn(|| Gazetteer::load(files));
            let languages = lexicon::load_languages(files, &event_types);
            let gazetteer = gazetteer
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (gazetteer, languages)
        });
        let (gazetteer, languages) = (gazetteer?, languages?);
        let classifier = crate::classify::Classifier::load(files, &event_types)?;
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
            classifier,
        })
    }

    /// The lexicon of a language tag (`en`, `id-ID`, `EN_us`): only its
    /// primary subtag counts, in any case; `None` when no lexicon has it.
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
