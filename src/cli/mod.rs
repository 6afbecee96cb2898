//! The command line: one function per verb, turning arguments into calls on
//! the library and results into output. Data goes to stdout, everything else
//! to stderr.

pub mod args;
mod eval;
mod train;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;

use crate::knowledge::Knowledge;
use crate::pipeline::{extract_to, ingest_with, IngestOptions};
use crate::queries::{canned_query, canned_query_names};
use crate::read::{with_lexicon, ArticleReader, Skips};
use crate::store::{with_prefixes, CommitPolicy, GraphStore};
use crate::vocab::PREFIXES;
use args::{Cli, Command, GraphFormat, ResultsFormat};

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest(a) => run_ingest(a),
        Command::Query(a) => run_query(a),
        Command::Export(a) => run_export(a),
        Command::Extract(a) => run_extract(a),
        Command::Stats(a) => run_stats(a),
        Command::Gazetteer(a) => run_gazetteer(a),
        Command::Serve(a) => run_serve(a),
        Command::Push(a) => crate::push::run(a),
        Command::Refresh(a) => run_refresh(a),
        Command::Eval(a) => eval::run_eval(a),
        Command::Train(a) => train::run_train(a),
    }
}

pub(crate) fn load_knowledge(dir: Option<&Path>) -> Result<Knowledge> {
    Ok(Knowledge::load(dir)?)
}

/// Opens an existing store for a reading verb; a summary graph left stale
/// (an interrupted ingest, or article graphs written by another tool) is
/// rebuilt first, with a note, so no canned query answers from it.
fn open_store(path: &Path) -> Result<GraphStore> {
    let store = GraphStore::open_existing(path).map_err(with_lock_hint)?;
    if !crate::summary::is_current(&store)? {
        eprintln!(
            "newsgraph: the summary graph of {} is not current (an ingest that did not finish, or graphs loaded by another tool); rebuilding it",
            path.display()
        );
        crate::summary::refresh(&store, None)?;
        store.flush()?;
    }
    Ok(store)
}

/// A store error, with a hint when another process holds the store's lock.
fn with_lock_hint(error: crate::store::StoreError) -> anyhow::Error {
    if error.is_lock() {
        anyhow::Error::new(error).context(
            "the store is in use: is another newsgraph process using it? Pass --store DIR or set NEWSGRAPH_STORE to use another",
        )
    } else {
        error.into()
    }
}

/// Set by Ctrl-C or SIGTERM: the ingest stops at its next chunk.
static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Ctrl-C (or SIGTERM) once asks the ingest to stop cleanly; twice quits at once,
/// which is safe as a crash is (the summary is marked stale until repaired).
fn stop_on_signal() {
    use std::sync::atomic::Ordering;
    let installed = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(1);
        }
        eprintln!("newsgraph: stopping after the current batch (Ctrl-C again to quit now)");
    });
    if let Err(error) = installed {
        eprintln!("newsgraph: cannot catch Ctrl-C ({error}); an interrupted run keeps its committed batches");
    }
}

