//! Who takes part in an event: the parties a sentence names (not who reports
//! it), the actor groups of the event type in order of preference, and for a
//! one-actor event its subject.

use super::{distance, references, Event, Found, Scene, TriggerAt, SAME_EVENT_GAP};
use crate::knowledge::{Entities, EntityIdx, EntityKind, Knowledge};
use crate::recognise::EntityMention;
use crate::segment::Span;

/// How far (bytes) from the trigger a fallback actor may stand.
const FALLBACK_WINDOW: usize = 80;
/// How far (bytes) from the trigger a state may stand to be a party.
pub(super) const STATE_WINDOW: usize = 150;
/// How far after the trigger an agent marker's name may stand ("visit by X", "peluncuran rudal oleh X").
const AGENT_WINDOW: usize = 14;
/// How far after the trigger a name after a passive verb may stand.
const PASSIVE_AGENT_WINDOW: usize = 48;
/// How far after an event of states' noun an agent in its clause may stand.
const CLAUSE_AGENT_WINDOW: usize = 80;
/// How far apart (bytes) two hosts of one list may stand ("Zhao Leji, the
/// chairman of China's parliament, and Premier Li Qiang").
const HOST_LIST_GAP: usize = 100;
/// How far after the trigger a subject may stand when none precedes it.
const SUBJECT_AFTER_WINDOW: usize = 40;
/// How far after the comma closing a fronted clause the main clause's subject
/// may stand ("Dalam perjalanan ke Thailand, Menteri Luar Negeri AS Mike Pompeo").
const FRONTED_SUBJECT_WINDOW: usize = 64;
/// How far from a gathering's trigger the organisation it is named for may
/// stand ("KTT ke-47 ASEAN", "the G20 summit").
const ORGANISATION_WINDOW: usize = 12;
/// How far (bytes) from a gathering's trigger an organisation named for its
/// members may stand ("met leaders of the Gulf Cooperation Council").
const GROUP_WINDOW: usize = 60;

/// The parties of `at` without those of another event of its type that the
/// sentence states further on (a trigger at least `SAME_EVENT_GAP` away, so
/// not a restatement): a name past that trigger ("after the talks with
/// Zelenskyy, Jokowi goes to Russia to meet Putin"); and, for any type, a
/// name after the trigger of a fronted clause ("Usai pertemuan dengan
/// Zelenskyy, Jokowi … bertemu Putin"). Places stay: a trip's legs are read
/// from them.
fn without_other_events<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: Vec<&'m EntityMention>,
) -> Vec<&'m EntityMention> {
    // `at` opens a fronted clause ("After meeting Xi, Prabowo held talks with
    // Li"): a trigger of its type past the comma closing it tells the main
    // clause's event, however near, not a restatement of this one.
    let main_clause = |hit: &Span| at.front_end.is_some_and(|end| hit.start > end);
    let others: Vec<Span> = scene
        .sentence
        .triggers
        .iter()
        .filter(|hit| {
            let trigger = &scene.language.triggers[hit.trigger];
            trigger.event_type == at.type_index
                && !trigger.follow_up
                && (distance(hit.span, at.span) >= SAME_EVENT_GAP || main_clause(&hit.span))
        })
        .map(|hit| hit.span)
        .filter(|_| !at.event_type.place_after_trigger)
        .collect();
    let theirs = |m: &EntityMention| {
        let in_front = at
            .fronted
            .is_some_and(|(from, to)| m.span.start >= from && m.span.end <= to);
        let past = |other: &Span| other.start > at.span.end && m.span.start >= other.end;
        in_front || others.iter().any(past)
    };
    parties
        .into_iter()
        .filter(|m| m.locative || m.destination || !theirs(m))
        .collect()
}

/// The bytes after the trigger of a fronted clause that a trigger at `at`
/// does not stand in, up to the comma closing it ("Usai pertemuan *dengan
/// Zelenskyy*, Jokowi … bertemu Putin"): that trigger's objects. Read once
/// per trigger, into `TriggerAt::fronted`.
pub(super) fn fronted_objects(scene: &Scene, at: Span) -> Option<(usize, usize)> {
    let first = scene
        .sentence
        .triggers
        .iter()
        .min_by_key(|hit| hit.span.start)
        // A noun whose subject follows ("Kunjungan Prabowo ke Tokyo, …") opens no such clause.
        .filter(|hit| !scene.language.triggers[hit.trigger].subject_after)
        .map(|hit| hit.span)
        .filter(|span| span.end <= at.start)?;
    let end = fronted_clause_end(scene, first)?;
    (end <= at.start).then_some((first.end, end))
}

