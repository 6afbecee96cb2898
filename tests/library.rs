//! The library API that the command line is built on: the same pipeline
//! without a process, for programs that embed newsgraph.

use std::path::PathBuf;

use oxigraph::io::RdfFormat;
use oxigraph::sparql::QueryResults;

use newsgraph::{
    analyse, describe_chunk, extract_to, ingest, Article, ArticleReader, GraphStore, Knowledge,
};

use crate::util::*;

#[test]
fn ingest_examples_into_an_in_memory_store() {
    let knowledge = Knowledge::embedded().unwrap();
    let store = GraphStore::in_memory().unwrap();
    let summary = ingest(
        ArticleReader::new(&[examples()]),
        &store,
        &knowledge,
        &|_, _| {},
    )
    .unwrap();
    assert_eq!(summary.ingested as u64, EXAMPLE_ARTICLES);
    assert_eq!(
        (summary.replaced, summary.failed),
        (0, 0),
        "{:?}",
        summary.failures
    );
    assert!(summary.events >= 10, "{} events", summary.events);

    let again = ingest(
        ArticleReader::new(&[example("crawl-2023-09.jsonl")]),
        &store,
        &knowledge,
        &|_, _| {},
    )
    .unwrap();
    // The same two articles, unchanged: skipped, not analysed again.
    assert_eq!((again.ingested, again.replaced, again.unchanged), (0, 0, 2));

    let QueryResults::Boolean(found) = store
        .query("ASK { ?e a <https://w3id.org/newsgraph/ontology#WeaponsTalks> }")
        .unwrap()
    else {
        panic!("ASK gives a boolean")
    };
    assert!(found);
}

#[test]
fn reader_reports_failures_in_order_with_their_place() {
    let results: Vec<Result<Article, String>> =
        ArticleReader::new(&[bad().join("line2-broken.jsonl")])
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(results[0]
        .as_ref()
        .is_ok_and(|a| a.source.ends_with("line2-broken.jsonl:1")));
    assert!(results[1]
        .as_ref()
        .is_err_and(|e| e.contains("line2-broken.jsonl:2:")));
    let third = results[2].as_ref().unwrap();
    assert!(third.source.ends_with("line2-broken.jsonl:3"));
    assert_eq!(third.language.as_deref(), Some("id"));
    assert_eq!(third.date_published.as_deref(), Some("2023-07-28 00:00:00"));
}

#[test]
fn analyse_one_article_built_by_hand() {
    let knowledge = Knowledge::embedded().unwrap();
    let article = Article {
        source: "hand-made".into(),
        url: Some("https://news.example.com/hand-made".into()),
        title: None,
        date_published: Some("2023-09-13 00:00:00".into()),
        language: Some("en".into()),
        text: "North Korea launched a ballistic missile into the Sea of Japan on Wednesday.".into(),
    };
    let (extraction, description) = analyse(article, &knowledge);
    assert_eq!(extraction.events.len(), 1);
    assert_eq!(description.n_events, 1);
    assert!(description
        .graph
        .as_str()
        .starts_with("https://w3id.org/newsgraph/graph/"));
    assert!(description
        .quads
        .iter()
        .all(|q| q.graph_name.to_string() == format!("<{}>", description.graph.as_str())));
    let event_type = &knowledge.event_types[extraction.events[0].event_type].name;
    assert_eq!(event_type, "MissileTest");
    assert_eq!(
        extraction.events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2023-09-13")
    );
}

#[test]
fn extract_to_writes_a_parseable_stream() {
    let knowledge = Knowledge::embedded().unwrap();
    let mut out = Vec::new();
    let failures = std::sync::Mutex::new(Vec::new());
    let paths: Vec<PathBuf> = vec![
        example("republika-korut-rudal.txt"),
        bad().join("empty.json"),
    ];
    let summary = extract_to(
        ArticleReader::new(&paths),
        &knowledge,
        RdfFormat::NQuads,
        false,
        &mut out,
        &|m| failures.lock().unwrap().push(m.to_string()),
    )
    .unwrap();
    assert_eq!((summary.articles, summary.failed), (1, 1));
    assert_eq!(failures.into_inner().unwrap().len(), 1);
    assert_eq!(parse_rdf("nquads", &out).len(), summary.quads);
}

