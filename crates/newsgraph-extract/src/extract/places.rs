//! Where an event happens: the place near its trigger, the destination of a
//! trip and its further legs, and a place borrowed from a related event.

use super::{at_home, distance, Event, Scene, TriggerAt};
use crate::knowledge::{Entities, EntityIdx, EntityKind, EventType, Knowledge};
use crate::recognise::EntityMention;
use crate::segment::Span;
use crate::temporal::DateReadings;
use crate::temporal::PartialDate;

/// How far (bytes) after one destination the next leg of a trip may be named.
const NEXT_LEG_WINDOW: usize = 90;
/// How far (bytes) after a further leg's destination its own date may stand
/// ("then flew on to Manila on Wednesday").
const LEG_DATE_WINDOW: usize = 40;
/// How far after a travel trigger its destination may stand ("tiba di Bandar Udara … Vladivostok").
const DESTINATION_WINDOW: usize = 80;

/// The place of the event a trigger states; a visitor does not travel to their
/// own country (a meeting may be held there).
pub(super) fn event_place(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    actors: &[EntityIdx],
) -> Option<EntityIdx> {
    let gazetteer = scene.entities;
    let event_type = at.event_type;
    // Who says it ("…, Ankara said") and where they are ("officials in Seoul
    // and Tokyo said") are not where the event is.
    let parties: Vec<&EntityMention> = parties
        .iter()
        .copied()
        .filter(|m| !scene.sentence.attributed(m))
        .collect();
    let parties = super::clauses::without_other_events(scene, at, &parties);
    let place = choose_place(&parties, at, actors, scene.entities);
    let place = place.map(|p| city_of_venue(scene, p, event_type));
    place.filter(|p| {
        !event_type.place_after_trigger || !actors.iter().any(|a| gazetteer[*a].country == Some(*p))
    })
}

/// The city a venue is told in ("di Istana Merdeka, Jakarta", "at the Great
/// Hall of the People, Beijing"): a venue named with its city is where the
/// event is held in that city, and the city is what readers name as its place.
/// A state said to be where by a seat of its government ("di Kremlin, Moskow")
/// is such a venue too.
fn city_of_venue(scene: &Scene, place: EntityIdx, event_type: &EventType) -> EntityIdx {
    let gazetteer = scene.entities;
    let kind = gazetteer[place].kind;
    if !matches!(kind, EntityKind::Site | EntityKind::State)
        || !event_type.place_kinds.contains(&EntityKind::City)
    {
        return place;
    }
    let text = scene.text();
    let mentions = &scene.sentence.entities;
    let venue_country = gazetteer.country_of(place);
    mentions
        .iter()
        .filter(|m| m.entity == place && (kind == EntityKind::Site || m.locative))
        .find_map(|venue| {
            let city = mentions.iter().find(|m| m.span.start >= venue.span.end)?;
            let gap = text.get(venue.span.end..city.span.start)?;
            let in_it = gazetteer[city.entity].kind == EntityKind::City
                && venue_country.is_none_or(|c| gazetteer[city.entity].country == Some(c));
            (in_it && gap.trim() == ",").then_some(city.entity)
        })
        .unwrap_or(place)
}

/// A further leg of a trip: where it goes, and the date the text gives that
/// leg alone ("lalu terbang ke Manila pada Rabu"); without one it takes the
/// trip's.
#[derive(Debug, Clone, Copy)]
pub(super) struct Leg {
    pub(super) place: EntityIdx,
    pub(super) date: Option<DateReadings>,
}