/// The speakers of a sentence that refers to a pair ("the two leaders"), and
/// the names that may be parties of the trigger's event: not a source only,
/// not such a speaker, not an observer, not a party of another event.
pub(super) fn parties<'a>(
    scene: &Scene<'a>,
    at: &TriggerAt,
) -> (Vec<EntityIdx>, Vec<&'a EntityMention>) {
    let sentence = scene.sentence;
    // Who speaks of "the two leaders" is not one of them, unless the sentence
    // also names the speaker outside what is said ("Yoon met Kishida, where
    // the two leaders agreed …, Yoon's office said").
    let named_outside = |source: &EntityIdx| {
        sentence
            .entities
            .iter()
            .any(|m| m.entity == *source && !m.source_only && !sentence.attributed(m))
    };
    let speakers: Vec<EntityIdx> = sentence
        .attributions
        .iter()
        .filter_map(|a| a.source)
        .filter(|source| sentence.pair_reference.is_some() && !named_outside(source))
        .collect();
    let parties: Vec<&EntityMention> = sentence
        .entities
        .iter()
        .filter(|m| !m.source_only && !speakers.contains(&m.entity))
        .collect();
    let parties = references::without_observers(scene, at, parties);
    (speakers, without_other_events(scene, at, parties))
}

/// For a trigger that names a gathering of an organisation ("KTT ASEAN",
/// "KTT ke-47 ASEAN"), the organisation named right after it (or, failing
/// that, right before it), with no other name between.
pub(super) fn organisation(scene: &Scene, at: &TriggerAt) -> Option<EntityIdx> {
    if !at.organisation {
        return None;
    }
    let mentions = &scene.sentence.entities;
    let is_organisation = |m: &&EntityMention| {
        !m.source_only && scene.entities[m.entity].kind == EntityKind::Organisation
    };
    let after = mentions
        .iter()
        .find(|m| m.span.start >= at.span.end)
        .filter(|m| m.span.start - at.span.end <= ORGANISATION_WINDOW)
        .filter(is_organisation);
    let before = mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= at.span.start)
        .filter(|m| at.span.start - m.span.end <= ORGANISATION_WINDOW)
        .filter(is_organisation);
    after.or(before).map(|m| m.entity)
}

/// In a gathering of people (a type of two or more actors that are not
/// reported as states), the organisations its clause names for their members
/// (references.tsv `group_before`, `group_after`: "leaders of the GCC", "the
/// Quad leaders", "talks with ASEAN") near the trigger: each is a party.
pub(super) fn group_parties(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
) -> Vec<EntityIdx> {
    let event_type = at.event_type;
    if event_type.actors_as_states || event_type.min_actors < 2 {
        return Vec::new();
    }
    let (text, span) = (scene.text(), scene.sentence.span);
    let phrases = &scene.language.state_phrases;
    let named_for_members = |m: &&&EntityMention| {
        let before = &text[span.start..m.span.start];
        let after = &text[m.span.end..span.end];
        phrases.group_before.iter().any(|r| r.is_match(before))
            || phrases.group_after.iter().any(|r| r.is_match(after))
    };
    // "Putin met Xi, days after NATO leaders met": a group nearer another
    // trigger of the type is that one's.
    let nearest_trigger = |m: &&&EntityMention| {
        let own = distance(m.span, at.span);
        own <= GROUP_WINDOW
            && scene.sentence.triggers.iter().all(|t| {
                scene.language.triggers[t.trigger].event_type != at.type_index
                    || distance(m.span, t.span) >= own
            })
    };
    let mut groups: Vec<EntityIdx> = Vec::new();
    for m in parties
        .iter()
        .filter(|m| scene.entities[m.entity].kind == EntityKind::Organisation)
        .filter(|m| !m.source_only && !m.locative && !m.relation)
        .filter(nearest_trigger)
        .filter(named_for_members)
    {
        if !groups.contains(&m.entity) {
            groups.push(m.entity);
        }
    }
    groups
}

