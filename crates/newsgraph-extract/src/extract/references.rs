//! Actors and events the text refers to without naming them: a pronoun for
//! the person in focus, "the two leaders" for the last pair of people, and
//! "this meeting" for an event already told.

use super::{floor_boundary, Scene, TriggerAt};
use crate::knowledge::{EntityIdx, EntityKind, EventType};
use crate::recognise::EntityMention;
use crate::segment::Span;
use regex::Regex;

/// How far (bytes) around a trigger an anaphor ("latihan ini") may stand.
const ANAPHOR_WINDOW: usize = 40;

/// Whether a meeting of people names one of its two: the case for finding
/// the other in the text around it.
fn lacks_second_person(actors: &[EntityIdx], event_type: &EventType) -> bool {
    actors.len() == 1 && event_type.min_actors == 2 && wants_people(event_type)
}

/// Whether the event type's preferred actors are people, and not as states.
fn wants_people(event_type: &EventType) -> bool {
    let people = event_type
        .actor_groups
        .first()
        .is_some_and(|g| g.contains(&EntityKind::Person));
    people && !event_type.actors_as_states
}

/// "He will then head to …", "He is to meet Li Qiang", "ia dan Prabowo …": a
/// pronoun stands for the person in focus, when the event lacks an actor.
pub(super) fn pronoun_actor(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    actors: &mut Vec<EntityIdx>,
) {
    let (sentence, event_type) = (scene.sentence, at.event_type);
    if actors.len() >= event_type.min_actors.max(1) || !wants_people(event_type) {
        return;
    }
    let before_trigger = &scene.text()[sentence.span.start..at.span.start];
    // "Ruto began his trip in Atlanta, where he met …": a pronoun after a
    // person named in the sentence is that person, already counted.
    let first_pronoun = scene
        .language
        .pronouns
        .iter()
        .filter_map(|r| r.find(before_trigger))
        .map(|m| sentence.span.start + m.start())
        .min();
    let gazetteer = scene.entities;
    let named_before = first_pronoun.is_some_and(|at| {
        parties.iter().any(|m| {
            m.span.end <= at && !m.modifier && gazetteer[m.entity].kind == EntityKind::Person
        })
    });
    if first_pronoun.is_some() && !named_before {
        let referent = scene.discourse.pronoun_referent(scene.people, actors);
        actors.extend(referent);
        // "He met his Russian counterpart": the state of an official named
        // only by role is the other party, as beside a named person.
        if referent.is_some() && lacks_second_person(actors, event_type) {
            super::actors::with_offices(scene, at, parties, actors);
        }
    }
}

/// "Talks with Prime Minister X focused on …": a meeting noun that names
/// only whom it is held with (references.tsv `implicit_subject`), with no
/// person before it in the sentence, is held by the person in focus.
pub(super) fn implicit_subject_actor(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    actors: &mut Vec<EntityIdx>,
) {
    let (sentence, event_type) = (scene.sentence, at.event_type);
    if !lacks_second_person(actors, event_type) {
        return;
    }
    let from_trigger = &scene.text()[at.span.start..sentence.span.end];
    let phrases = &scene.language.state_phrases.implicit_subjects;
    if !phrases.iter().any(|r| r.is_match(from_trigger)) {
        return;
    }
    let gazetteer = scene.entities;
    let person_before = parties
        .iter()
        .any(|m| m.span.end <= at.span.start && gazetteer[m.entity].kind == EntityKind::Person);
    if !person_before {
        actors.extend(scene.discourse.pronoun_referent(scene.people, actors));
    }
}

