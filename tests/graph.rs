//! The RDF newsgraph writes: exports that parse back, one graph per article,
//! the union default graph, and evidence offsets that point at the evidence.

use std::collections::HashSet;

use oxigraph::model::{GraphName, Quad, Triple};

use crate::util::*;

const ALL_QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
const DISTINCT_TRIPLES: &str =
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";

#[test]
fn export_in_every_format_parses_back() {
    let store = TestStore::with_examples();
    let quads = store.count(ALL_QUADS) as usize;
    let triples = store.count(DISTINCT_TRIPLES) as usize;
    assert!(
        quads > triples,
        "the gazetteer and article graphs share triples"
    );

    for format in ["nquads", "trig", "jsonld"] {
        let parsed = parse_rdf(format, &store.export(&["--format", format]));
        let distinct: HashSet<Quad> = parsed.iter().cloned().collect();
        assert_eq!(distinct.len(), quads, "{format}: quads lost or added");
        assert!(
            parsed
                .iter()
                .all(|q| q.graph_name != GraphName::DefaultGraph),
            "{format}: every quad belongs to a named graph"
        );
    }
    for format in ["turtle", "ntriples", "rdfxml"] {
        let parsed = parse_rdf(format, &store.export(&["--format", format]));
        let distinct: HashSet<Triple> = parsed.into_iter().map(Triple::from).collect();
        assert_eq!(
            distinct.len(),
            triples,
            "{format}: not the union of the graphs"
        );
    }
}

#[test]
fn export_to_a_file_with_output() {
    let store = TestStore::with_examples();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("all.nq");
    store
        .command("export")
        .args(["--format", "nquads", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let quads = parse_rdf("nquads", &std::fs::read(&file).unwrap());
    assert_eq!(quads.len() as u64, store.count(ALL_QUADS));
}

#[test]
fn export_graph_yields_only_that_graph() {
    let store = TestStore::with_examples();
    let graph = store.graph_of(KISHIDA_URL);
    let expected = store.count(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    ));
    assert!(expected > 20);

    let quads = parse_rdf(
        "nquads",
        &store.export(&["--format", "nquads", "--graph", &graph]),
    );
    assert_eq!(quads.len() as u64, expected);
    let names: HashSet<String> = quads.iter().map(|q| q.graph_name.to_string()).collect();
    assert_eq!(names, HashSet::from([format!("<{graph}>")]));

    let triples = parse_rdf(
        "turtle",
        &store.export(&["--format", "turtle", "--graph", &graph]),
    );
    assert_eq!(triples.len() as u64, expected);
    let text: String = triples.iter().map(|t| t.to_string()).collect();
    assert!(text.contains("Ferdinand_Marcos_Jr"));
    assert!(
        !text.contains("Kim_Jong-un"),
        "another article's entities leaked in"
    );
}

#[test]
fn extract_reads_json_lines_from_stdin_and_writes_nquads() {
    let jsonl = std::fs::read_to_string(example("crawl-2023-09.jsonl")).unwrap();
    let output = newsgraph()
        .args(["extract", "--format", "nquads", "-"])
        .write_stdin(jsonl.clone())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let quads = parse_rdf("nquads", &output.stdout);
    let graphs: HashSet<&GraphName> = quads.iter().map(|q| &q.graph_name).collect();
    assert_eq!(graphs.len(), 2, "one graph per JSONL record");
    let types: HashSet<String> = quads
        .iter()
        .filter(|q| q.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        .map(|q| q.object.to_string())
        .collect();
    for t in ["WeaponsTalks", "Meeting", "MilitaryExercise"] {
        assert!(
            types.contains(&format!("<https://w3id.org/newsgraph/ontology#{t}>")),
            "no {t} in {types:?}"
        );
    }

    // A broken line on stdin is reported with its number; the others are written.
    let output = newsgraph()
        .args(["extract", "--format", "nquads", "-"])
        .write_stdin(format!("{}{{oops\n", jsonl))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("<stdin>:3"), "{}", stderr(&output));
    assert_eq!(parse_rdf("nquads", &output.stdout).len(), quads.len());
}

#[test]
fn extract_writes_every_format() {
    for format in ["turtle", "trig", "ntriples", "nquads", "rdfxml", "jsonld"] {
        let output = newsgraph()
            .args(["extract", "--format", format])
            .arg(examples())
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        assert!(parse_rdf(format, &output.stdout).len() > 100, "{format}");
    }
}

#[test]
fn default_graph_is_the_union_and_graph_reaches_one_article() {
    let store = TestStore::with_examples();
    // Without GRAPH, the meetings of every article are visible together.
    let meetings = store.column(
        "SELECT DISTINCT ?who WHERE { ?e a ng:Meeting ; sem:hasActor ?who }",
        "who",
    );
    for who in [
        "Fumio_Kishida",
        "Ferdinand_Marcos_Jr",
        "Joe_Biden",
        "Kim_Jong-un",
        "Prabowo_Subianto",
    ] {
        assert!(
            meetings.contains(&format!("https://w3id.org/newsgraph/entity/{who}")),
            "{who} missing from the union: {meetings:?}"
        );
    }
    let union = store.count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ng:status ?s }");
    let per_graph =
        store.count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e ng:status ?s } }");
    assert_eq!(union, per_graph);
    assert!(union >= 10, "{union} events");

    // GRAPH ?g reaches exactly the article that reports the Manila meeting.
    let graphs = store.column(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e a ng:Meeting ; sem:hasActor entity:Ferdinand_Marcos_Jr } }",
        "g",
    );
    assert_eq!(graphs, [store.graph_of(KISHIDA_URL)]);
    // ... and a named graph holds only its own article.
    let articles = store.count(&format!(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH <{}> {{ ?a a schema:NewsArticle }} }}",
        graphs[0]
    ));
    assert_eq!(articles, 1);
}