/// The actors of the first actor group of the event type with enough of them
/// named; some of the preferred group, when only some are named.
pub(super) fn choose_actors(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
) -> Vec<EntityIdx> {
    let event_type = at.event_type;
    // "Timor-Leste menghadiri KTT ASEAN": the organisation is the other party,
    // so one state or person attending is enough.
    let needed = if organisation(scene, at).is_some() {
        1
    } else {
        event_type.min_actors.max(1)
    };
    let mut actors = Vec::new();
    for (group_index, group) in event_type.actor_groups.iter().enumerate() {
        let mut chosen = in_group_named(scene, at, group_index, group, parties);
        // A "between" list names every party, organisations with them.
        let mut whole_list = false;
        if event_type.max_actors == 1 && !chosen.is_empty() {
            chosen = subject(scene, at, &chosen).into_iter().collect();
        } else if let Some(listed) = between(scene, at, &chosen) {
            chosen = listed;
            whole_list = true;
        }
        if chosen.is_empty() && group_index == 0 {
            chosen = office_subject(scene, at, parties, group);
        }
        let mut ids: Vec<EntityIdx> = Vec::new();
        for mention in chosen {
            let id = if event_type.actors_as_states {
                acting_state(scene, mention)
            } else {
                Some(mention.entity)
            };
            if let Some(id) = id {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if ids.len() >= needed || (whole_list && !ids.is_empty()) {
            actors = ids;
            break;
        }
        if group_index == 0 {
            // Some of the preferred actors are named ("Kim", "dalam pertemuan ini"):
            // the statement continues an event of theirs, whoever else it names.
            let partial = !ids.is_empty();
            actors = ids;
            if partial {
                with_offices(scene, at, parties, &mut actors);
                break;
            }
        }
    }
    actors
}

/// The subject of a one-person event (a trip) named only by role, the state
/// of the unnamed official standing for them ("Presiden Kazakhstan terbang
/// ke Beijing", "Japan's foreign minister arrived in Seoul"): none when a
/// person is the subject or the type's actors are states anyway. A warship's
/// port call ("USS Carl Vinson tiba di Busan") is no such trip.
fn office_subject<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&'m EntityMention],
    group: &[EntityKind],
) -> Vec<&'m EntityMention> {
    let event_type = at.event_type;
    if event_type.max_actors != 1
        || event_type.actors_as_states
        || !group.contains(&EntityKind::Person)
    {
        return Vec::new();
    }
    // A noun's traveller follows it: "Menlu China mengecam kunjungan ke
    // Taiwan" is no trip of China's.
    let offices: Vec<&EntityMention> = parties
        .iter()
        .filter(|m| !at.subject_after || m.span.start >= at.span.end)
        .filter(|m| m.office && !m.vessel && in_group(scene, at, 0, &[EntityKind::State], m))
        .copied()
        .collect();
    subject(scene, at, &offices).into_iter().collect()
}

/// The parties that may act in one actor group; a person named before the
/// trigger beats an official named only by role ("Pakistan's army chief,
/// General Asim Munir, will visit"), one named after it does not ("flew to
/// Beijing at the invitation of Xi").
fn in_group_named<'m>(
    scene: &Scene,
    at: &TriggerAt,
    group_index: usize,
    group: &[EntityKind],
    parties: &[&'m EntityMention],
) -> Vec<&'m EntityMention> {
    let mut chosen: Vec<&EntityMention> = parties
        .iter()
        .filter(|m| in_group(scene, at, group_index, group, m))
        .copied()
        .collect();
    let person = |m: &&EntityMention| scene.entities[m.entity].kind == EntityKind::Person;
    if chosen
        .iter()
        .any(|m| person(m) && m.span.end <= at.span.start)
    {
        chosen.retain(|m| person(m) || !m.office);
    }
    chosen
}

/// Completes people too few for the event with the states whose unnamed
/// officials the sentence names near the trigger ("Putin met Japan's prime
/// minister"): each a state none of the people acts for, and only when that
/// makes enough actors.
pub(super) fn with_offices(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
    actors: &mut Vec<EntityIdx>,
) {
    let gazetteer = scene.entities;
    let Some(states) = at.event_type.actor_groups.get(1) else {
        return;
    };
    let mut offices: Vec<EntityIdx> = Vec::new();
    for m in parties
        .iter()
        .filter(|m| m.office && in_group(scene, at, 1, states, m))
    {
        let acted_for = actors
            .iter()
            .any(|a| gazetteer.country_of(*a) == Some(m.entity));
        if !acted_for && !offices.contains(&m.entity) {
            offices.push(m.entity);
        }
    }
    if actors.len() + offices.len() >= at.event_type.min_actors.max(1) {
        actors.extend(offices);
    }
}

