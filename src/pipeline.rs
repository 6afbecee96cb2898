//! The stages joined: [`analyse`] runs read → segment → recognise → extract
//! → describe on one article; [`ingest`] streams many into a store with
//! extraction in parallel across cores and a single writer, in bounded
//! memory; [`extract_to`] streams them to an RDF writer without a store.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, Quad};
use rayon::prelude::*;

use crate::describe::{article_key, describe, describe_gazetteer, Description, TOOL_VERSION};
use crate::extract::{add_home_and_host_states, add_named_parties, extract, Extraction};
use crate::knowledge::Knowledge;
use crate::memory;
use crate::read::{Article, ReadError};
use crate::recognise::recognise;
use crate::segment::segment;
use crate::store::{with_prefixes, CommitPolicy, GraphStore, StoreError, ONTOLOGY_GRAPH};
use crate::vocab::{ng, ARTICLE, GAZETTEER_GRAPH, GRAPH, NG, SCHEMA, STORE_MODEL_VERSION};

/// Articles analysed together; bounds memory: an ingest holds up to four
/// chunks' descriptions (one extracted, two queued, one written). Chunks of
/// 64 instead of 128 took 35 MiB off a 10k ingest's peak (453-458 against
/// 488-492 MiB) at the same CPU and wall time (BENCHMARKS.md, stop 34).
pub const CHUNK: usize = 64;

/// Runs every stage on one article; the description leaves entity names to the
/// gazetteer graph (see [`describe`]).
pub fn analyse(article: Article, knowledge: &Knowledge) -> (Extraction, Description) {
    analyse_with(article, knowledge, false)
}

/// Like [`analyse`]; `self_contained` puts entity types, labels and links in the article graph.
pub fn analyse_with(
    article: Article,
    knowledge: &Knowledge,
    self_contained: bool,
) -> (Extraction, Description) {
    let mut extraction = extract(recognise(segment(article, knowledge), knowledge), knowledge);
    add_named_parties(&mut extraction, knowledge);
    add_home_and_host_states(&mut extraction, knowledge);
    let description = describe(&extraction, knowledge, self_contained);
    (extraction, description)
}

/// Describes a chunk of articles in parallel, returned in their order.
/// Articles of one language are analysed one after another: each language's
/// patterns and automata then stay in the core's caches (taking a mixed corpus
/// article by article, alternating languages, cost a fifth of the extraction
/// speed in `benches/extraction.rs`).
pub fn describe_chunk(
    chunk: Vec<Article>,
    knowledge: &Knowledge,
    self_contained: bool,
) -> Vec<Description> {
    let mut chunk: Vec<(usize, Article)> = chunk.into_iter().enumerate().collect();
    chunk.sort_by(|(_, a), (_, b)| a.language.cmp(&b.language));
    let mut described: Vec<(usize, Description)> = chunk
        .into_par_iter()
        .map(|(i, article)| (i, analyse_with(article, knowledge, self_contained).1))
        .collect();
    described.sort_unstable_by_key(|(i, _)| *i);
    described.into_iter().map(|(_, d)| d).collect()
}

#[derive(Debug, Default)]
pub struct IngestSummary {
    pub ingested: usize,
    pub replaced: usize,
    /// Articles skipped because the store holds them from the same text,
    /// metadata and extractor.
    pub unchanged: usize,
    /// Whether the run was asked to stop before reading every input.
    pub interrupted: bool,
    pub failed: usize,
    pub events: usize,
    pub quads: usize,
    pub elapsed: Duration,
    /// One line per failed input: where, and why.
    pub failures: Vec<String>,
}

/// Progress so far: (articles written, articles failed).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// How an ingest run commits and when it stops early.
#[derive(Debug, Default, Clone, Copy)]
pub struct IngestOptions<'a> {
    pub commit: CommitPolicy,
    /// Set (by a signal handler) to stop reading: what was read is stored,
    /// the summary brought up to date, and the run ends.
    pub stop: Option<&'a AtomicBool>,
}

/// Reads, analyses and stores every article of `articles`. Failures of single
/// inputs are collected, not fatal; a failing store is.
pub fn ingest(
    articles: impl Iterator<Item = Result<Article, ReadError>> + Send,
    store: &GraphStore,
    knowledge: &Knowledge,
    progress: Progress,
) -> Result<IngestSummary, StoreError> {
    ingest_with(
        articles,
        store,
        knowledge,
        progress,
        IngestOptions::default(),
    )
}

/// What the reading thread hands the writer: descriptions, failures, and
/// the number of unchanged articles skipped.
type Batch = (Vec<Description>, Vec<String>, usize);