/// Every mention's offsets select its anchor text, counted in code points
/// (as SPARQL SUBSTR does), in every article, including one with accents,
/// emoji and curly quotes before the event sentence.
#[test]
fn evidence_offsets_select_the_anchor_text() {
    let store = TestStore::with_examples();
    let dir = tempfile::tempdir().unwrap();
    let tricky = write_file(
        dir.path(),
        "tricky.json",
        &serde_json::json!({
            "url": "https://news.example.com/tricky-offsets",
            "title": "Ünïcödé “headline” 🚀",
            "date_publish": "2023-09-13 00:00:00",
            "language": "en",
            "maintext": "Résumé of the day 🌏👩‍👩‍👧: “Crème brûlée diplomacy,” one aide joked — naïvely.\n\
                Kim Jong-un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday 🤝.\n\
                Ça va? 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 aside, North Korea fired two ballistic missiles into the sea on Wednesday."
        })
        .to_string(),
    );
    let output = store.ingest(&[tricky]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let mentions =
        "GRAPH ?g { ?m a ng:EventMention ; nif:referenceContext ?a ; nif:beginIndex ?b ; \
                    nif:endIndex ?e ; nif:anchorOf ?anchor . ?a nif:isString ?text }";
    let total = store.count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ {mentions} }}"));
    assert!(total >= 15, "only {total} mentions");
    let wrong = store.select(&format!(
        "SELECT ?m ?b ?e ?anchor (SUBSTR(?text, ?b + 1, ?e - ?b) AS ?slice) WHERE {{ {mentions} \
         FILTER(SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor || ?e <= ?b) }}"
    ));
    assert!(
        wrong.is_empty(),
        "{} of {total} mentions point elsewhere: {wrong:#?}",
        wrong.len()
    );

    // The tricky article's mentions start after the non-ASCII prefix, at code-point offsets.
    let graph = store.graph_of("https://news.example.com/tricky-offsets");
    let begins = store.column(
        &format!(
            "SELECT ?b WHERE {{ GRAPH <{graph}> {{ ?m a ng:EventMention ; nif:beginIndex ?b ; nif:anchorOf ?x }} \
             FILTER(STRSTARTS(?x, \"Kim Jong-un met\")) }}"
        ),
        "b",
    );
    let text = "Résumé of the day 🌏👩‍👩‍👧: “Crème brûlée diplomacy,” one aide joked — naïvely.\n";
    assert_eq!(begins, [text.chars().count().to_string()]);
    assert_eq!(
        store.count(&format!(
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?e a ng:MissileTest }} }}"
        )),
        1,
        "the missile sentence after the mathematical letters is found"
    );
}

