//! The explorer's event list and timeline, read from the summary graph's
//! timeline cells rather than by grouping every event of the store: the
//! summary says how many events each (time stamp, type, status) cell holds,
//! so a page newest-first reads only the cells it shows, through the events'
//! `ng:timelineCell` keys, and the timeline is the cells themselves.
//!
//! An entity or a text search starts from the entities instead: the events
//! that name them (one index range per entity), each looked up in its cell.
//!
//! **Invariant:** every answer equals the direct SPARQL form in
//! `explorer.rs` (tests/serve.rs compares them over a generated store),
//! ordered by date (newest first, undated last), then event IRI.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Term};

use crate::store::{GraphStore, StoreError};
use crate::summary::{timeline_cells, CellCount};
use crate::vocab::{ng, sem};

/// What the list and the timeline are filtered by, already checked.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Event type and status by local name (`Meeting`, `occurred`).
    pub event_type: Option<String>,
    pub status: Option<String>,
    /// ISO dates or their prefixes, compared as the direct form compares them.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Events whose article names this entity as an actor or a place …
    pub entity: Option<NamedNode>,
    /// … and, in that same article, one of these (the names a text search found).
    pub names: Option<Vec<NamedNode>>,
}

/// One event of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub event: String,
    pub event_type: String,
    pub date: Option<String>,
    pub status: String,
    /// Articles stating the event (and the filtered entities, when filtered by them).
    pub articles: u64,
}

/// A timeline count: events of one time stamp, type and status.
pub type Count = (String, String, String, u64);

impl Filter {
    fn by_entity(&self) -> bool {
        self.entity.is_some() || self.names.is_some()
    }

    /// Whether the events of a cell pass the type, status and date filters.
    fn admits(&self, cell: &CellCount) -> bool {
        let same =
            |wanted: &Option<String>, value: &str| wanted.as_deref().is_none_or(|w| w == value);
        same(&self.event_type, &cell.event_type)
            && same(&self.status, &cell.status)
            && self.in_range(cell.period.as_deref())
    }

    /// The direct form's `STR(?d) >= SUBSTR(from, 1, STRLEN(STR(?d)))`: a
    /// bound is cut to the length of the event's date, so a month is within a
    /// range that starts inside it; an undated event is in no range.
    fn in_range(&self, period: Option<&str>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(date) = period else {
            return false;
        };
        let cut = |bound: &str| bound.chars().take(date.chars().count()).collect::<String>();
        self.from.as_deref().is_none_or(|f| date >= cut(f).as_str())
            && self.to.as_deref().is_none_or(|t| date <= cut(t).as_str())
    }
}

/// Newest first, undated last, then by event IRI (the direct form's ORDER BY).
fn newest_first(a: &Listed, b: &Listed) -> Ordering {
    b.date.cmp(&a.date).then_with(|| a.event.cmp(&b.event))
}

/// `count` events from position `offset` of the filtered list.
pub fn page(
    store: &GraphStore,
    filter: &Filter,
    offset: usize,
    count: usize,
) -> Result<Vec<Listed>, StoreError> {
    if filter.by_entity() {
        let mut all = entity_events(store, filter)?;
        all.sort_by(newest_first);
        return Ok(all.into_iter().skip(offset).take(count).collect());
    }
    let mut cells: Vec<CellCount> = timeline_cells(store)?
        .into_iter()
        .filter(|c| c.events > 0 && filter.admits(c))
        .collect();
    cells.sort_by(|a, b| b.period.cmp(&a.period));
    // Whole time stamps are skipped by their counts; the ones the page
    // touches are read, their events in IRI order.
    let mut listed = Vec::new();
    let mut before: u64 = 0;
    let offset = offset as u64;
    for same_date in cells.chunk_by(|a, b| a.period == b.period) {
        let events: u64 = same_date.iter().map(|c| c.events).sum();
        if before + events <= offset {
            before += events;
            continue;
        }
        let mut read = Vec::new();
        for cell in same_date {
            read.extend(cell_events(store, cell)?);
        }
        read.sort_by(newest_first);
        let skip = usize::try_from(offset.saturating_sub(before)).unwrap_or(usize::MAX);
        listed.extend(read.into_iter().skip(skip));
        before += events;
        if listed.len() >= count {
            break;
        }
    }
    listed.truncate(count);
    Ok(listed)
}