/// [`ingest`], committing and stopping as `options` say.
pub fn ingest_with(
    articles: impl Iterator<Item = Result<Article, ReadError>> + Send,
    store: &GraphStore,
    knowledge: &Knowledge,
    progress: Progress,
    options: IngestOptions,
) -> Result<IngestSummary, StoreError> {
    let started = Instant::now();
    memory::prepare_for_long_run();
    prepare_store(store, knowledge)?;
    let mut summary = IngestSummary::default();
    let mut cells = crate::summary::RunCells::start(store)?;
    let (sender, receiver) = sync_channel::<Batch>(2);
    std::thread::scope(|scope| -> Result<(), StoreError> {
        // Reading and extraction run here, ahead of the writer by at most two chunks.
        let stop = options.stop;
        let producer =
            scope.spawn(move || read_and_describe(articles, store, knowledge, stop, sender));
        // One writer for the whole run: new articles stream into bulk loads,
        // committed as `options.commit` says. A store that fails to write is
        // fatal; nothing of the failed batch is visible.
        let mut writer = store.writer_with(options.commit);
        for (descriptions, failures, unchanged) in receiver {
            summary.failed += failures.len();
            summary.failures.extend(failures);
            summary.unchanged += unchanged;
            cells.note(store, &descriptions)?;
            let counts = writer.write(descriptions)?;
            if counts.replaced > 0 {
                cells.mark_replaced(counts.quads_removed);
            }
            summary.ingested += counts.added;
            summary.replaced += counts.replaced;
            summary.events += counts.events;
            summary.quads += counts.quads;
            progress(summary.ingested + summary.replaced, summary.failed);
            // After every chunk (see [`memory`]): every 8th chunk let peak RSS
            // reach 262 MiB at 10k articles and 332 at 100k, instead of 244
            // and 300, for about 5% less ingest time at 100k (the `madvise`
            // and the pages faulted back in); every 4th gave 301 at 100k.
            memory::release_free_memory();
        }
        writer.finish()?;
        crate::checkpoint::reached("written");
        summary.interrupted = producer
            .join()
            .expect("the extraction thread does not panic")?;
        Ok(())
    })?;
    // Whole-store counts, recomputed from what the store now holds.
    cells.finish(store)?;
    store.flush()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The producer of an ingest: reads articles, skips the unchanged ones (their
/// source hash is stored), describes the rest a chunk at a time and sends each
/// chunk with the chunk's read failures. Returns whether `stop` ended it.
fn read_and_describe(
    mut articles: impl Iterator<Item = Result<Article, ReadError>>,
    store: &GraphStore,
    knowledge: &Knowledge,
    stop: Option<&AtomicBool>,
    sender: SyncSender<Batch>,
) -> Result<bool, StoreError> {
    loop {
        let mut batch = Vec::with_capacity(CHUNK);
        let mut hashes = Vec::with_capacity(CHUNK);
        let (mut failures, mut unchanged) = (Vec::new(), 0);
        let mut interrupted = false;
        for item in articles.by_ref() {
            match item {
                Ok(article) => {
                    let hash = source_hash(&article, &knowledge.fingerprint);
                    if store.contains_quad(&hash)? {
                        unchanged += 1;
                    } else {
                        batch.push(article);
                        hashes.push(hash);
                    }
                }
                Err(error) => failures.push(error.to_string()),
            }
            interrupted = stop.is_some_and(|s| s.load(Ordering::Relaxed));
            if interrupted || batch.len() + failures.len() >= CHUNK {
                break;
            }
        }
        if batch.is_empty() && failures.is_empty() && unchanged == 0 {
            return Ok(interrupted);
        }
        let mut descriptions = describe_chunk(batch, knowledge, false);
        for (description, hash) in descriptions.iter_mut().zip(hashes) {
            description.quads.push(hash);
        }
        if sender.send((descriptions, failures, unchanged)).is_err() || interrupted {
            return Ok(interrupted);
        }
    }
}

/// `<article> ng:sourceHash "…"` in the article's graph: a hash of everything
/// the article's graph is made from (its text and metadata, the extractor's
/// version and the fingerprint of every knowledge file). An article whose quad
/// is already stored would be described exactly as it is, so it is skipped.
/// `extract` writes it too, so an exported article graph equals the extracted one.
fn source_hash(article: &Article, fingerprint: &str) -> Quad {
    let key = article_key(article.url.as_deref(), &article.text);
    let fields = [
        TOOL_VERSION,
        fingerprint,
        article.url.as_deref().unwrap_or("\u{1}"),
        article.title.as_deref().unwrap_or("\u{1}"),
        article.date_published.as_deref().unwrap_or("\u{1}"),
        article.language.as_deref().unwrap_or("\u{1}"),
        &article.text,
    ];
    let hash = article_key(None, &fields.join("\u{0}"));
    Quad::new(
        NamedNode::new_unchecked([ARTICLE, &key].concat()),
        ng::SOURCE_HASH.into_owned(),
        Literal::new_simple_literal(hash),
        NamedNode::new_unchecked([GRAPH, &key].concat()),
    )
}

/// Writes the gazetteer and ontology graphs when the store lacks this version
/// of them. Returns the fingerprint of the knowledge.
pub fn prepare_store(store: &GraphStore, knowledge: &Knowledge) -> Result<String, StoreError> {
    let gazetteer = describe_gazetteer(knowledge);
    // A hash of every gazetteer quad and of the ontology: any edit refreshes both graphs.
    let mut content = String::new();
    for quad in &gazetteer {
        content.push_str(&quad.to_string());
        content.push('\n');
    }
    content.push_str(knowledge.ontology_turtle.as_deref().unwrap_or(""));
    let fingerprint = crate::describe::article_key(None, &content);
    let marker = format!("ASK {{ GRAPH <{GAZETTEER_GRAPH}> {{ <{GAZETTEER_GRAPH}> <{SCHEMA}version> \"{fingerprint}\" ; <{NG}modelVersion> {STORE_MODEL_VERSION} }} }}");
    if let oxigraph::sparql::QueryResults::Boolean(true) = store.query(&marker)? {
        return Ok(fingerprint);
    }
    // Read before the gazetteer graph (which holds the mark) is replaced: a
    // store without the mark but with articles holds version 1.
    let old_version = crate::migrate::stored_version(store)?;
    if let Some(v) = old_version.filter(|v| *v > STORE_MODEL_VERSION) {
        return Err(StoreError::NewerModel(v));
    }
    let mut quads = gazetteer;
    quads.extend(dataset_marks(&fingerprint));
    store.replace_graph(GAZETTEER_GRAPH, quads)?;
    if let Some(v) = old_version {
        if crate::migrate::migrate(store, v)? {
            eprintln!(
                "newsgraph: the store held RDF model version {v}; its article graphs now follow version {STORE_MODEL_VERSION}"
            );
        }
    }
    if let Some(turtle) = &knowledge.ontology_turtle {
        store.replace_graph(
            ONTOLOGY_GRAPH,
            GraphStore::turtle_quads(turtle, ONTOLOGY_GRAPH)?,
        )?;
    }
    // Written in transactions, they would otherwise sit in RocksDB's memtables
    // (30 MiB) until the run's first bulk-load commit.
    store.flush()?;
    Ok(fingerprint)
}

/// The gazetteer graph as a dataset with a version: the fingerprint of this
/// gazetteer and ontology, and the RDF model version of the store's article
/// graphs (see [`crate::migrate`]).
fn dataset_marks(fingerprint: &str) -> Vec<oxigraph::model::Quad> {
    use crate::vocab::{ng, schema, xsd};
    use oxigraph::model::{Literal, NamedNode, Quad};
    let graph = NamedNode::new_unchecked(GAZETTEER_GRAPH);
    let quad = |predicate: oxigraph::model::NamedNodeRef<'_>, object: oxigraph::model::Term| {
        Quad::new(graph.clone(), predicate, object, graph.clone())
    };
    vec![
        quad(crate::vocab::rdf::TYPE, schema::DATASET.into_owned().into()),
        quad(
            schema::VERSION,
            Literal::new_simple_literal(fingerprint).into(),
        ),
        quad(
            ng::MODEL_VERSION,
            Literal::new_typed_literal(STORE_MODEL_VERSION.to_string(), xsd::INTEGER).into(),
        ),
    ]
}

#[derive(Debug, Default)]
pub struct ExtractSummary {
    pub articles: usize,
    pub failed: usize,
    pub events: usize,
    pub quads: usize,
    pub failures: Vec<String>,
}

/// Streams the RDF of `articles` to `writer` in `format`, in input order and
/// bounded memory: the stream filter behind `newsgraph extract`.
pub fn extract_to<W: Write>(
    articles: impl Iterator<Item = Result<Article, ReadError>>,
    knowledge: &Knowledge,
    format: RdfFormat,
    self_contained: bool,
    writer: W,
    on_failure: &dyn Fn(&str),
) -> std::io::Result<ExtractSummary> {
    let mut out = with_prefixes(RdfSerializer::from_format(format)).for_writer(writer);
    let mut summary = ExtractSummary::default();
    let mut articles = articles.peekable();
    while articles.peek().is_some() {
        let mut batch = Vec::with_capacity(CHUNK);
        for item in articles.by_ref() {
            match item {
                Ok(article) => batch.push(article),
                Err(error) => {
                    let message = error.to_string();
                    on_failure(&message);
                    summary.failed += 1;
                    summary.failures.push(message);
                }
            }
            if batch.len() >= CHUNK {
                break;
            }
        }
        let hashes: Vec<Quad> = batch
            .iter()
            .map(|article| source_hash(article, &knowledge.fingerprint))
            .collect();
        let descriptions = describe_chunk(batch, knowledge, self_contained);
        for (mut description, hash) in descriptions.into_iter().zip(hashes) {
            description.quads.push(hash);
            summary.articles += 1;
            summary.events += description.n_events;
            summary.quads += description.quads.len();
            for quad in &description.quads {
                if format.supports_datasets() {
                    out.serialize_quad(quad)?;
                } else {
                    out.serialize_triple(quad.as_ref())?;
                }
            }
        }
    }
    out.finish()?.flush()?;
    Ok(summary)
}
