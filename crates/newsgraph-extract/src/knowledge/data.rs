//! Where knowledge files come from: the copies embedded at build time, or a
//! directory given by the user (`--data DIR`), laid out like `ontology/`.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::KnowledgeError;

include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));

/// The text of every knowledge file, keyed by its path relative to the data root.
pub struct DataFiles {
    /// Where the files came from, for error messages.
    pub origin: PathBuf,
    files: Vec<(String, String)>,
}

impl DataFiles {
    /// The copies of `ontology/` embedded at build time.
    pub fn embedded() -> Self {
        let files = EMBEDDED
            .iter()
            .map(|(path, text)| (path.to_string(), text.to_string()))
            .collect();
        Self {
            origin: PathBuf::from("ontology"),
            files,
        }
    }

    /// Every `.tsv`, `.txt` and `.ttl` file under `root`, at any depth.
    pub fn from_dir(root: &Path) -> Result<Self, KnowledgeError> {
        let mut files = Vec::new();
        collect(root, root, &mut files)?;
        files.sort();
        Ok(Self {
            origin: root.to_path_buf(),
            files,
        })
    }

    /// A hash of every file's path and text: any edit to the knowledge
    /// (a lexicon pattern, a gazetteer row) changes it.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut files: Vec<&(String, String)> = self.files.iter().collect();
        files.sort();
        let mut hasher = Sha256::new();
        for (path, text) in files {
            hasher.update(path.as_bytes());
            hasher.update([0]);
            hasher.update(text.as_bytes());
            hasher.update([0]);
        }
        hasher.finalize()[..10]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// These files with `path` set to `text` (added, or in place of the old one).
    #[cfg(test)]
    pub(crate) fn with_file(mut self, path: &str, text: &str) -> Self {
        self.files.retain(|(p, _)| p != path);
        self.files.push((path.to_string(), text.to_string()));
        self
    }

    /// The text of the file at `path` (relative, `/`-separated), if there is one.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, text)| text.as_str())
    }

    /// Files whose relative path starts with `prefix` and ends with `suffix`, sorted by path.
    pub fn matching<'a>(
        &'a self,
        prefix: &'a str,
        suffix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.files
            .iter()
            .filter(move |(p, _)| p.starts_with(prefix) && p.ends_with(suffix))
            .map(|(p, t)| (p.as_str(), t.as_str()))
    }

    /// A relative path as the user knows it: joined to where the files came from.
    pub fn display_path(&self, relative: &str) -> String {
        self.origin.join(relative).display().to_string()
    }
}

fn collect(
    root: &Path,
    dir: &Path,
    files: &mut Vec<(String, String)>,
) -> Result<(), KnowledgeError> {
    let entries = std::fs::read_dir(dir).map_err(|source| KnowledgeError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    for entry in entries {
        let path = entry
            .map_err(|source| KnowledgeError::Io {
                path: dir.display().to_string(),
                source,
            })?
            .path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tsv" | "txt" | "ttl")
        ) {
            let text = std::fs::read_to_string(&path).map_err(|source| KnowledgeError::Io {
                path: path.display().to_string(),
                source,
            })?;
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            files.push((relative, text));
        }
    }
    Ok(())
}

/// One data row of a tab-separated file, with its 1-based line number.
pub struct Row<'a> {
    pub line: usize,
    pub cells: Vec<&'a str>,
    /// The file as the user knows it, for errors about this row.
    path: Rc<str>,
}

impl Row<'_> {
    /// An error about this row: the file, the line and what is wrong.
    pub fn error(&self, message: impl Into<String>) -> KnowledgeError {
        KnowledgeError::Tsv {
            path: self.path.to_string(),
            line: self.line,
            message: message.into(),
        }
    }
}

/// Parses a TSV file with a header line; `#` lines and blank lines are skipped.
/// Every row must have at least `min_columns` cells.
pub fn tsv_rows<'a>(
    files: &DataFiles,
    path: &str,
    text: &'a str,
    header: &[&str],
) -> Result<Vec<Row<'a>>, KnowledgeError> {
    let mut rows = Vec::new();
    let mut saw_header = false;
    let display: Rc<str> = files.display_path(path).into();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = raw.split('\t').collect();
        if !saw_header {
            saw_header = true;
            let found: Vec<&str> = cells.iter().map(|c| c.trim()).collect();
            if found.len() < header.len() || found[..header.len()] != *header {
                return Err(KnowledgeError::Tsv {
                    path: files.display_path(path),
                    line,
                    message: format!(
                        "expected the header `{}`, found `{}`",
                        header.join("\\t"),
                        raw
                    ),
                });
            }
            continue;
        }
        if cells.len() < header.len() {
            return Err(KnowledgeError::Tsv {
                path: files.display_path(path),
                line,
                message: format!(
                    "expected {} tab-separated columns ({}), found {}",
                    header.len(),
                    header.join(", "),
                    cells.len()
                ),
            });
        }
        rows.push(Row {
            line,
            cells,
            path: Rc::clone(&display),
        });
    }
    Ok(rows)
}

/// Splits a `|`-separated list cell, dropping empty items.
pub fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// An optional cell: empty means absent.
pub fn optional(cell: &str) -> Option<String> {
    let cell = cell.trim();
    (!cell.is_empty()).then(|| cell.to_string())
}
