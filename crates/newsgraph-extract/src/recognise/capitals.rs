//! Capital references: a state named with a `capital` phrase right after it
//! ("the Moroccan capital", "Argentina's capital") names the state's capital
//! city, so a visit there gets the city as its place. A demonym needs the
//! `capital_before` text before it ("the"), which keeps money senses
//! ("Chinese capital flowed in") out; the `capital` pattern also reads the
//! word after it (one that may follow a place, not a noun it would qualify)
//! and its first group is the phrase's end.

use super::{EntityMention, LastSeen};
use crate::knowledge::lexicon::StatePhrases;
use crate::knowledge::{EntityIdx, EntityKind, Gazetteer, Language, NameForm};
use crate::segment::Span;

/// Places named by a phrase around a state or referring back: "the Moroccan
/// capital" (a state before a `capital` phrase: its capital), "ibu kota Turki" (a
/// `capital_prefix` before a state), "the Saudi city" (`city_after` a state:
/// its city named last), "arrived in the capital" (`capital_alone`: the
/// capital of the state or city named last) and "di kota itu" (`city_alone`:
/// the city named last). A phrase with nothing to refer to names nothing.
pub(super) fn refer_back(
    sentence: &str,
    offset: usize,
    mentions: &mut Vec<EntityMention>,
    gazetteer: &Gazetteer,
    language: &Language,
    last_seen: &mut LastSeen,
) {
    let phrases = &language.state_phrases;
    for m in mentions.iter_mut() {
        if gazetteer.entities.get(m.entity).map(|e| e.kind) == Some(EntityKind::State) {
            state_phrase(sentence, offset, m, gazetteer, phrases, last_seen);
        }
    }
    // A state that qualifies the title of a name after it ("Presiden Chili
    // Gabriel Boric") tells whom, not where: it is no state in focus.
    let qualifiers: Vec<(EntityIdx, usize)> = mentions
        .iter()
        .filter(|m| qualifies_a_name(&sentence[m.span.end - offset..]))
        .map(|m| (m.entity, m.span.start + 1))
        .collect();
    let capital = |at: usize, seen: &LastSeen| {
        let place = |e: EntityIdx| {
            matches!(
                gazetteer.entities[e].kind,
                EntityKind::State | EntityKind::City
            ) && seen.get(&e).is_none_or(|p| !qualifiers.contains(&(e, *p)))
        };
        let named = seen.latest(at, place)?;
        let entity = &gazetteer.entities[named];
        let state = match entity.kind {
            EntityKind::City => entity.capital_of.or(entity.country)?,
            _ => named,
        };
        gazetteer.capital_of_state(state)
    };
    let city = |at: usize, seen: &LastSeen| {
        seen.latest(at, |e| gazetteer.entities[e].kind == EntityKind::City)
    };
    let found = alone(
        sentence,
        offset,
        mentions,
        &phrases.capital_alone,
        last_seen,
        capital,
    );
    mentions.extend(found);
    let found = alone(
        sentence,
        offset,
        mentions,
        &phrases.city_alone,
        last_seen,
        city,
    );
    mentions.extend(found);
    mentions.sort_by_key(|m| m.span.start);
}

/// Whether the text after a name starts with another capitalised word.
fn qualifies_a_name(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Turns a state mention `m` into its capital before a `capital` phrase
/// ("the Moroccan capital") or after a `capital_prefix`, or into its city
/// named last before a `city_after` phrase ("the Saudi city").
fn state_phrase(
    sentence: &str,
    offset: usize,
    m: &mut EntityMention,
    gazetteer: &Gazetteer,
    phrases: &StatePhrases,
    last_seen: &LastSeen,
) {
    let widen = |m: &mut EntityMention, city: EntityIdx, end: usize| {
        let span = Span {
            start: m.span.start,
            end: m.span.end + end,
        };
        *m = EntityMention::new(span, city, NameForm::Full);
    };
    if let Some(end) = phrase_after(sentence, offset, m, &phrases.capitals, phrases) {
        if let Some(city) = gazetteer.capital_of_state(m.entity) {
            widen(m, city, end);
            return;
        }
    }
    let before = &sentence[..m.span.start - offset];
    if let Some(prefix) = phrases.capital_prefix.iter().find_map(|r| r.find(before)) {
        if let Some(city) = gazetteer.capital_of_state(m.entity) {
            let span = Span {
                start: offset + prefix.start(),
                end: m.span.end,
            };
            *m = EntityMention::new(span, city, NameForm::Full);
        }
        return;
    }
    let Some(end) = phrase_after(sentence, offset, m, &phrases.city_after, phrases) else {
        return;
    };
    let state = m.entity;
    let of_state = |e: EntityIdx| {
        let entity = &gazetteer.entities[e];
        entity.kind == EntityKind::City && entity.country == Some(state)
    };
    if let Some(city) = last_seen.latest(m.span.start, of_state) {
        widen(m, city, end);
    }
}

/// The end (relative to the mention's end) of the first of `patterns` that
/// matches right after state mention `m` (its group 1, else the match); a
/// demonym needs `capital_before` before it, which keeps money and other
/// senses out ("Chinese capital flowed in").
fn phrase_after(
    sentence: &str,
    offset: usize,
    m: &EntityMention,
    patterns: &[regex::Regex],
    phrases: &StatePhrases,
) -> Option<usize> {
    let after = &sentence[m.span.end - offset..];
    let phrase = patterns.iter().find_map(|r| r.captures(after))?;
    let before = &sentence[..m.span.start - offset];
    if m.form == NameForm::Demonym && !phrases.capital_before.iter().any(|r| r.is_match(before)) {
        return None;
    }
    phrase.get(1).or_else(|| phrase.get(0)).map(|g| g.end())
}

/// The mentions of the phrases `patterns` find (group 1, else the match) in
/// the sentence outside every name, each of the place `resolve` gives at it.
fn alone(
    sentence: &str,
    offset: usize,
    mentions: &[EntityMention],
    patterns: &[regex::Regex],
    last_seen: &mut LastSeen,
    resolve: impl Fn(usize, &LastSeen) -> Option<EntityIdx>,
) -> Vec<EntityMention> {
    let mut found = Vec::new();
    for pattern in patterns {
        for caps in pattern.captures_iter(sentence) {
            let Some(phrase) = caps.get(1).or_else(|| caps.get(0)) else {
                continue;
            };
            let span = Span {
                start: offset + phrase.start(),
                end: offset + phrase.end(),
            };
            let named = mentions.iter().chain(&found);
            if named
                .clone()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                continue;
            }
            let Some(place) = resolve(span.start, last_seen) else {
                continue;
            };
            last_seen.insert(place, span.start + 1);
            found.push(EntityMention::new(span, place, NameForm::Full));
        }
    }
    found
}
