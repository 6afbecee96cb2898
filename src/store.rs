//! Stage 6, store: the embedded Oxigraph store. Entry point: [`GraphStore`].
//! The only module that knows about Oxigraph's storage and SPARQL engine.
//!
//! Each article is one named graph. New articles go through the bulk loader
//! in chunks (each chunk commits atomically, so an article is stored whole or
//! not at all); an article whose graph already exists is replaced in its own
//! transaction. Queries see the union of all graphs as the default graph.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store, StoreOptions};

mod load_thread;

use crate::describe::Description;
pub use crate::vocab::ONTOLOGY_GRAPH;
use crate::vocab::{GAZETTEER_GRAPH, PREFIXES, STORE_RESTORED_DATATYPES, SUMMARY_GRAPH};
use load_thread::LoadThread;

/// Prefixes every query may use undeclared, beside the project's own.
const QUERY_PREFIXES: &[(&str, &str)] = &[("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")];

/// Table files an ingest keeps open. RocksDB keeps the index and filter blocks
/// of every open table file in memory, so with the default (one file per
/// descriptor the process may open) an ingest's memory grows with the store:
/// 100k articles, 417 MiB peak; with 64, 378 MiB. Queries keep the default: a
/// whole-store scan over a bounded table cache reopens files (who-met-whom on
/// a fresh 100k store: 3.1 s instead of 1.8 s).
const INGEST_MAX_OPEN_FILES: u32 = 64;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The store directory could not be opened (locked by another process, not a store, …).
    #[error("cannot open the store at {path}: {source}")]
    Open { path: String, source: StorageError },
    /// The store's directory (or a parent) could not be created.
    #[error("cannot create the store directory {path}: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },
    /// Reading or writing the store failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The SPARQL text does not parse.
    #[error("invalid SPARQL: {0}")]
    Syntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    /// The SPARQL text of `query` does not parse: the parser's message, made
    /// short (see [`syntax_message`]).
    #[error("{0}")]
    QuerySyntax(String),
    /// The query failed while running.
    #[error("query failed: {0}")]
    Evaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
    /// The temporary file that holds an ingest run's event reports and pair
    /// tallies failed.
    #[error("counting the run's events and pairs (free space next to the store?): {0}")]
    Spill(std::io::Error),
    /// A SPARQL update (a migration) failed.
    #[error("updating the store failed: {0}")]
    Update(#[from] oxigraph::sparql::UpdateEvaluationError),
    /// The store was written by a newer newsgraph.
    #[error("the store was written by a newer newsgraph (RDF model version {0}; this one writes version {v}): use that version, or ingest into a new store", v = crate::vocab::STORE_MODEL_VERSION)]
    NewerModel(u32),
    /// A bundled RDF file does not parse.
    #[error("cannot load bundled RDF: {0}")]
    Parse(String),
    /// `query` was given a SPARQL UPDATE.
    #[error("the store is read-only for `query`: SPARQL UPDATE (INSERT, DELETE, LOAD, CLEAR, …) is refused")]
    ReadOnly,
    /// The query ran longer than its time limit.
    #[error("the query was stopped after {0} s (--timeout)")]
    Timeout(f64),
    /// A reading verb was pointed at a directory that holds no store.
    #[error("{path}: no newsgraph store there ({reason}); create one with `newsgraph ingest --store {path} FILES`")]
    NotAStore { path: String, reason: &'static str },
}

impl StoreError {
    /// Whether the store could not be opened because another process holds it.
    pub fn is_lock(&self) -> bool {
        matches!(self, StoreError::Open { source, .. } if source.to_string().contains("lock"))
    }
}

/// When an ingest commits what it has loaded: every `articles` new articles or
/// every `interval`, whichever comes first. A killed run loses at most one
/// batch; smaller batches cost more table files to compact.
#[derive(Debug, Clone, Copy)]
pub struct CommitPolicy {
    pub articles: usize,
    pub interval: std::time::Duration,
}

impl Default for CommitPolicy {
    fn default() -> Self {
        Self {
            articles: COMMIT_EVERY,
            interval: std::time::Duration::from_secs(30),
        }
    }
}

/// Articles a bulk load holds before it commits (by default; see
/// [`CommitPolicy`]): bounds what a crash loses and the memory the set of
/// pending graph names takes.
const COMMIT_EVERY: usize = 5_000;
/// Quads in one sorted run of the bulk loader. Each run becomes one level-0
/// table file per index, which RocksDB then merges into level 1 (keys lead
/// with hashes, so a merge rewrites most of that level), and the ingest's
/// final flush waits until fewer than 20 level-0 files are left per index.
/// Runs of 16,000 quads (two threads sharing 32 MB) left ~80 such files per
/// index; runs of 128,000 on one thread cut a 10k-article ingest's wall time
/// by a fifth and its CPU time by 8% (BENCHMARKS.md), for ~110 MiB more peak
/// memory (the run waiting in the loader's batch while the run before is
/// encoded into Oxigraph's hash sets). Runs of 96,000 keep that speed for
/// 15-40 MiB less; runs of 64,000 saved ~70 MiB more but made a 10k ingest
/// ~15% slower in wall time, and 32,000 another 21 MiB at 100k for 11% more
/// CPU (compaction; BENCHMARKS.md, stop 33).
const LOADER_RUN: usize = 96_000;
/// Threads sorting runs: one, so the run stays large within the memory
/// Oxigraph sizes runs by (its memory limit divided by its threads) while the
/// writer gathers the next run and the extraction keeps the other core.
const LOADER_THREADS: usize = 1;
/// Quads changed per transaction by [`GraphStore::update_graph`].
const UPDATE_CHUNK: usize = 5_000;

/// Writes articles to a store: new ones through one long bulk load (as fast as
/// Oxigraph loads), known ones replaced in a transaction each. Nothing loaded
/// is visible before [`ArticleWriter::finish`] (or an intermediate commit), and
/// each commit is atomic, so an article is stored whole or not at all. An
/// intermediate commit runs on the loader's thread while the writer goes on
/// ([`load_thread`]): a killed run loses at most the batch being committed
/// and the one after it.
pub struct ArticleWriter<'a> {
    store: &'a GraphStore,
    loader: Option<LoadThread>,
    /// Graphs in the current, uncommitted load.
    pending: HashSet<NamedNode>,
    /// Graphs of the commits still running.
    committing: HashSet<NamedNode>,
    /// Quads waiting to go to the loader together, in the articles' own
    /// vectors: each is freed as the loader takes its quads, so that a run
    /// is not held twice (here and in the loader's batch) while the loader
    /// waits for its thread to finish the run before (18 MiB at 128,000 quads).
    buffer: Vec<Vec<Quad>>,
    /// Quads in `buffer`.
    buffered: usize,
    policy: CommitPolicy,
    last_commit: std::time::Instant,
}