/// Destinations after the first that the text marks as further legs of the
/// same trip ("ke Lima, lalu ke London"; references.tsv `next_leg`): each in
/// another country than the leg before it, none at the traveller's home.
pub(super) fn further_legs(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    first: EntityIdx,
    actors: &[EntityIdx],
) -> Vec<Leg> {
    let (text, trigger, event_type) = (scene.text(), at.span, at.event_type);
    let gazetteer = scene.entities;
    let country = |e: EntityIdx| gazetteer.country_of(e);
    let Some(mut last) = parties
        .iter()
        .find(|m| m.entity == first && m.span.start >= trigger.end)
    else {
        return Vec::new();
    };
    let mut legs: Vec<&EntityMention> = Vec::new();
    for m in parties.iter().filter(|m| m.span.start >= last.span.end) {
        if m.modifier || !event_type.place_kinds.contains(&gazetteer[m.entity].kind) {
            continue;
        }
        if m.span.start < last.span.end || m.span.start - last.span.end > NEXT_LEG_WINDOW {
            break;
        }
        let gap = &text[last.span.end..m.span.start];
        let next_leg = scene.language.next_legs.iter().any(|r| r.is_match(gap));
        let elsewhere = country(m.entity).is_none() || country(m.entity) != country(last.entity);
        let home = actors
            .iter()
            .any(|a| traveller_home(gazetteer, *a, m.entity));
        let known = legs.iter().any(|l| l.entity == m.entity);
        if next_leg && elsewhere && !home && !known && m.entity != first {
            legs.push(m);
            last = m;
        }
    }
    let ends: Vec<usize> = legs
        .iter()
        .skip(1)
        .map(|m| m.span.start)
        .chain([scene.sentence.span.end])
        .collect();
    legs.iter()
        .zip(ends)
        .map(|(m, end)| Leg {
            place: m.entity,
            date: leg_date(scene, m.span.end, end.min(m.span.end + LEG_DATE_WINDOW)),
        })
        .collect()
}

/// The date named right after a further leg's destination, before the next
/// leg: "visited Hanoi on Monday and then flew on to Manila *on Wednesday*".
/// The dates before it are the earlier legs'.
fn leg_date(scene: &Scene, from: usize, to: usize) -> Option<DateReadings> {
    scene
        .sentence
        .dates
        .iter()
        .find(|d| d.start >= from && d.end <= to)
        .map(|d| d.readings)
}

/// The destinations of a statement that continues a trip ("The delegation's
/// Fiji stop followed visits to Tonga and Hawaii"): its place when the text
/// marks it as where someone goes ("to", "ke"), and the further legs after it.
/// Each is a visit of the traveller whose trip it continues (when in another
/// country than that trip's place: see `merge::merge_into`).
pub(super) fn continued_legs(
    scene: &Scene,
    at: &TriggerAt,
    place: Option<EntityIdx>,
    legs: Vec<Leg>,
) -> Vec<Leg> {
    // Only a trip has legs: "a target in the Sea of Japan" is no second test.
    if !at.event_type.place_after_trigger {
        return Vec::new();
    }
    let marked = place.filter(|p| {
        scene
            .sentence
            .entities
            .iter()
            .any(|m| m.entity == *p && m.destination && m.span.start >= at.span.end)
    });
    match marked {
        Some(first) => std::iter::once(Leg {
            place: first,
            date: None,
        })
        .chain(legs)
        .collect(),
        None => Vec::new(),
    }
}

/// Whether a name may be an event's place: of a kind the type takes, not a
/// modifier or topic, and not a state named for its unnamed official ("the
/// visiting Australian foreign minister" is a person).
fn may_be_place(m: &EntityMention, event_type: &EventType, gazetteer: Entities) -> bool {
    !m.modifier
        && !m.topic
        && !m.office
        && event_type.place_kinds.contains(&gazetteer[m.entity].kind)
}

/// Whether a name is a state named only in relation to something else
/// ("dolar AS", "the ambassador to Japan"): no more where than it is a party,
/// unless it is an actor's home (which still tells a trip is domestic); a city
/// so named ("the embassy in Jakarta") still says where.
fn related_state_abroad(m: &EntityMention, actors: &[EntityIdx], gazetteer: Entities) -> bool {
    m.relation
        && gazetteer[m.entity].kind == EntityKind::State
        && !actors
            .iter()
            .any(|a| traveller_home(gazetteer, *a, m.entity))
}

