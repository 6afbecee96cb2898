//! The clause of a trigger: a sentence that joins two statements with a
//! clause break ("Jokowi tiba di Tokyo, sementara Prabowo tiba di Canberra",
//! "…; Seoul said …"; references.tsv `clause_break`) gives each statement
//! the parties of its own clause.

use super::{Scene, TriggerAt};
use crate::knowledge::EntityKind;
use crate::recognise::EntityMention;

/// The parties that may act in the trigger's event: those of its own clause
/// when that clause names enough actors for the event type, else all of the
/// sentence's (a clause with no subject of its own, "while visiting Hanoi",
/// takes the sentence's).
pub(super) fn own_clause<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&'m EntityMention],
) -> Vec<&'m EntityMention> {
    let (from, to) = clause_of(scene, at);
    let inner: Vec<&EntityMention> = parties
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= to)
        .copied()
        .collect();
    if inner.len() == parties.len() {
        return inner;
    }
    let event_type = at.event_type;
    let may_act = |m: &&&EntityMention| {
        let kind = scene.entities[m.entity].kind;
        !m.locative
            && !m.modifier
            && event_type.actor_groups.iter().any(|group| {
                if event_type.actors_as_states {
                    group.contains(&EntityKind::State)
                        && scene.entities.as_state(m.entity).is_some()
                } else {
                    group.contains(&kind)
                }
            })
    };
    let acting = inner.iter().filter(may_act).count();
    if acting >= event_type.min_actors.max(1) {
        inner
    } else {
        parties.to_vec()
    }
}

/// The bytes of the trigger's clause: from the end of the last clause break
/// before the trigger to the start of the first one after it, within the
/// sentence.
fn clause_of(scene: &Scene, at: &TriggerAt) -> (usize, usize) {
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let (start, end) = (at.span.start - span.start, at.span.end - span.start);
    let breaks = &scene.language.state_phrases.clause_breaks;
    // One scan of the sentence serves both ends.
    let (mut from, mut to) = (0, text.len());
    for m in breaks.iter().flat_map(|r| r.find_iter(text)) {
        if m.end() <= start {
            from = from.max(m.end());
        }
        if m.start() >= end {
            to = to.min(m.start());
        }
    }
    (span.start + from, span.start + to)
}
