//! SPARQL 1.1 Protocol queries: GET `?query=`, POST form and POST
//! `application/sparql-query`; results in JSON, XML, CSV or TSV and graphs in
//! Turtle, N-Triples, JSON-LD or RDF/XML by `Accept`; a time limit per query.
//! Updates are refused (403).

use std::sync::{mpsc, Arc};
use std::time::Duration;

use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};

use super::http::{
    self, accepted, error, form_pairs, negotiate, negotiate_among, param, query_pairs, read_body,
};
use super::{read_only, Service};
use crate::queries::{canned_query, canned_query_names};
use crate::store::{with_prefixes, GraphStore, StoreError};

/// `/sparql`.
pub fn handle(service: &Service, request: &mut Request<Body>) -> Response<Body> {
    let pairs = query_pairs(request);
    let query = match *request.method() {
        Method::GET | Method::HEAD => param(&pairs, "query").map(str::to_string),
        Method::POST => match post_query(service, request) {
            Ok(query) => query,
            Err(response) => return *response,
        },
        _ => return method_not_allowed(),
    };
    if param(&pairs, "update").is_some() {
        return read_only();
    }
    match query {
        Some(query) => run(service, request, &query),
        None => service_description(request),
    }
}

/// `/query/NAME`: a canned query, as `newsgraph query NAME` runs it.
pub fn handle_canned(service: &Service, request: &mut Request<Body>, name: &str) -> Response<Body> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return method_not_allowed();
    }
    match canned_query(name) {
        Some(query) => run(service, request, query),
        None => error(
            StatusCode::NOT_FOUND,
            format!(
                "no canned query `{name}`; known: {}",
                canned_query_names().join(", ")
            ),
        ),
    }
}

fn method_not_allowed() -> Response<Body> {
    let mut response = error(
        StatusCode::METHOD_NOT_ALLOWED,
        "this endpoint is read-only: use GET or POST with a SPARQL query",
    );
    response.headers_mut().insert(
        oxhttp::model::header::ALLOW,
        oxhttp::model::HeaderValue::from_static("GET, HEAD, POST, OPTIONS"),
    );
    response
}

/// The query of a POST, by content type; updates are refused.
fn post_query(
    service: &Service,
    request: &mut Request<Body>,
) -> Result<Option<String>, Box<Response<Body>>> {
    let content_type = http::content_type(request);
    let body = read_body(request, service.options.max_body).map_err(|e| Box::new(e.response()))?;
    match content_type.as_str() {
        "application/sparql-query" => String::from_utf8(body)
            .map(Some)
            .map_err(|_| Box::new(error(StatusCode::BAD_REQUEST, "the query is not UTF-8"))),
        "application/x-www-form-urlencoded" => {
            let pairs = form_pairs(&body);
            if param(&pairs, "update").is_some() {
                return Err(Box::new(read_only()));
            }
            Ok(param(&pairs, "query").map(str::to_string))
        }
        "application/sparql-update" => Err(Box::new(read_only())),
        other => Err(Box::new(error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("unsupported content type `{other}`: send application/sparql-query or application/x-www-form-urlencoded"),
        ))),
    }
}

/// A serialised answer and its media type.
struct Answer {
    media_type: &'static str,
    bytes: Vec<u8>,
}

/// Why a query gave no answer.
enum Failure {
    Store(StoreError),
    NotAcceptable(&'static str),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}
impl From<QueryEvaluationError> for Failure {
    fn from(e: QueryEvaluationError) -> Self {
        Self::Store(e.into())
    }
}
impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Self::Store(e.into())
    }
}

fn run(service: &Service, request: &Request<Body>, query: &str) -> Response<Body> {
    let limit = service.options.time_limit;
    let store = Arc::clone(&service.store);
    let accept = accepted(request);
    let text = query.to_string();
    let outcome = with_time_limit(limit, move |token| {
        let results = store.query_cancellable(&text, token)?;
        serialise(&accept, results)
    });
    match outcome {
        Some(Ok(answer)) => http::ok(answer.media_type, answer.bytes),
        Some(Err(Failure::NotAcceptable(what))) => error(
            StatusCode::NOT_ACCEPTABLE,
            format!("no acceptable format for {what}: see the service description at /sparql"),
        ),
        Some(Err(Failure::Store(e))) => store_error(e, query, limit),
        None => store_error(QueryEvaluationError::Cancelled.into(), query, limit),
    }
}

/// Runs `work` on its own thread with a token that is cancelled once `limit`
/// has passed; `None` if it has not finished by then. The answer does not
/// wait for the work to stop: Oxigraph checks the token whenever it reads the
/// store, so a query stops at its next read.
pub fn with_time_limit<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce(CancellationToken) -> T + Send + 'static,
) -> Option<T> {
    let token = CancellationToken::new();
    let (done, finished) = mpsc::channel();
    let worker = token.clone();
    let spawned = std::thread::Builder::new()
        .name("newsgraph query".into())
        .spawn(move || {
            // The receiver may be gone (time limit passed): nothing to tell.
            let _ = done.send(work(worker));
        });
    if spawned.is_err() {
        return None;
    }
    match finished.recv_timeout(limit) {
        Ok(outcome) => Some(outcome),
        Err(_) => {
            token.cancel();
            None
        }
    }
}

