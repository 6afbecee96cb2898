//! Stage 1, read: turns files, directories and standard input into
//! [`Article`]s. Entry point: [`ArticleReader`].
//!
//! Accepted: news-please JSON (`.json`, one object), JSON Lines (`.jsonl`,
//! `.ndjson`, or `-` for standard input) and plain-text pages (`.txt`).
//! Reading is lazy, so a reader over millions of articles holds one at a time.
//! HTML pages (`.html`, `.htm`, or detected) and WARC files (`.warc`,
//! `.warc.gz`) are read by the submodules [`html`] and [`warc`].

pub mod html;
mod http;
pub mod skips;
pub mod warc;

pub use skips::{with_lexicon, Skips};

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// An article as received, before any analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Where it came from, for messages: `path` or `path:line`.
    pub source: String,
    /// The page's address (news-please `url`; for HTML the fetch's URL, else
    /// the canonical link); the key of the article's IRIs when present.
    pub url: Option<String>,
    /// The headline (news-please `title`, the page title, or the first line
    /// of a plain-text page).
    pub title: Option<String>,
    /// As given by the input, e.g. `2023-09-13 00:00:00`.
    pub date_published: Option<String>,
    /// The language tag the input declares (news-please `language`, `<html
    /// lang>`); `None` lets segmentation detect it.
    pub language: Option<String>,
    /// The text that offsets count into (for JSON, `maintext`).
    pub text: String,
}

/// Why an input could not be read; every variant names the place.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The file or directory could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// What the operating system reported.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error("{location}: not valid UTF-8 (at byte {byte}); convert the file to UTF-8")]
    NotUtf8 {
        /// `path:line` of the first invalid byte.
        location: String,
        /// Offset of the first invalid byte: into the file, or into the line
        /// for JSON Lines.
        byte: usize,
    },
    /// Nothing but whitespace.
    #[error("{path}: empty file")]
    Empty {
        /// The file, or `<stdin>`.
        path: String,
    },
    /// The JSON does not parse.
    #[error("{path}:{line}:{column}: malformed JSON: {message}")]
    Json {
        /// The file, or `<stdin>`.
        path: String,
        /// The 1-based line of the error in the file.
        line: usize,
        /// The 1-based column of the error in that line.
        column: usize,
        /// The parser's message, without its position.
        message: String,
    },
    /// A record lacks a field newsgraph needs, or has it with the wrong type.
    #[error("{location}: {message}")]
    Field {
        /// The file, or `path:line` of a JSON Lines record.
        location: String,
        /// Which field is wrong and how.
        message: String,
    },
    /// The file extension says nothing newsgraph reads.
    #[error("{path}: unknown file type; expected .json (news-please), .jsonl/.ndjson (JSON Lines), .txt (plain text), .html/.htm (a web page) or .warc/.warc.gz (a web archive)")]
    UnknownExtension {
        /// The file.
        path: String,
    },
    /// An HTML page that yields no article (`location` is the file, or the
    /// WARC record holding the page).
    #[error("{location}: {message}")]
    Html {
        /// The file, or the WARC record holding the page.
        location: String,
        /// Why the page yields no article.
        message: String,
    },
    /// A WARC file or record that cannot be read (`location` names the
    /// record by offset).
    #[error("{location}: {message}")]
    Warc {
        /// The file, with the record's offset when one record is at fault.
        location: String,
        /// What is wrong with the file or record.
        message: String,
    },
}

#[derive(Deserialize)]
struct NewsPlease {
    url: Option<String>,
    title: Option<String>,
    date_publish: Option<String>,
    language: Option<String>,
    maintext: Option<serde_json::Value>,
}

/// Reads articles from paths, lazily; yields an error for each input that
/// fails and goes on with the rest.
pub struct ArticleReader {
    pending: VecDeque<PathBuf>,
    lines: Option<(String, Box<dyn BufRead + Send>, usize)>,
    queued_errors: VecDeque<ReadError>,
    /// The WARC file being read, record by record.
    warc: Option<warc::WarcArticles>,
    skips: Skips,
}

impl ArticleReader {
    /// `-` stands for JSON Lines on standard input.
    pub fn new(paths: &[PathBuf]) -> Self {
        Self::excluding(paths, &[])
    }

    /// Like [`ArticleReader::new`], but never reads below the directories in
    /// `excluded` (the store an ingest writes to, when it lies inside an input).
    pub fn excluding(paths: &[PathBuf], excluded: &[PathBuf]) -> Self {
        let mut reader = Self {
            pending: VecDeque::new(),
            lines: None,
            queued_errors: VecDeque::new(),
            warc: None,
            skips: Skips::default(),
        };
        let mut walk = Walk {
            visited: HashSet::new(),
            excluded: excluded
                .iter()
                .filter_map(|p| std::fs::canonicalize(p).ok())
                .collect(),
            files: Vec::new(),
            errors: Vec::new(),
        };
        for path in paths {
            if path.as_os_str() == "-" {
                walk.files.push(path.clone());
            } else {
                walk.visit(path.clone());
            }
            reader.pending.extend(walk.files.drain(..));
            reader.queued_errors.extend(walk.errors.drain(..));
        }
        reader
    }

