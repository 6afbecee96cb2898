//! The sentence classifier's two uses in extraction, each switched by its
//! thresholds in `classifier/thresholds.tsv`: an event of a type no trigger
//! found in a sentence the model scores high for it (the recall fallback),
//! and no event from a trigger in a sentence it scores very low for the
//! trigger's type (the precision filter).

use super::{event_in_sentence, record, Event, Found, Scene, TriggerAt};

/// Whether the classifier scores the sentence below the filter threshold of `event_type`.
pub(super) fn unlikely(scene: &Scene, event_type: usize) -> bool {
    let filter = scene.knowledge.classifier.thresholds.filter[event_type];
    scene.scores.is_some_and(|s| s.types[event_type] < filter)
}

/// Events of the types the sentence scores at or above their fallback
/// threshold, when no trigger of the type is in it: read like a trigger's,
/// at the words that weigh most for the type, with the same needs (enough
/// parties of the type's kinds, a destination for a trip). Rule
/// `classifier:TYPE`.
pub(super) fn fallback_events(scene: &Scene, events: &mut Vec<Event>) {
    let Some(scores) = scene.scores else {
        return;
    };
    let thresholds = &scene.knowledge.classifier.thresholds;
    for (type_index, event_type) in scene.knowledge.event_types.iter().enumerate() {
        if scores.types[type_index] < thresholds.fallback[type_index]
            || has_trigger_of(scene, type_index)
        {
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
            follow_up: false,
            type_index,
            event_type,
        };
        if let Some((found @ Found::Event(_), legs)) = event_in_sentence(scene, &at) {
            record(scene, events, found, legs);
        }
    }
}

/// Whether a trigger of the type is in the sentence (fired or not).
fn has_trigger_of(scene: &Scene, type_index: usize) -> bool {
    scene
        .sentence
        .triggers
        .iter()
        .any(|hit| scene.language.triggers[hit.trigger].event_type == type_index)
}
