//! Stage 4, extract: turns recognised mentions into events — type, actors in
//! their roles, place, date, status — and merges the mentions of one event
//! within an article. Entry point: [`extract`], which turns [`Recognised`]
//! into an [`Extraction`]. Pure: no I/O, no RDF.
//!
//! One trigger becomes an event in named steps, each in its own module:
//! [`actors`] (parties, speakers and the actor choice), [`references`]
//! (pronouns, "the two leaders", anaphoric mentions), [`places`] (place,
//! destination and further legs of a trip), [`dates`] (date choice),
//! [`status`] (cues and what a date says), and [`merge`] (mentions of one
//! event). [`discourse`] carries what earlier sentences told.

mod actors;
mod clauses;
mod critics;
mod dates;
mod discourse;
mod inserted;
mod interviews;
mod learned;
mod makers;
pub use makers::Exercise;
mod merge;
mod named_parties;
mod places;
mod references;
mod split;
mod status;
#[cfg(test)]
mod tests;

use crate::classify::Scores;
use crate::knowledge::{Entities, EntityIdx, EntityKind, EventType, Knowledge, Language, Status};
use crate::recognise::{Recognised, SentenceAnalysis};
use crate::segment::Span;
use crate::temporal::PartialDate;
use discourse::Discourse;

/// Triggers of one type closer than this (bytes) state one event.
const SAME_EVENT_GAP: usize = 60;

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
    /// The entity that attribution names as the source, when the gazetteer knows it.
    pub source: Option<EntityIdx>,
}

/// One event an article states: its type, parties, place, date and status,
/// and every sentence that states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Index into [`Knowledge::event_types`].
    pub event_type: usize,
    /// The parties, of the entity kinds the event type allows.
    pub actors: Vec<EntityIdx>,
    /// Where it takes place: stated in the text, or borrowed from a related
    /// event (the type's `place_from`).
    pub place: Option<EntityIdx>,
    /// Whether the text says the place is where (a locative word before it:
    /// "from Wonsan", "di Laut Jawa"), not only names it near the trigger.
    pub place_said: bool,
    /// When, resolved to the precision the text gives.
    pub date: Option<PartialDate>,
    /// Whether it happened or is expected.
    pub status: Status,
    /// Whether the wording (a cue, a tense) or a resolved date states the status;
    /// a bare noun ("the trip") only defaults to occurred, and yields in a merge.
    pub status_stated: bool,
    /// Every statement of the event in the article; never empty.
    pub evidence: Vec<Evidence>,
    /// The wording tells another occasion than the one the article reports
    /// ("the next meeting", "the previous edition", "uji coba sebelumnya"):
    /// it merges only with a mention of its own date, or one so marked.
    pub other_occasion: bool,
    /// The weapon systems its statements name (rows of
    /// `lists/weapon-makers.tsv`), for a type with `distinct_systems`.
    pub systems: Vec<usize>,
    /// The named exercise its statements name (`lists/standing-parties.tsv`),
    /// for a type with `standing_parties`: "Vostok-2018" and "Vostok-2022",
    /// or "Han Kuang" and "Joint Sword", are not one drill.
    pub exercise: Option<makers::Exercise>,
    /// The organisations its statement names as every party, none of them a
    /// state or a person (`makers::firms_named`): a deal between firms.
    /// Sorted, empty for none (a boxed slice: no allocation when empty).
    pub firms: Box<[EntityIdx]>,
    /// The wording tells it apart from the events told before ("Poland held
    /// its own exercise"): it joins none of them, though later mentions may
    /// join it.
    pub separate: bool,
}

impl Event {
    /// For a type whose place is a destination (a visit), the country it goes
    /// to: part of the event's identity, as a trip to Lima and one to London on
    /// the same day are two visits, while "Vladivostok" and "Russia" are one.
    pub fn destination_country(
        &self,
        knowledge: &Knowledge,
        entities: Entities,
    ) -> Option<EntityIdx> {
        if !knowledge.event_types[self.event_type].place_after_trigger {
            return None;
        }
        let place = self.place?;
        entities.country_of(place).or(Some(place))
    }

