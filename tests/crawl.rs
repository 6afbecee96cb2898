//! HTML pages and WARC files (issue 17). The WARC files are written by
//! `scripts/warc_fixtures.py` with warcio; without warcio these tests say so
//! on stderr and pass, except under CI (`CI` set), where they fail.

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::OnceLock;

use crate::util::{example, newsgraph, stderr, stdout, write_file, TestStore, KIM_PUTIN_URL};

const KISHIDA: &str = "https://news.example.org/2023/11/kishida-marcos-manila-talks";
const LEGACY: &str = "https://news.example.org/2023/09/kim-putin-cosmodrome-legacy";
const UNDATED: &str = "https://news.example.org/undated/yoon-biden";

/// The fixtures, written once per test run under cargo's temporary
/// directory, or `None` when warcio is missing outside CI.
fn fixtures() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("warc-fixtures");
        let output = Process::new("python3")
            .arg(crate::util::root().join("scripts/warc_fixtures.py"))
            .arg(&dir)
            .output();
        match output {
            Ok(output) if output.status.success() => Some(dir),
            other => {
                let why = match other {
                    Ok(output) => String::from_utf8_lossy(&output.stderr).into_owned(),
                    Err(e) => format!("python3: {e}"),
                };
                assert!(
                    std::env::var_os("CI").is_none(),
                    "WARC fixtures cannot be written: {why}"
                );
                eprintln!(
                    "SKIPPED: WARC tests need python3 and warcio (pip install warcio): {why}"
                );
                None
            }
        }
    })
    .as_deref()
}

fn assert_good_warc_stored(store: &TestStore, output: &std::process::Output) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(
        err.contains("ingested 4 new, 0 replaced, 0 unchanged, 0 failed"),
        "{err}"
    );
    for line in [
        "skipped 1 articles: language fr has no lexicon",
        "skipped 4 WARC records: request records",
        "skipped 1 WARC records: warcinfo records",
        "skipped 1 WARC records: metadata records",
        "skipped 1 WARC records: HTTP responses that are not HTML",
        "skipped 1 WARC records: HTTP responses without a 2xx status",
    ] {
        assert!(err.contains(line), "missing `{line}` in {err}");
    }
    let graph = store.graph_of(KISHIDA);
    let meetings = store.count(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?e a ng:Meeting }} }}"
    ));
    assert!(meetings >= 1, "no meeting found in the Kishida page");
    // Title from og:title, not <title>; date from article:published_time.
    let rows = store.select(&format!(
        "SELECT ?t ?d WHERE {{ GRAPH <{graph}> {{ ?a schema:url <{KISHIDA}> ; schema:headline ?t ; schema:datePublished ?d }} }}"
    ));
    assert_eq!(rows[0]["t"]["value"], "Kishida and Marcos meet in Manila");
    assert!(rows[0]["d"]["value"]
        .as_str()
        .unwrap()
        .starts_with("2023-11-03"));
    // A page without a date gets the WARC-Date.
    let undated = store.graph_of(UNDATED);
    let dates = store.column(
        &format!("SELECT ?d WHERE {{ GRAPH <{undated}> {{ ?a schema:datePublished ?d }} }}"),
        "d",
    );
    assert!(dates[0].starts_with("2024-01-15"), "{dates:?}");
}

#[test]
fn warc_gz_with_a_member_per_record_and_plain_warc_are_read_alike() {
    let Some(dir) = fixtures() else { return };
    for name in ["good.warc.gz", "good.warc"] {
        let store = TestStore::new();
        let output = store.ingest(&[dir.join(name)]);
        assert_good_warc_stored(&store, &output);
    }
}

