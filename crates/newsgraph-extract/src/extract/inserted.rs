//! An inserted relative clause (", who visited Beijing last month,";
//! references.tsv `inserted_clause`) tells something of its own. A trigger
//! outside it takes no date or status cue from it when the clause is about a
//! name or states an event of its own, and no name from it when it does both;
//! a trigger inside a clause about a name reads only the clause and the name.

use super::{Scene, TriggerAt};
use crate::recognise::SentenceAnalysis;
use crate::segment::Span;

/// How far (bytes) before the clause's opening comma its head name may end.
const HEAD_GAP: usize = 2;

/// One inserted clause of a sentence.
struct Inserted {
    /// From its opening comma to the end of its words (bytes into the article).
    span: Span,
    /// The name the clause is about ("Mohammed bin Salman, who …"), as an
    /// index into the sentence's entity mentions.
    head: Option<usize>,
    /// A trigger of the sentence stands inside it: it states an event of its own.
    states_event: bool,
}

/// The sentence as the trigger's own clause sees it, when the sentence has an
/// inserted clause that changes what the trigger may read; `None` otherwise.
pub(super) fn view(scene: &Scene, at: &TriggerAt) -> Option<SentenceAnalysis> {
    let clauses = inserted_clauses(scene);
    if clauses.is_empty() {
        return None;
    }
    let sentence = scene.sentence;
    let inside = |outer: Span, inner: Span| inner.start >= outer.start && inner.end <= outer.end;
    let mut view = sentence.clone();
    if let Some(own) = clauses.iter().find(|c| inside(c.span, at.span)) {
        // Inside a clause about a name: the clause and that name. A clause
        // about a thing may tell the main event itself ("agreements signed
        // in July, which foresee Poland buying …"): it reads the sentence.
        let head = sentence.entities[own.head?].span;
        view.entities
            .retain(|m| inside(own.span, m.span) || m.span == head);
        view.dates.retain(|d| inside(own.span, date_span(d)));
        view.status_cues.retain(|c| inside(own.span, c.span));
        return Some(view);
    }
    let foreign: Vec<&Inserted> = clauses
        .iter()
        .filter(|c| c.head.is_some() || c.states_event)
        .collect();
    if foreign.is_empty() {
        return None;
    }
    let in_foreign = |span: Span| foreign.iter().any(|c| inside(c.span, span));
    // A name's own act ("X, who met Y last month,"); not a clause about a
    // thing, which may tell the main event ("agreements, which foresee Poland buying …").
    let in_eventful = |span: Span| {
        foreign
            .iter()
            .any(|c| c.states_event && c.head.is_some() && inside(c.span, span))
    };
    view.entities.retain(|m| !in_eventful(m.span));
    view.dates.retain(|d| !in_foreign(date_span(d)));
    view.status_cues.retain(|c| !in_foreign(c.span));
    Some(view)
}

/// The inserted clauses of the scene's sentence, in text order.
fn inserted_clauses(scene: &Scene) -> Vec<Inserted> {
    let sentence = scene.sentence;
    let span = sentence.span;
    let text = &scene.text()[span.start..span.end];
    let patterns = &scene.language.state_phrases.inserted_clauses;
    let mut clauses: Vec<Inserted> = patterns
        .iter()
        .flat_map(|r| r.find_iter(text))
        .map(|m| {
            let clause = Span {
                start: span.start + m.start(),
                end: span.start + m.end(),
            };
            let head = sentence
                .entities
                .iter()
                .rposition(|e| e.span.end <= clause.start)
                .filter(|&i| clause.start - sentence.entities[i].span.end <= HEAD_GAP);
            let states_event = sentence
                .triggers
                .iter()
                .any(|t| t.span.start >= clause.start && t.span.end <= clause.end);
            Inserted {
                span: clause,
                head,
                states_event,
            }
        })
        .collect();
    clauses.sort_by_key(|c| c.span.start);
    clauses
}

fn date_span(date: &crate::temporal::DateMention) -> Span {
    Span {
        start: date.start,
        end: date.end,
    }
}
