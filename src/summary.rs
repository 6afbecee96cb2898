//! The summary graph: counts over the whole store that are too costly to
//! compute per query, rewritten from the article graphs at the end of every
//! ingest run (so a re-ingested or replaced article is counted as it is now,
//! never twice). Entry point: [`refresh`].
//!
//! It holds one node per timeline cell (month or year, event type, status,
//! from the events' `ng:timelineCell` keys) with the number of distinct
//! events in it: `queries/timeline.rq` reads it, and the latest-events lists
//! use it to find the months that hold their first hundred events.

use oxigraph::model::{Literal, NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;

use crate::store::{GraphStore, StoreError};
use crate::vocab::{ng, NG, RDF_TYPE, SUMMARY_GRAPH, TIMELINE, XSD};

/// Distinct events per timeline cell, over every article graph.
const CELL_COUNTS: &str = "SELECT ?cell (COUNT(DISTINCT ?event) AS ?events) \
     WHERE { GRAPH ?g { ?event <https://w3id.org/newsgraph/ontology#timelineCell> ?cell } } \
     GROUP BY ?cell";

/// Recomputes the summary graph from the article graphs and replaces it.
/// Returns the number of timeline cells. One scan of the `ng:timelineCell`
/// keys: about a third of a second per million events.
pub fn refresh(store: &GraphStore) -> Result<usize, StoreError> {
    let mut cells = Vec::new();
    if let QueryResults::Solutions(solutions) = store.query(CELL_COUNTS)? {
        for solution in solutions {
            let solution = solution?;
            if let (Some(Term::NamedNode(cell)), Some(Term::Literal(events))) =
                (solution.get("cell"), solution.get("events"))
            {
                cells.push((cell.clone(), events.clone()));
            }
        }
    }
    cells.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
    let mut quads = Vec::with_capacity(cells.len() * 5);
    for (cell, events) in &cells {
        quads.extend(describe_cell(cell, events));
    }
    store.replace_graph(SUMMARY_GRAPH, quads)?;
    Ok(cells.len())
}

/// The quads of one cell: its type, month (or year; none when undated),
/// event type, status and count. Keys that do not parse are skipped.
fn describe_cell(cell: &NamedNode, events: &Literal) -> Vec<Quad> {
    let Some(key) = cell.as_str().strip_prefix(TIMELINE) else {
        return Vec::new();
    };
    let mut parts = key.split('/');
    let (Some(period), Some(event_type), Some(status), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Vec::new();
    };
    let graph = NamedNode::new_unchecked(SUMMARY_GRAPH);
    let quad = |predicate: String, object: Term| {
        Quad::new(
            cell.clone(),
            NamedNode::new_unchecked(predicate),
            object,
            graph.clone(),
        )
    };
    let mut quads = vec![
        quad(
            RDF_TYPE.to_string(),
            NamedNode::new_unchecked(ng("TimelineCell")).into(),
        ),
        quad(
            ng("eventType"),
            NamedNode::new_unchecked(format!("{NG}{event_type}")).into(),
        ),
        quad(
            ng("eventStatus"),
            NamedNode::new_unchecked(format!("{NG}{status}")).into(),
        ),
        quad(ng("events"), events.clone().into()),
    ];
    let datatype = match period {
        "undated" => None,
        p if p.len() == 4 => Some("gYear"),
        _ => Some("gYearMonth"),
    };
    if let Some(datatype) = datatype {
        quads.push(quad(
            ng("month"),
            Literal::new_typed_literal(
                period,
                NamedNode::new_unchecked(format!("{XSD}{datatype}")),
            )
            .into(),
        ));
    }
    quads
}