#[test]
fn a_url_with_spaces_quotes_and_angle_brackets_still_exports() {
    let store = TestStore::new();
    let dir = tempfile::tempdir().unwrap();
    let url = r#"https://news.example.com/a b"c>d<e{f}|g\h^i`j?q=1 2"#;
    let article = write_file(
        dir.path(),
        "odd-url.json",
        &serde_json::json!({
            "url": url,
            "title": "Biden hosts Yoon \"and\" Kishida <at> Camp David",
            "date_publish": "2023-08-18 00:00:00",
            "language": "en",
            "maintext": "US President Joe Biden hosted South Korean President Yoon Suk Yeol at Camp David on Friday."
        })
        .to_string(),
    );
    let output = store.ingest(std::slice::from_ref(&article));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for format in ["nquads", "trig", "turtle", "ntriples", "rdfxml", "jsonld"] {
        let quads = parse_rdf(format, &store.export(&["--format", format]));
        let urls: Vec<String> = quads
            .iter()
            .filter(|q| q.predicate.as_str() == "http://schema.org/url")
            .map(|q| q.object.to_string())
            .collect();
        assert_eq!(urls.len(), 1, "{format}: {urls:?}");
        assert!(
            urls[0].contains("a%20b%22c%3Ed%3Ce%7Bf%7D"),
            "{format}: {}",
            urls[0]
        );
    }
    let output = newsgraph()
        .args(["extract", "--format", "turtle"])
        .arg(&article)
        .output()
        .unwrap();
    assert!(output.status.success());
    parse_rdf("turtle", &output.stdout);
}

