//! Stage 3, recognise: finds what the rules work with in each sentence —
//! entity mentions (gazetteer names, short forms resolved within the
//! article), date expressions, event triggers, attributions and references
//! to "the two leaders". Entry point: [`recognise`], which turns a
//! [`Document`] into [`Recognised`].

mod capitals;
mod last_names;
mod open_world;
mod roles;
mod vessels;

use crate::knowledge::lexicon::NameCue;
use crate::knowledge::{
    Entities, Entity, EntityIdx, EntityKind, Gazetteer, Knowledge, Language, NameForm,
};
use crate::patterns::set_matches;
use crate::segment::{Document, Span};
use crate::temporal::{parse_published, DateExpression, DateMention, DateReadings, PartialDate};

/// A gazetteer name in the text, resolved to one entity, with what the words
/// around it make of it (the flags below, set only in a sentence that states
/// an event).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityMention {
    /// Where the name stands (bytes into the article text).
    pub span: Span,
    /// The entity it names: a full name the reading the article named last,
    /// a short form only one already named in full (or its only reading).
    pub entity: EntityIdx,
    /// How the name names it: in full, by a short form, or as a demonym.
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
    /// Right after a passive verb ("yang dilakukan Rusia"): the one who acts,
    /// further from the event noun than a bare agent marker may be.
    pub passive_agent: bool,
    /// Right after a verb of making ("developed by", "dibuat oleh"): the
    /// maker of what is used, not the one who acts with it.
    pub maker: bool,
    /// Right after a word of direction or arrival ("to Hanoi", "ke Hanoi", "di Hanoi").
    pub destination: bool,
    /// Right after words that make the place a topic ("the war in Ukraine", "situasi di Gaza").
    pub topic: bool,
    /// Right after a host's welcome ("welcomed Kenyan President", "menerima kunjungan").
    pub guest: bool,
    /// Followed by words that make it only relate someone else ("Turkey's neighbour").
    pub relation: bool,
    /// Right after words that aim a weapon at it ("rudal yang menghantam Israel").
    pub target: bool,
    /// Right after words of a weapon's direction ("rudal ke arah Kyiv").
    pub toward: bool,
    /// Right after words that make it what an event is aimed at or answers
    /// ("to counter China", "untuk menangkal China"): no party of an event
    /// told before it.
    pub adversary: bool,
    /// Right after words that say the event is held in or around it ("in",
    /// "di", "around"): also `locative`; a state may then be the place of
    /// an event whose parties are states.
    pub within: bool,
    /// A state named for an official of it whom the article has not named
    /// ("Japan's foreign minister", "the Estonian defence minister").
    pub office: bool,
    /// A warship's name standing for its state ("USS Carl Vinson"): it acts
    /// for the state in a launch, but its port call is no official's trip.
    pub vessel: bool,
}

impl EntityMention {
    /// A mention with no cue marked yet.
    pub fn new(span: Span, entity: EntityIdx, form: NameForm) -> Self {
        Self {
            span,
            entity,
            form,
            modifier: false,
            source_only: false,
            locative: false,
            agent: false,
            passive_agent: false,
            maker: false,
            destination: false,
            topic: false,
            guest: false,
            relation: false,
            target: false,
            toward: false,
            adversary: false,
            within: false,
            office: false,
            vessel: false,
        }
    }
}

/// Where a trigger rule fires: its pattern matches, its `requires` pattern
/// (if any) matches the sentence and its `excludes` pattern does not.
#[derive(Debug, Clone)]
pub struct TriggerHit {
    /// Index into the language's triggers.
    pub trigger: usize,
    /// The trigger words (bytes into the article text).
    pub span: Span,
}

/// Where a status cue ("will", "akan", "did not") stands in the text.
#[derive(Debug, Clone)]
pub struct CueHit {
    /// Index into the language's status cues.
    pub cue: usize,
    /// The cue words (bytes into the article text).
    pub span: Span,
}

/// A phrase that says who is the source of a sentence ("according to KCNA",
/// "Peskov said").
#[derive(Debug, Clone)]
pub struct Attribution {
    /// The whole phrase (bytes into the article text).
    pub span: Span,
    /// The entity the phrase's `source` group names, a person preferred;
    /// `None` when the group holds no gazetteer name.
    pub source: Option<EntityIdx>,
    /// From the rule's role: a reporter is never a party of the event, a
    /// speaker may be.
    pub reporter: bool,
}

