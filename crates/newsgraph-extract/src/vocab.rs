//! IRIs of the vocabularies newsgraph writes, in one place, and the IRI
//! patterns it mints. Changing anything here changes every export: the
//! patterns are a public contract (see `ontology/README.md`).
//!
//! Every term written is a constant here, in the manner of `oxrdf::vocab`
//! (`schema::URL`, `nif::BEGIN_INDEX`, `ng::STATUS`): nothing builds a
//! predicate from a string at run time. Only the classes named by data files
//! (event types in `events.tsv`, entity kinds in the gazetteer) are built, by
//! [`ng_class`].

use oxrdf::{NamedNode, NamedNodeRef};

/// Base of every IRI newsgraph mints.
pub const BASE: &str = "https://w3id.org/newsgraph/";
/// Namespace of the project's own terms (`ontology/newsgraph.ttl`).
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// Articles: `ARTICLE` + key; their evidence spans are `ARTICLE` + key + `#char=BEGIN,END`.
pub const ARTICLE: &str = "https://w3id.org/newsgraph/article/";
/// Named graphs, one per article: `GRAPH` + key.
pub const GRAPH: &str = "https://w3id.org/newsgraph/graph/";
/// Events: `EVENT` + event key.
pub const EVENT: &str = "https://w3id.org/newsgraph/event/";
/// Gazetteer entities: `ENTITY` + gazetteer id.
pub const ENTITY: &str = "https://w3id.org/newsgraph/entity/";
/// The tool: `TOOL` + version.
pub const TOOL: &str = "https://w3id.org/newsgraph/tool/";
/// Publishers and authors named by articles: `AGENT` + key of the name.
pub const AGENT: &str = "https://w3id.org/newsgraph/agent/";
/// Evidence spans of model version 1 (`MENTION` + KEY-BEGIN-END-TYPE); kept to
/// recognise stores written before version 2 (see `STORE_MODEL_VERSION`).
pub const MENTION: &str = "https://w3id.org/newsgraph/mention/";
/// The store's gazetteer graph: every entity with its names and links.
pub const GAZETTEER_GRAPH: &str = "https://w3id.org/newsgraph/graph/gazetteer";
/// Derived counts over the whole store, rewritten at the end of every ingest run.
pub const SUMMARY_GRAPH: &str = "https://w3id.org/newsgraph/graph/summary";
/// The store's ontology graph: the triples of `ontology/newsgraph.ttl`.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/newsgraph/graph/ontology";
/// Timeline cells: `TIMELINE` + month (or year) + `/` + event type + `/` + status.
pub const TIMELINE: &str = "https://w3id.org/newsgraph/timeline/";
/// Pairs of meeting parties: `PAIR` + entity id + `/` + entity id, ids in code-point order.
pub const PAIR: &str = "https://w3id.org/newsgraph/pair/";
/// The version of the RDF model (IRI forms and terms) that a store holds,
/// written on the gazetteer graph as `ng:modelVersion`. Version 1 (no mark)
/// had `mention/KEY-BEGIN-END-TYPE` spans; version 2 has `article/KEY#char=B,E`.
pub const STORE_MODEL_VERSION: u32 = 2;

/// Full IRI of `rdf:type` (as a string, for callers that compare strings).
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
/// Namespace of XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// schema.org, with `http:` IRIs as in its published RDF.
pub const SCHEMA: &str = "http://schema.org/";
/// The Simple Event Model.
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
/// NIF 2.1 core.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// The Grounded Annotation Framework.
pub const GAF: &str = "http://groundedannotationframework.org/gaf#";
/// Wikidata entities.
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";
/// GeoNames features, as its ontology publishes them (`http:`, trailing `/`).
pub const GEONAMES: &str = "http://sws.geonames.org/";

/// Prefixes used when writing Turtle and TriG, chosen so that local names
/// stay plain (no escaped `/` or `#`).
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("article", ARTICLE),
    ("graph", GRAPH),
    ("event", EVENT),
    ("entity", ENTITY),
    ("agent", AGENT),
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

/// A term of the project's own ontology, by local name (kept for callers
/// outside the extraction crate; new code uses the constants of [`ng`]).
pub fn ng(local: &str) -> String {
    [NG, local].concat()
}

/// A class of the project's ontology named by a data file: an event type of
/// `events.tsv` or an entity kind of the gazetteer.
pub fn ng_class(local: &str) -> NamedNode {
    NamedNode::new_unchecked([NG, local].concat())
}

