//! The classifier on sets and sentences written for these tests.

use super::train::{Example, Method, Options};
use super::*;
use crate::extract::{extract, Extraction};
use crate::knowledge::Knowledge;
use crate::read::Article;
use crate::recognise::recognise;
use crate::segment::segment;

fn embedded() -> DataFiles {
    DataFiles::embedded()
}

/// The embedded knowledge with this model and these thresholds (all types).
fn knowledge_with(model: Option<&str>, fallback: &str, filter: &str) -> Knowledge {
    let mut thresholds = String::from("type\tfallback\tfilter\n");
    for name in [
        "Meeting",
        "Visit",
        "WeaponsTalks",
        "MissileTest",
        "MilitaryExercise",
    ] {
        thresholds.push_str(&format!("{name}\t{fallback}\t{filter}\n"));
    }
    let mut files = embedded().with_file(THRESHOLDS_PATH, &thresholds);
    if let Some(model) = model {
        files = files.with_file(MODEL_PATH, model);
    }
    Knowledge::from_files(&files).expect("the test knowledge loads")
}

fn extraction(knowledge: &Knowledge, text: &str) -> Extraction {
    let article = Article {
        source: "test".into(),
        url: None,
        title: None,
        date_published: Some("2024-05-02 08:00:00".into()),
        language: Some("en".into()),
        text: text.into(),
    };
    extract(recognise(segment(article, knowledge), knowledge), knowledge)
}

/// (type name, rule of the first statement) of each event.
fn events(knowledge: &Knowledge, text: &str) -> Vec<(String, String)> {
    extraction(knowledge, text)
        .events
        .iter()
        .map(|e| {
            let name = knowledge.event_types[e.event_type].name.clone();
            (name, e.evidence[0].rule.clone())
        })
        .collect()
}

fn toy_set() -> Vec<Example> {
    let rows: [(&[&str], usize); 8] = [
        (&["w:alpha", "w:common"], 0),
        (&["w:alpha", "w:other"], 0),
        (&["w:beta", "w:common"], 1),
        (&["w:beta", "w:other"], 1),
        (&["w:gamma", "w:common"], 3),
        (&["w:gamma", "w:other"], 3),
        (&["w:delta", "w:common"], 5),
        (&["w:delta", "w:other"], 5),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (features, label))| Example {
            features: features.iter().map(|f| f.to_string()).collect(),
            label: *label,
            group: i.to_string(),
        })
        .collect()
}

#[test]
fn the_trainer_learns_a_separable_set_with_either_method() {
    let base = knowledge_with(None, "off", "off").classifier;
    for method in [Method::Logistic, Method::Bayes] {
        let options = Options {
            method,
            epochs: 30,
            min_count: 1,
            l2: 0.001,
        };
        let model = base.train(&toy_set(), options);
        for example in toy_set() {
            assert_eq!(
                model.predict(&example.features),
                example.label,
                "{method:?}"
            );
        }
    }
}

#[test]
fn a_saved_and_loaded_model_scores_the_same() {
    let base = knowledge_with(None, "off", "off").classifier;
    let options = Options {
        min_count: 1,
        ..Options::default()
    };
    let mut model = base.train(&toy_set(), options);
    model.about = "trained on a toy set".into();
    let loaded = knowledge_with(Some(&model.to_tsv()), "off", "off").classifier;
    assert_eq!(loaded.about, "trained on a toy set");
    let span = Span { start: 0, end: 5 };
    for example in toy_set() {
        let features: Vec<Feature> = example
            .features
            .iter()
            .map(|name| Feature {
                name: name.clone(),
                span,
            })
            .collect();
        let (a, b) = (
            model.score_features(&features),
            loaded.score_features(&features),
        );
        assert_eq!(
            model.predict(&example.features),
            loaded.predict(&example.features)
        );
        for (x, y) in a.types.iter().zip(&b.types) {
            assert!((x - y).abs() < 1e-3, "{a:?} against {b:?}");
        }
    }
}

#[test]
fn names_become_their_kinds_and_forms_share_a_lemma() {
    let model = "feature\ttype\tweight\nl:confer\tMeeting\t1.0\n";
    let knowledge = knowledge_with(Some(model), "off", "off");
    let text = "Prabowo Subianto conferred with Anthony Albanese in Canberra.";
    let done = extraction(&knowledge, text);
    let sentence = &done.recognised.sentences[0];
    let entities = done.recognised.entities(&knowledge);
    let names: Vec<String> = knowledge
        .classifier
        .features(text, sentence, entities)
        .into_iter()
        .map(|f| f.name)
        .collect();
    for expected in [
        "b:PERSON conferred",
        "b:in CITY",
        "n:PERSON",
        "l:confer",
        "w:with",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    assert!(!names.iter().any(|n| n.contains("albanese")), "{names:?}");
}

/// A model that finds a meeting in any sentence with "parleyed" and two people (a word no trigger reads; "conferred with" is en.meeting.conferred since stop 34).
const CONFER: &str =
    "feature\ttype\tweight\n<bias>\tnone\t3.0\nw:parleyed\tMeeting\t4.0\nn:PERSON\tMeeting\t2.0\n";

#[test]
fn the_fallback_fires_on_a_sentence_with_no_trigger_when_its_parties_are_there() {
    let text = "Prabowo Subianto parleyed with Anthony Albanese in Canberra on Tuesday.";
    let off = knowledge_with(Some(CONFER), "off", "off");
    assert!(events(&off, text).is_empty(), "no trigger states it");
    let on = knowledge_with(Some(CONFER), "0.8", "off");
    assert_eq!(
        events(&on, text),
        [("Meeting".to_string(), "classifier:Meeting".to_string())]
    );
    let evidence = &extraction(&on, text).events[0].evidence[0];
    assert_eq!(
        &text[evidence.trigger.start..evidence.trigger.end],
        "parleyed"
    );
    // One party is too few for a meeting: the score alone makes no event.
    let alone = "Prabowo Subianto parleyed with officials in Canberra on Tuesday.";
    assert!(events(&on, alone).is_empty());
}

#[test]
fn the_filter_drops_a_trigger_event_in_a_sentence_scored_low() {
    let text = "Prabowo Subianto met Anthony Albanese in Canberra on Tuesday.";
    let unlikely = "feature\ttype\tweight\n<bias>\tnone\t9.0\n";
    let off = knowledge_with(Some(unlikely), "off", "off");
    assert_eq!(events(&off, text).len(), 1);
    let filtering = knowledge_with(Some(unlikely), "off", "0.5");
    assert!(events(&filtering, text).is_empty());
    // A model that finds the sentence likely keeps it.
    let likely = "feature\ttype\tweight\nw:met\tMeeting\t9.0\n";
    assert_eq!(
        events(&knowledge_with(Some(likely), "off", "0.5"), text).len(),
        1
    );
}

#[test]
fn a_bad_model_row_names_its_file_and_line() {
    let model = "# about\nfeature\ttype\tweight\nw:met\tParade\t1.0\n";
    let files = embedded().with_file(MODEL_PATH, model);
    let error = Knowledge::from_files(&files)
        .err()
        .expect("an unknown type fails");
    let message = error.to_string();
    assert!(
        message.contains("sentence-types.tsv:3") && message.contains("Parade"),
        "{message}"
    );
}