    /// What, with the date, makes the event's IRI (see `describe::event_iri`):
    /// type, actors in order, status and destination country.
    fn identity(&self, knowledge: &Knowledge, entities: Entities) -> EventIdentity {
        let mut actors = self.actors.clone();
        actors.sort_unstable();
        (
            self.event_type,
            actors,
            self.status,
            self.destination_country(knowledge, entities),
        )
    }
}

/// [`Event::identity`]: type, sorted actors, status, destination country.
type EventIdentity = (usize, Vec<EntityIdx>, Status, Option<EntityIdx>);

/// The events of one article, with the analysis they were found in.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// What recognition found, the document with it.
    pub recognised: Recognised,
    /// The events, mentions of one event merged into one.
    pub events: Vec<Event>,
}

/// Turns each sentence's triggers into events, fills a missing place from a
/// related event, drops events that need a place and have none, and merges
/// the mentions of one event.
pub fn extract(recognised: Recognised, knowledge: &Knowledge) -> Extraction {
    let language = &knowledge.languages[recognised.document.language];
    let mut events: Vec<Event> = Vec::new();
    let mut discourse = Discourse::default();
    let entities = recognised.entities(knowledge);
    let classifier = &knowledge.classifier;
    let mut scored: Vec<(Span, Scores)> = Vec::new();
    for sentence in &recognised.sentences {
        let text = &recognised.document.article.text;
        discourse.before_sentence(
            &text[sentence.span.start..sentence.span.end],
            sentence.span.start,
        );
        let people = discourse.people_before(sentence, &events, entities);
        let scores = learned::worth_scoring(classifier, sentence)
            .then(|| classifier.score(&recognised.document.article.text, sentence, entities))
            .flatten();
        let scene = Scene {
            recognised: &recognised,
            sentence,
            knowledge,
            entities,
            language,
            discourse: &discourse,
            people: &people,
            scores: scores.as_ref(),
        };
        sentence_events(&scene, &mut events);
        learned::fallback_events(&scene, &mut events);
        discourse.after_sentence(sentence, &events, entities);
        discourse.note_trip(&events, knowledge, entities);
        if discourse.interviewee.is_none() {
            let text = &recognised.document.article.text;
            discourse.interviewee = interviews::interviewee_in(text, sentence, language, entities);
        }
        scored.extend(scores.map(|s| (sentence.span, s)));
    }
    learned::drop_unlikely(&mut events, &scored, knowledge);
    places::borrow_places(&mut events, knowledge, entities);
    let text = &recognised.document.article.text;
    let sidelines = &language.state_phrases.sidelines;
    places::sideline_places(&mut events, text, sidelines, knowledge);
    let dateline = recognised.document.dateline_entity;
    places::dateline_city(&mut events, dateline, knowledge, entities);
    events.retain(|e| e.place.is_some() || !knowledge.event_types[e.event_type].place_required);
    status::status_from_related(&mut events, knowledge, entities);
    let mut events = merge::merge_same_key(events, knowledge, entities, true);
    dates::date_from_publication(&mut events, recognised.reference_date, knowledge, entities);
    Extraction { recognised, events }
}

/// The parties as the graph reports them: to the events of a `home_states`
/// type (events.tsv) it adds the state each person among their actors serves
/// (a minister travels for their state), and to those of a `host_state` type
/// the state their place lies in (the host of a visit). A step after
/// [`extract`], whose actors stay the people the text names, so no two
/// events join by it.
pub fn add_home_and_host_states(extraction: &mut Extraction, knowledge: &Knowledge) {
    let entities = extraction.recognised.entities(knowledge);
    actors::add_home_and_host_states(&mut extraction.events, knowledge, entities);
}

/// The people and organisations each event's statements name for its
/// states, reported beside them in the events of a `named_parties` type
/// (events.tsv): who signs a deal, the maker it is with; and the people who
/// travel with the one person of a trip (references.tsv `companion`). A step after
/// [`extract`], like [`add_home_and_host_states`], so no two events join by it.
pub fn add_named_parties(extraction: &mut Extraction, knowledge: &Knowledge) {
    let entities = extraction.recognised.entities(knowledge);
    let recognised = &extraction.recognised;
    named_parties::add_named_parties(&mut extraction.events, recognised, knowledge, entities);
    named_parties::add_companions(&mut extraction.events, recognised, knowledge, entities);
    // Two deals of one day whose makers go unnamed still get one IRI: one event.
    let events = std::mem::take(&mut extraction.events);
    extraction.events = merge::merge_same_key(events, knowledge, entities, false);
}

