//! Stage 4, extract: turns recognised mentions into events — type, actors in
//! their roles, place, date, status — and merges the mentions of one event
//! within an article. Entry point: [`extract`], which turns [`Recognised`]
//! into an [`Extraction`]. Pure: no I/O, no RDF.

use crate::knowledge::{EntityIdx, EntityKind, EventType, Knowledge, Language, NameForm, Status};
use crate::recognise::{EntityMention, Recognised, SentenceAnalysis};
use crate::segment::Span;
use crate::temporal::PartialDate;

/// Triggers of one type closer than this (bytes) state one event.
const SAME_EVENT_GAP: usize = 60;
/// How far (bytes) after one destination the next leg of a trip may be named.
const NEXT_LEG_WINDOW: usize = 90;
/// How far (bytes) from the trigger a fallback actor may stand.
const FALLBACK_WINDOW: usize = 80;
/// How far (bytes) from the trigger a state may stand to be a party.
const STATE_WINDOW: usize = 150;
/// How far after a travel trigger its destination may stand ("tiba di Bandar Udara … Vladivostok").
const DESTINATION_WINDOW: usize = 80;
/// How far after an attribution a date still dates the report, not the event.
const REPORT_DATE_WINDOW: usize = 25;
/// Within this distance of the trigger, a day-precise date is preferred to a vaguer nearer one.
const PRECISE_DATE_WINDOW: usize = 40;
/// How far after a possessive date ("next month's") the noun it dates may begin.
const POSSESSED_NOUN_WINDOW: usize = 4;
/// How far after the trigger an agent marker's name may stand ("visit by X", "peluncuran rudal oleh X").
const AGENT_WINDOW: usize = 14;
/// How far after the trigger a subject may stand when none precedes it.
const SUBJECT_AFTER_WINDOW: usize = 40;

/// One statement of an event in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The sentence that states the event (bytes into the article text).
    pub span: Span,
    /// The trigger word inside it.
    pub trigger: Span,
    /// Id of the rule that fired, e.g. `en.meeting.met`.
    pub rule: String,
    /// The attribution phrase ("according to KCNA"), when the sentence has one.
    pub attribution: Option<Span>,
    pub source: Option<EntityIdx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Index into [`Knowledge::event_types`].
    pub event_type: usize,
    pub actors: Vec<EntityIdx>,
    pub place: Option<EntityIdx>,
    pub date: Option<PartialDate>,
    pub status: Status,
    /// Whether the wording (a cue, a tense) or a resolved date states the status;
    /// a bare noun ("the trip") only defaults to occurred, and yields in a merge.
    pub status_stated: bool,
    pub evidence: Vec<Evidence>,
}

impl Event {
    /// For a type whose place is a destination (a visit), the country it goes
    /// to: part of the event's identity, as a trip to Lima and one to London on
    /// the same day are two visits, while "Vladivostok" and "Russia" are one.
    pub fn destination_country(&self, knowledge: &Knowledge) -> Option<EntityIdx> {
        if !knowledge.event_types[self.event_type].place_after_trigger {
            return None;
        }
        let place = self.place?;
        knowledge.gazetteer.country_of(place).or(Some(place))
    }
}

#[derive(Debug, Clone)]
pub struct Extraction {
    pub recognised: Recognised,
    pub events: Vec<Event>,
}

pub fn extract(recognised: Recognised, knowledge: &Knowledge) -> Extraction {
    let language = &knowledge.languages[recognised.document.language];
    let mut events: Vec<Event> = Vec::new();
    let mut recent_people: Vec<EntityIdx> = Vec::new();
    let mut person_mentions: std::collections::HashMap<EntityIdx, usize> =
        std::collections::HashMap::new();
    // The first person named in the last sentence that named one.
    let mut previous_subject: Option<EntityIdx> = None;
    let mut last_date: Option<PartialDate> = None;
    for sentence in &recognised.sentences {
        // One event per trigger, but triggers of one type close together
        // ("held talks … a meeting") state one event.
        let mut done: Vec<(usize, usize)> = Vec::new();
        // Actors of the events this sentence already stated, per type: a second
        // trigger naming the same actors restates one of them.
        let mut stated: Vec<(usize, Vec<EntityIdx>, Option<EntityIdx>)> = Vec::new();
        // "The two leaders" are the people of the last event between people, more
        // than whoever was named last (a spokesman who spoke of them).
        let people_before: std::borrow::Cow<[EntityIdx]> = match sentence.pair_reference {
            Some(_) => {
                let is_person =
                    |a: &EntityIdx| knowledge.gazetteer.entities[*a].kind == EntityKind::Person;
                let last_pair = events
                    .iter()
                    .filter(|e| e.actors.len() >= 2 && e.actors.iter().all(is_person))
                    .max_by_key(|e| e.evidence.iter().map(|v| v.span.start).max());
                let mut people = recent_people.clone();
                if let Some(pair) = last_pair {
                    people.retain(|p| !pair.actors.contains(p));
                    people.extend(pair.actors.iter().copied());
                }
                people.into()
            }
            None => recent_people.as_slice().into(),
        };
        for hit in &sentence.triggers {
            let trigger = &language.triggers[hit.trigger];
            let event_type = &knowledge.event_types[trigger.event_type];
            // Travel triggers close together may name two legs of a trip ("tiba di
            // Jakarta … singgah di Kuala Lumpur"): only a restatement is dropped below.
            if !event_type.place_after_trigger
                && done.iter().any(|(t, end)| {
                    *t == trigger.event_type && hit.span.start < end + SAME_EVENT_GAP
                })
            {
                continue;
            }
            if let Some(found) = event_in_sentence(
                &recognised,
                sentence,
                hit.span,
                &trigger.rule,
                trigger.subject_after,
                trigger.event_type,
                event_type,
                &people_before,
                &person_mentions,
                previous_subject,
                knowledge,
                language,
            ) {
                let (mut found, legs) = found;
                // "Ketika itu, Kim …", "at the time": the time the text told last.
                let text =
                    &recognised.document.article.text[sentence.span.start..sentence.span.end];
                if let (Some(then), true) = (
                    last_date,
                    language.time_anaphors.iter().any(|r| r.is_match(text)),
                ) {
                    let (Found::Event(e) | Found::Continuation(e)) = &mut found;
                    if e.date.is_none() {
                        e.date = Some(then);
                        if let Some(reference) = recognised.reference_date {
                            if then.compare_coarse(&reference) == std::cmp::Ordering::Less {
                                (e.status, e.status_stated) = (Status::Occurred, true);
                            }
                        }
                    }
                }
                done.push((trigger.event_type, hit.span.end));
                let (actors, place) = match &found {
                    Found::Event(e) | Found::Continuation(e) => {
                        let mut a = e.actors.clone();
                        a.sort_unstable();
                        (a, e.place)
                    }
                };
                let restated = stated.iter().any(|(t, a, p)| {
                    *t == trigger.event_type
                        && *a == actors
                        && (p.is_none() || place.is_none() || *p == place)
                });
                if restated {
                    continue;
                }
                stated.push((trigger.event_type, actors, place));
                match found {
                    Found::Event(event) => {
                        // "to Lima, before travelling to Rio and then to London": a visit per leg.
                        let trips: Vec<Event> = legs
                            .into_iter()
                            .map(|leg| Event {
                                place: Some(leg),
                                ..event.clone()
                            })
                            .collect();
                        merge_into(&mut events, event, recognised.published, knowledge);
                        for trip in trips {
                            merge_into(&mut events, trip, recognised.published, knowledge);
                        }
                    }
                    Found::Continuation(part) => continue_event(&mut events, part, knowledge),
                }
            }
        }
        // The last time the text stated outright (not "at the time" itself).
        if let Some(date) = sentence.dates.iter().rev().find_map(|d| {
            d.expression
                .resolve(recognised.reference_date, false)
                .filter(|_| d.expression.is_explicit())
        }) {
            last_date = Some(date);
        }
        let is_person = |m: &&crate::recognise::EntityMention| {
            knowledge.gazetteer.entities[m.entity].kind == EntityKind::Person
                && m.form != NameForm::Demonym
        };
        if let Some(first) = sentence.entities.iter().find(is_person) {
            previous_subject = Some(first.entity);
        }
        for mention in &sentence.entities {
            if knowledge.gazetteer.entities[mention.entity].kind == EntityKind::Person
                && mention.form != NameForm::Demonym
            {
                recent_people.retain(|p| *p != mention.entity);
                recent_people.push(mention.entity);
                *person_mentions.entry(mention.entity).or_default() += 1;
            }
        }
    }
    borrow_places(&mut events, knowledge);
    events.retain(|e| e.place.is_some() || !knowledge.event_types[e.event_type].place_required);
    Extraction {
        recognised,
        events: merge_same_key(events, knowledge),
    }
}