/// What one sentence holds. A sentence without a trigger keeps only its
/// names and, when something may read them, its dates.
#[derive(Debug, Clone)]
pub struct SentenceAnalysis {
    /// The sentence (bytes into the article text).
    pub span: Span,
    /// The gazetteer names, in text order, not overlapping.
    pub entities: Vec<EntityMention>,
    /// The date expressions, in text order, offsets into the article text.
    pub dates: Vec<DateMention>,
    /// The trigger hits, in text order.
    pub triggers: Vec<TriggerHit>,
    /// The attribution phrases, when the sentence states an event.
    pub attributions: Vec<Attribution>,
    /// The status cues of a sentence that states an event, in text order per cue.
    pub status_cues: Vec<CueHit>,
    /// A phrase that refers back to the last two people named ("the two
    /// leaders"), when the sentence states an event.
    pub pair_reference: Option<Span>,
}

impl SentenceAnalysis {
    /// Whether the mention stands inside an attribution phrase ("…, officials
    /// in Seoul said", "Yoon's office said"): named as who says, or where.
    pub fn attributed(&self, mention: &EntityMention) -> bool {
        self.attributions
            .iter()
            .any(|a| a.span.start <= mention.span.start && mention.span.end <= a.span.end)
    }
}

/// A document with what was recognised in it.
#[derive(Debug, Clone)]
pub struct Recognised {
    /// The segmented article.
    pub document: Document,
    /// One analysis per sentence of `document.sentences`, in the same order.
    pub sentences: Vec<SentenceAnalysis>,
    /// The date relative expressions are resolved against.
    pub reference_date: Option<PartialDate>,
    /// The publication date, from metadata or, lacking it, stated in the text.
    pub published: Option<PartialDate>,
    /// The people and organisations the article introduces by a title or
    /// role that the gazetteer does not list, numbered on after its entities.
    pub minted: Vec<Entity>,
}

impl Recognised {
    /// The entities this article's mentions point to: the gazetteer's and its own.
    pub fn entities<'a>(&'a self, knowledge: &'a Knowledge) -> Entities<'a> {
        Entities {
            gazetteer: &knowledge.gazetteer,
            minted: &self.minted,
        }
    }
}

/// Most bytes between a title-like modifier and the name it qualifies.
const MODIFIER_GAP: usize = 40;

/// Recognises names, dates, triggers, cues and attributions in every
/// sentence of the document, with the rules of the document's language.
pub fn recognise(document: Document, knowledge: &Knowledge) -> Recognised {
    let language = &knowledge.languages[document.language];
    let text = document.article.text.as_str();
    let mut last_seen = headline_names(&document, &knowledge.gazetteer);
    let metadata_date = document
        .article
        .date_published
        .as_deref()
        .and_then(parse_published);
    // Outside sentences that state an event, dates are read only as the date a
    // later "at the time" points back to, and as the publication date of an
    // article whose metadata lacks one: when neither can apply, they are skipped.
    let background_dates =
        metadata_date.is_none() || language.time_anaphors.iter().any(|(r, _)| r.is_match(text));
    let mut minted = Vec::new();
    let mut first_names = open_world::FirstNames::default();
    let mut people = roles::People::default();
    let sentences = document
        .sentences
        .iter()
        .map(|span| {
            let seen = Seen {
                last_seen: &mut last_seen,
                minted: &mut minted,
                first_names: &mut first_names,
                people: &mut people,
            };
            analyse_sentence(text, *span, knowledge, language, seen, background_dates)
        })
        .collect::<Vec<_>>();
    let published = metadata_date.or_else(|| stated_date(&sentences));
    // Every date is read once, both ways; extraction only chooses.
    let mut sentences = sentences;
    for date in sentences.iter_mut().flat_map(|s| &mut s.dates) {
        date.readings = DateReadings::of(&date.expression, published);
    }
    for sentence in &mut sentences {
        crate::temporal::read_anchored(text, &mut sentence.dates, published);
    }
    Recognised {
        document,
        sentences,
        reference_date: published,
        published,
        minted,
    }
}

