//! Critics: states and people that react to an event from outside it take
//! no part in it. After the event, a `critic` clause names them (", which
//! North Korea condemned", "drawing criticism from China"); before a trigger
//! that is the object of their reaction, a `critic_of` verb does ("China
//! condemned the drills"). Both are references.tsv rows; so is `adversary`,
//! what an event is aimed at ("to counter China").

use super::{references, Scene, TriggerAt};
use crate::knowledge::EntityKind;
use crate::recognise::EntityMention;
use regex::Regex;

/// The parties less those that only watch the event (observers of a drill)
/// or react to it (critics: ", which North Korea condemned").
pub(super) fn without_onlookers<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: Vec<&'m EntityMention>,
) -> Vec<&'m EntityMention> {
    let parties = references::without_observers(scene, at, parties);
    // "held drills on Monday to counter China": what the event is aimed at
    // (references.tsv `adversary`) takes no part in it. A trigger after the
    // name may be its own act ("in response to North Korea's launches").
    let parties = parties
        .into_iter()
        .filter(|m| !(m.adversary && m.span.start >= at.span.end))
        .collect();
    let parties = without_critics(scene, at, parties);
    without_asides(scene, at, parties)
}

/// The parties of a states' event (a drill, a launch, a deal) less those of
/// the main clause when the trigger stands in an `aside` clause of time
/// telling another act ("North Korea fired two missiles, hours after South
/// Korea and the United States ended their drills": the drill is theirs). An event left with no actor keeps them all.
/// A third party's clause after the trigger or fronted before it ("held drills
/// days after Russia fired a missile") is left alone: on the held-out
/// corpora its subject was as often a party as not.
fn without_asides<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: Vec<&'m EntityMention>,
) -> Vec<&'m EntityMention> {
    // People's events are left alone: a person in the main clause is often
    // one side of the talks the clause of time tells ("denied that …, after
    // Honiara signed a pact with Beijing").
    if !at.event_type.actors_as_states {
        return parties;
    }
    let regions = aside_regions(scene, at);
    if regions.is_empty() {
        return parties;
    }
    let kept: Vec<&EntityMention> = parties
        .iter()
        .copied()
        .filter(|m| !references::inside_any(&regions, m))
        .collect();
    let acts = |m: &&EntityMention| {
        let place = matches!(
            scene.entities[m.entity].kind,
            EntityKind::Sea | EntityKind::Site | EntityKind::Region
        );
        !(m.locative || m.destination || m.within || place)
    };
    if kept.iter().any(acts) {
        kept
    } else {
        parties
    }
}

/// The byte ranges of the article text before an `aside` cue whose clause
/// holds the trigger (no comma between them): the main clause's names.
fn aside_regions(scene: &Scene, at: &TriggerAt) -> Vec<(usize, usize)> {
    let phrases = &scene.language.state_phrases;
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let (start, end) = (at.span.start - span.start, at.span.end - span.start);
    let breaks = &phrases.clause_breaks;
    let region = |cue: regex::Match| {
        let holds_trigger = cue.start() < end && !text[cue.end().min(start)..start].contains(',');
        let from = clause_start(text, breaks, cue.start());
        (holds_trigger && from < cue.start()).then_some((from, cue.start()))
    };
    phrases
        .asides
        .iter()
        .flat_map(|r| r.find_iter(text))
        .filter_map(region)
        .map(|(from, to)| (span.start + from, span.start + to))
        .collect()
}

/// The parties less those named only as critics of the trigger's event.
fn without_critics<'m>(
    scene: &Scene,
    at: &TriggerAt,
    parties: Vec<&'m EntityMention>,
) -> Vec<&'m EntityMention> {
    let regions = critic_regions(scene, at);
    if regions.is_empty() {
        return parties;
    }
    parties
        .into_iter()
        .filter(|m| !references::inside_any(&regions, m))
        .collect()
}

/// The byte ranges of the article text that name critics of the trigger's
/// event: a critic clause after it, to the end of that clause; the clause
/// before a reaction verb whose object is the trigger.
fn critic_regions(scene: &Scene, at: &TriggerAt) -> Vec<(usize, usize)> {
    let phrases = &scene.language.state_phrases;
    let span = scene.sentence.span;
    let text = &scene.text()[span.start..span.end];
    let (start, end) = (at.span.start - span.start, at.span.end - span.start);
    let breaks = &phrases.clause_breaks;
    let mut regions: Vec<(usize, usize)> = phrases
        .critics
        .iter()
        .flat_map(|r| r.find_iter(&text[end..]))
        .map(|cue| (end + cue.start(), clause_end(text, breaks, end + cue.end())))
        .collect();
    let before = &text[..start];
    if let Some(verb) = phrases.critics_of.iter().find_map(|r| r.find(before)) {
        regions.push((clause_start(before, breaks, verb.start()), verb.start()));
    }
    regions
        .into_iter()
        .map(|(from, to)| (span.start + from, span.start + to))
        .collect()
}

/// Where the clause that holds byte `from` of `text` ends: at the next
/// clause break, else at the end of the sentence.
fn clause_end(text: &str, breaks: &[Regex], from: usize) -> usize {
    breaks
        .iter()
        .filter_map(|r| r.find(&text[from..]))
        .map(|m| from + m.start())
        .min()
        .unwrap_or(text.len())
}

/// Where the clause that holds byte `to` of `text` starts: after the last
/// clause break before it, else at the start of the sentence.
fn clause_start(text: &str, breaks: &[Regex], to: usize) -> usize {
    breaks
        .iter()
        .flat_map(|r| r.find_iter(&text[..to]))
        .map(|m| m.end())
        .max()
        .unwrap_or(0)
}
