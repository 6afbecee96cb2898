//! `newsgraph serve`: a read-only SPARQL 1.1 Protocol endpoint, Graph Store
//! Protocol reads and the events explorer, over one store, on oxhttp (one
//! thread per connection). Entry point: [`serve`]; [`Service::handle`] answers
//! one request and is what the tests call.
//!
//! Routes: `/` and `/assets/*` (the explorer, embedded), `/sparql` (queries;
//! the service description when there is no query), `/query/NAME` (canned
//! queries), `/store` (graph reads), `/api/*` (the explorer's JSON).

mod assets;
mod explorer;
mod graph_store;
mod http;
mod listing;
mod sparql;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use oxhttp::model::{Body, Method, Request, Response, StatusCode};

use crate::store::GraphStore;
use http::{error, with_cors};

/// How a server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub bind: SocketAddr,
    /// Wall-clock limit of one query (evaluation and serialisation).
    pub time_limit: Duration,
    /// Largest request body accepted, in bytes.
    pub max_body: u64,
}

/// The store and the options shared by every request.
pub struct Service {
    store: Arc<GraphStore>,
    options: ServeOptions,
}

impl Service {
    pub fn new(store: GraphStore, options: ServeOptions) -> Self {
        Self {
            store: Arc::new(store),
            options,
        }
    }

    /// Answers one request; never panics on input, every failure is a status
    /// with a one-line message.
    pub fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        with_cors(self.route(request))
    }

    /// Answers an explorer API request (`/api/...`) by the direct SPARQL
    /// over the article graphs, never from the summary graph: what the
    /// summary path must answer (tests compare them).
    pub fn handle_direct(&self, request: &mut Request<Body>) -> Response<Body> {
        let path = request.uri().path().to_string();
        match path.strip_prefix("/api/") {
            Some(api) => explorer::handle(self, request, api, explorer::Plan::Direct),
            None => self.handle(request),
        }
    }

    fn route(&self, request: &mut Request<Body>) -> Response<Body> {
        if request.method() == Method::OPTIONS {
            return http::preflight();
        }
        let path = request.uri().path().to_string();
        match path.as_str() {
            "/sparql" => sparql::handle(self, request),
            "/update" => read_only(),
            "/store" => graph_store::handle(self, request),
            _ => {
                if let Some(name) = path.strip_prefix("/query/") {
                    sparql::handle_canned(self, request, name)
                } else if let Some(api) = path.strip_prefix("/api/") {
                    explorer::handle(self, request, api, explorer::Plan::Summary)
                } else {
                    assets::handle(request, &path)
                }
            }
        }
    }
}

fn read_only() -> Response<Body> {
    error(
        StatusCode::FORBIDDEN,
        "this endpoint is read-only: SPARQL updates and graph writes are refused (change the store with `newsgraph ingest`)",
    )
}

/// Serves until the process is stopped.
pub fn serve(store: GraphStore, options: ServeOptions) -> std::io::Result<()> {
    let bind = options.bind;
    let service = Arc::new(Service::new(store, options));
    let server = oxhttp::Server::new(move |request| service.handle(request))
        .bind(bind)
        .with_global_timeout(Duration::from_secs(60))
        .with_max_concurrent_connections(64);
    server.spawn()?.join()
}
