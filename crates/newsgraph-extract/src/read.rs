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

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// An article as received, before any analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Where it came from, for messages: `path` or `path:line`.
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// As given by the input, e.g. `2023-09-13 00:00:00`.
    pub date_published: Option<String>,
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
        path: String,
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error("{location}: not valid UTF-8 (at byte {byte}); convert the file to UTF-8")]
    NotUtf8 { location: String, byte: usize },
    /// Nothing but whitespace.
    #[error("{path}: empty file")]
    Empty { path: String },
    /// The JSON does not parse.
    #[error("{path}:{line}:{column}: malformed JSON: {message}")]
    Json {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A record lacks a field newsgraph needs, or has it with the wrong type.
    #[error("{location}: {message}")]
    Field { location: String, message: String },
    /// The file extension says nothing newsgraph reads.
    #[error("{path}: unknown file type; expected .json (news-please), .jsonl/.ndjson (JSON Lines), .txt (plain text), .html/.htm (a web page) or .warc/.warc.gz (a web archive)")]
    UnknownExtension { path: String },
    /// An HTML page that yields no article (`location` is the file, or the
    /// WARC record holding the page).
    #[error("{location}: {message}")]
    Html { location: String, message: String },
    /// A WARC file or record that cannot be read (`location` names the
    /// record by offset).
    #[error("{location}: {message}")]
    Warc { location: String, message: String },
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
        let mut reader = Self {
            pending: VecDeque::new(),
            lines: None,
            queued_errors: VecDeque::new(),
            warc: None,
            skips: Skips::default(),
        };
        for path in paths {
            reader.enqueue(path.clone());
        }
        reader
    }

    fn enqueue(&mut self, path: PathBuf) {
        if path.is_dir() {
            match list_dir(&path) {
                Ok(files) => self.pending.extend(files),
                Err(source) => self.queued_errors.push_back(ReadError::Io {
                    path: path.display().to_string(),
                    source,
                }),
            }
        } else {
            self.pending.push_back(path);
        }
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

/// Files under `dir`, recursively, in a stable order; hidden entries are skipped.
fn list_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for entry in entries {
        if entry.is_dir() {
            files.extend(list_dir(&entry)?);
        } else {
            files.push(entry);
        }
    }
    Ok(files)
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
