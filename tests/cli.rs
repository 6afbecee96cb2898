//! The command line as a user drives it: verbs, exit codes, messages, formats.

use predicates::prelude::*;

use crate::util::*;

#[test]
fn ingest_examples_exits_0_and_stats_counts_them() {
    let store = TestStore::new();
    let output = store.ingest(&[examples()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("ingested 8 new, 0 replaced, 0 unchanged, 0 failed"),
        "{}",
        stderr(&output)
    );

    let output = store.command("stats").output().expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let table = stdout(&output);
    let count_of = |what: &str| -> Option<u64> {
        table.lines().find_map(|line| {
            let (name, count) = line.split_once('|')?;
            (name.trim() == what).then(|| count.trim().parse().expect("a count"))
        })
    };
    assert_eq!(count_of("articles"), Some(EXAMPLE_ARTICLES), "{table}");
    for event_type in [
        "Meeting",
        "Visit",
        "WeaponsTalks",
        "MissileTest",
        "MilitaryExercise",
    ] {
        let n = count_of(&format!("events: {event_type}"));
        assert!(n.is_some_and(|n| n >= 1), "no {event_type} in\n{table}");
    }
    assert!(
        count_of("quads in article graphs").is_some_and(|n| n > 100),
        "{table}"
    );
}

#[test]
fn store_comes_from_the_environment_variable() {
    let store = TestStore::new();
    newsgraph()
        .env("NEWSGRAPH_STORE", &store.path)
        .args(["ingest", "--quiet"])
        .arg(example("en-kim-putin-vostochny.json"))
        .assert()
        .success()
        .stderr("");
    assert!(
        store.path.is_dir(),
        "the store was not created at $NEWSGRAPH_STORE"
    );
    assert_eq!(
        store.count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"),
        1
    );
}

#[test]
fn ingest_creates_the_stores_missing_parent_directories() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("runs").join("2024").join("store");
    newsgraph()
        .args(["ingest", "--quiet", "--store"])
        .arg(&path)
        .arg(example("en-kim-putin-vostochny.json"))
        .assert()
        .success()
        .stderr("");
    newsgraph()
        .args(["query", "--store"])
        .arg(&path)
        .args([
            "--format",
            "csv",
            "ASK { ?a a <http://schema.org/NewsArticle> }",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("true"));
}

#[test]
fn reingesting_an_article_replaces_its_graph() {
    let store = TestStore::with_examples();
    let graph = store.graph_of(KIM_PUTIN_URL);
    let quads_in = |graph: &str| {
        store.count(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        ))
    };
    let articles = || {
        store.count(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }",
        )
    };
    let before = quads_in(&graph);
    assert!(before > 20, "the article graph has only {before} quads");
    assert_eq!(articles(), EXAMPLE_ARTICLES);

    let output = store.ingest(&[example("en-kim-putin-vostochny.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("ingested 0 new, 0 replaced, 1 unchanged"),
        "{}",
        stderr(&output)
    );
    assert_eq!(quads_in(&graph), before, "re-ingest changed the graph");
    assert_eq!(articles(), EXAMPLE_ARTICLES, "re-ingest added a graph");

    // A new version of the same URL replaces the old content, it is not merged with it.
    let dir = tempfile::tempdir().unwrap();
    let edited = write_file(
        dir.path(),
        "edited.json",
        &serde_json::json!({
            "url": KIM_PUTIN_URL,
            "title": "Kim leaves Russia",
            "date_publish": "2023-09-17 00:00:00",
            "language": "en",
            "maintext": "The weather in the Russian Far East was mild on Sunday."
        })
        .to_string(),
    );
    let output = store.ingest(&[edited]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(store.graph_of(KIM_PUTIN_URL), graph, "same URL, same graph");
    assert!(quads_in(&graph) < before);
    assert_eq!(
        store.count(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?e ng:status ?s }} }}"
        )),
        0,
        "events of the old version survived the replacement"
    );
    assert_eq!(articles(), EXAMPLE_ARTICLES);
}

