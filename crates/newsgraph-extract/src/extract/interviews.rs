//! Interviews: the person an article interviews ("We spoke to X", "Harian ini
//! mewawancarai X") is the "I" and "we" of the answers that follow
//! (`interviewee`, `first_person` in `references.tsv`).

use super::{Scene, TriggerAt};
use crate::knowledge::{Entities, EntityIdx, EntityKind, Language};
use crate::recognise::{EntityMention, SentenceAnalysis};

/// How far (bytes) before a name its interview cue may stand, titles between.
const CUE_WINDOW: usize = 120;

/// The person `sentence` introduces as interviewed: the first person named
/// right after an `interviewee` cue, with only capitalised titles between.
pub(super) fn interviewee_in(
    text: &str,
    sentence: &SentenceAnalysis,
    language: &Language,
    entities: Entities,
) -> Option<EntityIdx> {
    let cues = &language.state_phrases.interviewees;
    if cues.is_empty() {
        return None;
    }
    sentence
        .entities
        .iter()
        .filter(|m| entities[m.entity].kind == EntityKind::Person)
        .find(|m| {
            let from = super::floor_boundary(
                text,
                m.span
                    .start
                    .saturating_sub(CUE_WINDOW)
                    .max(sentence.span.start),
            );
            let before = &text[from..m.span.start];
            cues.iter().any(|r| r.is_match(before))
        })
        .map(|m| m.entity)
}

/// "We met here in Oslo on Thursday", "Kami bertemu delegasi DAPA": in an
/// answer after the interview was introduced, a first-person subject before
/// the trigger is the interviewee (or, in an event of states, the
/// interviewee's state), when the event lacks an actor. Not in a question.
pub(super) fn first_person_actor(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    actors: &mut Vec<EntityIdx>,
) {
    let Some(interviewee) = scene.discourse.interviewee else {
        return;
    };
    let event_type = at.event_type;
    if actors.len() >= event_type.min_actors.max(1) {
        return;
    }
    let text = scene.text();
    let sentence = &text[scene.sentence.span.start..scene.sentence.span.end];
    if sentence.trim_end().ends_with('?') {
        return;
    }
    let before_trigger = &text[scene.sentence.span.start..at.span.start];
    let phrases = &scene.language.state_phrases.first_person;
    if !phrases.iter().any(|r| r.is_match(before_trigger)) {
        return;
    }
    let referent = if event_type.actors_as_states {
        scene.entities[interviewee].country
    } else {
        Some(interviewee)
    };
    if let Some(referent) = referent.filter(|r| !actors.contains(r)) {
        actors.push(referent);
        // "Kami bertemu delegasi Korea Selatan": the officials met complete it.
        if actors.len() < event_type.min_actors {
            super::actors::with_offices(scene, at, parties, actors);
        }
    }
}
