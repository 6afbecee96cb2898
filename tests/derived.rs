//! The derived keys (`ng:timelineCell`, `ng:meetingPair`) and the summary
//! graph: every canned query that reads them must answer what its direct form
//! (`tests/direct/NAME.rq`, plain joins over the article graphs) answers, on
//! a generated corpus large enough that the latest-100 lists span several
//! months, and again after articles are re-ingested with other text.

use std::path::{Path, PathBuf};

use crate::util::*;

/// The canned queries with a direct form in tests/direct/.
const FAST: &[&str] = &[
    "timeline",
    "who-met-whom",
    "missile-tests-month",
    "meetings",
    "visits",
    "missile-tests",
    "exercises",
    "weapons-talks",
    "stats",
];

/// Writes `count` generated articles (seed `seed`) to `dir/name`.
pub fn generated(dir: &Path, name: &str, seed: u64, count: u64) -> PathBuf {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gen-corpus"))
        .args(["--seed", &seed.to_string(), "--count", &count.to_string()])
        .output()
        .expect("gen-corpus runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let path = dir.join(name);
    std::fs::write(&path, output.stdout).expect("corpus written");
    path
}

fn csv(store: &TestStore, args: &[&str]) -> Vec<String> {
    let output = store
        .command("query")
        .args(["--format", "csv"])
        .args(args)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    // None of these queries returns a value with a line break.
    stdout(&output).lines().map(String::from).collect()
}

pub fn canned(store: &TestStore, name: &str) -> Vec<String> {
    csv(store, &[name])
}

fn direct(store: &TestStore, name: &str) -> Vec<String> {
    let path = root().join("tests/direct").join(format!("{name}.rq"));
    csv(store, &["--file", path.to_str().expect("UTF-8 path")])
}

pub fn sorted(rows: &[String]) -> Vec<String> {
    let mut rows = rows.to_vec();
    rows.sort();
    rows
}

/// The date column (the second) of a list row.
fn date(row: &str) -> &str {
    row.split(',').nth(1).unwrap_or("")
}

/// Same header and rows. A query cut at LIMIT may break ties at the last date
/// either way, so for a full page only the rows before that date must agree.
fn assert_same(name: &str, fast: &[String], slow: &[String]) {
    assert_eq!(fast.first(), slow.first(), "{name}: header");
    assert_eq!(fast.len(), slow.len(), "{name}: number of rows");
    if slow.len() < 101 || !FAST[2..].contains(&name) {
        assert_eq!(sorted(fast), sorted(slow), "{name}: rows");
        return;
    }
    let edge = date(&slow[slow.len() - 1]).to_string();
    let before = |rows: &[String]| {
        sorted(
            &rows[1..]
                .iter()
                .filter(|r| date(r) != edge)
                .cloned()
                .collect::<Vec<_>>(),
        )
    };
    let (f, s) = (before(fast), before(slow));
    assert!(s.len() >= 50, "{name}: too many ties at {edge} to compare");
    assert_eq!(f, s, "{name}: rows before the last date {edge}");
}

pub fn assert_all_same(store: &TestStore) {
    for name in FAST {
        let (fast, slow) = (canned(store, name), direct(store, name));
        assert!(slow.len() > 1, "{name}: the direct form finds nothing");
        assert_same(name, &fast, &slow);
    }
}

#[test]
fn fast_canned_queries_answer_as_their_direct_forms() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), "corpus.jsonl", 11, 1500);
    let store = TestStore::new();
    let output = store.ingest(&[examples(), corpus]);
    assert!(output.status.success(), "{}", stderr(&output));
    // The lists must need more than their latest month to fill 100 rows.
    let months = store.column(
        "SELECT DISTINCT ?m WHERE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?c ng:month ?m } }",
        "m",
    );
    assert!(months.len() >= 12, "{months:?}");
    assert_all_same(&store);
}

