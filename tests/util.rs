//! Helpers shared by the integration tests: the binary, the example files,
//! and a store in a temporary directory driven through the command line.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::Quad;
use tempfile::TempDir;

pub const PREFIXES: &str = "\
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <http://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX entity: <https://w3id.org/newsgraph/entity/>
PREFIX wd: <http://www.wikidata.org/entity/>
";

/// URLs of some example articles, to find their graphs.
pub const KIM_PUTIN_URL: &str = "https://news.example.com/world/asia/kim-putin-vostochny-summit";
pub const KISHIDA_URL: &str = "https://news.example.com/world/asia/kishida-marcos-manila";
pub const DISTRACTOR_URL: &str = "https://business.example.com/companies/palm-oil-agm-dividend";

/// Articles in examples/: five .json, two records in the .jsonl, one .txt.
pub const EXAMPLE_ARTICLES: u64 = 8;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn examples() -> PathBuf {
    root().join("examples")
}

pub fn example(name: &str) -> PathBuf {
    examples().join(name)
}

pub fn bad() -> PathBuf {
    root().join("tests").join("bad")
}

/// The binary, run from the repository root, untouched by the caller's environment.
pub fn newsgraph() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_DATA");
    command
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// A persistent store in a temporary directory.
pub struct TestStore {
    _dir: TempDir,
    pub path: PathBuf,
}

impl TestStore {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("store");
        Self { _dir: dir, path }
    }

    /// A store holding every article of examples/.
    pub fn with_examples() -> Self {
        let store = Self::new();
        let output = store.ingest(&[examples()]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "ingest examples/: {}",
            stderr(&output)
        );
        store
    }

    pub fn command(&self, verb: &str) -> Command {
        let mut command = newsgraph();
        command.arg(verb).arg("--store").arg(&self.path);
        command
    }

    pub fn ingest(&self, paths: &[PathBuf]) -> std::process::Output {
        self.command("ingest").args(paths).output().expect("runs")
    }

    /// Runs a query, expecting success, and returns stdout.
    pub fn query(&self, format: &str, sparql: &str) -> String {
        let output = self
            .command("query")
            .args(["--format", format, sparql])
            .output()
            .expect("runs");
        assert!(
            output.status.success(),
            "query failed: {}\n{sparql}",
            stderr(&output)
        );
        stdout(&output)
    }

    /// Runs a SELECT and returns its bindings as SPARQL JSON results.
    pub fn select(&self, sparql: &str) -> Vec<serde_json::Value> {
        let json: serde_json::Value =
            serde_json::from_str(&self.query("json", &format!("{PREFIXES}{sparql}")))
                .expect("JSON results parse");
        json["results"]["bindings"]
            .as_array()
            .expect("bindings")
            .clone()
    }

    /// The value of `?n` in the one row of a SELECT.
    pub fn count(&self, sparql: &str) -> u64 {
        let rows = self.select(sparql);
        assert_eq!(rows.len(), 1, "one row expected from {sparql}");
        rows[0]["n"]["value"]
            .as_str()
            .expect("?n bound")
            .parse()
            .expect("?n is a number")
    }

    /// One column of a SELECT, as plain strings.
    pub fn column(&self, sparql: &str, var: &str) -> Vec<String> {
        self.select(sparql)
            .iter()
            .filter_map(|row| row[var]["value"].as_str().map(String::from))
            .collect()
    }

    /// The IRI of the graph of the article at `url`.
    pub fn graph_of(&self, url: &str) -> String {
        let graphs = self.column(
            &format!("SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a schema:url <{url}> }} }}"),
            "g",
        );
        assert_eq!(graphs.len(), 1, "one graph for {url}: {graphs:?}");
        graphs[0].clone()
    }

    pub fn export(&self, args: &[&str]) -> Vec<u8> {
        let output = self.command("export").args(args).output().expect("runs");
        assert!(
            output.status.success(),
            "export {args:?}: {}",
            stderr(&output)
        );
        output.stdout
    }
}

pub fn rdf_format(name: &str) -> RdfFormat {
    match name {
        "turtle" => RdfFormat::Turtle,
        "trig" => RdfFormat::TriG,
        "ntriples" => RdfFormat::NTriples,
        "nquads" => RdfFormat::NQuads,
        "rdfxml" => RdfFormat::RdfXml,
        "jsonld" => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        other => panic!("unknown format {other}"),
    }
}

/// Parses RDF with Oxigraph's parser, panicking with the error and the format.
pub fn parse_rdf(format: &str, bytes: &[u8]) -> Vec<Quad> {
    RdfParser::from_format(rdf_format(format))
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format} output does not parse: {e}"))
}

pub fn write_file(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write test input");
    path
}

/// Starts `command` with `NEWSGRAPH_PAUSE_AT=point` (src/checkpoint.rs) and
/// returns once it says on stderr that it paused there.
pub fn spawn_paused(mut command: std::process::Command, point: &str) -> std::process::Child {
    let mut child = command
        .env("NEWSGRAPH_PAUSE_AT", point)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("newsgraph starts");
    let mut stderr = child.stderr.take().expect("piped");
    let mut seen = String::new();
    let mut buffer = [0u8; 256];
    while !seen.contains("paused at") {
        let n = std::io::Read::read(&mut stderr, &mut buffer).expect("stderr reads");
        assert!(n > 0, "newsgraph ended without pausing at {point}: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buffer[..n]));
    }
    // Kept open: a write to a closed pipe would end the process before its caller does.
    child.stderr = Some(stderr);
    child
}