/// The parties a list right after the trigger names ("talks between Erdogan
/// and Putin", references.tsv `between`), when it names enough of them: the
/// others the sentence names take no part in this event.
fn between<'m>(
    scene: &Scene,
    at: &TriggerAt,
    chosen: &[&'m EntityMention],
) -> Option<Vec<&'m EntityMention>> {
    let text = scene.text();
    let sentence_end = scene.sentence.span.end;
    let from = &text[at.span.start..sentence_end];
    let opened = scene
        .language
        .betweens
        .iter()
        .find_map(|r| r.find(from))
        .filter(|m| m.start() == 0)?;
    let start = at.span.start + opened.end();
    let rest = &text[start..sentence_end];
    let end = start
        + rest
            .find([',', ';', ':', '(', '"', '“'])
            .unwrap_or(rest.len());
    let inside = |m: &EntityMention| m.span.start >= start && m.span.end <= end;
    let listed: Vec<&EntityMention> = chosen.iter().filter(|m| inside(m)).copied().collect();
    // An organisation of the gazetteer in the list ("pertemuan antara ASEAN
    // dan Rusia") is a party too (`group_parties` adds it): it counts toward
    // the list. A body the article names in a title ("Panglima Angkatan Darat
    // Thailand") does not.
    let listed_organisation = |m: &&EntityMention| {
        m.entity < scene.entities.gazetteer.entities.len()
            && scene.entities[m.entity].kind == EntityKind::Organisation
    };
    let organisations = scene
        .sentence
        .entities
        .iter()
        .filter(|m| inside(m) && !m.source_only)
        .filter(listed_organisation)
        .count();
    (listed.len() + organisations >= at.event_type.min_actors.max(2)).then_some(listed)
}

/// Whether a named party may be an actor of the group at `group_index`.
fn in_group(
    scene: &Scene,
    at: &TriggerAt,
    group_index: usize,
    group: &[EntityKind],
    m: &EntityMention,
) -> bool {
    let gazetteer = scene.entities;
    let (trigger, event_type) = (at.span, at.event_type);
    let entity = &gazetteer[m.entity];
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
    // "a test of a missile developed by Russia": who made the weapon is not
    // the one state that fires it.
    if m.maker && event_type.actors_as_states && event_type.max_actors == 1 {
        return false;
    }
    if event_type.actors_as_states {
        group.contains(&EntityKind::State) && acting_state(scene, m).is_some()
    } else {
        !m.modifier && (group.contains(&entity.kind) || stands_for_official(at, group, m, entity))
    }
}

/// The state a party acts for in an event of states: its own (a capital's
/// state, an agency's), or the country of the site a launch is fired from
/// ("diluncurkan dari Plesetsk", "fired from Chandipur": references.tsv
/// `passive_agent`).
fn acting_state(scene: &Scene, m: &EntityMention) -> Option<EntityIdx> {
    let gazetteer = scene.entities;
    let site = matches!(
        gazetteer[m.entity].kind,
        EntityKind::City | EntityKind::Site | EntityKind::Region
    );
    gazetteer.as_state(m.entity).or_else(|| {
        (m.passive_agent && site)
            .then(|| gazetteer.country_of(m.entity))
            .flatten()
    })
}

/// "Kazakhstan's president flew to Beijing", "the Indian defence minister
/// arrived": in a one-actor type of people (a visit) an official named only
/// by role acts, reported as the state, since nobody else could complete it
/// (a meeting gets such states from `with_offices` instead). A warship's
/// port call is no visit of its state.
fn stands_for_official(
    at: &TriggerAt,
    group: &[EntityKind],
    m: &EntityMention,
    entity: &crate::knowledge::Entity,
) -> bool {
    at.event_type.max_actors == 1
        && m.office
        && !m.vessel
        && entity.kind == EntityKind::State
        && group.contains(&EntityKind::Person)
}

