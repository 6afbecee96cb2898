//! A learned sentence classifier: how likely a sentence states an event of
//! each type, or none. Entry point: [`Classifier::score`], which turns one
//! recognised sentence into [`Scores`].
//!
//! The model is data (`classifier/sentence-types.tsv`: feature, type,
//! weight), a linear model over features a reader can check: lower-cased
//! words and word pairs, their lemmas (through each language's
//! `morphology.tsv`), and the kind of each recognised name in its place
//! ("PERSON met PERSON in CITY"), so that a sentence about other people
//! scores like one about these. `newsgraph train` writes the model from gold
//! annotations ([`train`]); extraction reads the thresholds of
//! `classifier/thresholds.tsv` to add events no trigger found and to drop
//! trigger events the model finds unlikely.

#[cfg(test)]
mod tests;
pub mod train;

use std::collections::HashMap;

use crate::knowledge::data::{tsv_rows, DataFiles};
use crate::knowledge::morphology::Morphology;
use crate::knowledge::{Entities, EntityKind, EventType, KnowledgeError};
use crate::recognise::SentenceAnalysis;
use crate::segment::Span;

/// The label of a sentence that states no event.
pub const NONE: &str = "none";
/// The feature every sentence has: the label's prior.
pub const BIAS: &str = "<bias>";
/// Where the model lives under the data root.
pub const MODEL_PATH: &str = "classifier/sentence-types.tsv";
pub(crate) const THRESHOLDS_PATH: &str = "classifier/thresholds.tsv";
const LEMMAS_PATH: &str = "classifier/lemmas.tsv";
/// The fewest letters of a stem whose forms share a lemma.
const MIN_STEM: usize = 4;

/// One feature of a sentence and the words it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// `w:word`, `b:word word`, `l:lemma`, `k:KIND` or `n:KIND` (two or more).
    pub name: String,
    /// The words (bytes into the article text).
    pub span: Span,
}

/// How likely one sentence states each event type.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Per event type, in the order of `events.tsv`: the probability.
    pub types: Vec<f32>,
    /// The probability that it states none of them.
    pub none: f32,
    /// Per event type: the words of the feature that weighs most for it.
    pub anchors: Vec<Option<Span>>,
}

/// When a score is enough: per event type, the probability above which a
/// sentence with no trigger of the type yields an event of it, and the one
/// below which a trigger event is dropped. `f32::INFINITY` / `0.0` is off.
#[derive(Debug, Clone, Default)]
pub struct Thresholds {
    /// Per event type: add an event at or above this probability.
    pub fallback: Vec<f32>,
    /// Per event type: drop a trigger event below this probability.
    pub filter: Vec<f32>,
}

/// A linear model over sentence features, with the lemmas it knows.
#[derive(Debug, Clone, Default)]
pub struct Classifier {
    /// The labels in model order: event type names, then `none` last.
    labels: Vec<String>,
    /// Per label: the index into the event types (`None` for `none`).
    type_of: Vec<Option<usize>>,
    /// Per feature, one weight per label.
    weights: HashMap<String, Vec<f32>>,
    /// Word form to lemma, from the model's `l:` features and each language's affix chains.
    lemmas: HashMap<String, String>,
    /// Per language: its affix rules and the chains that make word forms.
    chains: Vec<(Morphology, Vec<String>)>,
    /// The comment lines at the head of the model file: how it was trained.
    pub about: String,
    /// When a score is enough to act on.
    pub thresholds: Thresholds,
}

impl Classifier {
    /// Loads the model, thresholds and lemma chains; a missing model file
    /// is an empty classifier that scores nothing.
    pub(crate) fn load(
        files: &DataFiles,
        event_types: &[EventType],
    ) -> Result<Self, KnowledgeError> {
        let mut classifier = Classifier {
            labels: event_types.iter().map(|t| t.name.clone()).collect(),
            type_of: (0..event_types.len()).map(Some).collect(),
            chains: load_chains(files)?,
            thresholds: load_thresholds(files, event_types)?,
            ..Default::default()
        };
        classifier.labels.push(NONE.to_string());
        classifier.type_of.push(None);
        if let Some(text) = files.get(MODEL_PATH) {
            classifier.about = text
                .lines()
                .take_while(|l| l.starts_with('#'))
                .map(|l| l.trim_start_matches('#').trim())
                .collect::<Vec<_>>()
                .join("\n");
            classifier.read_weights(files, text)?;
        }
        classifier.lemmas = classifier.lemmas_of_stems(
            classifier
                .weights
                .keys()
                .filter_map(|f| f.strip_prefix("l:")),
        );
        Ok(classifier)
    }