/// What the sentences before told about names: where each gazetteer entity
/// was last named, and the entities the article introduced itself.
struct Seen<'a> {
    last_seen: &'a mut LastSeen,
    minted: &'a mut Vec<Entity>,
    first_names: &'a mut open_world::FirstNames,
    people: &'a mut roles::People,
}

/// Names in the headline count as already seen, so a surname in the body resolves.
fn headline_names(document: &Document, gazetteer: &Gazetteer) -> LastSeen {
    let mut last_seen = LastSeen::default();
    if let Some(title) = &document.article.title {
        for name in gazetteer.find_names(title) {
            for (entity, form) in name.readings {
                if *form == NameForm::Full {
                    last_seen.insert(*entity, 0);
                }
            }
        }
    }
    last_seen
}

/// The names of one sentence (at byte `offset`): gazetteer names, the
/// people and organisations its titles introduce, and role references
/// turned into the people they name.
fn names_in(
    sentence: &str,
    offset: usize,
    knowledge: &Knowledge,
    language: &Language,
    seen: &mut Seen,
) -> Vec<EntityMention> {
    let gazetteer = &knowledge.gazetteer;
    let mut entities = mentions_in(
        sentence,
        offset,
        (gazetteer, seen.minted),
        language,
        seen.last_seen,
    );
    last_names::seen_last_names(
        sentence,
        offset,
        gazetteer,
        language,
        seen.last_seen,
        &mut entities,
    );
    capitals::refer_back(
        sentence,
        offset,
        &mut entities,
        gazetteer,
        language,
        seen.last_seen,
    );
    open_world::mint(
        sentence,
        offset,
        knowledge,
        language,
        &mut entities,
        (seen.minted, seen.first_names),
    );
    vessels::mark(sentence, offset, &mut entities, gazetteer, language);
    let view = Entities {
        gazetteer,
        minted: seen.minted,
    };
    // Bare roles first: they name people titled in the sentences before.
    roles::bare(sentence, offset, &mut entities, view, language, seen.people);
    roles::resolve(sentence, offset, &mut entities, view, language, seen.people);
    entities
}

/// What one sentence holds: names, triggers, and, where it states an event,
/// the cues around its names, attributions, status cues, dates and a pair
/// reference; dates elsewhere only when `background_dates`.
fn analyse_sentence(
    text: &str,
    span: Span,
    knowledge: &Knowledge,
    language: &Language,
    mut seen: Seen,
    background_dates: bool,
) -> SentenceAnalysis {
    let gazetteer = &knowledge.gazetteer;
    let sentence = &text[span.start..span.end];
    let mut triggers = triggers_in(sentence, span.start, language);
    let mut entities = names_in(sentence, span.start, knowledge, language, &mut seen);
    without_event_names(text, span, &mut triggers, &mut entities, language);
    let view = Entities {
        gazetteer,
        minted: seen.minted,
    };
    // The cues the rules read around a mention, a speaker or "the two
    // leaders" matter only where an event is stated: sentences without a
    // trigger keep just the names (for resolving short forms) and the dates
    // when something reads them (below).
    let states_event = !triggers.is_empty();
    let dates = if states_event || background_dates {
        language.date_patterns.find(sentence, &language.dates)
    } else {
        Vec::new()
    };
    let mut attributions = Vec::new();
    let mut status_cues = Vec::new();
    if states_event {
        status_cues = status_cues_in(sentence, span.start, language);
        let date_ends: Vec<usize> = dates.iter().map(|d| d.end).collect();
        mark_cues(sentence, span.start, &mut entities, language, &date_ends);
        mark_modifiers(text, &mut entities, &triggers, view, language);
        attributions = attributions_in(sentence, span.start, &entities, view, language);
        mark_sources(text, span, &attributions, &mut entities, view, language);
    }

    let dates = dates
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

    SentenceAnalysis {
        span,
        entities,
        dates,
        triggers,
        attributions,
        status_cues,
        pair_reference,
    }
}