#[test]
fn dates_and_statuses_are_resolved() {
    let store = TestStore::with_examples();
    let events = |filter: &str| -> Vec<(String, String)> {
        store
            .select(&format!(
                "SELECT ?status ?date WHERE {{ ?e ng:status ?s . OPTIONAL {{ ?e sem:hasTimeStamp ?d }} {filter} \
                 BIND(STRAFTER(STR(?s), \"#\") AS ?status) BIND(COALESCE(STR(?d), \"\") AS ?date) }}"
            ))
            .iter()
            .map(|r| {
                (
                    r["status"]["value"].as_str().unwrap().to_string(),
                    r["date"]["value"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // "on Wednesday", published Wednesday 13 September 2023; the plan that
    // another article reports without a time takes the month of that report.
    let mut vostochny = events("?e a ng:Meeting ; sem:hasActor entity:Kim_Jong-un ; sem:hasPlace entity:Vostochny_Cosmodrome");
    vostochny.sort();
    assert_eq!(
        vostochny,
        [
            ("expected".to_string(), "2023-09".to_string()),
            ("occurred".to_string(), "2023-09-13".to_string())
        ]
    );
    // "Selasa (20/8/2024)".
    assert_eq!(
        events("?e a ng:Meeting ; sem:hasActor entity:Prabowo_Subianto"),
        [("occurred".to_string(), "2024-08-20".to_string())]
    );
    // "Rabu (13/9/2023)" in the plain-text page.
    assert_eq!(
        events("?e a ng:MissileTest ; sem:hasActor entity:North_Korea"),
        [("occurred".to_string(), "2023-09-13".to_string())]
    );
    // "will hold joint military exercises".
    let exercises = events("?e a ng:MilitaryExercise ; sem:hasActor entity:South_Korea");
    assert!(
        exercises.iter().any(|(status, _)| status == "expected"),
        "{exercises:?}"
    );
    // "Kim akan bertemu Presiden Vladimir Putin": expected, in the month of the report.
    let expected_meeting = events(
        "?e a ng:Meeting ; sem:hasActor entity:Kim_Jong-un, entity:Vladimir_Putin FILTER NOT EXISTS { ?e ng:status ng:occurred }",
    );
    assert_eq!(
        expected_meeting,
        [("expected".to_string(), "2023-09".to_string())]
    );
}

#[test]
fn the_distractor_article_yields_no_event() {
    let store = TestStore::with_examples();
    let graph = store.graph_of(DISTRACTOR_URL);
    let anchors = store.column(
        &format!("SELECT ?x WHERE {{ GRAPH <{graph}> {{ ?m nif:anchorOf ?x }} }}"),
        "x",
    );
    assert!(
        anchors.is_empty(),
        "events found in the distractor: {anchors:?}"
    );
}

#[test]
fn plain_text_page_layout_is_read() {
    let store = TestStore::with_examples();
    let rows = store.select(
        "SELECT ?headline ?author WHERE { GRAPH ?g { ?a a schema:NewsArticle ; \
         schema:headline ?headline ; schema:author [ a schema:Person ; schema:name ?author ] } }",
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let row = &rows[0];
    assert_eq!(
        row["headline"]["value"],
        "Korut Tembakkan Dua Rudal Balistik Saat Kim Jong-un Berada di Rusia"
    );
    assert_eq!(row["headline"]["xml:lang"], "id");
    assert_eq!(row["author"]["value"], "Dewi Lestari");
    // Nothing after "Berita Terpopuler" is evidence.
    let anchors = store.column("SELECT ?x WHERE { ?m nif:anchorOf ?x }", "x");
    assert!(
        !anchors
            .iter()
            .any(|a| a.contains("Timnas") || a.contains("Harga Beras")),
        "{anchors:?}"
    );
}

#[test]
fn plain_text_dateline_gives_publisher_and_place() {
    let store = TestStore::with_examples();
    let rows = store.select(
        "SELECT ?publisher ?place WHERE { GRAPH ?g { ?a a schema:NewsArticle ; \
         schema:publisher [ a schema:Organization ; schema:name ?publisher ] ; \
         schema:locationCreated ?place } }",
    );
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["publisher"]["value"], "REPUBLIKA.CO.ID");
    assert_eq!(
        rows[0]["place"]["value"],
        "https://w3id.org/newsgraph/entity/Seoul"
    );
}

#[test]
fn baca_juga_link_is_not_evidence() {
    let store = TestStore::with_examples();
    let anchors = store.column("SELECT ?x WHERE { ?m nif:anchorOf ?x }", "x");
    assert!(
        !anchors
            .iter()
            .any(|a| a.contains("Daftar Negara yang Pernah Dikunjungi")),
        "{anchors:?}"
    );
}

/// The article graphs of a store export equal `extract`'s, quad for quad,
/// datatypes included (offsets stay xsd:nonNegativeInteger through the store).
#[test]
fn export_and_extract_write_identical_article_graphs() {
    let store = TestStore::with_examples();
    let shared = [
        "<https://w3id.org/newsgraph/graph/gazetteer>",
        "<https://w3id.org/newsgraph/graph/ontology>",
        "<https://w3id.org/newsgraph/graph/summary>",
    ];
    let exported: HashSet<String> = parse_rdf("nquads", &store.export(&["--format", "nquads"]))
        .iter()
        .filter(|q| !shared.contains(&q.graph_name.to_string().as_str()))
        .map(ToString::to_string)
        .collect();
    let output = newsgraph()
        .args(["extract", "--format", "nquads"])
        .arg(examples())
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let extracted: HashSet<String> = parse_rdf("nquads", &output.stdout)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        extracted
            .iter()
            .any(|q| q.contains("^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>")),
        "extract writes typed offsets"
    );
    let only_exported: Vec<&String> = exported.difference(&extracted).collect();
    let only_extracted: Vec<&String> = extracted.difference(&exported).collect();
    assert!(
        only_exported.is_empty() && only_extracted.is_empty(),
        "only in export: {only_exported:#?}\nonly in extract: {only_extracted:#?}"
    );
}
