//! The summary graph: counts over the whole store that are too costly to
//! compute per query, brought up to date at the end of every ingest run
//! ([`RunCells`]).
//!
//! Why incremental: a plain [`refresh`] after every ingest was measured
//! against this path on 10,000 generated articles (`newsgraph refresh` on the
//! store an ingest built): 46 s and 187 MiB peak for the refresh, against
//! 152 s for the whole ingest (2 shared cores), i.e. 30% more time where the
//! budget was 10%; so the add-only path stays (first_reports.rs,
//! run_pairs.rs, sorted_runs.rs). Crash safety does not rest on it: a run
//! removes the completeness mark durably before it writes any article and
//! puts it back last, and every reader that finds it missing ([`is_current`])
//! runs [`refresh`] first.
//!
//! A run that only adds articles adds the events it wrote that
//! were new to the store; a run that replaces an article, or a store whose
//! summary is not marked complete, recomputes it from the article graphs
//! ([`refresh`]), so a re-ingested article is counted as it is now, never
//! twice. It is written in small transactions and marked complete last: an
//! interrupted update leaves it unmarked, and the next run recomputes it.
//!
//! It holds one node per timeline cell (time stamp, event type, status, from
//! the events' `ng:timelineCell` keys) with the number of distinct events in
//! it and the number of events of its type with a later time stamp:
//! `queries/timeline.rq` sums it by month, and the latest-events lists use it
//! to find the cells that hold their first hundred events. It also holds one
//! node per pair of meeting parties (the `ng:meetingPair` IRI) with its two
//! parties and the numbers of distinct meetings and of articles that report
//! them, which `queries/who-met-whom.rq` reads instead of grouping every
//! meeting of the store.

use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::QueryResults;

use std::collections::{HashMap, HashSet};

mod first_reports;
mod run_pairs;
mod sorted_runs;
use first_reports::{FirstReports, Target};
use run_pairs::RunPairs;

use crate::describe::Description;
use crate::store::{GraphStore, StoreError, ONTOLOGY_GRAPH};
use crate::vocab::{
    ng, ng_class, rdf, xsd, MeetingPair, TimelineCell, GAZETTEER_GRAPH, PAIR, SUMMARY_GRAPH,
    TIMELINE,
};

/// The timeline cells that hold events (no per-event state: a few thousand groups).
const CELLS: &str = "SELECT ?cell (COUNT(*) AS ?mentions) \
     WHERE { GRAPH ?g { ?event <https://w3id.org/newsgraph/ontology#timelineCell> ?cell } } \
     GROUP BY ?cell";

/// Meetings and articles of one pair of parties (or what a run adds to them).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct PairCount {
    meetings: u64,
    articles: u64,
}

/// A meeting pair's two entity ids, as [`MeetingPair`] reads them from its IRI.
type PairKey = (Box<str>, Box<str>);

/// Pair counts by pair.
type PairCounts = HashMap<PairKey, PairCount>;

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
///
/// `article_quads` is the number of quads in article graphs when the caller
/// knows it; otherwise it is counted (a scan of every quad, about 30 s at
/// 100k articles: only for a summary left incomplete by an interrupted run).
pub fn refresh(store: &GraphStore, article_quads: Option<u64>) -> Result<usize, StoreError> {
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
        if let Some(events) = query_count(store, &cell_events(&cell), "events")? {
            counted.push((cell, events));
        }
    }
    let pairs = recount_pairs(store)?;
    // Recounted whole: the stored pairs go first (a pair may have no meeting left).
    store.remove_quad(&complete_mark())?;
    store.remove_subjects(SUMMARY_GRAPH, is_pair)?;
    let article_quads = match article_quads {
        Some(n) => n,
        None => count_article_quads(store)?,
    };
    write(store, counted, pairs.into_iter().map(Ok), article_quads)
}

/// Whether the summary graph answers for the article graphs: marked complete
/// by this version, or no article to summarise. Not current after an ingest
/// that did not finish, or for article graphs written by another tool.
pub fn is_current(store: &GraphStore) -> Result<bool, StoreError> {
    Ok(store.contains_quad(&complete_mark())? || !store.has_article_graph()?)
}