    /// Whether the model has weights: an empty one scores nothing.
    pub fn is_trained(&self) -> bool {
        !self.weights.is_empty()
    }

    /// Whether extraction should score sentences: the model is trained and a
    /// threshold uses it.
    pub fn is_active(&self) -> bool {
        self.is_trained()
            && (self.thresholds.fallback.iter().any(|t| *t <= 1.0)
                || self.thresholds.filter.iter().any(|t| *t > 0.0))
    }

    /// The labels in model order (event types, then `none`).
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    fn read_weights(&mut self, files: &DataFiles, text: &str) -> Result<(), KnowledgeError> {
        let width = self.labels.len();
        for row in tsv_rows(files, MODEL_PATH, text, &["feature", "type", "weight"])? {
            let label = self
                .labels
                .iter()
                .position(|l| l == row.cells[1].trim())
                .ok_or_else(|| {
                    row.error(format!(
                        "type `{}` is neither an event type of events.tsv nor `{NONE}`",
                        row.cells[1].trim()
                    ))
                })?;
            let weight: f32 = row.cells[2].trim().parse().map_err(|_| {
                row.error(format!("weight `{}` is not a number", row.cells[2].trim()))
            })?;
            self.weights
                .entry(row.cells[0].to_string())
                .or_insert_with(|| vec![0.0; width])[label] = weight;
        }
        Ok(())
    }