fn run_ingest(args: args::IngestArgs) -> Result<ExitCode> {
    // The store opens while the knowledge compiles; a knowledge error is still reported first.
    let (knowledge, store) = std::thread::scope(|scope| {
        let store = scope.spawn(|| GraphStore::open_for_ingest(&args.store.store));
        let knowledge = load_knowledge(args.data.data.as_deref());
        let store = store
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (knowledge, store)
    });
    let knowledge = knowledge?;
    let store = store.map_err(with_lock_hint)?;
    stop_on_signal();
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let bar = indicatif::ProgressBar::new_spinner();
    if show_progress {
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .expect("the template is valid"),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
    } else {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let progress = |done: usize, failed: usize| {
        bar.set_message(format!("{done} articles stored, {failed} failed"))
    };
    let options = IngestOptions {
        commit: CommitPolicy {
            articles: usize::try_from(args.commit_every).unwrap_or(usize::MAX),
            interval: std::time::Duration::try_from_secs_f64(args.commit_seconds)
                .context("--commit-seconds must be a number of seconds")?,
        },
        stop: Some(&STOP),
    };
    // The store may lie inside an input directory (`cd crawl && newsgraph ingest .`).
    let (articles, skips) = readable_articles(
        &args.paths,
        std::slice::from_ref(&args.store.store),
        &knowledge,
    );
    let summary = ingest_with(articles, &store, &knowledge, &progress, options)?;
    bar.finish_and_clear();
    for failure in &summary.failures {
        eprintln!("newsgraph: {failure}");
    }
    report_skips(&skips);
    if !args.quiet || summary.interrupted {
        let seconds = summary.elapsed.as_secs_f64();
        let stored = summary.ingested + summary.replaced;
        eprintln!(
            "{}ingested {} new, {} replaced, {} unchanged, {} failed; {} events, {} triples in {:.2}s ({:.0} articles/s) into {}",
            if summary.interrupted { "interrupted: " } else { "" },
            summary.ingested,
            summary.replaced,
            summary.unchanged,
            summary.failed,
            summary.events,
            summary.quads,
            seconds,
            stored as f64 / seconds.max(1e-9),
            args.store.store.display()
        );
    }
    if summary.interrupted {
        eprintln!("newsgraph: interrupted; what was read is stored, run the same command again to store the rest");
        return Ok(ExitCode::from(1));
    }
    if summary.failed > 0 {
        eprintln!(
            "newsgraph: {} input(s) failed; the other inputs were stored",
            summary.failed
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn query_text(args: &args::QueryArgs) -> Result<String> {
    if let Some(file) = &args.file {
        return std::fs::read_to_string(file)
            .with_context(|| format!("cannot read query file {}", file.display()));
    }
    let query = args.query.as_deref().unwrap_or_default();
    // `newsgraph query my.rq` means the file: no SPARQL text ends so.
    if query.ends_with(".rq") || query.ends_with(".sparql") {
        return std::fs::read_to_string(query)
            .with_context(|| format!("cannot read query file {query}"));
    }
    let is_name = !query.is_empty()
        && query
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if is_name {
        let local = PathBuf::from("queries").join(format!("{query}.rq"));
        if let Ok(text) = std::fs::read_to_string(&local) {
            return Ok(text);
        }
        return canned_query(query).map(String::from).with_context(|| {
            format!(
                "no canned query named `{query}`; known: {}",
                canned_query_names().join(", ")
            )
        });
    }
    Ok(query.to_string())
}

fn run_query(args: args::QueryArgs) -> Result<ExitCode> {
    let text = query_text(&args)?;
    let store = open_store(&args.store.store)?;
    let timeout = args
        .timeout
        .map(std::time::Duration::try_from_secs_f64)
        .transpose()
        .context("--timeout must be a number of seconds")?;
    if let Some(limit) = timeout {
        // The engine checks its cancellation only between steps; a query is
        // read-only, so ending the process is safe and always prompt.
        std::thread::spawn(move || {
            std::thread::sleep(limit);
            eprintln!(
                "newsgraph: the query was stopped after {} s (--timeout)",
                limit.as_secs_f64()
            );
            std::process::exit(2);
        });
    }
    let results = store.query_with(&text, timeout)?;
    let stdout = std::io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        ResultsFormat::Table
    } else {
        ResultsFormat::Csv
    });
    let mut out = BufWriter::new(stdout.lock());
    write_results(results, format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn results_format(format: ResultsFormat) -> Option<QueryResultsFormat> {
    match format {
        ResultsFormat::Table => None,
        ResultsFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultsFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultsFormat::Json => Some(QueryResultsFormat::Json),
        ResultsFormat::Xml => Some(QueryResultsFormat::Xml),
    }
}

pub fn write_results(
    results: QueryResults,
    format: ResultsFormat,
    out: &mut impl Write,
) -> Result<()> {
    match results {
        QueryResults::Boolean(value) => match results_format(format) {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, value)?;
            }
            None => writeln!(out, "{value}")?,
        },
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            match results_format(format) {
                Some(f) => {
                    let mut writer = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *out, variables)?;
                    for solution in solutions {
                        let solution = solution?;
                        if f == QueryResultsFormat::Xml {
                            let values: Vec<_> = solution
                                .iter()
                                .map(|(v, t)| (v.clone(), crate::store::xml_safe(t.clone())))
                                .collect();
                            writer
                                .serialize(values.iter().map(|(v, t)| (v.as_ref(), t.as_ref())))?;
                        } else {
                            writer.serialize(&solution)?;
                        }
                    }
                    writer.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for solution in solutions {
                        let solution = solution?;
                        rows.push(
                            variables
                                .iter()
                                .map(|v| solution.get(v).map(short_term).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> =
                        variables.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(&header, &rows, out)?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let mut writer =
                with_prefixes(oxigraph::io::RdfSerializer::from_format(RdfFormat::Turtle))
                    .for_writer(&mut *out);
            for triple in triples {
                writer.serialize_triple(&triple?)?;
            }
            writer.finish()?;
        }
    }
    Ok(())
}

/// A term as a person reads it: prefixed IRIs, bare literal values.
fn short_term(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => {
            let iri = node.as_str();
            PREFIXES
                .iter()
                .find(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
                .map(|(prefix, ns)| format!("{prefix}:{}", &iri[ns.len()..]))
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        Term::Literal(literal) => printable(literal.value()),
        other => other.to_string(),
    }
}

/// A value as one line of a table: control characters (line breaks,
/// terminal escapes) become spaces or `\u{…}` escapes.
fn printable(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => " ".to_string(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn write_table(header: &[String], rows: &[Vec<String>], out: &mut impl Write) -> Result<()> {
    const MAX: usize = 60;
    let clip = |s: &str| -> String {
        if s.chars().count() > MAX {
            format!("{}…", s.chars().take(MAX - 1).collect::<String>())
        } else {
            s.to_string()
        }
    };
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(clip(cell).chars().count());
        }
    }
    let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{:<w$}", clip(c), w = widths[i]))
            .collect();
        writeln!(out, "{}", padded.join(" | ").trim_end())
    };
    line(header, out)?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for row in rows {
        line(row, out)?;
    }
    writeln!(out, "({} rows)", rows.len())?;
    Ok(())
}

pub fn rdf_format(format: GraphFormat) -> RdfFormat {
    match format {
        GraphFormat::Turtle => RdfFormat::Turtle,
        GraphFormat::Trig => RdfFormat::TriG,
        GraphFormat::Ntriples => RdfFormat::NTriples,
        GraphFormat::Nquads => RdfFormat::NQuads,
        GraphFormat::Rdfxml => RdfFormat::RdfXml,
        GraphFormat::Jsonld => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
    }
}

/// Where `export` writes: standard output, or a temporary file beside
/// `--output` that replaces it only once written whole, so an interrupted
/// export never leaves a truncated file in place of a good one. The
/// temporary file is named `FILE.newsgraph-partial-PID`: plainly removable,
/// and removed by the next export into that directory once process PID is
/// gone (a `kill -9` allows no clean-up of its own).
enum Output {
    Stdout(BufWriter<std::io::StdoutLock<'static>>),
    File {
        file: BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

impl Output {
    fn open(path: Option<&Path>) -> Result<Self> {
        let Some(path) = path else {
            return Ok(Output::Stdout(BufWriter::new(std::io::stdout().lock())));
        };
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        remove_dead_partials(dir);
        let name = path
            .file_name()
            .unwrap_or(path.as_os_str())
            .to_string_lossy();
        let file = tempfile::Builder::new()
            .prefix(&format!("{name}{PARTIAL}{}", std::process::id()))
            .rand_bytes(0)
            .tempfile_in(dir)
            .with_context(|| format!("cannot create output file {}", path.display()))?;
        Ok(Output::File {
            file: BufWriter::new(file),
            path: path.to_path_buf(),
        })
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(out) => out,
            Output::File { file, .. } => file,
        }
    }

    /// Flushes, and puts a file in place.
    fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut out) => Ok(out.flush()?),
            Output::File { file, path } => {
                let file = file.into_inner().map_err(|e| e.into_error())?;
                file.as_file().sync_all()?;
                file.persist(&path)
                    .with_context(|| format!("cannot write output file {}", path.display()))?;
                Ok(())
            }
        }
    }
}

/// Marks an export's temporary file: `FILE.newsgraph-partial-PID`.
const PARTIAL: &str = ".newsgraph-partial-";

/// Removes the temporary files in `dir` of exports whose process is gone.
/// Where `/proc` does not tell which processes live, they are left alone.
fn remove_dead_partials(dir: &Path) {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some((_, pid)) = name.to_str().and_then(|n| n.rsplit_once(PARTIAL)) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !proc.join(pid).exists() {
            // Best effort: a file that cannot be removed only stays visible.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn run_export(args: args::ExportArgs) -> Result<ExitCode> {
    let store = open_store(&args.store.store)?;
    let format = rdf_format(args.format);
    let mut output = Output::open(args.output.as_deref())?;
    let out = output.writer();
    if args.links {
        let query =
            canned_query("links").context("the canned query `links` is missing from this build")?;
        let QueryResults::Graph(triples) = store.query(query)? else {
            bail!("queries/links.rq must be a CONSTRUCT query")
        };
        let mut writer =
            with_prefixes(oxigraph::io::RdfSerializer::from_format(format)).for_writer(out);
        for triple in triples {
            writer.serialize_triple(&triple?)?;
        }
        writer.finish()?;
    } else {
        store.export(format, args.graph.as_deref(), out)?;
    }
    crate::checkpoint::reached("export");
    output.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn run_extract(args: args::ExtractArgs) -> Result<ExitCode> {
    let knowledge = load_knowledge(args.data.data.as_deref())?;
    let stdout = std::io::stdout();
    let out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let report = |message: &str| eprintln!("newsgraph: {message}");
    let (articles, skips) = readable_articles(&args.paths, &[], &knowledge);
    let summary = extract_to(
        articles,
        &knowledge,
        rdf_format(args.format),
        args.self_contained,
        out,
        &report,
    )?;
    report_skips(&skips);
    if summary.failed > 0 {
        eprintln!(
            "newsgraph: {} input(s) failed; the RDF of the other {} was written",
            summary.failed, summary.articles
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The articles of `paths` that newsgraph has rules for, and the tally of
/// what was passed over (WARC records that are not pages, articles in a
/// language without a lexicon).
fn readable_articles<'a>(
    paths: &[std::path::PathBuf],
    excluded: &[std::path::PathBuf],
    knowledge: &'a Knowledge,
) -> (
    impl Iterator<Item = Result<crate::read::Article, crate::read::ReadError>> + Send + 'a,
    Skips,
) {
    let reader = ArticleReader::excluding(paths, excluded);
    let skips = reader.skips();
    (with_lexicon(reader, knowledge, skips.clone()), skips)
}

/// One line per reason on stderr, e.g. `newsgraph: skipped 12 articles:
/// language fr has no lexicon`. Skips are not failures.
fn report_skips(skips: &Skips) {
    for line in skips.lines() {
        eprintln!("newsgraph: {line}");
    }
}

fn run_stats(args: args::StatsArgs) -> Result<ExitCode> {
    let store = open_store(&args.store.store)?;
    let query =
        canned_query("stats").context("the canned query `stats` is missing from this build")?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    write_results(store.query(query)?, ResultsFormat::Table, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn run_gazetteer(args: args::GazetteerArgs) -> Result<ExitCode> {
    let knowledge = load_knowledge(args.data.data.as_deref())?;
    let format = rdf_format(args.format);
    let mut writer = with_prefixes(oxigraph::io::RdfSerializer::from_format(format))
        .for_writer(BufWriter::new(std::io::stdout().lock()));
    for quad in crate::describe::describe_gazetteer(&knowledge) {
        if format.supports_datasets() {
            writer.serialize_quad(&quad)?;
        } else {
            writer.serialize_triple(quad.as_ref())?;
        }
    }
    writer.finish()?.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn run_serve(args: args::ServeArgs) -> Result<ExitCode> {
    if !args.bind.ip().is_loopback() && !args.public {
        bail!(
            "{} is not a loopback address: pass --public to let other machines query the store",
            args.bind
        );
    }
    if !(args.time_limit > 0.0 && args.time_limit.is_finite()) {
        bail!("--time-limit must be a positive number of seconds");
    }
    if !args.store.store.is_dir() {
        bail!(
            "no store at {}: run `newsgraph ingest --store {} FILES` first",
            args.store.store.display(),
            args.store.store.display()
        );
    }
    let store = open_store(&args.store.store)?;
    let options = crate::serve::ServeOptions {
        bind: args.bind,
        time_limit: std::time::Duration::from_secs_f64(args.time_limit),
        max_body: args.max_body,
    };
    eprintln!(
        "newsgraph: serving {} at http://{}/ (SPARQL at /sparql; Ctrl-C stops)",
        args.store.store.display(),
        args.bind
    );
    crate::serve::serve(store, options)
        .with_context(|| format!("cannot serve at {}", args.bind))?;
    Ok(ExitCode::SUCCESS)
}

fn run_refresh(args: args::RefreshArgs) -> Result<ExitCode> {
    let store = open_store(&args.store.store)?;
    let started = std::time::Instant::now();
    let cells = crate::summary::refresh(&store, None)?;
    store.flush()?;
    eprintln!(
        "refreshed the summary graph of {}: {cells} timeline cells in {:.2}s",
        args.store.store.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