/// Where the article last named each entity (byte offset + 1; 0 for the
/// headline), how often it named it, and the abbreviations it gave another
/// meaning (`redefines`). An article names a few dozen entities: a list
/// beats hashing.
#[derive(Default)]
struct LastSeen(Vec<(EntityIdx, usize)>, Vec<usize>, Vec<EntityIdx>);

impl LastSeen {
    fn get(&self, entity: &EntityIdx) -> Option<&usize> {
        self.0.iter().find(|(e, _)| e == entity).map(|(_, at)| at)
    }

    /// How many times the article named the entity so far.
    fn count(&self, entity: &EntityIdx) -> usize {
        self.0
            .iter()
            .position(|(e, _)| e == entity)
            .map_or(0, |i| self.1[i])
    }

    /// The entity named last before byte `before` of the text that `keep` accepts.
    fn latest(&self, before: usize, keep: impl Fn(EntityIdx) -> bool) -> Option<EntityIdx> {
        self.0
            .iter()
            .filter(|(e, at)| *at <= before && keep(*e))
            .max_by_key(|(_, at)| *at)
            .map(|(e, _)| *e)
    }

    fn insert(&mut self, entity: EntityIdx, at: usize) {
        match self.0.iter().position(|(e, _)| *e == entity) {
            Some(i) => {
                self.0[i].1 = at;
                self.1[i] += 1;
            }
            None => {
                self.0.push((entity, at));
                self.1.push(1);
            }
        }
    }
}

/// The trigger hits of one sentence (at byte `offset` of the text), in text order.
/// The capture group of a trigger pattern that holds the event's own name.
const EVENT_NAME_GROUP: &str = "name";

fn triggers_in(sentence: &str, offset: usize, language: &Language) -> Vec<TriggerHit> {
    let mut triggers = Vec::new();
    let Some(which) = set_matches(&language.trigger_set, sentence) else {
        return triggers;
    };
    for index in which.iter() {
        let trigger = &language.triggers[index];
        if trigger
            .requires
            .as_ref()
            .is_some_and(|r| !r.is_match(sentence))
        {
            continue;
        }
        let Some(local) = excluded_spans(trigger.excludes.as_ref(), sentence) else {
            continue;
        };
        for m in trigger.pattern.find_iter(sentence) {
            if local.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
                continue;
            }
            triggers.push(TriggerHit {
                trigger: index,
                span: Span {
                    start: offset + m.start(),
                    end: offset + m.end(),
                },
            });
        }
    }
    triggers.sort_by_key(|t| t.span.start);
    triggers
}

/// The group of an `excludes` pattern whose match drops only the trigger
/// matches inside it, not the sentence's others: "the first jets are due to
/// arrive" is no trip, but "Biden arrived in Hanoi" in the same sentence is.
const LOCAL_EXCLUSION_GROUP: &str = "hit";

/// The spans of the sentence that drop the trigger matches they overlap, or
/// `None` when an `excludes` match without the local group drops them all.
fn excluded_spans(excludes: Option<&regex::Regex>, sentence: &str) -> Option<Vec<(usize, usize)>> {
    let Some(excludes) = excludes else {
        return Some(Vec::new());
    };
    if !excludes
        .capture_names()
        .any(|n| n == Some(LOCAL_EXCLUSION_GROUP))
    {
        return (!excludes.is_match(sentence)).then(Vec::new);
    }
    let mut spans = Vec::new();
    for c in excludes.captures_iter(sentence) {
        let hit = c.name(LOCAL_EXCLUSION_GROUP)?;
        spans.push((hit.start(), hit.end()));
    }
    Some(spans)
}

/// "the Bersama Lima exercise", "the African Lion drills": a name inside an
/// event's own name is no party or place of it. Names joined by hyphens
/// ("the Japan-Philippines drills") are its parties: the trigger starts
/// after them, so they stand before it.
fn without_event_names(
    text: &str,
    span: Span,
    triggers: &mut [TriggerHit],
    entities: &mut Vec<EntityMention>,
    language: &Language,
) {
    let sentence = &text[span.start..span.end];
    let mut names = event_names(sentence, span.start, triggers, language);
    names.retain(|&(hit, name)| {
        let parties = joins_only_names(text, name, entities);
        if parties {
            triggers[hit].span.start = name.end;
        }
        !parties
    });
    entities.retain(|m| {
        !names
            .iter()
            .any(|(_, n)| n.start <= m.span.start && m.span.end <= n.end)
    });
}

