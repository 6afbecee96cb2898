//! Vocabulary conformance: every term newsgraph writes is used as its
//! vocabulary defines it, checked against the official files in
//! `ontology/vocabularies/` (see its README) and `ontology/newsgraph.ttl`.
//!
//! For every triple of the data: the property (and every class of `rdf:type`)
//! is defined and not deprecated (`owl:deprecated`, `schema:supersededBy`);
//! an `ng:` term is declared in `ontology/newsgraph.ttl`; the subject and
//! object are admitted by the property's `rdfs:domain`/`rdfs:range` (its own
//! and its super-properties') and by schema.org's `domainIncludes`/
//! `rangeIncludes`. A node is admitted when one of its types is the class or
//! below it. An untyped node passes `rdfs:domain`/`rdfs:range` (RDFS infers
//! the type; nothing contradicts it) but not schema.org's `…Includes`, which
//! infer nothing. A literal must carry the range's datatype (or one derived
//! from it). The store's ontology graph is the schema, not data: not checked.

use std::collections::{HashMap, HashSet};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Quad, Term};

use crate::util::*;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const OWL: &str = "http://www.w3.org/2002/07/owl#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
const SCHEMA: &str = "http://schema.org/";
const NG: &str = "https://w3id.org/newsgraph/ontology#";
const ONTOLOGY_GRAPH: &str = "https://w3id.org/newsgraph/graph/ontology";

/// The W3C core terms the data uses, whose files are not copied (RDF, RDFS,
/// OWL and SKOS are W3C Recommendations; their domains and ranges as they
/// define them), and GAF, which publishes no machine-readable file: its
/// page defines gaf:denotedBy (an instance to its mentions) and gaf:denotes.
const CORE_TERMS: &str = r#"
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix gaf: <http://groundedannotationframework.org/gaf#> .
rdf:type a rdf:Property ; rdfs:range rdfs:Class .
rdfs:label a rdf:Property ; rdfs:range rdfs:Literal .
rdfs:Class a rdfs:Class . rdfs:Literal a rdfs:Class . rdfs:Resource a rdfs:Class .
owl:sameAs a rdf:Property .
owl:Thing a rdfs:Class .
owl:Class rdfs:subClassOf rdfs:Class .
skos:altLabel a rdf:Property ; rdfs:subPropertyOf rdfs:label .
skos:Concept a owl:Class .
gaf:denotedBy a rdf:Property .
gaf:denotes a rdf:Property .
"#;

/// Datatypes and the ones derived from them (XSD 1.1 Part 2), as far as used.
const DERIVED: &[(&str, &[&str])] = &[
    (
        "integer",
        &["nonNegativeInteger", "positiveInteger", "long", "int"],
    ),
    (
        "decimal",
        &[
            "integer",
            "nonNegativeInteger",
            "positiveInteger",
            "long",
            "int",
        ],
    ),
    ("nonNegativeInteger", &["positiveInteger"]),
];

/// schema.org data types and the literal datatypes that carry them.
const SCHEMA_DATATYPES: &[(&str, &[&str])] = &[
    ("Text", &["string", "langString"]),
    ("URL", &["anyURI"]),
    ("Date", &["date"]),
    ("DateTime", &["dateTime"]),
    ("Time", &["time"]),
    ("Boolean", &["boolean"]),
    (
        "Number",
        &[
            "integer",
            "nonNegativeInteger",
            "decimal",
            "double",
            "float",
        ],
    ),
    ("Integer", &["integer", "nonNegativeInteger"]),
];

/// The definitions the check reads from the vocabulary files.
#[derive(Default)]
pub struct Vocabularies {
    defined: HashSet<String>,
    deprecated: HashSet<String>,
    ng_declared: HashSet<String>,
    super_classes: HashMap<String, Vec<String>>,
    super_properties: HashMap<String, Vec<String>>,
    domain: HashMap<String, Vec<String>>,
    range: HashMap<String, Vec<String>>,
    domain_includes: HashMap<String, Vec<String>>,
    range_includes: HashMap<String, Vec<String>>,
    /// Types the vocabularies themselves state (`ng:occurred a skos:Concept`).
    types: HashMap<String, Vec<String>>,
}

