//! Mentions of one event within an article become one event: a new mention
//! merges with an earlier one, a statement with too few actors continues one,
//! and events that would get one IRI are joined at the end.

use super::{at_home, places_agree, status::combine_status, Event, Exercise};
use crate::knowledge::{Entities, EntityIdx, EntityKind, EventType, Knowledge, Status};
use crate::temporal::{PartialDate, Precision};
use std::cmp::Ordering;

/// Events that would get one IRI (same type, actors, date and status) are one
/// event: join their evidence, keeping the first place. One told as another
/// occasion stays apart (it is left undated by `date_from_publication`).
/// `by_systems`: deals naming different weapons stay apart too, until the
/// makers named beside them (`add_named_parties`) tell their IRIs apart.
pub(super) fn merge_same_key(
    events: Vec<Event>,
    knowledge: &Knowledge,
    entities: Entities,
    by_systems: bool,
) -> Vec<Event> {
    let mut merged: Vec<Event> = Vec::with_capacity(events.len());
    for event in events {
        let identity = event.identity(knowledge, entities);
        let same = merged.iter_mut().find(|e| {
            e.date == event.date
                && e.other_occasion == event.other_occasion
                && Exercise::agrees(e.exercise, event.exercise)
                && (!by_systems || systems_agree(e, &event) && e.firms == event.firms)
                && e.identity(knowledge, entities) == identity
        });
        match same {
            Some(existing) => {
                existing.place = existing.place.or(event.place);
                for evidence in event.evidence {
                    if !existing.evidence.iter().any(|e| e.span == evidence.span) {
                        existing.evidence.push(evidence);
                    }
                }
            }
            None => merged.push(event),
        }
    }
    merged
}

/// Attaches a statement without enough actors to the latest event of its type
/// whose actors include the ones it names, filling in a missing place or date.
/// For a type with `merge_overlap` (an exercise) sharing one actor is enough,
/// and the others join: "the air forces involved are from A, B and C".
/// `refers_back`: the statement names the event as known ("the visit",
/// "pertemuan itu"), so a date near it is not the event's own.
/// Gives back the event it continues, as it was; or the statement, when
/// there is no such event (boxed: `Event` is too large for an `Err`).
pub(super) fn continue_event(
    events: &mut Vec<Event>,
    part: Event,
    refers_back: bool,
    published: Option<PartialDate>,
    knowledge: &Knowledge,
    entities: Entities,
) -> Result<Event, Box<Event>> {
    // "Poland ran its own drills": told apart, it continues none.
    if part.separate {
        return Err(Box::new(part));
    }
    let event_type = &knowledge.event_types[part.event_type];
    // A statement naming both parties and another weapon ("A also signed
    // with B for two submarines") is another deal; one naming fewer
    // continues the deal of its weapon ("Kontrak Rafale ini …") if told.
    let complete = part.actors.len() >= event_type.min_actors.max(1);
    let of_weapon = events
        .iter()
        .any(|e| systems_agree(e, &part) && !e.systems.is_empty());
    let fits = |e: &Event| {
        e.event_type == part.event_type
            && (part.actors.iter().all(|a| e.actors.contains(a))
                || event_type.merge_overlap && part.actors.iter().any(|a| e.actors.contains(a)))
            && (!(complete || of_weapon) || systems_agree(e, &part))
            // "Joint Sword" continues no "Han Kuang" drill.
            && Exercise::agrees(e.exercise, part.exercise)
    };
    // The latest such event, unless an earlier one is of the statement's date:
    // "Kim arrived on Wednesday to prepare for his meeting on Thursday" after
    // a sentence on his meeting with another leader months before.
    let same_time = |e: &Event| {
        e.date
            .zip(part.date)
            .is_some_and(|(a, b)| within(a, b, event_type.duration_days))
    };
    // A statement of the reported occasion passes over one told as another
    // ("their next meeting … The talks in Pyongyang …").
    let reported = |e: &Event| e.other_occasion == part.other_occasion;
    let Some(index) = events
        .iter()
        .rposition(|e| fits(e) && same_time(e))
        .or_else(|| events.iter().rposition(|e| fits(e) && reported(e)))
        .or_else(|| events.iter().rposition(fits))
    else {
        return Err(Box::new(part));
    };
    let event = &mut events[index];
    let continued = event.clone();
    if let Some(another) = another_occasion(event, &part, refers_back, published, knowledge)
        .or_else(|| another_stop(event, &part, event_type, entities))
    {
        events.push(another);
        return Ok(continued);
    }
    // Not a place in the actors' own country: "delegasi dari Rusia" is where a
    // visitor comes from, not where a Russian visitor goes.
    let home = |place: &EntityIdx| event.actors.iter().any(|a| at_home(entities, *a, *place));
    let state_yields = event_type.actors_as_states;
    event.place = launch_site(event, &part, event_type, entities).or(fill_place(
        event.place,
        part.place.filter(|p| !home(p)),
        entities,
        state_yields,
    ));
    // A plan told with a date years back names the time of something else.
    let misdated =
        part.status != Status::Occurred && part.date.is_some_and(|d| long_before(d, published));
    event.date = event.date.or(part.date.filter(|_| !misdated));
    event.exercise = Exercise::unite(event.exercise, part.exercise);
    unite_actors(event, &part, knowledge);
    // "was due to hold talks … the two ministers had begun talks": it happened. A
    // continuation names too little to turn a report into a plan.
    if event.status_stated && part.status_stated && part.status == Status::Occurred {
        event.status = Status::Occurred;
    }
    add_evidence(event, part.evidence);
    Ok(continued)
}

