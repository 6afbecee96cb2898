//! Hostile but fair use (issue 15): odd inputs, interrupted outputs, wrong
//! paths and bad queries each get a clear, single-line answer and never a
//! silently wrong result or a hang.

use std::time::Duration;

use crate::util::*;

fn stderr_lines(output: &std::process::Output) -> Vec<String> {
    stderr(output).lines().map(String::from).collect()
}

#[test]
fn reading_verbs_refuse_a_path_without_a_store_and_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("mistyped");
    for verb in [
        &["query", "meetings"][..],
        &["stats"],
        &["export"],
        &["refresh"],
    ] {
        let output = newsgraph()
            .arg(verb[0])
            .arg("--store")
            .arg(&missing)
            .args(&verb[1..])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{verb:?}");
        let lines = stderr_lines(&output);
        assert_eq!(lines.len(), 1, "{verb:?}: {lines:?}");
        assert!(lines[0].contains("no newsgraph store"), "{lines:?}");
        assert!(!lines[0].contains("another newsgraph process"), "{lines:?}");
        assert!(!missing.exists(), "{verb:?} created {}", missing.display());
    }
}

#[test]
fn query_refuses_updates_knows_the_prefixes_and_stops_at_its_timeout() {
    let store = TestStore::with_examples();
    let output = store
        .command("query")
        .arg("INSERT DATA { <http://x.test/a> <http://x.test/b> <http://x.test/c> }")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("read-only"), "{}", stderr(&output));
    // No PREFIX declared: ng:, sem:, schema:, rdfs:, xsd:, wd: are built in.
    let n = store.query(
        "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { ?e a ng:Meeting ; sem:hasActor ?a . ?a owl:sameAs ?w FILTER(STRSTARTS(STR(?w), STR(wd:))) }",
    );
    assert!(n.lines().nth(1).unwrap().parse::<u64>().unwrap() > 0, "{n}");
    // A cross product of the store with itself, three times: hours without a limit.
    let started = std::time::Instant::now();
    let output = store
        .command("query")
        .args([
            "--timeout",
            "1",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        ])
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("--timeout"), "{}", stderr(&output));
}

#[test]
fn a_query_syntax_error_is_one_short_line_naming_an_undefined_prefix() {
    let store = TestStore::with_examples();
    for (query, expected) in [
        ("SELECT * WHERE { ?s foo:bar ?o }", "newsgraph: invalid SPARQL at 1:28: undefined prefix `foo:`; declare it (PREFIX foo: <IRI>) or use a built-in one: ng: "),
        ("SELECT * WHERE {\n  ?s a geo:Point }", "newsgraph: invalid SPARQL at 2:17: undefined prefix `geo:`"),
        ("SELECT * WHERE { ?s ng:bar ?o ", "newsgraph: invalid SPARQL at 1:31: expected one of "),
        ("SELECT nonsense", "newsgraph: invalid SPARQL at 1:16: expected "),
        // Forty expected tokens and character classes: cut.
        ("SELECT * WHERE { ?s ?p ?o FILTER(", "newsgraph: invalid SPARQL at 1:34: expected one of \"!\", "),
    ] {
        let output = store.command("query").arg(query).output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        let lines = stderr_lines(&output);
        assert_eq!(lines.len(), 1, "{query}: {lines:?}");
        assert!(lines[0].starts_with(expected), "{query}: {}", lines[0]);
        assert!(lines[0].len() < 250 && !lines[0].contains("\\u{"), "{query}: {}", lines[0]);
    }
}

#[test]
fn a_locked_store_gets_the_lock_hint_once_other_errors_none() {
    let store = TestStore::with_examples();
    let output = store
        .command("query")
        .arg("SELECT nonsense")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr_lines(&output).len(), 1, "{}", stderr(&output));
    assert!(!stderr(&output).contains("another newsgraph process"));
    // Hold the store: an ingest paused before it writes.
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .args(["ingest", "--store"])
        .arg(&store.path)
        .arg(examples());
    let mut holder = spawn_paused(command, "start");
    let output = store.command("stats").output().unwrap();
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let lines = stderr_lines(&output);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("another newsgraph process"), "{lines:?}");
    assert_eq!(
        lines[0].matches("lock").count(),
        1,
        "cause said once: {lines:?}"
    );
}