/// The quads of every article graph, counted by a scan of the store.
fn count_article_quads(store: &GraphStore) -> Result<u64, StoreError> {
    let query = format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} \
         FILTER(?g NOT IN (<{GAZETTEER_GRAPH}>, <{ONTOLOGY_GRAPH}>, <{SUMMARY_GRAPH}>)) }}"
    );
    Ok(query_count(store, &query, "n")?.unwrap_or(0))
}

/// The integer `variable` of the first solution of a counting query.
fn query_count(store: &GraphStore, query: &str, variable: &str) -> Result<Option<u64>, StoreError> {
    if let QueryResults::Solutions(mut solutions) = store.query(query)? {
        if let Some(Term::Literal(n)) = solutions
            .next()
            .transpose()?
            .and_then(|s| s.get(variable).cloned())
        {
            return Ok(n.value().parse().ok());
        }
    }
    Ok(None)
}

/// The integer a summary node holds for `predicate`, if any.
fn stored_integer(
    store: &GraphStore,
    subject: &NamedNode,
    predicate: NamedNodeRef<'_>,
) -> Result<Option<u64>, StoreError> {
    Ok(store
        .objects(subject, predicate, SUMMARY_GRAPH)?
        .first()
        .and_then(|t| match t {
            Term::Literal(n) => n.value().parse().ok(),
            _ => None,
        }))
}

