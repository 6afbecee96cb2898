//! The explorer's files, embedded in the binary (no CDN: it works offline).

use oxhttp::model::{Body, Method, Request, Response, StatusCode};

use super::http::{error, ok};

const FILES: &[(&str, &str, &str)] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_str!("assets/index.html"),
    ),
    (
        "/assets/app.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/app.js"),
    ),
    (
        "/assets/style.css",
        "text/css; charset=utf-8",
        include_str!("assets/style.css"),
    ),
];

pub fn handle(request: &Request<Body>, path: &str) -> Response<Body> {
    let Some((_, media_type, text)) = FILES.iter().find(|(p, _, _)| *p == path) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("nothing at {path}: try / (explorer), /sparql, /query/NAME, /store?graph=IRI"),
        );
    };
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return error(
            StatusCode::METHOD_NOT_ALLOWED,
            "the explorer's files are read with GET",
        );
    }
    ok(media_type, *text)
}