#[test]
fn a_chunk_of_mixed_languages_comes_back_in_input_order() {
    let knowledge = Knowledge::embedded().unwrap();
    let texts = [
        ("en", "Japan and Australia held a joint naval exercise off Darwin on Monday."),
        ("id", "Menteri Pertahanan Indonesia bertemu Menteri Pertahanan Jepang di Jakarta pada Selasa."),
        ("en", "The president of France visited Vietnam on Thursday."),
        ("id", "Korea Utara meluncurkan rudal balistik ke Laut Jepang pada Rabu."),
        ("", "Leaders will meet next month, officials said."),
    ];
    let chunk: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, (language, text))| Article {
            source: format!("chunk:{i}"),
            url: Some(format!("https://news.example.com/chunk-{i}")),
            title: None,
            date_published: Some("2024-03-05 00:00:00".into()),
            language: (!language.is_empty()).then(|| language.to_string()),
            text: text.to_string(),
        })
        .collect();
    let one_by_one: Vec<_> = chunk
        .iter()
        .map(|a| analyse(a.clone(), &knowledge).1)
        .collect();
    let chunked = describe_chunk(chunk, &knowledge, false);
    assert_eq!(chunked.len(), one_by_one.len());
    for (got, want) in chunked.iter().zip(&one_by_one) {
        assert_eq!(got.graph, want.graph);
        assert_eq!(got.quads, want.quads);
    }
    assert!(
        one_by_one.iter().filter(|d| d.n_events > 0).count() >= 3,
        "the chunk states events in both languages"
    );
}

/// An article of `n` quads in its own graph, for the writer's tests.
fn synthetic_article(id: usize, n: usize) -> newsgraph::describe::Description {
    use oxigraph::model::{Literal, NamedNode, Quad};
    let graph = NamedNode::new_unchecked(format!("https://example.org/graph/{id}"));
    let article = NamedNode::new_unchecked(format!("https://example.org/article/{id}"));
    let predicate = NamedNode::new_unchecked("https://example.org/value");
    let quads = (0..n)
        .map(|i| {
            Quad::new(
                article.clone(),
                predicate.clone(),
                Literal::from(i64::try_from(i).unwrap()),
                graph.clone(),
            )
        })
        .collect();
    newsgraph::describe::Description {
        graph,
        article,
        quads,
        n_events: 0,
    }
}

/// Quads per named graph of the store.
fn quads_per_graph(store: &GraphStore) -> Vec<(String, u64)> {
    let QueryResults::Solutions(solutions) = store
        .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
        .unwrap()
    else {
        panic!("SELECT gives solutions")
    };
    solutions
        .map(|s| {
            let s = s.unwrap();
            let Some(oxigraph::model::Term::Literal(n)) = s.get("n") else {
                panic!("COUNT gives a literal")
            };
            (s.get("g").unwrap().to_string(), n.value().parse().unwrap())
        })
        .collect()
}

#[test]
fn articles_spanning_the_bulk_loaders_runs_are_stored_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let store = GraphStore::open(&dir.path().join("store")).unwrap();
    // 70,000 quads each: the loader sorts runs of 96,000 quads, so the second
    // article is split between two runs and the first run is loaded before
    // the writer commits.
    let mut writer = store.writer();
    writer
        .write(vec![
            synthetic_article(1, 70_000),
            synthetic_article(2, 70_000),
        ])
        .unwrap();
    drop(writer); // a run that ends before its commit
    assert_eq!(quads_per_graph(&store), vec![]);

    let mut writer = store.writer();
    let sizes = [70_000, 70_000, 70_000, 5];
    let counts = writer
        .write(
            sizes
                .iter()
                .enumerate()
                .map(|(id, n)| synthetic_article(id, *n))
                .collect(),
        )
        .unwrap();
    writer.finish().unwrap();
    assert_eq!((counts.added, counts.quads), (4, 210_005));
    let expected: Vec<(String, u64)> = sizes
        .iter()
        .enumerate()
        .map(|(id, n)| (format!("<https://example.org/graph/{id}>"), *n as u64))
        .collect();
    assert_eq!(quads_per_graph(&store), expected);
}
