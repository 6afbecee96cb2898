//! The maker of a named weapon system as the other party of a deal told
//! with one state ("Taiwan's purchase of 66 F-16V jets", "Indonesia membeli
//! 42 Rafale"): `maker` in `events.tsv`, the systems in
//! `lists/weapon-makers.tsv`.

use super::{Scene, TriggerAt};
use crate::knowledge::{EntityIdx, EntityKind};

/// Adds the maker's state to a lone state of an event type with
/// `maker_party`, when the sentence names the systems of exactly one maker
/// other than that state: "replaced its Kfirs with Gripens" names two
/// makers, and which one the deal is with is left open. A trigger that
/// hands weapons over (`handover` in `references.tsv`: "Denmark delivered
/// F-16s", "mengirimkan pesawat F-16 ke Darwin") has the receiver as its
/// other party, never the maker.
pub(super) fn with_maker(scene: &Scene, at: &TriggerAt, actors: &mut Vec<EntityIdx>) {
    let [state] = actors[..] else {
        return;
    };
    if !at.event_type.maker_party || scene.entities[state].kind != EntityKind::State {
        return;
    }
    let trigger = &scene.text()[at.span.start..at.span.end];
    let handovers = &scene.language.state_phrases.handovers;
    if handovers.iter().any(|h| h.is_match(trigger)) {
        return;
    }
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let makers = scene.knowledge.gazetteer.weapon_makers.makers_in(text);
    if let [maker] = makers.iter().filter(|m| **m != state).collect::<Vec<_>>()[..] {
        actors.push(*maker);
    }
}