/// A definite noun that names an event told before ("the launch", "uji coba
/// tersebut") gives its date and place to the latest event of its type whose
/// actors include the ones it names: a missing date, or a day inside the
/// event's month. It never states an event: a date that disagrees with the
/// event's belongs to something else, and is dropped with the statement.
pub(super) fn follow_up(
    events: &mut [Event],
    part: Event,
    knowledge: &Knowledge,
    entities: Entities,
) {
    let fits = |e: &Event| {
        e.event_type == part.event_type
            && part.actors.iter().all(|a| e.actors.contains(a))
            && Exercise::agrees(e.exercise, part.exercise)
    };
    // "The launch" after an earlier test recalled ("first tested in 2017")
    // tells the reported one.
    let Some(index) = events
        .iter()
        .rposition(|e| fits(e) && !e.other_occasion)
        .or_else(|| events.iter().rposition(fits))
    else {
        return;
    };
    let event = &mut events[index];
    match (event.date, part.date) {
        (Some(known), Some(told)) if !known.is_compatible(&told) => return,
        (Some(known), Some(told)) if told.precision > known.precision => event.date = Some(told),
        (None, told) => event.date = told,
        _ => {}
    }
    let home = |place: &EntityIdx| event.actors.iter().any(|a| at_home(entities, *a, *place));
    let event_type = &knowledge.event_types[event.event_type];
    event.place = launch_site(event, &part, event_type, entities).or(fill_place(
        event.place,
        part.place.filter(|p| !home(p)),
        entities,
        event_type.actors_as_states,
    ));
    add_evidence(event, part.evidence);
}

/// Adds the actors a list of who takes part names ("the air forces involved
/// are from A, B and C") to the latest event of its type, if their dates agree.
/// An undated list tells of the article's present: it skips an event told as
/// background, dated in another month than the publication ("the exercise
/// began in 1990 between A and B"), when one of that month is known.
/// Alone, such a list states no event.
pub(super) fn join_event(
    events: &mut [Event],
    part: Event,
    published: Option<PartialDate>,
    knowledge: &Knowledge,
) {
    let of_type =
        |e: &Event| e.event_type == part.event_type && Exercise::agrees(e.exercise, part.exercise);
    let month = |d: PartialDate| d.with_precision(Precision::Month);
    let present = |e: &Event| match (e.date, part.date.or(published)) {
        (Some(a), Some(b)) => month(a).is_compatible(&month(b)),
        _ => true,
    };
    let Some(index) = events
        .iter()
        .rposition(|e| of_type(e) && present(e))
        .or_else(|| events.iter().rposition(of_type))
    else {
        return;
    };
    let event = &mut events[index];
    if let (Some(a), Some(b)) = (event.date, part.date) {
        if !a.is_compatible(&b) {
            return;
        }
    }
    absorb(event, part, knowledge);
}