    fn open_next(&mut self, path: PathBuf) -> Option<Result<Article, ReadError>> {
        let display = path.display().to_string();
        if display == "-" {
            self.lines = Some((
                "<stdin>".into(),
                Box::new(BufReader::new(std::io::stdin())),
                0,
            ));
            return None;
        }
        if warc::is_warc_path(&path) {
            return match warc::WarcArticles::open(&path, self.skips.clone()) {
                Ok(records) => {
                    self.warc = Some(records);
                    None
                }
                Err(error) => Some(Err(error)),
            };
        }
        match extension(&path).as_deref() {
            Some("jsonl" | "ndjson") => match File::open(&path) {
                Ok(file) => {
                    self.lines = Some((
                        display,
                        Box::new(BufReader::with_capacity(1 << 16, file)),
                        0,
                    ));
                    None
                }
                Err(source) => Some(Err(ReadError::Io {
                    path: display,
                    source,
                })),
            },
            Some("json") => {
                Some(read_file(&path).and_then(|text| parse_json_document(&display, &text)))
            }
            Some("txt") => Some(read_file(&path).and_then(|text| parse_plain_text(&display, text))),
            Some("html" | "htm" | "xhtml") => Some(read_html(&path, true)),
            _ => Some(read_html(&path, false)),
        }
    }

    fn next_line(&mut self) -> Option<Result<Article, ReadError>> {
        let (path, reader, line_no) = self.lines.as_mut()?;
        let mut buffer = Vec::new();
        loop {
            buffer.clear();
            match reader.read_until(b'\n', &mut buffer) {
                Ok(0) => {
                    let path = path.clone();
                    let lines_read = *line_no;
                    self.lines = None;
                    return (lines_read == 0).then_some(Err(ReadError::Empty { path }));
                }
                Ok(_) => {
                    *line_no += 1;
                    if buffer.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let location = format!("{path}:{line_no}");
                    let line = match std::str::from_utf8(&buffer) {
                        Ok(line) => line.trim_end_matches(['\n', '\r']),
                        Err(e) => {
                            return Some(Err(ReadError::NotUtf8 {
                                location,
                                byte: e.valid_up_to(),
                            }))
                        }
                    };
                    return Some(parse_json_record(&location, line).map_err(|e| match e {
                        ReadError::Json {
                            column, message, ..
                        } => ReadError::Json {
                            path: path.clone(),
                            line: *line_no,
                            column,
                            message,
                        },
                        other => other,
                    }));
                }
                Err(source) => {
                    let path = path.clone();
                    self.lines = None;
                    return Some(Err(ReadError::Io { path, source }));
                }
            }
        }
    }
}

impl Iterator for ArticleReader {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(error) = self.queued_errors.pop_front() {
                return Some(Err(error));
            }
            if let Some(records) = self.warc.as_mut() {
                match records.next() {
                    Some(item) => return Some(item),
                    None => self.warc = None,
                }
                continue;
            }
            if self.lines.is_some() {
                if let Some(item) = self.next_line() {
                    return Some(item);
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if let Some(item) = self.open_next(path) {
                return Some(item);
            }
        }
    }
}

impl ArticleReader {
    /// The tally of inputs this reader skips on purpose (WARC records that
    /// are not HTML pages); it fills as the reader is consumed.
    pub fn skips(&self) -> Skips {
        self.skips.clone()
    }
}

/// An HTML page in a file; without an HTML extension (`known`), only a file
/// that starts like HTML is read as one.
fn read_html(path: &Path, known: bool) -> Result<Article, ReadError> {
    let display = path.display().to_string();
    let io_error = |source| ReadError::Io {
        path: display.clone(),
        source,
    };
    let file = File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    // One byte past the limit tells a page that is too large, unread.
    file.take(html::MAX_PAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if !known && !html::looks_like_html(&bytes) {
        return Err(ReadError::UnknownExtension { path: display });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty { path: display });
    }
    if bytes.len() as u64 > html::MAX_PAGE_BYTES {
        let size = path.metadata().map_or(bytes.len() as u64, |m| m.len());
        return Err(ReadError::Html {
            location: display,
            message: html::too_large(size),
        });
    }
    let origin = html::PageOrigin {
        location: &display,
        url: None,
        http_charset: None,
        fallback_date: None,
    };
    html::parse_html(&bytes, &origin)
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The walk of the input paths: every regular file below them, in a stable
/// order; hidden entries skipped; each directory entered once however many
/// symbolic links lead to it (a link loop ends); entries that cannot be read
/// or are not regular files (FIFOs, sockets, devices) reported, the rest kept.
struct Walk {
    visited: HashSet<PathBuf>,
    excluded: HashSet<PathBuf>,
    files: Vec<PathBuf>,
    errors: Vec<ReadError>,
}

impl Walk {
    fn error(&mut self, path: &Path, source: std::io::Error) {
        self.errors.push(ReadError::Io {
            path: path.display().to_string(),
            source,
        });
    }

    fn visit(&mut self, path: PathBuf) {
        // Follows symbolic links: a link to a file or directory counts as it.
        let metadata = match std::fs::metadata(&path) {
            Ok(metadata) => metadata,
            Err(source) => return self.error(&path, source),
        };
        if metadata.is_file() {
            self.files.push(path);
        } else if metadata.is_dir() {
            self.visit_dir(&path);
        } else {
            let source =
                std::io::Error::other("not a regular file (a FIFO, socket or device); skipped");
            self.error(&path, source);
        }
    }

    fn visit_dir(&mut self, dir: &Path) {
        let canonical = match std::fs::canonicalize(dir) {
            Ok(canonical) => canonical,
            Err(source) => return self.error(dir, source),
        };
        // Entered already (a link loop, or two links to one place), or a store.
        if self.excluded.contains(&canonical)
            || is_store(&canonical)
            || !self.visited.insert(canonical)
        {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(source) => return self.error(dir, source),
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(source) => self.error(dir, source),
            }
        }
        paths.retain(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        });
        paths.sort();
        for path in paths {
            self.visit(path);
        }
    }
}

