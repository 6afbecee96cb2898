//! The status of an event: the cue nearest its trigger, what a resolved date
//! says, and the status of two mentions of one event.

use super::{places_agree, Event};
use crate::knowledge::{Entities, Knowledge, Language, Status};
use crate::recognise::SentenceAnalysis;
use crate::segment::Span;
use crate::temporal::PartialDate;
use std::cmp::Ordering;

#[cfg(test)]
mod tests;

/// The status the wording gives and whether a cue states it: the nearest cue
/// within its window, else occurred by default; `None` when the nearest cue
/// negates the event.
pub(super) fn cue_status(
    sentence: &SentenceAnalysis,
    trigger: Span,
    language: &Language,
) -> Option<(Status, bool)> {
    let mut best: Option<(usize, Option<Status>)> = None;
    for hit in &sentence.status_cues {
        let cue = &language.status_cues[hit.cue];
        let Span { start, end } = hit.span;
        let gap = if cue.before && end <= trigger.start {
            trigger.start - end
        } else if !cue.before && start >= trigger.end {
            start - trigger.end
        } else if start < trigger.end && end > trigger.start {
            0
        } else {
            continue;
        };
        if gap <= cue.max_gap && best.is_none_or(|(g, _)| gap < g) {
            best = Some((gap, cue.status));
        }
    }
    match best {
        None => Some((Status::Occurred, false)),
        Some((_, status)) => status.map(|s| (s, true)),
    }
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
        let Some(source_type) = knowledge.event_types[event.event_type].place_from else {
            continue;
        };
        let types = &knowledge.event_types;
        if event.status_stated
            || types[source_type].duration_days <= types[event.event_type].duration_days
        {
            continue;
        }
        let related = events.iter().find(|other| {
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