/// One sentence in its article, with what the text told before it: what
/// every step of the extraction reads.
struct Scene<'a> {
    recognised: &'a Recognised,
    sentence: &'a SentenceAnalysis,
    knowledge: &'a Knowledge,
    /// The gazetteer's entities and the article's own.
    entities: Entities<'a>,
    language: &'a Language,
    discourse: &'a Discourse,
    /// The people in focus, the last named last (for "the two leaders", the
    /// people of the last event between people last).
    people: &'a [EntityIdx],
    /// What the sentence classifier makes of the sentence, when it is used.
    scores: Option<&'a Scores>,
}

impl<'a> Scene<'a> {
    /// The whole article text (spans are bytes into it).
    fn text(&self) -> &'a str {
        &self.recognised.document.article.text
    }

    /// The same scene with another view of its sentence (an inserted
    /// clause's, or the sentence without it).
    fn with_sentence<'b>(&'b self, sentence: &'b SentenceAnalysis) -> Scene<'b> {
        Scene { sentence, ..*self }
    }
}

/// One trigger of a sentence and the event type it states.
struct TriggerAt<'a> {
    span: Span,
    rule: &'a str,
    /// The trigger is a noun whose subject follows it ("kunjungan Menteri Shoigu").
    subject_after: bool,
    /// A passive verb: the agent follows it, the destination precedes it.
    passive: bool,
    /// A gathering named for an organisation that takes part ("KTT ASEAN").
    organisation: bool,
    /// A port call: its actor is a warship or navy, reported as its state.
    vessel: bool,
    /// A definite noun naming an event told before: it only adds to it.
    follow_up: bool,
    /// A noun naming a repeat ("another launch"): it only continues an event.
    repeat: bool,
    /// A repeat recalling an earlier occasion ("the last edition").
    recall: bool,
    /// A signing: a meeting only when a person takes part (`reads` = `people`).
    people: bool,
    /// The article has stated an event of this type before: a statement
    /// naming no actor continues it rather than taking a weapon's maker.
    told_before: bool,
    /// Index into [`Knowledge::event_types`].
    type_index: usize,
    event_type: &'a EventType,
    /// The comma closing the fronted clause the trigger stands in
    /// (`actors::fronted_clause_end`).
    front_end: Option<usize>,
    /// The objects of the fronted clause before the trigger, which it does
    /// not stand in (`actors::fronted_objects`): the trigger is past it.
    fronted: Option<(usize, usize)>,
}

/// What a trigger yields: a complete event, or a statement with too few
/// actors ("in this meeting Russia supported …", "two missiles flew 1,500 km"),
/// which can only add to an event already found.
/// A list of who takes part ("the air forces involved are from …") only adds
/// its actors to the event told before.
enum Found {
    Event(Event),
    Continuation(Event),
    /// A continuation that refers to the event as known ("mengikuti latihan
    /// Komodo"): with nothing to continue, it may introduce the event.
    Reference(Event),
    /// A list of who takes part ("the air forces involved are from …").
    Participants(Event),
    /// A definite noun naming an event told before ("The launch took place
    /// on Tuesday"): its date and place refine that event.
    FollowUp(Event),
    /// A repeat of an event told before ("another launch on Friday"): it
    /// continues that event, on another day as another event of its actors.
    Repeat(Event),
}

impl Found {
    fn event(&self) -> &Event {
        let (Found::Event(e)
        | Found::Continuation(e)
        | Found::Reference(e)
        | Found::Participants(e)
        | Found::FollowUp(e)
        | Found::Repeat(e)) = self;
        e
    }
}

