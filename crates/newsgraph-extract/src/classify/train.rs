//! Training the sentence classifier from labelled sentences: multinomial
//! logistic regression by stochastic gradient descent, or naive Bayes; and
//! cross-validation by groups (an article's sentences stay in one fold).

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{Classifier, BIAS};

/// One labelled sentence.
#[derive(Debug, Clone)]
pub struct Example {
    /// Its feature names (from [`Classifier::features`] of an untrained classifier).
    pub features: Vec<String>,
    /// Index into [`Classifier::labels`].
    pub label: usize,
    /// What keeps sentences together in cross-validation (the article).
    pub group: String,
}

/// How to learn the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Multinomial logistic regression, trained by stochastic gradient descent.
    Logistic,
    /// Multinomial naive Bayes over feature presence (add-one smoothing).
    Bayes,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The learner.
    pub method: Method,
    /// Passes over the examples (logistic regression).
    pub epochs: usize,
    /// Features seen in fewer examples are left out of the model.
    pub min_count: usize,
    /// How strongly weights are pulled towards zero (logistic regression):
    /// larger keeps probabilities away from 0 and 1 on unseen wordings.
    pub l2: f32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            method: Method::Logistic,
            epochs: 6,
            min_count: 2,
            l2: 0.05,
        }
    }
}

impl Classifier {
    /// This classifier's labels, lemma chains and thresholds with no weights
    /// and no lemmas: what features for training are read with.
    pub fn untrained(&self) -> Classifier {
        Classifier {
            weights: HashMap::new(),
            lemmas: HashMap::new(),
            about: String::new(),
            ..self.clone()
        }
    }

    /// A model trained on `examples` (features from [`Classifier::untrained`]),
    /// with lemma features for the words of one stem that the examples show.
    pub fn train(&self, examples: &[Example], options: Options) -> Classifier {
        let mut model = self.untrained();
        let lemmas = model.seen_lemmas(examples);
        let examples: Vec<Example> = examples.iter().map(|e| with_lemmas(e, &lemmas)).collect();
        let width = model.labels.len();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for example in &examples {
            for feature in &example.features {
                *counts.entry(feature.as_str()).or_default() += 1;
            }
        }
        let kept: HashSet<&str> = counts
            .into_iter()
            .filter(|(_, n)| *n >= options.min_count)
            .map(|(f, _)| f)
            .collect();
        model.weights = match options.method {
            Method::Logistic => logistic(&examples, &kept, width, options),
            Method::Bayes => bayes(&examples, &kept, width),
        };
        model.lemmas = model.lemmas_of_stems(
            model
                .weights
                .keys()
                .filter_map(|f| f.strip_prefix("l:"))
                .collect::<Vec<_>>()
                .into_iter(),
        );
        model
    }

    /// Form to stem for the words of the examples that share a stem with
    /// another of their words ("visited" and "visits": `visit`).
    fn seen_lemmas(&self, examples: &[Example]) -> HashMap<String, String> {
        let words: HashSet<&str> = examples
            .iter()
            .flat_map(|e| &e.features)
            .filter_map(|f| f.strip_prefix("w:"))
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_uppercase()))
            .collect();
        let all = self.lemmas_of_stems(words.iter().copied());
        let mut forms: HashMap<&str, usize> = HashMap::new();
        for (form, stem) in &all {
            if words.contains(form.as_str()) {
                *forms.entry(stem.as_str()).or_default() += 1;
            }
        }
        all.iter()
            .filter(|(form, stem)| words.contains(form.as_str()) && forms[stem.as_str()] >= 2)
            .map(|(f, s)| (f.clone(), s.clone()))
            .collect()
    }

    /// The label the model gives these features: the likeliest.
    pub fn predict(&self, features: &[String]) -> usize {
        let width = self.labels.len();
        let mut sums = self.weights.get(BIAS).cloned().unwrap_or(vec![0.0; width]);
        for feature in features {
            if let Some(weights) = self.weights.get(feature) {
                for (sum, w) in sums.iter_mut().zip(weights) {
                    *sum += w;
                }
            }
        }
        argmax(&sums)
    }

    /// Cross-validation in `folds` folds by group: each fold is predicted by
    /// a model trained on the others.
    pub fn cross_validate(
        &self,
        examples: &[Example],
        options: Options,
        folds: usize,
    ) -> Confusion {
        let folds = folds.max(2);
        let fold_of = |e: &Example| fnv(&e.group) as usize % folds;
        let mut confusion = Confusion::new(self.labels.clone());
        for fold in 0..folds {
            let training: Vec<Example> = examples
                .iter()
                .filter(|e| fold_of(e) != fold)
                .cloned()
                .collect();
            let model = self.train(&training, options);
            for example in examples.iter().filter(|e| fold_of(e) == fold) {
                let example = with_lemmas(example, &model.lemmas);
                confusion.add(example.label, model.predict(&example.features));
            }
        }
        confusion
    }
}

/// The example with a lemma feature for each word `lemmas` knows.
fn with_lemmas(example: &Example, lemmas: &HashMap<String, String>) -> Example {
    let mut features = example.features.clone();
    for feature in &example.features {
        if let Some(stem) = feature.strip_prefix("w:").and_then(|w| lemmas.get(w)) {
            features.push(format!("l:{stem}"));
        }
    }
    features.sort_unstable();
    features.dedup();
    Example {
        features,
        ..example.clone()
    }
}