/// Adds a statement's mentions to the event it tells, unless its sentence
/// already is one of the event's (two triggers of one sentence).
fn add_evidence(event: &mut Event, evidence: Vec<super::Evidence>) {
    if !event
        .evidence
        .iter()
        .any(|e| evidence.first().is_some_and(|first| e.span == first.span))
    {
        event.evidence.extend(evidence);
    }
}

/// Unites `part`'s actors and evidence into `event`.
fn absorb(event: &mut Event, part: Event, knowledge: &Knowledge) {
    unite_actors(event, &part, knowledge);
    add_evidence(event, part.evidence);
}

/// A statement that takes part in the event as known ("Singapore and Japan
/// are also taking part in the exercise") and shares no actor with it: in a
/// `merge_overlap` type its states join the latest event of its type, if
/// their statuses agree and their dates lie within the type's
/// `duration_days`. Gives the statement back when they do not.
pub(super) fn join_reference(
    events: &mut [Event],
    part: Event,
    knowledge: &Knowledge,
) -> Result<(), Box<Event>> {
    let event_type = &knowledge.event_types[part.event_type];
    if !event_type.merge_overlap || part.separate {
        return Err(Box::new(part));
    }
    let Some(event) = events
        .iter_mut()
        .rev()
        .find(|e| e.event_type == part.event_type && Exercise::agrees(e.exercise, part.exercise))
    else {
        return Err(Box::new(part));
    };
    // Within the event's span: "opened on Tuesday … joined on Wednesday".
    if event.status != part.status
        || event
            .date
            .zip(part.date)
            .is_some_and(|(a, b)| !within(a, b, event_type.duration_days))
    {
        return Err(Box::new(part));
    }
    absorb(event, part, knowledge);
    Ok(())
}

/// A statement dated apart from the event it continues is another occasion of
/// the same actors, not a detail of it: "the second launch came in July" (a
/// statement of states naming no actor), one whose stated status differs
/// ("will visit India in December … had last visited New Delhi in 2021"), or
/// one dated in another month, beyond the type's `duration_days` ("They last
/// sat down together in November 2022"; "The contracts follow agreements
/// signed in July"). A statement that refers back ("the visit comes … after X
/// signed a pact last year") may stand near a date not its own; a few days
/// apart ("began his trip on Monday, … where he met executives") is more
/// often a part of the event than another one. A statement whose wording
/// tells another occasion ("the previous edition drew 30,000 troops") is one,
/// unless dated as the event. So is one dated in a year before the
/// publication, of an undated event: that event is of the article's present
/// ("Egypt signed for 30 Rafale jets … was the first to buy the jet in 2015").
fn another_occasion(
    event: &Event,
    part: &Event,
    refers_back: bool,
    published: Option<PartialDate>,
    knowledge: &Knowledge,
) -> Option<Event> {
    let event_type = &knowledge.event_types[part.event_type];
    // The statement's own actors when it names enough: "Pitch Black began
    // in 1990 between Australia and Singapore".
    let actors = if part.actors.len() >= event_type.min_actors.max(1) {
        part.actors.clone()
    } else {
        event.actors.clone()
    };
    let marked = part.other_occasion && !event.other_occasion;
    let dates = part.date.zip(event.date);
    let apart = dates.is_none_or(|(new, old)| !within(new, old, event_type.duration_days));
    // "Talks on three more submarines" after a fighter deal: another deal.
    if marked && apart || !systems_agree(event, part) {
        return Some(Event {
            actors,
            ..part.clone()
        });
    }
    // Only what happened is dated years back: a plan told with such a date
    // names the time of something else ("invited delegations to mark the
    // armistice of 27 July 1953").
    let earlier = |d: PartialDate| {
        !refers_back && part.status == Status::Occurred && long_before(d, published)
    };
    if event.date.is_none() && part.date.is_some_and(earlier) {
        return Some(Event {
            actors,
            ..part.clone()
        });
    }
    let (new, old) = dates?;
    if new.is_compatible(&old) {
        return None;
    }
    // An actorless launch on another day is another launch; an actorless
    // mention of a drill within its duration ("The drills ended on Tuesday")
    // is the same drill.
    let unnamed = part.actors.is_empty()
        && event_type.actors_as_states
        && !within(new, old, event_type.duration_days);
    let other_status = event.status_stated && part.status_stated && event.status != part.status;
    let month = |d: PartialDate| d.with_precision(Precision::Month);
    let apart = !refers_back
        && !month(new).is_compatible(&month(old))
        && new
            .days_between(&old)
            .is_none_or(|days| days > i64::from(event_type.duration_days));
    (unnamed || other_status || apart).then(|| Event {
        actors,
        ..part.clone()
    })
}

