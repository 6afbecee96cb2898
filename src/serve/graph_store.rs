//! SPARQL 1.1 Graph Store HTTP Protocol, reads only: `GET /store?graph=IRI`
//! (one graph) and `GET /store?default` (the default graph, which here is the
//! union of all graphs). Writes are refused (405).

use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;

use super::http::{self, error, negotiate, param, query_pairs};
use super::sparql::graph_format;
use super::Service;

pub fn handle(service: &Service, request: &mut Request<Body>) -> Response<Body> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let mut response = error(
            StatusCode::METHOD_NOT_ALLOWED,
            "this graph store is read-only: only GET and HEAD are allowed (change the store with `newsgraph ingest`)",
        );
        response.headers_mut().insert(
            oxhttp::model::header::ALLOW,
            oxhttp::model::HeaderValue::from_static("GET, HEAD, OPTIONS"),
        );
        return response;
    }
    let pairs = query_pairs(request);
    let graph = match (param(&pairs, "graph"), param(&pairs, "default")) {
        (Some(graph), None) => Some(graph.to_string()),
        (None, Some(_)) => None,
        _ => {
            return error(
                StatusCode::BAD_REQUEST,
                "name one graph: /store?graph=IRI or /store?default",
            )
        }
    };
    let Some(format) = negotiate(request, RdfFormat::Turtle, graph_format) else {
        return error(
            StatusCode::NOT_ACCEPTABLE,
            "graphs are served in Turtle, N-Triples, JSON-LD or RDF/XML",
        );
    };
    if let Some(name) = &graph {
        match service.store.has_graph(name) {
            Ok(true) => {}
            Ok(false) => {
                return error(
                    StatusCode::NOT_FOUND,
                    format!("no graph <{name}> in the store"),
                )
            }
            Err(e) => return error(StatusCode::BAD_REQUEST, format!("graph <{name}>: {e}")),
        }
    }
    // Not under the query time limit: a graph read is a scan bounded by the
    // store's size, and it cannot be cancelled.
    match service.store.export(format, graph.as_deref(), Vec::new()) {
        Ok(bytes) => http::ok(format.media_type(), bytes),
        Err(e) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("reading the graph failed: {e}"),
        ),
    }
}