/// The subject of a one-actor event: a possessor right before the trigger
/// ("Putin's visit"), the name right after a noun trigger ("kunjungan Menteri
/// Shoigu"), else the first name before the trigger, else one right after it.
fn subject<'m>(
    scene: &Scene,
    at: &TriggerAt,
    chosen: &[&'m EntityMention],
) -> Option<&'m EntityMention> {
    let (text, trigger, event_type) = (scene.text(), at.span, at.event_type);
    let possessor = chosen.iter().rev().find(|m| {
        m.span.end <= trigger.start && is_possessive(scene, text[m.span.end..trigger.start].trim())
    });
    // A person's subject is the first name of the clause; a state acting
    // ("… latihan China yang diwarnai penembakan rudal") is the nearest one.
    let first_before = if event_type.actors_as_states {
        chosen.iter().rev().find(|m| m.span.end <= trigger.start)
    } else {
        chosen
            .iter()
            .find(|m| m.span.end <= trigger.start)
            .map(|first| past_speaker(scene, trigger, chosen, first))
    };
    let after = chosen.iter().find(|m| {
        m.span.start >= trigger.end && m.span.start - trigger.end <= SUBJECT_AFTER_WINDOW
    });
    // "peluncuran rudal oleh Korea Utara": a marked agent outranks the rest;
    // "a visit to China by X": after the destination that follows the noun.
    let agent_from = destination_after(scene, trigger);
    let agent = chosen.iter().find(|m| {
        let (from, window) = if m.passive_agent {
            (trigger.end, PASSIVE_AGENT_WINDOW)
        } else {
            (agent_from, AGENT_WINDOW)
        };
        // Titles before the agent's name ("by Australian Prime Minister X")
        // do not count against the window.
        let start = capitalised_run_start(scene, m.span.start).max(from);
        (m.agent || m.passive_agent) && m.span.start >= from && start - from <= window
    });
    let agent = agent.or_else(|| clause_agent(scene, at, chosen));
    // "He is to meet Li Qiang and will then head to …": a pronoun before the
    // first name is the subject (unless it is the one speaking: "Dia mengatakan").
    let first_before = first_before
        .filter(|m| event_type.actors_as_states || !pronoun_before(scene, m.span.start));
    // "Biden welcomed Ruto … for a state visit": the guest is the visitor.
    let guest = chosen.iter().find(|m| m.guest);
    // "peluncuran rudal jarak pendek Korea Utara": Indonesian puts the
    // possessor of a noun after it; a state there is the one acting.
    let possessor_after = chosen.iter().find(|m| {
        event_type.actors_as_states
            && m.span.start >= trigger.end
            && is_possessor_after(scene, &text[trigger.end..m.span.start])
    });
    let before = agent
        .or(guest)
        .or(possessor)
        .or(possessor_after)
        .or(first_before)
        .or_else(|| fronted_subject(at, chosen));
    // After a verb the subject stands before it; a name after it is an object
    // ("will then head to X to meet Y") unless marked as agent.
    let (before, after) = if at.subject_after {
        (after, before)
    } else {
        (before, None)
    };
    before.or(after).copied()
}

/// "Komandan X menyebut Panglima Y dijadwalkan berkunjung ke Ranai": a
/// person's first name before the trigger that is the source of a speech
/// phrase ending before another name, still before the trigger, only tells
/// of the event; the name in what is said is its subject.
fn past_speaker<'c, 'm>(
    scene: &Scene,
    trigger: Span,
    chosen: &'c [&'m EntityMention],
    first: &'c &'m EntityMention,
) -> &'c &'m EntityMention {
    let speech = scene.sentence.attributions.iter().find(|a| {
        a.span.start <= first.span.start
            && first.span.end <= a.span.end
            && a.span.end <= trigger.start
    });
    let said = |end: usize| {
        chosen
            .iter()
            .find(|m| m.span.start >= end && m.span.end <= trigger.start)
    };
    speech.and_then(|a| said(a.span.end)).unwrap_or(first)
}

