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

/// A timeline cell of the summary: the events of one type and status stated
/// at one time stamp. Its IRI is `timeline/PERIOD/TYPE/STATUS`, `undated`
/// standing for a missing period; [`TimelineCell::iri`] writes it and
/// [`TimelineCell::of`] reads it back, so the pattern lives only here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineCell<'a> {
    /// The time stamp's lexical form (a day, a month or a year); `None` when undated.
    pub period: Option<&'a str>,
    /// The event type's local name (`Meeting`).
    pub event_type: &'a str,
    /// The status's local name (`occurred`, `expected`).
    pub status: &'a str,
}

const UNDATED: &str = "undated";

impl<'a> TimelineCell<'a> {
    /// The cell's IRI.
    pub fn iri(&self) -> NamedNode {
        let period = self.period.unwrap_or(UNDATED);
        NamedNode::new_unchecked(
            [TIMELINE, period, "/", self.event_type, "/", self.status].concat(),
        )
    }

    /// The cell an IRI names, if it is a timeline cell's.
    pub fn of(iri: &'a str) -> Option<Self> {
        let mut parts = iri.strip_prefix(TIMELINE)?.split('/');
        let (Some(period), Some(event_type), Some(status), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        Some(Self {
            period: (period != UNDATED).then_some(period),
            event_type,
            status,
        })
    }
}

/// A meeting pair of the summary: two entity ids (the part of their IRIs
/// after [`ENTITY`]) in code-point order. Its IRI is `pair/FIRST/SECOND`;
/// [`MeetingPair::iri`] writes it and [`MeetingPair::of`] reads it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingPair<'a> {
    /// The id that sorts first.
    pub first: &'a str,
    /// The id that sorts second.
    pub second: &'a str,
}

impl<'a> MeetingPair<'a> {
    /// The pair's IRI.
    pub fn iri(&self) -> NamedNode {
        NamedNode::new_unchecked([PAIR, self.first, "/", self.second].concat())
    }

    /// The pair an IRI names, if it is a meeting pair's.
    pub fn of(iri: &'a str) -> Option<Self> {
        let (first, second) = iri.strip_prefix(PAIR)?.split_once('/')?;
        Some(Self { first, second })
    }

    /// The IRI of one of its entities.
    pub fn entity(id: &str) -> NamedNode {
        NamedNode::new_unchecked([ENTITY, id].concat())
    }
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
        SOURCE_HASH = "sourceHash",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timeline_cell_reads_back_from_its_iri() {
        for period in [Some("2023-09-13"), Some("2024-05"), Some("2022"), None] {
            let cell = TimelineCell {
                period,
                event_type: "MissileTest",
                status: "expected",
            };
            let iri = cell.iri();
            assert_eq!(TimelineCell::of(iri.as_str()), Some(cell));
        }
        let undated =
            TimelineCell::of("https://w3id.org/newsgraph/timeline/undated/Visit/occurred");
        assert_eq!(undated.map(|c| c.period), Some(None));
        // Other IRIs, and a cell IRI with a part too many or too few, are no cells.
        for other in [
            "https://w3id.org/newsgraph/pair/a/b",
            "https://w3id.org/newsgraph/timeline/2024/Visit",
            "https://w3id.org/newsgraph/timeline/2024/Visit/occurred/x",
        ] {
            assert_eq!(TimelineCell::of(other), None, "{other}");
        }
    }

    #[test]
    fn a_meeting_pair_reads_back_from_its_iri() {
        let pair = MeetingPair {
            first: "country-ID",
            second: "person-prabowo-subianto",
        };
        let iri = pair.iri();
        assert_eq!(
            iri.as_str(),
            "https://w3id.org/newsgraph/pair/country-ID/person-prabowo-subianto"
        );
        assert_eq!(MeetingPair::of(iri.as_str()), Some(pair));
        assert_eq!(
            MeetingPair::of("https://w3id.org/newsgraph/pair/alone"),
            None
        );
        assert_eq!(
            MeetingPair::of("https://w3id.org/newsgraph/entity/a/b"),
            None
        );
        assert_eq!(
            MeetingPair::entity("country-ID").as_str(),
            "https://w3id.org/newsgraph/entity/country-ID"
        );
    }
}