/// Quads written by transactions between two flushes of RocksDB's memtables,
/// which Oxigraph sizes for throughput (hundreds of MB): re-ingesting 10,000
/// stored articles into a 110k store peaked at 2 GB without flushes.
const TRANSACTION_FLUSH_EVERY: usize = 10_000;

impl ArticleWriter<'_> {
    pub fn write(&mut self, chunk: Vec<Description>) -> Result<WriteCounts, StoreError> {
        let mut counts = WriteCounts::default();
        for description in chunk {
            counts.quads += description.quads.len();
            counts.events += description.n_events;
            if self.loader.as_mut().map(LoadThread::settled).transpose()? == Some(true) {
                self.committing.clear();
            }
            if self.pending.contains(&description.graph) {
                // The same article twice in one load: commit what came before, then replace.
                self.commit(false)?;
                self.wait_for_commits()?;
                counts.quads_removed += self.store.replace(&description)?;
                counts.replaced += 1;
            } else if self.committing.contains(&description.graph) {
                // In a commit still running: once it is done, a known article.
                self.wait_for_commits()?;
                counts.quads_removed += self.store.replace(&description)?;
                counts.replaced += 1;
            } else if self
                .store
                .store
                .contains_named_graph(description.graph.as_ref())?
            {
                counts.quads_removed += self.store.replace(&description)?;
                counts.replaced += 1;
            } else {
                // The loader writes one sorted run per call, and a call's
                // remainder beyond a whole run makes a run of its own: hand it
                // whole runs (an article may span two; the commit is atomic).
                self.buffered += description.quads.len();
                self.buffer.push(description.quads);
                while self.buffered >= LOADER_RUN {
                    let run = take_run(&mut self.buffer, LOADER_RUN);
                    self.buffered -= LOADER_RUN;
                    let store = &self.store.store;
                    let loader = self
                        .loader
                        .get_or_insert_with(|| LoadThread::start(store.clone()));
                    loader.load(run, false)?;
                }
                self.pending.insert(description.graph);
                counts.added += 1;
                if self.pending.len() >= self.policy.articles
                    || self.last_commit.elapsed() >= self.policy.interval
                {
                    self.commit(false)?;
                }
            }
        }
        Ok(counts)
    }

    /// Starts committing the load: its last, partial run, then the commit,
    /// which the loader's thread finishes while the writer goes on. `last`:
    /// no article follows, so the partial run may sort beside the run before
    /// it (mid-run, the writer gathers the next run meanwhile: three runs in
    /// memory at once, 15-40 MiB more peak RSS at 10k).
    fn commit(&mut self, last: bool) -> Result<(), StoreError> {
        if !self.pending.is_empty() {
            let store = &self.store.store;
            let loader = self
                .loader
                .get_or_insert_with(|| LoadThread::start(store.clone()));
            if self.buffered > 0 {
                loader.load(std::mem::take(&mut self.buffer), last)?;
                self.buffered = 0;
            }
            loader.commit()?;
            self.committing.extend(self.pending.drain());
        }
        self.last_commit = std::time::Instant::now();
        Ok(())
    }

    fn wait_for_commits(&mut self) -> Result<(), StoreError> {
        if let Some(loader) = self.loader.as_mut() {
            loader.wait()?;
        }
        self.committing.clear();
        Ok(())
    }

    /// Commits everything written, and waits for it.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.commit(true)?;
        self.wait_for_commits()
    }
}