/// Events per time stamp, type and status (dated events only), filtered.
pub fn timeline(store: &GraphStore, filter: &Filter) -> Result<Vec<Count>, StoreError> {
    if filter.by_entity() {
        let mut counts: BTreeMap<(String, String, String), u64> = BTreeMap::new();
        for event in entity_events(store, filter)? {
            if let Some(date) = event.date {
                *counts
                    .entry((date, event.event_type, event.status))
                    .or_default() += 1;
            }
        }
        return Ok(counts
            .into_iter()
            .map(|((d, t, s), n)| (d, t, s, n))
            .collect());
    }
    Ok(timeline_cells(store)?
        .into_iter()
        .filter(|c| c.events > 0 && filter.admits(c))
        .filter_map(|c| Some((c.period?, c.event_type, c.status, c.events)))
        .collect())
}

/// The events of one cell, each with the number of articles stating it.
fn cell_events(store: &GraphStore, cell: &CellCount) -> Result<Vec<Listed>, StoreError> {
    let key = Term::NamedNode(cell.iri.clone());
    let mut articles: HashMap<NamedNode, u64> = HashMap::new();
    for quad in store.quads_matching(None, ng::TIMELINE_CELL, Some(&key), None) {
        if let NamedOrBlankNode::NamedNode(event) = quad?.subject {
            *articles.entry(event).or_default() += 1;
        }
    }
    Ok(articles
        .into_iter()
        .map(|(event, articles)| listed(event, cell, articles))
        .collect())
}

fn listed(event: NamedNode, cell: &CellCount, articles: u64) -> Listed {
    Listed {
        event: event.into_string(),
        event_type: cell.event_type.clone(),
        date: cell.period.clone(),
        status: cell.status.clone(),
        articles,
    }
}

/// The events that the filter's entities select, with the articles that
/// state them together, in no order.
fn entity_events(store: &GraphStore, filter: &Filter) -> Result<Vec<Listed>, StoreError> {
    let mut stated: Option<HashSet<(NamedNode, GraphName)>> = None;
    if let Some(entity) = &filter.entity {
        stated = Some(stating(store, std::slice::from_ref(entity))?);
    }
    if let Some(names) = &filter.names {
        let named = stating(store, names)?;
        stated = Some(match stated {
            Some(stated) => stated.intersection(&named).cloned().collect(),
            None => named,
        });
    }
    let mut articles: HashMap<NamedNode, u64> = HashMap::new();
    for (event, _) in stated.unwrap_or_default() {
        *articles.entry(event).or_default() += 1;
    }
    let mut events = Vec::new();
    for (event, n) in articles {
        let cell = store
            .quads_matching(Some(&event), ng::TIMELINE_CELL, None, None)
            .next()
            .transpose()?
            .and_then(|quad| match quad.object {
                Term::NamedNode(cell) => CellCount::from_iri(&cell),
                _ => None,
            });
        if let Some(cell) = cell.filter(|c| filter.admits(c)) {
            events.push(listed(event, &cell, n));
        }
    }
    Ok(events)
}

/// (event, article graph) for every article that names one of `entities` as
/// an event's actor or place.
fn stating(
    store: &GraphStore,
    entities: &[NamedNode],
) -> Result<HashSet<(NamedNode, GraphName)>, StoreError> {
    let mut stated = HashSet::new();
    for entity in entities {
        let entity = Term::NamedNode(entity.clone());
        for predicate in [sem::HAS_ACTOR, sem::HAS_PLACE] {
            for quad in store.quads_matching(None, predicate, Some(&entity), None) {
                let quad = quad?;
                if let NamedOrBlankNode::NamedNode(event) = quad.subject {
                    stated.insert((event, quad.graph_name));
                }
            }
        }
    }
    Ok(stated)
}

#[cfg(test)]
mod tests {
    use super::Filter;

    #[test]
    fn date_bounds_are_cut_to_the_precision_of_the_date() {
        let filter = Filter {
            from: Some("2024-03-15".into()),
            to: Some("2024-04-30".into()),
            ..Filter::default()
        };
        assert!(
            filter.in_range(Some("2024-03")),
            "a month a range starts in"
        );
        assert!(filter.in_range(Some("2024-04")));
        assert!(filter.in_range(Some("2024-04-30")));
        assert!(filter.in_range(Some("2024")));
        assert!(!filter.in_range(Some("2024-03-14")));
        assert!(!filter.in_range(Some("2024-05")));
        let to_month = Filter {
            to: Some("2024-04".into()),
            ..Filter::default()
        };
        // As the direct form compares: a month bound is a prefix of the
        // days in it, so those days sort after it.
        assert!(!to_month.in_range(Some("2024-04-30")));
        assert!(!filter.in_range(None), "undated: in no range");
        assert!(Filter::default().in_range(None));
    }
}
