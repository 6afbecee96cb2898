//! HTML pages: the charset decoded, the main text found by a Readability
//! port (`dom_smoothie`), and the metadata news pages carry (`og:title`,
//! `article:published_time`, JSON-LD `NewsArticle`, `<html lang>`, the
//! canonical link). The article text that offsets count into is the
//! extracted main text.

use std::borrow::Cow;

use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
use encoding_rs::{Encoding, UTF_8};

use super::{Article, ReadError};

/// Pages larger than this are refused: news pages are well under 2 MiB, and
/// Common Crawl itself truncates responses at 1 MiB. Parsing a huge page
/// would hold its DOM, many times its size, in memory.
pub const MAX_PAGE_BYTES: u64 = 8 << 20;

/// Bytes of the page scanned for a `<meta charset>`, as browsers do.
const PRESCAN_BYTES: usize = 1024;

/// What a page is, besides its bytes: where it came from and what the
/// transport said about it.
pub struct PageOrigin<'a> {
    /// For messages: `path`, or `path: record at offset N (URI)`.
    pub location: &'a str,
    /// The URL it was fetched from (a WARC record's `WARC-Target-URI`).
    pub url: Option<&'a str>,
    /// The charset of an HTTP `Content-Type` header.
    pub http_charset: Option<&'a str>,
    /// A date to use when the page states none (a WARC record's `WARC-Date`).
    pub fallback_date: Option<&'a str>,
}

/// Reads one HTML page into an article.
pub fn parse_html(bytes: &[u8], origin: &PageOrigin) -> Result<Article, ReadError> {
    let fail = |message: String| ReadError::Html {
        location: origin.location.to_string(),
        message,
    };
    if bytes.len() as u64 > MAX_PAGE_BYTES {
        return Err(fail(too_large(bytes.len() as u64)));
    }
    let html = decode(bytes, origin.http_charset).map_err(fail)?;
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // A base URL only resolves relative links, which newsgraph does not keep.
    let mut readability = Readability::new(html.as_ref(), None, Some(config))
        .map_err(|e| fail(format!("cannot parse the HTML: {e}")))?;
    let canonical = first_attr(&readability, "link[rel='canonical']", "href")
        .or_else(|| first_attr(&readability, "meta[property='og:url']", "content"));
    // Readability's own test of whether a page holds an article at all:
    // enough scored text, not only menus and footers.
    if !readability.is_probably_readable() {
        return Err(fail("no article body found in the page".into()));
    }
    let page = readability.parse().map_err(|e| match e {
        ReadabilityError::GrabFailed => fail("no article body found in the page".into()),
        other => fail(format!("cannot extract the article: {other}")),
    })?;
    let text = page.text_content.trim().to_string();
    if text.is_empty() {
        return Err(fail("no article body found in the page".into()));
    }
    let non_empty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    // The URL of the fetch wins: it is what a crawl indexes the page by.
    let url = origin
        .url
        .map(str::to_string)
        .or(canonical.filter(|u| u.starts_with("http://") || u.starts_with("https://")))
        .or_else(|| non_empty(page.url));
    Ok(Article {
        source: origin.location.to_string(),
        url,
        title: non_empty(Some(page.title)),
        date_published: non_empty(page.published_time)
            .or_else(|| origin.fallback_date.map(str::to_string)),
        language: non_empty(page.lang),
        text,
    })
}

/// The message for a page over [`MAX_PAGE_BYTES`].
pub fn too_large(bytes: u64) -> String {
    format!(
        "page of {:.1} MiB is larger than the {} MiB limit for one article; skipped",
        bytes as f64 / f64::from(1 << 20),
        MAX_PAGE_BYTES >> 20
    )
}

fn first_attr(readability: &Readability, selector: &str, name: &str) -> Option<String> {
    let value = readability.doc.select(selector).attr(name)?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Decodes a page as browsers would: byte order mark, then the HTTP charset,
/// then `<meta charset>`; with none, UTF-8 if the bytes are UTF-8, else the
/// encoding a detector guesses. A declared charset the bytes contradict is
/// an error, not a guess: the text would be garbled.
fn decode<'a>(bytes: &'a [u8], http_charset: Option<&str>) -> Result<Cow<'a, str>, String> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        return decode_strictly(encoding, &bytes[bom_length..], "its byte order mark");
    }
    let declared = http_charset
        .map(|label| (label.to_string(), "the HTTP Content-Type header"))
        .or_else(|| meta_charset(bytes).map(|label| (label, "its <meta charset>")));
    if let Some((label, place)) = declared {
        let encoding = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            let label = super::shown(&label, 40);
            format!("unknown charset `{label}` declared in {place}")
        })?;
        return decode_strictly(encoding, bytes, place);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    decode_strictly(encoding, bytes, "detection")
}

