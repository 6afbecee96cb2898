//! Command-line arguments (clap derive). The first doc line of each item is
//! its `-h` text; the rest shows in `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn news articles into a knowledge graph of meetings, visits, weapons
/// talks, missile tests and military exercises, with provenance.
///
/// newsgraph reads news-please JSON, JSON Lines and plain-text pages in
/// Indonesian and English, finds the events, and stores them as RDF in an
/// embedded Oxigraph store that answers SPARQL.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, propagate_version = true)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph ingest examples/\n  newsgraph query meetings\n  newsgraph export --format turtle -o graph.ttl\n  cat crawl.jsonl | newsgraph extract --format nquads - > crawl.nq"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Ingest(IngestArgs),
    Query(QueryArgs),
    Export(ExportArgs),
    Extract(ExtractArgs),
    Stats(StatsArgs),
    Gazetteer(GazetteerArgs),
    Serve(ServeArgs),
    Push(PushArgs),
    Refresh(RefreshArgs),
    Eval(EvalArgs),
    Train(TrainArgs),
}

#[derive(Debug, Args)]
pub struct StoreArg {
    /// Directory of the persistent store (created if missing).
    #[arg(
        long,
        env = "NEWSGRAPH_STORE",
        default_value = "newsgraph-store",
        value_name = "DIR"
    )]
    pub store: PathBuf,
}

#[derive(Debug, Args)]
pub struct DataArg {
    /// Read knowledge (gazetteer, lexicons, events.tsv) from DIR instead of the built-in copy of ontology/.
    #[arg(long, env = "NEWSGRAPH_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
}

/// Read articles, extract their events and store them.
///
/// Each article becomes one named graph; ingesting a changed article again
/// replaces its graph, an unchanged one is skipped. Inputs that cannot be read
/// are reported and skipped; the exit status is 1 when any failed. Articles
/// are committed in batches: Ctrl-C stops at the next one, and a killed run
/// keeps every batch it committed (run it again to store the rest).
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph ingest examples/\n  newsgraph ingest --store /data/ng crawl-2024-06-19.jsonl\n  zcat crawl.jsonl.gz | newsgraph ingest -\n  newsgraph ingest CC-NEWS-20240619000000-00000.warc.gz\n\nINPUTS:\n  .json           one news-please article object\n  .jsonl .ndjson  one news-please object per line\n  .txt            a news page copied as plain text (headline first)\n  .html .htm      a web page (its main text; also files starting with <html)\n  .warc .warc.gz  a web archive: its HTML responses (other records are counted)\n  DIR             every file below DIR, recursively\n  -               JSON Lines from standard input"
)]
pub struct IngestArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub data: DataArg,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Commit every N new articles (a killed run loses at most one batch).
    #[arg(long, value_name = "N", default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_every: u64,
    /// Commit at least every SECS seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30.0)]
    pub commit_seconds: f64,
    /// Files, directories, or - for JSON Lines on standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ResultsFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

/// Answer a SPARQL query over the store.
///
/// The default graph is the union of all article graphs; `GRAPH ?g { … }`
/// reaches one article. CONSTRUCT and DESCRIBE results print as Turtle.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph query meetings                 # runs queries/meetings.rq\n  newsgraph query --format csv events\n  newsgraph query --file my.rq\n  newsgraph query my.rq                    # the same\n  newsgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/newsgraph/ontology#Visit> }'\n\nCANNED QUERIES:\n  events meetings visits missile-tests exercises weapons-talks timeline who-met-whom provenance links"
)]
pub struct QueryArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format; `table` on a terminal, `csv` otherwise.
    #[arg(long, short, value_enum)]
    pub format: Option<ResultsFormat>,
    /// Read the query from a file.
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    pub file: Option<PathBuf>,
    /// Stop the query after SECS seconds (exit 2).
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// SPARQL text, the NAME of a canned query in queries/NAME.rq, or a
    /// FILE ending in .rq or .sparql.
    #[arg(value_name = "SPARQL|NAME|FILE", required_unless_present = "file")]
    pub query: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum GraphFormat {
    Turtle,
    Trig,
    Ntriples,
    Nquads,
    Rdfxml,
    Jsonld,
}