/// "X said the trip would include talks with Y" (references.tsv
/// `trip_part`): the trip is one told before, so the people named before it
/// or who speak of it neither travel nor hold the talks; the person in
/// focus, the traveller, holds them. The trip itself is left unnamed, so it
/// continues the one told before.
pub(super) fn trip_part_actors(scene: &Scene, at: &TriggerAt, actors: &mut Vec<EntityIdx>) {
    let sentence = scene.sentence;
    let phrases = &scene.language.state_phrases.trip_parts;
    if phrases.is_empty() || !wants_people(at.event_type) {
        return;
    }
    let text = scene.text();
    let reach = floor_boundary(text, (at.span.end + TRIP_PART_REACH).min(sentence.span.end));
    let from = sentence.span.start;
    let Some(phrase) = phrases
        .iter()
        .filter_map(|r| r.find(&text[from..reach]))
        .map(|m| (from + m.start(), from + m.end()))
        .find(|(start, end)| *start <= at.span.start && at.span.start <= *end)
    else {
        return;
    };
    let gazetteer = scene.entities;
    let before: Vec<EntityIdx> = sentence
        .entities
        .iter()
        .filter(|m| m.span.end <= phrase.0 || sentence.attributed(m))
        .filter(|m| gazetteer[m.entity].kind == EntityKind::Person)
        .map(|m| m.entity)
        .collect();
    if before.is_empty() {
        return;
    }
    actors.retain(|a| !before.contains(a));
    // The trip itself ("the trip") continues the one told before, unnamed.
    if at.span.start < phrase.1 {
        return;
    }
    // The traveller in focus may be the one who speaks of their own trip.
    actors.extend(scene.discourse.pronoun_referent(scene.people, actors));
}

/// How far (bytes) past a trigger a `trip_part` phrase holding it may end.
const TRIP_PART_REACH: usize = 48;

/// "the two leaders", "keduanya": the people in focus, as many as the event
/// lacks, never one who speaks of them.
pub(super) fn pair_actors(
    scene: &Scene,
    at: &TriggerAt,
    speakers: &[EntityIdx],
    actors: &mut Vec<EntityIdx>,
) {
    let event_type = at.event_type;
    if actors.len() >= event_type.min_actors
        || scene.sentence.pair_reference.is_none()
        || !wants_people(event_type)
    {
        return;
    }
    for person in scene.people.iter().rev() {
        if actors.len() >= event_type.min_actors {
            break;
        }
        if !actors.contains(person) && !speakers.contains(person) {
            actors.push(*person);
        }
    }
}

/// "met his counterpart in Tokyo", "bertemu mitranya di Tokyo": a counterpart
/// named by no state (`counterpart` in `references.tsv`) in a meeting of one
/// person, held in another state than that person's, is the host state's
/// official. At home ("met his counterpart in Jakarta") the guest may be
/// anyone's; beside another state or an organisation the sentence names
/// ("at the ASEAN meeting in Vientiane") the place is no host's.
/// The place must follow the trigger or close a trip told before it.
pub(super) fn counterpart_host(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    actors: &mut Vec<EntityIdx>,
) {
    let (sentence, event_type) = (scene.sentence, at.event_type);
    if !lacks_second_person(actors, event_type) {
        return;
    }
    let text = &scene.text()[sentence.span.start..sentence.span.end];
    let phrases = &scene.language.state_phrases.counterparts;
    if !phrases.iter().any(|r| r.is_match(text)) {
        return;
    }
    let entities = scene.entities;
    let Some(home) = entities.country_of(actors[0]) else {
        return;
    };
    let is_place = |m: &EntityMention| m.locative || m.destination;
    let others = sentence.entities.iter().any(|m| {
        let kind = entities[m.entity].kind;
        let named = matches!(kind, EntityKind::State | EntityKind::Organisation);
        named && !is_place(m) && !m.modifier && !m.source_only && m.entity != home
    });
    // The meeting's place follows it, or ends a trip told before it ("flew to
    // Jakarta, where he met …"); not where a speaker speaks ("said in Tokyo
    // that he would meet his counterpart").
    let of_a_trigger = |m: &EntityMention| {
        m.span.start >= at.span.end || sentence.triggers.iter().any(|t| t.span.end <= m.span.start)
    };
    let named_place = parties.iter().any(|m| is_place(m));
    // With no place named at all, the trip told last is where its traveller
    // meets a host ("arrived in Moscow on Monday. He met his counterpart …").
    let trip_host = || (!named_place).then(|| scene.discourse.trip_host(actors[0]))?;
    let place = parties
        .iter()
        .filter(|m| is_place(m) && of_a_trigger(m))
        .find_map(|m| entities.country_of(m.entity))
        .or_else(trip_host);
    if let Some(host) = place.filter(|host| *host != home && !others) {
        actors.push(host);
    }
}