/// A trip continued in another town on another day is a further stop of the
/// traveller, not a detail of the visit told: "the visit will continue with a
/// tour of a shipyard in Osaka on Thursday" after arriving in Tokyo on
/// Wednesday (trips to two cities of a country stay two, as in `merge_into`).
/// A site in the visit's country, a broad region or one day is the same trip.
fn another_stop(
    event: &Event,
    part: &Event,
    event_type: &EventType,
    entities: Entities,
) -> Option<Event> {
    let (Some(at), Some(next)) = (event.place, part.place) else {
        return None;
    };
    let (Some(day), Some(next_day)) = (event.date, part.date) else {
        return None;
    };
    let home = event.actors.iter().any(|a| at_home(entities, *a, next));
    let elsewhere = !places_agree(entities, at, next)
        && !venue_in_country(entities, at, next)
        && !entities.is_broad(at)
        && !entities.is_broad(next)
        && entities[next].kind != EntityKind::Site;
    (event_type.place_after_trigger && elsewhere && !home && !day.is_compatible(&next_day)).then(
        || Event {
            actors: event.actors.clone(),
            ..part.clone()
        },
    )
}

/// Whether `date` lies in a year before the publication's.
fn long_before(date: PartialDate, published: Option<PartialDate>) -> bool {
    published.is_some_and(|p| date.year < p.year)
}

/// Whether two dates may be of one event of a type lasting `duration_days`.
fn within(a: PartialDate, b: PartialDate, duration_days: u32) -> bool {
    a.is_compatible(&b)
        || a.days_between(&b)
            .is_some_and(|days| days <= i64::from(duration_days))
}

/// How many days apart two planned mentions of one event may be dated.
const PLAN_SLACK_DAYS: u32 = 7;

/// Whether the places of two mentions let them be one event. One traveller's
/// trips to two places are two visits; the airport or venue a trip reaches in
/// the country is not another place, nor is a town in a broad region ("the
/// Asia-Pacific") told before.
fn places_allow_merge(entities: Entities, earlier: &Event, event: &Event) -> bool {
    match (earlier.place, event.place) {
        (Some(a), Some(b)) => {
            places_agree(entities, a, b)
                || venue_in_country(entities, a, b)
                || (earlier.date.is_none() || event.date.is_none())
                    && site_and_waters(entities, &earlier.actors, a, b)
                || entities.is_broad(a)
                || entities.is_broad(b)
                || earlier.actors.len() > 1
        }
        _ => true,
    }
}