#[test]
fn bad_inputs_exit_1_name_each_file_and_keep_the_good_records() {
    let store = TestStore::new();
    let output = store.ingest(&[bad(), example("en-kim-putin-vostochny.json")]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    for (needle, why) in [
        ("latin1.json:1: not valid UTF-8", "non-UTF-8 file"),
        ("empty.json: empty file", "empty file"),
        ("line2-broken.jsonl:2:", "malformed line 2"),
        (
            "no-maintext.json: record has no `maintext`",
            "missing maintext",
        ),
        ("articles.csv: unknown file type", "unknown extension"),
    ] {
        assert_eq!(
            err.matches(needle).count(),
            1,
            "{why}: expected `{needle}` once in\n{err}"
        );
    }
    assert!(!err.contains("line2-broken.jsonl:1"), "{err}");
    assert!(!err.contains("line2-broken.jsonl:3"), "{err}");
    assert!(err.contains("5 input(s) failed"), "{err}");

    // Lines 1 and 3 of the broken JSONL, and the good file of the batch, are stored.
    let urls = store.column(
        "SELECT ?url WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:url ?url } } ORDER BY ?url",
        "url",
    );
    assert_eq!(
        urls,
        [
            "https://berita.example.id/dunia/widodo-bertemu-xi",
            "https://news.example.com/world/asia/kim-putin-vostochny-summit",
            "https://news.example.com/world/lula-modi-meeting",
        ]
    );
}

#[test]
fn extract_with_bad_inputs_exits_1_and_still_writes_the_good_ones() {
    let output = newsgraph()
        .args(["extract", "--format", "nquads"])
        .arg(bad().join("line2-broken.jsonl"))
        .arg(bad().join("articles.csv"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let quads = parse_rdf("nquads", &output.stdout);
    let graphs: std::collections::HashSet<_> = quads.iter().map(|q| q.graph_name.clone()).collect();
    assert_eq!(graphs.len(), 2, "two good records, two graphs");
    assert!(stderr(&output).contains("line2-broken.jsonl:2:"));
    assert!(stderr(&output).contains("articles.csv"));
}

#[test]
fn fatal_errors_exit_2() {
    let store = TestStore::with_examples();
    store
        .command("query")
        .arg("SELECT ?x WHERE { ?x ")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid SPARQL"));
    store
        .command("query")
        .arg("no-such-query")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no canned query named `no-such-query`",
        ))
        .stderr(predicate::str::contains("meetings"));
    store
        .command("export")
        .args(["--graph", "not an iri"])
        .assert()
        .code(2);
}

const TYPES_QUERY: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ng:status ?s ; a ?type } GROUP BY ?type ORDER BY ?type";

#[test]
fn query_csv_and_tsv_have_a_header_and_rows() {
    let store = TestStore::with_examples();
    let csv = store.query("csv", TYPES_QUERY);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("type,n"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 5, "one row per event type:\n{csv}");
    assert!(
        rows[0].starts_with("https://w3id.org/newsgraph/ontology#"),
        "{csv}"
    );

    let tsv = store.query("tsv", TYPES_QUERY);
    assert_eq!(tsv.lines().next(), Some("?type\t?n"));
    assert!(
        tsv.contains("<https://w3id.org/newsgraph/ontology#Meeting>\t"),
        "{tsv}"
    );
}

#[test]
fn query_json_parses_and_xml_is_sparql_results() {
    let store = TestStore::with_examples();
    let json: serde_json::Value =
        serde_json::from_str(&store.query("json", TYPES_QUERY)).expect("valid JSON");
    assert_eq!(json["head"]["vars"], serde_json::json!(["type", "n"]));
    let bindings = json["results"]["bindings"].as_array().unwrap();
    assert_eq!(bindings.len(), 5);
    assert!(bindings.iter().any(|b| b["type"]["value"]
        == "https://w3id.org/newsgraph/ontology#MissileTest"
        && b["type"]["type"] == "uri"));

    let xml = store.query("xml", TYPES_QUERY);
    assert!(xml.contains("<sparql"), "{xml}");
    assert!(xml.contains("<variable name=\"type\"/>"), "{xml}");
    assert_eq!(xml.matches("<result>").count(), 5, "{xml}");
}

#[test]
fn query_table_shows_short_names_and_a_row_count() {
    let store = TestStore::with_examples();
    let table = store.query("table", TYPES_QUERY);
    assert!(table.lines().next().unwrap().starts_with("type"), "{table}");
    assert!(table.contains("ng:MilitaryExercise"), "{table}");
    assert!(table.trim_end().ends_with("(5 rows)"), "{table}");
}

