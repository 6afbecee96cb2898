//! `newsgraph serve` in process ([`Service::handle`] over the examples in a
//! store in memory) and `newsgraph push` (the binary) into a Graph Store
//! Protocol server run by the test. The real clients, browsers and servers
//! are in tests/serve/*.py, run by .ci/run.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use newsgraph::serve::{ServeOptions, Service};
use newsgraph::{ingest, ArticleReader, GraphStore, Knowledge};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};

use crate::util::{examples, stderr, TestStore};

fn service(time_limit: Duration) -> Service {
    let knowledge = Knowledge::embedded().unwrap();
    let store = GraphStore::in_memory().unwrap();
    ingest(
        ArticleReader::new(&[examples()]),
        &store,
        &knowledge,
        &|_, _| {},
    )
    .unwrap();
    Service::new(store, service_options(time_limit))
}

fn service_options(time_limit: Duration) -> ServeOptions {
    ServeOptions {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        time_limit,
        max_body: 64 * 1024,
    }
}

fn call(
    service: &Service,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (StatusCode, String) {
    let mut request = Request::builder()
        .method(method)
        .uri(format!("http://localhost{uri}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut request = request.body(Body::from(body.to_string())).unwrap();
    let response = service.handle(&mut request);
    let status = response.status();
    (status, response.into_body().to_string().unwrap())
}

fn get(service: &Service, uri: &str, accept: &str) -> (StatusCode, String) {
    call(service, Method::GET, uri, &[("Accept", accept)], "")
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[test]
fn sparql_protocol_answers_and_refuses() {
    let service = service(Duration::from_secs(30));
    let (status, body) = get(&service, "/query/meetings", "text/csv");
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("Fumio Kishida"), "{body}");

    let query = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a ng:Meeting } }";
    let (status, json) = get(
        &service,
        &format!("/sparql?query={}", encode(query)),
        "application/sparql-results+json",
    );
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let n: u64 = json["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(n >= 2, "{json}");
    let (status, xml) = call(
        &service,
        Method::POST,
        "/sparql",
        &[
            ("Content-Type", "application/sparql-query"),
            ("Accept", "application/sparql-results+xml"),
        ],
        query,
    );
    assert_eq!(status, StatusCode::OK);
    assert!(xml.contains(&format!(">{n}<")), "{xml}");
    let form = format!("query={}", encode(query));
    let (status, tsv) = call(
        &service,
        Method::POST,
        "/sparql",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "text/tab-separated-values"),
        ],
        &form,
    );
    assert_eq!(
        (status, tsv.lines().nth(1).map(str::to_string)),
        (StatusCode::OK, Some(n.to_string()))
    );

    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/newsgraph/graph/gazetteer> { ?s ?p ?o } } LIMIT 5";
    let (status, nt) = get(
        &service,
        &format!("/sparql?query={}", encode(construct)),
        "application/n-triples",
    );
    assert_eq!((status, nt.lines().count()), (StatusCode::OK, 5), "{nt}");
    let (status, _) = get(
        &service,
        &format!("/sparql?query={}", encode(construct)),
        "image/png",
    );
    assert_eq!(status, StatusCode::NOT_ACCEPTABLE);

    let (status, body) = get(
        &service,
        &format!("/sparql?query={}", encode("SELECT * WHERE { ?s ?p }")),
        "*/*",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.starts_with("invalid SPARQL:"), "{body}");
    let (status, body) = get(&service, "/query/nothing-like-this", "*/*");
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("meetings"), "{body}");
    let (status, _) = get(
        &service,
        &format!("/sparql?query={}", encode("CLEAR ALL")),
        "*/*",
    );
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(
        &service,
        Method::POST,
        "/sparql",
        &[("Content-Type", "application/sparql-update")],
        "CLEAR ALL",
    );
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(
        &service,
        Method::PUT,
        "/store?graph=urn:x",
        &[("Content-Type", "text/turtle")],
        "<urn:a> <urn:b> <urn:c> .",
    );
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let huge = format!("SELECT * WHERE {{ ?s ?p ?o }} #{}", "x".repeat(100_000));
    let (status, _) = call(
        &service,
        Method::POST,
        "/sparql",
        &[("Content-Type", "application/sparql-query")],
        &huge,
    );
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);

    let (status, description) = get(&service, "/sparql", "text/turtle");
    assert_eq!(status, StatusCode::OK);
    assert!(description.contains("SPARQL11Query"), "{description}");
    let gazetteer = encode("https://w3id.org/newsgraph/graph/gazetteer");
    let (status, graph) = get(
        &service,
        &format!("/store?graph={gazetteer}"),
        "application/n-triples",
    );
    assert_eq!(status, StatusCode::OK);
    assert!(graph.contains("Kishida"));
    let (status, _) = get(
        &service,
        &format!("/store?graph={}", encode("urn:no-such-graph")),
        "*/*",
    );
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn a_runaway_query_is_stopped_and_the_next_one_answers() {
    let service = service(Duration::from_millis(300));
    let runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    let (status, body) = get(
        &service,
        &format!("/sparql?query={}", encode(runaway)),
        "*/*",
    );
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(body.contains("time limit"), "{body}");
    let (status, body) = get(&service, "/query/meetings", "text/csv");
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[test]
fn explorer_lists_events_and_shows_their_evidence() {
    let service = service(Duration::from_secs(30));
    let (status, page) = get(&service, "/", "text/html");
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("/assets/app.js"));
    let (status, events) = get(
        &service,
        "/api/events?type=Meeting&limit=50",
        "application/json",
    );
    assert_eq!(status, StatusCode::OK, "{events}");
    let events: serde_json::Value = serde_json::from_str(&events).unwrap();
    let events = events["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["type"] == "Meeting"), "{events:?}");
    let dates: Vec<&str> = events.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );
    let kishida = events
        .iter()
        .find(|e| {
            e["actors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["label"] == "Fumio Kishida")
        })
        .expect("a meeting of Kishida");
    assert!(kishida["articles"].as_u64().unwrap() >= 1);

    let iri = kishida["event"].as_str().unwrap();
    let (status, detail) = get(
        &service,
        &format!("/api/event?iri={}", encode(iri)),
        "application/json",
    );
    assert_eq!(status, StatusCode::OK, "{detail}");
    let detail: serde_json::Value = serde_json::from_str(&detail).unwrap();
    for mention in detail["evidence"].as_array().unwrap() {
        let text: Vec<char> = mention["text"].as_str().unwrap().chars().collect();
        let (start, end) = (
            mention["start"].as_u64().unwrap() as usize,
            mention["end"].as_u64().unwrap() as usize,
        );
        let cut: String = text[start..end].iter().collect();
        assert_eq!(
            cut,
            mention["anchor"].as_str().unwrap(),
            "offsets are code points"
        );
        assert!(mention["rule"].as_str().is_some());
    }

    let (status, timeline) = get(&service, "/api/timeline?by=week", "application/json");
    assert_eq!(status, StatusCode::OK, "{timeline}");
    assert!(timeline.contains("-W"), "{timeline}");
    let (status, pairs) = get(&service, "/api/pairs", "application/json");
    assert_eq!(status, StatusCode::OK);
    assert!(pairs.contains("Fumio Kishida"), "{pairs}");
    let (status, entity) = get(
        &service,
        &format!(
            "/api/entity?iri={}",
            encode("https://w3id.org/newsgraph/entity/Kim_Jong-un")
        ),
        "application/json",
    );
    assert_eq!(status, StatusCode::OK);
    assert!(
        entity.contains("http://www.wikidata.org/entity/Q56226"),
        "{entity}"
    );
    let (status, found) = get(&service, "/api/events?q=kishida", "application/json");
    assert_eq!(status, StatusCode::OK, "{found}");
    let found: serde_json::Value = serde_json::from_str(&found).unwrap();
    let found = found["events"].as_array().unwrap();
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|e| e["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["label"] == "Fumio Kishida")),
        "{found:?}"
    );
    let (status, body) = get(&service, "/api/events?from=yesterday", "application/json");
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, body) = get(
        &service,
        &format!("/api/events?entity={}", encode("not an iri")),
        "application/json",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

/// The explorer's list and timeline read from the summary graph must answer
/// exactly what their direct SPARQL forms answer, for every filter, on a
/// store large enough for pages that start inside a date and an undated tail.
#[test]
fn explorer_from_the_summary_answers_as_the_direct_queries() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = crate::derived::generated(dir.path(), "corpus.jsonl", 7, 250);
    let knowledge = Knowledge::embedded().unwrap();
    let store = GraphStore::in_memory().unwrap();
    ingest(
        ArticleReader::new(&[examples(), corpus]),
        &store,
        &knowledge,
        &|_, _| {},
    )
    .unwrap();
    assert!(
        newsgraph::summary::is_current(&store).unwrap(),
        "the summary path is the one compared"
    );
    let service = Service::new(store, service_options(Duration::from_secs(60)));
    let both = |uri: &str| {
        let request = |uri: &str| {
            Request::builder()
                .uri(format!("http://localhost{uri}"))
                .body(Body::empty())
                .unwrap()
        };
        let fast = service.handle(&mut request(uri));
        let direct = service.handle_direct(&mut request(uri));
        assert_eq!(fast.status(), StatusCode::OK, "{uri}");
        assert_eq!(direct.status(), StatusCode::OK, "{uri}");
        let json = |r: Response<Body>| -> serde_json::Value {
            serde_json::from_str(&r.into_body().to_string().unwrap()).unwrap()
        };
        let (fast, direct) = (json(fast), json(direct));
        assert_eq!(fast, direct, "{uri}");
        fast
    };
    // The whole unfiltered list, page by page, to its undated tail.
    let mut offset = 0;
    let mut dates = Vec::new();
    loop {
        let page = both(&format!("/api/events?limit=200&offset={offset}"));
        let events = page["events"].as_array().unwrap();
        dates.extend(events.iter().map(|e| e["date"].as_str().map(String::from)));
        offset += events.len();
        if page["more"] != true {
            break;
        }
    }
    assert!(offset > 400, "a list of several pages: {offset}");
    // Undated events (if the store has any) come last.
    let first_undated = dates
        .iter()
        .position(Option::is_none)
        .unwrap_or(dates.len());
    assert!(
        dates[first_undated..].iter().all(Option::is_none),
        "undated events come last"
    );
    // Pages that start inside a run of events of one date.
    for offset in [1, 37, 101, 333] {
        both(&format!("/api/events?limit=50&offset={offset}"));
    }
    let kishida = encode("https://w3id.org/newsgraph/entity/Fumio_Kishida");
    let filters = [
        "type=Meeting".to_string(),
        "type=Visit&status=expected".into(),
        "status=occurred&from=2023-06&to=2024-02-15".into(),
        "from=2024".into(),
        "type=Nothing".into(),
        "q=korea".into(),
        "q=korea&type=Meeting&from=2023-09".into(),
        "q=nobody-is-called-this".into(),
        format!("entity={kishida}"),
        format!("entity={kishida}&q=biden"),
        format!(
            "entity={}&status=occurred",
            encode("https://w3id.org/newsgraph/entity/Russia")
        ),
    ];
    let mut found = 0;
    for filter in &filters {
        for offset in [0, 20] {
            let page = both(&format!("/api/events?{filter}&limit=20&offset={offset}"));
            found += page["events"].as_array().unwrap().len();
        }
        for by in ["month", "week"] {
            both(&format!("/api/timeline?by={by}&{filter}"));
        }
    }
    assert!(found > 100, "the filters select events: {found}");
    let pairs = both("/api/pairs?limit=200");
    assert!(pairs["pairs"].as_array().unwrap().len() > 20, "{pairs}");
    both("/api/pairs?limit=3");
    both(&format!("/api/pairs?entity={kishida}"));
    both(&format!(
        "/api/pairs?entity={}",
        encode("https://w3id.org/newsgraph/entity/Russia")
    ));
}

/// A Graph Store Protocol server that keeps what is PUT, answering 503 to
/// the first `fail_first` requests.
fn graph_store_server(fail_first: usize) -> (String, Arc<Mutex<BTreeMap<String, String>>>) {
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let graphs = Arc::new(Mutex::new(BTreeMap::new()));
    let seen = Arc::clone(&graphs);
    let calls = AtomicUsize::new(0);
    let server = oxhttp::Server::new(move |request: &mut Request<Body>| {
        if calls.fetch_add(1, Ordering::SeqCst) < fail_first {
            return Response::builder()
                .status(StatusCode::SERVICE_UNAVAILABLE)
                .body(Body::from("busy"))
                .unwrap();
        }
        let graph = form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
            .find(|(k, _)| k == "graph")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        let body = std::mem::replace(request.body_mut(), Body::empty())
            .to_string()
            .unwrap();
        seen.lock().unwrap().insert(graph, body);
        Response::builder()
            .status(StatusCode::CREATED)
            .body(Body::empty())
            .unwrap()
    })
    .bind((Ipv4Addr::LOCALHOST, port));
    let _listening = server.spawn().unwrap(); // lives as long as the test process
    std::mem::forget(_listening);
    (format!("http://127.0.0.1:{port}/store"), graphs)
}

#[test]
fn push_puts_every_article_graph_and_the_gazetteer_retrying_busy_answers() {
    let store = TestStore::with_examples();
    let (endpoint, graphs) = graph_store_server(2);
    let output = store
        .command("push")
        .args(["--endpoint", &endpoint, "--batch", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let graphs = graphs.lock().unwrap();
    let articles = store.count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }");
    assert_eq!(graphs.len() as u64, articles + 1, "{:?}", graphs.keys());
    assert!(graphs["https://w3id.org/newsgraph/graph/gazetteer"].contains("Kishida"));
    for (graph, turtle) in graphs.iter() {
        let parsed = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_reader(turtle.as_bytes())
            .collect::<Result<Vec<_>, _>>();
        assert!(parsed.is_ok_and(|q| !q.is_empty()), "{graph}");
    }
    assert!(
        stderr(&output).contains(&format!("pushed {} of {}", articles + 1, articles + 1)),
        "{}",
        stderr(&output)
    );
}

#[test]
fn push_to_a_server_that_is_not_there_says_so() {
    let store = TestStore::with_examples();
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let output = store
        .command("push")
        .args([
            "--endpoint",
            &format!("http://127.0.0.1:{port}/store"),
            "--retries",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("cannot connect") && err.contains("run the same push again"),
        "{err}"
    );
}
