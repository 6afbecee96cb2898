//! The HTTP response inside a WARC `response` record: status, the headers
//! that matter for reading the page, and the payload.

use std::borrow::Cow;
use std::io::Read;

use super::html::{too_large, MAX_PAGE_BYTES};

pub struct HttpResponse<'a> {
    pub status: u16,
    /// `Content-Type` without parameters, lower case.
    pub media_type: Option<String>,
    pub charset: Option<String>,
    content_encoding: Option<String>,
    chunked: bool,
    payload: &'a [u8],
}

impl HttpResponse<'_> {
    pub fn is_html(&self) -> bool {
        matches!(
            self.media_type.as_deref(),
            Some("text/html" | "application/xhtml+xml")
        )
    }

    /// The page's bytes, with a gzip or deflate `Content-Encoding` undone.
    pub fn body(&self) -> Result<Cow<'_, [u8]>, String> {
        if self.chunked {
            return Err("chunked transfer encoding is not supported; store the payload de-chunked (as Common Crawl does)".into());
        }
        let decoder: Box<dyn Read + '_> = match self.content_encoding.as_deref() {
            None | Some("identity") => return Ok(Cow::Borrowed(self.payload)),
            Some("gzip" | "x-gzip") => Box::new(flate2::read::GzDecoder::new(self.payload)),
            Some("deflate") => Box::new(flate2::read::ZlibDecoder::new(self.payload)),
            Some(other) => {
                let shown = super::shown(other, 40);
                return Err(format!("unsupported Content-Encoding `{shown}`"));
            }
        };
        let mut body = Vec::new();
        decoder
            .take(MAX_PAGE_BYTES + 1)
            .read_to_end(&mut body)
            .map_err(|e| format!("cannot decode the Content-Encoding: {e}"))?;
        if body.len() as u64 > MAX_PAGE_BYTES {
            return Err(too_large(body.len() as u64));
        }
        Ok(Cow::Owned(body))
    }
}

/// Splits an HTTP response into status line, headers and payload.
pub fn parse_response(block: &[u8]) -> Result<HttpResponse<'_>, String> {
    let (head_end, payload_start) = match find(block, b"\r\n\r\n") {
        Some(at) => (at, at + 4),
        None => match find(block, b"\n\n") {
            Some(at) => (at, at + 2),
            None => return Err("the HTTP response has no end of headers".into()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .strip_prefix("HTTP/")
        .and_then(|rest| rest.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| {
            let shown = super::shown(status_line, 40);
            format!("malformed HTTP status line `{shown}`")
        })?;
    let mut response = HttpResponse {
        status,
        media_type: None,
        charset: None,
        content_encoding: None,
        chunked: false,
        payload: &block[payload_start..],
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => {
                let mut parts = value.split(';');
                response.media_type = parts.next().map(|t| t.trim().to_string());
                response.charset = parts
                    .filter_map(|p| p.trim().strip_prefix("charset="))
                    .map(|c| c.trim_matches(['"', '\'']).to_string())
                    .next();
            }
            "content-encoding" => response.content_encoding = Some(value),
            "transfer-encoding" => response.chunked = value.contains("chunked"),
            _ => {}
        }
    }
    Ok(response)
}

pub(super) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
