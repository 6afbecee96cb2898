//! The sentence segmenter on arbitrary text, in each language of the
//! knowledge and undeclared (detected); the first byte picks which.
#![no_main]

use newsgraph_extract::read::Article;
use newsgraph_extract::segment::segment;

libfuzzer_sys::fuzz_target!(
    // Loading the knowledge (its automata and regexes) takes seconds: not per input.
    init: {
        newsgraph_fuzz::knowledge();
    },
    |data: &[u8]| run(data)
);

fn run(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let knowledge = newsgraph_fuzz::knowledge();
    let languages = &knowledge.languages;
    let language = languages
        .get(usize::from(pick) % (languages.len() + 1))
        .map(|l| l.code.clone());
    let article = Article {
        source: "fuzz".into(),
        url: None,
        title: None,
        date_published: None,
        language,
        text: text.to_string(),
    };
    let document = segment(article, knowledge);
    newsgraph_fuzz::check_document(&document, text);
}
