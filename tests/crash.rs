//! A killed, interrupted or repeated ingest never leaves a store that answers
//! wrong: real `newsgraph ingest` processes are stopped with `kill -9` at
//! named points (`NEWSGRAPH_PAUSE_AT`, see src/checkpoint.rs) and at random
//! moments, then every canned query must answer what its direct form in
//! tests/direct/ answers, and a second run must store every article once.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::derived::{assert_all_same, canned, generated, with_swapped_texts};
use crate::util::*;

/// Starts an ingest that pauses at `point`; returns once it has, and its stderr so far.
fn ingest_paused_at(store: &TestStore, point: &str, extra: &[&str], paths: &[PathBuf]) -> Child {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .arg("ingest")
        .arg("--store")
        .arg(&store.path)
        .args(extra)
        .args(paths)
        .stdout(Stdio::null());
    spawn_paused(command, point)
}

fn kill_9(mut child: Child) {
    child.kill().expect("SIGKILL sent");
    child.wait().expect("reaped");
}

/// Distinct article graphs and article nodes: equal when no article is stored twice.
fn articles(store: &TestStore) -> (u64, u64) {
    (
        store.count(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }",
        ),
        store.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"),
    )
}

fn corpus(dir: &Path, seed: u64, count: u64) -> PathBuf {
    generated(dir, &format!("corpus-{seed}.jsonl"), seed, count)
}

#[test]
fn an_ingest_killed_at_any_point_leaves_no_wrong_answer() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 31, 300);
    for point in ["start", "commit", "written", "summary"] {
        let store = TestStore::with_examples();
        let child = ingest_paused_at(
            &store,
            point,
            &["--commit-every", "100"],
            std::slice::from_ref(&corpus),
        );
        kill_9(child);
        // The first reader finds the summary stale, says so and rebuilds it.
        let output = store.command("stats").output().unwrap();
        assert!(output.status.success(), "{point}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("summary graph") && stderr(&output).contains("rebuilding"),
            "{point}: no note on stderr: {}",
            stderr(&output)
        );
        assert_all_same(&store);
        // Run again: every article once.
        let output = store.ingest(std::slice::from_ref(&corpus));
        assert!(output.status.success(), "{point}: {}", stderr(&output));
        assert_eq!(articles(&store), (308, 308), "{point}");
    }
}

/// The table's second row: killed while re-ingesting changed articles, then an
/// ingest that only adds articles must not build on the stale summary.
#[test]
fn a_killed_re_ingest_then_an_add_only_run_leaves_no_wrong_answer() {
    let dir = tempfile::tempdir().unwrap();
    let first = corpus(dir.path(), 32, 400);
    let changes = with_swapped_texts(&first, 150, &dir.path().join("changes.jsonl"));
    let more = corpus(dir.path(), 33, 200);
    let store = TestStore::new();
    assert!(store.ingest(std::slice::from_ref(&first)).status.success());
    let child = ingest_paused_at(&store, "written", &[], &[changes]);
    kill_9(child);
    let output = store.ingest(std::slice::from_ref(&more));
    // gen-corpus reuses URLs across seeds: some of `more` may replace.
    assert!(output.status.success(), "{}", stderr(&output));
    assert_all_same(&store);
}

/// Killed at random moments of a run that commits often: the next open
/// leaves no `bulk-*.sst`, the store answers right, and a second run stores
/// each article once.
#[test]
fn an_ingest_killed_mid_load_leaves_no_debris() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 34, 800);
    for delay_ms in [700u64, 3000] {
        let store = TestStore::new();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["ingest", "--commit-every", "150", "--store"])
            .arg(&store.path)
            .arg(&corpus)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        kill_9(child);
        // A stray load file, as a process killed mid-load leaves.
        if store.path.is_dir() {
            std::fs::write(store.path.join("bulk-12345.sst"), b"partial").unwrap();
        }
        let output = store.ingest(std::slice::from_ref(&corpus));
        assert!(output.status.success(), "{}", stderr(&output));
        let debris: Vec<_> = std::fs::read_dir(&store.path)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with("bulk-"))
            .collect();
        assert!(debris.is_empty(), "after {delay_ms} ms: {debris:?}");
        let (graphs, nodes) = articles(&store);
        assert_eq!(
            graphs, nodes,
            "after {delay_ms} ms: an article stored twice"
        );
        assert!(graphs >= 800, "after {delay_ms} ms: {graphs} articles");
        assert_all_same(&store);
    }
}

