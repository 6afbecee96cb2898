//! What the fuzz targets share: the embedded knowledge, loaded once; the
//! readers driven through a real file, as `ingest` drives them; and the
//! invariants every stage promises, checked on whatever the fuzzer feeds it.
//! A broken invariant panics, which libFuzzer reports as a crash.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use newsgraph_extract::describe::Description;
use newsgraph_extract::read::{Article, ArticleReader, ReadError};
use newsgraph_extract::segment::Document;
use newsgraph_extract::vocab::{gaf, ng, nif};
use newsgraph_extract::Knowledge;
use oxrdf::{Quad, Term};

/// The knowledge embedded in the binary, as `ingest` uses it by default.
pub fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| Knowledge::embedded().expect("the embedded knowledge loads"))
}

/// A file of this process's own, named `input.EXTENSION` (in memory when
/// `/dev/shm` exists), rewritten for every input.
fn input_path(extension: &str) -> PathBuf {
    let shm = PathBuf::from("/dev/shm");
    let base = if shm.is_dir() {
        shm
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("newsgraph-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a directory for the fuzz input");
    dir.join(format!("input.{extension}"))
}

/// Writes `bytes` to a file named `input.EXTENSION` and reads it with the
/// `ArticleReader`, to the end; checks what every reader promises.
pub fn read_file(bytes: &[u8], extension: &str) -> Vec<Article> {
    let path = input_path(extension);
    let mut file = std::fs::File::create(&path).expect("the fuzz input file");
    file.write_all(bytes).expect("the fuzz input written");
    drop(file);
    let shown = path.display().to_string();
    let mut articles = Vec::new();
    let mut reader = ArticleReader::new(std::slice::from_ref(&path));
    // A reader yields at most one item per record, so a WARC of N bytes has
    // far fewer than N items: more means the reader loops.
    for (count, item) in reader.by_ref().enumerate() {
        assert!(count <= bytes.len() + 1, "the reader does not end");
        match item {
            Ok(article) => {
                check_article(&article);
                articles.push(article);
            }
            Err(error) => check_error(&error, &shown),
        }
    }
    // The tally of skipped records is printed too, one line each.
    for line in reader.skips().lines() {
        assert!(
            !line.contains(['\n', '\r']),
            "a skip line is not one line: {line:?}"
        );
    }
    articles
}

/// An article always has text to analyse.
pub fn check_article(article: &Article) {
    assert!(
        !article.text.trim().is_empty(),
        "{}: an article with no text",
        article.source
    );
}

/// Errors name their place first and fit on one line, so that a terminal
/// shows one message per input (a line break or carriage return from the
/// input would split or overwrite it).
pub fn check_error(error: &ReadError, path: &str) {
    let message = error.to_string();
    assert!(
        message.starts_with(path),
        "the message does not start with the file: {message:?}"
    );
    assert!(
        !message.contains(['\n', '\r']),
        "the message is not one line: {message:?}"
    );
}

/// The segmenter keeps the text as received and returns sentence spans that
/// are ordered, disjoint, non-empty and on character boundaries.
pub fn check_document(document: &Document, text: &str) {
    assert_eq!(
        document.article.text, text,
        "the segmenter changed the text"
    );
    let mut previous_end = 0;
    for span in &document.sentences {
        assert!(
            previous_end <= span.start && span.start < span.end && span.end <= text.len(),
            "bad sentence span {span:?} after {previous_end} in {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "sentence span {span:?} splits a character"
        );
        previous_end = span.end;
    }
}

/// The quads of one article: all in its graph; every one written as N-Quads
/// parses back to itself; every mention's offsets (code points) select its
/// quoted text in the article's `nif:isString`; every event has a mention.
pub fn check_description(description: &Description) {
    let mut nquads = String::new();
    for quad in &description.quads {
        assert_eq!(
            quad.graph_name,
            description.graph.clone().into(),
            "a quad outside the article graph: {quad}"
        );
        nquads.push_str(&format!("{quad} .\n"));
    }
    let parsed: Vec<Quad> = oxttl::NQuadsParser::new()
        .for_slice(nquads.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("the quads are not valid N-Quads: {e}\n{nquads}"));
    assert_eq!(parsed, description.quads, "N-Quads did not round-trip");
    check_offsets(description);
}

fn check_offsets(description: &Description) {
    let literal = |term: &Term| match term {
        Term::Literal(literal) => literal.value().to_string(),
        other => panic!("expected a literal, found {other}"),
    };
    let mut text = None;
    let mut spans: HashMap<String, [Option<String>; 3]> = HashMap::new();
    let mut events: HashMap<String, bool> = HashMap::new();
    for quad in &description.quads {
        let subject = quad.subject.to_string();
        let predicate = quad.predicate.as_ref();
        let slot = [nif::BEGIN_INDEX, nif::END_INDEX, nif::ANCHOR_OF]
            .iter()
            .position(|p| *p == predicate);
        if predicate == nif::IS_STRING {
            text = Some(literal(&quad.object));
        } else if let Some(slot) = slot {
            spans.entry(subject).or_default()[slot] = Some(literal(&quad.object));
        } else if predicate == ng::TIMELINE_CELL {
            events.entry(subject).or_default();
        } else if predicate == gaf::DENOTED_BY {
            *events.entry(subject).or_default() = true;
        }
    }
    let text: Vec<char> = text.expect("the article states its text").chars().collect();
    for (mention, [begin, end, anchor]) in spans {
        let number = |n: Option<String>| -> usize {
            n.and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("{mention}: missing or bad offset"))
        };
        let (begin, end) = (number(begin), number(end));
        assert!(
            begin <= end && end <= text.len(),
            "{mention}: offsets out of the text"
        );
        let quoted: String = text[begin..end].iter().collect();
        assert_eq!(
            Some(quoted),
            anchor,
            "{mention}: offsets do not select the quoted text"
        );
    }
    for (event, denoted) in events {
        assert!(denoted, "{event}: an event without a mention");
    }
}