/// A count as an `xsd:integer` literal.
fn integer(n: u64) -> Literal {
    Literal::from(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `<graph/summary> ng:articleQuads N`: the quads in article graphs, for `queries/stats.rq`.
fn article_quads_quad(n: u64) -> Quad {
    let graph = NamedNode::new_unchecked(SUMMARY_GRAPH);
    Quad::new(
        graph.clone(),
        ng::ARTICLE_QUADS.into_owned(),
        integer(n),
        graph,
    )
}

/// The stored number of quads in article graphs, when the summary is complete.
fn stored_article_quads(store: &GraphStore) -> Result<Option<u64>, StoreError> {
    if !store.contains_quad(&complete_mark())? {
        return Ok(None);
    }
    let summary = NamedNode::new_unchecked(SUMMARY_GRAPH);
    stored_integer(store, &summary, ng::ARTICLE_QUADS)
}

/// Distinct meetings and reporting articles per pair of parties, from one
/// scan of the `ng:meetingPair` keys. The scan follows the store's
/// predicate-object-subject-graph index, so each pair's keys come together
/// and, within a pair, each meeting's: only one pair's articles are held at
/// a time (a `COUNT(DISTINCT)` per pair over the whole store would hold every
/// meeting, over 1 GB at 100k articles).
fn recount_pairs(store: &GraphStore) -> Result<PairCounts, StoreError> {
    let mut counts = PairCounts::new();
    let mut current: Option<(NamedNode, PairCount)> = None;
    let mut last_event: Option<NamedOrBlankNode> = None;
    let mut articles: HashSet<oxigraph::model::GraphName> = HashSet::new();
    let mut finish = |pair: NamedNode, count: PairCount, articles: usize| {
        if let Some(key) = MeetingPair::of(pair.as_str()) {
            let count = PairCount {
                articles: articles as u64,
                ..count
            };
            counts.insert((key.first.into(), key.second.into()), count);
        }
    };
    for quad in store.quads_with_predicate(ng::MEETING_PAIR) {
        let quad = quad?;
        let Term::NamedNode(pair) = quad.object else {
            continue;
        };
        if current.as_ref().is_none_or(|(p, _)| *p != pair) {
            if let Some((done, count)) = current.take() {
                finish(done, count, articles.len());
            }
            current = Some((pair, PairCount::default()));
            last_event = None;
            articles.clear();
        }
        let Some((_, count)) = current.as_mut() else {
            continue;
        };
        if last_event.as_ref() != Some(&quad.subject) {
            count.meetings += 1;
            last_event = Some(quad.subject);
        }
        articles.insert(quad.graph_name);
    }
    if let Some((done, count)) = current.take() {
        finish(done, count, articles.len());
    }
    Ok(counts)
}

fn pair_iri((first, second): &PairKey) -> NamedNode {
    MeetingPair { first, second }.iri()
}

fn is_pair(subject: &NamedOrBlankNode) -> bool {
    matches!(subject, NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with(PAIR))
}

fn is_cell(subject: &NamedOrBlankNode) -> bool {
    matches!(subject, NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with(TIMELINE))
}

/// Adds `pairs` to the pair counts stored in the summary graph, a pair at a
/// time, each new pair with its two parties.
fn add_pairs(
    store: &GraphStore,
    pairs: impl IntoIterator<Item = Result<(PairKey, PairCount), StoreError>>,
) -> Result<(), StoreError> {
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(SUMMARY_GRAPH));
    // The quads of a pair with these counts, with its parties when it is new.
    let pair_quads = |key: &PairKey, counts: PairCount, new: bool| {
        let pair = pair_iri(key);
        let quad = |predicate: NamedNodeRef, object: Term| {
            Quad::new(pair.clone(), predicate, object, graph.clone())
        };
        let mut quads = Vec::with_capacity(4);
        if new {
            for (predicate, party) in [(ng::FIRST_PARTY, &key.0), (ng::SECOND_PARTY, &key.1)] {
                quads.push(quad(predicate, MeetingPair::entity(party).into()));
            }
        }
        quads.push(quad(ng::MEETINGS, integer(counts.meetings).into()));
        quads.push(quad(ng::ARTICLES, integer(counts.articles).into()));
        quads
    };
    // None stored yet (a first ingest, or a recount): no lookups, and the
    // quads stream into one bulk load instead of being held at once.
    if !store.has_quad_with(None, ng::MEETINGS)? {
        // A pair that cannot be read stops the load; the summary stays unmarked.
        let mut failed = None;
        store.insert_new(
            pairs
                .into_iter()
                .map_while(|pair| pair.map_err(|error| failed = Some(error)).ok())
                .flat_map(|(key, counts)| pair_quads(&key, counts, true)),
        )?;
        return failed.map_or(Ok(()), Err);
    }
    let stored = |pair: &NamedNode, predicate| stored_integer(store, pair, predicate);
    let (mut stale, mut fresh) = (Vec::new(), Vec::new());
    for pair in pairs {
        let (key, added) = pair?;
        let pair = pair_iri(&key);
        let before = match (stored(&pair, ng::MEETINGS)?, stored(&pair, ng::ARTICLES)?) {
            (Some(meetings), Some(articles)) => {
                let before = PairCount { meetings, articles };
                stale.extend(pair_quads(&key, before, false));
                Some(before)
            }
            _ => None,
        };
        let base = before.unwrap_or_default();
        let after = PairCount {
            meetings: base.meetings + added.meetings,
            articles: base.articles + added.articles,
        };
        fresh.extend(pair_quads(&key, after, before.is_none()));
        if fresh.len() >= 4_000 {
            store.change_quads(&std::mem::take(&mut stale), &std::mem::take(&mut fresh))?;
        }
    }
    store.change_quads(&stale, &fresh)
}

/// Writes the summary graph for these per-cell event counts: the cells with
/// their running "events after" sums, the number of quads in article graphs,
/// adds `pairs` to the pair counts, then writes the completeness mark.
fn write(
    store: &GraphStore,
    counted: Vec<(NamedNode, u64)>,
    pairs: impl IntoIterator<Item = Result<(PairKey, PairCount), StoreError>>,
    article_quads: u64,
) -> Result<usize, StoreError> {
    // Unmarked while it changes: a run stopped half-way leaves it unmarked, and
    // the next run recomputes it whole.
    store.remove_quad(&complete_mark())?;
    let mut cells: Vec<(Cell, u64)> = counted
        .iter()
        .filter(|(_, events)| *events > 0)
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
    store.update_graph(SUMMARY_GRAPH, quads, is_cell)?;
    crate::checkpoint::reached("summary");
    let summary = NamedNode::new_unchecked(SUMMARY_GRAPH);
    let stale: Vec<Quad> = store
        .objects(&summary, ng::ARTICLE_QUADS, SUMMARY_GRAPH)?
        .into_iter()
        .map(|n| Quad {
            object: n,
            ..article_quads_quad(0)
        })
        .collect();
    store.change_quads(&stale, &[article_quads_quad(article_quads)])?;
    add_pairs(store, pairs)?;
    store.insert_quad(&complete_mark())?;
    Ok(count)
}

/// `<graph/summary> prov:wasAttributedTo <tool/VERSION>`: present only while the
/// summary is whole and current. (Attributed to, not generated by: the tool is
/// a `prov:SoftwareAgent`, not a `prov:Activity`.)
fn complete_mark() -> Quad {
    let graph = NamedNode::new_unchecked(SUMMARY_GRAPH);
    Quad::new(
        graph.clone(),
        crate::vocab::prov::WAS_ATTRIBUTED_TO.into_owned(),
        crate::describe::tool_iri(),
        graph,
    )
}

/// The summary's per-cell counts as stored (the caller knows them complete).
fn stored_counts(store: &GraphStore) -> Result<HashMap<NamedNode, u64>, StoreError> {
    let query = format!(
        "SELECT ?cell ?events WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?cell {} ?events }} }}",
        ng::EVENTS
    );
    let mut counts = HashMap::new();
    if let QueryResults::Solutions(solutions) = store.query(&query)? {
        for solution in solutions {
            let solution = solution?;
            if let (Some(Term::NamedNode(cell)), Some(Term::Literal(events))) =
                (solution.get("cell"), solution.get("events"))
            {
                if let Ok(events) = events.value().parse::<u64>() {
                    counts.insert(cell.clone(), events);
                }
            }
        }
    }
    Ok(counts)
}

/// The timeline cells of the events one ingest run adds, counted as the run
/// writes them, so that a run that only adds articles updates the summary
/// without scanning the store (a scan right after a bulk load costs about a
/// third more peak memory). A run that replaces an article, or a store whose
/// summary is not marked complete, falls back to [`refresh`].
///
/// An event counts where the run first reports it. Which report is first is
/// settled at the end of the run ([`FirstReports`]), not by remembering every
/// event seen, so the run's memory does not grow with its events.
pub struct RunCells {
    /// Reports of events new to the store, towards their cells and pairs.
    reports: FirstReports,
    /// The timeline cells reported, by number.
    cells: Vec<NamedNode>,
    cell_numbers: HashMap<NamedNode, u32>,
    /// Meetings and reporting articles per pair of parties.
    pairs: RunPairs,
    /// Whether the store held no event before the run: nothing to look up.
    empty_store: bool,
    /// Whether the summary was marked complete when the run started.
    was_complete: bool,
    /// Quads in article graphs before the run, when known without a scan.
    article_quads_before: Option<u64>,
    /// Quads of the articles the run wrote, and of the versions it replaced.
    quads_added: u64,
    quads_removed: u64,
    full_refresh: bool,
}

impl RunCells {
    /// Reads what the run builds on, then marks the summary stale (durably,
    /// before any article is written): a run killed from here until
    /// [`RunCells::finish`] marks it complete again leaves a summary every
    /// reader detects as stale ([`is_current`]) and rebuilds.
    pub fn start(store: &GraphStore) -> Result<Self, StoreError> {
        let was_complete = store.contains_quad(&complete_mark())?;
        let no_articles = !store.has_article_graph()?;
        let article_quads_before = match was_complete {
            true => stored_article_quads(store)?,
            false if no_articles => Some(0),
            false => None,
        };
        store.remove_quad(&complete_mark())?;
        store.flush()?;
        crate::checkpoint::reached("start");
        Ok(Self {
            reports: FirstReports::new(store.directory().map(Into::into)),
            cells: Vec::new(),
            cell_numbers: HashMap::new(),
            pairs: RunPairs::new(store.directory().map(Into::into)),
            empty_store: !store.has_quad_with(None, ng::TIMELINE_CELL)?,
            was_complete,
            article_quads_before,
            quads_added: 0,
            quads_removed: 0,
            full_refresh: false,
        })
    }

    /// Notes the events of these descriptions that are new to the store.
    pub fn note(
        &mut self,
        store: &GraphStore,
        descriptions: &[Description],
    ) -> Result<(), StoreError> {
        self.quads_added += descriptions
            .iter()
            .map(|d| d.quads.len() as u64)
            .sum::<u64>();
        if self.full_refresh {
            return Ok(());
        }
        for description in descriptions {
            self.reports.next_article();
            // Events of this article that no article in the store reports yet.
            let mut new_events = HashSet::new();
            for (event, cell) in named_links(&description.quads, ng::TIMELINE_CELL) {
                if !self.empty_store && store.has_quad_with(Some(event), ng::TIMELINE_CELL)? {
                    continue;
                }
                new_events.insert(event);
                let cell = self.cell_number(cell);
                self.reports
                    .add(event_key(event), Target::Cell(cell))
                    .map_err(StoreError::Spill)?;
            }
            // The article is new (a replacing run recounts everything): one more
            // article for each pair it reports, one more meeting for each new
            // event it reports first.
            let mut article_pairs = HashSet::new();
            for (event, pair) in named_links(&description.quads, ng::MEETING_PAIR) {
                let Some(key) = MeetingPair::of(pair.as_str()) else {
                    continue;
                };
                let parties = self.pairs.parties(key);
                if article_pairs.insert(parties) {
                    self.pairs.add_article(parties).map_err(StoreError::Spill)?;
                }
                if new_events.contains(event) {
                    self.reports
                        .add(event_key(event), Target::Pair(parties.0, parties.1))
                        .map_err(StoreError::Spill)?;
                }
            }
        }
        Ok(())
    }

    fn cell_number(&mut self, cell: &NamedNode) -> u32 {
        if let Some(n) = self.cell_numbers.get(cell) {
            return *n;
        }
        let n = u32::try_from(self.cells.len()).expect("fewer than 2^32 cells");
        self.cells.push(cell.clone());
        self.cell_numbers.insert(cell.clone(), n);
        n
    }

    /// An article of the run replaced an older version: counts may fall, so
    /// the run ends with a whole refresh.
    /// `quads_removed` is how many quads the replaced versions held.
    pub fn mark_replaced(&mut self, quads_removed: usize) {
        self.quads_removed += quads_removed as u64;
        self.full_refresh = true;
        self.reports = FirstReports::new(None);
        self.cells = Vec::new();
        self.cell_numbers = HashMap::new();
        self.pairs = RunPairs::new(None);
    }

    /// Brings the summary graph up to date. Returns the number of cells.
    pub fn finish(self, store: &GraphStore) -> Result<usize, StoreError> {
        let article_quads = self
            .article_quads_before
            .map(|n| (n + self.quads_added).saturating_sub(self.quads_removed));
        if self.full_refresh {
            return refresh(store, article_quads);
        }
        let (mut counts, article_quads) = match (self.was_complete, article_quads) {
            (true, Some(n)) => (stored_counts(store)?, n),
            (false, Some(n)) if self.empty_store => (HashMap::new(), n),
            _ => return refresh(store, article_quads),
        };
        let mut added = vec![0u64; self.cells.len()];
        let mut pairs = self.pairs;
        self.reports
            .for_each_first(|_, targets| {
                let mut cell_counted = false;
                for target in targets {
                    match *target {
                        // An event has one cell; should it have more, the first counts.
                        Target::Cell(cell) if !cell_counted => {
                            added[cell as usize] += 1;
                            cell_counted = true;
                        }
                        Target::Cell(_) => {}
                        Target::Pair(a, b) => pairs.add_meeting((a, b))?,
                    }
                }
                Ok(())
            })
            .map_err(StoreError::Spill)?;
        for (cell, added) in self.cells.into_iter().zip(added) {
            if added > 0 {
                *counts.entry(cell).or_default() += added;
            }
        }
        let pairs = pairs.into_counts().map_err(StoreError::Spill)?;
        write(
            store,
            counts.into_iter().collect(),
            pairs.map(|pair| pair.map_err(StoreError::Spill)),
            article_quads,
        )
    }
}

/// The subject and object of each quad with `predicate` whose subject and
/// object are both IRIs.
fn named_links<'a>(
    quads: &'a [Quad],
    predicate: NamedNodeRef<'a>,
) -> impl Iterator<Item = (&'a NamedNode, &'a NamedNode)> + 'a {
    quads
        .iter()
        .filter(move |quad| quad.predicate.as_ref() == predicate)
        .filter_map(|quad| match (&quad.subject, &quad.object) {
            (NamedOrBlankNode::NamedNode(subject), Term::NamedNode(object)) => {
                Some((subject, object))
            }
            _ => None,
        })
}

