//! What the sentences before the current one told: the people in focus, who
//! is named most, the last subject and the last date stated outright. Read by
//! the steps that resolve references; updated after each sentence.

use super::Event;
use crate::knowledge::{Entities, EntityIdx, EntityKind, Knowledge, NameForm};
use crate::recognise::{EntityMention, SentenceAnalysis};
use crate::temporal::{DateExpression, PartialDate};
use std::borrow::Cow;
use std::collections::HashMap;

/// The state carried from sentence to sentence of one article.
#[derive(Debug, Default)]
pub(super) struct Discourse {
    /// People named so far, the last named last.
    recent_people: Vec<EntityIdx>,
    /// How often each person has been named so far.
    person_mentions: HashMap<EntityIdx, usize>,
    /// The first person named in the last sentence that named one.
    previous_subject: Option<EntityIdx>,
    /// The last time the text stated outright or as a month pointed to from
    /// the report ("Februari lalu"), not "at the time" itself.
    pub(super) last_date: Option<PartialDate>,
    /// The last time the text stated outright or by a weekday ("on
    /// Tuesday"): what "a day later" counts from. A weekday often dates a
    /// statement, so "at the time" keeps to `last_date`.
    pub(super) last_day: Option<PartialDate>,
    /// The states the sentence before named, in text order ("kedua negara"
    /// are its last two).
    pub(super) previous_states: Vec<EntityIdx>,
    /// The person the article interviews, once introduced ("We spoke to X").
    pub(super) interviewee: Option<EntityIdx>,
    /// Where the roundup item under way began (bytes into the text; 0 before
    /// any heading): an unnamed mention continues no event told before it.
    pub(super) item_start: usize,
    /// Whether `previous_subject` is the only person of an event its sentence told.
    previous_subject_acted: bool,
    /// The travellers of the trip told last and the country it went to: the
    /// host of "talks with his hosts" a later sentence tells without a place.
    last_trip: Option<(Vec<EntityIdx>, EntityIdx)>,
}