/// The place near the trigger: for a trip, its destination.
fn choose_place(
    parties: &[&EntityMention],
    at: &TriggerAt,
    actors: &[EntityIdx],
    gazetteer: Entities,
) -> Option<EntityIdx> {
    let (trigger, event_type) = (at.span, at.event_type);
    let candidates: Vec<&EntityMention> = parties
        .iter()
        .filter(|m| may_be_place(m, event_type, gazetteer))
        .filter(|m| !related_state_abroad(m, actors, gazetteer))
        // An actor is not also the place; nor is a capital standing for an actor
        // state ("sold jets to Ankara"), unless the text says it is where ("in Rabat").
        // A state that takes part may still be where, when the text says it
        // is held in it ("the US and Morocco began drills in Morocco").
        .filter(|m| {
            !actors.contains(&m.entity)
                || (m.within
                    && gazetteer[m.entity].kind == EntityKind::State
                    && event_type.actors_as_states)
        })
        .filter(|m| {
            !(event_type.actors_as_states
                && !m.locative
                && gazetteer
                    .as_state(m.entity)
                    .is_some_and(|s| actors.contains(&s)))
        })
        // A state is where an event happens only when the text says so ("in Russia");
        // otherwise it is more likely a party or a passing mention.
        .filter(|m| {
            let state = gazetteer[m.entity].kind == EntityKind::State;
            event_type.place_after_trigger
                || !state
                || (m.locative && !event_type.actors_as_states)
                || m.within
        })
        .copied()
        .collect();
    // "In the Asia-Pacific" says where only when nothing nearer is named.
    let candidates = if candidates.iter().all(|m| gazetteer.is_broad(m.entity)) {
        candidates
    } else {
        candidates
            .into_iter()
            .filter(|m| !gazetteer.is_broad(m.entity))
            .collect()
    };
    if event_type.place_after_trigger && at.passive {
        return passive_destination(&candidates, trigger, actors, gazetteer);
    }
    if event_type.place_after_trigger {
        return destination(&candidates, trigger, actors, gazetteer);
    }
    candidates
        .iter()
        .min_by_key(|m| place_rank(m, trigger, event_type, actors, gazetteer))
        .map(|m| m.entity)
}

/// How good a place candidate is (lower is better): said to be where, of the
/// type's preferred kind, after the trigger, near it.
fn place_rank(
    m: &EntityMention,
    trigger: Span,
    event_type: &EventType,
    actors: &[EntityIdx],
    gazetteer: Entities,
) -> (bool, bool, bool, usize, bool, usize) {
    let kind = gazetteer[m.entity].kind;
    let kind_rank = event_type
        .place_kinds
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(usize::MAX);
    let after = m.span.start >= trigger.end;
    // Where states are the parties, a state is where only when nothing
    // nearer is named ("drills in Morocco" but "in Agadir, Morocco").
    let fallback = event_type.actors_as_states && kind == EntityKind::State;
    (
        fallback,
        !m.locative,
        !(m.locative && home_land(event_type, actors, m.entity, gazetteer)),
        kind_rank,
        !after,
        distance(m.span, trigger),
    )
}

/// Whether `place` is land in an actor's own country where the type's place
/// is rather than the waters it reaches (events.tsv `home_over_waters`): a
/// launch "from the Wonsan area into the East Sea" is at Wonsan.
pub(super) fn home_land(
    event_type: &EventType,
    actors: &[EntityIdx],
    place: EntityIdx,
    gazetteer: Entities,
) -> bool {
    let kind = gazetteer[place].kind;
    event_type.home_over_waters
        && !matches!(kind, EntityKind::Sea | EntityKind::State)
        && gazetteer.country_of(place).is_some_and(|country| {
            actors
                .iter()
                .any(|a| gazetteer.country_of(*a) == Some(country))
        })
}

/// Whether `place` is at the traveller's home: a state travelling for its
/// unnamed official ("Presiden Kazakhstan tiba di Astana") is at home in
/// itself, unlike a state as an actor elsewhere (a launch on its own soil).
fn traveller_home(gazetteer: Entities, actor: EntityIdx, place: EntityIdx) -> bool {
    let country = gazetteer.country_of(actor);
    country.is_some() && (country == Some(place) || gazetteer[place].country == country)
}

/// The destination of a trip among the place candidates.
fn destination(
    candidates: &[&EntityMention],
    trigger: Span,
    actors: &[EntityIdx],
    gazetteer: Entities,
) -> Option<EntityIdx> {
    // A destination follows its verb ("travelled to X", "kunjungan ke X") or
    // stands right before a noun ("a Serbia visit"). A place in the traveller's
    // own country is not where they travel to ("ASEAN-US summit in Jakarta").
    let home = |m: &&&EntityMention| {
        actors
            .iter()
            .any(|a| traveller_home(gazetteer, *a, m.entity))
    };
    let after = candidates.iter().filter(|m| {
        m.span.start >= trigger.end && m.span.start - trigger.end <= DESTINATION_WINDOW
    });
    let adjacent_before = candidates
        .iter()
        .filter(|m| m.span.end <= trigger.start && trigger.start - m.span.end <= 1);
    // The first place the text marks as one ("to X", "di X") is the destination;
    // when it is at home the trip is domestic, and a foreign place further on is
    // not where it goes. Unmarked names may be titles or modifiers ("Ketua DPR AS").
    let chosen = match after.clone().find(|m| m.destination) {
        Some(marked) => (!home(&marked)).then_some(marked.entity),
        None => after
            .chain(adjacent_before)
            .find(|m| !home(m))
            .map(|m| m.entity),
    };
    // A state, and further on a city of it ("from the UAE, where he spoke in
    // Dubai"): the city is the more precise destination.
    chosen.map(|place| {
        let in_it = |m: &&&EntityMention| gazetteer[m.entity].country == Some(place);
        match gazetteer[place].kind {
            EntityKind::State => candidates
                .iter()
                .filter(|m| m.span.start >= trigger.end)
                .find(in_it)
                .map_or(place, |m| m.entity),
            _ => place,
        }
    })
}