/// "kedua negara", "both countries": in an event of states, the last two
/// states the sentence before named take part (none when it named fewer).
pub(super) fn state_pair_actors(scene: &Scene, at: &TriggerAt, actors: &mut Vec<EntityIdx>) {
    if !at.event_type.actors_as_states || at.event_type.max_actors == 1 {
        return;
    }
    let sentence = &scene.text()[scene.sentence.span.start..scene.sentence.span.end];
    if !scene
        .language
        .state_phrases
        .state_pairs
        .iter()
        .any(|r| r.is_match(sentence))
    {
        return;
    }
    let mut states = scene.discourse.previous_states.clone();
    if states.len() < 2 {
        // "Biden met Trong … The two governments": the states of the two
        // people in focus, when the sentence before named them by title only.
        states = people_states(scene);
    }
    if states.len() < 2 {
        return;
    }
    for state in &states[states.len() - 2..] {
        if !actors.contains(state) {
            actors.push(*state);
        }
    }
}

/// The states of the last two people in focus, when they are of two states.
fn people_states(scene: &Scene) -> Vec<EntityIdx> {
    let entities = scene.entities;
    let last_two: Vec<EntityIdx> = scene.people.iter().rev().take(2).copied().collect();
    let states: Vec<EntityIdx> = last_two
        .iter()
        .filter_map(|p| entities[*p].country)
        .collect();
    match states.as_slice() {
        [a, b] if a != b => vec![*b, *a],
        _ => Vec::new(),
    }
}

/// The parties less the states a clause names, before an `observer` cue, as
/// only watching the event,
/// in a type with `observers` ("China and India sent officers to observe the
/// drill", "hadir sebagai peninjau"). People stay: a leader who watches a
/// drill commands it.
pub(super) fn without_observers<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: Vec<&'m EntityMention>,
) -> Vec<&'m EntityMention> {
    if !at.event_type.observers_out {
        return parties;
    }
    let phrases = &scene.language.state_phrases;
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let clauses: Vec<(usize, usize)> = phrases
        .observers
        .iter()
        .flat_map(|r| r.find_iter(text))
        .map(|cue| clause_before(text, &phrases.clause_breaks, cue.start()))
        .map(|(from, to)| (span.start + from, span.start + to))
        .collect();
    if clauses.is_empty() {
        return parties;
    }
    let watching = |m: &EntityMention| {
        scene.entities[m.entity].kind != EntityKind::Person && inside_any(&clauses, m)
    };
    parties.into_iter().filter(|m| !watching(m)).collect()
}

/// Whether the mention lies wholly inside one of the byte ranges `regions`.
pub(super) fn inside_any(regions: &[(usize, usize)], m: &EntityMention) -> bool {
    regions
        .iter()
        .any(|(from, to)| m.span.start >= *from && m.span.end <= *to)
}

/// The part of its clause before the byte `start` of `text`: from the end
/// of the last clause break before it.
fn clause_before(text: &str, breaks: &[Regex], start: usize) -> (usize, usize) {
    let from = breaks
        .iter()
        .flat_map(|r| r.find_iter(&text[..start]))
        .map(|m| m.end())
        .max()
        .unwrap_or(0);
    (from, start)
}

/// "the air forces involved are from …": the trigger lists who takes part in
/// an event already told.
pub(super) fn is_participant_list(scene: &Scene, trigger: Span) -> bool {
    let trigger_text = &scene.text()[trigger.start..trigger.end];
    scene
        .language
        .state_phrases
        .participant_lists
        .iter()
        .any(|r| r.is_match(trigger_text))
}