#[test]
fn ctrl_c_stops_at_a_batch_with_a_summary_line() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::fs::read_to_string(corpus(dir.path(), 35, 1200)).unwrap();
    let lines: Vec<&str> = corpus.lines().collect();
    let store = TestStore::with_examples();
    // Articles on standard input, which stays open: the run cannot end before Ctrl-C.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["ingest", "--commit-every", "100", "--store"])
        .arg(&store.path)
        .arg("-")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{}", lines[..600].join("\n")).unwrap();
    std::thread::sleep(Duration::from_millis(3000));
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    std::thread::sleep(Duration::from_millis(200));
    // More input arrives after Ctrl-C; it is not read.
    let _ = writeln!(stdin, "{}", lines[600..].join("\n"));
    drop(stdin);
    let started = Instant::now();
    let output = child.wait_with_output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(60), "slow to stop");
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with("interrupted: ingested "))
        .unwrap_or_else(|| panic!("no summary line: {err}"));
    let new: u64 = line["interrupted: ingested ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(new < 1200, "the run was not interrupted: {line}");
    // What the line says was stored is stored, and the summary is current.
    let output = store.command("stats").output().unwrap();
    assert!(
        !stderr(&output).contains("rebuilding"),
        "{}",
        stderr(&output)
    );
    assert_eq!(articles(&store).0, EXAMPLE_ARTICLES + new);
    assert_all_same(&store);
}

#[test]
fn unchanged_articles_are_skipped_and_changed_ones_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let store = TestStore::with_examples();
    let output = store.ingest(&[examples()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("0 new, 0 replaced, 8 unchanged"),
        "{}",
        stderr(&output)
    );
    // One article's title changes: it alone is analysed again.
    let copy = dir.path().join("examples");
    std::fs::create_dir(&copy).unwrap();
    for entry in std::fs::read_dir(examples()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    let json = std::fs::read_dir(&copy)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .min()
        .unwrap();
    let mut article: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    article["title"] = "A title edited by the test".into();
    std::fs::write(&json, article.to_string()).unwrap();
    let output = store.ingest(&[copy]);
    assert!(
        stderr(&output).contains("0 new, 1 replaced, 7 unchanged"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        store.count(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a schema:headline ?t FILTER(STR(?t) = \"A title edited by the test\") }"
        ),
        1
    );
    assert_eq!(articles(&store), (8, 8));
}

/// The stream-filter recipe: article graphs written by another tool (here
/// Oxigraph's own bulk loader, as `oxigraph load` does) have no summary;
/// `refresh` builds it, and a reader that finds it missing builds it too.
#[test]
fn refresh_builds_the_summary_for_graphs_loaded_by_another_tool() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 36, 300);
    let mut nquads = Vec::new();
    for args in [
        vec![
            "extract".into(),
            "--format".into(),
            "nquads".into(),
            examples(),
            corpus,
        ],
        vec!["gazetteer".into(), "--format".into(), "nquads".into()],
    ] {
        let output = newsgraph().args(&args).output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        nquads.extend(output.stdout);
    }
    for refresh_first in [true, false] {
        let store = TestStore::new();
        {
            let loaded = oxigraph::store::Store::open(&store.path).unwrap();
            let mut loader = loaded.bulk_loader();
            loader
                .load_from_slice(oxigraph::io::RdfFormat::NQuads, &nquads)
                .unwrap();
            loader.commit().unwrap();
        }
        if refresh_first {
            let output = store.command("refresh").output().unwrap();
            assert!(output.status.success(), "{}", stderr(&output));
            assert!(
                stderr(&output).contains("timeline cells"),
                "{}",
                stderr(&output)
            );
        }
        let output = store.command("query").arg("timeline").output().unwrap();
        assert!(output.status.success());
        assert_eq!(
            stderr(&output).contains("rebuilding"),
            !refresh_first,
            "{}",
            stderr(&output)
        );
        assert!(canned(&store, "meetings").len() > 10);
        assert_all_same(&store);
    }
}
