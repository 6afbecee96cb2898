//! The summary graph: counts over the whole store that are too costly to
//! compute per query, recomputed from the article graphs at the end of every
//! ingest run (so a re-ingested or replaced article is counted as it is now,
//! never twice), and updated in small transactions: an interrupted refresh
//! leaves it partly old until the next ingest run. Entry point: [`refresh`].
//!
//! It holds one node per timeline cell (time stamp, event type, status, from
//! the events' `ng:timelineCell` keys) with the number of distinct events in
//! it and the number of events of its type with a later time stamp:
//! `queries/timeline.rq` sums it by month, and the latest-events lists use it
//! to find the cells that hold their first hundred events.

use oxigraph::model::{Literal, NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;

use crate::store::{GraphStore, StoreError};
use crate::vocab::{ng, NG, RDF_TYPE, SUMMARY_GRAPH, TIMELINE, XSD};

/// The timeline cells that hold events (no per-event state: a few thousand groups).
const CELLS: &str = "SELECT ?cell (COUNT(*) AS ?mentions) \
     WHERE { GRAPH ?g { ?event <https://w3id.org/newsgraph/ontology#timelineCell> ?cell } } \
     GROUP BY ?cell";

/// Distinct events in one cell: one index range, so memory stays that of the cell.
fn cell_events(cell: &NamedNode) -> String {
    format!(
        "SELECT (COUNT(DISTINCT ?event) AS ?events) \
         WHERE {{ GRAPH ?g {{ ?event <https://w3id.org/newsgraph/ontology#timelineCell> {cell} }} }}"
    )
}

/// Recomputes the summary graph from the article graphs and replaces it.
/// Returns the number of timeline cells. Two scans of the `ng:timelineCell`
/// keys, the second cell by cell: about two seconds per million events.
pub fn refresh(store: &GraphStore) -> Result<usize, StoreError> {
    // Cell by cell: one COUNT(DISTINCT) over the whole store would hold every
    // event of the store in memory at once, growing with the store.
    let mut cells: Vec<NamedNode> = Vec::new();
    if let QueryResults::Solutions(solutions) = store.query(CELLS)? {
        for solution in solutions {
            if let Some(Term::NamedNode(cell)) = solution?.get("cell") {
                cells.push(cell.clone());
            }
        }
    }
    let mut counted: Vec<(NamedNode, u64)> = Vec::with_capacity(cells.len());
    for cell in cells {
        if let QueryResults::Solutions(mut solutions) = store.query(&cell_events(&cell))? {
            if let Some(Term::Literal(events)) = solutions
                .next()
                .transpose()?
                .and_then(|s| s.get("events").cloned())
            {
                if let Ok(events) = events.value().parse() {
                    counted.push((cell, events));
                }
            }
        }
    }
    let mut cells: Vec<(Cell, u64)> = counted
        .iter()
        .filter_map(|(cell, events)| Some((Cell::parse(cell)?, *events)))
        .collect();
    // Latest first within each type, so the events after a cell are a running sum.
    cells.sort_by(|(a, _), (b, _)| (a.event_type, b.period).cmp(&(b.event_type, a.period)));
    let mut quads = Vec::with_capacity(cells.len() * 8);
    let mut i = 0;
    while i < cells.len() {
        let event_type = cells[i].0.event_type;
        let mut after: u64 = 0;
        while i < cells.len() && cells[i].0.event_type == event_type {
            // Cells of one time stamp (both statuses) are not after one another.
            let period = cells[i].0.period;
            let mut j = i;
            while j < cells.len()
                && cells[j].0.event_type == event_type
                && cells[j].0.period == period
            {
                j += 1;
            }
            for (cell, events) in &cells[i..j] {
                quads.extend(cell.describe(*events, after));
            }
            after += cells[i..j].iter().map(|(_, n)| n).sum::<u64>();
            i = j;
        }
    }
    let count = cells.len();
    store.update_graph(SUMMARY_GRAPH, quads)?;
    Ok(count)
}

/// A timeline cell, from its IRI: `timeline/PERIOD/TYPE/STATUS`.
struct Cell<'a> {
    iri: &'a NamedNode,
    /// The time stamp as the events state it; "" when undated (before every date).
    period: &'a str,
    event_type: &'a str,
    status: &'a str,
}

impl<'a> Cell<'a> {
    fn parse(iri: &'a NamedNode) -> Option<Self> {
        let mut parts = iri.as_str().strip_prefix(TIMELINE)?.split('/');
        let (Some(period), Some(event_type), Some(status), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        Some(Self {
            iri,
            period: if period == "undated" { "" } else { period },
            event_type,
            status,
        })
    }

    /// Its type, event type, status, count, the events of its type with a
    /// later time stamp, and (when dated) its time stamp and month.
    fn describe(&self, events: u64, after: u64) -> Vec<Quad> {
        let graph = NamedNode::new_unchecked(SUMMARY_GRAPH);
        let quad = |predicate: String, object: Term| {
            Quad::new(
                self.iri.clone(),
                NamedNode::new_unchecked(predicate),
                object,
                graph.clone(),
            )
        };
        let integer = |n: u64| Literal::from(i64::try_from(n).unwrap_or(i64::MAX)).into();
        let typed = |value: &str, datatype: &str| {
            Literal::new_typed_literal(value, NamedNode::new_unchecked(format!("{XSD}{datatype}")))
                .into()
        };
        let mut quads = vec![
            quad(
                RDF_TYPE.to_string(),
                NamedNode::new_unchecked(ng("TimelineCell")).into(),
            ),
            quad(
                ng("eventType"),
                NamedNode::new_unchecked(format!("{NG}{}", self.event_type)).into(),
            ),
            quad(
                ng("eventStatus"),
                NamedNode::new_unchecked(format!("{NG}{}", self.status)).into(),
            ),
            quad(ng("events"), integer(events)),
            quad(ng("eventsAfter"), integer(after)),
        ];
        let (period, month) = match self.period.len() {
            0 => return quads,
            4 => ("gYear", (self.period, "gYear")),
            7 => ("gYearMonth", (self.period, "gYearMonth")),
            _ => (
                "date",
                (&self.period[..7.min(self.period.len())], "gYearMonth"),
            ),
        };
        quads.push(quad(ng("period"), typed(self.period, period)));
        quads.push(quad(ng("month"), typed(month.0, month.1)));
        quads
    }
}