/// An event IRI's key: the 80 bits of its hex hash (any other IRI: its hash).
fn event_key(event: &NamedNode) -> u128 {
    let hex = event.as_str().rsplit('/').next().unwrap_or("");
    u128::from_str_radix(hex, 16).unwrap_or_else(|_| {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        event.as_str().hash(&mut hasher);
        u128::from(hasher.finish()) | (1 << 127)
    })
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
        let cell = TimelineCell::of(iri.as_str())?;
        Some(Self {
            iri,
            period: cell.period.unwrap_or(""),
            event_type: cell.event_type,
            status: cell.status,
        })
    }

    /// Its type, event type, status, count, the events of its type with a
    /// later time stamp, and (when dated) its time stamp and month.
    fn describe(&self, events: u64, after: u64) -> Vec<Quad> {
        let graph = NamedNode::new_unchecked(SUMMARY_GRAPH);
        let quad = |predicate: NamedNodeRef, object: Term| {
            Quad::new(self.iri.clone(), predicate, object, graph.clone())
        };
        let typed = |value: &str, datatype: NamedNodeRef| {
            Literal::new_typed_literal(value, datatype).into()
        };
        let mut quads = vec![
            quad(rdf::TYPE, ng::TIMELINE_CELL_CLASS.into()),
            quad(ng::EVENT_TYPE, ng_class(self.event_type).into()),
            // The status's term, as the cell's IRI names it (`occurred`, `expected`).
            quad(
                ng::EVENT_STATUS,
                NamedNode::new_unchecked(ng(self.status)).into(),
            ),
            quad(ng::EVENTS, integer(events).into()),
            quad(ng::EVENTS_AFTER, integer(after).into()),
        ];
        let (period, month) = match self.period.len() {
            0 => return quads,
            4 => (xsd::G_YEAR, (self.period, xsd::G_YEAR)),
            7 => (xsd::G_YEAR_MONTH, (self.period, xsd::G_YEAR_MONTH)),
            _ => (
                xsd::DATE,
                (&self.period[..7.min(self.period.len())], xsd::G_YEAR_MONTH),
            ),
        };
        quads.push(quad(ng::PERIOD, typed(self.period, period)));
        quads.push(quad(ng::MONTH, typed(month.0, month.1)));
        quads
    }
}