macro_rules! terms {
    ($(#[$doc:meta])* $module:ident, $namespace:literal, { $($name:ident = $local:literal),* $(,)? }) => {
        $(#[$doc])*
        pub mod $module {
            use oxrdf::NamedNodeRef;
            $(
                #[doc = concat!("`", $namespace, $local, "`")]
                pub const $name: NamedNodeRef<'static> =
                    NamedNodeRef::new_unchecked(concat!($namespace, $local));
            )*
        }
    };
}

terms!(
    /// RDF, RDFS, OWL and SKOS terms.
    rdf, "http://www.w3.org/1999/02/22-rdf-syntax-ns#", { TYPE = "type" }
);
terms!(
    /// RDF Schema.
    rdfs, "http://www.w3.org/2000/01/rdf-schema#", { LABEL = "label" }
);
terms!(
    /// OWL.
    owl, "http://www.w3.org/2002/07/owl#", { SAME_AS = "sameAs" }
);
terms!(
    /// SKOS.
    skos, "http://www.w3.org/2004/02/skos/core#", { ALT_LABEL = "altLabel" }
);
terms!(
    /// XML Schema datatypes.
    xsd, "http://www.w3.org/2001/XMLSchema#", {
        STRING = "string", INTEGER = "integer", NON_NEGATIVE_INTEGER = "nonNegativeInteger",
        DATE = "date", DATE_TIME = "dateTime", G_YEAR_MONTH = "gYearMonth", G_YEAR = "gYear",
    }
);
terms!(
    /// schema.org.
    schema, "http://schema.org/", {
        NEWS_ARTICLE = "NewsArticle", PERSON = "Person", ORGANIZATION = "Organization",
        DATASET = "Dataset", URL = "url", HEADLINE = "headline", DATE_PUBLISHED = "datePublished",
        IN_LANGUAGE = "inLanguage", PUBLISHER = "publisher", AUTHOR = "author", NAME = "name",
        LOCATION_CREATED = "locationCreated", CONTAINED_IN_PLACE = "containedInPlace",
        NATIONALITY = "nationality", LOCATION = "location", VERSION = "version",
    }
);
terms!(
    /// The Simple Event Model.
    sem, "http://semanticweb.cs.vu.nl/2009/11/sem/", {
        HAS_ACTOR = "hasActor", HAS_PLACE = "hasPlace", HAS_TIME_STAMP = "hasTimeStamp",
    }
);
terms!(
    /// NIF 2.1 core.
    nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
        CONTEXT = "Context", IS_STRING = "isString", REFERENCE_CONTEXT = "referenceContext",
        BEGIN_INDEX = "beginIndex", END_INDEX = "endIndex", ANCHOR_OF = "anchorOf",
    }
);
terms!(
    /// PROV-O.
    prov, "http://www.w3.org/ns/prov#", {
        SOFTWARE_AGENT = "SoftwareAgent", ENTITY = "Entity", WAS_DERIVED_FROM = "wasDerivedFrom",
        WAS_ATTRIBUTED_TO = "wasAttributedTo",
    }
);
terms!(
    /// The Grounded Annotation Framework.
    gaf, "http://groundedannotationframework.org/gaf#", { DENOTED_BY = "denotedBy" }
);
terms!(
    /// The project's own terms, declared in `ontology/newsgraph.ttl`.
    ng, "https://w3id.org/newsgraph/ontology#", {
        EVENT_MENTION = "EventMention", STATUS = "status", RULE = "rule",
        ATTRIBUTION = "attribution", TIMELINE_CELL = "timelineCell", MEETING_PAIR = "meetingPair",
        FIRST_PARTY = "firstParty", SECOND_PARTY = "secondParty", ISO3166_ALPHA2 = "iso3166Alpha2",
        ISO3166_ALPHA3 = "iso3166Alpha3", CAPITAL_OF = "capitalOf",
        TIMELINE_CELL_CLASS = "TimelineCell", EVENT_TYPE = "eventType", EVENT_STATUS = "eventStatus",
        EVENTS = "events", EVENTS_AFTER = "eventsAfter", PERIOD = "period", MONTH = "month",
        MEETINGS = "meetings", ARTICLES = "articles", ARTICLE_QUADS = "articleQuads",
        MODEL_VERSION = "modelVersion", OCCURRED = "occurred", EXPECTED = "expected",
    }
);

/// Datatypes that the Oxigraph store does not keep: it stores every integer
/// type as `xsd:integer`. `export` gives these properties back the datatype
/// `describe` wrote, so that an article exported from a store equals its
/// `extract` output.
pub const STORE_RESTORED_DATATYPES: &[(NamedNodeRef<'static>, NamedNodeRef<'static>)] = &[
    (nif::BEGIN_INDEX, xsd::NON_NEGATIVE_INTEGER),
    (nif::END_INDEX, xsd::NON_NEGATIVE_INTEGER),
];