/// Adds `event` to `events`, merging it with an earlier mention of the same
/// event: same type and status, compatible dates, and the same actors or one
/// set inside the other. The first statement's actors and place stand.
pub(super) fn merge_into(
    events: &mut Vec<Event>,
    event: Event,
    published: Option<PartialDate>,
    knowledge: &Knowledge,
    entities: Entities,
) {
    let event_type = &knowledge.event_types[event.event_type];
    let duration = event_type.duration_days;
    // Actor sets that hold one another, or (merge_overlap) share at least half
    // of the smaller one: "Russia and Belarus" and "Russia and India" are one
    // drill; one state of a bloc named beside a rival bloc's drill is not.
    // A state met by a person both mentions name is held by a person of it
    // the other names ("met his hosts" and "met Prime Minister X" of that state).
    // So is one attending the summit of an organisation both name ("KTT
    // BRICS yang dihadiri Indonesia" after "Prabowo menghadiri KTT BRICS").
    let person = |a: &EntityIdx| entities[*a].kind == EntityKind::Person;
    let organisation = |a: &EntityIdx| entities[*a].kind == EntityKind::Organisation;
    let nested = |e: &Event| {
        let by_people = event
            .actors
            .iter()
            .any(|a| (person(a) || organisation(a)) && e.actors.contains(a));
        let held = |inner: &[EntityIdx], outer: &[EntityIdx]| {
            inner
                .iter()
                .all(|a| outer.contains(a) || by_people && serves(entities, outer, *a))
        };
        held(&event.actors, &e.actors) || held(&e.actors, &event.actors)
    };
    let actors_agree = |e: &Event| {
        let shared = event.actors.iter().filter(|a| e.actors.contains(a)).count();
        let smaller = event.actors.len().min(e.actors.len());
        nested(e) || (event_type.merge_overlap && shared > 0 && 2 * shared >= smaller)
    };
    // A mention told apart ("its own exercise") joins none told before.
    let same = events.iter_mut().filter(|_| !event.separate).find(|e| {
        e.event_type == event.event_type
            && statuses_agree(e, &event, published, duration)
            && dates_agree(e, &event, published, duration, nested(e))
            && actors_agree(e)
            && systems_agree(e, &event)
            && Exercise::agrees(e.exercise, event.exercise)
            // A deal between firms is not the states' deal told beside it.
            && e.firms == event.firms
            // "Their previous meeting" is not the one reported, unless dated alike.
            && (e.other_occasion == event.other_occasion
                || e.date.zip(event.date).is_some_and(|(a, b)| within(a, b, duration)))
            && places_allow_merge(entities, e, &event)
    });
    match same {
        Some(existing) => {
            combine_status(existing, &event);
            unite_actors(existing, &event, knowledge);
            existing.place = merged_place(existing, &event, knowledge, entities);
            // A day told in a sentence of its own; the days one sentence names
            // are legs or steps of something told there ("visited Jakarta on
            // Monday and then travelled on to Kuala Lumpur on Wednesday").
            let own_sentence = event
                .evidence
                .first()
                .is_none_or(|new| existing.evidence.iter().all(|v| v.span != new.span));
            existing.date = merged_date(existing.date, event.date, duration, own_sentence);
            existing.exercise = Exercise::unite(existing.exercise, event.exercise);
            for system in event.systems {
                if !existing.systems.contains(&system) {
                    existing.systems.push(system);
                }
            }
            add_evidence(existing, event.evidence);
        }
        None => events.push(event),
    }
}

/// Whether two mentions may be of one deal by the weapons they name: not when
/// both name systems and none in common ("42 Rafale jets" and "two Scorpène
/// submarines" between the same states). Set only for `distinct_systems` types.
fn systems_agree(a: &Event, b: &Event) -> bool {
    a.systems.is_empty() || b.systems.is_empty() || a.systems.iter().any(|s| b.systems.contains(s))
}

/// Whether `actor` is a state a person among `actors` serves.
fn serves(entities: Entities, actors: &[EntityIdx], actor: EntityIdx) -> bool {
    let person = |p: &&EntityIdx| entities[**p].kind == EntityKind::Person;
    entities[actor].kind == EntityKind::State
        && actors
            .iter()
            .filter(person)
            .any(|p| entities.country_of(*p) == Some(actor))
}

/// The date of one event told twice: the more precise one; of two days, for
/// an event lasting days, the first: a visit is dated by its arrival ("who
/// flew in on Sunday"), not by its last engagement, and a drill by its start.
/// Only a day told in a sentence of its own (`own_sentence`) and shortly
/// before (`arrives_before`).
fn merged_date(
    first: Option<PartialDate>,
    later: Option<PartialDate>,
    duration: u32,
    own_sentence: bool,
) -> Option<PartialDate> {
    match (first, later) {
        (Some(a), Some(b)) if b.precision > a.precision => Some(b),
        (Some(a), Some(b)) if duration > 1 && own_sentence && arrives_before(b, a) => Some(b),
        (a, b) => a.or(b),
    }
}