/// Write the store (or one graph) as RDF.
///
/// Dataset syntaxes (TriG, N-Quads, JSON-LD) keep each article's graph;
/// triple syntaxes (Turtle, N-Triples, RDF/XML) write the union.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph export -o graph.ttl\n  newsgraph export --format nquads -o all.nq\n  newsgraph export --graph https://w3id.org/newsgraph/graph/0123456789abcdef0123\n  newsgraph export --links -o links.ttl      # owl:sameAs and ISO codes only"
)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, short, value_enum, default_value = "turtle")]
    pub format: GraphFormat,
    /// Only this named graph.
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Only the links into other datasets (Wikidata, GeoNames, ISO 3166) of the entities in the store.
    #[arg(long, conflicts_with = "graph")]
    pub links: bool,
    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Print the RDF of articles without storing them (a dry run, or a stream filter).
///
/// Reads the same inputs as `ingest` and writes to standard output in
/// constant memory, so it can run inside any engine that pipes data through
/// a command (GNU parallel, Hadoop Streaming, Spark's RDD.pipe).
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph extract article.json\n  newsgraph extract --format nquads - < crawl.jsonl > crawl.nq\n  newsgraph extract --format nquads crawl.warc.gz > crawl.nq\n  parallel --pipe -N2000 newsgraph extract --format nquads - < crawl.jsonl > crawl.nq"
)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub data: DataArg,
    #[arg(long, short, value_enum, default_value = "trig")]
    pub format: GraphFormat,
    /// Also type, label and link every entity inside each article graph (the store
    /// keeps these once, in its gazetteer graph), so each graph stands alone.
    #[arg(long)]
    pub self_contained: bool,
    /// Files, directories, or - for JSON Lines on standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Count articles, events by type, entities and triples in the store.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph stats\n  NEWSGRAPH_STORE=/data/ng newsgraph stats"
)]
pub struct StatsArgs {
    #[command(flatten)]
    pub store: StoreArg,
}

/// Write the gazetteer graph: every known entity's names, Wikidata and GeoNames links, ISO codes.
///
/// A store holds this graph already; this verb is for pipelines that load
/// `newsgraph extract` output into another triple store, where the canned
/// queries read entity names from it.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph gazetteer --format nquads > gazetteer.nq\n  newsgraph gazetteer --format turtle | less"
)]
pub struct GazetteerArgs {
    #[command(flatten)]
    pub data: DataArg,
    #[arg(long, short, value_enum, default_value = "nquads")]
    pub format: GraphFormat,
}

/// Serve the store over HTTP: a read-only SPARQL endpoint and the events explorer.
///
/// Answers the SPARQL 1.1 Protocol at /sparql (GET, POST form or
/// application/sparql-query; JSON, XML, CSV, TSV results, Turtle, N-Triples,
/// JSON-LD, RDF/XML graphs by Accept), the canned queries at /query/NAME,
/// Graph Store reads at /store?graph=IRI and /store?default, and the events
/// explorer at /. Updates and writes are refused. It listens on loopback
/// only unless --public is given. It holds the store, so `ingest` into the
/// same store waits until it stops.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph serve\n  newsgraph serve --store news-store --bind 127.0.0.1:8080\n  curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/query/meetings'\n  newsgraph serve --public --bind 0.0.0.0:7878   # reachable from other machines"
)]
pub struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    pub bind: std::net::SocketAddr,
    /// Allow an address other than loopback (anyone who reaches it can query the store).
    #[arg(long)]
    pub public: bool,
    /// Seconds a query may run before it is stopped with an error.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub time_limit: f64,
    /// Largest request body accepted, in bytes (bigger ones get 413).
    #[arg(long, default_value_t = 1_048_576, value_name = "BYTES")]
    pub max_body: u64,
}

