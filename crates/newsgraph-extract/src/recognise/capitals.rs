//! Capital references: a state named with a `capital` phrase right after it
//! ("the Moroccan capital", "Argentina's capital") names the state's capital
//! city, so a visit there gets the city as its place. A demonym needs the
//! `capital_before` text before it ("the"), which keeps money senses
//! ("Chinese capital flowed in") out; the `capital` pattern also reads the
//! word after it (one that may follow a place, not a noun it would qualify)
//! and its first group is the phrase's end.

use super::EntityMention;
use crate::knowledge::{EntityKind, Gazetteer, Language, NameForm};
use crate::segment::Span;

/// Turns each state mention that a `capital` phrase follows into a mention
/// of its capital spanning the phrase (`offset`: the sentence's byte offset).
pub(super) fn resolve(
    sentence: &str,
    offset: usize,
    mentions: &mut [EntityMention],
    gazetteer: &Gazetteer,
    language: &Language,
) {
    let phrases = &language.state_phrases;
    if phrases.capitals.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if gazetteer.entities.get(m.entity).map(|e| e.kind) != Some(EntityKind::State) {
            continue;
        }
        let after = &sentence[m.span.end - offset..];
        let Some(phrase) = phrases.capitals.iter().find_map(|r| r.captures(after)) else {
            continue;
        };
        let phrase_end = phrase
            .get(1)
            .or_else(|| phrase.get(0))
            .map_or(0, |g| g.end());
        let before = &sentence[..m.span.start - offset];
        if m.form == NameForm::Demonym && !phrases.capital_before.iter().any(|r| r.is_match(before))
        {
            continue;
        }
        let Some(city) = gazetteer.capital_of_state(m.entity) else {
            continue;
        };
        let span = Span {
            start: m.span.start,
            end: m.span.end + phrase_end,
        };
        *m = EntityMention::new(span, city, NameForm::Full);
    }
}
