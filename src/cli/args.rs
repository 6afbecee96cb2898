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
    Eval(EvalArgs),
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
/// Each article becomes one named graph; ingesting an article again replaces
/// its graph. Inputs that cannot be read are reported and skipped; the exit
/// status is 1 when any failed.
#[derive(Debug, Args)]
#[command(
    after_long_help = "EXAMPLES:\n  newsgraph ingest examples/\n  newsgraph ingest --store /data/ng crawl-2024-06-19.jsonl\n  zcat crawl.jsonl.gz | newsgraph ingest -\n\nINPUTS:\n  .json           one news-please article object\n  .jsonl .ndjson  one news-please object per line\n  .txt            a news page copied as plain text (headline first)\n  DIR             every file below DIR, recursively\n  -               JSON Lines from standard input"
)]
pub struct IngestArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub data: DataArg,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
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
    after_long_help = "EXAMPLES:\n  newsgraph query meetings                 # runs queries/meetings.rq\n  newsgraph query --format csv events\n  newsgraph query --file my.rq\n  newsgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/newsgraph/ontology#Visit> }'\n\nCANNED QUERIES:\n  events meetings visits missile-tests exercises weapons-talks timeline who-met-whom provenance links"
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
    /// SPARQL text, or the NAME of a canned query in queries/NAME.rq.
    #[arg(value_name = "SPARQL|NAME", required_unless_present = "file")]
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
    after_long_help = "EXAMPLES:\n  newsgraph extract article.json\n  newsgraph extract --format nquads - < crawl.jsonl > crawl.nq\n  parallel --pipe -N2000 newsgraph extract --format nquads - < crawl.jsonl > crawl.nq"
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
    /// Also list, article by article, every spurious and missed event and every wrong date, place or status.
    #[arg(long)]
    pub per_article: bool,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when the event F1 is below this.
    #[arg(long, value_name = "F1")]
    pub min_f1: Option<f64>,
    /// Directories of STEM.json + STEM.gold.json pairs.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
}