    /// Word form to lemma for each stem: the stem itself and every form the
    /// languages' affix chains make of it (the first stem to claim a form keeps it).
    pub(crate) fn lemmas_of_stems<'a>(
        &self,
        stems: impl Iterator<Item = &'a str>,
    ) -> HashMap<String, String> {
        let mut stems: Vec<&str> = stems.collect();
        stems.sort_unstable_by_key(|s| (s.len(), *s));
        let mut lemmas = HashMap::new();
        // A short word is no stem: "a" and "as", "the" and "then" share nothing.
        for stem in stems.into_iter().filter(|s| s.chars().count() >= MIN_STEM) {
            lemmas
                .entry(stem.to_string())
                .or_insert_with(|| stem.to_string());
            for (morphology, chains) in &self.chains {
                for chain in chains {
                    if let Ok(form) = morphology.form(stem, chain) {
                        lemmas.entry(form).or_insert_with(|| stem.to_string());
                    }
                }
            }
        }
        lemmas
    }

    /// The features of one sentence: each name's kind in its place, the
    /// words between, word pairs, lemmas, and how many names of a kind.
    pub fn features(
        &self,
        text: &str,
        sentence: &SentenceAnalysis,
        entities: Entities,
    ) -> Vec<Feature> {
        let mut features = Vec::new();
        self.each_feature(text, sentence, entities, |name, span| {
            features.push(Feature {
                name: name.to_string(),
                span,
            })
        });
        features.sort_by(|a, b| a.name.cmp(&b.name));
        features.dedup_by(|a, b| a.name == b.name);
        features
    }

    /// Calls `visit` with each feature of the sentence and its words (a
    /// feature may come more than once); one buffer, no allocation per feature.
    fn each_feature(
        &self,
        text: &str,
        sentence: &SentenceAnalysis,
        entities: Entities,
        mut visit: impl FnMut(&str, Span),
    ) {
        let mut names: Vec<(Span, EntityKind)> = sentence
            .entities
            .iter()
            .map(|m| (m.span, entities[m.entity].kind))
            .collect();
        names.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let tokens = tokens(text, sentence.span, &names);
        let mut buffer = String::with_capacity(64);
        let mut feature = |prefix: &str, parts: [&str; 2], span: Span| {
            buffer.clear();
            buffer.push_str(prefix);
            buffer.push_str(parts[0]);
            if !parts[1].is_empty() {
                buffer.push(' ');
                buffer.push_str(parts[1]);
            }
            visit(&buffer, span);
        };
        for (i, (word, span)) in tokens.iter().enumerate() {
            if !is_kind(word) {
                if let Some(lemma) = self.lemmas.get(word.as_str()) {
                    feature("l:", [lemma, ""], *span);
                }
            }
            feature("w:", [word, ""], *span);
            if let Some((next, after)) = tokens.get(i + 1) {
                let pair = Span {
                    start: span.start,
                    end: after.end,
                };
                feature("b:", [word, next], pair);
            }
        }
        let mut kinds: Vec<&str> = tokens
            .iter()
            .map(|(w, _)| w.as_str())
            .filter(|w| is_kind(w))
            .collect();
        kinds.sort_unstable();
        for pair in kinds.windows(2).filter(|p| p[0] == p[1]) {
            feature("n:", [pair[0], ""], sentence.span);
        }
    }

    /// The probabilities of one sentence (`None` when the model is empty).
    pub fn score(
        &self,
        text: &str,
        sentence: &SentenceAnalysis,
        entities: Entities,
    ) -> Option<Scores> {
        if !self.is_trained() {
            return None;
        }
        // Each feature counts once, as in training: the model's own key marks it seen.
        let mut present: Vec<(&String, &Vec<f32>, Span)> = Vec::new();
        self.each_feature(text, sentence, entities, |name, span| {
            if let Some((key, weights)) = self.weights.get_key_value(name) {
                if !present.iter().any(|(k, _, _)| std::ptr::eq(*k, key)) {
                    present.push((key, weights, span));
                }
            }
        });
        Some(self.score_present(&present))
    }

    /// The probabilities of a sentence with these features, and per type the
    /// words of the feature that weighs most for it.
    pub fn score_features(&self, features: &[Feature]) -> Scores {
        let present: Vec<(&String, &Vec<f32>, Span)> = features
            .iter()
            .filter_map(|f| {
                let (key, weights) = self.weights.get_key_value(&f.name)?;
                Some((key, weights, f.span))
            })
            .collect();
        self.score_present(&present)
    }

    /// Scores from the model's rows of the features present (each once).
    fn score_present(&self, present: &[(&String, &Vec<f32>, Span)]) -> Scores {
        let width = self.labels.len();
        let mut sums = self.weights.get(BIAS).cloned().unwrap_or(vec![0.0; width]);
        let mut anchors: Vec<Option<(f32, Span)>> = vec![None; width];
        for (name, weights, span) in present {
            let word = !name.starts_with("n:") && !is_kind_feature(name);
            for (label, weight) in weights.iter().enumerate() {
                sums[label] += weight;
                if word && *weight > anchors[label].map_or(0.0, |(w, _)| w) {
                    anchors[label] = Some((*weight, *span));
                }
            }
        }
        let probabilities = softmax(&sums);
        let mut scores = Scores {
            types: vec![0.0; width - 1],
            none: 0.0,
            anchors: vec![None; width - 1],
        };
        for (label, p) in probabilities.into_iter().enumerate() {
            match self.type_of[label] {
                Some(t) => {
                    scores.types[t] = p;
                    scores.anchors[t] = anchors[label].map(|(_, s)| s);
                }
                None => scores.none = p,
            }
        }
        scores
    }

    /// The model as `classifier/sentence-types.tsv`: the comment lines of
    /// `about`, the header, and one row per feature and label with a weight.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for line in self.about.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str("feature\ttype\tweight\n");
        let mut features: Vec<&String> = self.weights.keys().collect();
        features.sort();
        for feature in features {
            for (label, weight) in self.weights[feature].iter().enumerate() {
                if *weight != 0.0 {
                    let label = &self.labels[label];
                    out.push_str(&format!("{feature}\t{label}\t{weight}\n"));
                }
            }
        }
        out
    }
}

