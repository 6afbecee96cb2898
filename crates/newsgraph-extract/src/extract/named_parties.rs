//! The people and organisations a statement names for the states that take
//! part (events.tsv `named_parties`): who signs or negotiates a deal, the
//! ministry and the maker it is with ("Poland signed a contract with Hyundai
//! Rotem": Poland, South Korea and Hyundai Rotem). The event is found and
//! merged on its states; these are reported beside them.

use super::{distance, Event};
use crate::knowledge::{Entities, EntityIdx, EntityKind, Knowledge};
use crate::recognise::{EntityMention, Recognised};

/// How far (bytes) from the trigger a named party may stand: as far as a
/// state may stand to be a party.
const NAMED_PARTY_WINDOW: usize = super::actors::STATE_WINDOW;

/// Adds to each event of a `named_parties` type the people and organisations
/// its statements name near the trigger, each acting for a state among the
/// event's actors; not a source or a name that only relates someone.
pub(super) fn add_named_parties(
    events: &mut [Event],
    recognised: &Recognised,
    knowledge: &Knowledge,
    entities: Entities,
) {
    for event in events.iter_mut() {
        if !knowledge.event_types[event.event_type].named_parties {
            continue;
        }
        let mut named: Vec<EntityIdx> = Vec::new();
        for evidence in &event.evidence {
            let Some(sentence) = recognised
                .sentences
                .iter()
                .find(|s| s.span.start <= evidence.span.start && evidence.span.end <= s.span.end)
            else {
                continue;
            };
            let acts_for_a_party = |m: &&EntityMention| {
                entities
                    .as_state(m.entity)
                    .is_some_and(|state| event.actors.contains(&state))
            };
            for m in sentence
                .entities
                .iter()
                .filter(|m| is_named_party(entities, m))
                .filter(|m| distance(m.span, evidence.trigger) <= NAMED_PARTY_WINDOW)
                .filter(acts_for_a_party)
            {
                if !event.actors.contains(&m.entity) && !named.contains(&m.entity) {
                    named.push(m.entity);
                }
            }
        }
        event.actors.extend(named);
    }
}

/// A person or organisation that may act in the statement: not only its
/// source, and not only related to someone ("Kim's right-hand man"). An
/// organisation after a locative word is still a party: the shipyard a deal
/// builds at ("dibangun di galangan PT PAL") takes part in it.
fn is_named_party(entities: Entities, m: &EntityMention) -> bool {
    let kind = entities[m.entity].kind;
    let person_or_body = matches!(kind, EntityKind::Person | EntityKind::Organisation);
    person_or_body && !m.source_only && !m.relation
}