/// The events of one sentence's triggers, merged into `events`.
fn sentence_events(scene: &Scene, events: &mut Vec<Event>) {
    // One event per trigger, but triggers of one type close together
    // ("held talks … a meeting") state one event.
    let mut done: Vec<(usize, usize)> = Vec::new();
    // Actors of the events this sentence already stated, per type: a second
    // trigger naming the same actors restates one of them.
    let mut stated: Vec<Stated> = Vec::new();
    // Continuations with nothing to continue, and the types of the events
    // this sentence recorded, each with the bytes of its trigger's clause.
    let mut orphans: Vec<(Event, Clause)> = Vec::new();
    let mut recorded: Vec<(usize, Clause)> = Vec::new();
    let mut met = Vec::new();
    for hit in &scene.sentence.triggers {
        let trigger = &scene.language.triggers[hit.trigger];
        if trigger.follow_up && states_its_type(scene, trigger.event_type) {
            continue;
        }
        let at = trigger_at(scene, hit, events);
        // Travel triggers close together may name two legs of a trip ("tiba di
        // Jakarta … singgah di Kuala Lumpur"): only a restatement is dropped below.
        // A trigger past a fronted clause ("After meeting Xi, Prabowo held
        // talks with Li") states the main clause's event, however near.
        if !at.event_type.place_after_trigger
            && at.fronted.is_none()
            && done.iter().any(|(t, end)| {
                *t == at.type_index
                    && at.span.start < end + SAME_EVENT_GAP
                    && !clauses::clause_after(scene, &at, *end)
            })
        {
            continue;
        }
        // ", its first ICBM test in three months" restates the sentence's event.
        if done.iter().any(|(t, _)| *t == at.type_index)
            && references::is_appositive(scene, at.span)
        {
            continue;
        }
        let Some((mut found, legs, clause)) = event_in_sentence(scene, &at) else {
            continue;
        };
        dates::date_from_time_anaphor(scene, &mut found);
        split::without_earlier_counterparts(scene, &at, &mut found, &mut met);
        // A statement that only refers back ("di sela KTT ASEAN") leaves a
        // trigger close after it free to state an event of its own.
        if matches!(found, Found::Event(_)) {
            done.push((at.type_index, at.span.end));
        }
        let mut actors = found.event().actors.clone();
        actors.sort_unstable();
        let place = found.event().place;
        if restates(scene, &at, &stated, &actors, place) {
            continue;
        }
        // The legs told, which a later travel verb may only restate.
        let told_legs = legs
            .iter()
            .map(|leg| (at.type_index, actors.clone(), Some(leg.place), true));
        stated.extend(told_legs);
        // A repeat tells an earlier occasion: a trigger after it ("last year's
        // drills came after China's war games") restates nothing of it.
        if !matches!(found, Found::Repeat(_)) {
            stated.push((at.type_index, actors, place, false));
        }
        let clause = clause.unwrap_or_else(|| clauses::bounds(scene, &at));
        if matches!(found, Found::Event(_)) {
            recorded.push((at.type_index, clause));
        }
        let apart = split::one_per_counterpart(scene, found, &at);
        for found in apart
            .into_iter()
            .flat_map(|f| actors::one_per_host(scene, f, &at))
        {
            orphans.extend(record(scene, events, found, legs.clone()).map(|o| (o, clause)));
        }
    }
    introduce_orphans(scene, events, orphans, &recorded);
}

/// One trigger found in the sentence, with what its rule says of it.
fn trigger_at<'a>(
    scene: &Scene<'a>,
    hit: &crate::recognise::TriggerHit,
    events: &[Event],
) -> TriggerAt<'a> {
    let trigger = &scene.language.triggers[hit.trigger];
    TriggerAt {
        span: hit.span,
        rule: &trigger.rule,
        subject_after: trigger.subject_after,
        passive: trigger.passive,
        organisation: trigger.organisation,
        vessel: trigger.vessel,
        follow_up: trigger.follow_up,
        repeat: trigger.repeat,
        recall: trigger.recall,
        people: trigger.people,
        told_before: events.iter().any(|e| e.event_type == trigger.event_type),
        type_index: trigger.event_type,
        event_type: &scene.knowledge.event_types[trigger.event_type],
        front_end: actors::fronted_clause_end(scene, hit.span),
        fronted: actors::fronted_objects(scene, hit.span),
    }
}

/// The bytes of a trigger's clause (`clauses::bounds`).
type Clause = (usize, usize);

/// What a sentence stated of one event: type, sorted actors, place, and
/// whether it is a further leg of a trip the sentence told.
type Stated = (usize, Vec<EntityIdx>, Option<EntityIdx>, bool);

