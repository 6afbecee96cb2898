//! The status of an event: the cue nearest its trigger, what a resolved date
//! says, and the status of two mentions of one event.

use super::Event;
use crate::knowledge::{Language, Status};
use crate::recognise::SentenceAnalysis;
use crate::segment::Span;
use crate::temporal::PartialDate;
use std::cmp::Ordering;

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