/// "menyesalkan peluncuran rudal balistik antarbenua (ICBM) oleh Korea
/// Utara": in an event of states the agent after the event noun acts
/// however long the noun's phrase, while no clause break stands between
/// them nor another event's trigger (a maker, "developed by", is no agent:
/// references.tsv `maker_before`).
fn clause_agent<'c, 'm>(
    scene: &Scene,
    at: &TriggerAt,
    chosen: &'c [&'m EntityMention],
) -> Option<&'c &'m EntityMention> {
    if !at.event_type.actors_as_states {
        return None;
    }
    let text = scene.text();
    let breaks = &scene.language.state_phrases.clause_breaks;
    chosen.iter().find(|m| {
        m.agent
            && m.span.start >= at.span.end
            && m.span.start - at.span.end <= CLAUSE_AGENT_WINDOW
            && !breaks
                .iter()
                .any(|r| r.is_match(&text[at.span.end..m.span.start]))
            && !another_event_between(scene, at.span.end, m.span.start)
    })
}

/// Whether another trigger stands in `from..to` ("a test that coincided
/// with a visit to Seoul by X": X is the visit's, not the test's).
fn another_event_between(scene: &Scene, from: usize, to: usize) -> bool {
    scene
        .sentence
        .triggers
        .iter()
        .any(|hit| hit.span.start >= from && hit.span.start < to)
}

/// The start of the capitalised words right before byte `start` (a title
/// and a demonym before a name: "Australian Prime Minister", "U.S. Secretary
/// of State": a title's `link` between capitalised words stays in the run),
/// or `start`.
fn capitalised_run_start(scene: &Scene, start: usize) -> usize {
    let before = scene.text()[..start].trim_end();
    let links = &scene.language.titles.links;
    let (mut run, mut end) = (start, before.len());
    for word in before.rsplit(' ') {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let link = run < start && links.iter().any(|r| r.is_match(&format!("{word} ")));
        if !capitalised && !link {
            break;
        }
        if capitalised {
            run = end - word.len();
        }
        end = end.saturating_sub(word.len() + 1);
    }
    run
}

/// Where the words after a trigger go on past a destination named right
/// after it ("a visit *to China* by X"): the end of that name, else the
/// trigger's end.
fn destination_after(scene: &Scene, trigger: crate::segment::Span) -> usize {
    scene
        .sentence
        .entities
        .iter()
        .find(|m| m.span.start >= trigger.end)
        // "a visit by Putin to Beijing": a name marked as the agent is no
        // destination, though "visit by" reads like "visit Beijing".
        .filter(|m| m.destination && !m.agent && m.span.start - trigger.end <= AGENT_WINDOW)
        .map_or(trigger.end, |m| m.span.end)
}

/// The subject of a trigger in a fronted clause that has none ("Saat
/// mengunjungi Seoul, Trump …", "While visiting Hanoi, Marcos …"): the first
/// name after the comma that closes the clause, for one who acts in person.
fn fronted_subject<'a, 'm>(
    at: &TriggerAt,
    chosen: &'a [&'m EntityMention],
) -> Option<&'a &'m EntityMention> {
    if at.event_type.actors_as_states {
        return None;
    }
    let comma = at.front_end?;
    chosen
        .iter()
        .find(|m| m.span.start > comma && m.span.start - comma <= FRONTED_SUBJECT_WINDOW)
}

/// Where the fronted clause a trigger stands in ends ("Usai pertemuan
/// dengan Zelenskyy, …"): at its comma. Read once per trigger, into
/// `TriggerAt::front_end`.
pub(super) fn fronted_clause_end(scene: &Scene, trigger: Span) -> Option<usize> {
    let (text, sentence) = (scene.text(), scene.sentence.span);
    let lead = &text[sentence.start..trigger.start];
    if !scene
        .language
        .fronted_clauses
        .iter()
        .any(|r| r.is_match(lead))
    {
        return None;
    }
    Some(trigger.end + text[trigger.end..sentence.end].find(',')?)
}

/// Whether a pronoun that is not part of an attribution stands in the
/// sentence before byte `end`.
fn pronoun_before(scene: &Scene, end: usize) -> bool {
    let sentence = scene.sentence;
    let lead = &scene.text()[sentence.span.start..end];
    scene.language.pronouns.iter().any(|r| {
        r.find_iter(lead).any(|p| {
            let at = sentence.span.start + p.start();
            !sentence
                .attributions
                .iter()
                .any(|a| a.span.start <= at && at < a.span.end)
        })
    })
}

