//! `newsgraph push`: sends article graphs and the gazetteer graph to a remote
//! store with the SPARQL 1.1 Graph Store HTTP Protocol, one `PUT
//! ENDPOINT?graph=IRI` per graph (an idempotent replace: pushing twice leaves
//! the remote store as pushing once).
//!
//! Graphs go out from `--batch` workers; a connection error or a 5xx is
//! retried with exponential backoff; a 4xx is final. Once one graph has failed
//! for want of a connection after all its retries, the remaining graphs are
//! not attempted (the server is gone) and the summary says to re-run.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use base64::Engine;
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::cli::args::PushArgs;
use crate::store::GraphStore;
use crate::vocab::GAZETTEER_GRAPH;

/// Why one graph was not sent.
enum Failure {
    /// The server answered with an error that retrying will not fix.
    Refused(String),
    /// No connection, or 5xx, after every attempt.
    Unreachable(String),
}

pub fn run(args: PushArgs) -> Result<ExitCode> {
    let endpoint = args.endpoint.clone();
    if !endpoint.starts_with("http://") || endpoint.len() <= "http://".len() {
        bail!("--endpoint {endpoint}: expected an http:// URL (https is not supported: put a TLS proxy in front)");
    }
    let auth = authorization()?;
    let store = GraphStore::open_existing(&args.store.store).map_err(|e| {
        if e.is_lock() {
            anyhow::Error::new(e).context(
                "is another newsgraph process (serve, ingest) using it? Stop it or pass --store DIR",
            )
        } else {
            e.into()
        }
    })?;
    let graphs = graphs_to_push(&store, &args)?;
    let articles = graphs
        .iter()
        .filter(|g| g.as_str() != GAZETTEER_GRAPH)
        .count();
    let bar = progress(graphs.len(), args.quiet);
    let pusher = Pusher {
        store: &store,
        endpoint,
        auth,
        retries: args.retries.max(1),
        gone: AtomicBool::new(false),
    };
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let sent = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..args.batch.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(graph) = graphs.get(i) else { break };
                if pusher.gone.load(Ordering::Relaxed) {
                    break;
                }
                match pusher.push(graph) {
                    Ok(()) => {
                        sent.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(failure) => failures
                        .lock()
                        .expect("no worker panics")
                        .push((graph.clone(), failure)),
                }
                bar.inc(1);
            });
        }
    });
    bar.finish_and_clear();
    let failures = failures.into_inner().expect("no worker panics");
    report(
        &args.endpoint,
        graphs.len(),
        articles,
        sent.into_inner(),
        &failures,
        started.elapsed(),
    );
    Ok(if failures.is_empty() && !pusher.gone.into_inner() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn report(
    endpoint: &str,
    total: usize,
    articles: usize,
    sent: usize,
    failures: &[(String, Failure)],
    elapsed: Duration,
) {
    let secs = elapsed.as_secs_f64().max(1e-3);
    eprintln!(
        "newsgraph: pushed {sent} of {total} graphs ({articles} article graphs{}) to {endpoint} in {secs:.1} s ({:.0} graphs/s)",
        if total > articles { " and the gazetteer graph" } else { "" },
        sent as f64 / secs
    );
    for (graph, failure) in failures.iter().take(10) {
        match failure {
            Failure::Refused(why) => eprintln!("newsgraph: {graph}: refused: {why}"),
            Failure::Unreachable(why) => eprintln!("newsgraph: {graph}: not sent: {why}"),
        }
    }
    if failures.len() > 10 {
        eprintln!("newsgraph: … and {} more failed", failures.len() - 10);
    }
    let not_tried = total - sent - failures.len();
    if failures
        .iter()
        .any(|(_, f)| matches!(f, Failure::Unreachable(_)))
    {
        eprintln!(
            "newsgraph: the server stopped answering; {} graphs not sent: run the same push again (it replaces graphs, so nothing is duplicated)",
            total - sent
        );
    } else if not_tried > 0 {
        eprintln!("newsgraph: {not_tried} graphs not attempted");
    }
}

/// Bearer token or basic credentials from the environment, never from arguments.
fn authorization() -> Result<Option<String>> {
    if let Ok(token) = std::env::var("NEWSGRAPH_PUSH_TOKEN") {
        return Ok(Some(format!("Bearer {token}")));
    }
    match (
        std::env::var("NEWSGRAPH_PUSH_USER"),
        std::env::var("NEWSGRAPH_PUSH_PASSWORD"),
    ) {
        (Ok(user), Ok(password)) => Ok(Some(format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        ))),
        (Ok(_), Err(_)) => bail!("NEWSGRAPH_PUSH_USER is set but NEWSGRAPH_PUSH_PASSWORD is not"),
        _ => Ok(None),
    }
}

