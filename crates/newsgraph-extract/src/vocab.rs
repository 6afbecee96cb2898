//! IRIs of the vocabularies newsgraph writes, in one place, and the IRI
//! patterns it mints. Changing anything here changes every export: the
//! patterns are a public contract (see `ontology/README.md`).

pub const BASE: &str = "https://w3id.org/newsgraph/";
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
pub const ARTICLE: &str = "https://w3id.org/newsgraph/article/";
pub const GRAPH: &str = "https://w3id.org/newsgraph/graph/";
pub const EVENT: &str = "https://w3id.org/newsgraph/event/";
pub const ENTITY: &str = "https://w3id.org/newsgraph/entity/";
pub const TOOL: &str = "https://w3id.org/newsgraph/tool/";
pub const MENTION: &str = "https://w3id.org/newsgraph/mention/";
pub const GAZETTEER_GRAPH: &str = "https://w3id.org/newsgraph/graph/gazetteer";
/// Derived counts over the whole store, rewritten at the end of every ingest run.
pub const SUMMARY_GRAPH: &str = "https://w3id.org/newsgraph/graph/summary";
/// Timeline cells: `TIMELINE` + month (or year) + `/` + event type + `/` + status.
pub const TIMELINE: &str = "https://w3id.org/newsgraph/timeline/";
/// Pairs of meeting parties: `PAIR` + entity id + `/` + entity id, ids in code-point order.
pub const PAIR: &str = "https://w3id.org/newsgraph/pair/";

pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
pub const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
pub const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

pub const SCHEMA: &str = "http://schema.org/";
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const GAF: &str = "http://groundedannotationframework.org/gaf#";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";
pub const GEONAMES: &str = "https://sws.geonames.org/";

/// Prefixes used when writing Turtle and TriG, chosen so that local names
/// stay plain (no escaped `/` or `#`).
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("article", ARTICLE),
    ("graph", GRAPH),
    ("event", EVENT),
    ("mention", MENTION),
    ("entity", ENTITY),
    ("schema", SCHEMA),
    ("sem", SEM),
    ("nif", NIF),
    ("prov", PROV),
    ("gaf", GAF),
    ("wd", WIKIDATA),
    ("gn", GEONAMES),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", XSD),
];

/// A term of the project's own ontology.
pub fn ng(local: &str) -> String {
    [NG, local].concat()
}
