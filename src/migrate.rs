//! Brings a store written by an older newsgraph to the current RDF model, in
//! place, before an ingest adds to it. The model's version is marked on the
//! gazetteer graph (`ng:modelVersion`, [`STORE_MODEL_VERSION`]); a store with
//! article graphs and no mark is version 1.
//!
//! Version 1 → 2 (one SPARQL update, one transaction): evidence spans
//! `mention/KEY-BEGIN-END-TYPE` become `article/KEY#char=BEGIN,END` (one node
//! per span, with every rule that fired on it); `sem:accordingTo` on a span
//! becomes `prov:wasAttributedTo` an agent (a capital stands for its state; a
//! place that is neither is dropped); publisher and author literals become
//! `agent/KEY` nodes; article and graph are typed `prov:Entity`; the summary's
//! old completeness mark goes, so the ingest rebuilds the summary.

use crate::store::{GraphStore, StoreError};
use crate::vocab::{
    AGENT, ARTICLE, GAF, GAZETTEER_GRAPH, MENTION, NG, NIF, ONTOLOGY_GRAPH, PROV, SCHEMA, SEM,
    STORE_MODEL_VERSION, SUMMARY_GRAPH,
};

/// The model version the store's data follows: the mark, else 1 when it holds
/// article graphs, else `None` (an empty store follows any version).
pub fn stored_version(store: &GraphStore) -> Result<Option<u32>, StoreError> {
    let query = format!(
        "SELECT ?v WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ <{GAZETTEER_GRAPH}> <{NG}modelVersion> ?v }} }}"
    );
    if let oxigraph::sparql::QueryResults::Solutions(mut solutions) = store.query(&query)? {
        if let Some(solution) = solutions.next() {
            let solution = solution?;
            if let Some(oxigraph::model::Term::Literal(v)) = solution.get("v") {
                return Ok(v.value().parse().ok());
            }
        }
    }
    Ok(store.has_article_graph()?.then_some(1))
}

/// Migrates the store's article graphs from model version `from` to
/// [`STORE_MODEL_VERSION`]; whether there was anything to do. Run after the
/// current gazetteer graph is written (the migration reads who can be a source).
pub fn migrate(store: &GraphStore, from: u32) -> Result<bool, StoreError> {
    match from {
        1 => store.update(&version_1_to_2())?,
        v if v > STORE_MODEL_VERSION => return Err(StoreError::NewerModel(v)),
        _ => return Ok(false),
    }
    Ok(true)
}

fn version_1_to_2() -> String {
    let shared = format!("<{GAZETTEER_GRAPH}>, <{ONTOLOGY_GRAPH}>, <{SUMMARY_GRAPH}>");
    // Mentions of version 1, in article graphs, with their new IRI.
    let old_mention = format!(
        "GRAPH ?g {{ ?m a ng:EventMention ; nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e .
           FILTER(STRSTARTS(STR(?m), \"{MENTION}\"))
           BIND(IRI(CONCAT(STR(?a), \"#char=\", STR(?b), \",\", STR(?e))) AS ?n) }}"
    );
    let agent = |property: &str, class: &str| {
        format!(
            "DELETE {{ GRAPH ?g {{ ?a schema:{property} ?name }} }}
             INSERT {{ GRAPH ?g {{ ?a schema:{property} ?agent . ?agent a schema:{class} ; schema:name ?name }} }}
             WHERE {{ GRAPH ?g {{ ?a schema:{property} ?name FILTER(ISLITERAL(?name))
               BIND(IRI(CONCAT(\"{AGENT}\", SUBSTR(SHA256(CONCAT(\"agent:\", STR(?name))), 1, 20))) AS ?agent) }} }}"
        )
    };
    format!(
        "PREFIX ng: <{NG}> PREFIX nif: <{NIF}> PREFIX prov: <{PROV}> PREFIX sem: <{SEM}> PREFIX schema: <{SCHEMA}> PREFIX gaf: <{GAF}>
         INSERT {{ GRAPH ?g {{ ?n ?p ?o }} }} WHERE {{ {old_mention} GRAPH ?g {{ ?m ?p ?o }} FILTER(?p != sem:accordingTo) }} ;
         INSERT {{ GRAPH ?g {{ ?n prov:wasAttributedTo ?agent }} }} WHERE {{ {old_mention}
           GRAPH ?g {{ ?m sem:accordingTo ?source }}
           OPTIONAL {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?source ng:capitalOf ?state }} }}
           BIND(COALESCE(?state, ?source) AS ?agent)
           # The agent kinds of EntityKind::is_agent.
           GRAPH <{GAZETTEER_GRAPH}> {{ ?agent a ?kind VALUES ?kind {{ ng:Person ng:State ng:Organisation ng:ArmedGroup }} }} }} ;
         DELETE {{ GRAPH ?g {{ ?event gaf:denotedBy ?m }} }} INSERT {{ GRAPH ?g {{ ?event gaf:denotedBy ?n }} }}
         WHERE {{ {old_mention} GRAPH ?g {{ ?event gaf:denotedBy ?m }} }} ;
         DELETE {{ GRAPH ?g {{ ?m ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?m ?p ?o FILTER(STRSTARTS(STR(?m), \"{MENTION}\")) }} }} ;
         {publisher} ;
         {author} ;
         INSERT {{ GRAPH ?g {{ ?g a prov:Entity . ?a a prov:Entity }} }}
         WHERE {{ GRAPH ?g {{ ?g prov:wasDerivedFrom ?a FILTER(STRSTARTS(STR(?a), \"{ARTICLE}\")) }} FILTER(?g NOT IN ({shared})) }} ;
         DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> prov:wasGeneratedBy ?tool }} }}",
        publisher = agent("publisher", "Organization"),
        author = agent("author", "Person"),
    )
}