/// The destination of a passive travel verb: the nearest place before it
/// ("Indonesia, negara pertama yang dikunjungi Blinken"), not the traveller's home.
fn passive_destination(
    candidates: &[&EntityMention],
    trigger: Span,
    actors: &[EntityIdx],
    gazetteer: Entities,
) -> Option<EntityIdx> {
    candidates
        .iter()
        .rev()
        .filter(|m| m.span.end <= trigger.start && trigger.start - m.span.end <= DESTINATION_WINDOW)
        .find(|m| {
            !actors
                .iter()
                .any(|a| traveller_home(gazetteer, *a, m.entity))
        })
        .map(|m| m.entity)
}

/// Whether an event of `actors` is one of the source's parties: they share an
/// actor, or every state the event is between stands behind one of the source's
/// parties ("Trump met Zelensky in The Hague … the United States will sell
/// Patriots to Ukraine": the deal between the two states is the leaders' talks).
fn related_parties(gazetteer: Entities, actors: &[EntityIdx], source: &[EntityIdx]) -> bool {
    if actors.iter().any(|a| source.contains(a)) {
        return true;
    }
    let source_states: Vec<EntityIdx> = source
        .iter()
        .filter_map(|s| gazetteer.as_state(*s))
        .collect();
    !actors.is_empty()
        && actors
            .iter()
            .all(|a| gazetteer[*a].kind == EntityKind::State && source_states.contains(a))
}

/// Fills a missing place from a related event of a shared actor and time, as
/// `events.tsv`'s `place_from` says ("Selama kunjungan tersebut, Shoigu bertemu
/// Kim" meets where Shoigu visited), unless that place is the actor's own
/// country. Of several source types, the first that has a place gives it.
pub(super) fn borrow_places(events: &mut [Event], knowledge: &Knowledge, gazetteer: Entities) {
    for i in 0..events.len() {
        for &source_type in &knowledge.event_types[events[i].event_type].place_from {
            // "Selama kunjungan tersebut, Shoigu bertemu Kim": stated in one sentence
            // with the visit, the meeting is dated by it.
            if events[i].date.is_none() {
                events[i].date = date_told_with(events, i, source_type, gazetteer);
            }
            // A place already known is only made more precise: "his first trip to
            // Egypt" takes Cairo from the meeting held there.
            let current = events[i].place;
            if current.is_some_and(|p| gazetteer[p].kind != EntityKind::State) {
                break;
            }
            if let Some(place) = borrowed_place(events, i, source_type, knowledge, gazetteer) {
                events[i].place = Some(place);
                break;
            }
        }
    }
}

/// The date of a related event of `source_type` told in one sentence with event `i`.
fn date_told_with(
    events: &[Event],
    i: usize,
    source_type: usize,
    gazetteer: Entities,
) -> Option<PartialDate> {
    let spans: Vec<Span> = events[i].evidence.iter().map(|e| e.span).collect();
    events.iter().find_map(|other| {
        let related = other.event_type == source_type
            && related_parties(gazetteer, &events[i].actors, &other.actors)
            && other.evidence.iter().any(|e| spans.contains(&e.span));
        related.then_some(other.date).flatten()
    })
}