/// Whether `told` is a day shortly before `known`: an arrival told after the
/// main engagement lies a day or two before it; a day a week back is more
/// likely a weekday read the wrong way ("on Friday before flying home").
fn arrives_before(told: PartialDate, known: PartialDate) -> bool {
    told.compare_coarse(&known).is_lt()
        && told
            .days_between(&known)
            .is_some_and(|d| d <= ARRIVAL_LEAD_DAYS)
}

/// How many days before its main engagement a visit's arrival may be told.
const ARRIVAL_LEAD_DAYS: i64 = 3;

/// Whether two mentions' dates allow one event of a type lasting `duration`.
/// `nested`: one's actors hold the other's.
fn dates_agree(
    e: &Event,
    event: &Event,
    published: Option<PartialDate>,
    duration: u32,
    nested: bool,
) -> bool {
    // An undated event told first is the article's present: a later mention
    // sharing only some of its parties is another event when dated in another
    // month ("TNI juga menggelar latihan dengan AS … pada Agustus lalu" after
    // the drill with Russia reported in November). A later undated mention
    // may refer back to a dated one ("Ini merupakan latihan terbesar …").
    let present = |d: PartialDate| {
        nested
            || published.is_none_or(|p| {
                d.with_precision(Precision::Month)
                    .is_compatible(&p.with_precision(Precision::Month))
            })
    };
    match (e.date, event.date) {
        // Reports of a plan often name different days for it ("on
        // September 8"; "naming September 4 as a possible date").
        (Some(a), Some(b)) if e.status == Status::Expected && event.status == Status::Expected => {
            within(a, b, duration.max(PLAN_SLACK_DAYS))
        }
        (Some(a), Some(b)) => within(a, b, duration),
        // An undated mention tells of the article's present: not of
        // one dated in an earlier year ("membeli jet Rafale pada 2015").
        (Some(d), None) => !long_before(d, published),
        (None, Some(d)) => !long_before(d, published) && present(d),
        (None, None) => true,
    }
}

/// The place of one event told twice. The place of the first statement
/// stands (the lead says where the event is at the level the report cares
/// about; a later "in Dubai" after "in the UAE" is where part of it
/// happened); a later statement only fills a missing one. On the real working
/// split this beat "the more specific place wins": F1 id 0.511 -> 0.533, en
/// 0.671 -> 0.682. An airport a trip lands at yields to the town it goes to.
fn merged_place(
    existing: &Event,
    event: &Event,
    knowledge: &Knowledge,
    entities: Entities,
) -> Option<EntityIdx> {
    let event_type = &knowledge.event_types[event.event_type];
    if let Some(site) = launch_site(existing, event, event_type, entities) {
        return Some(site);
    }
    match (existing.place, event.place) {
        (Some(venue), Some(town))
            if entities[town].kind != EntityKind::Site
                && venue_in_country(entities, venue, town) =>
        {
            Some(town)
        }
        (first, later) => fill_place(first, later, entities, event_type.actors_as_states),
    }
}

/// Where a launch started, told after the sea it reached: the place of an
/// event of a `home_over_waters` type ("fired into the Yellow Sea … launched
/// from the North Hwanghae province area" is a launch in North Hwanghae).
/// Only a place said to be where ("from", "near"): not "at 8:44 a.m. Beijing time".
/// A place abroad yields too: a foreign dateline ("Tokyo – North Korea fired
/// …") or a city that reacted is no site of the actors' own launch.
fn launch_site(
    known: &Event,
    told: &Event,
    event_type: &EventType,
    entities: Entities,
) -> Option<EntityIdx> {
    let land = told.place.filter(|_| told.place_said)?;
    let abroad = |p: EntityIdx| {
        let country = entities.country_of(p);
        !known
            .actors
            .iter()
            .any(|a| country.is_some() && entities.country_of(*a) == country)
    };
    let elsewhere = known
        .place
        .is_some_and(|p| entities[p].kind == EntityKind::Sea || abroad(p));
    (elsewhere && super::places::home_land(event_type, &known.actors, land, entities))
        .then_some(land)
}

