//! Why an event was missed or found falsely, as far as the scores can tell:
//! a cause per missed gold event and per false event, so an annotator (or a
//! rule author) sees where recall goes without reading every article.
//! Entry point: [`explain`].
//!
//! The causes come from the events alone (types and shared entities), not
//! from the text: "merged into another event" may also be a second mention
//! that was never found, when both gold events name the same parties.

use std::collections::BTreeSet;

use super::gold::GoldEvent;
use super::score::Resolved;

/// Why a required gold event matched no extracted event.
pub const MERGED: &str = "merged into another event";
pub const TOO_FEW: &str = "found with too few of its parties";
pub const OTHER_TYPE: &str = "found as another type";
pub const NO_TYPE: &str = "no event of its type in the article";
pub const NOT_FOUND: &str = "not found";

/// Why an extracted event matched no gold event.
pub const ON_DISTRACTOR: &str = "on an article without events";
pub const SPLIT: &str = "a second record of a gold event";
pub const PARTIAL: &str = "a gold event with too few of its parties";
pub const UNRELATED: &str = "no gold event like it";

/// Causes of the misses (by gold index) and of the false events (by
/// extracted index), for the unmatched ones of one article.
pub(super) struct Explained {
    pub missed: Vec<(usize, &'static str)>,
    pub spurious: Vec<(usize, &'static str)>,
}

/// Explains the unmatched events of one article, given the one-to-one
/// `matches` (extracted index, gold index).
pub(super) fn explain(
    resolved: &[Resolved],
    golds: &[GoldEvent],
    matches: &[(usize, usize)],
) -> Explained {
    let matched_p: BTreeSet<usize> = matches.iter().map(|m| m.0).collect();
    let matched_g: BTreeSet<usize> = matches.iter().map(|m| m.1).collect();
    let missed = golds
        .iter()
        .enumerate()
        .filter(|(j, g)| !matched_g.contains(j) && !g.optional)
        .map(|(j, g)| (j, miss_cause(resolved, g, &matched_p)))
        .collect();
    let spurious = resolved
        .iter()
        .enumerate()
        .filter(|(i, _)| !matched_p.contains(i))
        .map(|(i, p)| (i, false_cause(p, golds, &matched_g)))
        .collect();
    Explained { missed, spurious }
}

fn miss_cause(resolved: &[Resolved], g: &GoldEvent, matched: &BTreeSet<usize>) -> &'static str {
    let entities = g.entities();
    let need = entities.len().min(2);
    let of_type = |i: &usize| resolved[*i].event_type == g.event_type;
    let indices = 0..resolved.len();
    if indices
        .clone()
        .filter(|i| of_type(i) && matched.contains(i))
        .any(|i| resolved[i].shared(&entities) >= need)
    {
        MERGED
    } else if indices
        .clone()
        .filter(|i| of_type(i) && !matched.contains(i))
        .any(|i| resolved[i].shared(&entities) >= 1)
    {
        TOO_FEW
    } else if indices
        .clone()
        .filter(|i| !of_type(i) && !matched.contains(i))
        .any(|i| resolved[i].shared(&entities) >= need.max(1))
    {
        OTHER_TYPE
    } else if !indices.clone().any(|i| of_type(&i)) {
        NO_TYPE
    } else {
        NOT_FOUND
    }
}

fn false_cause(p: &Resolved, golds: &[GoldEvent], matched: &BTreeSet<usize>) -> &'static str {
    if golds.is_empty() {
        return ON_DISTRACTOR;
    }
    let like = |j: &usize, enough: usize| {
        let g = &golds[*j];
        g.event_type == p.event_type && p.shared(&g.entities()) >= enough
    };
    let indices = 0..golds.len();
    if indices
        .clone()
        .any(|j| matched.contains(&j) && like(&j, golds[j].entities().len().clamp(1, 2)))
    {
        SPLIT
    } else if indices
        .clone()
        .any(|j| !matched.contains(&j) && !golds[j].optional && like(&j, 1))
    {
        PARTIAL
    } else {
        UNRELATED
    }
}