fn decode_strictly<'a>(
    encoding: &'static Encoding,
    bytes: &'a [u8],
    place: &str,
) -> Result<Cow<'a, str>, String> {
    // UTF-16 labels in a meta tag mean UTF-8 (HTML standard); encoding_rs
    // maps the label, so only a BOM yields UTF-16 here.
    let encoding = encoding.output_encoding();
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        if encoding != UTF_8 && is_non_ascii_utf8(bytes) {
            return Err(format!(
                "the page declares charset {} in {place} but its bytes are UTF-8; fix the declaration",
                encoding.name()
            ));
        }
        return Ok(text);
    }
    let at = std::str::from_utf8(bytes)
        .err()
        .map_or(bytes.len(), |e| e.valid_up_to());
    Err(if encoding == UTF_8 {
        format!("the page declares charset UTF-8 in {place} but byte {at} is not UTF-8; fix the declaration or convert the page")
    } else {
        format!(
            "the bytes are not valid {} as declared in {place}; fix the declaration or convert the page",
            encoding.name()
        )
    })
}

/// Legacy single-byte text is almost never also valid UTF-8 with non-ASCII
/// characters, so such a page that declares a legacy charset is mislabelled.
fn is_non_ascii_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// The charset of `<meta charset=…>` or `<meta http-equiv=Content-Type
/// content="…; charset=…">` in the page's first kilobyte.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    static PATTERN: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"#)
            .expect("the charset pattern is valid")
    });
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let label = pattern.captures(head)?.get(1)?.as_bytes();
    Some(String::from_utf8_lossy(label).into_owned())
}

/// Whether the first bytes of a file look like HTML (for files without an
/// `.html` extension).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(location: &str) -> PageOrigin<'_> {
        PageOrigin {
            location,
            url: None,
            http_charset: None,
            fallback_date: None,
        }
    }

    const BODY: &str = "<p>The defence ministers of both countries met in the capital on Monday to discuss a joint naval exercise planned for the coming season, officials said.</p><p>They agreed to hold further talks on the purchase of patrol vessels and on training programmes for naval officers over the next two years.</p>";

    #[test]
    fn metadata_comes_from_meta_tags_and_canonical_link() {
        let page = format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site | Ministers meet</title>
<meta property="og:title" content="Ministers meet">
<meta property="article:published_time" content="2024-03-04T08:00:00Z">
<link rel="canonical" href="https://news.example/a/1"></head>
<body><nav>Home</nav><article>{BODY}{BODY}{BODY}</article></body></html>"#
        );
        let article = parse_html(page.as_bytes(), &origin("a.html")).unwrap();
        assert_eq!(article.title.as_deref(), Some("Ministers meet"));
        assert_eq!(
            article.date_published.as_deref(),
            Some("2024-03-04T08:00:00Z")
        );
        assert_eq!(article.language.as_deref(), Some("en"));
        assert_eq!(article.url.as_deref(), Some("https://news.example/a/1"));
        assert!(
            article.text.starts_with("The defence ministers"),
            "{}",
            article.text
        );
        assert!(!article.text.contains("Home"));
    }

    #[test]
    fn legacy_charset_is_decoded() {
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><article><p>Caf\u{e9} talks.</p>{BODY}{BODY}{BODY}</article></body></html>"
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
        let article = parse_html(&bytes, &origin("l.html")).unwrap();
        assert!(
            article.text.contains("Caf\u{e9} talks."),
            "{}",
            article.text
        );
    }

    #[test]
    fn wrong_declared_charset_is_an_error() {
        let page = format!("<html><head><meta charset=\"utf-8\"></head><body><article><p>Caf\u{e9}</p>{BODY}{BODY}{BODY}</article></body></html>");
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
        let error = parse_html(&bytes, &origin("w.html"))
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("w.html: the page declares charset UTF-8"),
            "{error}"
        );
    }

    #[test]
    fn page_without_body_is_an_error() {
        let error = parse_html(
            b"<html><head><title>x</title></head><body></body></html>",
            &origin("e.html"),
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("e.html: no article body"), "{error}");
    }
}
