//! The command line: one function per verb, turning arguments into calls on
//! the library and results into output. Data goes to stdout, everything else
//! to stderr.

pub mod args;
mod eval;

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;

use crate::knowledge::Knowledge;
use crate::pipeline::{extract_to, ingest};
use crate::queries::{canned_query, canned_query_names};
use crate::read::ArticleReader;
use crate::store::{with_prefixes, GraphStore};
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
        Command::Eval(a) => eval::run_eval(a),
    }
}

pub(crate) fn load_knowledge(dir: Option<&Path>) -> Result<Knowledge> {
    Ok(Knowledge::load(dir)?)
}

fn open_store(path: &Path) -> Result<GraphStore> {
    GraphStore::open(path).with_context(store_in_use)
}

fn store_in_use() -> String {
    "is another newsgraph process using it? Pass --store DIR or set NEWSGRAPH_STORE to use another"
        .to_string()
}

fn run_ingest(args: args::IngestArgs) -> Result<ExitCode> {
    let knowledge = load_knowledge(args.data.data.as_deref())?;
    let store = GraphStore::open_for_ingest(&args.store.store).with_context(store_in_use)?;
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
    let summary = ingest(
        ArticleReader::new(&args.paths),
        &store,
        &knowledge,
        &progress,
    )?;
    bar.finish_and_clear();
    for failure in &summary.failures {
        eprintln!("newsgraph: {failure}");
    }
    if !args.quiet {
        let seconds = summary.elapsed.as_secs_f64();
        let stored = summary.ingested + summary.replaced;
        eprintln!(
            "ingested {} new, {} replaced, {} failed; {} events, {} triples in {:.2}s ({:.0} articles/s) into {}",
            summary.ingested,
            summary.replaced,
            summary.failed,
            summary.events,
            summary.quads,
            seconds,
            stored as f64 / seconds.max(1e-9),
            args.store.store.display()
        );
    }
    if summary.failed > 0 {
        eprintln!(
            "newsgraph: {} input(s) failed; the others were stored",
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
    let results = store.query(&text)?;
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
                        writer.serialize(&solution?)?;
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
        Term::Literal(literal) => literal.value().replace('\n', " "),
        other => other.to_string(),
    }
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

fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).with_context(|| {
                format!("cannot create output file {}", path.display())
            })?))
        }
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    })
}

fn run_export(args: args::ExportArgs) -> Result<ExitCode> {
    let store = open_store(&args.store.store)?;
    let format = rdf_format(args.format);
    let mut out = output(args.output.as_deref())?;
    if args.links {
        let query =
            canned_query("links").context("the canned query `links` is missing from this build")?;
        let QueryResults::Graph(triples) = store.query(query)? else {
            bail!("queries/links.rq must be a CONSTRUCT query")
        };
        let mut writer =
            with_prefixes(oxigraph::io::RdfSerializer::from_format(format)).for_writer(&mut out);
        for triple in triples {
            writer.serialize_triple(&triple?)?;
        }
        writer.finish()?;
    } else {
        store.export(format, args.graph.as_deref(), &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn run_extract(args: args::ExtractArgs) -> Result<ExitCode> {
    let knowledge = load_knowledge(args.data.data.as_deref())?;
    let stdout = std::io::stdout();
    let out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let report = |message: &str| eprintln!("newsgraph: {message}");
    let summary = extract_to(
        ArticleReader::new(&args.paths),
        &knowledge,
        rdf_format(args.format),
        args.self_contained,
        out,
        &report,
    )?;
    if summary.failed > 0 {
        eprintln!(
            "newsgraph: {} input(s) failed; the RDF of the other {} was written",
            summary.failed, summary.articles
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
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