/// Whether `gap` (the text between a trigger and a name after it) makes the
/// name the trigger's possessor ("peluncuran rudal balistik Korea Utara").
fn is_possessor_after(scene: &Scene, gap: &str) -> bool {
    scene
        .language
        .state_phrases
        .possessors_after
        .iter()
        .any(|r| {
            r.find(gap)
                .is_some_and(|m| m.start() == 0 && m.end() == gap.len())
        })
}

/// Whether `gap` (the text between a name and a trigger) is exactly a
/// possessive mark ("Putin's visit").
fn is_possessive(scene: &Scene, gap: &str) -> bool {
    scene.language.possessives.iter().any(|r| {
        r.find(gap)
            .is_some_and(|m| m.start() == 0 && m.end() == gap.len())
    })
}

/// "X will meet President A and Prime Minister B": a guest's meeting with
/// several hosts of one other state is a meeting with each. Only when the
/// first actor is a person of one state and every other a person of one other
/// state; a gathering named for an organisation (`at.organisation`) stays whole.
pub(super) fn one_per_host(scene: &Scene, found: Found, at: &TriggerAt) -> Vec<Found> {
    let Found::Event(event) = found else {
        return vec![found];
    };
    let entities = scene.entities;
    let state_of = |a: &EntityIdx| match entities[*a].kind {
        EntityKind::Person => entities[*a].country,
        _ => None,
    };
    let states: Option<Vec<EntityIdx>> = event.actors.iter().map(state_of).collect();
    let apart = match states.as_deref() {
        Some([guest, host, more @ ..]) => {
            !at.organisation && !more.is_empty() && guest != host && more.iter().all(|s| s == host)
        }
        _ => false,
    } && !hosts_as_group(scene, at, &event.actors[1..]);
    if !apart {
        return vec![Found::Event(event)];
    }
    let guest = event.actors[0];
    event.actors[1..]
        .iter()
        .map(|host| {
            Found::Event(Event {
                actors: vec![guest, *host],
                ..event.clone()
            })
        })
        .collect()
}

/// Whether the hosts are not named apart after the trigger: some host is not
/// named after it, two are not one list (more than `HOST_LIST_GAP` apart, or
/// with no `joiner` word between them),
/// or the text before the first names them as one group met together
/// (`host_group` of references.tsv: "officials, including").
fn hosts_as_group(scene: &Scene, at: &TriggerAt, hosts: &[EntityIdx]) -> bool {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for host in hosts {
        let Some(m) = scene
            .sentence
            .entities
            .iter()
            .find(|m| m.span.start >= at.span.end && m.entity == *host)
        else {
            return true;
        };
        spans.push((m.span.start, m.span.end));
    }
    spans.sort_unstable();
    let (text, joiners) = (scene.text(), &scene.language.joiners);
    // One list: close together, and joined ("A and B"), not "A, minister B said".
    let listed = |w: &[(usize, usize)]| {
        w[1].0.saturating_sub(w[0].1) <= HOST_LIST_GAP
            && text[w[0].1..w[1].0]
                .split(|c: char| !c.is_alphanumeric() && c != '&')
                .any(|word| joiners.iter().any(|r| r.is_match(word)))
    };
    if !spans.windows(2).all(listed) {
        return true;
    }
    let gap = &scene.text()[at.span.end..spans[0].0];
    scene
        .language
        .state_phrases
        .host_groups
        .iter()
        .any(|r| r.is_match(gap))
}

/// How far after the trigger the target of a launch may stand ("meluncurkan
/// 180 rudal balistik ke arah Israel").
const TARGET_WINDOW: usize = 40;

/// Whether a one-state event (a launch) is aimed at a state or a city named
/// right after its trigger (references.tsv `target`), or fired toward a city
/// (`toward`): an attack, not a test. Fired toward a state or a sea ("ke arah
/// Jepang", "ke Laut Jepang") it stays a test.
pub(super) fn aimed_at_another(scene: &Scene, at: &TriggerAt, parties: &[&EntityMention]) -> bool {
    if !at.event_type.actors_as_states || at.event_type.max_actors != 1 {
        return false;
    }
    parties.iter().any(|m| {
        let kind = scene.entities[m.entity].kind;
        let aimed = (m.target && matches!(kind, EntityKind::State | EntityKind::City))
            || (m.toward && kind == EntityKind::City);
        aimed && m.span.start >= at.span.end && m.span.start - at.span.end <= TARGET_WINDOW
    })
}