/// The status and message of a failed query.
pub fn store_error(e: StoreError, query: &str, limit: Duration) -> Response<Body> {
    match e {
        StoreError::Syntax(syntax) => {
            if SparqlEvaluator::new().parse_update(query).is_ok() {
                read_only()
            } else {
                error(StatusCode::BAD_REQUEST, format!("invalid SPARQL: {syntax}"))
            }
        }
        StoreError::Evaluation(QueryEvaluationError::Cancelled) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "query stopped after the time limit of {} s (newsgraph serve --time-limit)",
                limit.as_secs_f64()
            ),
        ),
        other => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("query failed: {other}"),
        ),
    }
}

fn results_format(media: &str) -> Option<QueryResultsFormat> {
    match media {
        "application/json" => Some(QueryResultsFormat::Json),
        "application/xml" | "text/xml" => Some(QueryResultsFormat::Xml),
        other => QueryResultsFormat::from_media_type(other),
    }
}

/// Triple syntaxes only: a query's graph has no graph names.
pub fn graph_format(media: &str) -> Option<RdfFormat> {
    match media {
        "application/json" | "application/ld+json" | "application/x-json+ld" => {
            Some(RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            })
        }
        "application/xml" | "text/xml" => Some(RdfFormat::RdfXml),
        "text/plain" => Some(RdfFormat::NTriples),
        other => RdfFormat::from_media_type(other).filter(|f| !f.supports_datasets()),
    }
}

fn serialise(accept: &[String], results: QueryResults<'static>) -> Result<Answer, Failure> {
    match results {
        QueryResults::Graph(triples) => {
            let format = negotiate_among(accept, RdfFormat::Turtle, graph_format)
                .ok_or(Failure::NotAcceptable("a graph"))?;
            let mut out = with_prefixes(RdfSerializer::from_format(format)).for_writer(Vec::new());
            for triple in triples {
                out.serialize_triple(&triple?)?;
            }
            Ok(Answer {
                media_type: format.media_type(),
                bytes: out.finish()?,
            })
        }
        QueryResults::Boolean(value) => {
            let format = negotiate_among(accept, QueryResultsFormat::Json, results_format)
                .ok_or(Failure::NotAcceptable("a boolean"))?;
            let bytes = QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(Vec::new(), value)?;
            Ok(Answer {
                media_type: format.media_type(),
                bytes,
            })
        }
        QueryResults::Solutions(solutions) => {
            let format = negotiate_among(accept, QueryResultsFormat::Json, results_format)
                .ok_or(Failure::NotAcceptable("solutions"))?;
            let mut out = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(Vec::new(), solutions.variables().to_vec())?;
            for solution in solutions {
                out.serialize(&solution?)?;
            }
            Ok(Answer {
                media_type: format.media_type(),
                bytes: out.finish()?,
            })
        }
    }
}

/// The SPARQL 1.1 service description of `/sparql`, in the accepted syntax.
fn service_description(request: &Request<Body>) -> Response<Body> {
    let Some(format) = negotiate(request, RdfFormat::Turtle, graph_format) else {
        return error(
            StatusCode::NOT_ACCEPTABLE,
            "the service description is in Turtle, N-Triples, JSON-LD or RDF/XML",
        );
    };
    let mut out = RdfSerializer::from_format(format).for_writer(Vec::new());
    let parsed = RdfParser::from_format(RdfFormat::Turtle)
        .for_reader(SERVICE_DESCRIPTION.as_bytes())
        .map(|q| q.map(oxigraph::model::Triple::from));
    for triple in parsed {
        let written = triple
            .map_err(|e| e.to_string())
            .and_then(|t| out.serialize_triple(&t).map_err(|e| e.to_string()));
        if let Err(e) = written {
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("service description: {e}"),
            );
        }
    }
    match out.finish() {
        Ok(bytes) => http::ok(format.media_type(), bytes),
        Err(e) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("service description: {e}"),
        ),
    }
}

const SERVICE_DESCRIPTION: &str = include_str!("service-description.ttl");

/// Evaluates a SELECT on `store` within `limit` (the explorer's API).
pub fn select(
    store: &Arc<GraphStore>,
    query: &str,
    limit: Duration,
) -> Result<Vec<oxigraph::sparql::QuerySolution>, StoreError> {
    let store = Arc::clone(store);
    let text = query.to_string();
    with_time_limit(limit, move |token| {
        match store.query_cancellable(&text, token)? {
            QueryResults::Solutions(solutions) => Ok(solutions.collect::<Result<Vec<_>, _>>()?),
            _ => Ok(Vec::new()),
        }
    })
    .unwrap_or(Err(QueryEvaluationError::Cancelled.into()))
}
