//! When an event happens: among the dates the sentence states, the one that
//! dates the event (not the report, not another noun, not an anchor of
//! something else), resolved against the article's reference date; and "at
//! the time", which takes the date the text told last.

use super::{distance, floor_boundary, references, Found, Scene, TriggerAt};
use crate::knowledge::{EntityIdx, Knowledge, Status};
use crate::recognise::EntityMention;
use crate::segment::Span;
use crate::temporal::{anchor_of, DateExpression, DateMention, PartialDate, Precision, TimeUnit};
use std::cmp::Ordering;

/// How far after an attribution a date still dates the report, not the event.
const REPORT_DATE_WINDOW: usize = 25;
/// Within this distance of the trigger, a day-precise date is preferred to a vaguer nearer one.
const PRECISE_DATE_WINDOW: usize = 40;
/// How far after a possessive date ("next month's") the noun it dates may begin.
const POSSESSED_NOUN_WINDOW: usize = 4;
/// How far before a date a word may make it the anchor of something else ("sejak dilantik pada …").
const OTHER_TIME_WINDOW: usize = 48;

/// The date of the event a trigger states, resolved forward for an expected one.
pub(super) fn event_date(
    scene: &Scene,
    at: &TriggerAt,
    actors: &[EntityIdx],
    status: Status,
) -> Option<PartialDate> {
    let (text, trigger) = (scene.text(), at.span);
    let dates = &scene.sentence.dates;
    let nearest_date = dates
        .iter()
        .enumerate()
        .filter(|(i, _)| !anchor_elsewhere(scene, at, actors, *i))
        .map(|(_, d)| d)
        .filter(|d| !reporting_date(scene, at, actors, d))
        // "next month's summit": a date that is another noun's, unless the
        // trigger's, or inside the trigger ("last year's edition").
        .filter(|d| {
            let after = &text[d.end..];
            let possessive = scene.language.possessives.iter().any(|r| r.is_match(after));
            let within = trigger.start <= d.start && d.end <= trigger.end;
            !possessive
                || within
                || (trigger.start >= d.end && trigger.start <= d.end + POSSESSED_NOUN_WINDOW)
        })
        // "sejak dilantik pada 20 Oktober": a date that anchors something else.
        .filter(|d| !anchors_something_else(scene, trigger, d))
        .filter(|d| !of_another_occasion(scene, at, d))
        .filter(|d| !beyond_another_trigger(scene, at, actors, d))
        // The nearest date, but a precise one close by beats a vague one closer
        // ("this year's Balikatan exercises on Monday").
        .min_by_key(|d| {
            let gap = distance(
                Span {
                    start: d.start,
                    end: d.end,
                },
                trigger,
            );
            (gap > PRECISE_DATE_WINDOW, is_vague(&d.expression), gap)
        });
    nearest_date.and_then(|d| match d.expression {
        DateExpression::Later { unit, offset } => later_than_told(scene, d, unit, offset),
        _ => d.readings.read(status == Status::Expected),
    })
}

/// "Xi tiba di Moskwa pada Rabu (7/5/2025). Sehari kemudian, Xi bertemu
/// Putin": "later" counts from the time told last (before the offset in its
/// sentence, else before the sentence), not from the report's date.
fn later_than_told(
    scene: &Scene,
    later: &DateMention,
    unit: TimeUnit,
    offset: i32,
) -> Option<PartialDate> {
    let told_in_sentence = scene
        .sentence
        .dates
        .iter()
        .filter(|d| d.end <= later.start && d.expression.is_told_day())
        .filter_map(|d| d.readings.back)
        .next_back();
    let then = told_in_sentence.or(scene.discourse.last_day)?;
    match unit {
        // "A week later" than a day told is a day, not the vague month a week
        // from the report's date is read as.
        TimeUnit::Week => Some(then.add_days(7 * i64::from(offset))),
        _ => DateExpression::Relative { unit, offset }.resolve(Some(then), false),
    }
}

/// Whether the date at `index` belongs to the phrase of an anchored offset
/// ("tiga hari setelah KTT ASEAN pada 10 Oktober", "two months after talks
/// in Hanoi") on the other side from the event. The anchor's date, or
/// without one the offset's reading, dates what the phrase tells (the
/// summit, the talks); the offset read from its anchor dates the rest of
/// the sentence.
fn anchor_elsewhere(scene: &Scene, at: &TriggerAt, actors: &[EntityIdx], index: usize) -> bool {
    let (text, dates) = (scene.text(), &scene.sentence.dates);
    let date = &dates[index];
    let in_phrase =
        |offset: &DateMention, end: usize| told_within(scene, at, actors, offset.end, end);
    if let DateExpression::Anchored { .. } = date.expression {
        return match anchor_of(text, dates, index) {
            Some(anchor) => in_phrase(date, dates[anchor].start),
            None => !in_phrase(date, phrase_end(scene, date.end)),
        };
    }
    (0..index)
        .any(|k| anchor_of(text, dates, k) == Some(index) && !in_phrase(&dates[k], date.start))
}

