//! `export --links`: the bridge from newsgraph entities to Wikidata, GeoNames
//! and ISO 3166, and a join across it with a Wikidata-style graph.

use std::collections::BTreeSet;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use crate::util::*;

const SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
const NG: &str = "https://w3id.org/newsgraph/ontology#";
const ENTITY: &str = "https://w3id.org/newsgraph/entity/";

fn links_turtle(store: &TestStore) -> Vec<u8> {
    store.export(&["--links", "--format", "turtle"])
}

#[test]
fn export_links_writes_wikidata_same_as_and_iso_codes() {
    let store = TestStore::with_examples();
    let triples = parse_rdf("turtle", &links_turtle(&store));
    let has = |s: &str, p: &str, o: &str| {
        triples.iter().any(|t| {
            t.subject.to_string() == format!("<{ENTITY}{s}>")
                && t.predicate.as_str() == p
                && t.object.to_string() == o
        })
    };
    assert!(has(
        "Kim_Jong-un",
        SAME_AS,
        "<http://www.wikidata.org/entity/Q56226>"
    ));
    assert!(has(
        "Vladimir_Putin",
        SAME_AS,
        "<http://www.wikidata.org/entity/Q7747>"
    ));
    assert!(has(
        "North_Korea",
        SAME_AS,
        "<http://www.wikidata.org/entity/Q423>"
    ));
    assert!(has("North_Korea", &format!("{NG}iso3166Alpha2"), "\"KP\""));
    assert!(has("North_Korea", &format!("{NG}iso3166Alpha3"), "\"PRK\""));
    assert!(has("Russia", SAME_AS, "<http://sws.geonames.org/2017370/>"));
    assert!(has(
        "Kim_Jong-un",
        "http://www.w3.org/2000/01/rdf-schema#label",
        "\"Kim Jong-un\"@en"
    ));

    // Only entities that take part in an event: none from the gazetteer at large.
    let subjects: BTreeSet<String> = triples.iter().map(|t| t.subject.to_string()).collect();
    assert!(
        !subjects.contains(&format!("<{ENTITY}Narendra_Modi>")),
        "{subjects:?}"
    );
    assert!(
        subjects.len() < 60,
        "{} subjects: not only the event entities",
        subjects.len()
    );

    // Every format of the links export parses.
    for format in ["ntriples", "rdfxml", "jsonld", "nquads", "trig"] {
        let n = parse_rdf(format, &store.export(&["--links", "--format", format])).len();
        assert_eq!(n, triples.len(), "{format}");
    }
}

/// A few statements as Wikidata states them (citizenship P27, labels).
const WIKIDATA: &str = r#"
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
wd:Q56226 wdt:P27 wd:Q423 ; rdfs:label "Kim Jong Un"@en .
wd:Q7747 wdt:P27 wd:Q159 ; rdfs:label "Vladimir Putin"@en .
wd:Q6279 wdt:P27 wd:Q30 ; rdfs:label "Joe Biden"@en .
wd:Q1058 wdt:P27 wd:Q668 ; rdfs:label "Narendra Modi"@en .
wd:Q423 rdfs:label "North Korea"@en, "Korea Utara"@id .
wd:Q159 rdfs:label "Russia"@en .
wd:Q30 rdfs:label "United States of America"@en .
wd:Q668 rdfs:label "India"@en .
"#;

/// The links export beside a Wikidata-style graph: a SPARQL join through the
/// shared Wikidata IRIs finds, for each person in an event, the ISO code of
/// the country Wikidata says they are a citizen of.
#[test]
fn links_join_with_a_wikidata_graph() {
    let store = TestStore::with_examples();
    let links = links_turtle(&store);

    let memory = Store::new().unwrap();
    memory
        .load_from_reader(
            RdfParser::from_format(RdfFormat::Turtle).with_default_graph(
                oxigraph::model::NamedNode::new("urn:graph:newsgraph-links").unwrap(),
            ),
            links.as_slice(),
        )
        .unwrap();
    memory
        .load_from_reader(
            RdfParser::from_format(RdfFormat::Turtle)
                .with_default_graph(oxigraph::model::NamedNode::new("urn:graph:wikidata").unwrap()),
            WIKIDATA.as_bytes(),
        )
        .unwrap();

    let query = r#"
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?person ?citizenOf ?iso WHERE {
  GRAPH <urn:graph:newsgraph-links> { ?person owl:sameAs ?wdPerson }
  GRAPH <urn:graph:wikidata> { ?wdPerson wdt:P27 ?wdCountry . ?wdCountry rdfs:label ?citizenOf FILTER(LANG(?citizenOf) = "en") }
  GRAPH <urn:graph:newsgraph-links> { ?country owl:sameAs ?wdCountry ; ng:iso3166Alpha3 ?iso }
}"#;
    let QueryResults::Solutions(solutions) = SparqlEvaluator::new()
        .parse_query(query)
        .unwrap()
        .on_store(&memory)
        .execute()
        .unwrap()
    else {
        panic!("a SELECT gives solutions")
    };
    let value = |t: Option<&Term>| match t {
        Some(Term::NamedNode(n)) => n.as_str().trim_start_matches(ENTITY).to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        other => panic!("unexpected {other:?}"),
    };
    let rows: BTreeSet<(String, String, String)> = solutions
        .map(|s| {
            let s = s.unwrap();
            (
                value(s.get("person")),
                value(s.get("citizenOf")),
                value(s.get("iso")),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String, String)> = [
        ("Joe_Biden", "United States of America", "USA"),
        ("Kim_Jong-un", "North Korea", "PRK"),
        ("Vladimir_Putin", "Russia", "RUS"),
    ]
    .into_iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    // Modi is in the Wikidata graph but in no event of the examples: no row.
    assert_eq!(rows, expected);
}