impl Discourse {
    /// The people in focus for `sentence`, the last in focus last. "The two
    /// leaders" are the people of the last event between people, more than
    /// whoever was named last (a spokesman who spoke of them).
    pub(super) fn people_before(
        &self,
        sentence: &SentenceAnalysis,
        events: &[Event],
        entities: Entities,
    ) -> Cow<'_, [EntityIdx]> {
        if sentence.pair_reference.is_none() {
            return self.recent_people.as_slice().into();
        }
        let is_person = |a: &EntityIdx| entities[*a].kind == EntityKind::Person;
        let last_pair = events
            .iter()
            .filter(|e| e.actors.len() >= 2 && e.actors.iter().all(is_person))
            .max_by_key(|e| e.evidence.iter().map(|v| v.span.start).max());
        let mut people = self.recent_people.clone();
        if let Some(pair) = last_pair {
            people.retain(|p| !pair.actors.contains(p));
            people.extend(pair.actors.iter().copied());
        }
        people.into()
    }

    /// Whom a pronoun stands for, among `people` and not already in `actors`:
    /// the subject of the sentence before, if a main person of the article or
    /// a party of an event that sentence told ("a visit to China by X. There,
    /// he is expected to meet …", after generals named more often); else the
    /// article's protagonist, the person named most so far.
    pub(super) fn pronoun_referent(
        &self,
        people: &[EntityIdx],
        actors: &[EntityIdx],
    ) -> Option<EntityIdx> {
        let mut ranked: Vec<(usize, EntityIdx)> =
            self.person_mentions.iter().map(|(p, n)| (*n, *p)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        let main_people: Vec<EntityIdx> = ranked.iter().take(2).map(|(_, p)| *p).collect();
        let previous_subject = self.previous_subject.filter(|p| {
            (main_people.contains(p) || self.previous_subject_acted) && !actors.contains(p)
        });
        let protagonist = people
            .iter()
            .enumerate()
            .filter(|(_, p)| !actors.contains(p))
            .max_by_key(|(order, p)| (self.person_mentions.get(*p).copied().unwrap_or(0), *order))
            .map(|(_, p)| *p);
        previous_subject.or(protagonist)
    }

    /// The country hosting `traveller` on the trip told last, if theirs.
    pub(super) fn trip_host(&self, traveller: EntityIdx) -> Option<EntityIdx> {
        let (travellers, country) = self.last_trip.as_ref()?;
        travellers.contains(&traveller).then_some(*country)
    }

    /// Takes in the trip (an event of a type whose place is a destination)
    /// told last so far, by where its latest statement stands.
    pub(super) fn note_trip(
        &mut self,
        events: &[Event],
        knowledge: &Knowledge,
        entities: Entities,
    ) {
        let trip = events
            .iter()
            .filter_map(|e| {
                let latest = e.evidence.iter().map(|v| v.span.start).max();
                Some((latest, e, e.destination_country(knowledge, entities)?))
            })
            .max_by_key(|(latest, _, _)| *latest);
        if let Some((_, trip, country)) = trip {
            self.last_trip = Some((trip.actors.clone(), country));
        }
    }

    /// A heading in capitals ("THAI SUBMARINE TALKS") opens a new item of a
    /// roundup: the people of the items before are out of focus, so a
    /// pronoun of the new item is not theirs, and its unnamed mentions
    /// ("a delegation is expected to travel to China") continue none of
    /// their events.
    pub(super) fn before_sentence(&mut self, text: &str, start: usize) {
        let words = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic));
        let heading = words.clone().count() >= 2
            && words.clone().all(|w| !w.chars().any(char::is_lowercase))
            && !text.trim_end().ends_with(['.', '!', '?', ':']);
        if heading {
            self.item_start = start;
            self.recent_people.clear();
            self.person_mentions.clear();
            self.previous_subject = None;
            self.previous_subject_acted = false;
            self.previous_states.clear();
            self.last_trip = None;
        }
    }

    /// Takes in what `sentence` told: its last explicit date, its first
    /// person as the subject (and whether an event of `events` told there has
    /// it for a party), and every person it names.
    pub(super) fn after_sentence(
        &mut self,
        sentence: &SentenceAnalysis,
        events: &[Event],
        entities: Entities,
    ) {
        // The last date of the sentence whose expression passes `told`.
        let last_told = |told: fn(&DateExpression) -> bool| {
            sentence
                .dates
                .iter()
                .rev()
                .find_map(|d| d.readings.back.filter(|_| told(&d.expression)))
        };
        self.last_date = last_told(DateExpression::names_time).or(self.last_date);
        self.last_day = last_told(DateExpression::is_told_day).or(self.last_day);
        let is_person = |m: &&EntityMention| {
            entities[m.entity].kind == EntityKind::Person && m.form != NameForm::Demonym
        };
        if let Some(first) = sentence.entities.iter().find(is_person) {
            self.previous_subject = Some(first.entity);
            // The only person of an event there acted in it; one of two
            // may be the guest of a host named by role ("Kepala Negara").
            let person = |a: &&EntityIdx| entities[**a].kind == EntityKind::Person;
            self.previous_subject_acted = events.iter().any(|e| {
                e.actors.iter().filter(person).eq([&first.entity])
                    && e.evidence.iter().any(|v| v.span == sentence.span)
            });
        }
        let states = sentence.entities.iter().filter(|m| {
            entities[m.entity].kind == EntityKind::State && !m.modifier && !m.source_only
        });
        self.previous_states.clear();
        for mention in states {
            self.previous_states.retain(|s| *s != mention.entity);
            self.previous_states.push(mention.entity);
        }
        for mention in sentence.entities.iter().filter(is_person) {
            self.recent_people.retain(|p| *p != mention.entity);
            self.recent_people.push(mention.entity);
            *self.person_mentions.entry(mention.entity).or_default() += 1;
        }
    }
}