/// The spans of the sentence (at byte `offset`) that name an event itself:
/// the `name` group of a trigger pattern that has one, with the index of
/// its trigger.
fn event_names(
    sentence: &str,
    offset: usize,
    triggers: &[TriggerHit],
    language: &Language,
) -> Vec<(usize, Span)> {
    let mut names = Vec::new();
    for (index, hit) in triggers.iter().enumerate() {
        let pattern = &language.triggers[hit.trigger].pattern;
        if !pattern.capture_names().any(|n| n == Some(EVENT_NAME_GROUP)) {
            continue;
        }
        let at = hit.span.start - offset;
        let name = pattern
            .captures_at(sentence, at)
            .filter(|c| c.get(0).is_some_and(|m| m.start() == at))
            .and_then(|c| c.name(EVENT_NAME_GROUP));
        if let Some(name) = name {
            let span = Span {
                start: offset + name.start(),
                end: offset + name.end(),
            };
            names.push((index, span));
        }
    }
    names
}

/// Whether an event's name is only names joined by hyphens ("the
/// Japan-Philippines drills", "the Biden-Xi summit"): then it names the
/// parties, not the event, and they stay.
fn joins_only_names(text: &str, name: Span, entities: &[EntityMention]) -> bool {
    let inside: Vec<Span> = entities
        .iter()
        .map(|m| m.span)
        .filter(|m| name.start <= m.start && m.end <= name.end)
        .collect();
    inside.len() >= 2
        && text[name.start..name.end]
            .char_indices()
            .map(|(i, c)| (name.start + i, c))
            .all(|(at, c)| {
                matches!(c, '-' | '\u{2013}') || inside.iter().any(|m| m.start <= at && at < m.end)
            })
}

/// The status cues of one sentence (at byte `offset` of the text).
fn status_cues_in(sentence: &str, offset: usize, language: &Language) -> Vec<CueHit> {
    let mut hits = Vec::new();
    let Some(which) = set_matches(&language.status_set, sentence) else {
        return hits;
    };
    for cue in which.iter() {
        let status_cue = &language.status_cues[cue];
        let mut push = |start: usize, end: usize| {
            hits.push(CueHit {
                cue,
                span: Span {
                    start: offset + start,
                    end: offset + end,
                },
            })
        };
        if status_cue.cue_group {
            // The cue stands on its group; the rest of the match is context.
            for caps in status_cue.pattern.captures_iter(sentence) {
                let m = caps.name("cue").or_else(|| caps.get(0));
                if let Some(m) = m {
                    push(m.start(), m.end());
                }
            }
        } else {
            for m in status_cue.pattern.find_iter(sentence) {
                push(m.start(), m.end());
            }
        }
    }
    hits
}

/// The entity a short form names when the article named it in full after any
/// full-name reading of the same word: "Austin" after "Lloyd Austin" is the
/// defence secretary, not the Texan city, unless the city was named since.
/// Of two people of one short form ("Kim"), the one the article named more
/// often, then the one named last: a father named once in a history sentence
/// is not the leader the article is about.
fn short_of_named(readings: &[(EntityIdx, NameForm)], last_seen: &LastSeen) -> Option<EntityIdx> {
    let seen = |form: bool| {
        readings
            .iter()
            .filter(|(_, f)| (*f == NameForm::Short) == form)
            .filter_map(|(e, _)| Some((*e, *last_seen.get(e)?, last_seen.count(e))))
            .max_by_key(|&(_, at, count)| (if form { count } else { 0 }, at))
            .map(|(e, at, _)| (e, at))
    };
    let (short, at) = seen(true)?;
    match seen(false) {
        Some((_, full_at)) if full_at > at => None,
        _ => Some(short),
    }
}