/// Whether the bytes `start..end` tell the event: its trigger stands there,
/// or every mention of its actors in the sentence does ("The summit comes
/// two months after talks between Trump and Kim": the talks are theirs).
fn told_within(
    scene: &Scene,
    at: &TriggerAt,
    actors: &[EntityIdx],
    start: usize,
    end: usize,
) -> bool {
    let inside = |span: Span| span.start >= start && span.end <= end;
    if inside(at.span) {
        return true;
    }
    let event_type = at.event_type;
    let state = |m: &EntityMention| scene.entities.as_state(m.entity);
    // With no actor chosen yet (a continuation), any name that could act.
    let acting = |m: &&EntityMention| match actors.is_empty() {
        false => {
            actors.contains(&m.entity)
                || (event_type.actors_as_states && state(m).is_some_and(|s| actors.contains(&s)))
        }
        true if event_type.actors_as_states => state(m).is_some() && !m.locative,
        true => {
            let kind = scene.entities[m.entity].kind;
            !m.locative && event_type.actor_groups.iter().any(|g| g.contains(&kind))
        }
    };
    let mut mentions = scene.sentence.entities.iter().filter(acting).peekable();
    mentions.peek().is_some() && mentions.all(|m| inside(m.span))
}

/// Where the phrase that starts at byte `from` ends: at the next comma,
/// semicolon or colon of the sentence, or with it.
fn phrase_end(scene: &Scene, from: usize) -> usize {
    let end = scene.sentence.span.end;
    from + scene.text()[from..end]
        .find([',', ';', ':'])
        .unwrap_or(end - from)
}

/// Whether a trigger of the event's type that tells another occasion stands
/// between the trigger and the date: the date is that occasion's ("The visit
/// to Seoul returns President Moon's visit to Jakarta in 2017").
fn of_another_occasion(scene: &Scene, at: &TriggerAt, d: &DateMention) -> bool {
    let (from, to) = if d.start >= at.span.end {
        (at.span.end, d.start)
    } else {
        (d.end, at.span.start)
    };
    !references::is_other_occasion(scene, at.span)
        && scene.sentence.triggers.iter().any(|hit| {
            scene.language.triggers[hit.trigger].event_type == at.type_index
                && hit.span.start >= from
                && hit.span.end <= to
                && references::is_other_occasion(scene, hit.span)
        })
}

/// Whether a trigger noun that refers back to the event reported ("Ruto's
/// visit", "kunjungan tersebut") has another trigger between it and a date
/// after it: the date is that trigger's clause's ("Ruto's visit follows a trip
/// to Port-au-Prince by Blinken on Sept. 5"), and the noun keeps its event's;
/// so is a date in a relative clause about a noun further on. Only when
/// someone else acts there ("by Blinken"): "the deal follows agreements in
/// October" has no other party to give the date an event of its own.
/// A repeat names the earlier event itself ("follows a framework concluded
/// during Erdoğan's visit in February"): the date further on is that event's.
fn beyond_another_trigger(
    scene: &Scene,
    at: &TriggerAt,
    actors: &[EntityIdx],
    d: &DateMention,
) -> bool {
    d.start >= at.span.end
        && !at.repeat
        && at.told_before
        && references::refers_back(scene, at.span)
        && others_between(scene, actors, at.span.end, d.start)
        && (scene.sentence.triggers.iter().any(|hit| {
            let rule = &scene.language.triggers[hit.trigger];
            // "The visit took place on Monday": a follow-up dates the noun.
            !rule.follow_up
                && !rule.repeat
                && hit.span.start >= at.span.end
                && hit.span.end <= d.start
        }) || {
            let between = &scene.text()[at.span.end..d.start];
            let clauses = &scene.language.state_phrases.back_reference_clauses;
            clauses.iter().any(|r| r.is_match(between))
        })
}

/// Whether a name that is no actor of the event, nor a place, stands in `start..end`.
fn others_between(scene: &Scene, actors: &[EntityIdx], start: usize, end: usize) -> bool {
    let state = |m: &EntityMention| scene.entities.as_state(m.entity);
    scene.sentence.entities.iter().any(|m| {
        m.span.start >= start
            && m.span.end <= end
            && !m.locative
            && !actors.contains(&m.entity)
            && !state(m).is_some_and(|s| actors.contains(&s))
    })
}

/// Whether a "since" date is the time of something else ("sejak dilantik
/// pada 20 Oktober"), not the start of the event whose trigger runs up to it
/// ("latihan yang digelar sejak 4 November").
fn anchors_something_else(scene: &Scene, trigger: Span, d: &DateMention) -> bool {
    let text = scene.text();
    let since = &scene.language.other_time_references;
    let from = floor_boundary(text, d.start.saturating_sub(OTHER_TIME_WINDOW));
    let Some(anchor) = since
        .anchors
        .iter()
        .find_map(|r| r.find(&text[from..d.start]))
    else {
        return false;
    };
    // "the first visit since Turnbull travelled to China in 2016": a trigger
    // inside the phrase is the something else, and the date is its own.
    if trigger.start >= from + anchor.start() && trigger.end <= d.start {
        return false;
    }
    let own_start = trigger.end <= d.start
        && since
            .own_start
            .iter()
            .any(|r| r.is_match(&text[trigger.end..d.start]));
    // "the first since September, when Pyongyang fired …": the date is the
    // time of the clause it opens, another occasion than the sentence's own.
    let dated_clause = d.end <= trigger.start
        && since
            .dated_clause
            .iter()
            .any(|r| r.is_match(&text[d.end..trigger.start]));
    !own_start && !dated_clause
}