/// The first `quads` quads of `buffer` (which holds at least that many),
/// taken out in the same order; an article's vector split where the run ends.
fn take_run(buffer: &mut Vec<Vec<Quad>>, quads: usize) -> Vec<Vec<Quad>> {
    let mut whole = 0;
    let mut taken = 0;
    while whole < buffer.len() && taken + buffer[whole].len() <= quads {
        taken += buffer[whole].len();
        whole += 1;
    }
    let mut run: Vec<Vec<Quad>> = buffer.drain(..whole).collect();
    if taken < quads {
        let first = &mut buffer[0];
        let rest = first.split_off(quads - taken);
        run.push(std::mem::replace(first, rest));
    }
    run
}

/// What one ingest chunk did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WriteCounts {
    pub added: usize,
    pub replaced: usize,
    pub quads: usize,
    pub events: usize,
    /// Quads of the replaced articles' earlier versions.
    pub quads_removed: usize,
}

pub struct GraphStore {
    store: Store,
    /// The store's directory; none in memory.
    directory: Option<std::path::PathBuf>,
    /// Quads written by transactions since the memtables were last flushed.
    unflushed: std::sync::atomic::AtomicUsize,
}

impl GraphStore {
    /// Opens (creating if needed) the persistent store at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, StoreOptions::default())
    }

    /// Opens the store at `path` for a long ingest: memory bounded by
    /// [`INGEST_MAX_OPEN_FILES`] rather than by the size of the store.
    pub fn open_for_ingest(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(
            path,
            StoreOptions::default().with_max_open_files(INGEST_MAX_OPEN_FILES),
        )
    }

    /// Opens the store at `path` for reading verbs: refuses a path that holds
    /// no store rather than creating an empty one there.
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        let not_a_store = |reason| StoreError::NotAStore {
            path: path.display().to_string(),
            reason,
        };
        if !path.exists() {
            return Err(not_a_store("no such directory"));
        }
        if !path.is_dir() {
            return Err(not_a_store("not a directory"));
        }
        // RocksDB's pointer to its current manifest: every store has one.
        if !path.join("CURRENT").is_file() {
            return Err(not_a_store("no RocksDB CURRENT file"));
        }
        Self::open(path)
    }

    fn open_with(path: &Path, options: StoreOptions) -> Result<Self, StoreError> {
        // RocksDB creates the store's directory but not its parents
        // (`--store runs/2024/store`).
        std::fs::create_dir_all(path).map_err(|source| StoreError::CreateDir {
            path: path.display().to_string(),
            source,
        })?;
        let store = Store::open_with_options(path, options).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        // Holding the store's lock now, no other process is loading into it:
        // table files of a bulk load that never committed are debris.
        remove_uncommitted_loads(path)?;
        Ok(Self {
            store,
            directory: Some(path.to_path_buf()),
            unflushed: Default::default(),
        })
    }

    /// A store in memory, for tests and dry runs.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self {
            store: Store::new()?,
            directory: None,
            unflushed: Default::default(),
        })
    }

    /// The store's directory; `None` for a store in memory.
    pub fn directory(&self) -> Option<&Path> {
        self.directory.as_deref()
    }

    /// Starts writing articles; see [`ArticleWriter`].
    pub fn writer(&self) -> ArticleWriter<'_> {
        self.writer_with(CommitPolicy::default())
    }

    /// Starts writing articles, committing as `policy` says.
    pub fn writer_with(&self, policy: CommitPolicy) -> ArticleWriter<'_> {
        ArticleWriter {
            store: self,
            loader: None,
            pending: HashSet::new(),
            committing: HashSet::new(),
            buffer: Vec::new(),
            buffered: 0,
            policy,
            last_commit: std::time::Instant::now(),
        }
    }

    /// Writes a chunk of article descriptions and commits them.
    pub fn write(&self, chunk: Vec<Description>) -> Result<WriteCounts, StoreError> {
        let mut writer = self.writer();
        let counts = writer.write(chunk)?;
        writer.finish()?;
        Ok(counts)
    }

    /// Replaces an article's graph; returns the number of quads it held.
    fn replace(&self, description: &Description) -> Result<usize, StoreError> {
        let mut transaction = self.store.start_transaction()?;
        let mut removed = 0;
        for quad in
            transaction.quads_for_pattern(None, None, None, Some(description.graph.as_ref().into()))
        {
            quad?;
            removed += 1;
        }
        transaction.clear_graph(description.graph.as_ref())?;
        transaction.extend(description.quads.iter());
        transaction.commit()?;
        self.written_in_transactions(description.quads.len())?;
        Ok(removed)
    }

    /// Flushes the memtables once [`TRANSACTION_FLUSH_EVERY`] quads have gone
    /// through transactions (removals fill them like insertions).
    fn written_in_transactions(&self, quads: usize) -> Result<(), StoreError> {
        use std::sync::atomic::Ordering;
        if self.unflushed.fetch_add(quads, Ordering::Relaxed) + quads >= TRANSACTION_FLUSH_EVERY {
            self.unflushed.store(0, Ordering::Relaxed);
            self.flush()?;
        }
        Ok(())
    }

    /// Whether the store holds any article graph (a graph other than the
    /// gazetteer, ontology and summary graphs).
    pub fn has_article_graph(&self) -> Result<bool, StoreError> {
        let shared = [GAZETTEER_GRAPH, ONTOLOGY_GRAPH, SUMMARY_GRAPH];
        for graph in self.store.named_graphs() {
            let graph = graph?;
            if !matches!(&graph, NamedOrBlankNode::NamedNode(n) if shared.contains(&n.as_str())) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Replaces the whole content of a shared graph (gazetteer, ontology).
    pub fn replace_graph(&self, graph: &str, quads: Vec<Quad>) -> Result<(), StoreError> {
        // Into a store without the graph (a new store), the bulk loader
        // writes it in one atomic commit at a fraction of a transaction's CPU.
        if self.graph_quads(graph).next().is_none() {
            return self.insert_new(quads);
        }
        let graph = NamedNode::new_unchecked(graph);
        let mut transaction = self.store.start_transaction()?;
        transaction.clear_graph(graph.as_ref())?;
        transaction.extend(quads.iter());
        transaction.commit()?;
        Ok(())
    }

    pub fn contains_quad(&self, quad: &Quad) -> Result<bool, StoreError> {
        Ok(self.store.contains(quad)?)
    }

    pub fn insert_quad(&self, quad: &Quad) -> Result<(), StoreError> {
        self.store.insert(quad)?;
        Ok(())
    }

    pub fn remove_quad(&self, quad: &Quad) -> Result<(), StoreError> {
        self.store.remove(quad)?;
        Ok(())
    }

    /// Whether any graph has a quad with this predicate (and subject, when given).
    pub fn has_quad_with(
        &self,
        subject: Option<&NamedNode>,
        predicate: NamedNodeRef<'_>,
    ) -> Result<bool, StoreError> {
        Ok(self
            .store
            .quads_for_pattern(
                subject.map(|s| s.as_ref().into()),
                Some(predicate),
                None,
                None,
            )
            .next()
            .transpose()?
            .is_some())
    }

    /// Every quad of `graph`.
    fn graph_quads(&self, graph: &str) -> impl Iterator<Item = Result<Quad, StorageError>> + '_ {
        let graph = NamedNode::new_unchecked(graph);
        self.store.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(graph.as_ref())),
        )
    }

    /// Makes the quads of `graph` whose subject `in_scope` accepts exactly
    /// `quads`, writing only the difference, in transactions of at most
    /// `UPDATE_CHUNK` quads each (a whole-graph transaction keeps every change
    /// in memory), or through the bulk loader when more than that are new;
    /// the graph's other quads stay. Not atomic as a whole: for
    /// derived graphs rewritten from the article graphs anyway (the summary).
    pub fn update_graph(
        &self,
        graph: &str,
        quads: Vec<Quad>,
        in_scope: impl Fn(&NamedOrBlankNode) -> bool,
    ) -> Result<(), StoreError> {
        let mut wanted: HashSet<Quad> = quads.into_iter().collect();
        let mut stale = Vec::new();
        for quad in self.graph_quads(graph) {
            let quad = quad?;
            if in_scope(&quad.subject) && !wanted.remove(&quad) {
                stale.push(quad);
            }
        }
        self.change_quads(&stale, &[])?;
        // Many new quads (the summary of a first large ingest: 100k and more)
        // go through the bulk loader: transactions of them cost as much CPU
        // as the rest of the writer's work.
        if wanted.len() >= UPDATE_CHUNK {
            return self.insert_new(wanted);
        }
        let fresh: Vec<Quad> = wanted.into_iter().collect();
        self.change_quads(&[], &fresh)
    }

    /// Removes the quads of `graph` whose subject `in_scope` accepts, a few
    /// thousand at a time (never all of them in memory).
    pub fn remove_subjects(
        &self,
        graph: &str,
        in_scope: impl Fn(&NamedOrBlankNode) -> bool,
    ) -> Result<(), StoreError> {
        let mut stale = Vec::with_capacity(UPDATE_CHUNK);
        for quad in self.graph_quads(graph) {
            let quad = quad?;
            if in_scope(&quad.subject) {
                stale.push(quad);
            }
            if stale.len() == UPDATE_CHUNK {
                self.change_quads(&std::mem::take(&mut stale), &[])?;
            }
        }
        self.change_quads(&stale, &[])
    }

    /// Inserts quads the store does not hold yet through the bulk loader,
    /// which writes sorted files directly: transactions would first fill
    /// RocksDB's memtables, sized by Oxigraph for throughput (hundreds of MB).
    pub fn insert_new(&self, quads: impl IntoIterator<Item = Quad>) -> Result<(), StoreError> {
        let mut loader = self.bulk_loader();
        loader.load_quads(quads)?;
        Ok(loader.commit()?)
    }

    /// A bulk loader writing runs of [`LOADER_RUN`] quads on [`LOADER_THREADS`] threads.
    fn bulk_loader(&self) -> oxigraph::store::BulkLoader<'_> {
        load_thread::bulk_loader(&self.store, LOADER_THREADS)
    }

    /// Removes `stale` and inserts `fresh`, in transactions of a few thousand quads.
    pub fn change_quads(&self, stale: &[Quad], fresh: &[Quad]) -> Result<(), StoreError> {
        for chunk in stale.chunks(UPDATE_CHUNK) {
            let mut transaction = self.store.start_transaction()?;
            for quad in chunk {
                transaction.remove(quad.as_ref());
            }
            transaction.commit()?;
            self.written_in_transactions(chunk.len())?;
        }
        for chunk in fresh.chunks(UPDATE_CHUNK) {
            let mut transaction = self.store.start_transaction()?;
            transaction.extend(chunk.iter());
            transaction.commit()?;
            self.written_in_transactions(chunk.len())?;
        }
        Ok(())
    }

    /// Every quad with `predicate`, in any graph, in the store's index order
    /// (by object, then subject, then graph).
    pub fn quads_with_predicate(
        &self,
        predicate: NamedNodeRef<'_>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        self.store
            .quads_for_pattern(None, Some(predicate), None, None)
            .map(|quad| Ok(quad?))
    }

    /// The quads matching a pattern (`None`: any), in the store's index
    /// order for that pattern; for readers that page or aggregate themselves.
    pub fn quads_matching(
        &self,
        subject: Option<&NamedNode>,
        predicate: NamedNodeRef<'_>,
        object: Option<&Term>,
        graph: Option<&str>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + '_ {
        let graph = graph.map(NamedNode::new_unchecked);
        self.store
            .quads_for_pattern(
                subject.map(|s| s.as_ref().into()),
                Some(predicate),
                object.map(Term::as_ref),
                graph.as_ref().map(|g| GraphNameRef::NamedNode(g.as_ref())),
            )
            .map(|quad| Ok(quad?))
    }

    /// The objects of `subject predicate ?o` in `graph`.
    pub fn objects(
        &self,
        subject: &NamedNode,
        predicate: NamedNodeRef<'_>,
        graph: &str,
    ) -> Result<Vec<Term>, StoreError> {
        let graph = NamedNode::new_unchecked(graph);
        self.store
            .quads_for_pattern(
                Some(subject.as_ref().into()),
                Some(predicate),
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            )
            .map(|quad| Ok(quad?.object))
            .collect()
    }

    pub fn has_graph(&self, graph: &str) -> Result<bool, StoreError> {
        Ok(self
            .store
            .contains_named_graph(NamedNodeRef::new_unchecked(graph))?)
    }

    /// Parses Turtle into quads of `graph`.
    pub fn turtle_quads(turtle: &str, graph: &str) -> Result<Vec<Quad>, StoreError> {
        RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(GraphName::NamedNode(NamedNode::new_unchecked(graph)))
            .for_reader(turtle.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| StoreError::Parse(e.to_string()))
    }

    /// Runs a SPARQL query; the default graph is the union of all graphs
    /// unless the query names its own with FROM.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(sparql, None)
    }

    /// [`GraphStore::query`] with the project's prefixes predeclared (`ng:`,
    /// `sem:`, `schema:`, …), stopped after `timeout` when one is given
    /// (results still streaming then fail with [`StoreError::Timeout`]).
    /// Refuses SPARQL UPDATE: queries never change the store.
    pub fn query_with(
        &self,
        sparql: &str,
        timeout: Option<std::time::Duration>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new();
        for (prefix, iri) in PREFIXES.iter().chain(QUERY_PREFIXES) {
            evaluator = evaluator
                .with_prefix(*prefix, *iri)
                .expect("the bundled prefixes are valid IRIs");
        }
        let token = CancellationToken::new();
        evaluator = evaluator.with_cancellation_token(token.clone());
        let mut prepared = match evaluator.clone().parse_query(sparql) {
            Ok(prepared) => prepared,
            Err(error) if evaluator.parse_update(sparql).is_ok() => {
                drop(error);
                return Err(StoreError::ReadOnly);
            }
            Err(error) => return Err(StoreError::QuerySyntax(syntax_message(sparql, &error))),
        };
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        if let Some(timeout) = timeout {
            // Detached: it outlives the results only by the timeout.
            std::thread::spawn(move || {
                std::thread::sleep(timeout);
                token.cancel();
            });
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|error| match (error, timeout) {
                (QueryEvaluationError::Cancelled, Some(t)) => StoreError::Timeout(t.as_secs_f64()),
                (error, _) => error.into(),
            })
    }

    /// Runs a SPARQL query like [`GraphStore::query`], stopped with
    /// `QueryEvaluationError::Cancelled` once `token` is cancelled (the
    /// server's per-query time limit).
    pub fn query_cancellable(
        &self,
        sparql: &str,
        token: oxigraph::sparql::CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new()
            .with_cancellation_token(token)
            .parse_query(sparql)?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.store).execute()?)
    }

    /// The names of the article graphs (every named graph but the gazetteer,
    /// ontology and summary graphs).
    pub fn article_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let shared = [GAZETTEER_GRAPH, ONTOLOGY_GRAPH, SUMMARY_GRAPH];
        let mut names = Vec::new();
        for name in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(node) = name? {
                if !shared.contains(&node.as_str()) {
                    names.push(node);
                }
            }
        }
        Ok(names)
    }

    /// Runs a SPARQL update (one transaction).
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        SparqlEvaluator::new()
            .parse_update(sparql)?
            .on_store(&self.store)
            .execute()?;
        Ok(())
    }

    /// Writes the store, or one graph of it, in `format`.
    pub fn export<W: Write>(
        &self,
        format: RdfFormat,
        graph: Option<&str>,
        writer: W,
    ) -> Result<W, StoreError> {
        let serializer = with_prefixes(RdfSerializer::from_format(format));
        match graph {
            Some(graph) => {
                let graph = NamedNode::new(graph)
                    .map_err(|e| StoreError::Parse(format!("graph IRI `{graph}`: {e}")))?;
                let mut out = serializer.for_writer(writer);
                for quad in self.store.quads_for_pattern(
                    None,
                    None,
                    None,
                    Some(GraphNameRef::NamedNode(graph.as_ref())),
                ) {
                    let mut quad = restore_datatype(quad?);
                    if format == RdfFormat::RdfXml {
                        quad.object = xml_safe(quad.object);
                    }
                    if format.supports_datasets() {
                        out.serialize_quad(&quad)?;
                    } else {
                        out.serialize_triple(quad.as_ref())?;
                    }
                }
                Ok(out.finish()?)
            }
            None if format.supports_datasets() => {
                let mut out = serializer.for_writer(writer);
                for quad in self.store.iter() {
                    out.serialize_quad(&restore_datatype(quad?))?;
                }
                Ok(out.finish()?)
            }
            None => {
                // A triple syntax holds one graph: write the union, each triple once.
                let mut out = serializer.for_writer(writer);
                let mut seen = HashSet::new();
                for quad in self.store.iter() {
                    let mut quad = restore_datatype(quad?);
                    if format == RdfFormat::RdfXml {
                        quad.object = xml_safe(quad.object);
                    }
                    let triple = oxigraph::model::Triple::from(quad);
                    if seen.insert(triple.clone()) {
                        out.serialize_triple(&triple)?;
                    }
                }
                Ok(out.finish()?)
            }
        }
    }

    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.store.flush()?)
    }
}