fn parse(format: RdfFormat, bytes: &[u8], name: &str) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{name} does not parse: {e}"))
}

fn term_str(term: &Term) -> Option<String> {
    match term {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

impl Vocabularies {
    /// The official files of `ontology/vocabularies/`, the core terms and
    /// `ontology/newsgraph.ttl`.
    pub fn load() -> Self {
        let dir = root().join("ontology/vocabularies");
        let mut v = Self::default();
        for (file, format) in [
            ("schemaorg-current-http.ttl", RdfFormat::Turtle),
            ("prov-o.ttl", RdfFormat::Turtle),
            ("nif-core.ttl", RdfFormat::Turtle),
            ("sem.rdf", RdfFormat::RdfXml),
        ] {
            let bytes = std::fs::read(dir.join(file)).expect("vocabulary file");
            v.add(&parse(format, &bytes, file), false);
        }
        v.add(
            &parse(RdfFormat::Turtle, CORE_TERMS.as_bytes(), "core"),
            false,
        );
        let ontology = std::fs::read(root().join("ontology/newsgraph.ttl")).expect("ontology");
        v.add(&parse(RdfFormat::Turtle, &ontology, "newsgraph.ttl"), true);
        v
    }

    fn add(&mut self, quads: &[Quad], ng: bool) {
        for q in quads {
            let s = q.subject.to_string();
            let s = s.trim_matches(|c| c == '<' || c == '>').to_string();
            let p = q.predicate.as_str();
            let o = term_str(&q.object);
            let push = |map: &mut HashMap<String, Vec<String>>, o: &Option<String>| {
                if let Some(o) = o {
                    map.entry(s.clone()).or_default().push(o.clone());
                }
            };
            match p {
                RDF_TYPE => {
                    self.defined.insert(s.clone());
                    push(&mut self.types, &o);
                }
                _ if p == [RDFS, "subClassOf"].concat() => push(&mut self.super_classes, &o),
                _ if p == [RDFS, "subPropertyOf"].concat() => push(&mut self.super_properties, &o),
                _ if p == [RDFS, "domain"].concat() => push(&mut self.domain, &o),
                _ if p == [RDFS, "range"].concat() => push(&mut self.range, &o),
                _ if p == [SCHEMA, "domainIncludes"].concat() => {
                    push(&mut self.domain_includes, &o)
                }
                _ if p == [SCHEMA, "rangeIncludes"].concat() => push(&mut self.range_includes, &o),
                _ if p == [SCHEMA, "supersededBy"].concat() => {
                    self.deprecated.insert(s.clone());
                }
                _ if p == [OWL, "deprecated"].concat() => {
                    if matches!(&q.object, Term::Literal(l) if l.value() == "true") {
                        self.deprecated.insert(s.clone());
                    }
                }
                _ => {}
            }
            if ng && s.starts_with(NG) {
                self.ng_declared.insert(s);
            }
        }
    }

    /// The class and every class above it.
    fn ancestors(&self, class: &str) -> HashSet<String> {
        let mut seen = HashSet::new();
        let mut todo = vec![class.to_string()];
        while let Some(c) = todo.pop() {
            if seen.insert(c.clone()) {
                todo.extend(self.super_classes.get(&c).into_iter().flatten().cloned());
            }
        }
        seen
    }

    fn super_properties_of(&self, property: &str) -> Vec<String> {
        let mut seen = Vec::new();
        let mut todo = vec![property.to_string()];
        while let Some(p) = todo.pop() {
            if !seen.contains(&p) {
                todo.extend(self.super_properties.get(&p).into_iter().flatten().cloned());
                seen.push(p);
            }
        }
        seen
    }

    fn check_term(&self, term: &str, what: &str, out: &mut Vec<String>) {
        if term.starts_with(NG) {
            if !self.ng_declared.contains(term) {
                out.push(format!(
                    "{what} <{term}> is not declared in ontology/newsgraph.ttl"
                ));
            }
        } else if !self.defined.contains(term) {
            out.push(format!("{what} <{term}> is not defined by its vocabulary"));
        }
        if self.deprecated.contains(term) {
            out.push(format!("{what} <{term}> is deprecated"));
        }
    }
}

/// Types of every node: those the data states and those the vocabularies state.
fn node_types(data: &[Quad], v: &Vocabularies) -> HashMap<String, HashSet<String>> {
    let mut types: HashMap<String, HashSet<String>> = HashMap::new();
    for (s, ts) in &v.types {
        types
            .entry(s.clone())
            .or_default()
            .extend(ts.iter().cloned());
    }
    for q in data.iter().filter(|q| q.predicate.as_str() == RDF_TYPE) {
        if let Some(o) = term_str(&q.object) {
            types
                .entry(node_key(&q.subject.clone().into()))
                .or_default()
                .insert(o);
        }
    }
    types
}

fn node_key(term: &Term) -> String {
    term_str(term).unwrap_or_else(|| term.to_string())
}

/// Every misuse of a term in `data` (empty when it conforms), one line each.
pub fn check(data: &[Quad], v: &Vocabularies) -> Vec<String> {
    let types = node_types(data, v);
    let admits = |node: &str, class: &str| -> Option<bool> {
        let ts = types.get(node)?;
        Some(
            [RDFS, "Resource"].concat() == class
                || [OWL, "Thing"].concat() == class
                || ts.iter().any(|t| v.ancestors(t).contains(class)),
        )
    };
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for q in data {
        if q.graph_name.to_string() == format!("<{ONTOLOGY_GRAPH}>") {
            continue;
        }
        let (s, p) = (node_key(&q.subject.clone().into()), q.predicate.as_str());
        let triple = format!("<{s}> <{p}> {}", q.object);
        let mut found = Vec::new();
        v.check_term(p, "property", &mut found);
        if p == RDF_TYPE {
            if let Some(class) = term_str(&q.object) {
                v.check_term(&class, "class", &mut found);
            }
        }
        for property in v.super_properties_of(p) {
            for d in v.domain.get(&property).into_iter().flatten() {
                if admits(&s, d) == Some(false) {
                    found.push(format!(
                        "subject is not a <{d}> (rdfs:domain of <{property}>)"
                    ));
                }
            }
            for r in v.range.get(&property).into_iter().flatten() {
                if let Some(problem) = check_range(&q.object, r, &admits, v) {
                    found.push(format!("{problem} (rdfs:range of <{property}>)"));
                }
            }
        }
        if let Some(ds) = v.domain_includes.get(p) {
            if !ds.iter().any(|d| admits(&s, d) == Some(true)) {
                found.push(format!("subject is none of {ds:?} (schema:domainIncludes)"));
            }
        }
        if let Some(rs) = v.range_includes.get(p) {
            if !rs
                .iter()
                .any(|r| range_includes_admits(&q.object, r, &admits, v))
            {
                found.push(format!("object is none of {rs:?} (schema:rangeIncludes)"));
            }
        }
        for problem in found {
            let line = format!("{triple}: {problem}");
            if seen.insert(line.clone()) {
                out.push(line);
            }
        }
    }
    out
}

fn xsd_local(datatype: &str) -> Option<&str> {
    datatype
        .strip_prefix(XSD)
        .or_else(|| datatype.strip_prefix("http://www.w3.org/1999/02/22-rdf-syntax-ns#"))
}

/// Whether a literal of `datatype` is a value of the XSD type `range`.
fn datatype_admits(range: &str, datatype: &str) -> bool {
    range == datatype
        || DERIVED.iter().any(|(base, derived)| {
            [XSD, base].concat() == range
                && xsd_local(datatype).is_some_and(|local| derived.contains(&local))
        })
}

fn check_range(
    object: &Term,
    range: &str,
    admits: &dyn Fn(&str, &str) -> Option<bool>,
    v: &Vocabularies,
) -> Option<String> {
    let is_datatype = range.starts_with(XSD) || range == [RDFS, "Literal"].concat();
    match object {
        Term::Literal(l) if range == [RDFS, "Literal"].concat() => {
            let _ = l;
            None
        }
        Term::Literal(l) if is_datatype => (!datatype_admits(range, l.datatype().as_str()))
            .then(|| format!("object's datatype is not <{range}>")),
        Term::Literal(_) => (!v.ancestors(range).contains(&[RDFS, "Literal"].concat()))
            .then(|| format!("object is a literal, not a <{range}>")),
        _ if is_datatype => Some(format!("object is a resource, not a <{range}> literal")),
        _ => (admits(&node_key(object), range) == Some(false))
            .then(|| format!("object is not a <{range}>")),
    }
}

fn range_includes_admits(
    object: &Term,
    range: &str,
    admits: &dyn Fn(&str, &str) -> Option<bool>,
    v: &Vocabularies,
) -> bool {
    match object {
        Term::Literal(l) => {
            let datatype = xsd_local(l.datatype().as_str()).unwrap_or("");
            SCHEMA_DATATYPES.iter().any(|(kind, datatypes)| {
                v.ancestors(&[SCHEMA, kind].concat()).contains(range)
                    && datatypes.contains(&datatype)
            })
        }
        // An IRI is a URL: schema.org's JSON-LD context writes URL values as IRIs.
        _ if range == [SCHEMA, "URL"].concat() => true,
        _ => admits(&node_key(object), range) == Some(true),
    }
}

fn assert_conforms(data: &[Quad], what: &str) {
    let problems = check(data, &Vocabularies::load());
    assert!(
        problems.is_empty(),
        "{what}: {} misuse(s) of vocabulary terms:\n{}",
        problems.len(),
        problems[..problems.len().min(40)].join("\n")
    );
}

fn self_contained_examples() -> Vec<Quad> {
    let output = newsgraph()
        .args(["extract", "--self-contained", "--format", "nquads"])
        .arg(examples())
        .output()
        .expect("runs");
    assert!(output.status.success(), "extract: {}", stderr(&output));
    parse_rdf("nquads", &output.stdout)
}

#[test]
fn extract_self_contained_uses_every_term_as_defined() {
    assert_conforms(
        &self_contained_examples(),
        "extract --self-contained examples/",
    );
}

#[test]
fn a_store_export_uses_every_term_as_defined() {
    let store = TestStore::with_examples();
    let data = parse_rdf("nquads", &store.export(&["--format", "nquads"]));
    assert!(
        data.len() > 1000,
        "the export holds the gazetteer graph too"
    );
    assert_conforms(&data, "export of a store of examples/");
}

#[test]
fn planted_misuses_are_each_reported() {
    let v = Vocabularies::load();
    let mut data = self_contained_examples();
    assert!(check(&data, &v).is_empty(), "the clean data conforms");
    let find = |p: &str| {
        data.iter()
            .find(|q| q.predicate.as_str().ends_with(p))
            .unwrap_or_else(|| panic!("the examples use {p}"))
            .clone()
    };
    let mention = find("#anchorOf").subject;
    let article = find("/headline").subject;
    let tool = find("#wasAttributedTo").object;
    let graph = find("#wasDerivedFrom").subject;
    let place = find("/hasPlace").object;
    let planted: Vec<(&str, Quad)> = vec![
        (
            "sem:accordingTo on a mention (domain sem:View)",
            quad(
                &mention,
                "http://semanticweb.cs.vu.nl/2009/11/sem/accordingTo",
                place.clone(),
            ),
        ),
        (
            "prov:wasGeneratedBy a SoftwareAgent (range prov:Activity)",
            quad(
                &graph.clone(),
                "http://www.w3.org/ns/prov#wasGeneratedBy",
                tool.clone(),
            ),
        ),
        (
            "schema:author a literal (range Person/Organization)",
            quad(
                &article,
                "http://schema.org/author",
                Term::Literal(oxigraph::model::Literal::new_simple_literal("A. Writer")),
            ),
        ),
        (
            "schema:containedInPlace on an agent (domain Place)",
            quad(
                &as_subject(&tool),
                "http://schema.org/containedInPlace",
                place.clone(),
            ),
        ),
        (
            "deprecated nif:RFC5147String",
            quad(
                &mention,
                RDF_TYPE,
                iri("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#RFC5147String"),
            ),
        ),
        (
            "xsd:integer offsets (range xsd:nonNegativeInteger)",
            quad(
                &mention,
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
                Term::Literal(oxigraph::model::Literal::new_typed_literal(
                    "3",
                    oxigraph::model::NamedNode::new_unchecked([XSD, "integer"].concat()),
                )),
            ),
        ),
        (
            "an undeclared ng: term",
            quad(
                &mention,
                &[NG, "confidence"].concat(),
                Term::Literal(oxigraph::model::Literal::new_simple_literal("high")),
            ),
        ),
        (
            "an undefined schema.org term",
            quad(
                &article,
                "http://schema.org/newsgraphSection",
                Term::Literal(oxigraph::model::Literal::new_simple_literal("Asia")),
            ),
        ),
    ];
    for (what, misuse) in planted {
        data.push(misuse.clone());
        let problems = check(&data, &v);
        data.pop();
        let about: Vec<&String> = problems
            .iter()
            .filter(|p| p.contains(misuse.predicate.as_str()))
            .collect();
        assert!(!about.is_empty(), "{what}: not reported ({problems:?})");
    }
}

fn iri(value: &str) -> Term {
    oxigraph::model::NamedNode::new_unchecked(value).into()
}

fn as_subject(term: &Term) -> oxigraph::model::NamedOrBlankNode {
    match term {
        Term::NamedNode(n) => n.clone().into(),
        other => panic!("{other} is not an IRI"),
    }
}

fn quad(subject: &oxigraph::model::NamedOrBlankNode, predicate: &str, object: Term) -> Quad {
    Quad::new(
        subject.clone(),
        oxigraph::model::NamedNode::new_unchecked(predicate),
        object,
        oxigraph::model::GraphName::DefaultGraph,
    )
}

#[test]
fn the_ontology_names_only_defined_current_terms() {
    // ng:EventMention was a subclass of the deprecated nif:RFC5147String.
    let v = Vocabularies::load();
    let ontology = std::fs::read(root().join("ontology/newsgraph.ttl")).expect("ontology");
    let mut problems = Vec::new();
    for q in parse(RdfFormat::Turtle, &ontology, "newsgraph.ttl") {
        let Some(object) = term_str(&q.object) else {
            continue;
        };
        let known = [
            SCHEMA,
            "http://www.w3.org/ns/prov#",
            "http://persistence.uni-leipzig.org/",
            "http://semanticweb.cs.vu.nl/",
        ];
        if known.iter().any(|k| object.starts_with(k))
            && q.predicate.as_str() != [RDFS, "seeAlso"].concat()
        {
            v.check_term(&object, "term", &mut problems);
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A store written by newsgraph before model version 2 (evidence spans
/// `mention/KEY-BEGIN-END-TYPE`, `sem:accordingTo`, publisher literals):
/// `tests/model-v1/examples.nq` holds the article graphs such a version wrote
/// for examples/. Ingest into it migrates them in place, says so once, and
/// leaves a store whose every term conforms.
#[test]
fn ingest_into_a_model_1_store_migrates_it() {
    let store = TestStore::new();
    let old = std::fs::read(root().join("tests/model-v1/examples.nq")).expect("fixture");
    let old_quads = parse_rdf("nquads", &old);
    let events = |quads: &[Quad]| -> HashSet<String> {
        quads
            .iter()
            .filter(|q| q.predicate.as_str().ends_with("gaf#denotedBy"))
            .map(|q| q.subject.to_string())
            .collect()
    };
    {
        let graph_store = newsgraph::GraphStore::open_for_ingest(&store.path).expect("store");
        graph_store.insert_new(old_quads.clone()).expect("load");
    }
    let output = store.ingest(&[root().join("tests/corpus/en-ap-biden-xi-woodside-2023.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("held RDF model version 1"),
        "{}",
        stderr(&output)
    );
    let data = parse_rdf("nquads", &store.export(&["--format", "nquads"]));
    let text: String = data.iter().map(|q| q.to_string() + "\n").collect();
    assert!(
        !text.contains("/newsgraph/mention/"),
        "old mention IRIs remain"
    );
    assert!(!text.contains("sem/accordingTo"), "sem:accordingTo remains");
    assert!(text.contains("#char="), "spans in RFC 5147 form");
    assert!(events(&old_quads).is_subset(&events(&data)), "events kept");
    let problems = check(&data, &Vocabularies::load());
    assert!(problems.is_empty(), "{problems:#?}");
    // Migrated once: the next ingest finds the mark.
    let output = store.ingest(&[example("en-kim-putin-vostochny.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        !stderr(&output).contains("model version"),
        "{}",
        stderr(&output)
    );
}