/// Fills a missing place from a related event of a shared actor and time, as
/// `events.tsv`'s `place_from` says ("Selama kunjungan tersebut, Shoigu bertemu
/// Kim" meets where Shoigu visited), unless that place is the actor's own country.
fn borrow_places(events: &mut [Event], knowledge: &Knowledge) {
    let gazetteer = &knowledge.gazetteer;
    for i in 0..events.len() {
        let Some(source_type) = knowledge.event_types[events[i].event_type].place_from else {
            continue;
        };
        // "Selama kunjungan tersebut, Shoigu bertemu Kim": stated in one sentence
        // with the visit, the meeting is dated by it.
        if events[i].date.is_none() {
            let (actors, spans): (Vec<EntityIdx>, Vec<Span>) = (
                events[i].actors.clone(),
                events[i].evidence.iter().map(|e| e.span).collect(),
            );
            events[i].date = events.iter().find_map(|other| {
                let related = other.event_type == source_type
                    && actors.iter().any(|a| other.actors.contains(a))
                    && other.evidence.iter().any(|e| spans.contains(&e.span));
                related.then_some(other.date).flatten()
            });
        }
        // A place already known is only made more precise: "his first trip to
        // Egypt" takes Cairo from the meeting held there.
        let current = events[i].place;
        if current.is_some_and(|p| gazetteer.entities[p].kind != EntityKind::State) {
            continue;
        }
        let (actors, date) = (events[i].actors.clone(), events[i].date);
        // Within the source's duration (a three-day visit and the talks on its
        // second day); of several, the one told last before this event (the leg
        // of the trip the text is at), else the first.
        let duration = i64::from(knowledge.event_types[source_type].duration_days);
        let first_told = |e: &Event| e.evidence.iter().map(|v| v.span.start).min().unwrap_or(0);
        let at = first_told(&events[i]);
        let candidates = events.iter().filter_map(|other| {
            let place = other.place?;
            let related = other.event_type == source_type
                && actors.iter().any(|a| other.actors.contains(a))
                && match (date, other.date) {
                    (Some(a), Some(b)) => {
                        a.is_compatible(&b) || a.days_between(&b).is_some_and(|d| d <= duration)
                    }
                    _ => true,
                };
            let home = actors.iter().all(|a| at_home(gazetteer, *a, place));
            let fits = current.is_none_or(|state| gazetteer.entities[place].country == Some(state));
            (related && !home && fits).then_some((first_told(other), place))
        });
        let (before, after): (Vec<_>, Vec<_>) = candidates.partition(|(told, _)| *told <= at);
        let borrowed = before
            .iter()
            .max_by_key(|(told, _)| *told)
            .or(after.first())
            .map(|(_, place)| *place);
        events[i].place = borrowed.or(current);
    }
}

/// Whether `place` is the actor's own country or lies in it.
fn at_home(gazetteer: &crate::knowledge::Gazetteer, actor: EntityIdx, place: EntityIdx) -> bool {
    let country = gazetteer.entities[actor].country;
    country.is_some() && (Some(place) == country || gazetteer.entities[place].country == country)
}

