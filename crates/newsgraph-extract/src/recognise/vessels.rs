//! Warships named with their navy's prefix ("HMAS Brisbane", "USS Ronald
//! Reagan", `lists/vessel-prefixes.tsv`): the names inside a vessel's name
//! are no party or place ("Brisbane" is not the city), and the vessel is a
//! mention of its state ("HMAS Brisbane fired a Tomahawk": Australia
//! launched), flagged `office` like a state named for an unnamed official.

use super::EntityMention;
use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::{EntityKind, Language, NameForm};
use crate::segment::Span;

/// Replaces the names inside each vessel's name of one sentence (at byte
/// `offset` of the text) with one mention of the vessel's state.
pub(super) fn mark(
    sentence: &str,
    offset: usize,
    mentions: &mut Vec<EntityMention>,
    gazetteer: &Gazetteer,
    language: &Language,
) {
    for vessel in gazetteer.vessels.find(sentence) {
        let end = rank_inside(sentence, vessel.start, vessel.end, language).unwrap_or(vessel.end);
        let span = Span {
            start: offset + vessel.start,
            end: offset + end,
        };
        mentions.retain(|m| m.span.end <= span.start || span.end <= m.span.start);
        let mut mention = EntityMention::new(span, vessel.state, NameForm::Full);
        mention.office = true;
        mention.vessel = true;
        let at = mentions.partition_point(|m| m.span.start < span.start);
        mentions.insert(at, mention);
    }
}

/// Where a person's title inside a vessel's name starts, past the prefix and
/// the name's first word ("INS Sahyadri Kapten Rahul Mehra": the captain
/// follows the ship); a title as the first word is the ship's namesake
/// ("KRI Sultan Iskandar Muda").
fn rank_inside(sentence: &str, start: usize, end: usize, language: &Language) -> Option<usize> {
    let name = &sentence[start..end];
    let first_word_end = name.split(' ').take(2).map(|w| w.len() + 1).sum::<usize>();
    language
        .titles
        .titles
        .iter()
        .filter(|(kind, _)| *kind == EntityKind::Person)
        .filter_map(|(_, title)| {
            title
                .find_iter(name)
                .map(|m| m.start())
                .find(|&at| at >= first_word_end && name[..at].ends_with(' '))
        })
        .min()
        .map(|at| start + name[..at].trim_end().len())
}