/// News tells what is current: an event the text gives no time for happens
/// (or is due) around the report, so it takes the month the article is dated,
/// no more precise than that. An undated mention that the article keeps apart
/// from a dated one of the same actors stays undated: the month would make
/// them one event; so does one told as another occasion.
pub(super) fn date_from_publication(
    events: &mut [super::Event],
    reference: Option<PartialDate>,
    knowledge: &Knowledge,
    entities: crate::knowledge::Entities,
) {
    let Some(month) = reference.map(|d| d.with_precision(Precision::Month)) else {
        return;
    };
    let key = |e: &super::Event| e.identity(knowledge, entities);
    let taken: Vec<_> = events
        .iter()
        .filter(|e| {
            e.date
                .is_some_and(|d| d.with_precision(Precision::Month) == month)
        })
        .map(key)
        .collect();
    // "Their previous meeting" is not current news: it stays undated.
    for event in events
        .iter_mut()
        .filter(|e| e.date.is_none() && !e.other_occasion)
    {
        if !taken.contains(&key(event)) {
            event.date = Some(month);
        }
    }
}

/// Whether a date expression is vaguer than a day.
fn is_vague(expression: &DateExpression) -> bool {
    !matches!(
        expression,
        DateExpression::Calendar { day: Some(_), .. }
            | DateExpression::DirectedMonth { day: Some(_), .. }
            | DateExpression::Weekday(_)
            | DateExpression::WeekdayOfWeek { .. }
    ) && !matches!(
        expression,
        DateExpression::Relative {
            unit: TimeUnit::Day,
            ..
        }
    )
}

/// A date of the report ("Pekan lalu, Gedung Putih mengatakan", "media
/// melaporkan pada Minggu") is not the date of the event, unless the source
/// reports its own act ("North Korea announced its launch in April").
fn reporting_date(scene: &Scene, at: &TriggerAt, actors: &[EntityIdx], d: &DateMention) -> bool {
    let (gazetteer, trigger) = (scene.entities, at.span);
    scene.sentence.attributions.iter().any(|a| {
        let own_act = a.source.is_some_and(|source| {
            actors.contains(&source)
                || gazetteer
                    .as_state(source)
                    .is_some_and(|s| actors.contains(&s))
        });
        // A date right after the attribution dates the report when the event is
        // told before it ("…, kata X pada Minggu") or the attribution names where
        // the report is from ("Dikutip dari CBS News, Sabtu (7/10/2023), …"); after
        // a speaker ("X mengatakan, pada Juli, …") it dates what is said.
        let right_after = d.start >= a.span.start && d.start <= a.span.end + REPORT_DATE_WINDOW;
        let trigger_between = trigger.start >= a.span.end && trigger.end <= d.start;
        // With no comma between, the date modifies the saying itself ("said on
        // Saturday that …", "mengatakan pada Minggu bahwa …").
        let on_the_saying = right_after
            && d.start >= a.span.end
            && !trigger_between
            && !scene.text()[a.span.end..d.start].contains(',');
        !own_act
            && ((trigger.start >= a.span.end && d.end <= a.span.end)
                || (right_after && trigger.end <= a.span.start)
                || (right_after && a.reporter && !trigger_between)
                || on_the_saying)
    })
}

/// "Ketika itu, Kim …", "at the time", "pada bulan yang sama": an undated
/// event takes the time the text told last, to the precision the words keep
/// of it ("the same month" of "on 4 November" is November), and happened if
/// that is before the reference date.
pub(super) fn date_from_time_anaphor(scene: &Scene, found: &mut Found) {
    let sentence = scene.sentence;
    let text = &scene.text()[sentence.span.start..sentence.span.end];
    let Some(last) = scene.discourse.last_date else {
        return;
    };
    let Some(precision) = scene
        .language
        .time_anaphors
        .iter()
        .find(|(r, _)| r.is_match(text))
        .map(|(_, precision)| *precision)
    else {
        return;
    };
    // "The same day" after "met in September last year" is the day told
    // before that month, not a day of it; "kala itu" keeps the month whole.
    let last = match (precision, scene.discourse.last_day) {
        (Some(p), Some(day)) if last.precision < p && day.precision >= p => day,
        _ => last,
    };
    let then = precision.map_or(last, |p| last.with_precision(p));
    let (Found::Event(e)
    | Found::Continuation(e)
    | Found::Reference(e)
    | Found::Participants(e)
    | Found::FollowUp(e)
    | Found::Repeat(e)) = found;
    if e.date.is_none() {
        e.date = Some(then);
        if let Some(reference) = scene.recognised.reference_date {
            if then.compare_coarse(&reference) == Ordering::Less {
                (e.status, e.status_stated) = (Status::Occurred, true);
            }
        }
    }
}
