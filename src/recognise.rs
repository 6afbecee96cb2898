//! Stage 3, recognise: finds what the rules work with in each sentence —
//! entity mentions (gazetteer names, short forms resolved within the
//! article), date expressions, event triggers, attributions and references
//! to "the two leaders". Entry point: [`recognise`], which turns a
//! [`Document`] into [`Recognised`].

use std::collections::HashMap;

use crate::knowledge::{EntityIdx, EntityKind, Knowledge, NameForm};
use crate::segment::{Document, Span};
use crate::temporal::{parse_published, DateExpression, DateMention, PartialDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityMention {
    pub span: Span,
    pub entity: EntityIdx,
    pub form: NameForm,
    /// Part of a title or qualifier of the next name ("Presiden *Rusia* Vladimir
    /// Putin", "*Russia's* Vostochny", "Vladivostok, *Russia*"), not a party itself.
    pub modifier: bool,
    /// Inside an attribution ("according to KCNA"): a source, not a party.
    pub source_only: bool,
    /// Right after a locative word ("in Ukraine", "di Vladivostok"): a place, not a party.
    pub locative: bool,
    /// Right after an agent marker ("oleh Korea Utara", "by Iran"): the one who acts.
    pub agent: bool,
    /// Right after a word of direction or arrival ("to Hanoi", "ke Hanoi", "di Hanoi").
    pub destination: bool,
    /// Right after words that make the place a topic ("the war in Ukraine", "situasi di Gaza").
    pub topic: bool,
    /// Right after a host's welcome ("welcomed Kenyan President", "menerima kunjungan").
    pub guest: bool,
    /// Followed by words that make it only relate someone else ("Turkey's neighbour").
    pub relation: bool,
}

#[derive(Debug, Clone)]
pub struct TriggerHit {
    /// Index into the language's triggers.
    pub trigger: usize,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Attribution {
    pub span: Span,
    pub source: Option<EntityIdx>,
    pub reporter: bool,
}

#[derive(Debug, Clone)]
pub struct SentenceAnalysis {
    pub span: Span,
    pub entities: Vec<EntityMention>,
    pub dates: Vec<DateMention>,
    pub triggers: Vec<TriggerHit>,
    pub attributions: Vec<Attribution>,
    pub pair_reference: Option<Span>,
}

#[derive(Debug, Clone)]
pub struct Recognised {
    pub document: Document,
    pub sentences: Vec<SentenceAnalysis>,
    /// The date relative expressions are resolved against.
    pub reference_date: Option<PartialDate>,
    /// The publication date, from metadata or, lacking it, stated in the text.
    pub published: Option<PartialDate>,
}

/// Most bytes between a title-like modifier and the name it qualifies.
const MODIFIER_GAP: usize = 40;

pub fn recognise(document: Document, knowledge: &Knowledge) -> Recognised {
    let language = &knowledge.languages[document.language];
    let gazetteer = &knowledge.gazetteer;
    let text = document.article.text.as_str();

    // Names in the headline count as already seen, so a surname in the body resolves.
    let mut last_seen: HashMap<EntityIdx, usize> = HashMap::new();
    if let Some(title) = &document.article.title {
        for name in gazetteer.find_names(title) {
            for (entity, form) in &name.readings {
                if *form == NameForm::Full {
                    last_seen.insert(*entity, 0);
                }
            }
        }
    }

    let mut sentences = Vec::with_capacity(document.sentences.len());
    for span in &document.sentences {
        let sentence = &text[span.start..span.end];
        let mut triggers = Vec::new();
        for index in language.trigger_set.matches(sentence).iter() {
            let trigger = &language.triggers[index];
            if trigger
                .requires
                .as_ref()
                .is_some_and(|r| !r.is_match(sentence))
                || trigger
                    .excludes
                    .as_ref()
                    .is_some_and(|r| r.is_match(sentence))
            {
                continue;
            }
            for m in trigger.pattern.find_iter(sentence) {
                triggers.push(TriggerHit {
                    trigger: index,
                    span: Span {
                        start: span.start + m.start(),
                        end: span.start + m.end(),
                    },
                });
            }
        }
        triggers.sort_by_key(|t| t.span.start);
        // The cues the rules read around a mention, a speaker or "the two
        // leaders" matter only where an event is stated: sentences without a
        // trigger keep just the names (for resolving short forms) and the dates.
        let states_event = !triggers.is_empty();

        let mut entities = Vec::new();
        for name in gazetteer.find_names(sentence) {
            let start = span.start + name.start;
            let full: Vec<EntityIdx> = name
                .readings
                .iter()
                .filter(|(_, f)| *f != NameForm::Short)
                .map(|(e, _)| *e)
                .collect();
            let chosen = if !full.is_empty() {
                full.iter()
                    .copied()
                    .max_by_key(|e| last_seen.get(e).map_or(0, |p| p + 1))
                    .map(|e| {
                        let form = name
                            .readings
                            .iter()
                            .find(|(x, _)| *x == e)
                            .map_or(NameForm::Full, |(_, f)| *f);
                        (e, form)
                    })
            } else {
                let candidates: Vec<EntityIdx> = name.readings.iter().map(|(e, _)| *e).collect();
                let seen = candidates
                    .iter()
                    .copied()
                    .filter(|e| last_seen.contains_key(e))
                    .max_by_key(|e| last_seen[e]);
                seen.or((candidates.len() == 1).then(|| candidates[0]))
                    .map(|e| (e, NameForm::Short))
            };
            let Some((entity, form)) = chosen else {
                continue;
            };
            if form != NameForm::Demonym {
                last_seen.insert(entity, start + 1);
            }
            entities.push(EntityMention {
                span: Span {
                    start,
                    end: span.start + name.end,
                },
                entity,
                form,
                modifier: false,
                source_only: false,
                locative: states_event && ends_with(&sentence[..name.start], &language.locatives),
                agent: states_event && ends_with(&sentence[..name.start], &language.agents),
                destination: states_event
                    && ends_with(&sentence[..name.start], &language.destinations),
                topic: states_event && ends_with(&sentence[..name.start], &language.topics),
                guest: states_event && ends_with(&sentence[..name.start], &language.guests),
                relation: states_event && starts_with(&sentence[name.end..], &language.relations),
            });
        }
        if states_event {
            mark_modifiers(text, &mut entities, knowledge);
        }

        // Attributions matter only where an event is stated: a sentence without
        // a trigger skips the pass.
        let mut attributions = Vec::new();
        let quoted = states_event.then(|| language.attribution_set.matches(sentence));
        for (index, rule) in language.attributions.iter().enumerate() {
            if !quoted.as_ref().is_some_and(|q| q.matched(index)) {
                continue;
            }
            for caps in rule.pattern.captures_iter(sentence) {
                let whole = caps.get(0).unwrap();
                let source = caps.name("source").unwrap();
                let source_span = Span {
                    start: span.start + source.start(),
                    end: span.start + source.end(),
                };
                let in_source = |m: &&EntityMention| {
                    m.span.start >= source_span.start && m.span.end <= source_span.end
                };
                // "juru bicara Kremlin Dmitry Peskov mengatakan": the person speaks.
                let source_entity = entities
                    .iter()
                    .filter(in_source)
                    .find(|m| {
                        gazetteer.entities[m.entity].kind == EntityKind::Person
                            && m.form != NameForm::Demonym
                    })
                    .or_else(|| entities.iter().filter(in_source).find(|m| !m.modifier))
                    .or_else(|| {
                        entities.iter().find(|m| {
                            m.span.start >= source_span.start && m.span.end <= source_span.end
                        })
                    })
                    .map(|m| m.entity);
                attributions.push(Attribution {
                    span: Span {
                        start: span.start + whole.start(),
                        end: span.start + whole.end(),
                    },
                    source: source_entity,
                    reporter: rule.reporter,
                });
            }
        }
        // A person quoted is usually also the actor ("Kim said he would visit"). A
        // state or agency quoted as a reporter is a source, not a party; quoted as a
        // speaker, it is set aside only when another of its kind is in the sentence,
        // and not when it speaks of its own act ("China said it test-fired …").
        for attribution in &attributions {
            let rest = &text[attribution.span.end..span.end];
            if !attribution.reporter && language.self_references.iter().any(|r| r.is_match(rest)) {
                continue;
            }
            let inside = |m: &EntityMention| {
                m.span.start >= attribution.span.start && m.span.end <= attribution.span.end
            };
            let kind = |m: &EntityMention| gazetteer.entities[m.entity].kind;
            let outside_kinds: Vec<EntityKind> =
                entities.iter().filter(|m| !inside(m)).map(kind).collect();
            for mention in entities.iter_mut() {
                if inside(mention)
                    && kind(mention) != EntityKind::Person
                    && (attribution.reporter || outside_kinds.contains(&kind(mention)))
                {
                    mention.source_only = true;
                }
            }
        }

        let dates = language
            .date_patterns
            .find(sentence, &language.dates)
            .into_iter()
            .map(|d| DateMention {
                start: span.start + d.start,
                end: span.start + d.end,
                ..d
            })
            .collect();

        let pair_reference = states_event
            .then(|| {
                language
                    .pair_references
                    .iter()
                    .find_map(|r| r.find(sentence))
            })
            .flatten()
            .map(|m| Span {
                start: span.start + m.start(),
                end: span.start + m.end(),
            });

        sentences.push(SentenceAnalysis {
            span: *span,
            entities,
            dates,
            triggers,
            attributions,
            pair_reference,
        });
    }

    let metadata_date = document
        .article
        .date_published
        .as_deref()
        .and_then(parse_published);
    let published = metadata_date.or_else(|| stated_date(&sentences));
    Recognised {
        document,
        sentences,
        reference_date: published,
        published,
    }
}

/// Whether the text just before a name ends with one of `patterns`.
/// Whether one of `patterns` (anchored with `^`) matches the text right after a name.
fn starts_with(after: &str, patterns: &[regex::Regex]) -> bool {
    let mut end = after.len().min(48);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    patterns.iter().any(|r| r.is_match(&after[..end]))
}

fn ends_with(before: &str, patterns: &[regex::Regex]) -> bool {
    let mut start = before.len().saturating_sub(48);
    while !before.is_char_boundary(start) {
        start += 1;
    }
    let tail = &before[start..];
    patterns.iter().any(|r| r.is_match(tail))
}

/// The first full calendar date the text states, for articles without a
/// publication date (a dateline's "Senin (4/9/2023)").
fn stated_date(sentences: &[SentenceAnalysis]) -> Option<PartialDate> {
    sentences
        .iter()
        .flat_map(|s| &s.dates)
        .find_map(|d| match d.expression {
            DateExpression::Calendar {
                year: Some(_),
                month: Some(_),
                day: Some(_),
            } => d.expression.resolve(None, false),
            _ => None,
        })
}

fn mark_modifiers(text: &str, mentions: &mut [EntityMention], knowledge: &Knowledge) {
    let gazetteer = &knowledge.gazetteer;
    for i in 0..mentions.len() {
        let this = mentions[i];
        let this_entity = &gazetteer.entities[this.entity];
        if this.form == NameForm::Demonym {
            mentions[i].modifier = true;
        }
        if let Some(next) = mentions.get(i + 1).copied() {
            let gap = &text[this.span.end..next.span.start];
            let next_entity = &gazetteer.entities[next.entity];
            // "Presiden Rusia Vladimir Putin", "Russia's Vostochny spaceport"
            // An agency or force of the same country qualifies too ("Panglima TNI Agus Subiyanto").
            let qualifier_country = match this_entity.kind {
                EntityKind::State => Some(this.entity),
                EntityKind::Organisation | EntityKind::ArmedGroup => this_entity.country,
                _ => None,
            };
            let qualifies_next = qualifier_country.is_some()
                && next_entity.country == qualifier_country
                && (this_entity.kind == EntityKind::State
                    || next_entity.kind == EntityKind::Person)
                && gap.len() <= MODIFIER_GAP
                && !gap.contains([',', '.', ';', ':', '(', ')', '"', '“', '”'])
                && !gap.split_whitespace().any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "and"
                            | "dan"
                            | "with"
                            | "dengan"
                            | "&"
                            | "serta"
                            | "or"
                            | "atau"
                            | "to"
                            | "ke"
                            | "in"
                            | "di"
                    )
                });
            if qualifies_next {
                mentions[i].modifier = true;
            }
            // "Vladivostok, Russia"
            if next_entity.kind == EntityKind::State
                && this_entity.country == Some(next.entity)
                && matches!(gap.trim(), "," | "")
            {
                mentions[i + 1].modifier = true;
            }
        }
    }
}