/// Whether a token is a name's kind (`PERSON`): words are lower case.
fn is_kind(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether a feature is a name's kind alone (`w:PERSON`): not a word to anchor on.
fn is_kind_feature(name: &str) -> bool {
    name.strip_prefix("w:").is_some_and(is_kind)
}

/// The sentence's words, lower-cased, numbers as `0`, each recognised name
/// replaced by its kind in upper case.
fn tokens(text: &str, sentence: Span, names: &[(Span, EntityKind)]) -> Vec<(String, Span)> {
    let mut tokens = Vec::new();
    let mut next_name = names.iter().peekable();
    let mut word_start: Option<usize> = None;
    let mut at = sentence.start;
    let end = sentence.end.min(text.len());
    let close = |tokens: &mut Vec<(String, Span)>, start: Option<usize>, end: usize| {
        if let Some(start) = start {
            tokens.push((word(&text[start..end]), Span { start, end }));
        }
    };
    while at < end {
        while next_name.peek().is_some_and(|(s, _)| s.start < at) {
            next_name.next();
        }
        if let Some((span, kind)) = next_name.peek().filter(|(s, _)| s.start == at) {
            close(&mut tokens, word_start.take(), at);
            tokens.push((format!("{kind:?}").to_uppercase(), *span));
            at = span.end.max(at + 1);
            continue;
        }
        let c = text[at..].chars().next().expect("inside the text");
        if c.is_alphanumeric() {
            word_start.get_or_insert(at);
        } else {
            close(&mut tokens, word_start.take(), at);
        }
        at += c.len_utf8();
    }
    close(&mut tokens, word_start, end);
    tokens
}

/// A word as a feature: lower case, and any number as `0`.
fn word(text: &str) -> String {
    if text.chars().all(|c| c.is_ascii_digit()) {
        "0".to_string()
    } else {
        text.to_lowercase()
    }
}

fn softmax(sums: &[f32]) -> Vec<f32> {
    let max = sums.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = sums.iter().map(|s| (s - max).exp()).collect();
    let total: f32 = exps.iter().sum();
    exps.into_iter().map(|e| e / total).collect()
}

/// `classifier/lemmas.tsv`: per language, the affix chains whose forms share a lemma.
fn load_chains(files: &DataFiles) -> Result<Vec<(Morphology, Vec<String>)>, KnowledgeError> {
    let Some(text) = files.get(LEMMAS_PATH) else {
        return Ok(Vec::new());
    };
    let mut chains = Vec::new();
    for row in tsv_rows(files, LEMMAS_PATH, text, &["language", "chains"])? {
        let code = row.cells[0].trim();
        let path = format!("lexicons/{code}/morphology.tsv");
        let morphology_text = files
            .get(&path)
            .ok_or_else(|| row.error(format!("language `{code}` has no {path}")))?;
        let morphology = Morphology::load(files, &path, morphology_text)?;
        let list: Vec<String> = row.cells[1]
            .split('|')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        chains.push((morphology, list));
    }
    Ok(chains)
}

/// `classifier/thresholds.tsv`: per event type, `fallback` and `filter`
/// probabilities (`off` for neither); a type not listed uses neither.
fn load_thresholds(
    files: &DataFiles,
    event_types: &[EventType],
) -> Result<Thresholds, KnowledgeError> {
    let mut thresholds = Thresholds {
        fallback: vec![f32::INFINITY; event_types.len()],
        filter: vec![0.0; event_types.len()],
    };
    let Some(text) = files.get(THRESHOLDS_PATH) else {
        return Ok(thresholds);
    };
    for row in tsv_rows(
        files,
        THRESHOLDS_PATH,
        text,
        &["type", "fallback", "filter"],
    )? {
        let name = row.cells[0].trim();
        let index = event_types
            .iter()
            .position(|t| t.name == name)
            .ok_or_else(|| {
                row.error(format!("type `{name}` is not an event type of events.tsv"))
            })?;
        let read = |column: &str, cell: &str, off: f32| -> Result<f32, KnowledgeError> {
            match cell.trim() {
                "off" => Ok(off),
                cell => cell
                    .parse::<f32>()
                    .ok()
                    .filter(|p| (0.0..=1.0).contains(p))
                    .ok_or_else(|| {
                        row.error(format!(
                            "{column} `{cell}` is neither a probability from 0 to 1 nor `off`"
                        ))
                    }),
            }
        };
        thresholds.fallback[index] = read("fallback", row.cells[1], f32::INFINITY)?;
        thresholds.filter[index] = read("filter", row.cells[2], 0.0)?;
    }
    Ok(thresholds)
}