/// One timeline cell as readers see it: the events of one time stamp, event
/// type and status (type and status by their local names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellCount {
    pub iri: NamedNode,
    /// The time stamp as the events state it (a day, a month or a year); `None` when undated.
    pub period: Option<String>,
    pub event_type: String,
    pub status: String,
    /// Distinct events in the cell.
    pub events: u64,
}

impl CellCount {
    /// The period, type and status a timeline cell IRI names; `events` is 0.
    pub fn from_iri(iri: &NamedNode) -> Option<Self> {
        let cell = Cell::parse(iri)?;
        Some(Self {
            iri: iri.clone(),
            period: (!cell.period.is_empty()).then(|| cell.period.to_string()),
            event_type: cell.event_type.to_string(),
            status: cell.status.to_string(),
            events: 0,
        })
    }
}

/// Every timeline cell of the summary graph with its number of events: one
/// scan of the `ng:events` index range (a few thousand cells at 100k
/// articles). The caller checks [`is_current`] first.
pub fn timeline_cells(store: &GraphStore) -> Result<Vec<CellCount>, StoreError> {
    let mut cells = Vec::new();
    for quad in store.quads_matching(None, ng::EVENTS, None, Some(SUMMARY_GRAPH)) {
        let quad = quad?;
        let (NamedOrBlankNode::NamedNode(iri), Term::Literal(n)) = (&quad.subject, &quad.object)
        else {
            continue;
        };
        if let (Some(cell), Ok(events)) = (CellCount::from_iri(iri), n.value().parse()) {
            cells.push(CellCount { events, ..cell });
        }
    }
    Ok(cells)
}

