//! One trigger that tells several events of one party: "meeting Zelensky in
//! Kyiv and Putin in Moscow" is a meeting with each, at each place; "a deal
//! to buy jets from France and a deal to buy submarines from Germany" is a
//! deal with each seller. Each counterpart named after the trigger with a
//! place, or a trigger, of its own becomes an event of its own.

use super::{places_agree, Event, Found, Scene, TriggerAt};
use crate::knowledge::{EntityIdx, Status};
use crate::recognise::EntityMention;

/// The events of `found`, one per counterpart when the sentence tells them
/// apart; else `found` alone.
pub(super) fn one_per_counterpart(scene: &Scene, found: Found, at: &TriggerAt) -> Vec<Found> {
    let Found::Event(event) = found else {
        return vec![found];
    };
    if at.event_type.max_actors == 1 || at.organisation {
        return vec![Found::Event(event)];
    }
    // The counterparts named after the trigger, in text order; the others
    // (named before it) hold every one of the events.
    let mut after: Vec<(EntityIdx, &EntityMention)> = event
        .actors
        .iter()
        .filter_map(|a| mention_after(scene, at, *a).map(|m| (*a, m)))
        .collect();
    after.sort_by_key(|(_, m)| m.span.start);
    let holders: Vec<EntityIdx> = event
        .actors
        .iter()
        .filter(|a| !after.iter().any(|(b, _)| b == *a))
        .copied()
        .collect();
    if after.len() < 2 || holders.is_empty() {
        return vec![Found::Event(event)];
    }
    let ends: Vec<usize> = after
        .iter()
        .skip(1)
        .map(|(_, m)| m.span.start)
        .chain([scene.sentence.span.end])
        .collect();
    let places: Vec<Option<EntityIdx>> = after
        .iter()
        .zip(&ends)
        .map(|((_, m), end)| own_place(scene, at, m.span.end, *end))
        .collect();
    let by_place = places.iter().all(Option::is_some)
        && places.iter().enumerate().all(|(i, a)| {
            places[i + 1..]
                .iter()
                .all(|b| !places_agree(scene.entities, a.unwrap(), b.unwrap()))
        });
    if !by_place && !own_triggers(scene, at, &after) {
        return vec![Found::Event(event)];
    }
    after
        .iter()
        .zip(&ends)
        .zip(places)
        .map(|(((counterpart, m), end), place)| {
            let mut actors = holders.clone();
            actors.push(*counterpart);
            Found::Event(Event {
                actors,
                place: place.or(event.place),
                date: own_date(scene, &event, m.span.end, *end).or(event.date),
                ..event.clone()
            })
        })
        .collect()
}

/// The first mention of `actor` after the trigger that may act: not a place,
/// not a qualifier of the next name. A trigger that reads the first letter
/// of the name after it ("diterima oleh P…") still has the name after it.
fn mention_after<'s>(
    scene: &'s Scene,
    at: &TriggerAt,
    actor: EntityIdx,
) -> Option<&'s EntityMention> {
    let as_state = |m: &EntityMention| {
        at.event_type.actors_as_states && scene.entities.as_state(m.entity) == Some(actor)
    };
    scene.sentence.entities.iter().find(|m| {
        m.span.start >= at.span.start
            && m.span.end > at.span.end
            && !m.locative
            && !m.modifier
            && (m.entity == actor || as_state(m))
    })
}

/// The place a locative names between a counterpart and the next: "Zelensky
/// *in Kyiv* and Putin *in Moscow*".
fn own_place(scene: &Scene, at: &TriggerAt, from: usize, to: usize) -> Option<EntityIdx> {
    scene
        .sentence
        .entities
        .iter()
        .find(|m| {
            m.span.start >= from
                && m.span.end <= to
                && m.locative
                && !m.modifier
                && at
                    .event_type
                    .place_kinds
                    .contains(&scene.entities[m.entity].kind)
        })
        .map(|m| m.entity)
}

/// The date named between a counterpart and the next ("Kishida in Tokyo on
/// Monday and Xi in Beijing on Wednesday"), read as the event's status says.
fn own_date(
    scene: &Scene,
    event: &Event,
    from: usize,
    to: usize,
) -> Option<crate::temporal::PartialDate> {
    scene
        .sentence
        .dates
        .iter()
        .find(|d| d.start >= from && d.end <= to)
        .and_then(|d| d.readings.read(event.status == Status::Expected))
}

/// Whether each counterpart after the first has a trigger of the event's
/// type of its own, joined to the one before ("a deal … from France and a
/// deal … from Germany").
fn own_triggers(scene: &Scene, at: &TriggerAt, after: &[(EntityIdx, &EntityMention)]) -> bool {
    let text = scene.text();
    let joiners = &scene.language.joiners;
    after.windows(2).all(|pair| {
        let (from, to) = (pair[0].1.span.end, pair[1].1.span.start);
        scene.sentence.triggers.iter().any(|hit| {
            let trigger = &scene.language.triggers[hit.trigger];
            trigger.event_type == at.type_index
                && hit.span.start >= from
                && hit.span.end <= to
                && text[from..hit.span.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| joiners.iter().any(|r| r.is_match(word)))
        })
    })
}

/// "Met A in Hanoi on Monday and later held talks with B": a later trigger of
/// the type in one sentence does not meet again the counterparts an earlier
/// trigger's event holds, named between the two triggers and not after the
/// later one; they stay that event's, so the later one is a meeting with B.
/// Only for types of people (a meeting).
/// `earlier`: (type, trigger end, actors) of the sentence's events so far;
/// the event found here joins them.
pub(super) fn without_earlier_counterparts(
    scene: &Scene,
    at: &TriggerAt,
    found: &mut Found,
    earlier: &mut Vec<(usize, usize, Vec<EntityIdx>)>,
) {
    let Found::Event(event) = found else {
        return;
    };
    // Not for deals and drills of states: "the sale of F-16s to Turkey in a
    // deal" names one deal twice, the maker's state between.
    if at.event_type.max_actors == 1 || at.organisation || at.event_type.actors_as_states {
        return;
    }
    drop_met_before(scene, at, event, earlier);
    earlier.push((at.type_index, at.span.end, event.actors.clone()));
}

/// Drops from `event` the counterparts an `earlier` event met.
fn drop_met_before(
    scene: &Scene,
    at: &TriggerAt,
    event: &mut Event,
    earlier: &[(usize, usize, Vec<EntityIdx>)],
) {
    let named =
        |actor: EntityIdx, from: usize, to: usize| {
            scene.sentence.entities.iter().any(|m| {
                m.span.start >= from && m.span.end <= to && !m.locative && m.entity == actor
            })
        };
    let end = scene.sentence.span.end;
    for (event_type, before, actors) in earlier {
        if *event_type != at.type_index || *before > at.span.start {
            continue;
        }
        let met_before = |a: &EntityIdx| {
            actors.contains(a) && named(*a, *before, at.span.start) && !named(*a, at.span.end, end)
        };
        let kept: Vec<EntityIdx> = event
            .actors
            .iter()
            .filter(|a| !met_before(a))
            .copied()
            .collect();
        if kept.len() < event.actors.len() && kept.len() >= at.event_type.min_actors.max(2) {
            event.actors = kept;
        }
    }
}