/// Whether `dir` is a RocksDB directory (a store of newsgraph or Oxigraph):
/// its files are no articles, and reading them fails anew on every run.
fn is_store(dir: &Path) -> bool {
    dir.join("CURRENT").is_file() && dir.join("IDENTITY").is_file()
}

fn read_file(path: &Path) -> Result<String, ReadError> {
    let display = path.display().to_string();
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|source| ReadError::Io {
            path: display.clone(),
            source,
        })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let byte = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..byte].iter().filter(|b| **b == b'\n').count() + 1;
        ReadError::NotUtf8 {
            location: format!("{display}:{line}"),
            byte,
        }
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty { path: display });
    }
    Ok(text)
}

/// Parses one news-please object that makes up a whole `.json` file.
pub fn parse_json_document(path: &str, text: &str) -> Result<Article, ReadError> {
    let record: NewsPlease = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    to_article(path.to_string(), record)
}

/// Parses one JSON Lines record; `location` is `path:line`.
pub fn parse_json_record(location: &str, line: &str) -> Result<Article, ReadError> {
    let record: NewsPlease = serde_json::from_str(line).map_err(|e| json_error(location, &e))?;
    to_article(location.to_string(), record)
}

fn json_error(path: &str, error: &serde_json::Error) -> ReadError {
    let message = match error.classify() {
        serde_json::error::Category::Data => {
            format!("{error} (expected a news-please object with a string `maintext`)")
        }
        _ => error.to_string(),
    };
    // serde_json appends " at line L column C"; the location is carried separately.
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_string();
    ReadError::Json {
        path: path.to_string(),
        line: error.line(),
        column: error.column(),
        message,
    }
}

fn to_article(source: String, record: NewsPlease) -> Result<Article, ReadError> {
    let text = match record.maintext {
        Some(serde_json::Value::String(text)) => text,
        Some(serde_json::Value::Null) | None => {
            return Err(ReadError::Field {
                location: source,
                message: "record has no `maintext`; nothing to read".into(),
            })
        }
        Some(other) => {
            return Err(ReadError::Field {
                location: source,
                message: format!("`maintext` must be a string, found {}", json_kind(&other)),
            })
        }
    };
    if text.trim().is_empty() {
        return Err(ReadError::Field {
            location: source,
            message: "`maintext` is empty".into(),
        });
    }
    let non_empty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Article {
        source,
        url: non_empty(record.url),
        title: non_empty(record.title),
        date_published: non_empty(record.date_publish),
        language: non_empty(record.language),
        text,
    })
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// A plain-text page: the headline is its first non-empty line; the rest of
/// the layout (byline, dateline, boilerplate) is recognised by `segment`.
pub fn parse_plain_text(path: &str, text: String) -> Result<Article, ReadError> {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(String::from);
    if title.is_none() {
        return Err(ReadError::Empty {
            path: path.to_string(),
        });
    }
    Ok(Article {
        source: path.to_string(),
        url: None,
        title,
        date_published: None,
        language: None,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_without_maintext_names_the_field() {
        let error = parse_json_document("a.json", r#"{"url": "https://x.test/a", "title": "T"}"#)
            .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("a.json: record has no `maintext`"),
            "{error}"
        );
    }

    #[test]
    fn malformed_json_reports_line_and_column() {
        let error =
            parse_json_document("b.json", "{\n  \"maintext\": \"x\",\n  oops\n}").unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("b.json:3:"), "{message}");
    }

    #[test]
    fn maintext_of_wrong_type_is_rejected() {
        let error = parse_json_record("c.jsonl:4", r#"{"maintext": 42}"#).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("c.jsonl:4: `maintext` must be a string, found a number"),
            "{error}"
        );
    }

    #[test]
    fn plain_text_title_is_first_line() {
        let article = parse_plain_text("p.txt", "\n  Judul Berita  \nIsi berita.".into()).unwrap();
        assert_eq!(article.title.as_deref(), Some("Judul Berita"));
        assert_eq!(article.text, "\n  Judul Berita  \nIsi berita.");
    }
}