/// Whether the trigger's event restates one the sentence stated: same type
/// and actors, and its place unknown on either side or the same. A further
/// leg told before (or a place in it) is restated only by a travel verb with
/// no status cue of its own: "is due to fly to Tokyo on Monday before
/// travelling on to South Korea" is one planned trip, not a past visit.
fn restates(
    scene: &Scene,
    at: &TriggerAt,
    stated: &[Stated],
    actors: &[EntityIdx],
    place: Option<EntityIdx>,
) -> bool {
    let cue_free = || {
        status::cue_status(scene.sentence, at.span, scene.language, scene.text())
            .is_some_and(|cue| !cue.stated)
    };
    stated.iter().any(|(t, a, p, leg)| {
        let same = *t == at.type_index && a == actors;
        match (p, place) {
            (Some(leg_place), Some(place)) if *leg => {
                same && places_agree(scene.entities, *leg_place, place) && cue_free()
            }
            _ if *leg => false,
            _ => same && (p.is_none() || place.is_none() || *p == place),
        }
    })
}

/// Whether a trigger other than a follow-up noun states an event of this
/// type in the sentence: then that trigger reads the sentence, and a definite
/// noun beside it ("the talks with X") adds nothing of its own.
fn states_its_type(scene: &Scene, event_type: usize) -> bool {
    scene.sentence.triggers.iter().any(|hit| {
        let trigger = &scene.language.triggers[hit.trigger];
        !trigger.follow_up && trigger.event_type == event_type
    })
}

/// "Dalam mengikuti latihan Komodo di Bali, TNI AL …": a reference to an
/// event the article has not stated yet introduces it, when it names enough
/// actors to stand alone and the sentence states no event of its type in
/// the same clause ("Di KTT ASEAN, X akan bertemu Y" only sets the scene of
/// X's meeting; "A took part in Exercise Pitch Black, while B and C are
/// preparing drills" tells two drills).
fn introduce_orphans(
    scene: &Scene,
    events: &mut Vec<Event>,
    orphans: Vec<(Event, Clause)>,
    recorded: &[(usize, Clause)],
) {
    let (published, knowledge) = (scene.recognised.published, scene.knowledge);
    for (part, (from, to)) in orphans {
        let event_type = &knowledge.event_types[part.event_type];
        let scene_set = recorded
            .iter()
            .any(|(t, (a, b))| *t == part.event_type && *a < to && from < *b);
        let needed = if summit_with_place(scene, &part) {
            1
        } else {
            event_type.min_actors.max(1)
        };
        if part.actors.len() >= needed && !scene_set {
            merge::merge_into(events, part, published, knowledge, scene.entities);
        }
    }
}

/// Whether `part` is a gathering named for an organisation that names its
/// place ("bergabung dalam KTT ASEAN di Kuala Lumpur"): with its place, the
/// organisation alone states it, as for an event of its own.
fn summit_with_place(scene: &Scene, part: &Event) -> bool {
    let Some(mention) = part.evidence.first() else {
        return false;
    };
    let named_for_one = scene.sentence.triggers.iter().any(|hit| {
        hit.span == mention.trigger && scene.language.triggers[hit.trigger].organisation
    });
    let organisation = |a: &EntityIdx| scene.entities[*a].kind == EntityKind::Organisation;
    named_for_one && part.place.is_some() && part.actors.iter().any(organisation)
}

/// Adds what a trigger yielded to the article's events: an event (and a visit
/// per further leg of its trip), or a continuation of an event already found;
/// gives back a continuation that found no event to continue.
fn record(
    scene: &Scene,
    events: &mut Vec<Event>,
    found: Found,
    legs: Vec<places::Leg>,
) -> Option<Event> {
    let (published, knowledge) = (scene.recognised.published, scene.knowledge);
    let entities = scene.entities;
    match found {
        Found::Event(event) => {
            // "to Lima, before travelling to Rio and then to London": a visit per leg.
            let trips = visits_to(&event, legs);
            merge::merge_into(events, event, published, knowledge, entities);
            for trip in trips {
                merge::merge_into(events, trip, published, knowledge, entities);
            }
        }
        Found::Continuation(part) => continue_trip(scene, events, part, legs),
        Found::Reference(part) => {
            let part =
                merge::continue_event(events, part, false, published, knowledge, entities).err()?;
            return merge::join_reference(events, *part, knowledge)
                .err()
                .map(|part| *part);
        }
        Found::Participants(part) => merge::join_event(events, part, published, knowledge),
        Found::FollowUp(part) => merge::follow_up(events, part, knowledge, entities),
        Found::Repeat(part) => repeat(events, part, published, knowledge, entities),
    }
    None
}

