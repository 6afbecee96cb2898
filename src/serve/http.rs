//! HTTP helpers: error responses, CORS, content negotiation, bounded bodies
//! and query-string parameters.

use std::io::Read;

use oxhttp::model::header::{
    ACCEPT, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, CONTENT_LENGTH, CONTENT_TYPE,
};
use oxhttp::model::{Body, HeaderValue, Request, Response, StatusCode};

/// A plain-text error: one line that says what is wrong.
pub fn error(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    let mut text = message.into();
    text.push('\n');
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(text))
        .expect("a static response is valid")
}

pub fn ok(content_type: &str, body: impl Into<Body>) -> Response<Body> {
    Response::builder()
        .status(StatusCode::OK)
        .header(CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap_or_else(|_| error(StatusCode::INTERNAL_SERVER_ERROR, "invalid content type"))
}

/// Browsers on other origins may read every answer (the data is public to
/// whoever can reach the port; the server writes nothing).
pub fn with_cors(mut response: Response<Body>) -> Response<Body> {
    response
        .headers_mut()
        .insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

pub fn preflight() -> Response<Body> {
    Response::builder()
        .status(StatusCode::NO_CONTENT)
        .header(ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, POST, OPTIONS")
        .header(ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Accept")
        .body(Body::empty())
        .expect("a static response is valid")
}

/// The media types of the request's `Accept` header, best first (by `q`,
/// then by order). An absent header accepts anything.
pub fn accepted(request: &Request<Body>) -> Vec<String> {
    let Some(header) = request.headers().get(ACCEPT).and_then(|h| h.to_str().ok()) else {
        return vec!["*/*".to_string()];
    };
    let mut types: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!media.is_empty() && q > 0.0).then_some((q, i, media))
        })
        .collect();
    types.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    types.into_iter().map(|(_, _, media)| media).collect()
}

/// The first accepted media type that `pick` maps to a format; wildcards
/// take `default`.
pub fn negotiate<F: Copy>(
    request: &Request<Body>,
    default: F,
    pick: impl Fn(&str) -> Option<F>,
) -> Option<F> {
    negotiate_among(&accepted(request), default, pick)
}

/// [`negotiate`] over media types already read from `Accept`.
pub fn negotiate_among<F: Copy>(
    accepted: &[String],
    default: F,
    pick: impl Fn(&str) -> Option<F>,
) -> Option<F> {
    accepted.iter().find_map(|media| match media.as_str() {
        "*/*" | "application/*" | "text/*" => Some(default),
        other => pick(other),
    })
}

/// Why a body could not be read.
pub enum BodyError {
    TooLarge(u64),
    Io(std::io::Error),
}

impl BodyError {
    pub fn response(&self) -> Response<Body> {
        match self {
            Self::TooLarge(limit) => error(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("request body over the limit of {limit} bytes (--max-body)"),
            ),
            Self::Io(e) => error(
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            ),
        }
    }
}

/// Reads the body, refusing more than `limit` bytes (by `Content-Length`
/// before reading anything, else while reading).
pub fn read_body(request: &mut Request<Body>, limit: u64) -> Result<Vec<u8>, BodyError> {
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(BodyError::TooLarge(limit));
    }
    let mut body = Vec::new();
    request
        .body_mut()
        .take(limit + 1)
        .read_to_end(&mut body)
        .map_err(BodyError::Io)?;
    if body.len() as u64 > limit {
        return Err(BodyError::TooLarge(limit));
    }
    Ok(body)
}

/// The request's content type without parameters, lower case.
pub fn content_type(request: &Request<Body>) -> String {
    request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Decoded `application/x-www-form-urlencoded` pairs (a query string or a body).
pub fn form_pairs(encoded: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(encoded).into_owned().collect()
}

/// The decoded parameters of the request's query string.
pub fn query_pairs(request: &Request<Body>) -> Vec<(String, String)> {
    form_pairs(request.uri().query().unwrap_or("").as_bytes())
}

/// The first value of parameter `name`.
pub fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}