#[test]
fn every_event_has_its_timeline_cell_and_every_meeting_its_pairs() {
    let store = TestStore::with_examples();
    // Kim Jong-un and Putin met at Vostochny on 13 September 2023.
    let cells = store.column(
        &format!(
            "SELECT DISTINCT ?cell WHERE {{ GRAPH ?g {{ ?a schema:url <{KIM_PUTIN_URL}> . ?e a ng:Meeting ; ng:timelineCell ?cell ; ng:meetingPair ?pair . ?pair ng:firstParty entity:Kim_Jong-un ; ng:secondParty entity:Vladimir_Putin }} }}"
        ),
        "cell",
    );
    assert_eq!(
        cells,
        ["https://w3id.org/newsgraph/timeline/2023-09-13/Meeting/occurred"]
    );
    assert_eq!(
        store.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e ng:status ?s FILTER NOT EXISTS { ?e ng:timelineCell ?c } } }"),
        0
    );
    assert_eq!(
        store.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a ng:Meeting ; sem:hasActor ?x , ?y FILTER(STR(?x) < STR(?y)) FILTER NOT EXISTS { ?e ng:meetingPair ?p . ?p ng:firstParty ?x ; ng:secondParty ?y } } }"),
        0
    );
    assert_eq!(
        store.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e ng:meetingPair ?p FILTER NOT EXISTS { ?e a ng:Meeting } } }"),
        0
    );
}

/// Rewrites the records of a JSON Lines corpus: the first `n` get the text of
/// the `n` after them (other events), under their own URL.
pub fn with_swapped_texts(corpus: &Path, n: usize, out: &Path) -> PathBuf {
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(corpus)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut changed = Vec::new();
    for i in 0..n {
        let mut record = lines[i].clone();
        record["maintext"] = lines[i + n]["maintext"].clone();
        changed.push(serde_json::to_string(&record).unwrap());
    }
    std::fs::write(out, changed.join("\n") + "\n").unwrap();
    out.to_path_buf()
}

#[test]
fn the_summary_follows_re_ingested_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), "corpus.jsonl", 12, 400);
    let changes = with_swapped_texts(&corpus, 150, &dir.path().join("changes.jsonl"));

    // Ingested, then 150 articles re-ingested with other text …
    let updated = TestStore::new();
    assert!(updated
        .ingest(std::slice::from_ref(&corpus))
        .status
        .success());
    let before = canned(&updated, "timeline");
    let output = updated.ingest(std::slice::from_ref(&changes));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("150 replaced") || stderr(&output).contains("150 replaced"));
    let after = canned(&updated, "timeline");
    assert_ne!(
        before, after,
        "the re-ingested articles change the timeline"
    );

    // … answers as a store that only ever saw the final texts.
    let fresh = TestStore::new();
    let final_corpus = dir.path().join("final.jsonl");
    let mut text = std::fs::read_to_string(&corpus).unwrap();
    text.push_str(&std::fs::read_to_string(&changes).unwrap());
    std::fs::write(&final_corpus, text).unwrap();
    assert!(fresh.ingest(&[final_corpus]).status.success());
    for name in ["timeline", "who-met-whom"] {
        assert_eq!(
            sorted(&canned(&updated, name)),
            sorted(&canned(&fresh, name)),
            "{name}"
        );
    }
    assert_all_same(&updated);
}

/// A run that only adds articles updates the summary from the events it
/// writes, without a scan: after two such runs (whose articles share events
/// with the first run's) it must equal the summary of one run over all.
#[test]
fn the_summary_adds_up_over_runs_that_only_add_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), "corpus.jsonl", 21, 600);
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let (first, second) = lines.split_at(lines.len() / 2);
    let first_path = dir.path().join("first.jsonl");
    let second_path = dir.path().join("second.jsonl");
    std::fs::write(&first_path, first.join("\n") + "\n").unwrap();
    std::fs::write(&second_path, second.join("\n") + "\n").unwrap();

    let in_two_runs = TestStore::new();
    for part in [&first_path, &second_path] {
        let output = in_two_runs.ingest(std::slice::from_ref(part));
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let in_one_run = TestStore::new();
    assert!(in_one_run
        .ingest(std::slice::from_ref(&corpus))
        .status
        .success());
    let summary = "SELECT ?cell ?events ?after WHERE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?cell <https://w3id.org/newsgraph/ontology#events> ?events ; <https://w3id.org/newsgraph/ontology#eventsAfter> ?after } }";
    let query = dir.path().join("summary.rq");
    std::fs::write(&query, summary).unwrap();
    let query = query.to_str().unwrap();
    let two = sorted(&csv(&in_two_runs, &["--file", query]));
    assert!(two.len() > 10, "the summary has cells: {two:?}");
    assert_eq!(two, sorted(&csv(&in_one_run, &["--file", query])));
    assert_all_same(&in_two_runs);
}