/// The trip `event` once more for each further leg: the same traveller, at
/// each place of `legs`, on the leg's own date when the text gives one.
fn visits_to(event: &Event, legs: Vec<places::Leg>) -> Vec<Event> {
    let ahead = event.status == Status::Expected;
    legs.into_iter()
        .map(|leg| Event {
            place: Some(leg.place),
            date: leg.date.and_then(|d| d.read(ahead)).or(event.date),
            ..event.clone()
        })
        .collect()
}

/// Adds a statement that continues an event; for a trip, each destination it
/// marks in another country ("followed visits to Tonga and Hawaii") is a
/// further leg: a visit of the traveller whose trip it continues.
fn continue_trip(scene: &Scene, events: &mut Vec<Event>, part: Event, legs: Vec<places::Leg>) {
    let (published, knowledge) = (scene.recognised.published, scene.knowledge);
    let entities = scene.entities;
    let trips = visits_to(&part, legs);
    let refers_back = references::is_anaphoric(scene, part.evidence[0].trigger);
    // A roundup item continues no event of the items before its heading.
    let since = scene.discourse.item_start;
    let in_item = |e: &Event| {
        e.event_type == part.event_type && e.evidence.iter().any(|v| v.span.start >= since)
    };
    if since > 0 && !events.iter().any(in_item) {
        return;
    }
    let trip_of =
        match merge::continue_event(events, part, refers_back, published, knowledge, entities) {
            Ok(trip_of) => trip_of,
            Err(part) => {
                // New parties of a gathering told before ("Latihan itu diikuti
                // kapal dari Jepang") join it, when dates and status agree.
                if !part.actors.is_empty() {
                    let _ = merge::join_reference(events, *part, knowledge);
                }
                return;
            }
        };
    if !tells_trip(scene, &trip_of) {
        return;
    }
    // A leg goes to another country than the trip it continues, not home.
    let country = |p: EntityIdx| entities.country_of(p).unwrap_or(p);
    let elsewhere = |trip: &Event| {
        let Some(leg) = trip.place else {
            return false;
        };
        let home = trip_of.actors.iter().any(|a| at_home(entities, *a, leg));
        trip_of
            .place
            .is_none_or(|first| country(leg) != country(first))
            && !home
    };
    for trip in trips.into_iter().filter(elsewhere) {
        let trip = Event {
            actors: trip_of.actors.clone(),
            ..trip
        };
        merge::merge_into(events, trip, published, knowledge, entities);
    }
}

/// Whether the sentence is about `trip`: it names the trip's place too ("the
/// Fiji stop") or follows a sentence that told it ("Setelah itu, rombongan
/// akan bertolak ke Maputo"). An unnamed "delegation" elsewhere may be anyone's.
fn tells_trip(scene: &Scene, trip: &Event) -> bool {
    let entities = scene.entities;
    let names_it = trip.place.is_some_and(|place| {
        let named = &scene.sentence.entities;
        named
            .iter()
            .any(|m| places_agree(entities, m.entity, place))
    });
    let start = scene.sentence.span.start;
    let previous = scene
        .recognised
        .sentences
        .iter()
        .rev()
        .find(|s| s.span.end <= start);
    names_it || previous.is_some_and(|p| trip.evidence.iter().any(|e| e.span == p.span))
}

/// The actors a trigger's own clause names, and those it refers to (a
/// pronoun, the holder of "talks with X", "the two leaders", "both countries").
fn named_and_referred(
    scene: &Scene,
    at: &TriggerAt,
    parties: &[&crate::recognise::EntityMention],
    speakers: &[EntityIdx],
) -> Vec<EntityIdx> {
    // "A tiba di X, sementara B tiba di Y": each clause its own actors.
    let acting = clauses::own_clause(scene, at, parties);
    // "INS Sahyadri berlabuh di Ambon": the ship's state, and no one else.
    if at.vessel {
        return actors::vessel_actor(scene, at, &acting)
            .into_iter()
            .collect();
    }
    let mut actors = actors::choose_actors(scene, at, &acting);
    references::pronoun_actor(scene, at, &acting, &mut actors);
    interviews::first_person_actor(scene, at, &acting, &mut actors);
    references::trip_part_actors(scene, at, &mut actors);
    references::implicit_subject_actor(scene, at, &acting, &mut actors);
    references::counterpart_host(scene, at, &acting, &mut actors);
    references::pair_actors(scene, at, speakers, &mut actors);
    references::state_pair_actors(scene, at, &mut actors);
    makers::with_maker(scene, at, &mut actors);
    makers::with_standing_parties(scene, at, &mut actors);
    actors
}

