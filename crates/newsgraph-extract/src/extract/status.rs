//! The status of an event: the cue nearest its trigger, what a resolved date
//! says, and the status of two mentions of one event.

use super::{places_agree, Event};
use crate::knowledge::{Entities, Knowledge, Language, Status};
use crate::recognise::SentenceAnalysis;
use crate::segment::Span;
use crate::temporal::{PartialDate, Precision};
use std::cmp::Ordering;

#[cfg(test)]
mod governing_tests;
#[cfg(test)]
mod tests;

/// The status the wording gives to one trigger.
#[derive(Clone, Copy)]
pub(super) struct CueStatus {
    pub status: Status,
    /// A cue states it (else occurred by default).
    pub stated: bool,
    /// A governing cue states it: no resolved date overrides it.
    pub governs: bool,
}

/// The status the wording gives: a governing cue whose clause holds the
/// trigger, else the nearest cue within its window, else occurred by
/// default; `None` when that cue negates the event.
pub(super) fn cue_status(
    sentence: &SentenceAnalysis,
    trigger: Span,
    language: &Language,
    text: &str,
) -> Option<CueStatus> {
    // The nearest cue of one kind in reach: Some(None) is a negation. Of
    // two as near, the longer says more ("are discussing" is under way,
    // where "discussing" alone looks ahead: "discussing a visit").
    let nearest = |governing: bool, negation_only: bool| {
        let mut best: Option<(usize, usize, Option<Status>)> = None;
        for hit in &sentence.status_cues {
            let cue = &language.status_cues[hit.cue];
            let Some(gap) = cue_gap(cue.before, hit.span, trigger) else {
                continue;
            };
            let length = hit.span.end - hit.span.start;
            if cue.governs == governing
                && (!negation_only || cue.status.is_none())
                && gap <= cue.max_gap
                && best.is_none_or(|(g, l, _)| gap < g || (gap == g && length > l))
                && (!governing || same_clause(text, hit.span, trigger))
            {
                best = Some((gap, length, cue.status));
            }
        }
        best.map(|(_, _, status)| status)
    };
    // A governing negation outranks a nearer governing plan: "was expected
    // to visit Y, but the trip was called off" states no event.
    let governing = nearest(true, true).or_else(|| nearest(true, false));
    let (status, stated, governs) = match governing {
        Some(status) => (status, true, true),
        None => match nearest(false, false) {
            Some(status) => (status, true, false),
            None => (Some(Status::Occurred), false, false),
        },
    };
    status.map(|status| CueStatus {
        status,
        stated,
        governs,
    })
}

/// Bytes between a cue and the trigger on the cue's side (0 when they
/// overlap); `None` when the cue stands on the other side.
fn cue_gap(before: bool, cue: Span, trigger: Span) -> Option<usize> {
    if before && cue.end <= trigger.start {
        Some(trigger.start - cue.end)
    } else if !before && cue.start >= trigger.end {
        Some(cue.start - trigger.end)
    } else if cue.start < trigger.end && cue.end > trigger.start {
        Some(0)
    } else {
        None
    }
}

/// A governing cue reaches only within its clause: no semicolon, colon or
/// quotation mark stands between it and the trigger, and commas only in
/// pairs, around an inserted phrase ("the talks, due in March, were
/// postponed"; not "X met Y, but the visit was cancelled").
fn same_clause(text: &str, cue: Span, trigger: Span) -> bool {
    let (start, end) = if cue.end <= trigger.start {
        (cue.end, trigger.start)
    } else {
        (trigger.end.min(cue.start), cue.start)
    };
    let between = &text[start..end];
    let commas = between.chars().filter(|&c| c == ',').count();
    commas % 2 == 0
        && !between
            .chars()
            .any(|c| matches!(c, ';' | ':' | '"' | '\u{201c}' | '\u{201d}'))
}

/// A resolved date before or after the reference date states the status:
/// it occurred, or it is expected.
pub(super) fn status_from_date(
    date: Option<PartialDate>,
    reference: Option<PartialDate>,
    (status, stated): (Status, bool),
) -> (Status, bool) {
    match (date, reference) {
        (Some(date), Some(reference)) => match date.compare_coarse(&reference) {
            Ordering::Less => (Status::Occurred, true),
            Ordering::Greater => (Status::Expected, true),
            // The report's own day, told with no cue: it is happening, as
            // firmly as if a cue said so ("X tiba di Y pada Selasa (27/5)").
            Ordering::Equal
                if !stated
                    && date.precision == Precision::Day
                    && reference.precision == Precision::Day =>
            {
                (Status::Occurred, true)
            }
            Ordering::Equal => (status, stated),
        },
        _ => (status, stated),
    }
}

/// The status of two mentions of one event: a stated status outranks a default
/// one ("is set to travel … Kim's trip"); a plan and the report that it
/// happened, both stated, mean it happened.
pub(super) fn combine_status(event: &mut Event, other: &Event) {
    if event.status != other.status {
        event.status = match (event.status_stated, other.status_stated) {
            (true, false) => event.status,
            (false, true) => other.status,
            _ => Status::Occurred,
        };
    }
    event.status_stated |= other.status_stated;
}

/// An event whose wording states no status takes that of a related event
/// that lasts longer (the type's `place_from` with a longer `duration_days`:
/// the visit a meeting is held during) with a shared actor and a compatible
/// time: "will pay a state visit … the programme includes a meeting" is a
/// planned meeting, dated by the visit. A planned meeting says nothing of
/// whether the trip it falls in has begun.
pub(super) fn status_from_related(events: &mut [Event], knowledge: &Knowledge, entities: Entities) {
    for i in 0..events.len() {
        let event = &events[i];
        let types = &knowledge.event_types;
        if event.status_stated {
            continue;
        }
        let related = types[event.event_type]
            .place_from
            .iter()
            .filter(|source| types[**source].duration_days > types[event.event_type].duration_days)
            .find_map(|&source_type| {
                events.iter().find(|other| {
                    other.event_type == source_type
                        && other.status_stated
                        && other.actors.iter().any(|a| event.actors.contains(a))
                        && event
                            .date
                            .zip(other.date)
                            .is_none_or(|(a, b)| a.is_compatible(&b))
                        && event
                            .place
                            .zip(other.place)
                            .is_none_or(|(a, b)| places_agree(entities, a, b))
                })
            });
        let Some((status, date)) = related.map(|r| (r.status, r.date)) else {
            continue;
        };
        let event = &mut events[i];
        event.status = status;
        if status == Status::Expected {
            event.date = event.date.or(date);
        }
    }
}