/// "their previous meeting", "uji coba sebelumnya", "had last visited": the
/// words next to the trigger tell another occasion than the one reported.
pub(super) fn is_other_occasion(scene: &Scene, trigger: Span) -> bool {
    let text = scene.text();
    let after = &text[trigger.end..scene.sentence.span.end.max(trigger.end)];
    let phrases = &scene.language.state_phrases;
    let before = text_before(scene, trigger);
    phrases.other_occasions.iter().any(|r| r.is_match(before))
        || phrases
            .other_occasions_after
            .iter()
            .any(|r| r.is_match(after))
}

/// "its own exercise", "a separate meeting", "latihan sendiri": the words next
/// to the trigger tell an event apart from the ones told before it.
pub(super) fn is_own_event(scene: &Scene, trigger: Span) -> bool {
    let text = scene.text();
    let after = &text[trigger.end..scene.sentence.span.end.max(trigger.end)];
    let phrases = &scene.language.state_phrases;
    // Up to the trigger's last word: a trigger may span its determiner and
    // name ("its own Iron Defender exercise").
    let head = text[trigger.start..trigger.end]
        .rfind(char::is_whitespace)
        .map_or(trigger.start, |i| trigger.start + i + 1);
    let before = text_before(
        scene,
        Span {
            start: head,
            ..trigger
        },
    );
    phrases.own_events.iter().any(|r| r.is_match(before))
        || phrases.own_events_after.iter().any(|r| r.is_match(after))
}

/// "Ruto's visit", "the talks", "kunjungan tersebut": a trigger noun whose
/// determiner or possessor refers back to an event told (`back_reference`).
pub(super) fn refers_back(scene: &Scene, trigger: Span) -> bool {
    let text = scene.text();
    let after = &text[trigger.end..scene.sentence.span.end.max(trigger.end)];
    let phrases = &scene.language.state_phrases;
    phrases
        .back_references
        .iter()
        .any(|r| r.is_match(text_before(scene, trigger)))
        || phrases
            .back_references_after
            .iter()
            .any(|r| r.is_match(after))
}

/// ", its first ICBM test in three months", ", uji coba ICBM pertamanya": a
/// trigger set off by a comma as an apposition restates the event its
/// sentence told before it.
pub(super) fn is_appositive(scene: &Scene, trigger: Span) -> bool {
    let text = scene.text();
    let after = &text[trigger.end..scene.sentence.span.end.max(trigger.end)];
    let before = text_before(scene, trigger);
    let phrases = &scene.language.state_phrases;
    phrases.appositives.iter().any(|r| r.is_match(before))
        || before.trim_end().ends_with(',')
            && phrases.appositives_after.iter().any(|r| r.is_match(after))
}

/// "latihan ini", "this meeting": the trigger names an event already told.
pub(super) fn is_anaphoric(scene: &Scene, trigger: Span) -> bool {
    let (text, language) = (scene.text(), scene.language);
    // The rest of the sentence, not a window: a pattern anchored at its end
    // ("di sela …" before a trigger) must not match where a window happens to
    // cut the text after it ("bertemu Presiden Xi Jinping di | Shanghai").
    let after = &text[trigger.end..scene.sentence.span.end.max(trigger.end)];
    let trigger_text = &text[trigger.start..trigger.end];
    let before = text_before(scene, trigger);
    language
        .anaphors
        .iter()
        .any(|r| r.is_match(before) || r.is_match(after))
        || language
            .anaphors_in_trigger
            .iter()
            .any(|r| r.is_match(trigger_text))
}

/// Whether the words before the trigger take part in an event as known
/// (references.tsv `introducer`: "ikut serta dalam latihan …"), which, told
/// for the first time, introduces it.
pub(super) fn anaphor_before(scene: &Scene, trigger: Span) -> bool {
    let before = text_before(scene, trigger);
    scene
        .language
        .introducers
        .iter()
        .any(|r| r.is_match(before))
}

/// The sentence's text in the anaphor window before the trigger.
fn text_before<'a>(scene: &Scene<'a>, trigger: Span) -> &'a str {
    let (text, sentence) = (scene.text(), scene.sentence);
    &text[floor_boundary(
        text,
        trigger
            .start
            .saturating_sub(ANAPHOR_WINDOW)
            .max(sentence.span.start),
    )..trigger.start]
}