/// Events that would get one IRI (same type, actors, date and status) are one
/// event: join their evidence, keeping the first place.
fn merge_same_key(events: Vec<Event>, knowledge: &Knowledge) -> Vec<Event> {
    let mut merged: Vec<Event> = Vec::with_capacity(events.len());
    for event in events {
        let destination = event.destination_country(knowledge);
        let mut actors = event.actors.clone();
        actors.sort_unstable();
        let same = merged.iter_mut().find(|e| {
            let mut other = e.actors.clone();
            other.sort_unstable();
            e.event_type == event.event_type
                && e.date == event.date
                && e.status == event.status
                && other == actors
                && e.destination_country(knowledge) == destination
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

/// What a trigger yields: a complete event, or a statement with too few
/// actors ("in this meeting Russia supported …", "two missiles flew 1,500 km"),
/// which can only add to an event already found.
enum Found {
    Event(Event),
    Continuation(Event),
}

/// Attaches a statement without enough actors to the latest event of its type
/// whose actors include the ones it names, filling in a missing place or date.
fn continue_event(events: &mut Vec<Event>, part: Event, knowledge: &Knowledge) {
    let Some(event) = events.iter_mut().rev().find(|e| {
        e.event_type == part.event_type && part.actors.iter().all(|a| e.actors.contains(a))
    }) else {
        return;
    };
    // "The second launch came in July": a new event of the same actors.
    // Only when the statement names no actor: one that names some is about them.
    // And only for events of states ("the second launch"): "his trip next month" is
    // more often a plan than a second trip.
    let of_states = knowledge.event_types[part.event_type].actors_as_states;
    if let (Some(new), Some(old), true) =
        (part.date, event.date, part.actors.is_empty() && of_states)
    {
        if !new.is_compatible(&old) {
            let actors = event.actors.clone();
            events.push(Event { actors, ..part });
            return;
        }
    }
    // Not a place in the actors' own country: "delegasi dari Rusia" is where a
    // visitor comes from, not where a Russian visitor goes.
    let gazetteer = &knowledge.gazetteer;
    let home = |place: &EntityIdx| event.actors.iter().any(|a| at_home(gazetteer, *a, *place));
    event.place = event.place.or(part.place.filter(|p| !home(p)));
    event.date = event.date.or(part.date);
    // "was due to hold talks … the two ministers had begun talks": it happened. A
    // continuation names too little to turn a report into a plan.
    if event.status_stated && part.status_stated && part.status == Status::Occurred {
        event.status = Status::Occurred;
    }
    if !event
        .evidence
        .iter()
        .any(|e| e.span == part.evidence[0].span)
    {
        event.evidence.extend(part.evidence);
    }
}

/// The status of two mentions of one event: a stated status outranks a default
/// one ("is set to travel … Kim's trip"); a plan and the report that it
/// happened, both stated, mean it happened.
fn combine_status(event: &mut Event, other: &Event) {
    if event.status != other.status {
        event.status = match (event.status_stated, other.status_stated) {
            (true, false) => event.status,
            (false, true) => other.status,
            _ => Status::Occurred,
        };
    }
    event.status_stated |= other.status_stated;
}

#[allow(clippy::too_many_arguments)]
fn event_in_sentence(
    recognised: &Recognised,
    sentence: &SentenceAnalysis,
    trigger: Span,
    rule: &str,
    subject_after: bool,
    type_index: usize,
    event_type: &EventType,
    recent_people: &[EntityIdx],
    person_mentions: &std::collections::HashMap<EntityIdx, usize>,
    previous_subject: Option<EntityIdx>,
    knowledge: &Knowledge,
    language: &Language,
) -> Option<(Found, Vec<EntityIdx>)> {
    let gazetteer = &knowledge.gazetteer;
    // Who speaks of "the two leaders" is not one of them.
    let speakers: Vec<EntityIdx> = sentence
        .attributions
        .iter()
        .filter_map(|a| a.source)
        .filter(|_| sentence.pair_reference.is_some())
        .collect();
    let parties: Vec<&EntityMention> = sentence
        .entities
        .iter()
        .filter(|m| !m.source_only && !speakers.contains(&m.entity))
        .collect();

    let (status, status_stated) = cue_status(sentence, trigger, language)?;

    let mut actors = Vec::new();
    for (group_index, group) in event_type.actor_groups.iter().enumerate() {
        let in_group = |m: &&&EntityMention| {
            let entity = &gazetteer.entities[m.entity];
            // Fallback groups ("states, when no people are named") must stand close to the trigger.
            if group_index > 0 && distance(m.span, trigger) > FALLBACK_WINDOW {
                return false;
            }
            // States in a long sentence are parties only near the event they take part in.
            if event_type.actors_as_states && distance(m.span, trigger) > STATE_WINDOW {
                return false;
            }
            // "di Ukraina" is a place, not a party; "Di sana Jokowi …" is still Jokowi.
            if m.locative && entity.kind != EntityKind::Person {
                return false;
            }
            // "Kim's right-hand man", "Turkey's neighbour": a name that only relates
            // someone else (references.tsv `relation`) is not a party.
            if m.relation {
                return false;
            }
            if event_type.actors_as_states {
                group.contains(&EntityKind::State) && gazetteer.as_state(m.entity).is_some()
            } else {
                !m.modifier && group.contains(&entity.kind)
            }
        };
        let mut chosen: Vec<&EntityMention> = parties.iter().filter(in_group).copied().collect();
        if event_type.max_actors == 1 && !chosen.is_empty() {
            // The subject: a possessor right before the trigger ("Putin's visit"), the
            // name right after a noun trigger ("kunjungan Menteri Shoigu"), else the first
            // name before the trigger, else one right after it.
            let text = &recognised.document.article.text;
            let possessor = chosen.iter().rev().find(|m| {
                m.span.end <= trigger.start
                    && matches!(text[m.span.end..trigger.start].trim(), "'s" | "’s")
            });
            // A person's subject is the first name of the clause; a state acting
            // ("… latihan China yang diwarnai penembakan rudal") is the nearest one.
            let first_before = if event_type.actors_as_states {
                chosen.iter().rev().find(|m| m.span.end <= trigger.start)
            } else {
                chosen.iter().find(|m| m.span.end <= trigger.start)
            };
            let after = chosen.iter().find(|m| {
                m.span.start >= trigger.end && m.span.start - trigger.end <= SUBJECT_AFTER_WINDOW
            });
            // "peluncuran rudal oleh Korea Utara": a marked agent outranks the rest.
            let agent = chosen.iter().find(|m| {
                m.agent && m.span.start >= trigger.end && m.span.start - trigger.end <= AGENT_WINDOW
            });
            // "He is to meet Li Qiang and will then head to …": a pronoun before the
            // first name is the subject (unless it is the one speaking: "Dia mengatakan").
            let first_before = first_before.filter(|m| {
                event_type.actors_as_states || {
                    let lead = &text[sentence.span.start..m.span.start];
                    !language.pronouns.iter().any(|r| {
                        r.find_iter(lead).any(|p| {
                            let at = sentence.span.start + p.start();
                            !sentence
                                .attributions
                                .iter()
                                .any(|a| a.span.start <= at && at < a.span.end)
                        })
                    })
                }
            });
            // "Biden welcomed Ruto … for a state visit": the guest is the visitor.
            let guest = chosen.iter().find(|m| m.guest);
            let before = agent.or(guest).or(possessor).or(first_before);
            // After a verb the subject stands before it; a name after it is an object
            // ("will then head to X to meet Y") unless marked as agent.
            let (before, after) = if subject_after {
                (after, before)
            } else {
                (before, None)
            };
            chosen = before.or(after).copied().into_iter().collect();
        }
        let mut ids: Vec<EntityIdx> = Vec::new();
        for mention in chosen {
            let id = if event_type.actors_as_states {
                gazetteer.as_state(mention.entity)
            } else {
                Some(mention.entity)
            };
            if let Some(id) = id {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if ids.len() >= event_type.min_actors.max(1) {
            actors = ids;
            break;
        }
        if group_index == 0 {
            // Some of the preferred actors are named ("Kim", "dalam pertemuan ini"):
            // the statement continues an event of theirs, whoever else it names.
            let partial = !ids.is_empty();
            actors = ids;
            if partial {
                break;
            }
        }
    }
    // "He will then head to …", "He is to meet Li Qiang", "ia dan Prabowo …": a
    // pronoun stands for the person named last, when the event lacks an actor.
    let wants_people = event_type
        .actor_groups
        .first()
        .is_some_and(|g| g.contains(&EntityKind::Person));
    if actors.len() < event_type.min_actors.max(1) && wants_people && !event_type.actors_as_states {
        let text = &recognised.document.article.text;
        let before_trigger = &text[sentence.span.start..trigger.start];
        // "Ruto began his trip in Atlanta, where he met …": a pronoun after a
        // person named in the sentence is that person, already counted.
        let first_pronoun = language
            .pronouns
            .iter()
            .filter_map(|r| r.find(before_trigger))
            .map(|m| sentence.span.start + m.start())
            .min();
        let named_before = first_pronoun.is_some_and(|at| {
            parties.iter().any(|m| {
                m.span.end <= at
                    && !m.modifier
                    && gazetteer.entities[m.entity].kind == EntityKind::Person
            })
        });
        if first_pronoun.is_some() && !named_before {
            // The subject of the sentence before, if a main person of the article;
            // else the article's protagonist: the person named most so far.
            let mut ranked: Vec<(usize, EntityIdx)> =
                person_mentions.iter().map(|(p, n)| (*n, *p)).collect();
            ranked.sort_unstable_by(|a, b| b.cmp(a));
            let main_people: Vec<EntityIdx> = ranked.iter().take(2).map(|(_, p)| *p).collect();
            let previous_subject =
                previous_subject.filter(|p| main_people.contains(p) && !actors.contains(p));
            let protagonist = recent_people
                .iter()
                .enumerate()
                .filter(|(_, p)| !actors.contains(p))
                .max_by_key(|(order, p)| (person_mentions.get(*p).copied().unwrap_or(0), *order))
                .map(|(_, p)| *p);
            actors.extend(previous_subject.or(protagonist));
        }
    }
    // "the two leaders", "keduanya": the people named last, as many as the event lacks.
    if actors.len() < event_type.min_actors && sentence.pair_reference.is_some() {
        let wants_people = event_type
            .actor_groups
            .first()
            .is_some_and(|g| g.contains(&EntityKind::Person));
        if wants_people && !event_type.actors_as_states {
            for person in recent_people.iter().rev() {
                if actors.len() >= event_type.min_actors {
                    break;
                }
                if !actors.contains(person) && !speakers.contains(person) {
                    actors.push(*person);
                }
            }
        }
    }
    let incomplete = actors.len() < event_type.min_actors.max(1);
    if event_type.max_actors > 0 {
        actors.truncate(event_type.max_actors);
    }
    let place = choose_place(&parties, trigger, event_type, &actors, knowledge);
    // A visitor does not travel to their own country (a meeting may be held there).
    let place = place.filter(|p| {
        !event_type.place_after_trigger
            || !actors
                .iter()
                .any(|a| gazetteer.entities[*a].country == Some(*p))
    });
    let legs = match place {
        Some(first) if event_type.place_after_trigger => further_legs(
            &recognised.document.article.text,
            &parties,
            first,
            trigger,
            event_type,
            &actors,
            knowledge,
            language,
        ),
        _ => Vec::new(),
    };

    // A date of the report ("Pekan lalu, Gedung Putih mengatakan", "media melaporkan
    // pada Minggu") is not the date of the event.
    // Unless the source reports its own act ("North Korea announced its launch in April").
    let reporting_date = |d: &&crate::temporal::DateMention| {
        sentence.attributions.iter().any(|a| {
            let own_act = a.source.is_some_and(|source| {
                actors.contains(&source)
                    || gazetteer
                        .as_state(source)
                        .is_some_and(|s| actors.contains(&s))
            });
            // A date right after the attribution dates the report when the event is
            // told before it ("…, kata X pada Minggu") or the attribution names where
            // the report is from ("Dikutip dari CBS News, Sabtu (7/10/2023), …"); after
            // a speaker ("X mengatakan, pada Juli, …") it dates what is said.
            let right_after = d.start >= a.span.start && d.start <= a.span.end + REPORT_DATE_WINDOW;
            let trigger_between = trigger.start >= a.span.end && trigger.end <= d.start;
            !own_act
                && ((trigger.start >= a.span.end && d.end <= a.span.end)
                    || (right_after && trigger.end <= a.span.start)
                    || (right_after && a.reporter && !trigger_between))
        })
    };
    let nearest_date = sentence
        .dates
        .iter()
        .filter(|d| !reporting_date(d))
        // "next month's summit": a date that is another noun's, unless the trigger's.
        .filter(|d| {
            let text = &recognised.document.article.text;
            let after = &text[d.end..];
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            !possessive
                || (trigger.start >= d.end && trigger.start <= d.end + POSSESSED_NOUN_WINDOW)
        })
        // "sejak dilantik pada 20 Oktober": a date that anchors something else.
        .filter(|d| {
            let text = &recognised.document.article.text;
            let before = &text[floor_boundary(text, d.start.saturating_sub(48))..d.start];
            !language
                .other_time_references
                .iter()
                .any(|r| r.is_match(before))
        })
        // The nearest date, but a precise one close by beats a vague one closer
        // ("this year's Balikatan exercises on Monday").
        .min_by_key(|d| {
            let gap = distance(
                Span {
                    start: d.start,
                    end: d.end,
                },
                trigger,
            );
            let vague = !matches!(
                d.expression,
                crate::temporal::DateExpression::Calendar { day: Some(_), .. }
                    | crate::temporal::DateExpression::Weekday(_)
            ) && !matches!(
                d.expression,
                crate::temporal::DateExpression::Relative {
                    unit: crate::knowledge::TimeUnit::Day,
                    ..
                }
            );
            (gap > PRECISE_DATE_WINDOW, vague, gap)
        });
    let (mut status, mut status_stated) = (status, status_stated);
    let date = nearest_date.and_then(|d| {
        d.expression
            .resolve(recognised.reference_date, status == Status::Expected)
    });
    if let (Some(date), Some(reference)) = (date, recognised.reference_date) {
        match date.compare_coarse(&reference) {
            std::cmp::Ordering::Less => (status, status_stated) = (Status::Occurred, true),
            std::cmp::Ordering::Greater => (status, status_stated) = (Status::Expected, true),
            std::cmp::Ordering::Equal => {}
        }
    }
    let attribution = sentence.attributions.first();
    let event = Event {
        event_type: type_index,
        actors,
        place,
        date,
        status,
        status_stated,
        evidence: vec![Evidence {
            span: sentence.span,
            trigger,
            rule: rule.to_string(),
            attribution: attribution.map(|a| a.span),
            source: attribution.and_then(|a| a.source),
        }],
    };
    // "latihan ini", "this meeting": an event already told.
    let text = &recognised.document.article.text;
    let before = &text[floor_boundary(
        text,
        trigger.start.saturating_sub(24).max(sentence.span.start),
    )..trigger.start];
    let after = &text[trigger.end..floor_boundary(text, (trigger.end + 24).min(text.len()))];
    let trigger_text = &text[trigger.start..trigger.end];
    let anaphoric = language
        .anaphors
        .iter()
        .any(|r| r.is_match(before) || r.is_match(after))
        || language
            .anaphors_in_trigger
            .iter()
            .any(|r| r.is_match(trigger_text));
    Some(if incomplete || anaphoric {
        (Found::Continuation(event), Vec::new())
    } else {
        (Found::Event(event), legs)
    })
}

/// Destinations after the first that the text marks as further legs of the
/// same trip ("ke Lima, lalu ke London"; references.tsv `next_leg`): each in
/// another country than the leg before it, none at the traveller's home.
#[allow(clippy::too_many_arguments)]
fn further_legs(
    text: &str,
    parties: &[&EntityMention],
    first: EntityIdx,
    trigger: Span,
    event_type: &EventType,
    actors: &[EntityIdx],
    knowledge: &Knowledge,
    language: &Language,
) -> Vec<EntityIdx> {
    let gazetteer = &knowledge.gazetteer;
    let country = |e: EntityIdx| gazetteer.country_of(e);
    let Some(mut last) = parties
        .iter()
        .find(|m| m.entity == first && m.span.start >= trigger.end)
    else {
        return Vec::new();
    };
    let mut legs = Vec::new();
    for m in parties.iter().filter(|m| m.span.start >= last.span.end) {
        if m.modifier
            || !event_type
                .place_kinds
                .contains(&gazetteer.entities[m.entity].kind)
        {
            continue;
        }
        if m.span.start < last.span.end || m.span.start - last.span.end > NEXT_LEG_WINDOW {
            break;
        }
        let gap = &text[last.span.end..m.span.start];
        let next_leg = language.next_legs.iter().any(|r| r.is_match(gap));
        let elsewhere = country(m.entity).is_none() || country(m.entity) != country(last.entity);
        let home = actors.iter().any(|a| at_home(gazetteer, *a, m.entity));
        if next_leg && elsewhere && !home && !legs.contains(&m.entity) && m.entity != first {
            legs.push(m.entity);
            last = m;
        }
    }
    legs
}

/// The nearest char boundary at or before `index`.
fn floor_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Bytes between two spans; 0 when they overlap.
fn distance(a: Span, b: Span) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

/// The status the wording gives and whether a cue states it: the nearest cue
/// within its window, else occurred by default; `None` when the nearest cue
/// negates the event.
fn cue_status(
    sentence: &SentenceAnalysis,
    trigger: Span,
    language: &Language,
) -> Option<(Status, bool)> {
    let mut best: Option<(usize, Option<Status>)> = None;
    for hit in &sentence.status_cues {
        let cue = &language.status_cues[hit.cue];
        let Span { start, end } = hit.span;
        let gap = if cue.before && end <= trigger.start {
            trigger.start - end
        } else if !cue.before && start >= trigger.end {
            start - trigger.end
        } else if start < trigger.end && end > trigger.start {
            0
        } else {
            continue;
        };
        if gap <= cue.max_gap && best.is_none_or(|(g, _)| gap < g) {
            best = Some((gap, cue.status));
        }
    }
    match best {
        None => Some((Status::Occurred, false)),
        Some((_, status)) => status.map(|s| (s, true)),
    }
}

fn choose_place(
    parties: &[&EntityMention],
    trigger: Span,
    event_type: &EventType,
    actors: &[EntityIdx],
    knowledge: &Knowledge,
) -> Option<EntityIdx> {
    let gazetteer = &knowledge.gazetteer;
    let candidates: Vec<&EntityMention> = parties
        .iter()
        .filter(|m| {
            !m.modifier
                && !m.topic
                && event_type
                    .place_kinds
                    .contains(&gazetteer.entities[m.entity].kind)
        })
        // An actor is not also the place; nor is a capital standing for an actor state.
        .filter(|m| !actors.contains(&m.entity))
        .filter(|m| {
            !(event_type.actors_as_states
                && gazetteer
                    .as_state(m.entity)
                    .is_some_and(|s| actors.contains(&s)))
        })
        // A state is where an event happens only when the text says so ("in Russia");
        // otherwise it is more likely a party or a passing mention.
        .filter(|m| {
            event_type.place_after_trigger
                || m.locative
                || gazetteer.entities[m.entity].kind != EntityKind::State
        })
        .copied()
        .collect();
    if event_type.place_after_trigger {
        // A destination follows its verb ("travelled to X", "kunjungan ke X") or
        // stands right before a noun ("a Serbia visit"). A place in the traveller's
        // own country is not where they travel to ("ASEAN-US summit in Jakarta").
        let home = |m: &&&EntityMention| actors.iter().any(|a| at_home(gazetteer, *a, m.entity));
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
        return chosen.map(|place| {
            let in_it = |m: &&&EntityMention| gazetteer.entities[m.entity].country == Some(place);
            match gazetteer.entities[place].kind {
                EntityKind::State => candidates
                    .iter()
                    .filter(|m| m.span.start >= trigger.end)
                    .find(in_it)
                    .map_or(place, |m| m.entity),
                _ => place,
            }
        });
    }
    let rank = |m: &&&EntityMention| {
        let kind = gazetteer.entities[m.entity].kind;
        let kind_rank = event_type
            .place_kinds
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(usize::MAX);
        let after = m.span.start >= trigger.end;
        (!m.locative, kind_rank, !after, distance(m.span, trigger))
    };
    candidates.iter().min_by_key(rank).map(|m| m.entity)
}

/// Adds `event` to `events`, merging it with an earlier mention of the same
/// event: same type and status, compatible dates, and the same actors or one
/// set inside the other. The first statement's actors and place stand.
fn merge_into(
    events: &mut Vec<Event>,
    event: Event,
    published: Option<PartialDate>,
    knowledge: &Knowledge,
) {
    let gazetteer = &knowledge.gazetteer;
    let duration = knowledge.event_types[event.event_type].duration_days;
    // Places agree when equal or one lies in the other (Vladivostok in Russia).
    let places_agree = |a: EntityIdx, b: EntityIdx| {
        a == b
            || gazetteer.entities[a].country == Some(b)
            || gazetteer.entities[b].country == Some(a)
    };
    // A report of a held event may also mention it as planned ("will hold talks"):
    // an undated plan joins a held event of the publication month.
    let statuses_agree = |e: &Event| {
        e.status == event.status || {
            let (held, planned) = if e.status == Status::Occurred {
                (e, &event)
            } else {
                (&event, e)
            };
            // A plan whose day has come ("was due to hold talks on Thursday") and an
            // undated report that the talks began are one event.
            let due = match (planned.date, published) {
                (Some(d), Some(p)) => d.compare_coarse(&p) != std::cmp::Ordering::Greater,
                _ => false,
            };
            (due && held
                .date
                .is_none_or(|h| planned.date.is_some_and(|p| h.is_compatible(&p))))
                || planned.date.is_none()
                    && match (held.date, published) {
                        (Some(d), Some(p)) => d
                            .with_precision(crate::temporal::Precision::Month)
                            .is_compatible(&p),
                        // Neither dated: the article's plan and its report are one event.
                        (None, _) => true,
                        _ => false,
                    }
        }
    };
    let same = events.iter_mut().find(|e| {
        e.event_type == event.event_type
            && statuses_agree(e)
            && match (e.date, event.date) {
                (Some(a), Some(b)) => {
                    a.is_compatible(&b) || a.days_between(&b).is_some_and(|days| days <= i64::from(duration))
                }
                _ => true,
            }
            && (event.actors.iter().all(|a| e.actors.contains(a)) || e.actors.iter().all(|a| event.actors.contains(a)))
            // One traveller's trips to two places are two visits.
            && match (e.place, event.place) {
                (Some(a), Some(b)) => places_agree(a, b) || e.actors.len() > 1,
                _ => true,
            }
    });
    match same {
        Some(existing) => {
            combine_status(existing, &event);
            // The more specific place wins (a city over its country).
            existing.place = match (existing.place, event.place) {
                (Some(a), Some(b)) if gazetteer.entities[b].country == Some(a) => Some(b),
                (a, b) => a.or(b),
            };
            existing.date = match (existing.date, event.date) {
                (Some(a), Some(b)) => Some(if b.precision > a.precision { b } else { a }),
                (a, b) => a.or(b),
            };
            if !existing
                .evidence
                .iter()
                .any(|e| e.span == event.evidence[0].span)
            {
                existing.evidence.extend(event.evidence);
            }
        }
        None => events.push(event),
    }
}

#[cfg(test)]
mod tests {
    //! Rule families on short sentences written for these tests.
    use super::*;
    use crate::read::Article;
    use crate::recognise::recognise;
    use crate::segment::segment;
    use std::sync::OnceLock;

    fn knowledge() -> &'static Knowledge {
        static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
        KNOWLEDGE.get_or_init(|| Knowledge::embedded().expect("the bundled knowledge loads"))
    }

    /// (type, sorted actor ids, place id, date, status) of one event.
    type Found = (
        String,
        Vec<String>,
        Option<String>,
        Option<String>,
        &'static str,
    );

    fn events(language: &str, published: &str, text: &str) -> Vec<Found> {
        let k = knowledge();
        let article = Article {
            source: "test".into(),
            url: None,
            title: None,
            date_published: Some(published.into()),
            language: Some(language.into()),
            text: text.into(),
        };
        let extraction = extract(recognise(segment(article, k), k), k);
        for event in &extraction.events {
            for evidence in &event.evidence {
                assert!(evidence.span.start < evidence.span.end && evidence.span.end <= text.len());
            }
        }
        extraction
            .events
            .iter()
            .map(|e| {
                let id = |i: &EntityIdx| k.gazetteer.entities[*i].id.clone();
                let mut actors: Vec<String> = e.actors.iter().map(id).collect();
                actors.sort();
                (
                    k.event_types[e.event_type].name.clone(),
                    actors,
                    e.place.as_ref().map(id),
                    e.date.map(|d| d.to_string()),
                    e.status.name(),
                )
            })
            .collect()
    }

    fn strings(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn indonesian_meeting_with_titles_place_and_bracketed_date() {
        let found = events(
            "id",
            "2024-05-16 08:00:00",
            "Presiden Rusia Vladimir Putin bertemu Presiden Tiongkok Xi Jinping di Beijing pada Kamis (16/5/2024).",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let (kind, actors, place, date, status) = &found[0];
        assert_eq!(kind, "Meeting");
        assert_eq!(actors, &strings(&["Vladimir_Putin", "Xi_Jinping"]));
        assert_eq!(place.as_deref(), Some("Beijing"));
        assert_eq!(date.as_deref(), Some("2024-05-16"));
        assert_eq!(*status, "occurred");
    }

    #[test]
    fn english_expected_visit_resolves_next_month() {
        let found = events(
            "en",
            "2024-03-10 00:00:00",
            "Japanese Prime Minister Fumio Kishida will visit Washington next month.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let (kind, actors, place, date, status) = &found[0];
        assert_eq!(kind, "Visit");
        assert_eq!(actors, &strings(&["Fumio_Kishida"]));
        assert_eq!(place.as_deref(), Some("Washington"));
        assert_eq!(date.as_deref(), Some("2024-04"));
        assert_eq!(*status, "expected");
    }

    #[test]
    fn indonesian_noun_trigger_takes_the_visitor_after_it() {
        let found = events("id", "2023-07-30 00:00:00", "Kunjungan Menteri Pertahanan Rusia Sergei Shoigu ke Korea Utara berlangsung pada akhir Juli.");
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.1, strings(&["Sergei_Shoigu"]));
        assert_eq!(visit.2.as_deref(), Some("North_Korea"));
        assert_eq!(visit.3.as_deref(), Some("2023-07"));
    }

    #[test]
    fn weapons_talks_are_between_states_even_when_leaders_are_named() {
        let found = events(
            "en",
            "2023-09-05 00:00:00",
            "Kim Jong Un and Vladimir Putin discussed arms supplies, officials said.",
        );
        let talks = found
            .iter()
            .find(|e| e.0 == "WeaponsTalks")
            .expect("weapons talks");
        assert_eq!(talks.1, strings(&["North_Korea", "Russia"]));
    }

    #[test]
    fn missile_test_launcher_sea_and_weekday() {
        // 14 July 2023 was a Friday: "on Thursday" is the day before.
        let found = events(
            "en",
            "2023-07-14 00:00:00",
            "North Korea fired a ballistic missile into the Sea of Japan on Thursday.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "MissileTest");
        assert_eq!(found[0].1, strings(&["North_Korea"]));
        assert_eq!(found[0].2.as_deref(), Some("Sea_of_Japan"));
        assert_eq!(found[0].3.as_deref(), Some("2023-07-13"));
    }

    #[test]
    fn indonesian_joint_exercise_and_relative_week() {
        let found = events(
            "id",
            "2023-09-04 00:00:00",
            "Korea Selatan, Amerika Serikat dan Jepang menggelar latihan angkatan laut bersama pekan lalu.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "MilitaryExercise");
        assert_eq!(
            found[0].1,
            strings(&["Japan", "South_Korea", "United_States"])
        );
        assert_eq!(found[0].3.as_deref(), Some("2023-08"));
    }

    #[test]
    fn status_cues_in_both_languages() {
        let planned = events(
            "id",
            "2023-09-04 00:00:00",
            "Kim Jong-un diperkirakan akan bertemu Vladimir Putin.",
        );
        assert_eq!(planned[0].4, "expected");
        let held = events(
            "id",
            "2023-09-04 00:00:00",
            "Kim Jong-un telah bertemu Vladimir Putin.",
        );
        assert_eq!(held[0].4, "occurred");
        let set_to = events(
            "en",
            "2023-09-04 00:00:00",
            "Joe Biden is set to meet Xi Jinping.",
        );
        assert_eq!(set_to[0].4, "expected");
    }

    #[test]
    fn a_stated_status_outranks_a_bare_noun_and_a_report_outranks_a_plan() {
        // "the trip" says nothing of tense: the plan stands.
        let plan = events(
            "en",
            "2024-05-01 00:00:00",
            "Anthony Albanese is expected to travel to Beijing. Albanese's trip to Beijing comes as trade improves.",
        );
        let visits: Vec<_> = plan.iter().filter(|e| e.0 == "Visit").collect();
        assert_eq!(visits.len(), 1, "{plan:?}");
        assert_eq!(visits[0].4, "expected", "{plan:?}");
        // A plan, then the report that it took place: it happened.
        let held = events(
            "en",
            "2024-05-01 00:00:00",
            "Anthony Albanese was due to travel to Beijing. Albanese arrived in Beijing after a delay.",
        );
        let visits: Vec<_> = held.iter().filter(|e| e.0 == "Visit").collect();
        assert_eq!(visits.len(), 1, "{held:?}");
        assert_eq!(visits[0].4, "occurred", "{held:?}");
        // Indonesian: under way means it happened.
        let ongoing = events(
            "id",
            "2024-05-01 00:00:00",
            "Perundingan senjata antara Rusia dan Iran sedang berlangsung.",
        );
        assert_eq!(ongoing[0].4, "occurred", "{ongoing:?}");
    }

    #[test]
    fn a_visit_needs_a_foreign_destination() {
        // The marked destination, not the state in the visitor's title.
        let found = events(
            "id",
            "2024-05-01 00:00:00",
            "Kunjungan Menteri Luar Negeri AS Antony Blinken ke Hanoi berlangsung dua hari.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2.as_deref(), Some("Hanoi"), "{found:?}");
        // No destination named: no visit (events.tsv place_required).
        let nowhere = events(
            "en",
            "2024-05-01 00:00:00",
            "Antony Blinken visited a shipyard and an ammunition plant.",
        );
        assert!(nowhere.iter().all(|e| e.0 != "Visit"), "{nowhere:?}");
        // A trip at home is not a visit to the foreign place named after it.
        let domestic = events(
            "en",
            "2024-05-01 00:00:00",
            "Joe Biden arrived in Hawaii before his talks with Japan.",
        );
        assert!(domestic.iter().all(|e| e.0 != "Visit"), "{domestic:?}");
    }

    #[test]
    fn the_two_leaders_are_the_last_pair_not_their_spokesman() {
        let text = "Joe Biden bertemu Xi Jinping di Woodside pada 15 November 2023. \
                    Juru bicara Gedung Putih John Kirby mengatakan kedua pemimpin bertemu selama empat jam.";
        let found = events("id", "2023-11-17 00:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{found:?}");
        assert_eq!(meetings[0].1, strings(&["Joe_Biden", "Xi_Jinping"]));
    }

    #[test]
    fn a_report_date_after_the_source_does_not_date_the_event() {
        let text = "Dikutip dari Reuters, Sabtu (7/10/2023), pertemuan antara Joe Biden dan Xi Jinping di Amerika Serikat berlangsung pada bulan November.";
        let found = events("id", "2023-10-07 00:00:00", text);
        assert_eq!(found.len(), 1, "{found:?}");
        // The meeting is where it was held, even in one leader's own country.
        assert_eq!(found[0].2.as_deref(), Some("United_States"), "{found:?}");
        assert_eq!(found[0].3.as_deref(), Some("2023-11"), "{found:?}");
    }

    #[test]
    fn dates_by_reference_to_earlier_time_and_a_related_event() {
        // "Ketika itu": the time the text stated last.
        let text = "Kim Jong-un dan Vladimir Putin pernah bertemu pada April 2019. \
                    Ketika itu, Kim melakukan perjalanan dengan kereta ke Vladivostok.";
        let found = events("id", "2023-09-05 00:00:00", text);
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.3.as_deref(), Some("2019-04"), "{found:?}");
        assert_eq!(visit.4, "occurred", "{found:?}");
        // A meeting told in one sentence with a dated visit is dated by it.
        let text = "Pada Juli 2023 Sergei Shoigu melakukan kunjungan ke Korea Utara. \
                    Selama kunjungan tersebut, Shoigu bertemu dengan Kim Jong-un.";
        let found = events("id", "2023-09-05 00:00:00", text);
        let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
        assert_eq!(meeting.3.as_deref(), Some("2023-07"), "{found:?}");
        // "since … in 1991" dates something else.
        let found = events(
            "en",
            "2023-09-05 00:00:00",
            "Sergei Shoigu visited Pyongyang, the first such trip since the collapse of the Soviet Union in 1991.",
        );
        assert_eq!(found[0].3, None, "{found:?}");
    }

    #[test]
    fn an_armed_group_launches_in_its_own_name() {
        let found = events(
            "id",
            "2024-01-12 00:00:00",
            "Kelompok Houthi menembakkan rudal balistik ke arah kapal di Laut Merah pada Kamis (11/1/2024).",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "MissileTest");
        assert_eq!(found[0].1, strings(&["Houthis"]), "{found:?}");
        assert_eq!(found[0].2.as_deref(), Some("Red_Sea"), "{found:?}");
    }

    #[test]
    fn a_simulated_nuclear_strike_is_a_missile_test() {
        for (language, text) in [
            ("id", "Korea Utara menggelar simulasi serangan nuklir taktis di Laut Kuning pada Sabtu."),
            ("en", "North Korea staged a simulated tactical nuclear attack over the Yellow Sea on Saturday."),
        ] {
            let found = events(language, "2023-09-04 00:00:00", text);
            let test = found.iter().find(|e| e.0 == "MissileTest");
            let test = test.unwrap_or_else(|| panic!("no missile test in {found:?}"));
            assert_eq!(test.1, strings(&["North_Korea"]));
            assert_eq!(test.2.as_deref(), Some("Yellow_Sea"), "{found:?}");
            assert_eq!(test.3.as_deref(), Some("2023-09-02"), "{found:?}");
        }
    }

    #[test]
    fn a_leading_pronoun_is_the_traveller_not_the_person_met() {
        let text = "Anthony Albanese arrived in Beijing on Saturday. \
                    He will meet Li Qiang on Monday and will then travel to Shanghai.";
        let found = events("en", "2023-11-04 00:00:00", text);
        let to_shanghai: Vec<_> = found
            .iter()
            .filter(|e| e.0 == "Visit" && e.2.as_deref() == Some("Shanghai"))
            .collect();
        assert_eq!(to_shanghai.len(), 1, "{found:?}");
        assert_eq!(
            to_shanghai[0].1,
            strings(&["Anthony_Albanese"]),
            "{found:?}"
        );
    }

    #[test]
    fn each_leg_of_a_trip_is_a_visit() {
        for (language, text) in [
            (
                "en",
                "Prabowo Subianto will fly to Lima next week and then to London.",
            ),
            (
                "id",
                "Prabowo Subianto akan terbang ke Lima pekan depan, lalu ke London.",
            ),
        ] {
            let found = events(language, "2024-11-10 00:00:00", text);
            let mut places: Vec<_> = found
                .iter()
                .filter(|e| e.0 == "Visit")
                .map(|e| e.2.clone().unwrap_or_default())
                .collect();
            places.sort();
            assert_eq!(places, strings(&["Lima", "London"]), "{found:?}");
        }
        // A second place in the same country is not another leg.
        let found = events(
            "en",
            "2024-11-10 00:00:00",
            "Prabowo Subianto will fly to Beijing and then to Shanghai.",
        );
        assert_eq!(
            found.iter().filter(|e| e.0 == "Visit").count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn a_name_that_only_relates_someone_is_not_a_party() {
        let found = events(
            "en",
            "2024-01-27 00:00:00",
            "Washington cleared the sale of F-35 jets to Greece, Turkey's neighbour and ally.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1,
            strings(&["Greece", "United_States"]),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_alone_stands_for_the_leader_named_before() {
        let text = "Presiden Prabowo Subianto tiba di Beijing pada Jumat (8/11/2024). \
                    Dari China, Kepala Negara akan melanjutkan perjalanan ke Washington.";
        let found = events("id", "2024-11-09 00:00:00", text);
        let to_washington = found
            .iter()
            .find(|e| e.0 == "Visit" && e.2.as_deref() == Some("Washington"));
        let visit = to_washington.unwrap_or_else(|| panic!("no visit to Washington: {found:?}"));
        assert_eq!(visit.1, strings(&["Prabowo_Subianto"]));
        assert_eq!(visit.4, "expected");
    }

    #[test]
    fn named_weapons_and_missiles_come_from_the_shared_lists() {
        let deal = events(
            "id",
            "2024-04-20 00:00:00",
            "Indonesia tengah merundingkan pembelian rudal BrahMos dengan India.",
        );
        let talks = deal.iter().find(|e| e.0 == "WeaponsTalks");
        let talks = talks.unwrap_or_else(|| panic!("no weapons talks: {deal:?}"));
        assert_eq!(talks.1, strings(&["India", "Indonesia"]));
        let test = events(
            "en",
            "2024-03-12 00:00:00",
            "India said its Agni-V was tested on Monday with multiple warheads.",
        );
        assert!(
            test.iter()
                .any(|e| e.0 == "MissileTest" && e.1 == strings(&["India"])),
            "{test:?}"
        );
    }

    #[test]
    fn a_visit_to_a_state_takes_the_city_named_for_it() {
        // From the meeting held there.
        let text = "Recep Tayyip Erdogan met Abdel Fattah al-Sisi in Cairo on Wednesday, his first trip to Egypt in a decade.";
        let found = events("en", "2024-02-15 00:00:00", text);
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.2.as_deref(), Some("Cairo"), "{found:?}");
        // From the same sentence.
        let text = "Recep Tayyip Erdogan flew in from the United Arab Emirates, where he spoke at a summit in Dubai.";
        let found = events("en", "2024-02-15 00:00:00", text);
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.2.as_deref(), Some("Dubai"), "{found:?}");
    }

    #[test]
    fn the_guest_is_the_visitor_and_a_pronoun_after_a_name_is_that_person() {
        let text = "Joe Biden welcomed Kenyan President William Ruto on Thursday for a state visit to Washington.";
        let found = events("en", "2024-05-24 00:00:00", text);
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.1, strings(&["William_Ruto"]), "{found:?}");
        let text = "Joe Biden spoke to reporters on Monday. \
                    William Ruto began his trip in Atlanta, where he met executives of American companies.";
        let found = events("en", "2024-05-24 00:00:00", text);
        assert!(found.iter().all(|e| e.0 != "Meeting"), "{found:?}");
    }

    #[test]
    fn a_meeting_takes_the_place_of_the_leg_of_the_trip_told_last() {
        let text = "Joko Widodo tiba di Nairobi pada Minggu (20/8/2023). \
                    Pada Rabu (23/8/2023) ia tiba di Pretoria. \
                    Di sana Jokowi bertemu Presiden Cyril Ramaphosa.";
        let found = events("id", "2023-08-24 00:00:00", text);
        let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
        assert_eq!(meeting.2.as_deref(), Some("Pretoria"), "{found:?}");
    }

    #[test]
    fn a_month_with_a_direction_word_is_the_nearest_one_that_way() {
        let found = events(
            "en",
            "2024-05-24 00:00:00",
            "Lloyd Austin visited Nairobi last September.",
        );
        assert_eq!(found[0].3.as_deref(), Some("2023-09"), "{found:?}");
        let found = events(
            "id",
            "2024-11-24 00:00:00",
            "Prabowo Subianto berkunjung ke Tokyo pada Agustus mendatang.",
        );
        assert_eq!(found[0].3.as_deref(), Some("2025-08"), "{found:?}");
        assert_eq!(found[0].4, "expected", "{found:?}");
    }

    #[test]
    fn a_date_before_publication_means_it_happened() {
        let found = events(
            "en",
            "2024-01-10 00:00:00",
            "Joe Biden will meet Xi Jinping, as he did in November 2023.",
        );
        assert_eq!(found[0].4, "occurred", "{found:?}");
    }

    #[test]
    fn mentions_of_one_event_merge_and_surnames_resolve() {
        let text = "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese di Canberra pada Senin (12/8/2024). \
                    Dalam pertemuan itu, Prabowo dan Albanese membahas kerja sama pertahanan.";
        let found = events("id", "2024-08-13 00:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{found:?}");
        assert_eq!(
            meetings[0].1,
            strings(&["Anthony_Albanese", "Prabowo_Subianto"])
        );
    }

    #[test]
    fn a_meeting_during_a_visit_takes_its_place() {
        let text =
            "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang pada Rabu (26/7/2023). \
                    Shoigu kemudian bertemu pemimpin Korea Utara Kim Jong-un.";
        let found = events("id", "2023-07-27 00:00:00", text);
        let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
        assert_eq!(meeting.1, strings(&["Kim_Jong-un", "Sergei_Shoigu"]));
        assert_eq!(meeting.2.as_deref(), Some("Pyongyang"), "{found:?}");
    }

    #[test]
    fn look_alike_words_yield_no_event() {
        for (language, text) in [
            ("id", "Tim nasional sepak bola Indonesia menggelar latihan di Jakarta pada Senin."),
            ("id", "Perusahaan itu menggelar rapat umum pemegang saham tahunan dan pertemuan dengan investor."),
            ("id", "Kunjungan wisman ke Indonesia naik 20 persen pada Agustus."),
            ("id", "Pabrikan mobil itu melakukan uji coba mobil listrik baru di Jakarta."),
            ("en", "The hospital team visited the new ward on Monday."),
            ("en", "The company held its annual general meeting in London on Tuesday."),
        ] {
            let found = events(language, "2023-10-02 00:00:00", text);
            assert!(found.is_empty(), "{text} gave {found:?}");
        }
    }
}
