//! Stage 2, segment: finds the page layout (byline, dateline, boilerplate)
//! and splits the body into sentences that keep their offsets. Entry point:
//! [`segment`], which turns an [`Article`] into a [`Document`].

use crate::knowledge::{EntityIdx, Knowledge, Language};
use crate::read::Article;

/// A span of the article text, in bytes; converted to code points only when
/// written out (see `describe`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the span's first byte.
    pub start: usize,
    /// Byte offset just past its last byte (exclusive).
    pub end: usize,
}

/// An article with its layout found: language, sentences, byline and dateline.
#[derive(Debug, Clone)]
pub struct Document {
    /// The article as read, its text unchanged: every span indexes it.
    pub article: Article,
    /// Index into [`Knowledge::languages`].
    pub language: usize,
    /// Sentences of the body, boilerplate left out, in text order.
    pub sentences: Vec<Span>,
    /// The author a byline line names (`By Dewi Lestari`), the last one if several.
    pub author: Option<String>,
    /// The publisher the dateline names (`REPUBLIKA.CO.ID`), as written.
    pub publisher: Option<String>,
    /// The place named in the dateline (`REPUBLIKA.CO.ID, WASHINGTON --`), as written.
    pub dateline_place: Option<String>,
    /// That place in the gazetteer (a dateline is read only when it names one).
    pub dateline_entity: Option<EntityIdx>,
}

/// The index of the article's language: the one it declares, else the one
/// its text is detected to be in.
fn language_of(article: &Article, knowledge: &Knowledge) -> usize {
    let language = article
        .language
        .as_deref()
        .and_then(|code| knowledge.language(code))
        .unwrap_or_else(|| knowledge.detect_language(&article.text));
    knowledge
        .languages
        .iter()
        .position(|l| std::ptr::eq(l, language))
        .unwrap_or(0)
}

/// Chooses the article's language (declared, else detected), drops
/// boilerplate lines and splits the body into sentences.
pub fn segment(article: Article, knowledge: &Knowledge) -> Document {
    let language = language_of(&article, knowledge);
    let mut document = Document {
        article,
        language,
        sentences: Vec::new(),
        author: None,
        publisher: None,
        dateline_place: None,
        dateline_entity: None,
    };
    // Spans are found on the text, then stored in the document that owns it.
    let text = std::mem::take(&mut document.article.text);
    let own = &knowledge.languages[language];
    let mut offset = 0;
    let mut skip_next = false;
    'lines: for raw_line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let mut body_start = line_start;
        for rules in knowledge.languages.iter().map(|l| &l.page) {
            if rules.end_body.iter().any(|r| r.is_match(trimmed)) {
                break 'lines;
            }
            if rules.skip_line.iter().any(|r| r.is_match(trimmed)) {
                continue 'lines;
            }
            if rules.skip_with_next.iter().any(|r| r.is_match(trimmed)) {
                skip_next = true;
                continue 'lines;
            }
            if let Some(caps) = rules.byline.iter().find_map(|r| r.captures(trimmed)) {
                document.author = caps.name("author").map(|m| m.as_str().trim().to_string());
                continue 'lines;
            }
            if document.dateline_place.is_some() || document.publisher.is_some() {
                continue;
            }
            // A dateline names a known place; "Foto: Dok. Redaksi" is not one.
            let dateline = rules.dateline.iter().find_map(|r| {
                let caps = r.captures(line)?;
                let place = knowledge
                    .gazetteer
                    .place_named(caps.name("place")?.as_str())?;
                Some((caps, place))
            });
            if let Some((caps, place)) = dateline {
                document.dateline_entity = Some(place);
                document.publisher = caps
                    .name("publisher")
                    .map(|m| m.as_str().trim().to_string());
                document.dateline_place = caps.name("place").map(|m| m.as_str().trim().to_string());
                body_start = line_start + caps.get(0).map_or(0, |m| m.end());
            }
        }
        split_sentences(
            &text,
            body_start,
            line_start + line.len(),
            own,
            &mut document.sentences,
        );
    }
    document.article.text = text;
    document
}

/// Splits `text[start..end]` (one line) into sentences, appending trimmed spans.
fn split_sentences(text: &str, start: usize, end: usize, language: &Language, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut sentence_start = start;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut stop = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while stop < end {
                let rest = &text[stop..end];
                let next = rest.chars().next().unwrap();
                if matches!(next, '"' | '\'' | ')' | '”' | '’' | '»' | '.' | '!' | '?') {
                    stop += next.len_utf8();
                } else {
                    break;
                }
            }
            let after = &text[stop..end];
            let gap = after.len() - after.trim_start().len();
            let next = after.trim_start().chars().next();
            let starts_sentence = next.is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(')
            });
            if gap > 0
                && starts_sentence
                && b == b'.'
                && is_abbreviation(&text[sentence_start..i + 1], language)
            {
                i = stop;
                continue;
            }
            // Crawled text sometimes loses the space between sentences ("lalu.Kepala").
            let glued = gap == 0 && b == b'.' && glued_sentences(&text[sentence_start..i], after);
            if (gap > 0 && starts_sentence) || glued {
                push_trimmed(text, sentence_start, stop, out);
                sentence_start = stop;
            }
            i = stop;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, sentence_start, end, out);
}

/// A full stop between a lower-case word and a capitalised one with no space:
/// two sentences run together, not an abbreviation such as "U.S." or a domain.
fn glued_sentences(before: &str, after: &str) -> bool {
    let mut next = after.chars();
    let last = before.chars().next_back();
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    // "(14/09).Budanov": a closing bracket ends a sentence as a word does.
    let ends_sentence =
        last == Some(')') || last.is_some_and(char::is_lowercase) && word.chars().count() >= 3;
    ends_sentence
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// Whether the word that ends at this full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str, language: &Language) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let letters = word.trim_end_matches('.');
    if letters.chars().count() == 1 && letters.chars().all(char::is_uppercase) {
        return true;
    }
    language.abbreviations.contains(word)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    let (start, end) = (start + leading, end - trailing);
    if start < end {
        out.push(Span { start, end });
    }
}