/// Whether XML 1.0 may hold `c` at all (escaped or not).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `term` with the characters XML 1.0 cannot hold (control characters of a
/// crawled title) replaced by U+FFFD, for the XML outputs (RDF/XML, SPARQL
/// XML results), which would otherwise not be well-formed.
pub fn xml_safe(term: Term) -> Term {
    let Term::Literal(literal) = &term else {
        return term;
    };
    if literal.value().chars().all(xml_char) {
        return term;
    }
    let value: String = literal
        .value()
        .chars()
        .map(|c| if xml_char(c) { c } else { '\u{FFFD}' })
        .collect();
    match (literal.language(), literal.datatype()) {
        (Some(language), _) => Literal::new_language_tagged_literal_unchecked(value, language),
        (None, datatype) => Literal::new_typed_literal(value, datatype),
    }
    .into()
}

/// Removes the `bulk-*.sst` files Oxigraph's bulk loader leaves in the store's
/// directory when its process dies before the load commits (up to hundreds of
/// MiB each). Only called while holding the store's lock.
fn remove_uncommitted_loads(path: &Path) -> Result<(), StoreError> {
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Gives back the datatype `describe` wrote where the store kept only its
/// value (Oxigraph stores every integer type as `xsd:integer`), so that an
/// exported article graph equals the one `extract` writes.
fn restore_datatype(quad: Quad) -> Quad {
    let Term::Literal(literal) = &quad.object else {
        return quad;
    };
    let restored = STORE_RESTORED_DATATYPES
        .iter()
        .find(|(predicate, _)| quad.predicate == *predicate);
    match restored {
        Some((_, datatype)) if literal.datatype() == crate::vocab::xsd::INTEGER => Quad {
            object: oxigraph::model::Literal::new_typed_literal(literal.value(), *datatype).into(),
            ..quad
        },
        _ => quad,
    }
}

/// Longest list of expected tokens a syntax error shows.
const MAX_EXPECTED: usize = 120;

/// A SPARQL syntax error on one short line, `invalid SPARQL at L:C: …`. The parser lists
/// every token and character class it would have accepted, Unicode ranges
/// included, which tells a user nothing: an undefined prefix is named
/// instead, with the built-in ones, and a long list is cut.
pub fn syntax_message(query: &str, error: &oxigraph::sparql::SparqlSyntaxError) -> String {
    let full = error.to_string();
    let (place, expected) = match full
        .strip_prefix("error at ")
        .and_then(|rest| rest.split_once(": "))
    {
        Some((place, rest)) => (Some(place), rest),
        None => (None, full.as_str()),
    };
    let at = place.map_or("invalid SPARQL: ".into(), |p| {
        format!("invalid SPARQL at {p}: ")
    });
    if expected.contains("Prefix not found") {
        let builtin: Vec<String> = PREFIXES
            .iter()
            .chain(QUERY_PREFIXES)
            .map(|(p, _)| format!("{p}:"))
            .collect();
        let builtin = builtin.join(" ");
        return match place.and_then(|p| prefix_at(query, p)) {
            Some(prefix) => format!(
                "{at}undefined prefix `{prefix}:`; declare it (PREFIX {prefix}: <IRI>) or use a built-in one: {builtin}"
            ),
            None => format!("{at}undefined prefix; declare it with PREFIX or use a built-in one: {builtin}"),
        };
    }
    if expected.len() <= MAX_EXPECTED {
        return format!("{at}{expected}");
    }
    // Cut after the last whole item that fits.
    let mut end = MAX_EXPECTED;
    while !expected.is_char_boundary(end) {
        end -= 1;
    }
    let shown = expected[..end]
        .rfind(", ")
        .map_or(&expected[..end], |i| &expected[..i]);
    format!("{at}{shown}, …")
}

/// The prefix of the prefixed name at `place` (`LINE:COLUMN`, 1-based, in
/// characters) of `query`: the parser points at the name's end or start.
fn prefix_at(query: &str, place: &str) -> Option<String> {
    let (line, column) = place.split_once(':')?;
    let (line, column): (usize, usize) = (line.parse().ok()?, column.parse().ok()?);
    let chars: Vec<char> = query.lines().nth(line.checked_sub(1)?)?.chars().collect();
    let at = column.checked_sub(1)?.min(chars.len());
    let in_name = |c: &char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':');
    let start = at - chars[..at].iter().rev().take_while(|c| in_name(c)).count();
    let end = at + chars[at..].iter().take_while(|c| in_name(c)).count();
    let name: String = chars[start..end].iter().collect();
    let (prefix, _) = name.split_once(':')?;
    Some(prefix.to_string())
}

