//! `export --links`: the bridge from newsgraph entities to Wikidata, GeoNames
//! and ISO 3166, and a join across it with a Wikidata-style graph.

use std::collections::{BTreeMap, BTreeSet};

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

const CAPITAL_OF: &str = "https://w3id.org/newsgraph/ontology#capitalOf";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const WD: &str = "http://www.wikidata.org/entity/";

/// `export --links` gives a Wikidata link to every State and every capital
/// City that an event of the examples names as actor or place.
#[test]
fn export_links_link_every_state_and_capital_in_the_events() {
    let store = TestStore::with_examples();
    let wanted: BTreeSet<String> = store
        .column(
            "SELECT DISTINCT ?x WHERE {
               GRAPH ?g { ?e sem:hasActor|sem:hasPlace ?x }
               GRAPH <https://w3id.org/newsgraph/graph/gazetteer> {
                 { ?x a ng:State } UNION { ?x a ng:City ; ng:capitalOf ?state }
               }
             }",
            "x",
        )
        .into_iter()
        .collect();
    // The examples name Russia, North Korea, Japan, Indonesia, Australia ...
    // and capitals such as Manila and Canberra (these two had no link before).
    assert!(wanted.len() >= 8, "{wanted:?}");
    for id in ["Russia", "North_Korea", "Manila", "Canberra"] {
        assert!(
            wanted.contains(&format!("{ENTITY}{id}")),
            "{id}: {wanted:?}"
        );
    }
    let linked: BTreeSet<String> = parse_rdf("turtle", &links_turtle(&store))
        .into_iter()
        .filter(|t| {
            t.predicate.as_str() == SAME_AS && t.object.to_string().starts_with(&format!("<{WD}Q"))
        })
        .map(|t| t.subject.to_string().trim_matches(['<', '>']).to_string())
        .collect();
    let unlinked: Vec<&String> = wanted.difference(&linked).collect();
    assert!(unlinked.is_empty(), "no Wikidata link: {unlinked:?}");
}

/// Why an entity has no Wikidata id, as `scripts/gen_wikidata.py` recorded it
/// in `ontology/gazetteer/wikidata-links.txt` (id -> (QID, how or why)).
fn link_record() -> BTreeMap<String, (String, String)> {
    let path = root().join("ontology/gazetteer/wikidata-links.txt");
    let text = std::fs::read_to_string(&path).expect("wikidata-links.txt");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id\ttype\twikidata\thow\tsource"));
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 5, "{line}");
            (
                cells[0].to_string(),
                (cells[2].to_string(), cells[3].to_string()),
            )
        })
        .collect()
}

/// A `*-qids.tsv` file's links: gazetteer id to QID.
fn qid_file(name: &str) -> BTreeMap<String, String> {
    let path = root().join("ontology/gazetteer").join(name);
    let text = std::fs::read_to_string(&path).expect("a -qids.tsv file");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id\twikidata\tmatched_name\tsource"));
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            (cells[0].to_string(), cells[1].to_string())
        })
        .collect()
}

/// Ids of the hand-written `*-hand.tsv` rows, which the generator leaves alone.
fn hand_rows() -> BTreeSet<String> {
    let dir = root().join("ontology/gazetteer");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with("-hand.tsv") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            ids.extend(
                text.lines()
                    .skip(1)
                    .filter_map(|l| l.split('\t').next().map(String::from)),
            );
        }
    }
    ids
}

/// In the gazetteer graph as the binary loads it, every State, capital and
/// Person has a Wikidata link, or the generator's record says why not; the
/// record agrees with the graph; no Wikidata item stands for two entities.
#[test]
fn every_state_capital_and_office_holder_is_linked_or_says_why() {
    let output = newsgraph()
        .args(["gazetteer", "--format", "ntriples"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let triples = parse_rdf("ntriples", &output.stdout);
    let iri = |t: &oxigraph::model::Term| t.to_string().trim_matches(['<', '>']).to_string();
    let mut kind = BTreeMap::new();
    let mut qid = BTreeMap::new();
    let mut capitals = BTreeSet::new();
    for t in &triples {
        let s = t.subject.to_string().trim_matches(['<', '>']).to_string();
        let Some(id) = s.strip_prefix(ENTITY).map(String::from) else {
            continue;
        };
        match t.predicate.as_str() {
            RDF_TYPE if iri(&t.object).starts_with(NG) => {
                kind.insert(id, iri(&t.object)[NG.len()..].to_string());
            }
            SAME_AS if iri(&t.object).starts_with(WD) => {
                let q = iri(&t.object)[WD.len()..].to_string();
                assert!(
                    qid.insert(id.clone(), q).is_none(),
                    "{id}: two Wikidata ids"
                );
            }
            CAPITAL_OF => {
                capitals.insert(id);
            }
            _ => {}
        }
    }
    let record = link_record();
    let share_alike = qid_file("people-qids.tsv");
    let hand = hand_rows();
    let (mut states, mut people, mut why_not) = (0, 0, Vec::new());
    for (id, k) in &kind {
        let checked =
            k == "State" || capitals.contains(id) || (k == "Person" && !hand.contains(id));
        if !checked {
            continue;
        }
        states += usize::from(k == "State");
        people += usize::from(k == "Person");
        match (qid.get(id), record.get(id)) {
            // Linked apart, from a share-alike source: `people-qids.tsv` holds it.
            (Some(q), Some((r, _))) if r.is_empty() => assert_eq!(
                share_alike.get(id),
                Some(q),
                "{id}: a Wikidata id neither the record nor people-qids.tsv lists"
            ),
            (Some(q), Some((r, _))) => assert_eq!(q, r, "{id}: graph and record differ"),
            (Some(_), None) => panic!("{id}: a Wikidata id the record does not list"),
            (None, Some((r, why))) => {
                assert!(r.is_empty() && !why.is_empty(), "{id}: {r} {why}");
                why_not.push((k.clone(), id.clone()));
            }
            (None, None) => panic!("{id} ({k}): no Wikidata id and no reason recorded"),
        }
    }
    assert!(
        states >= 240 && people >= 1500,
        "{states} states, {people} people"
    );
    // The reasons are few for states and capitals (sources disagree, no
    // place in the table); most people of the hand list are not 2022 holders.
    let unlinked = |k: &str| why_not.iter().filter(|(kk, _)| kk == k).count();
    assert!(unlinked("State") <= 4, "{why_not:?}");
    assert!(unlinked("City") <= 35, "{why_not:?}");
    let mut owners = BTreeMap::new();
    for (id, q) in &qid {
        if let Some(other) = owners.insert(q, id) {
            panic!("{q} on both {other} and {id}");
        }
    }
    // The added office holders carry their Wikidata id and their state.
    let added = std::fs::read_to_string(root().join("ontology/gazetteer/people-wikidata.tsv"))
        .expect("people-wikidata.tsv");
    for line in added.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert!(qid.contains_key(cells[0]), "{line}");
        assert!(!cells[7].is_empty(), "no country: {line}");
    }
    assert!(added.lines().count() > 200);
}