/// Adds to the events of a `home_states` type (events.tsv) the state each
/// person among their actors serves: a minister travels for their state; and
/// to those of a `host_state` type the state their place lies in: the host
/// of a visit to Jakarta is Indonesia.
pub(super) fn add_home_and_host_states(
    events: &mut [Event],
    knowledge: &Knowledge,
    entities: Entities,
) {
    for event in events.iter_mut() {
        let event_type = &knowledge.event_types[event.event_type];
        let host = event
            .place
            .filter(|_| event_type.host_state)
            .and_then(|p| entities.country_of(p));
        let states: Vec<EntityIdx> = event
            .actors
            .iter()
            .filter(|a| event_type.home_states && entities[**a].kind == EntityKind::Person)
            .filter_map(|a| entities[*a].country)
            .chain(host)
            .collect();
        for state in states {
            if !event.actors.contains(&state) {
                event.actors.push(state);
            }
        }
    }
}

/// Most bytes between a state's name and the person whose title it qualifies.
const TITLE_GAP: usize = 40;

/// The actor of a port call (`at.vessel`): the state of the warship or navy
/// named nearest before the trigger, else right after it ("INS Sahyadri berlabuh di Ambon", "the
/// Australian frigate docked at Busan"): a vessel named with its navy's
/// prefix, or a state or navy named with a ship's noun (references.tsv
/// `vessel_before`, `vessel_after`). None when the port lies in that state
/// (a ship back home), or when the sentence tells an event of another type:
/// the call is then part of it ("the drill involved USS X, which arrived in
/// Busan").
pub(super) fn vessel_actor(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&EntityMention],
) -> Option<EntityIdx> {
    let (text, span) = (scene.text(), scene.sentence.span);
    let other_event = scene
        .sentence
        .triggers
        .iter()
        .any(|hit| scene.language.triggers[hit.trigger].event_type != at.type_index);
    if other_event {
        return None;
    }
    let phrases = &scene.language.state_phrases;
    let flagged = |m: &&&EntityMention| {
        let before = &text[span.start..m.span.start];
        let after = &text[m.span.end..span.end];
        m.vessel
            || phrases.vessel_before.iter().any(|r| r.is_match(before))
            || phrases.vessel_after.iter().any(|r| r.is_match(after))
    };
    // The ship named nearest before the trigger, else right after a noun
    // ("kunjungan kapal perang India ke Surabaya"). A state qualifying the
    // title of a person named right after ("Japanese navy chief Adm. X
    // arrived") flags no ship: the person travels.
    let titles_person = |m: &&&EntityMention| {
        m.modifier
            && parties.iter().any(|p| {
                scene.entities[p.entity].kind == EntityKind::Person
                    && p.span.start >= m.span.end
                    && p.span.start - m.span.end <= TITLE_GAP
            })
    };
    let named =
        |m: &&&EntityMention| !m.source_only && !m.locative && flagged(m) && !titles_person(m);
    let before = parties
        .iter()
        .filter(|m| m.span.end <= at.span.start && at.span.start - m.span.end <= STATE_WINDOW)
        .filter(named)
        .rfind(|m| scene.entities.as_state(m.entity).is_some());
    let after = || {
        parties
            .iter()
            .filter(|m| m.span.start >= at.span.end)
            .filter(|m| m.span.start - at.span.end <= SUBJECT_AFTER_WINDOW)
            .filter(named)
            .find(|m| scene.entities.as_state(m.entity).is_some())
    };
    let mention = before.or_else(after)?;
    let ship = scene.entities.as_state(mention.entity)?;
    // The port: the first place named after the trigger and the ship; after
    // a noun, only one it goes to ("ke Surabaya"): "kunjungan kapal India itu
    // … bagi masyarakat Maluku" refers to a call told before.
    let from = at.span.end.max(mention.span.end);
    let port = parties.iter().filter(|m| m.span.start >= from).find(|m| {
        matches!(
            scene.entities[m.entity].kind,
            EntityKind::City | EntityKind::Site | EntityKind::Region | EntityKind::State
        )
    });
    if before.is_none() && !port.is_some_and(|m| m.destination) {
        return None;
    }
    let home = port.is_some_and(|p| scene.entities.country_of(p.entity) == Some(ship));
    (!home).then_some(ship)
}
