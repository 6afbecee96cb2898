//! Training data for the sentence classifier (`newsgraph train`): labelled
//! sentences from gold annotations and from `TYPE<TAB>sentence` files.
//! Entry points: [`gold_examples`], [`sentence_examples`].
//!
//! From an annotated article, the sentence(s) holding a gold event's
//! `evidence` are examples of its type, the article's other sentences
//! examples of `none` (an optional event's sentences are left out: a reader
//! may count them or not). Every sentence is read by the same stages as
//! `ingest`, so its names are replaced by their kinds as at extraction.

use std::path::{Path, PathBuf};

use crate::classify::train::Example;
use crate::classify::{Classifier, NONE};
use crate::eval::gold;
use crate::knowledge::Knowledge;
use crate::read::Article;
use crate::recognise::{recognise, Recognised};
use crate::segment::{segment, Span};

/// Examples and what could not be used, with where.
#[derive(Debug, Default)]
pub struct Examples {
    pub examples: Vec<Example>,
    /// One line per unreadable file or row, or evidence not found in its article.
    pub problems: Vec<String>,
    /// Articles read.
    pub articles: usize,
}

/// The sentences of every annotated article below `dirs`, labelled.
pub fn gold_examples(dirs: &[PathBuf], knowledge: &Knowledge) -> Examples {
    let base = knowledge.classifier.untrained();
    let (articles, failures) = gold::load(dirs);
    let mut out = Examples {
        problems: failures,
        articles: articles.len(),
        ..Default::default()
    };
    for article in articles {
        let recognised = recognise(segment(article.article.clone(), knowledge), knowledge);
        let text = recognised.document.article.text.as_str();
        // Per sentence: its labels, or `None` when an optional event is there.
        let mut labels: Vec<Option<Vec<usize>>> =
            vec![Some(Vec::new()); recognised.sentences.len()];
        for event in &article.gold.events {
            let Some(evidence) = event.evidence.as_deref().filter(|e| !e.trim().is_empty()) else {
                continue;
            };
            let Some(start) = text.find(evidence.trim()) else {
                out.problems.push(format!(
                    "{}: the evidence of a {} event is not in the text: {evidence:?}",
                    article.stem, event.event_type
                ));
                continue;
            };
            let span = Span {
                start,
                end: start + evidence.trim().len(),
            };
            let label = base.labels().iter().position(|l| *l == event.event_type);
            for (i, sentence) in recognised.sentences.iter().enumerate() {
                if sentence.span.start < span.end && span.start < sentence.span.end {
                    match (&mut labels[i], label, event.optional) {
                        (Some(list), Some(label), false) => list.push(label),
                        _ => labels[i] = None,
                    }
                }
            }
        }
        restatements_unlabelled(
            &recognised,
            knowledge,
            &article.gold.events,
            &base,
            &mut labels,
        );
        push_sentences(
            &base,
            &recognised,
            knowledge,
            &labels,
            &article.stem,
            &mut out,
        );
    }
    out
}

/// A gold event's evidence quotes one sentence, but others may restate it:
/// a sentence outside the evidence with a trigger of a type the article's
/// gold has is no example of `none` (nor of the type: it is left out).
fn restatements_unlabelled(
    recognised: &Recognised,
    knowledge: &Knowledge,
    events: &[gold::GoldEvent],
    base: &Classifier,
    labels: &mut [Option<Vec<usize>>],
) {
    let language = &knowledge.languages[recognised.document.language];
    let types = &base.labels()[..base.labels().len() - 1];
    for (sentence, label) in recognised.sentences.iter().zip(labels.iter_mut()) {
        let restates = sentence.triggers.iter().any(|hit| {
            let name = &types[language.trigger_type(hit.trigger)];
            events.iter().any(|e| e.event_type == *name)
        });
        if restates && label.as_ref().is_some_and(|l| l.is_empty()) {
            *label = None;
        }
    }
}

/// One example per sentence and label (`none` when it has no label).
fn push_sentences(
    base: &Classifier,
    recognised: &Recognised,
    knowledge: &Knowledge,
    labels: &[Option<Vec<usize>>],
    group: &str,
    out: &mut Examples,
) {
    let none = base.labels().len() - 1;
    let text = recognised.document.article.text.as_str();
    let entities = recognised.entities(knowledge);
    for (sentence, labels) in recognised.sentences.iter().zip(labels) {
        let Some(labels) = labels else { continue };
        let features: Vec<String> = base
            .features(text, sentence, entities)
            .into_iter()
            .map(|f| f.name)
            .collect();
        let mut labels = labels.clone();
        labels.sort_unstable();
        labels.dedup();
        if labels.is_empty() {
            labels.push(none);
        }
        for label in labels {
            out.examples.push(Example {
                features: features.clone(),
                label,
                group: group.to_string(),
            });
        }
    }
}

/// The rows of `TYPE<TAB>sentence` files (a header `type<TAB>sentence` and
/// `#` comments are skipped), each read as a one-sentence article in the
/// language its words show.
pub fn sentence_examples(files: &[PathBuf], knowledge: &Knowledge) -> Examples {
    let base = knowledge.classifier.untrained();
    let mut out = Examples::default();
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                out.problems.push(format!("{}: {error}", path.display()));
                continue;
            }
        };
        for (index, line) in text.lines().enumerate() {
            if let Err(problem) = sentence_row(&base, knowledge, path, index + 1, line, &mut out) {
                out.problems.push(problem);
            }
        }
    }
    out
}

/// One row of a sentence file; an error names the file, line and what is wrong.
fn sentence_row(
    base: &Classifier,
    knowledge: &Knowledge,
    path: &Path,
    line: usize,
    row: &str,
    out: &mut Examples,
) -> Result<(), String> {
    if row.trim().is_empty() || row.starts_with('#') || row.starts_with("type\t") {
        return Ok(());
    }
    let place = format!("{}:{line}", path.display());
    let (label, sentence) = row
        .split_once('\t')
        .ok_or_else(|| format!("{place}: expected `TYPE<TAB>sentence`, found no tab"))?;
    let label = base
        .labels()
        .iter()
        .position(|l| l == label.trim())
        .ok_or_else(|| {
            format!(
                "{place}: type `{}` is neither an event type of events.tsv nor `{NONE}`",
                label.trim()
            )
        })?;
    let article = Article {
        source: place.clone(),
        url: None,
        title: None,
        date_published: None,
        language: None,
        text: sentence.trim().to_string(),
    };
    let recognised = recognise(segment(article, knowledge), knowledge);
    let text = recognised.document.article.text.as_str();
    let entities = recognised.entities(knowledge);
    let mut features: Vec<String> = recognised
        .sentences
        .iter()
        .flat_map(|s| base.features(text, s, entities))
        .map(|f| f.name)
        .collect();
    features.sort_unstable();
    features.dedup();
    out.articles += 1;
    // Neighbouring rows are often variants of one sentence: one fold keeps them.
    out.examples.push(Example {
        features,
        label,
        group: format!("{}:{}", path.display(), line / 10),
    });
    Ok(())
}
