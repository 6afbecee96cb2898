//! Places the gazetteer does not list, named by a head after the name:
//! `site_head` rows of `titles.tsv` ("Sattahip Naval Base", "Jiuquan
//! Satellite Launch Center"), `region_head` rows ("Semnan Province") and
//! `area_head` rows, nouns that are no part of the name ("the Kanggye area").
//! Heads before the name ("Puslatpur X", "Camp X") are titles of kind
//! `site`. The state is the one the text puts right before the name
//! ("Thailand's") or right after it (", Thailand", "in Thailand"). A name
//! that holds a listed name is left to the gazetteer.

use super::{introduce, is_date_word, state_before, state_named, Context, Named, MAX_NAME_WORDS};
use crate::knowledge::lexicon::NameCue;
use crate::knowledge::{Entity, EntityIdx, EntityKind, Language};
use crate::recognise::EntityMention;
use crate::segment::Span;

/// Most bytes between a site and the state after it (", ", " in ").
const STATE_AFTER_GAP: usize = 5;

/// The sites of the sentence named before a head: (start, end, entity),
/// bytes into the sentence.
pub(super) fn headed(
    context: &Context,
    minted: &mut Vec<Entity>,
    listed: usize,
) -> Vec<(usize, usize, EntityIdx)> {
    let titles = &context.language.titles;
    // (kind, heads, whether the head is part of the name)
    let heads = [
        (EntityKind::Site, &titles.site_heads, true),
        (EntityKind::Region, &titles.region_heads, true),
        (EntityKind::Region, &titles.area_heads, false),
    ];
    let sentence = context.sentence;
    let mut found = Vec::new();
    let headed = heads
        .iter()
        .filter_map(|(kind, heads, part)| Some((*kind, heads.as_ref()?, *part)));
    let hits =
        headed.flat_map(|(kind, r, part)| r.find_iter(sentence).map(move |h| (kind, h, part)));
    for (kind, head, part) in hits {
        let Some(start) = name_before(context, head.start()) else {
            continue;
        };
        let end = if part {
            head.end()
        } else {
            sentence[..head.start()].trim_end().len()
        };
        let state = state_before(context, start).or_else(|| state_after(context, end));
        let entity = introduce(&sentence[start..end], kind, state, context, minted);
        found.push((start, end, listed + entity));
    }
    found
}

/// Where the name before a head at byte `head` starts: capitalised words,
/// back to a word that cannot be part of a name or a state's name (which
/// qualifies the site rather than naming it); `None` without such a word.
/// A listed person's name is part of it: a site named after someone
/// ("King Abdullah II Training Centre", "the Mulino training ground").
pub(super) fn name_before(context: &Context, head: usize) -> Option<usize> {
    let (sentence, language) = (context.sentence, context.language);
    let before = sentence[..head].strip_suffix(' ')?;
    let mut start = None;
    let mut cursor = before.len();
    for words in 0..=MAX_NAME_WORDS {
        let mut word_start = before[..cursor].rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..cursor];
        let listed = context
            .names
            .iter()
            .find(|n| n.end > word_start && n.start < cursor);
        match listed {
            Some(n) if person(context, n) => word_start = word_start.min(n.start),
            // A place the gazetteer lists is named as it lists it ("Kapustin Yar").
            Some(_) if start.is_none() => return None,
            // A listed name further before qualifies the site ("PNG's Lombrum naval base").
            Some(_) => break,
            None if stops_name(word, words, language) => break,
            None => {}
        }
        start = Some(word_start);
        if word_start == 0 {
            break;
        }
        cursor = word_start - 1;
    }
    let start = start?;
    let trigger = language.trigger_set.is_match(&sentence[start..head]);
    (!trigger).then_some(start)
}

/// Whether a listed name is a person's: a site may be named after one.
fn person(context: &Context, named: &Named) -> bool {
    context
        .gazetteer
        .entities
        .get(named.entity)
        .is_some_and(|e| e.kind == EntityKind::Person)
}

/// Whether `word`, the `words`-th before a head, ends a site's name.
fn stops_name(word: &str, words: usize, language: &Language) -> bool {
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let ends_clean = word
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '-');
    words == MAX_NAME_WORDS
        || !capitalised
        || !ends_clean
        || language.stopwords.contains(&word.to_lowercase())
        || is_date_word(word, language)
}

/// The state named right after a site that ends at byte `end`, set off by a
/// comma or a locative word ("Sattahip Naval Base, Thailand", "… in Thailand").
pub(super) fn state_after(context: &Context, end: usize) -> Option<EntityIdx> {
    let named = context.names.iter().find(|n| n.start >= end)?;
    let gap = &context.sentence[end..named.start];
    let comma = gap.trim() == ",";
    let locative = gap.len() <= STATE_AFTER_GAP
        && context
            .language
            .before_name
            .cues(&context.sentence[..named.start])
            .contains(&NameCue::Locative);
    (comma || locative)
        .then(|| state_named(context, named))
        .flatten()
}

/// Marks the state named right before or after a site (at `span`, bytes into
/// the article) as qualifying it: "di Thailand" after "Pangkalan Angkatan
/// Laut Sattahip" says where the site is, not who takes part.
pub(super) fn qualify(mentions: &mut [EntityMention], span: Span, country: Option<EntityIdx>) {
    let Some(country) = country else {
        return;
    };
    for m in mentions.iter_mut().filter(|m| m.entity == country) {
        let after = m.span.start >= span.end && m.span.start - span.end <= STATE_AFTER_GAP;
        let before = m.span.end <= span.start && span.start - m.span.end <= STATE_AFTER_GAP;
        m.modifier |= after || before;
    }
}