/// The listed entity of an abbreviation the article defines as another's:
/// in brackets right after capitalised words that name no reading of it
/// ("Kepala Staf Angkatan Bersenjata Filipina (AFP)" is no news agency;
/// "Agence France-Presse (AFP)" stays one).
fn redefines(
    sentence: &str,
    start: usize,
    end: usize,
    readings: &[(EntityIdx, NameForm)],
    gazetteer: &Gazetteer,
) -> Option<EntityIdx> {
    let said = &sentence[start..end];
    let abbreviation = said.len() >= 2 && said.chars().all(|c| c.is_ascii_uppercase());
    let before = sentence[..start].strip_suffix('(')?.trim_end();
    if !abbreviation || !sentence[end..].starts_with(')') {
        return None;
    }
    let last_word = before.rsplit(' ').next()?;
    if !last_word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let [(entity, _)] = readings else {
        return None;
    };
    // Only when the words before name another state than the listed one's:
    // "Joint Chiefs of Staff (JCS)" of the state it is listed for stays it.
    let names = gazetteer.find_names(tail(before));
    let readings = || {
        names
            .iter()
            .flat_map(|n| n.readings.iter().map(|(e, _)| *e))
    };
    let own_state = gazetteer.entities.get(*entity).and_then(|e| e.country);
    // A state, or a body of a state ("Angkatan Bersenjata Filipina").
    let other_state = readings().any(|e| {
        let state = gazetteer.entities.get(e).and_then(|s| match s.kind {
            EntityKind::State => Some(e),
            _ => s.country,
        });
        state.is_some() && state != own_state
    });
    let named_before = readings().any(|e| e == *entity);
    (other_state && !named_before).then_some(*entity)
}

/// Whether the text right after a name is a hyphen and a model designation,
/// a Roman numeral or a number with letters ("-II", "-3", "-1A"), and the
/// word ends there.
fn designation_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let token_end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let token = &rest[..token_end];
    let roman = !token.is_empty() && token.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let numbered = token.starts_with(|c: char| c.is_ascii_digit())
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    (roman && token.len() <= 4) || numbered
}

/// Whether the text before a name ends in a missile noun and its modifiers
/// (`references.tsv` `weapon_name`: "rudal permukaan-ke-permukaan"), or the
/// text after it starts with them (`weapon_name_after`: "series
/// surface-to-surface missile").
fn weapon_named(before: &str, after: &str, language: &Language) -> bool {
    let before = tail(before);
    language.weapon_names.iter().any(|r| r.is_match(before))
        || language
            .weapon_names_after
            .iter()
            .any(|r| r.is_match(after))
}

/// The gazetteer names of one sentence, each resolved to one entity: a full
/// name to the reading seen last, a short form ("Putin") only to an entity
/// already named in full (or its only reading, unless another name word
/// follows it: "Shin" of "Shin Tae-yong" is not Shin Won-sik). `last_seen`
/// carries what the article named so far.
fn mentions_in(
    sentence: &str,
    offset: usize,
    (gazetteer, minted): (&Gazetteer, &[Entity]),
    language: &Language,
    last_seen: &mut LastSeen,
) -> Vec<EntityMention> {
    let mut entities = Vec::new();
    let names = gazetteer.find_names(sentence);
    for name in &names {
        let start = offset + name.start;
        // "Angkatan Bersenjata Filipina (AFP)": the article's own AFP.
        if name.readings.iter().any(|(e, _)| last_seen.2.contains(e)) {
            continue;
        }
        if let Some(entity) = redefines(sentence, name.start, name.end, name.readings, gazetteer) {
            last_seen.2.push(entity);
            continue;
        }
        let full = name.readings.iter().filter(|(_, f)| *f != NameForm::Short);
        let chosen = if let Some(named) = short_of_named(name.readings, last_seen) {
            Some((named, NameForm::Short))
        } else if full.clone().next().is_some() {
            full.max_by_key(|(e, _)| last_seen.get(e).map_or(0, |p| p + 1))
                .map(|(e, f)| (*e, *f))
        } else {
            let seen = name
                .readings
                .iter()
                .filter_map(|(e, _)| Some((*e, *last_seen.get(e)?)))
                .max_by_key(|(_, at)| *at)
                .map(|(e, _)| e);
            // A listed name right before ("Menhan Inggris Hammond") is no given name.
            let after_name = names.iter().any(|n| n.end + 1 == name.start);
            let said = &sentence[name.start..name.end];
            let only = (name.readings.len() == 1)
                .then(|| name.readings[0].0)
                .filter(|_| !open_world::name_continues(sentence, name.end, language))
                .filter(|e| !last_names::of_another_seen(gazetteer, last_seen, *e, said))
                .filter(|_| !last_names::of_minted_person(minted, said))
                .filter(|_| {
                    after_name || !open_world::name_precedes(sentence, name.start, language)
                });
            seen.or(only).map(|e| (e, NameForm::Short))
        };
        let Some((entity, form)) = chosen else {
            continue;
        };
        let person = gazetteer
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == EntityKind::Person);
        if person
            && last_names::inside_compound(sentence, name.start, name.end, gazetteer, language)
        {
            continue;
        }
        // "Fatah-II", "rudal balistik Fatah", "Fatah series missile": an
        // organisation's name with a model number or by a missile noun is a weapon's.
        let organisation = gazetteer
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == EntityKind::Organisation);
        if organisation
            && (designation_follows(&sentence[name.end..])
                || weapon_named(&sentence[..name.start], &sentence[name.end..], language))
        {
            continue;
        }
        if form != NameForm::Demonym {
            last_seen.insert(entity, start + 1);
        }
        let span = Span {
            start,
            end: offset + name.end,
        };
        entities.push(EntityMention::new(span, entity, form));
    }
    entities
}