/// The place an event keeps when a later mention offers one: its own, unless
/// it has none or only a broad region ("in the Asia-Pacific" yields to the
/// town a later mention names), or a state where states are the parties.
fn fill_place(
    known: Option<EntityIdx>,
    offered: Option<EntityIdx>,
    entities: Entities,
    state_yields: bool,
) -> Option<EntityIdx> {
    match (known, offered) {
        (Some(broad), Some(named)) if entities.is_broad(broad) && !entities.is_broad(named) => {
            Some(named)
        }
        // Where states are the parties a state is only the fallback place
        // (`places::choose_place`): "drills in the Philippines" yields to
        // "on the island of Luzon".
        // Of any type a state yields to its capital: "a state visit to India"
        // then "arrived in New Delhi" is a visit to New Delhi (another town
        // may be a stop on the way, and the trip's next town would then no
        // longer join it).
        (Some(state), Some(named))
            if (state_yields || entities[named].capital_of == Some(state))
                && entities[state].kind == EntityKind::State
                && entities.country_of(named) == Some(state) =>
        {
            Some(named)
        }
        (known, offered) => known.or(offered),
    }
}

/// Whether one of two places is a site (an airport, a palace) in the country
/// of the other: "tiba di Jakarta" and "mendarat di Bandara Halim" are one
/// trip, while trips to two cities of a country stay two.
fn venue_in_country(entities: Entities, a: EntityIdx, b: EntityIdx) -> bool {
    let site = |p: EntityIdx| entities[p].kind == EntityKind::Site;
    (site(a) || site(b))
        && entities
            .country_of(a)
            .is_some_and(|country| entities.country_of(b) == Some(country))
}

/// Whether two places are where the actors' own event started and the sea it
/// reached: an undated "fires missiles from Wonsan" (a headline) and "fired
/// missiles into the Sea of Japan on Thursday" are one launch. Two dated
/// mentions keep their own places: a bilateral drill planned in the Java Sea
/// is not the multilateral one off Bali.
fn site_and_waters(entities: Entities, actors: &[EntityIdx], a: EntityIdx, b: EntityIdx) -> bool {
    let sea = |p: EntityIdx| entities[p].kind == EntityKind::Sea;
    let home = |p: EntityIdx| {
        let country = entities.country_of(p);
        country.is_some() && actors.iter().any(|a| entities.country_of(*a) == country)
    };
    (sea(a) && home(b)) || (sea(b) && home(a))
}

/// The actors of both mentions of one event, the first's first, up to the
/// type's limit: a lead naming one state and a detail naming its partner.
fn unite_actors(existing: &mut Event, event: &Event, knowledge: &Knowledge) {
    let max = knowledge.event_types[event.event_type].max_actors;
    for actor in &event.actors {
        if !existing.actors.contains(actor) && (max == 0 || existing.actors.len() < max) {
            existing.actors.push(*actor);
        }
    }
}

/// Whether two mentions' statuses allow one event. A report of a held event
/// may also mention it as planned ("will hold talks"): an undated plan joins a
/// held event of the publication month.
fn statuses_agree(
    e: &Event,
    event: &Event,
    published: Option<PartialDate>,
    duration_days: u32,
) -> bool {
    e.status == event.status || {
        let (held, planned) = if e.status == Status::Occurred {
            (e, event)
        } else {
            (event, e)
        };
        // A plan whose day has come ("was due to hold talks on Thursday") and an
        // undated report that the talks began are one event; so is a report
        // within the event's span ("are scheduled to conclude the drill on
        // Saturday … the three-day drill began on Thursday").
        let due = match (planned.date, published) {
            (Some(d), Some(p)) => d.compare_coarse(&p) != Ordering::Greater,
            _ => false,
        };
        (due && held
            .date
            .is_none_or(|h| planned.date.is_some_and(|p| within(h, p, duration_days))))
            || planned.date.is_none()
                && match (held.date, published) {
                    (Some(d), Some(p)) => d.with_precision(Precision::Month).is_compatible(&p),
                    // Neither dated: the article's plan and its report are one event.
                    (None, _) => true,
                    _ => false,
                }
    }
}