/// The project's prefixes, for syntaxes that have them.
pub fn with_prefixes(mut serializer: RdfSerializer) -> RdfSerializer {
    for (prefix, iri) in PREFIXES {
        serializer = serializer
            .with_prefix(*prefix, *iri)
            .expect("the bundled prefixes are valid IRIs");
    }
    serializer
}

#[cfg(test)]
mod tests {
    use super::take_run;
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};

    fn quads(from: usize, to: usize) -> Vec<Quad> {
        (from..to)
            .map(|i| {
                Quad::new(
                    NamedNode::new_unchecked("http://example.org/s"),
                    NamedNode::new_unchecked("http://example.org/p"),
                    Literal::from(i as i64),
                    GraphName::DefaultGraph,
                )
            })
            .collect()
    }

    #[test]
    fn a_run_takes_the_first_quads_in_order_and_splits_an_article() {
        let mut buffer = vec![quads(0, 3), quads(3, 7), quads(7, 9)];
        let run: Vec<Quad> = take_run(&mut buffer, 5).into_iter().flatten().collect();
        assert_eq!(run, quads(0, 5));
        assert_eq!(buffer, vec![quads(5, 7), quads(7, 9)]);
        let run: Vec<Quad> = take_run(&mut buffer, 4).into_iter().flatten().collect();
        assert_eq!(run, quads(5, 9));
        assert!(buffer.is_empty());
    }

    #[test]
    fn a_run_ending_at_an_article_end_splits_nothing() {
        let mut buffer = vec![quads(0, 3), vec![], quads(3, 7)];
        let run = take_run(&mut buffer, 3);
        assert_eq!(run.concat(), quads(0, 3));
        assert_eq!(buffer.concat(), quads(3, 7));
    }
}