/// Softmax regression: each pass visits the examples in a fixed shuffled
/// order and moves the weights of their features against the error; a
/// small decay keeps rare features from growing large.
fn logistic(
    examples: &[Example],
    kept: &HashSet<&str>,
    width: usize,
    options: Options,
) -> HashMap<String, Vec<f32>> {
    let mut weights: HashMap<String, Vec<f32>> = HashMap::new();
    weights.insert(BIAS.to_string(), vec![0.0; width]);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for epoch in 0..options.epochs {
        shuffle(&mut order, &mut seed);
        let rate = 0.2 / (1.0 + epoch as f32);
        for &i in &order {
            let example = &examples[i];
            let present: Vec<&str> = std::iter::once(BIAS)
                .chain(
                    example
                        .features
                        .iter()
                        .map(String::as_str)
                        .filter(|f| kept.contains(f)),
                )
                .collect();
            let mut sums = vec![0.0f32; width];
            for feature in &present {
                if let Some(w) = weights.get(*feature) {
                    sums.iter_mut().zip(w).for_each(|(s, w)| *s += w);
                }
            }
            let probabilities = super::softmax(&sums);
            for feature in present {
                let w = weights
                    .entry(feature.to_string())
                    .or_insert_with(|| vec![0.0; width]);
                for (label, weight) in w.iter_mut().enumerate() {
                    let truth = if label == example.label { 1.0 } else { 0.0 };
                    *weight -= rate * (probabilities[label] - truth);
                    *weight *= 1.0 - rate * options.l2;
                }
            }
        }
    }
    for w in weights.values_mut() {
        for weight in w.iter_mut() {
            *weight = (*weight * 1e4).round() / 1e4;
        }
    }
    weights.retain(|_, w| w.iter().any(|x| x.abs() >= 1e-3));
    weights
}

/// Naive Bayes as a linear model: the log prior as the bias, and per
/// feature the log likelihood in each label less its mean over labels
/// (which changes no probability and keeps the numbers small).
fn bayes(examples: &[Example], kept: &HashSet<&str>, width: usize) -> HashMap<String, Vec<f32>> {
    let mut counts: HashMap<&str, Vec<f32>> = HashMap::new();
    let mut totals = vec![0.0f32; width];
    let mut priors = vec![1.0f32; width];
    for example in examples {
        priors[example.label] += 1.0;
        for feature in example
            .features
            .iter()
            .filter(|f| kept.contains(f.as_str()))
        {
            counts
                .entry(feature.as_str())
                .or_insert_with(|| vec![0.0; width])[example.label] += 1.0;
            totals[example.label] += 1.0;
        }
    }
    let vocabulary = counts.len() as f32;
    let all: f32 = priors.iter().sum();
    let mut weights: HashMap<String, Vec<f32>> = HashMap::new();
    let round = |x: f32| (x * 1e4).round() / 1e4;
    weights.insert(
        BIAS.to_string(),
        priors.iter().map(|p| round((p / all).ln())).collect(),
    );
    for (feature, count) in counts {
        let logs: Vec<f32> = (0..width)
            .map(|l| ((count[l] + 1.0) / (totals[l] + vocabulary)).ln())
            .collect();
        let mean = logs.iter().sum::<f32>() / width as f32;
        weights.insert(
            feature.to_string(),
            logs.iter().map(|x| round(x - mean)).collect(),
        );
    }
    weights
}

fn argmax(values: &[f32]) -> usize {
    values
        .iter()
        .enumerate()
        .fold((0, f32::NEG_INFINITY), |best, (i, v)| {
            if *v > best.1 {
                (i, *v)
            } else {
                best
            }
        })
        .0
}

/// Fisher–Yates with xorshift: the same order on every run.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// FNV-1a: a stable hash, so folds are the same on every run and machine.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Predicted against true labels.
#[derive(Debug, Clone)]
pub struct Confusion {
    labels: Vec<String>,
    /// `counts[truth][predicted]`.
    counts: Vec<Vec<usize>>,
}

impl Confusion {
    fn new(labels: Vec<String>) -> Self {
        let width = labels.len();
        Self {
            labels,
            counts: vec![vec![0; width]; width],
        }
    }

    fn add(&mut self, truth: usize, predicted: usize) {
        self.counts[truth][predicted] += 1;
    }

    /// The share of sentences given their true label.
    pub fn accuracy(&self) -> f64 {
        let total: usize = self.counts.iter().flatten().sum();
        let right: usize = (0..self.labels.len()).map(|i| self.counts[i][i]).sum();
        right as f64 / total.max(1) as f64
    }

    /// Precision and recall of one label.
    pub fn precision_recall(&self, label: usize) -> (f64, f64) {
        let right = self.counts[label][label] as f64;
        let predicted: usize = self.counts.iter().map(|row| row[label]).sum();
        let truth: usize = self.counts[label].iter().sum();
        (right / predicted.max(1) as f64, right / truth.max(1) as f64)
    }
}

impl fmt::Display for Confusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total: usize = self.counts.iter().flatten().sum();
        writeln!(f, "{total} sentences: accuracy {:.3}", self.accuracy())?;
        for (i, label) in self.labels.iter().enumerate() {
            let (p, r) = self.precision_recall(i);
            let n: usize = self.counts[i].iter().sum();
            writeln!(f, "  {label:<17} {n:>5} sentences  P {p:.3}  R {r:.3}")?;
        }
        Ok(())
    }
}