/// Sets the cues of the words around each mention: locative, agent,
/// destination, topic, guest, target, toward, relation. A date right before
/// a name ends what governs it: "on Wednesday Russia fired" has "on" govern
/// the day, so Russia is no place (`date_ends`: sentence-relative ends of the
/// sentence's dates).
fn mark_cues(
    sentence: &str,
    offset: usize,
    mentions: &mut [EntityMention],
    language: &Language,
    date_ends: &[usize],
) {
    for m in mentions {
        let mut before = &sentence[..m.span.start - offset];
        if let Some(end) = date_ends
            .iter()
            .find(|end| **end <= before.len() && before[**end..].trim().is_empty())
        {
            before = &before[*end..];
        }
        let after = &sentence[m.span.end - offset..];
        let cues = language.before_name.cues(tail(before));
        m.within = cues.contains(&NameCue::Within);
        m.locative = m.within || cues.contains(&NameCue::Locative);
        m.maker = cues.contains(&NameCue::Maker);
        m.agent = cues.contains(&NameCue::Agent) && !m.maker;
        m.passive_agent = cues.contains(&NameCue::PassiveAgent) && !m.maker;
        m.destination = cues.contains(&NameCue::Destination);
        m.topic = cues.contains(&NameCue::Topic);
        m.guest = cues.contains(&NameCue::Guest);
        m.target = cues.contains(&NameCue::Target);
        m.toward = cues.contains(&NameCue::Toward);
        m.adversary = cues.contains(&NameCue::Adversary);
        m.relation = cues.contains(&NameCue::Relation) || starts_with(after, &language.relations);
    }
}

/// The attributions of one sentence ("according to KCNA", "Peskov said"),
/// each with the entity that speaks, if named.
fn attributions_in(
    sentence: &str,
    offset: usize,
    entities: &[EntityMention],
    gazetteer: Entities,
    language: &Language,
) -> Vec<Attribution> {
    let mut attributions = Vec::new();
    let Some(quoted) = set_matches(&language.attribution_set, sentence) else {
        return attributions;
    };
    for (index, rule) in language.attributions.iter().enumerate() {
        if !quoted.matched(index) {
            continue;
        }
        for caps in rule.pattern.captures_iter(sentence) {
            let whole = caps.get(0).unwrap();
            let source = caps.name("source").unwrap();
            // "met Xi in Moscow and said …": a source ending in a `source_end`
            // word ("and") is the event told, not who speaks.
            let last_word = source.as_str().rsplit(char::is_whitespace).next();
            if last_word.is_some_and(|w| language.source_ends.iter().any(|r| r.is_match(w))) {
                continue;
            }
            let source_span = Span {
                start: offset + source.start(),
                end: offset + source.end(),
            };
            let in_source = |m: &&EntityMention| {
                m.span.start >= source_span.start && m.span.end <= source_span.end
            };
            // "juru bicara Kremlin Dmitry Peskov mengatakan": the person speaks.
            let source_entity = entities
                .iter()
                .filter(in_source)
                .find(|m| {
                    gazetteer[m.entity].kind == EntityKind::Person && m.form != NameForm::Demonym
                })
                .or_else(|| entities.iter().filter(in_source).find(|m| !m.modifier))
                .or_else(|| entities.iter().find(in_source))
                .map(|m| m.entity);
            attributions.push(Attribution {
                span: Span {
                    start: offset + whole.start(),
                    end: offset + whole.end(),
                },
                source: source_entity,
                reporter: rule.reporter,
            });
        }
    }
    attributions
}