/// A pair of meeting parties as the summary graph counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairCountRow {
    pub pair: NamedNode,
    pub first: NamedNode,
    pub second: NamedNode,
    pub meetings: u64,
    pub articles: u64,
}

/// The `limit` pairs with the most meetings, then the most articles, then by
/// pair IRI; only the pairs of `entity` when given. Reads the `ng:meetings`
/// index range (one entry per pair) or the entity's pairs, and looks up the
/// rest only for the pairs that can make the cut, so nothing is sorted in
/// SPARQL. The caller checks [`is_current`] first.
pub fn top_pairs(
    store: &GraphStore,
    entity: Option<&NamedNode>,
    limit: usize,
) -> Result<Vec<PairCountRow>, StoreError> {
    let mut candidates = match entity {
        Some(entity) => pairs_of(store, entity)?,
        None => pairs_with_most_meetings(store, limit)?,
    };
    candidates.sort_by_key(|c| std::cmp::Reverse(c.1));
    // Pairs tied with the last one that fits may still win on articles.
    let cut = candidates.get(limit.saturating_sub(1)).map_or(0, |c| c.1);
    candidates.retain(|c| c.1 >= cut);
    let mut rows = Vec::with_capacity(candidates.len());
    for (pair, meetings) in candidates {
        let articles = stored_integer(store, &pair, ng::ARTICLES)?.unwrap_or(0);
        rows.push((pair, meetings, articles));
    }
    rows.sort_by(|a, b| {
        (b.1, b.2)
            .cmp(&(a.1, a.2))
            .then_with(|| a.0.as_str().cmp(b.0.as_str()))
    });
    rows.truncate(limit);
    let mut pairs = Vec::with_capacity(rows.len());
    for (pair, meetings, articles) in rows {
        let parties = (
            stored_party(store, &pair, ng::FIRST_PARTY)?,
            stored_party(store, &pair, ng::SECOND_PARTY)?,
        );
        if let (Some(first), Some(second)) = parties {
            pairs.push(PairCountRow {
                pair,
                first,
                second,
                meetings,
                articles,
            });
        }
    }
    Ok(pairs)
}

