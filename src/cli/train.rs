//! `newsgraph train`: the sentence classifier from gold and labelled sentences.

use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use super::args::{TrainArgs, TrainMethod};
use super::load_knowledge;
use crate::classify::train::{Method, Options};
use crate::train::{gold_examples, sentence_examples};

pub fn run_train(args: TrainArgs) -> Result<ExitCode> {
    if args.dirs.is_empty() && args.sentences.is_empty() {
        bail!("nothing to train on: give gold directories (DIR...) or --sentences FILE");
    }
    let knowledge = load_knowledge(args.data.data.as_deref())?;
    let gold = gold_examples(&args.dirs, &knowledge);
    let labelled = sentence_examples(&args.sentences, &knowledge);
    let problems = gold.problems.len() + labelled.problems.len();
    for problem in gold.problems.iter().chain(&labelled.problems) {
        eprintln!("newsgraph: {problem}");
    }
    let mut examples = gold.examples;
    let from_gold = examples.len();
    examples.extend(labelled.examples);
    if examples.is_empty() {
        bail!("no labelled sentences found in the inputs");
    }
    let options = Options {
        method: match args.method {
            TrainMethod::Logistic => Method::Logistic,
            TrainMethod::Bayes => Method::Bayes,
        },
        epochs: args.epochs,
        l2: args.l2,
        ..Options::default()
    };
    let base = &knowledge.classifier;
    let mut about = format!(
        "Trained by `newsgraph train` ({}) on {} sentences: {from_gold} from {} annotated articles in {}; {} from {}.",
        match options.method {
            Method::Logistic => format!(
                "logistic regression, {} epochs, l2 {}",
                options.epochs, options.l2
            ),
            Method::Bayes => "naive Bayes".to_string(),
        },
        examples.len(),
        gold.articles,
        names(args.dirs.iter()),
        examples.len() - from_gold,
        names(args.sentences.iter()),
    );
    if args.folds > 0 {
        let confusion = base.cross_validate(&examples, options, args.folds);
        println!(
            "{}-fold cross-validation by article: {confusion}",
            args.folds.max(2)
        );
        about.push_str(&format!(
            "\n{}-fold cross-validation by article: sentence accuracy {:.3}.",
            args.folds.max(2),
            confusion.accuracy()
        ));
    }
    let mut model = base.train(&examples, options);
    model.about = about;
    std::fs::write(&args.out, model.to_tsv())
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "newsgraph: wrote the model ({} sentences) to {}",
        examples.len(),
        args.out.display()
    );
    Ok(if problems > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn names<'a>(paths: impl Iterator<Item = &'a std::path::PathBuf>) -> String {
    let names: Vec<String> = paths.map(|p| p.display().to_string()).collect();
    if names.is_empty() {
        "no files".to_string()
    } else {
        names.join(", ")
    }
}