#[test]
fn ask_answers_true_and_false() {
    let store = TestStore::with_examples();
    let ask = |sparql: &str, format: &str| {
        store.query(
            format,
            &format!("PREFIX ng: <https://w3id.org/newsgraph/ontology#> {sparql}"),
        )
    };
    let yes: serde_json::Value =
        serde_json::from_str(&ask("ASK { ?e a ng:MissileTest }", "json")).unwrap();
    assert_eq!(yes["boolean"], serde_json::Value::Bool(true));
    let no: serde_json::Value =
        serde_json::from_str(&ask("ASK { ?e a ng:NoSuchType }", "json")).unwrap();
    assert_eq!(no["boolean"], serde_json::Value::Bool(false));
    assert_eq!(ask("ASK { ?e a ng:Meeting }", "table").trim(), "true");
    assert!(ask("ASK { ?e a ng:NoSuchType }", "xml").contains("<boolean>false</boolean>"));
}

#[test]
fn construct_prints_turtle() {
    let store = TestStore::with_examples();
    let turtle = store.query(
        "table",
        &format!(
            "{PREFIXES} CONSTRUCT {{ ?e ng:participant ?who }} WHERE {{ ?e a ng:Meeting ; sem:hasActor ?who }}"
        ),
    );
    assert!(turtle.contains("@prefix"), "{turtle}");
    let triples = parse_rdf("turtle", turtle.as_bytes());
    assert!(!triples.is_empty());
    assert!(triples
        .iter()
        .all(|t| t.predicate.as_str() == "https://w3id.org/newsgraph/ontology#participant"));
    assert!(
        triples
            .iter()
            .any(|t| t.object.to_string()
                == "<https://w3id.org/newsgraph/entity/Ferdinand_Marcos_Jr>")
    );
}

#[test]
fn canned_query_by_name() {
    let store = TestStore::with_examples();
    let csv = store.query("csv", "events");
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("article,url,event,type,participant,"),
        "{header}"
    );
    assert!(
        csv.contains("https://w3id.org/newsgraph/entity/Kim_Jong-un"),
        "{csv}"
    );
    assert!(
        csv.contains("http://www.wikidata.org/entity/Q56226"),
        "{csv}"
    );

    // Away from the repository, the built-in copy of queries/ answers.
    let elsewhere = tempfile::tempdir().unwrap();
    let output = store
        .command("query")
        .current_dir(elsewhere.path())
        .args(["--format", "csv", "meetings"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let meetings = stdout(&output);
    assert!(
        meetings.starts_with("event,date,status,participants,place,articles"),
        "{meetings}"
    );
    assert!(meetings.contains("Fumio Kishida"), "{meetings}");

    // --file reads a query from a file.
    let file = write_file(elsewhere.path(), "n.rq", TYPES_QUERY);
    let output = store
        .command("query")
        .args(["--format", "csv", "--file"])
        .arg(file)
        .output()
        .unwrap();
    assert!(stdout(&output).starts_with("type,n"), "{}", stderr(&output));

    // So does a bare argument that names a .rq file; a missing one is named.
    let output = store
        .command("query")
        .current_dir(elsewhere.path())
        .args(["--format", "csv", "n.rq"])
        .output()
        .unwrap();
    assert!(stdout(&output).starts_with("type,n"), "{}", stderr(&output));
    let output = store
        .command("query")
        .current_dir(elsewhere.path())
        .arg("missing.rq")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("missing.rq"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn every_verb_has_examples_in_its_help() {
    for verb in [
        None,
        Some("ingest"),
        Some("query"),
        Some("export"),
        Some("extract"),
        Some("stats"),
        Some("gazetteer"),
    ] {
        let mut command = newsgraph();
        if let Some(verb) = verb {
            command.arg(verb);
        }
        command
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains("EXAMPLES"))
            .stderr("");
    }
}

#[test]
fn gazetteer_verb_writes_names_and_certain_links() {
    let output = newsgraph()
        .args(["gazetteer", "--format", "nquads"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let quads = parse_rdf("nquads", &output.stdout);
    let has = |s: &str, p: &str, o: &str| {
        quads.iter().any(|q| {
            q.subject.to_string() == s && q.predicate.as_str() == p && q.object.to_string() == o
        })
    };
    assert!(has(
        "<https://w3id.org/newsgraph/entity/Kim_Jong-un>",
        "http://www.w3.org/2002/07/owl#sameAs",
        "<http://www.wikidata.org/entity/Q56226>"
    ));
    assert!(has(
        "<https://w3id.org/newsgraph/entity/North_Korea>",
        "https://w3id.org/newsgraph/ontology#iso3166Alpha3",
        "\"PRK\""
    ));
    assert!(quads
        .iter()
        .all(|q| q.graph_name.to_string() == "<https://w3id.org/newsgraph/graph/gazetteer>"));
}
