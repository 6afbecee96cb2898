//! Warships named with their navy's prefix ("HMAS Brisbane", "USS Ronald
//! Reagan", `lists/vessel-prefixes.tsv`): the names inside a vessel's name
//! are no party or place ("Brisbane" is not the city), and the vessel is a
//! mention of its state ("HMAS Brisbane fired a Tomahawk": Australia
//! launched), flagged `office` like a state named for an unnamed official.

use super::EntityMention;
use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::NameForm;
use crate::segment::Span;

/// Replaces the names inside each vessel's name of one sentence (at byte
/// `offset` of the text) with one mention of the vessel's state.
pub(super) fn mark(
    sentence: &str,
    offset: usize,
    mentions: &mut Vec<EntityMention>,
    gazetteer: &Gazetteer,
) {
    for vessel in gazetteer.vessels.find(sentence) {
        let span = Span {
            start: offset + vessel.start,
            end: offset + vessel.end,
        };
        mentions.retain(|m| m.span.end <= span.start || span.end <= m.span.start);
        let mut mention = EntityMention::new(span, vessel.state, NameForm::Full);
        mention.office = true;
        let at = mentions.partition_point(|m| m.span.start < span.start);
        mentions.insert(at, mention);
    }
}