#[test]
fn control_characters_never_reach_xml_or_a_terminal_table() {
    let dir = tempfile::tempdir().unwrap();
    let article = serde_json::json!({
        "url": "https://news.example.com/control-characters",
        "title": "Bad\u{1b}[31m title\u{7}\u{0}",
        "date_publish": "2024-03-01 08:00:00",
        "language": "en",
        "maintext": "Prime Minister Fumio Kishida met President Ferdinand Marcos Jr. in Manila on Friday."
    });
    let path = write_file(dir.path(), "control.json", &article.to_string());
    let store = TestStore::new();
    let output = store.ingest(&[path]);
    assert!(output.status.success(), "{}", stderr(&output));
    let xml = store.export(&["--format", "rdfxml"]);
    parse_rdf("rdfxml", &xml);
    let query = "SELECT ?t WHERE { ?a schema:headline ?t }";
    for format in ["xml", "table"] {
        let out = store.query(format, query);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{format}: {out:?}"
        );
        if format == "xml" {
            oxigraph::sparql::results::QueryResultsParser::from_format(
                oxigraph::sparql::results::QueryResultsFormat::Xml,
            )
            .for_slice(out.as_bytes())
            .expect("well-formed SPARQL XML results");
        }
    }
}

#[test]
fn an_interrupted_export_leaves_the_previous_file_whole() {
    let store = TestStore::with_examples();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("graph.ttl");
    std::fs::write(&out, "# the previous good export\n").unwrap();
    // The export is killed once it has written everything but not finished.
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .args(["export", "--store"])
        .arg(&store.path)
        .arg("-o")
        .arg(&out);
    let mut child = spawn_paused(command, "export");
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "# the previous good export\n"
    );
    // A finished export replaces it, and leaves no temporary file.
    store
        .command("export")
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    parse_rdf("turtle", &std::fs::read(&out).unwrap());
    // The killed export's temporary file, named for what it is, is removed
    // by the next export, which leaves none of its own.
    assert_eq!(names_in(dir.path()), ["graph.ttl"]);
}

/// A temporary file of an export killed earlier goes with the next export
/// into its directory, whatever that one writes; one of a live process stays.
#[cfg(target_os = "linux")]
#[test]
fn the_next_export_removes_a_killed_exports_temporary_file() {
    let store = TestStore::with_examples();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("graph.ttl");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .args(["export", "--store"])
        .arg(&store.path)
        .arg("-o")
        .arg(&out);
    let mut child = spawn_paused(command, "export");
    let partial = format!("graph.ttl.newsgraph-partial-{}", child.id());
    // This process is alive: its name must survive the clean-up.
    let live = format!("other.nq.newsgraph-partial-{}", std::process::id());
    std::fs::write(dir.path().join(&live), "").unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let killed = names_in(dir.path());
    assert!(killed.contains(&partial), "{killed:?}");
    assert!(!out.exists());
    store
        .command("export")
        .args(["--format", "nquads", "-o"])
        .arg(dir.path().join("all.nq"))
        .assert()
        .success();
    assert_eq!(names_in(dir.path()), ["all.nq", live.as_str()]);
}

/// The names in `dir`, sorted.
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn symlink_loops_fifos_unreadable_dirs_and_the_store_inside_the_input() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let crawl = dir.path().join("crawl");
    std::fs::create_dir_all(crawl.join("a")).unwrap();
    std::fs::copy(
        example("en-marcos-kishida-manila.json"),
        crawl.join("a/one.json"),
    )
    .unwrap();
    symlink(&crawl, crawl.join("a/loop")).unwrap();
    symlink(crawl.join("a"), crawl.join("again")).unwrap();
    let fifo = crawl.join("pipe.jsonl");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let locked = crawl.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::copy(
        example("en-marcos-kishida-manila.json"),
        locked.join("two.json"),
    )
    .unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_reads_anyway = std::fs::read_dir(&locked).is_ok();
    // The store inside the input directory, run twice: never read as input.
    for run in 0..2 {
        let output = newsgraph()
            .current_dir(&crawl)
            .args(["ingest", "--store", "store", "."])
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        let err = stderr(&output);
        assert!(
            err.contains("pipe.jsonl") && err.contains("not a regular file"),
            "{err}"
        );
        if !root_reads_anyway {
            assert!(err.contains("locked"), "{err}");
        }
        let failures = if root_reads_anyway { 1 } else { 2 };
        assert!(
            err.contains(&format!("{failures} failed")),
            "run {run}: {err}"
        );
        assert!(
            !err.contains("store/"),
            "run {run}: the store was read: {err}"
        );
        assert_eq!(output.status.code(), Some(1), "{err}");
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}