/// A person takes part: one named, or a state named for its official
/// ("Menteri Luar Negeri Jerman", `office`).
fn has_person(
    scene: &Scene,
    parties: &[&crate::recognise::EntityMention],
    actors: &[EntityIdx],
) -> bool {
    actors
        .iter()
        .any(|a| scene.entities[*a].kind == EntityKind::Person)
        || parties
            .iter()
            .any(|m| m.office && actors.contains(&m.entity))
}

/// How many actors the trigger's event needs to stand alone. Alone, the
/// organisation of a gathering needs a place to state one of its own; so does
/// the organisation with one state ("Brasil memegang keketuaan G20 dan KTT
/// G20 masih jauh" tells no summit), not with a person or more states.
fn needed_actors(
    scene: &Scene,
    at: &TriggerAt,
    (gathering, organisation): (bool, Option<EntityIdx>),
    actors: &[EntityIdx],
    place: Option<EntityIdx>,
) -> usize {
    let state = |a: &EntityIdx| scene.entities[*a].kind == EntityKind::State;
    let with_state = organisation.is_some() && actors.len() == 2 && actors.iter().any(state);
    match (gathering, place.is_some()) {
        (true, true) => 1,
        (true, false) if with_state => usize::MAX,
        (true, false) if actors.len() > 1 => 1,
        _ => at.event_type.min_actors.max(1),
    }
}

/// The event one trigger states, step by step; with the further legs of a
/// trip, and the trigger's clause (`clauses::bounds`) when no inserted
/// clause narrowed the sentence (else the caller reads it from the whole).
fn event_in_sentence(scene: &Scene, at: &TriggerAt) -> Option<ReadAtTrigger> {
    // ", who visited Beijing last month,": each clause reads its own names and dates.
    let view = inserted::view(scene, at);
    let scene = &scene.with_sentence(view.as_ref().unwrap_or(scene.sentence));
    let (speakers, all_parties) = actors::parties(scene, at);
    let parties = critics::without_onlookers(scene, at, all_parties.clone());
    let cue = status::cue_status(scene.sentence, at.span, scene.language, scene.text())?;
    if actors::aimed_at_another(scene, at, &parties) {
        return None;
    }
    let mut actors = named_and_referred(scene, at, &parties, &speakers);
    // "Solomon Islands signed a pact with China": signers meet no one; a port call needs a warship's state.
    if (at.people && !has_person(scene, &parties, &actors)) || (at.vessel && actors.is_empty()) {
        return None;
    }
    // "KTT ASEAN": the organisation takes part, and stands for its members.
    let organisation = actors::organisation(scene, at);
    if let Some(organisation) = organisation.filter(|o| !actors.contains(o)) {
        actors.insert(0, organisation);
    }
    // "met leaders of the GCC": an organisation named for its members takes part.
    let groups = actors::group_parties(scene, at, &parties);
    for group in &groups {
        if !actors.contains(group) {
            actors.push(*group);
        }
    }
    if at.event_type.max_actors > 0 {
        actors.truncate(at.event_type.max_actors);
    }
    let place = places::event_place(scene, at, &parties, &actors);
    let place_said = place.is_some_and(|p| parties.iter().any(|m| m.entity == p && m.locative));
    let gathering = organisation.is_some() || !groups.is_empty();
    let needed = needed_actors(scene, at, (gathering, organisation), &actors, place);
    let incomplete = actors.len() < needed;
    // Passive, nothing visited before it ("Daftar negara yang dikunjungi X"): a list of trips.
    if at.passive && at.event_type.place_after_trigger && place.is_none() {
        return None;
    }
    let legs = match place {
        Some(first) if at.event_type.place_after_trigger => {
            places::further_legs(scene, at, &parties, first, &actors)
        }
        _ => Vec::new(),
    };
    let date = dates::event_date(scene, at, &actors, cue.status);
    // A governing cue ("postponed", "denied") outranks the date it names.
    let (status, status_stated) = if cue.governs {
        (cue.status, true)
    } else {
        status::status_from_date(
            date,
            scene.recognised.reference_date,
            (cue.status, cue.stated),
        )
    };
    let event = Event {
        event_type: at.type_index,
        firms: makers::firms_named(scene, at, &actors),
        actors,
        place,
        place_said,
        date,
        status,
        status_stated,
        evidence: vec![evidence(scene, at)],
        // A dated recall ("first tested in January 2017") is another occasion.
        other_occasion: at.recall && date.is_some()
            || references::is_other_occasion(scene, at.span),
        systems: makers::systems_named(scene, at),
        exercise: makers::exercise_named(scene, at),
        separate: references::is_own_event(scene, at.span),
    };
    // The same parties `clauses::bounds` would read again.
    let clause = view
        .is_none()
        .then(|| clauses::clause_of(scene, at, &all_parties));
    let (found, legs) = found_as(scene, at, event, incomplete, legs);
    Some((found, legs, clause))
}