#[test]
fn offsets_count_into_the_extracted_text_of_a_legacy_charset_page() {
    let Some(dir) = fixtures() else { return };
    let store = TestStore::new();
    store.ingest(&[dir.join("good.warc.gz")]);
    let graph = store.graph_of(LEGACY);
    let mentions = format!(
        "GRAPH <{graph}> {{ ?m nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; \
         nif:anchorOf ?anchor . ?a nif:isString ?text }}"
    );
    let texts = store.column(
        &format!("SELECT DISTINCT ?text WHERE {{ {mentions} }}"),
        "text",
    );
    assert_eq!(texts.len(), 1, "{texts:?}");
    // The windows-1252 byte of "café" was decoded, and no markup is left.
    assert!(texts[0].contains("caf\u{e9}-table summit"), "{}", texts[0]);
    assert!(
        !texts[0].contains('<') && !texts[0].contains("Home"),
        "{}",
        texts[0]
    );
    let wrong = store.select(&format!(
        "SELECT ?anchor WHERE {{ {mentions} FILTER(SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor) }}"
    ));
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// Each bad file names its place and what is wrong; its last good page is stored.
#[test]
fn damaged_warc_files_are_reported_and_the_rest_is_stored() {
    let Some(dir) = fixtures() else { return };
    let bad = dir.join("bad");
    let cases: [(&str, &[&str]); 6] = [
        ("huge.warc.gz", &["huge.warc.gz: record at offset 0: page of 30.0 MiB is larger than the 8 MiB limit"]),
        ("no-body.warc.gz", &["no-body.warc.gz: record at offset 0: no article body found"]),
        ("wrong-charset.warc.gz", &["wrong-charset.warc.gz: record at offset 0: the page declares charset UTF-8"]),
        ("lying-length.warc", &[
            "lying-length.warc: record at offset 0: the block does not end after its Content-Length",
            "lying-length.warc: record at offset 3199: the block does not end after its Content-Length",
        ]),
        ("truncated.warc.gz", &["truncated.warc.gz: the gzip member at offset ", "the records after this point are lost"]),
        ("zipped.warc", &["zipped.warc: this is a ZIP archive, not a WARC file"]),
    ];
    for (name, messages) in cases {
        let store = TestStore::new();
        // Each bad file comes with another input in the same batch.
        let output = store.ingest(&[bad.join(name), example("en-kim-putin-vostochny.json")]);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {err}");
        for message in messages {
            assert!(err.contains(message), "{name}: `{message}` not in {err}");
        }
        assert!(!err.contains("panicked"), "{err}");
        store.graph_of(KIM_PUTIN_URL);
        // The good pages of the bad file itself are stored too.
        let survivors: &[&str] = match name {
            "zipped.warc" => &[],
            "truncated.warc.gz" => &[KISHIDA, LEGACY, UNDATED],
            _ => &[UNDATED],
        };
        for url in survivors {
            store.graph_of(url);
        }
    }
}

#[test]
fn extract_reads_warc_to_nquads() {
    let Some(dir) = fixtures() else { return };
    let output = newsgraph()
        .args(["extract", "--format", "nquads"])
        .arg(dir.join("good.warc.gz"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let quads = crate::util::parse_rdf("nquads", &output.stdout);
    assert!(quads.iter().any(|q| q.object.to_string().contains(KISHIDA)));
    assert!(stderr(&output).contains("skipped 1 articles: language fr has no lexicon"));
    assert!(!stdout(&output).contains("actu.example.fr"));
}

fn html_page(dir: &Path, name: &str, lang: &str, body: &str) -> PathBuf {
    write_file(
        dir,
        name,
        &format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <link rel=\"canonical\" href=\"https://news.example.net/{name}\">\
             <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Leaders meet\",\
             \"datePublished\":\"2023-08-18T15:00:00Z\"}}</script></head>\
             <body><div class=\"menu\">Subscribe now</div><article><p>{body}</p>\
             <p>Aides described the talks as long and detailed, and said a joint statement would follow within days, \
             once the wording on maritime security had been agreed by all delegations present.</p></article></body></html>"
        ),
    )
}

#[test]
fn html_files_are_read_with_json_ld_and_canonical_link() {
    let dir = tempfile::tempdir().unwrap();
    let page = html_page(
        dir.path(),
        "camp-david.html",
        "en",
        "US President Joe Biden met South Korean President Yoon Suk Yeol and Japanese Prime Minister \
         Fumio Kishida at Camp David on Friday for a summit on regional security.",
    );
    let french = html_page(
        dir.path(),
        "sommet.htm",
        "fr",
        "Les dirigeants des trois pays se sont réunis vendredi à Camp David pour un sommet consacré \
         à la sécurité régionale. Ils ont parlé longuement des exercices navals, des échanges de \
         renseignements et d'une ligne de communication directe entre les trois capitales, selon \
         plusieurs diplomates présents qui ont décrit une rencontre cordiale et très préparée.",
    );
    let empty = write_file(
        dir.path(),
        "empty.html",
        "<html><body><nav>Menu</nav></body></html>",
    );
    let store = TestStore::new();
    let output = store.ingest(&[page, french, empty]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("empty.html: no article body found in the page"),
        "{err}"
    );
    assert!(
        err.contains("skipped 1 articles: language fr has no lexicon"),
        "{err}"
    );
    let url = "https://news.example.net/camp-david.html";
    let graph = store.graph_of(url);
    let rows = store.select(&format!(
        "SELECT ?t ?d ?text WHERE {{ GRAPH <{graph}> {{ ?a schema:headline ?t ; schema:datePublished ?d ; nif:isString ?text }} }}"
    ));
    assert_eq!(rows[0]["t"]["value"], "Leaders meet");
    assert!(rows[0]["d"]["value"]
        .as_str()
        .unwrap()
        .starts_with("2023-08-18"));
    let text = rows[0]["text"]["value"].as_str().unwrap();
    assert!(text.starts_with("US President Joe Biden met"), "{text}");
    assert!(!text.contains("Subscribe"), "{text}");
}