/// Send the store's graphs to a remote store (SPARQL 1.1 Graph Store Protocol PUT).
///
/// Each article graph, and the gazetteer graph, is PUT to
/// ENDPOINT?graph=IRI, replacing what the remote store held under that name,
/// so a second push never duplicates. Failed requests (connection errors,
/// 5xx) are retried with backoff; a summary says what was sent and what
/// failed. Credentials come from the environment, never from the command
/// line: NEWSGRAPH_PUSH_TOKEN (bearer) or NEWSGRAPH_PUSH_USER and
/// NEWSGRAPH_PUSH_PASSWORD (basic).
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph push --endpoint http://127.0.0.1:7879/store\n  newsgraph push --endpoint http://localhost:8890/sparql-graph-crud --since 2024-01-01\n  newsgraph push --endpoint http://127.0.0.1:7879/store --graph https://w3id.org/newsgraph/article/cbe0619a231e165988c4"
)]
pub struct PushArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Graph Store Protocol URL of the remote store (graphs go to URL?graph=IRI).
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Only articles published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only these graphs (repeatable); the gazetteer graph is sent too.
    #[arg(long = "graph", value_name = "IRI")]
    pub graphs: Vec<String>,
    /// Do not send the gazetteer graph.
    #[arg(long)]
    pub no_gazetteer: bool,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub batch: usize,
    /// Attempts per graph before it counts as failed.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub retries: u32,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Rebuild the summary graph (timeline cells, meeting pairs, counts) from the article graphs.
///
/// `ingest` keeps it current; run this on a store whose article graphs were
/// written by another tool (`oxigraph load` of `newsgraph extract` output), so
/// that the canned queries that read the summary answer.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph refresh\n  newsgraph extract --format nquads crawl.jsonl > crawl.nq\n  oxigraph load --location ng --file crawl.nq && newsgraph refresh --store ng"
)]
pub struct RefreshArgs {
    #[command(flatten)]
    pub store: StoreArg,
}

/// Score the extractor against gold annotations (precision, recall, F1).
///
/// Each DIR holds articles as news-please JSON (`STEM.json`) beside what a
/// careful reader finds in them (`STEM.gold.json`; see docs/gold-format.md),
/// in subdirectories too. Prints precision, recall and F1 by event type and by
/// language, and how often the date, place and status of a found event are
/// right. The exit status is 1 when a gold file could not be read or the F1
/// is below --min-f1.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph eval tests/corpus tests/corpus-fresh\n  newsgraph eval --per-article my-annotations/ | less\n  newsgraph eval --min-f1 0.8 --json tests/corpus > scores.json"
)]
pub struct EvalArgs {
    #[command(flatten)]
    pub data: DataArg,
    /// Also list, article by article, every spurious and missed event (with its cause) and every wrong date, place or status.
    #[arg(long)]
    pub per_article: bool,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when the event F1 is below this.
    #[arg(long, value_name = "F1")]
    pub min_f1: Option<f64>,
    /// Directories of STEM.json + STEM.gold.json pairs, or single articles
    /// (STEM.json or STEM.gold.json) to score alone.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
}

/// Train the sentence classifier from gold annotations and labelled sentences.
///
/// The sentence(s) holding each gold event's `evidence` are examples of its
/// type, the other sentences of the articles (and of articles with no event)
/// examples of `none`. A sentence file has one `TYPE<TAB>sentence` row per
/// line (TYPE an event type of events.tsv or `none`). Prints the accuracy of
/// a cross-validation by article, then writes the model: copy it to
/// ontology/classifier/sentence-types.tsv (or a --data DIR) and set the
/// thresholds in classifier/thresholds.tsv to use it. The exit status is 1
/// when an input could not be read (the rest is used).
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph train my-annotations/ --out sentence-types.tsv\n  newsgraph train tests/corpus --sentences labelled-en.tsv --out model.tsv\n  newsgraph train --method bayes --folds 10 my-annotations/ --out nb.tsv"
)]
pub struct TrainArgs {
    #[command(flatten)]
    pub data: DataArg,
    /// Where to write the model (a TSV: feature, type, weight).
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    /// Files of labelled sentences, one `TYPE<TAB>sentence` per line.
    #[arg(long, value_name = "FILE")]
    pub sentences: Vec<PathBuf>,
    /// The learner.
    #[arg(long, value_enum, default_value_t = TrainMethod::Logistic)]
    pub method: TrainMethod,
    /// Cross-validation folds to print the accuracy of (0: none).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub folds: usize,
    /// Passes over the examples (logistic regression).
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub epochs: usize,
    /// How strongly weights are pulled to zero (logistic regression); larger is smoother.
    #[arg(long, value_name = "X", default_value_t = 0.05)]
    pub l2: f32,
    /// Directories of STEM.json + STEM.gold.json pairs.
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
}

/// How `newsgraph train` learns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrainMethod {
    /// Multinomial logistic regression (stochastic gradient descent).
    Logistic,
    /// Multinomial naive Bayes.
    Bayes,
}