/// The graphs a push sends: the chosen article graphs, then the gazetteer graph.
fn graphs_to_push(store: &GraphStore, args: &PushArgs) -> Result<Vec<String>> {
    let mut graphs: Vec<String> = if !args.graphs.is_empty() {
        for graph in &args.graphs {
            if !store.has_graph(graph)? {
                bail!("--graph {graph}: no such graph in the store");
            }
        }
        args.graphs.clone()
    } else if let Some(since) = &args.since {
        published_since(store, since)?
    } else {
        store
            .article_graphs()?
            .into_iter()
            .map(|g| g.into_string())
            .collect()
    };
    graphs.sort();
    graphs.dedup();
    if !args.no_gazetteer && store.has_graph(GAZETTEER_GRAPH)? {
        graphs.retain(|g| g != GAZETTEER_GRAPH);
        graphs.push(GAZETTEER_GRAPH.to_string());
    }
    Ok(graphs)
}

fn published_since(store: &GraphStore, since: &str) -> Result<Vec<String>> {
    let valid = since.len() == 10
        && since.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !valid {
        bail!("--since {since}: expected a date as YYYY-MM-DD");
    }
    let query = format!(
        "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a a <http://schema.org/NewsArticle> ; <http://schema.org/datePublished> ?d }} FILTER(STR(?d) >= \"{since}\") }}"
    );
    let mut graphs = Vec::new();
    if let QueryResults::Solutions(rows) = store.query(&query)? {
        for row in rows {
            if let Some(Term::NamedNode(g)) = row?.get("g") {
                graphs.push(g.as_str().to_string());
            }
        }
    }
    Ok(graphs)
}

fn progress(len: usize, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} graphs {per_sec} eta {eta}")
            .expect("the template is valid"),
    );
    bar
}

struct Pusher<'a> {
    store: &'a GraphStore,
    endpoint: String,
    auth: Option<String>,
    retries: u32,
    /// Set once the server is unreachable after all retries.
    gone: AtomicBool,
}

impl Pusher<'_> {
    fn push(&self, graph: &str) -> Result<(), Failure> {
        let body = self
            .store
            .export(RdfFormat::Turtle, Some(graph), Vec::new())
            .map_err(|e| Failure::Refused(format!("cannot read it from the store: {e}")))?;
        let separator = if self.endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        let url = format!(
            "{}{separator}graph={}",
            self.endpoint,
            form_urlencoded::byte_serialize(graph.as_bytes()).collect::<String>()
        );
        let mut last = String::new();
        for attempt in 0..self.retries {
            if attempt > 0 {
                // 0.25 s, 0.5 s, 1 s, … up to 8 s between attempts.
                std::thread::sleep(Duration::from_millis(250u64 << (attempt - 1).min(5)));
            }
            match self.put(&url, body.clone()) {
                Ok((status, _)) if (200..300).contains(&status) => return Ok(()),
                Ok((status, text)) if status >= 500 => {
                    last = format!("HTTP {status}: {text}");
                }
                Ok((status, text)) => {
                    return Err(Failure::Refused(format!("HTTP {status}: {text}")))
                }
                Err(e) => last = format!("cannot connect: {e}"),
            }
        }
        self.gone.store(true, Ordering::Relaxed);
        Err(Failure::Unreachable(format!(
            "{last} (after {} attempts)",
            self.retries
        )))
    }

    /// One PUT: the status and the first line of the answer.
    fn put(&self, url: &str, body: Vec<u8>) -> Result<(i32, String), minreq::Error> {
        let mut request = minreq::put(url)
            .with_header("Content-Type", "text/turtle")
            .with_header(
                "User-Agent",
                concat!("newsgraph/", env!("CARGO_PKG_VERSION")),
            )
            .with_timeout(120)
            .with_body(body);
        if let Some(auth) = &self.auth {
            request = request.with_header("Authorization", auth.as_str());
        }
        let response = request.send()?;
        let text = response.as_str().unwrap_or("");
        Ok((
            response.status_code,
            text.lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(200)
                .collect(),
        ))
    }
}
