//! The people and organisations a statement names for the states that take
//! part (events.tsv `named_parties`): who signs or negotiates a deal, the
//! ministry and the maker it is with ("Poland signed a contract with Hyundai
//! Rotem": Poland, South Korea and Hyundai Rotem). The event is found and
//! merged on its states; these are reported beside them.

use super::{distance, Event};
use crate::knowledge::{Entities, EntityIdx, EntityKind, Knowledge};
use crate::recognise::{EntityMention, Recognised, SentenceAnalysis};
use crate::segment::Span;

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
            let Some(sentence) = sentence_of(recognised, evidence.span) else {
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

/// How far (bytes) after a companion cue its people may stand: a list of
/// two or three titled names.
const COMPANION_WINDOW: usize = 160;

/// Adds to each event of one person (a type whose one actor is a person:
/// a trip) the people its statements name after a `companion` cue of
/// references.tsv ("arrived in Ankara, accompanied by General A and
/// Secretary B"; "at the head of a delegation that included A"): they make
/// the trip with that person. The cue's stretch ends at a clause break.
pub(super) fn add_companions(
    events: &mut [Event],
    recognised: &Recognised,
    knowledge: &Knowledge,
    entities: Entities,
) {
    let phrases = &knowledge.languages[recognised.document.language].state_phrases;
    if phrases.companions.is_empty() {
        return;
    }
    let text = &recognised.document.article.text;
    for event in events.iter_mut() {
        let kind = &knowledge.event_types[event.event_type];
        let one_person = kind.max_actors == 1
            && kind
                .actor_groups
                .iter()
                .flatten()
                .all(|k| *k == EntityKind::Person);
        if !one_person {
            continue;
        }
        let mut named: Vec<EntityIdx> = Vec::new();
        for evidence in &event.evidence {
            let Some(sentence) = sentence_of(recognised, evidence.span) else {
                continue;
            };
            for (start, end) in companion_stretches(text, sentence.span, phrases) {
                for m in sentence.entities.iter().filter(|m| {
                    m.span.start >= start
                        && m.span.end <= end
                        && entities[m.entity].kind == EntityKind::Person
                        && is_named_party(entities, m)
                }) {
                    if !event.actors.contains(&m.entity) && !named.contains(&m.entity) {
                        named.push(m.entity);
                    }
                }
            }
        }
        event.actors.extend(named);
    }
}

/// The byte ranges of a sentence after each companion cue, up to the next
/// clause break, the sentence's end or [`COMPANION_WINDOW`].
fn companion_stretches(
    text: &str,
    span: Span,
    phrases: &crate::knowledge::lexicon::StatePhrases,
) -> Vec<(usize, usize)> {
    let sentence = &text[span.start..span.end];
    let mut stretches = Vec::new();
    for cue in phrases
        .companions
        .iter()
        .flat_map(|r| r.find_iter(sentence))
    {
        let rest = &sentence[cue.end()..];
        let mut end = rest.len().min(COMPANION_WINDOW);
        for b in &phrases.clause_breaks {
            if let Some(m) = b.find(rest) {
                end = end.min(m.start());
            }
        }
        stretches.push((span.start + cue.end(), span.start + cue.end() + end));
    }
    stretches
}

/// The sentence that holds an evidence span.
fn sentence_of(recognised: &Recognised, span: Span) -> Option<&SentenceAnalysis> {
    recognised
        .sentences
        .iter()
        .find(|s| s.span.start <= span.start && span.end <= s.span.end)
}