/// Marks the mentions inside an attribution that are only its source.
///
/// A person quoted is usually also the actor ("Kim said he would visit"). A
/// state or agency quoted as a reporter is a source, not a party; quoted as a
/// speaker, it is set aside only when another of its kind is in the sentence,
/// and not when it speaks of its own act ("China said it test-fired …").
fn mark_sources(
    text: &str,
    sentence: Span,
    attributions: &[Attribution],
    entities: &mut [EntityMention],
    gazetteer: Entities,
    language: &Language,
) {
    for attribution in attributions {
        let rest = &text[attribution.span.end..sentence.end];
        if !attribution.reporter && language.self_references.iter().any(|r| r.is_match(rest)) {
            continue;
        }
        let inside = |m: &EntityMention| {
            m.span.start >= attribution.span.start && m.span.end <= attribution.span.end
        };
        let kind = |m: &EntityMention| gazetteer[m.entity].kind;
        let outside_kinds: Vec<EntityKind> =
            entities.iter().filter(|m| !inside(m)).map(kind).collect();
        // "Militer Korea Selatan mengatakan rudal … Korea Utara": an agency
        // speaks for its state, so another state named is another of its kind.
        let outside_states: Vec<EntityIdx> = entities
            .iter()
            .filter(|m| !inside(m) && kind(m) == EntityKind::State)
            .filter_map(|m| gazetteer.as_state(m.entity))
            .collect();
        let speaks_for_a_state_beside_another = |m: &EntityMention| {
            kind(m) == EntityKind::Organisation
                && gazetteer
                    .as_state(m.entity)
                    .is_some_and(|own| outside_states.iter().any(|other| *other != own))
        };
        for mention in entities.iter_mut() {
            if inside(mention)
                && kind(mention) != EntityKind::Person
                && (attribution.reporter
                    || outside_kinds.contains(&kind(mention))
                    || speaks_for_a_state_beside_another(mention))
            {
                mention.source_only = true;
            }
        }
    }
}

/// Whether one of `patterns` (anchored with `^`) matches the text right after a name.
fn starts_with(after: &str, patterns: &[regex::Regex]) -> bool {
    let mut end = after.len().min(48);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    patterns.iter().any(|r| r.is_match(&after[..end]))
}

/// The last 80 bytes (or so, on a character boundary) of the text before a
/// name: enough for a cue before a full title ("menerima kunjungan
/// kehormatan Menteri Pertahanan Australia ").
fn tail(before: &str) -> &str {
    let mut start = before.len().saturating_sub(80);
    while !before.is_char_boundary(start) {
        start += 1;
    }
    &before[start..]
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

fn mark_modifiers(
    text: &str,
    mentions: &mut [EntityMention],
    triggers: &[TriggerHit],
    gazetteer: Entities,
    language: &Language,
) {
    for i in 0..mentions.len() {
        let this = mentions[i];
        let this_entity = &gazetteer[this.entity];
        if this.form == NameForm::Demonym {
            mentions[i].modifier = true;
        }
        if let Some(next) = mentions.get(i + 1).copied() {
            let gap = &text[this.span.end..next.span.start];
            let next_entity = &gazetteer[next.entity];
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
                && !gap
                    .split_whitespace()
                    .any(|w| language.joiners.iter().any(|r| r.is_match(w)))
                // "ke Rusia untuk bertemu Putin": a trigger between them makes
                // the state a place or party of its own, not Putin's title.
                && !triggers
                    .iter()
                    .any(|t| t.span.start < next.span.start && t.span.end > this.span.end);
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
