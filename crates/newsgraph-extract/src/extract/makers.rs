//! The maker of a named weapon system as the party a statement lacks: the
//! other party of a deal told with one state ("Taiwan's purchase of 66 F-16V
//! jets", "Indonesia membeli 42 Rafale"), the actor of a launch of a missile
//! only one state makes ("The Hwasong-18 flew for 73 minutes"): `maker` in
//! `events.tsv`, the systems in `lists/weapon-makers.tsv`.

use super::actors::STATE_WINDOW;
use super::{Scene, TriggerAt};
use crate::knowledge::{EntityIdx, EntityKind};

/// Adds the maker's state as the one party a statement of an event type
/// with `maker_party` lacks: the second state of a deal told with one
/// ("Taiwan's purchase of F-16V jets"), the actor of a launch told with none
/// ("The Hwasong-18 flew for 73 minutes"). Only when the sentence names the
/// systems of exactly one maker that is not a party already: "replaced its
/// Kfirs with Gripens" names two, and which one the deal is with is left
/// open. A trigger that hands weapons over (`handover` in `references.tsv`:
/// "Denmark delivered F-16s", "mengirimkan pesawat F-16 ke Darwin") has
/// the receiver as its other party, never the maker. A launch naming no
/// actor after one of its type was told continues that one instead.
pub(super) fn with_maker(scene: &Scene, at: &TriggerAt, actors: &mut Vec<EntityIdx>) {
    let event_type = at.event_type;
    let lacks_one = actors.len() + 1 == event_type.min_actors.max(1);
    let states = actors
        .iter()
        .all(|a| scene.entities[*a].kind == EntityKind::State);
    // With no actor named, a statement after an event of its type told
    // continues that event ("The Hwasong-18 flew 1,000 km"), as before.
    let continues = actors.is_empty() && at.told_before;
    if !event_type.maker_party || !lacks_one || !states || continues {
        return;
    }
    let trigger = &scene.text()[at.span.start..at.span.end];
    let handovers = &scene.language.state_phrases.handovers;
    if handovers.iter().any(|h| h.is_match(trigger)) {
        return;
    }
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let makers = scene.knowledge.gazetteer.weapon_makers.makers_in(text);
    if let [maker] = makers
        .iter()
        .filter(|m| !actors.contains(m))
        .collect::<Vec<_>>()[..]
    {
        actors.push(*maker);
    }
}

/// The weapon systems a statement of a `distinct_systems` type names in its
/// sentence ("42 Rafale jets"), which tell one deal from another between
/// the same states.
pub(super) fn systems_named(scene: &Scene, at: &TriggerAt) -> Vec<usize> {
    if !at.event_type.distinct_systems {
        return Vec::new();
    }
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    scene.knowledge.gazetteer.weapon_makers.systems_in(text)
}

/// The organisations a statement of a `distinct_systems` type names, near its
/// trigger, for each of its parties, when it names no state and no person
/// there: "PT Dirgantara Indonesia and Dassault signed a memorandum" is a
/// deal between firms, apart from the states' purchase told beside it
/// ("Indonesia signed a contract for Rafale jets from Dassault"). Gives the
/// set sorted, empty for none.
pub(super) fn firms_named(scene: &Scene, at: &TriggerAt, actors: &[EntityIdx]) -> Box<[EntityIdx]> {
    if !at.event_type.distinct_systems || actors.len() < 2 {
        return Box::default();
    }
    let entities = scene.entities;
    let near = scene.sentence.entities.iter().filter(|m| {
        !m.source_only && !m.relation && super::distance(m.span, at.span) <= STATE_WINDOW
    });
    let mut firms = Vec::new();
    for m in near {
        match entities[m.entity].kind {
            EntityKind::State | EntityKind::Person => return Box::default(),
            EntityKind::Organisation if entities.as_state(m.entity).is_some() => {
                firms.push(m.entity)
            }
            _ => {}
        }
    }
    let has_firm = |a: &EntityIdx| firms.iter().any(|f| entities.as_state(*f) == Some(*a));
    if !actors.iter().all(has_firm) {
        return Box::default();
    }
    firms.sort_unstable();
    firms.dedup();
    firms.into_boxed_slice()
}

