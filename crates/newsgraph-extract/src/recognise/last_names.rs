//! A person's name in parts: the last word of a listed person's name, once
//! the article has named them in full ("Nguyen Phu Trong … Trong"), and no
//! listed person inside a hyphenated name ("Yunus" of "Yunus-Bek Yevkurov").

use super::{open_world, EntityMention, LastSeen, NameForm};
use crate::knowledge::{Entity, EntityIdx, EntityKind, Gazetteer, Language};
use crate::segment::Span;

/// Whether a person's name found at `start..end` of the sentence is only part
/// of a hyphenated name ("Yunus" of "Yunus-Bek Yevkurov"): hyphenated to a
/// capitalised word that is no listed name ("the Putin-Kim summit" names
/// two people), in a name that goes on after a space.
pub(super) fn inside_compound(
    sentence: &str,
    start: usize,
    end: usize,
    gazetteer: &Gazetteer,
    language: &Language,
) -> bool {
    let word_end = |from: usize| {
        sentence[from..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(sentence.len(), |i| from + i)
    };
    let word_start = |to: usize| {
        sentence[..to]
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + 1)
    };
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let unlisted = |w: &str| capitalised(w) && gazetteer.find_names(w).is_empty();
    if sentence[end..].starts_with('-') {
        let partner_end = word_end(end + 1);
        let partner = &sentence[end + 1..partner_end];
        return unlisted(partner) && open_world::name_continues(sentence, partner_end, language);
    }
    if start > 0 && sentence[..start].ends_with('-') {
        let partner_start = word_start(start - 1);
        let partner = &sentence[partner_start..start - 1];
        return unlisted(partner) && open_world::name_continues(sentence, end, language);
    }
    false
}

/// The last words of the listed people the article named in full before,
/// found in the sentence outside its other names; each to the person of
/// that last word named most recently. The sentence is scanned once for
/// every listed last word (`knowledge::last_names`), then each person seen
/// takes the occurrences of theirs.
pub(super) fn seen_last_names(
    sentence: &str,
    offset: usize,
    gazetteer: &Gazetteer,
    language: &Language,
    last_seen: &mut LastSeen,
    mentions: &mut Vec<EntityMention>,
) {
    let occurrences = gazetteer.last_names.occurrences(sentence);
    if occurrences.is_empty() {
        return;
    }
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
    for &(entity, at) in &last_seen.0 {
        for o in gazetteer.last_names.of(entity, &occurrences) {
            let (start, end) = (o.start, o.end);
            let (span_start, span_end) = (offset + start, offset + end);
            let free = !mentions
                .iter()
                .any(|m| m.span.start < span_end && span_start < m.span.end);
            if free
                && !inside_compound(sentence, start, end, gazetteer, language)
                && !open_world::name_continues(sentence, end, language)
            {
                found.push((start, end, entity, at));
            }
        }
    }
    if found.is_empty() {
        // Most sentences: the mentions stay as found, already in order.
        return;
    }
    // Two people of one last word: the one named last.
    found.sort_by_key(|&(start, _, _, at)| (start, std::cmp::Reverse(at)));
    found.dedup_by_key(|f| f.0);
    for (start, end, entity, _) in found {
        let span = Span {
            start: offset + start,
            end: offset + end,
        };
        last_seen.insert(entity, span.start + 1);
        mentions.push(EntityMention::new(span, entity, NameForm::Short));
    }
    mentions.sort_by_key(|m| m.span.start);
}

/// Whether the short form `word` of `entity` is the last word of another
/// person the article named in full: "Singh" after "Rajnath Singh" is he
/// (`seen_last_names`), not the other Singh whose only short form it is.
pub(super) fn of_another_seen(
    gazetteer: &Gazetteer,
    last_seen: &LastSeen,
    entity: EntityIdx,
    word: &str,
) -> bool {
    last_seen.0.iter().any(|&(seen, _)| {
        let person = gazetteer.entities.get(seen);
        seen != entity
            && person.is_some_and(|p| {
                p.kind == EntityKind::Person
                    && p.label_en
                        .rsplit_once(' ')
                        .is_some_and(|(_, last)| last == word)
            })
    })
}

/// Whether `word` is the last word of a person the article introduced by a
/// title ("Vice Admiral Mark Hammond … Hammond arrived"): that person, not a
/// listed one whose short form it only is (Philip Hammond), unless the
/// article named the listed one (`mentions_in` prefers a seen reading).
pub(super) fn of_minted_person(minted: &[Entity], word: &str) -> bool {
    minted.iter().any(|e| {
        e.kind == EntityKind::Person
            && e.label_en
                .rsplit_once(' ')
                .is_some_and(|(_, last)| last == word)
    })
}
