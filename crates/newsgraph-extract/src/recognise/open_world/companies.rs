//! Companies the gazetteer does not list, named by a head: `organisation_head`
//! rows of `titles.tsv` after the name ("Sindhu Aerospace", "Arkwright
//! Shipbuilders", "India's Sindhu Group") or `organisation_prefix` rows
//! before it ("PT Sinar Baja"). The head is part of the name. The state is
//! the one the text puts right before the name ("India's"), or else the one
//! whose law the prefix is a legal form of (`prefix_state`). A name that a
//! `not_organisation` row matches is no company ("Carrier Strike Group").

use super::{introduce, read_name, sites, skip_spaces, state_before, Context};
use crate::knowledge::{Entity, EntityIdx, EntityKind};

/// The companies of the sentence named by a head: (start, end, entity),
/// bytes into the sentence.
pub(super) fn headed(
    context: &Context,
    minted: &mut Vec<Entity>,
    listed: usize,
) -> Vec<(usize, usize, EntityIdx)> {
    let (sentence, titles) = (context.sentence, &context.language.titles);
    let after = titles
        .organisation_heads
        .iter()
        .flat_map(|r| r.find_iter(sentence));
    let after = after.filter_map(|head| {
        let end = sentence[..head.end()].trim_end().len();
        // "Sindhu Aerospace Industries": the name runs on to its last head.
        if super::name_continues(sentence, end, context.language) {
            return None;
        }
        let start = sites::name_before(context, head.start())?;
        (!tail_of_longer_name(sentence, start)).then_some((start, end, None))
    });
    // A legal form is of one state's law: the company is of that state.
    let law = titles
        .prefix_state
        .as_deref()
        .and_then(|id| context.gazetteer.get(id));
    let before = titles
        .organisation_prefixes
        .iter()
        .flat_map(|r| r.find_iter(sentence));
    let before = before.filter_map(|prefix| {
        // A listed company with the prefix stands ("PT PAL").
        if context.names.iter().any(|n| n.start == prefix.start()) {
            return None;
        }
        let (_, end) = read_name(context, skip_spaces(sentence, prefix.end()))?;
        Some((prefix.start(), end, law))
    });
    let spans: Vec<_> = after.chain(before).collect();
    let mut found = Vec::new();
    for (start, end, law) in spans {
        let name = &sentence[start..end];
        if titles
            .not_organisations
            .as_ref()
            .is_some_and(|r| r.is_match(name))
        {
            continue;
        }
        let state = state_before(context, start).or(law);
        let entity = introduce(name, EntityKind::Organisation, state, context, minted);
        found.push((start, end, listed + entity));
    }
    found
}

/// Whether a name starting at byte `start` ends a longer one joined by "of"
/// to a capitalised word ("Ministry of Defence Industries"): a body of a
/// state, no company.
fn tail_of_longer_name(sentence: &str, start: usize) -> bool {
    let mut words = sentence[..start].split_whitespace().rev();
    words.next() == Some("of")
        && words
            .next()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}
