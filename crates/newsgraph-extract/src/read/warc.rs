//! WARC files (ISO 28500), plain or gzipped as Common Crawl writes them (one
//! gzip member per record), read as a stream: one record in memory at a
//! time, and a record's block only up to [`MAX_PAGE_BYTES`], so memory stays
//! constant whatever the file size. `response` records holding HTML become
//! articles; other records are counted in [`Skips`].
//!
//! Errors name the record by offset: the compressed offset of its gzip
//! member (what a Common Crawl index gives) or its byte offset in a plain
//! file. After a bad record the reader resynchronises on the next line that
//! starts a record, so one bad record costs only itself.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::sync::{Arc, Mutex};

use flate2::bufread::GzDecoder;

use super::html::{parse_html, too_large, PageOrigin, MAX_PAGE_BYTES};
use super::http::find;
use super::skips::Skips;
use super::{Article, ReadError};

/// Longest header line, and most header bytes, of one record.
const MAX_HEADER_BYTES: u64 = 64 << 10;
/// A response's block holds the HTTP headers besides the page.
const MAX_BLOCK_BYTES: u64 = MAX_PAGE_BYTES + MAX_HEADER_BYTES;

/// Whether a path names a WARC file: `.warc` or `.warc.gz`.
pub fn is_warc_path(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// The articles of one WARC file, read lazily.
pub struct WarcArticles {
    path: String,
    input: Input,
    /// Gzip members' starts: (decompressed offset, compressed offset).
    members: Option<MemberStarts>,
    /// After a bad record: skip to the next line that starts a record.
    resync: bool,
    skips: Skips,
}

type MemberStarts = Arc<Mutex<VecDeque<(u64, u64)>>>;

struct Record {
    offset: String,
    headers: Vec<(String, String)>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What one record turned out to be.
enum Outcome {
    Article(Box<Article>),
    Skipped(String),
    Failed(String, String),
}

impl WarcArticles {
    /// Opens `path`, telling a gzipped WARC from a plain one by its first bytes.
    pub fn open(path: &std::path::Path, skips: Skips) -> Result<Self, ReadError> {
        let display = path.display().to_string();
        let io_error = |source| ReadError::Io {
            path: display.clone(),
            source,
        };
        let mut file = BufReader::with_capacity(1 << 16, File::open(path).map_err(io_error)?);
        let head = file.fill_buf().map_err(io_error)?.to_vec();
        let fail = |message: &str| ReadError::Warc {
            location: display.clone(),
            message: message.to_string(),
        };
        let (inner, members): (Box<dyn BufRead + Send>, _) = if head.starts_with(&[0x1f, 0x8b]) {
            let starts = MemberStarts::default();
            let members = Members::new(file, starts.clone());
            (
                Box::new(BufReader::with_capacity(1 << 16, members)),
                Some(starts),
            )
        } else if head.starts_with(b"WARC/") {
            (Box::new(file), None)
        } else if head.is_empty() {
            return Err(ReadError::Empty { path: display });
        } else if head.starts_with(b"PK\x03\x04") {
            return Err(fail(
                "this is a ZIP archive, not a WARC file; unzip it and pass the WARC files inside",
            ));
        } else {
            return Err(fail(
                "not a WARC file: it starts with neither `WARC/` nor a gzip header",
            ));
        };
        Ok(Self {
            path: display,
            input: Input::new(inner),
            members,
            resync: false,
            skips,
        })
    }

    /// The compressed offset of the gzip member holding decompressed byte
    /// `at`, and whether the member starts there; `None` for a plain file.
    fn member_at(&self, at: u64) -> Option<(u64, bool)> {
        let members = self.members.as_ref()?;
        let mut starts = members.lock().unwrap_or_else(|e| e.into_inner());
        // Members before the one holding `at` are of no further use.
        while starts.len() > 1 && starts[1].0 <= at {
            starts.pop_front();
        }
        starts
            .front()
            .map(|&(start, compressed)| (compressed, start == at))
    }

    fn member_holding(&self, at: u64) -> Option<u64> {
        self.member_at(at).map(|(compressed, _)| compressed)
    }

    /// The offset that names the record starting at decompressed offset
    /// `at`: its gzip member's, when the record starts one (Common Crawl's
    /// layout), else its offset in the decompressed stream.
    fn offset_name(&self, at: u64) -> String {
        match self.member_at(at) {
            Some((compressed, true)) => format!("offset {compressed}"),
            Some((_, false)) => format!("decompressed offset {at}"),
            None => format!("offset {at}"),
        }
    }

    fn read_record(&mut self) -> std::io::Result<Option<Outcome>> {
        let Some((start, version)) = self.version_line()? else {
            return Ok(None);
        };
        let offset = self.offset_name(start);
        if !version.starts_with("WARC/") {
            self.resync = true;
            let shown = super::shown(version.trim_end(), 40);
            let message = format!("expected a WARC record header (`WARC/1.0`), found `{shown}`");
            return Ok(Some(Outcome::Failed(offset, message)));
        }
        let headers = match self.headers()? {
            Ok(headers) => headers,
            Err(message) => {
                self.resync = true;
                return Ok(Some(Outcome::Failed(offset, message)));
            }
        };
        let record = Record { offset, headers };
        let Some(length) = record
            .header("Content-Length")
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            self.resync = true;
            let message = "record has no valid Content-Length".to_string();
            return Ok(Some(Outcome::Failed(record.offset, message)));
        };
        self.block(record, length).map(Some)
    }

    /// Reads the record's block and its closing CRLF CRLF, then judges it.
    fn block(&mut self, record: Record, length: u64) -> std::io::Result<Outcome> {
        let kind = record.header("WARC-Type").unwrap_or("untyped").to_string();
        let wanted = kind == "response"
            && record
                .header("Content-Type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("application/http"));
        if !wanted || length > MAX_BLOCK_BYTES {
            let read = self.input.discard(length)?;
            if read < length {
                return Ok(self.cut_short(record, length, read, &[]));
            }
            if !self.closing()? {
                return Ok(self.lying_length(record, length, &[]));
            }
            return Ok(if !wanted {
                Outcome::Skipped(skip_reason(&kind, &record))
            } else {
                Outcome::Failed(record.offset, too_large(length))
            });
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut self.input).take(length).read_to_end(&mut block)?;
        if (block.len() as u64) < length {
            return Ok(self.cut_short(record, length, block.len() as u64, &block));
        }
        if !self.closing()? {
            return Ok(self.lying_length(record, length, &block));
        }
        Ok(self.response(record, &block))
    }

    fn cut_short(&mut self, record: Record, length: u64, read: u64, block: &[u8]) -> Outcome {
        self.push_back_next_record(block);
        let message = format!(
            "Content-Length says {length} bytes but the file ends after {read}; the file is truncated or the length is wrong"
        );
        Outcome::Failed(record.offset, message)
    }

    fn lying_length(&mut self, record: Record, length: u64, block: &[u8]) -> Outcome {
        self.push_back_next_record(block);
        let message = format!(
            "the block does not end after its Content-Length of {length} bytes (no CRLF CRLF there); the length is wrong"
        );
        Outcome::Failed(record.offset, message)
    }

    /// A Content-Length that is too long swallows the records after it: they
    /// are given back to the reader, from the first record start in `block`.
    fn push_back_next_record(&mut self, block: &[u8]) {
        self.resync = true;
        if let Some(at) = find(block, b"\r\nWARC/") {
            self.input.push_back(&block[at + 2..]);
        }
    }

    /// Consumes the CRLF CRLF that ends a record; false if it is not there.
    fn closing(&mut self) -> std::io::Result<bool> {
        let mut end = Vec::with_capacity(4);
        (&mut self.input).take(4).read_to_end(&mut end)?;
        if end == b"\r\n\r\n" {
            return Ok(true);
        }
        self.input.push_back(&end);
        Ok(false)
    }

    fn response(&self, record: Record, block: &[u8]) -> Outcome {
        let http = match super::http::parse_response(block) {
            Ok(http) => http,
            Err(message) => return Outcome::Failed(record.offset, message),
        };
        if !(200..300).contains(&http.status) {
            return Outcome::Skipped("WARC records: HTTP responses without a 2xx status".into());
        }
        if !http.is_html() {
            return Outcome::Skipped("WARC records: HTTP responses that are not HTML".into());
        }
        let uri = record
            .header("WARC-Target-URI")
            .map(|u| u.trim_matches(['<', '>']));
        let location = format!(
            "{}: record at {} ({})",
            self.path,
            record.offset,
            super::shown(uri.unwrap_or("no WARC-Target-URI"), usize::MAX)
        );
        let body = match http.body() {
            Ok(body) => body,
            Err(message) => return Outcome::Failed(record.offset, message),
        };
        let origin = PageOrigin {
            location: &location,
            url: uri,
            http_charset: http.charset.as_deref(),
            fallback_date: record.header("WARC-Date"),
        };
        match parse_html(&body, &origin) {
            Ok(article) => Outcome::Article(Box::new(article)),
            Err(ReadError::Html { message, .. }) => Outcome::Failed(record.offset, message),
            Err(other) => Outcome::Failed(record.offset, other.to_string()),
        }
    }

    /// The record's first line and its decompressed offset, past blank lines
    /// (and, after a bad record, past everything up to a `WARC/` line).
    fn version_line(&mut self) -> std::io::Result<Option<(u64, String)>> {
        loop {
            let start = self.input.position;
            let Some(line) = self.input.line(MAX_HEADER_BYTES)? else {
                return Ok(None);
            };
            let blank = line.iter().all(|b| matches!(b, b'\r' | b'\n'));
            if blank || (self.resync && !line.starts_with(b"WARC/")) {
                continue;
            }
            self.resync = false;
            return Ok(Some((start, String::from_utf8_lossy(&line).into_owned())));
        }
    }

    /// Named fields up to the blank line; `Err` says what is wrong with them.
    fn headers(&mut self) -> std::io::Result<Result<Vec<(String, String)>, String>> {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut bytes = 0u64;
        loop {
            let Some(line) = self.input.line(MAX_HEADER_BYTES)? else {
                return Ok(Err("the file ends inside the record header".into()));
            };
            bytes += line.len() as u64;
            if bytes > MAX_HEADER_BYTES {
                return Ok(Err("the record header is over 64 KiB".into()));
            }
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                return Ok(Ok(headers));
            }
            if line.starts_with([' ', '\t']) {
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                continue;
            }
            let Some((name, value)) = line.split_once(':') else {
                let shown = super::shown(line, 40);
                return Ok(Err(format!("malformed header line `{shown}`")));
            };
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
}

fn skip_reason(kind: &str, record: &Record) -> String {
    if kind == "response" {
        let what = record.header("Content-Type").unwrap_or("no Content-Type");
        return format!(
            "WARC records: response records of type {}",
            super::shown(what, 80)
        );
    }
    format!("WARC records: {} records", super::shown(kind, 80))
}

impl Iterator for WarcArticles {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let outcome = match self.read_record() {
                Ok(Some(outcome)) => outcome,
                Ok(None) => return None,
                Err(error) => {
                    // Corrupt or truncated gzip: nothing after it can be trusted.
                    let at = self.input.position;
                    let place = match self.member_holding(at) {
                        Some(member) => format!("the gzip member at offset {member}"),
                        None => format!("offset {at}"),
                    };
                    self.input.finish();
                    return Some(Err(ReadError::Warc {
                        location: format!("{}: {place}", self.path),
                        message: format!(
                            "cannot read on ({error}); the file is truncated or corrupt, and the records after this point are lost"
                        ),
                    }));
                }
            };
            match outcome {
                Outcome::Article(article) => return Some(Ok(*article)),
                Outcome::Skipped(reason) => self.skips.note(reason),
                Outcome::Failed(offset, message) => {
                    return Some(Err(ReadError::Warc {
                        location: format!("{}: record at {offset}", self.path),
                        message,
                    }))
                }
            }
        }
    }
}

/// The decompressed stream, with bytes given back in front of it and its
/// position counted.
struct Input {
    front: Vec<u8>,
    front_at: usize,
    inner: Box<dyn BufRead + Send>,
    position: u64,
}

impl Input {
    fn new(inner: Box<dyn BufRead + Send>) -> Self {
        Self {
            front: Vec::new(),
            front_at: 0,
            inner,
            position: 0,
        }
    }

    fn push_back(&mut self, bytes: &[u8]) {
        let mut front = bytes.to_vec();
        front.extend_from_slice(&self.front[self.front_at..]);
        self.front = front;
        self.front_at = 0;
        self.position -= bytes.len() as u64;
    }

    /// One line with its end, at most `limit` bytes; `None` at the end.
    fn line(&mut self, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        self.take(limit).read_until(b'\n', &mut line)?;
        Ok((!line.is_empty()).then_some(line))
    }

    /// Reads and drops up to `length` bytes; returns how many there were.
    fn discard(&mut self, length: u64) -> std::io::Result<u64> {
        std::io::copy(&mut self.take(length), &mut std::io::sink())
    }

    fn finish(&mut self) {
        self.front.clear();
        self.front_at = 0;
        self.inner = Box::new(std::io::empty());
    }
}

impl Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Input {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.front_at < self.front.len() {
            return Ok(&self.front[self.front_at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        if self.front_at < self.front.len() {
            self.front_at += amount;
            if self.front_at == self.front.len() {
                self.front.clear();
                self.front_at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

/// The members of a gzip file as one stream, noting where each starts in
/// the compressed file and in the stream.
struct Members {
    decoder: Option<GzDecoder<Counted>>,
    produced: u64,
    starts: MemberStarts,
}

impl Members {
    fn new(file: BufReader<File>, starts: MemberStarts) -> Self {
        starts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back((0, 0));
        let counted = Counted {
            inner: file,
            position: 0,
        };
        Self {
            decoder: Some(GzDecoder::new(counted)),
            produced: 0,
            starts,
        }
    }
}

impl Read for Members {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let Some(decoder) = self.decoder.as_mut() else {
                return Ok(0);
            };
            let n = decoder.read(buf)?;
            if n > 0 || buf.is_empty() {
                self.produced += n as u64;
                return Ok(n);
            }
            // This member is done; another may follow.
            let mut rest = self.decoder.take().expect("checked above").into_inner();
            if rest.fill_buf()?.is_empty() {
                return Ok(0);
            }
            self.starts
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push_back((self.produced, rest.position));
            self.decoder = Some(GzDecoder::new(rest));
        }
    }
}

/// A buffered reader that counts the bytes consumed from it.
struct Counted {
    inner: BufReader<File>,
    position: u64,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.position += n as u64;
        Ok(n)
    }
}

impl BufRead for Counted {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        self.inner.consume(amount);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, bytes: &[u8]) -> Vec<Result<Article, ReadError>> {
        let dir = std::env::temp_dir().join(format!("newsgraph-warc-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let items = WarcArticles::open(&path, Skips::default())
            .unwrap()
            .collect();
        std::fs::remove_file(&path).unwrap();
        items
    }

    /// Found by `fuzz/run.sh` (target read_warc): a carriage return inside a
    /// header line reached the message, which a terminal then overwrote.
    #[test]
    fn control_characters_of_a_bad_header_are_escaped_in_the_message() {
        let items = read(
            "cr.warc",
            b"WARC/1.0\r\nWARC-Type: response\r\nab\rcd\x1b[2J\r\n\r\n",
        );
        let [Err(error)] = &items[..] else {
            panic!("{items:?}")
        };
        let message = error.to_string();
        assert!(
            message.ends_with("record at offset 0: malformed header line `ab\\rcd\\u{1b}[2J`"),
            "{message}"
        );
        let items = read(
            "version.warc",
            b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\nWA\rRC/1.0\r\n\r\n",
        );
        let [Err(error)] = &items[..] else {
            panic!("{items:?}")
        };
        assert!(
            error.to_string().ends_with("found `WA\\rRC/1.0`"),
            "{error}"
        );
    }
}
