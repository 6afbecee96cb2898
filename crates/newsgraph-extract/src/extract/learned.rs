//! The sentence classifier's two uses in extraction, each switched by its
//! thresholds in `classifier/thresholds.tsv`: an event of a type no trigger
//! found in a sentence the model scores high for it (the recall fallback),
//! and no event from a trigger in a sentence it scores very low for the
//! trigger's type (the precision filter).

use super::{event_in_sentence, record, Event, Found, Scene, TriggerAt};
use crate::classify::{Classifier, Scores};
use crate::knowledge::Knowledge;
use crate::recognise::SentenceAnalysis;
use crate::segment::Span;

/// Whether a use of the classifier could act on the sentence: only one with
/// names can yield or lose an event; the fallback reads only sentences with
/// no trigger, the filter only those with one.
pub(super) fn worth_scoring(classifier: &Classifier, sentence: &SentenceAnalysis) -> bool {
    let thresholds = &classifier.thresholds;
    let uses = if sentence.triggers.is_empty() {
        thresholds.fallback.iter().any(|t| *t <= 1.0)
    } else {
        thresholds.filter.iter().any(|t| *t > 0.0)
    };
    uses && !sentence.entities.is_empty() && classifier.is_trained()
}

/// Drops the events every statement of which the classifier scores below the
/// filter threshold of the event's type: one sentence it finds likely (or
/// did not score) keeps the event.
pub(super) fn drop_unlikely(
    events: &mut Vec<Event>,
    scored: &[(Span, Scores)],
    knowledge: &Knowledge,
) {
    let filter = &knowledge.classifier.thresholds.filter;
    events.retain(|event| {
        let threshold = filter[event.event_type];
        threshold <= 0.0
            || event.evidence.iter().any(|e| {
                scored
                    .iter()
                    .find(|(span, _)| *span == e.span)
                    .is_none_or(|(_, s)| s.types[event.event_type] >= threshold)
            })
    });
}

/// Events of the types the sentence scores at or above their fallback
/// threshold, when no trigger is in it: read like a trigger's,
/// at the words that weigh most for the type, with the same needs (enough
/// parties of the type's kinds, a destination for a trip). Rule
/// `classifier:TYPE`.
pub(super) fn fallback_events(scene: &Scene, events: &mut Vec<Event>) {
    // A sentence with a trigger of any type tells its event through it: the
    // classifier only reads sentences the rules found nothing in ("President A,
    // Prime Minister B … congratulated the engineers on the test" is no meeting).
    let Some(scores) = scene.scores.filter(|_| scene.sentence.triggers.is_empty()) else {
        return;
    };
    let thresholds = &scene.knowledge.classifier.thresholds;
    for (type_index, event_type) in scene.knowledge.event_types.iter().enumerate() {
        if scores.types[type_index] < thresholds.fallback[type_index] {
            continue;
        }
        let Some(anchor) = scores.anchors[type_index] else {
            continue;
        };
        let rule = format!("classifier:{}", event_type.name);
        let at = TriggerAt {
            span: anchor,
            rule: &rule,
            subject_after: false,
            passive: false,
            organisation: false,
            vessel: false,
            follow_up: false,
            repeat: false,
            recall: false,
            people: false,
            told_before: events.iter().any(|e| e.event_type == type_index),
            type_index,
            event_type,
            front_end: super::actors::fronted_clause_end(scene, anchor),
            fronted: super::actors::fronted_objects(scene, anchor),
        };
        if let Some((found @ Found::Event(_), legs, _)) = event_in_sentence(scene, &at) {
            record(scene, events, found, legs);
        }
    }
}