/// Every pair `entity` takes part in, with its meeting count.
fn pairs_of(store: &GraphStore, entity: &NamedNode) -> Result<Vec<(NamedNode, u64)>, StoreError> {
    let party = Term::NamedNode(entity.clone());
    let mut candidates = Vec::new();
    for role in [ng::FIRST_PARTY, ng::SECOND_PARTY] {
        for quad in store.quads_matching(None, role, Some(&party), Some(SUMMARY_GRAPH)) {
            if let NamedOrBlankNode::NamedNode(pair) = quad?.subject {
                let n = stored_integer(store, &pair, ng::MEETINGS)?;
                candidates.extend(n.map(|n| (pair, n)));
            }
        }
    }
    Ok(candidates)
}

/// The pairs with at least as many meetings as the `limit`-th pair.
fn pairs_with_most_meetings(
    store: &GraphStore,
    limit: usize,
) -> Result<Vec<(NamedNode, u64)>, StoreError> {
    // SPARQL compares the encoded counts without reading any pair's IRI
    // (decoding every pair costs seconds at 100k articles): first the count
    // of the last pair that fits, then the pairs with as many.
    let meetings = ng::MEETINGS;
    let nth = format!(
        "SELECT ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?pair {meetings} ?n }} }} ORDER BY DESC(?n) LIMIT 1 OFFSET {}",
        limit.saturating_sub(1)
    );
    let cut = query_count(store, &nth, "n")?.unwrap_or(0);
    let at_least = format!(
        "SELECT ?pair ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?pair {meetings} ?n }} FILTER(?n >= {cut}) }}"
    );
    let mut candidates = Vec::new();
    if let QueryResults::Solutions(solutions) = store.query(&at_least)? {
        for solution in solutions {
            let solution = solution?;
            let n = match solution.get("n") {
                Some(Term::Literal(n)) => n.value().parse::<u64>().ok(),
                _ => None,
            };
            if let (Some(Term::NamedNode(pair)), Some(n)) = (solution.get("pair"), n) {
                candidates.push((pair.clone(), n));
            }
        }
    }
    Ok(candidates)
}

/// The party a pair names under `role`.
fn stored_party(
    store: &GraphStore,
    pair: &NamedNode,
    role: NamedNodeRef<'_>,
) -> Result<Option<NamedNode>, StoreError> {
    Ok(store
        .objects(pair, role, SUMMARY_GRAPH)?
        .into_iter()
        .find_map(|t| match t {
            Term::NamedNode(n) => Some(n),
            _ => None,
        }))
}