/// What [`event_in_sentence`] read at a trigger.
type ReadAtTrigger = (Found, Vec<places::Leg>, Option<Clause>);

/// What kind of statement an event read at a trigger is: an event of its
/// own, or one that adds to an event told before.
fn found_as(
    scene: &Scene,
    at: &TriggerAt,
    event: Event,
    incomplete: bool,
    legs: Vec<places::Leg>,
) -> (Found, Vec<places::Leg>) {
    // "The second phase of the drills": a follow-up noun told as another
    // occasion continues the event as one of its own.
    if at.follow_up && !event.other_occasion {
        (Found::FollowUp(event), Vec::new())
    } else if at.repeat {
        (Found::Repeat(event), Vec::new())
    } else if references::is_participant_list(scene, at.span) {
        (Found::Participants(event), Vec::new())
    } else if !incomplete && references::anaphor_before(scene, at.span) {
        (Found::Reference(event), Vec::new())
    } else if incomplete || references::is_anaphoric(scene, at.span) {
        let legs = places::continued_legs(scene, at, event.place, legs);
        (Found::Continuation(event), legs)
    } else {
        (Found::Event(event), legs)
    }
}

/// "Another launch on Friday": a repeat of the latest event of its type is
/// that event's actors' doing, even where its sentence names only one of
/// them as a speaker ("…, an Azerbaijani official said"). With no event to
/// repeat, or with actors of its own that the event lacks ("Japan said
/// another launch would …"), it states nothing.
fn repeat(
    events: &mut Vec<Event>,
    mut part: Event,
    published: Option<PartialDate>,
    knowledge: &Knowledge,
    entities: Entities,
) {
    let Some(latest) = events.iter().rfind(|e| e.event_type == part.event_type) else {
        return;
    };
    if part.actors.iter().any(|a| !latest.actors.contains(a)) {
        return;
    }
    // "A second launch is planned later this week" after a launch held: a
    // repeat whose stated status differs is another event even undated, as
    // the one told cannot be both held and to come.
    if part.status_stated && latest.status_stated && part.status != latest.status {
        let another = Event {
            actors: latest.actors.clone(),
            ..part
        };
        // Not merged: an undated plan would join the held event of its month.
        events.push(another);
        return;
    }
    part.actors.clear();
    let _ = merge::continue_event(events, part, false, published, knowledge, entities);
}

/// The statement of one trigger: its sentence, rule and attribution.
fn evidence(scene: &Scene, at: &TriggerAt) -> Evidence {
    let attribution = scene.sentence.attributions.first();
    Evidence {
        span: scene.sentence.span,
        trigger: at.span,
        rule: at.rule.to_string(),
        attribution: attribution.map(|a| a.span),
        source: attribution.and_then(|a| a.source),
    }
}

/// Whether two places are one, or one lies in the other (Vladivostok in Russia).
fn places_agree(entities: Entities, a: EntityIdx, b: EntityIdx) -> bool {
    a == b || entities[a].country == Some(b) || entities[b].country == Some(a)
}

/// Whether `place` is the actor's own country or lies in it.
fn at_home(entities: Entities, actor: EntityIdx, place: EntityIdx) -> bool {
    let country = entities[actor].country;
    country.is_some() && (Some(place) == country || entities[place].country == country)
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