/// The place event `i` takes from a related event of `source_type`, if any.
fn borrowed_place(
    events: &[Event],
    i: usize,
    source_type: usize,
    knowledge: &Knowledge,
    gazetteer: Entities,
) -> Option<EntityIdx> {
    let current = events[i].place;
    let (actors, date) = (&events[i].actors, events[i].date);
    // Within the source's duration (a three-day visit and the talks on its
    // second day); of several, the one told last before this event (the leg
    // of the trip the text is at), else the first.
    let duration = i64::from(knowledge.event_types[source_type].duration_days);
    let first_told = |e: &Event| e.evidence.iter().map(|v| v.span.start).min().unwrap_or(0);
    let at = first_told(&events[i]);
    let candidates = events.iter().enumerate().filter_map(|(j, other)| {
        let place = other.place?;
        let related = j != i
            && other.event_type == source_type
            && related_parties(gazetteer, actors, &other.actors)
            && match (date, other.date) {
                (Some(a), Some(b)) => {
                    a.is_compatible(&b) || a.days_between(&b).is_some_and(|d| d <= duration)
                }
                _ => true,
            };
        let home = actors.iter().all(|a| at_home(gazetteer, *a, place));
        // Made more precise only to a city of that state: the palace or hall a
        // meeting is held in is a venue of the trip, not where it goes ("Indonesia,
        // the first country Blinken visited" is not a visit to Istana Merdeka).
        let fits = current.is_none_or(|state| {
            gazetteer[place].country == Some(state) && gazetteer[place].kind == EntityKind::City
        });
        (related && !home && fits).then_some((first_told(other), place))
    });
    // A leg in the country of another party is where they meet: "arrived
    // in Kyiv … travelled from Poland … the two leaders then held talks".
    let candidates: Vec<(usize, EntityIdx)> = candidates.collect();
    let hosted = |place: &EntityIdx| actors.iter().any(|a| at_home(gazetteer, *a, *place));
    let candidates = if candidates.iter().any(|(_, p)| hosted(p)) {
        candidates.into_iter().filter(|(_, p)| hosted(p)).collect()
    } else {
        candidates
    };
    let (before, after): (Vec<_>, Vec<_>) =
        candidates.into_iter().partition(|(told, _)| *told <= at);
    before
        .iter()
        .max_by_key(|(told, _)| *told)
        .or(after.first())
        .map(|(_, place)| *place)
}

/// A meeting the text places only in a state is in the dateline's city when
/// that city lies in the state ("NEW DELHI - … the visit of the Brazilian
/// minister to India … was received by Rajnath Singh"): the report is filed
/// where the talks are. Only for a type whose parties are people and whose
/// place is not a destination (a visit "to India" is to the state). An event
/// of a type with `dateline_place` that the text places nowhere is there too.
pub(super) fn dateline_city(
    events: &mut [Event],
    dateline: Option<EntityIdx>,
    knowledge: &Knowledge,
    gazetteer: Entities,
) {
    let Some(city) = dateline.filter(|c| gazetteer[*c].kind == EntityKind::City) else {
        return;
    };
    for event in events.iter_mut() {
        let event_type = &knowledge.event_types[event.event_type];
        let meeting = !event_type.place_after_trigger && !event_type.actors_as_states;
        let state = event
            .place
            .filter(|p| gazetteer[*p].kind == EntityKind::State);
        let unplaced = event_type.dateline_place && event.place.is_none();
        if unplaced || meeting && state.is_some() && gazetteer[city].country == state {
            event.place = Some(city);
        }
    }
}

/// A meeting or deal "on the sidelines of" a gathering (references.tsv
/// `sideline`: "On the sidelines of the opening, …", "Di sela pembukaan, …")
/// is held where that gathering is: the event with a place told last before
/// it. Only for a type whose place is not a destination (a visit goes
/// somewhere; it is not held at a gathering).
pub(super) fn sideline_places(
    events: &mut [Event],
    text: &str,
    sidelines: &[regex::Regex],
    knowledge: &Knowledge,
) {
    if sidelines.is_empty() {
        return;
    }
    for i in 0..events.len() {
        let event = &events[i];
        if event.place.is_some() || knowledge.event_types[event.event_type].place_after_trigger {
            continue;
        }
        let Some(at) = event
            .evidence
            .iter()
            .find(|e| {
                let sentence = &text[e.span.start..e.span.end];
                sidelines.iter().any(|r| r.is_match(sentence))
            })
            .map(|e| e.trigger.start)
        else {
            continue;
        };
        let told_before = |e: &Event| {
            e.evidence
                .iter()
                .map(|v| v.trigger.start)
                .filter(|start| *start < at)
                .max()
        };
        let source = events
            .iter()
            .enumerate()
            .filter(|(j, other)| *j != i && other.place.is_some())
            .filter_map(|(_, other)| Some((told_before(other)?, other.place?)))
            .max_by_key(|(told, _)| *told);
        if let Some((_, place)) = source {
            events[i].place = Some(place);
        }
    }
}
