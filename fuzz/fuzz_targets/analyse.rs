//! The whole analysis of one article: read -> segment -> recognise ->
//! extract -> describe. The input is a news-please JSON record when it
//! parses as one (the seeds are), else a plain-text page.
#![no_main]

use newsgraph_extract::describe::describe;
use newsgraph_extract::extract::extract;
use newsgraph_extract::read::{parse_json_record, parse_plain_text};
use newsgraph_extract::recognise::recognise;
use newsgraph_extract::segment::segment;

libfuzzer_sys::fuzz_target!(
    // Loading the knowledge (its automata and regexes) takes seconds: not per input.
    init: {
        newsgraph_fuzz::knowledge();
    },
    |data: &[u8]| run(data)
);

fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let article = match parse_json_record("fuzz.jsonl:1", text) {
        Ok(article) => article,
        Err(_) => match parse_plain_text("fuzz.txt", text.to_string()) {
            Ok(article) => article,
            Err(_) => return,
        },
    };
    newsgraph_fuzz::check_article(&article);
    let knowledge = newsgraph_fuzz::knowledge();
    let original = article.text.clone();
    let document = segment(article, knowledge);
    newsgraph_fuzz::check_document(&document, &original);
    let extraction = extract(recognise(document, knowledge), knowledge);
    // Lean or self-contained graphs, one per input, by its length.
    let self_contained = data.len() % 2 == 1;
    newsgraph_fuzz::check_description(&describe(&extraction, knowledge, self_contained));
}