/// A named exercise: its series (a row of `lists/standing-parties.tsv`) and
/// the edition the text gives ("Vostok-2018", "Han Kuang 39"), if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exercise {
    /// The first row of its name in the list.
    pub series: usize,
    /// The year or number of the edition, when told.
    pub edition: Option<u16>,
}

impl Exercise {
    /// Whether two mentions may tell one drill: of one series, and of one
    /// edition when both give one.
    pub(super) fn agrees(a: Option<Self>, b: Option<Self>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => {
                a.series == b.series && (a.edition.is_none() || b.edition.is_none() || a == b)
            }
            _ => true,
        }
    }

    /// The more specific of two agreeing names: the one with an edition.
    pub(super) fn unite(a: Option<Self>, b: Option<Self>) -> Option<Self> {
        match (a, b) {
            (Some(a), Some(b)) if a.edition.is_none() && a.series == b.series => Some(b),
            (a, b) => a.or(b),
        }
    }
}

/// The named exercise a statement of a `standing_parties` type names in its
/// sentence: the name nearest its trigger, with the edition right after it.
pub(super) fn exercise_named(scene: &Scene, at: &TriggerAt) -> Option<Exercise> {
    if !at.event_type.standing_parties {
        return None;
    }
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let trigger = (at.span.start - span.start)..(at.span.end - span.start);
    let gap = |r: &std::ops::Range<usize>| {
        r.start.saturating_sub(trigger.end) + trigger.start.saturating_sub(r.end)
    };
    let names = scene.knowledge.gazetteer.standing_parties.names_in(text);
    let (series, range) = names.into_iter().min_by_key(|(_, r)| gap(r))?;
    Some(Exercise {
        series,
        edition: edition_after(&text[range.end..]),
    })
}

/// The edition number right after an exercise's name: a year ("Vostok-2018",
/// "Garuda Shield 2024") or a short number before a lowercase word or the
/// end of a clause ("Han Kuang 39 drills"; not "Zapad 14 September").
fn edition_after(rest: &str) -> Option<u16> {
    let rest = rest.strip_prefix(['-', '\u{2013}', ' ']).unwrap_or(rest);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let tail = &rest[digits..];
    if tail.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let next = tail.trim_start_matches(' ').chars().next();
    let short = (1..=2).contains(&digits)
        && next.is_none_or(|c| c.is_lowercase() || matches!(c, '.' | ',' | ';' | ')'));
    (digits == 4 || short)
        .then(|| rest[..digits].parse().ok())
        .flatten()
}

/// Adds the states that hold every edition of a named exercise series the
/// sentence names (`lists/standing-parties.tsv`, `standing_parties` in
/// `events.tsv`): "latihan Keris Woomera akan digelar di Jawa Timur" is a
/// drill of Indonesia and Australia though neither is named.
pub(super) fn with_standing_parties(scene: &Scene, at: &TriggerAt, actors: &mut Vec<EntityIdx>) {
    if !at.event_type.standing_parties {
        return;
    }
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    for state in scene.knowledge.gazetteer.standing_parties.makers_in(text) {
        if !actors.contains(&state) {
            actors.push(state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::edition_after;

    #[test]
    fn an_edition_is_a_year_or_a_short_number_right_after_the_name() {
        assert_eq!(edition_after("-2018 strategic exercise"), Some(2018));
        assert_eq!(edition_after(" 2024 opened"), Some(2024));
        assert_eq!(edition_after(" 39 drills began"), Some(39));
        assert_eq!(edition_after(" 39."), Some(39));
        // A day of a month, a count of troops, no number at all.
        assert_eq!(edition_after(" 14 September"), None);
        assert_eq!(edition_after(" 12000 troops"), None);
        assert_eq!(edition_after(" exercise"), None);
        assert_eq!(edition_after("-2018a"), None);
    }
}
