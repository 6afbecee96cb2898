//! Open-world entities: a person or organisation the gazetteer does not list,
//! introduced by a title or role (`titles.tsv`: "Defence Minister of Kenya
//! Aden Duale", "Menteri Pertahanan Kenya Aden Duale", "his Kenyan
//! counterpart X", "defence firm X"), becomes an entity of the article with
//! a type, a label, and the state the title names. Later mentions of its
//! full name, or of a person's last name, point to it.
//!
//! Only a name right after a title is taken, never a capitalised word on its
//! own; a name must have the words its kind needs, none of them a stopword,
//! a month or weekday, and hold no trigger of an event.

mod companies;
mod sites;

use super::EntityMention;
use crate::knowledge::{
    Entities, Entity, EntityIdx, EntityKind, Gazetteer, Knowledge, Language, NameForm,
};
use crate::segment::Span;

/// Most words of a name (particles not counted).
const MAX_NAME_WORDS: usize = 4;
/// Most bytes between a state and the title it qualifies ("New Zealand Deputy Prime Minister and ").
const STATE_GAP: usize = 48;

/// A gazetteer name of the sentence: bytes into the sentence, and its entity.
#[derive(Clone, Copy)]
struct Named {
    start: usize,
    end: usize,
    entity: EntityIdx,
}

/// One sentence as the minting reads it.
struct Context<'a> {
    sentence: &'a str,
    names: Vec<Named>,
    gazetteer: &'a Gazetteer,
    language: &'a Language,
}

/// The first names (`first_name`) of an article's minted entities, by index,
/// as the byte length of the first word of each label. Each sentence asks for
/// them again, and they change only when an entity is minted (labels and
/// kinds never change), so they are worked out once per entity count.
#[derive(Default)]
pub(super) struct FirstNames {
    minted: usize,
    lengths: Vec<Option<usize>>,
}

impl FirstNames {
    /// The first name of every minted person, `None` for other kinds.
    fn refresh(&mut self, context: &Context, minted: &[Entity]) {
        if self.minted == minted.len() {
            return;
        }
        let person = |i: &usize| minted[*i].kind == EntityKind::Person;
        self.lengths = (0..minted.len())
            .map(|i| {
                Some(i)
                    .filter(person)
                    .and_then(|i| first_name(context, minted, i))
            })
            .map(|first| first.map(str::len))
            .collect();
        self.minted = minted.len();
    }

    fn get<'e>(&self, minted: &'e [Entity], index: usize) -> Option<&'e str> {
        self.lengths[index].map(|len| &minted[index].label_en[..len])
    }
}

/// Adds to `mentions` the names of the sentence (at byte `offset`) that
/// earlier sentences introduced, and those its titles introduce now (new ones
/// pushed to `minted`); keeps `mentions` in text order.
pub(super) fn mint(
    sentence: &str,
    offset: usize,
    knowledge: &Knowledge,
    language: &Language,
    mentions: &mut Vec<EntityMention>,
    (minted, first_names): (&mut Vec<Entity>, &mut FirstNames),
) {
    let listed = knowledge.gazetteer.entities.len();
    let context = Context {
        sentence,
        names: mentions
            .iter()
            .map(|m| Named {
                start: m.span.start - offset,
                end: m.span.end - offset,
                entity: m.entity,
            })
            .collect(),
        gazetteer: &knowledge.gazetteer,
        language,
    };
    let mut found: Vec<(usize, usize, EntityIdx)> = Vec::new();
    let titles = &language.titles.any;
    if titles.as_ref().is_some_and(|t| t.is_match(sentence)) && !title_case(sentence, language) {
        found = titled(&context, offset, mentions, minted, listed);
        found.extend(sites::headed(&context, minted, listed));
        found.extend(companies::headed(&context, minted, listed));
    }
    first_names.refresh(&context, minted);
    found.extend(mentioned_again(&context, listed, minted, first_names));
    let entities = Entities {
        gazetteer: &knowledge.gazetteer,
        minted,
    };
    for (start, end, entity) in found {
        let span = Span {
            start: offset + start,
            end: offset + end,
        };
        // A site's title may hold other names ("Pusat Latihan Tempur Marinir"):
        // the site stands for them; a listed name as long stands ("Fort Worth").
        let within = |m: &EntityMention| span.start <= m.span.start && m.span.end <= span.end;
        let covered = mentions
            .iter()
            .any(|m| m.span.start <= span.start && span.end <= m.span.end);
        let kind = entities[entity].kind;
        let place = matches!(kind, EntityKind::Site | EntityKind::Region);
        if place && !covered {
            mentions.retain(|m| !within(m));
            sites::qualify(mentions, span, entities[entity].country);
        }
        // A person's name read through a listed place ("do Rosário") holds it.
        if kind == EntityKind::Person && !covered {
            mentions.retain(|m| !within(m));
        }
        // "Adm. Ryo Sakai … Sakai is to call on X": the last name of a person
        // the article named in full is that person, not the town it spells.
        if kind == EntityKind::Person {
            mentions.retain(|m| m.span != span || !is_town(&knowledge.gazetteer, m.entity));
        }
        let taken = mentions
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end);
        if !taken {
            mentions.push(EntityMention::new(span, entity, NameForm::Full));
        }
    }
    mentions.sort_by_key(|m| m.span.start);
}

/// The names the sentence's titles introduce ("Menteri Pertahanan Kenya Aden
/// Duale", "Puslatpur Baturaja"): (start, end, entity), bytes into the
/// sentence. A site's title is part of its name.
fn titled(
    context: &Context,
    offset: usize,
    mentions: &mut [EntityMention],
    minted: &mut Vec<Entity>,
    listed: usize,
) -> Vec<(usize, usize, EntityIdx)> {
    let sentence = context.sentence;
    let mut found = Vec::new();
    for (kind, titles) in &context.language.titles.titles {
        for title in titles.find_iter(sentence) {
            let Some((mut start, end, mut state)) =
                titled_name(context, title.start(), title.end(), *kind)
            else {
                continue;
            };
            state = state.or_else(|| home_state_of(context, title.as_str(), *kind));
            if *kind == EntityKind::Site {
                start = title.start();
                // A listed name that begins with the head stands ("Fort Worth").
                if context
                    .names
                    .iter()
                    .any(|n| n.start <= start && end <= n.end)
                {
                    continue;
                }
                state = state.or_else(|| sites::state_after(context, end));
            }
            let entity = introduce(&sentence[start..end], *kind, state, context, minted);
            found.push((start, end, listed + entity));
            // The state of the title qualifies the name; it is no party of its own.
            for m in mentions.iter_mut() {
                if Some(m.entity) == state && m.span.end <= offset + start {
                    m.modifier |= m.span.start + STATE_GAP * 2 >= offset + title.start();
                }
            }
            if matches!(kind, EntityKind::Region | EntityKind::City) {
                qualifiers_of_place(sentence, offset + title.start(), offset, mentions);
            }
        }
    }
    found
}

/// The home state, for a person titled with one of its offices and no
/// state named ("Wakil Menteri Pertahanan Muhammad Herindra": Indonesia's).
fn home_state_of(context: &Context, title: &str, kind: EntityKind) -> Option<EntityIdx> {
    let titles = &context.language.titles;
    let home = kind == EntityKind::Person && titles.home_titles.iter().any(|r| r.is_match(title));
    let id = titles.home_state.as_deref().filter(|_| home)?;
    context.gazetteer.get(id)
}

/// Marks a name right before a place noun, in the same phrase, as
/// qualifying the place the noun introduces: "the Black Sea coastal province
/// of Rize" happens in Rize, not on the sea.
fn qualifiers_of_place(
    sentence: &str,
    title: usize,
    offset: usize,
    mentions: &mut [EntityMention],
) {
    for m in mentions.iter_mut().filter(|m| m.span.end <= title) {
        let gap = &sentence[m.span.end - offset..title - offset];
        let plain = gap.len() <= STATE_GAP
            && gap
                .chars()
                .all(|c| c.is_lowercase() || c == ' ' || c == '-');
        m.modifier |= plain;
    }
}

/// Whether the sentence is a headline in title case ("Minister Holds Talks
/// With …"), where a title's "name" would be ordinary words: two function
/// words (stopwords) past its first word are capitalised, or every word of
/// three letters or more is ("Prabowo Meets Xi Jinping In Beijing").
fn title_case(sentence: &str, language: &Language) -> bool {
    capitalised_stopwords(sentence, language) || every_word_capitalised(sentence)
}

/// Fewer words than this in a sentence of capitalised words may be a name
/// alone ("Prabowo Subianto Djojohadikusumo"), not a headline.
const HEADLINE_WORDS: usize = 3;

/// Whether every word of three letters or more is capitalised, in a
/// sentence of at least [`HEADLINE_WORDS`] such words.
fn every_word_capitalised(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic) && w.chars().count() >= 3)
        .collect();
    words.len() >= HEADLINE_WORDS
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether two function words (stopwords) past the sentence's first word are
/// capitalised.
fn capitalised_stopwords(sentence: &str, language: &Language) -> bool {
    let capitalised_stopwords = sentence
        .split_whitespace()
        .skip(1)
        .filter(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.len() >= 2
                && chars.all(char::is_lowercase)
                && language.stopwords.contains(&w.to_lowercase())
        })
        .take(2)
        .count();
    capitalised_stopwords == 2
}

/// Whether another name's word stands right before byte `start` of the
/// sentence: a capitalised word, not the first, after which no title ends, no date
/// word or stopword, in a sentence not in title case. A short form after
/// one ("Vice Admiral Mark Hammond") is someone else's last name.
pub(super) fn name_precedes(sentence: &str, start: usize, language: &Language) -> bool {
    let Some(before) = sentence.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or("");
    // A sentence's first word is capitalised whatever it is ("A Xi-Biden meeting").
    let initial = before.trim_start().len() == word.len();
    let name_word = !initial
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-');
    // "President Hammond": a title, no name, stands before it.
    let titled = || {
        let titles = &language.titles.titles;
        titles
            .iter()
            .any(|(_, r)| r.find_iter(before).any(|m| m.end() == before.len()))
    };
    name_word
        && !is_date_word(word, language)
        && !language.stopwords.contains(&word.to_lowercase())
        && !title_case(sentence, language)
        && !titled()
}

/// Whether another name word follows byte `end` of the sentence: a
/// capitalised word after one space that is no date word or stopword, in a
/// sentence that is not in title case. A short form followed by one is part
/// of someone else's full name.
pub(super) fn name_continues(sentence: &str, end: usize, language: &Language) -> bool {
    let Some(rest) = sentence.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && !is_date_word(word, language)
        && !language.stopwords.contains(&word.to_lowercase())
        && !title_case(sentence, language)
}

/// The state a gazetteer name stands for as the qualifier of a title: a
/// state, by its name or demonym ("Kenya", "Kenyan").
fn state_named(context: &Context, named: &Named) -> Option<EntityIdx> {
    let entity = context.gazetteer.entities.get(named.entity);
    entity
        .is_some_and(|e| e.kind == EntityKind::State)
        .then_some(named.entity)
}

/// The name a title at `start..end` (bytes into the sentence) introduces, and
/// the state it is of: the title may be followed by its state ("Menteri
/// Pertahanan Kenya", "Defence Minister of Kenya") or preceded by it
/// ("Turkish Vice President", "Kenya's defence minister").
fn titled_name(
    context: &Context,
    start: usize,
    end: usize,
    kind: EntityKind,
) -> Option<(usize, usize, Option<EntityIdx>)> {
    let sentence = context.sentence;
    let mut at = skip_spaces(sentence, end);
    let link = context
        .language
        .titles
        .links
        .iter()
        .find_map(|r| r.find(&sentence[at..]).filter(|m| m.start() == 0))
        .map_or(0, |m| m.end());
    let mut state = None;
    if let Some(named) = context.names.iter().find(|n| n.start == at + link) {
        state = state_named(context, named);
        if state.is_some() {
            at = skip_spaces(sentence, named.end);
            if sentence[at..].starts_with(',') {
                at = skip_spaces(sentence, at + 1);
            }
        }
    }
    // A title right after ("Kepala Staf Angkatan Laut Laksamana Muhammad
    // Ali") introduces the name itself: the rank is no word of it. One that
    // reads no name of its own ("King Sultan Ibrahim") is a word of this one.
    if kind == EntityKind::Person && rank_with_name(context, at) {
        return None;
    }
    if kind == EntityKind::Person {
        at = past_force(context, past_post(context, at));
        // "Atase Pertahanan Kedutaan Besar Australia di Jakarta, Brigjen X":
        // past the post, a rank with a name introduces it too.
        if rank_with_name(context, at) {
            return None;
        }
    }
    // "Gubernur Maluku Said Assagaff": a region or town right after the
    // title is its seat, and the name follows it; the person is of its state.
    let mut seat_state = None;
    if kind == EntityKind::Person && state.is_none() {
        if let Some((next, country)) = seat_of_title(context, at) {
            (at, seat_state) = (next, country);
        }
    }
    let state = state
        .or_else(|| state_before(context, start))
        .or(seat_state);
    // "Menteri Pertahanan Kenya Aden Duale": a listed city then a name word is a first name.
    let city_first = kind == EntityKind::Person && state.is_some() && city_then_name(context, at);
    let (mut name_start, mut name_end) = read_name_from(context, at, city_first)?;
    // "Komandan Lanal Sabang Kolonel Laut Rachmat": words a rank with a name
    // of its own follows are the title's unit; that rank names the person.
    if kind == EntityKind::Person && rank_with_name(context, skip_spaces(sentence, name_end)) {
        return None;
    }
    let mut state = state;
    // "Sekretaris Jenderal Partai Komunis Vietnam Tô Lâm": the words before
    // the state name the title's organisation; the person follows the state.
    match organisation_of_title(context, name_end, kind) {
        Some((own_state, Some(person))) => {
            (name_start, name_end, state) = (person.0, person.1, Some(own_state));
        }
        // The person is a listed one: the gazetteer names them.
        Some((_, None)) => return None,
        None => {
            // "Direktur Jenderal Strategi Pertahanan Kemhan Marsekal Muda TNI
            // Arif …": the words before a listed body name the title's unit.
            if let Some(person) = person_after_unit(context, name_end, kind) {
                (name_start, name_end) = person;
            }
        }
    }
    let name_end = surname_listed_as_city(context, (name_start, name_end), kind);
    let words = name_words(&sentence[name_start..name_end], context.language);
    let needed = if kind == EntityKind::Person { 2 } else { 1 };
    (words >= needed).then_some((name_start, name_end, state))
}

/// Where a titled person's name of one word ends when a listed city's name
/// right after it ends the name: "Laksamana Ryo Sakai" is a person whose
/// surname is also a Japanese city's. A name of one word is no person, so
/// reading on costs nothing when the city's name ends the phrase.
fn surname_listed_as_city(
    context: &Context,
    (start, end): (usize, usize),
    kind: EntityKind,
) -> usize {
    let one_word = !context.sentence[start..end].contains(' ');
    let next = end + 1;
    let city = context.names.iter().find(|n| {
        let entity = context.gazetteer.entities.get(n.entity);
        n.start == next && entity.is_some_and(|e| e.kind == EntityKind::City)
    });
    match city {
        Some(n)
            if kind == EntityKind::Person
                && one_word
                && context.sentence.get(end..next) == Some(" ")
                && !context.sentence[n.start..n.end].contains(' ')
                && !name_continues(context.sentence, n.end, context.language) =>
        {
            n.end
        }
        _ => end,
    }
}

/// A listed region or town at byte `at` that a name of two words or more
/// follows ("Gubernur Maluku Said Assagaff", "Bupati Merauke …"): where that
/// name starts, and the state the place lies in.
fn seat_of_title(context: &Context, at: usize) -> Option<(usize, Option<EntityIdx>)> {
    let seat = context.names.iter().find(|n| n.start == at)?;
    let place = context.gazetteer.entities.get(seat.entity)?;
    if !matches!(place.kind, EntityKind::City | EntityKind::Region) {
        return None;
    }
    let next = skip_spaces(context.sentence, seat.end);
    let (start, end) = read_name(context, next).filter(|_| next > seat.end)?;
    let words = name_words(&context.sentence[start..end], context.language);
    (words >= 2).then_some((next, place.country))
}

/// Past the place a title's holder is posted to at byte `at` (a `post` of
/// `titles.tsv`, then a listed state or town): "Duta Besar Cina untuk
/// Indonesia Wang Lutong" names Wang Lutong, China's envoy in Indonesia.
fn past_post(context: &Context, at: usize) -> usize {
    let sentence = context.sentence;
    let post = context.language.titles.posts.iter().find_map(|r| {
        r.find(&sentence[at..])
            .filter(|m| m.start() == 0 && m.end() > 0)
    });
    let Some(post) = post else {
        return at;
    };
    let place = context.names.iter().find(|n| {
        let entity = context.gazetteer.entities.get(n.entity);
        n.start == at + post.end()
            && entity.is_some_and(|e| matches!(e.kind, EntityKind::State | EntityKind::City))
    });
    place.map_or(at, |n| {
        let next = skip_spaces(sentence, n.end);
        match sentence[next..].starts_with(',') {
            true => skip_spaces(sentence, next + 1),
            false => next,
        }
    })
}

/// After a person's title and the words of its organisation, a state and a
/// person ("Sekjen Partai Komunis Vietnam Tô Lâm"): that state, and the
/// person's name when no listed person's name it is (`None` then).
fn organisation_of_title(
    context: &Context,
    end: usize,
    kind: EntityKind,
) -> Option<(EntityIdx, Option<(usize, usize)>)> {
    if kind != EntityKind::Person {
        return None;
    }
    let at = skip_spaces(context.sentence, end);
    let named = context.names.iter().find(|n| n.start == at && at > end)?;
    let state = state_named(context, named)?;
    let next = skip_spaces(context.sentence, named.end);
    let listed = context
        .names
        .iter()
        .find(|n| n.start == next && next > named.end);
    let person = |n: &&Named| {
        let entity = context.gazetteer.entities.get(n.entity);
        entity.is_some_and(|e| e.kind == EntityKind::Person)
    };
    if listed.is_some_and(|n| person(&n)) {
        return Some((state, None));
    }
    let name = read_name(context, next)?;
    let words = name_words(&context.sentence[name.0..name.1], context.language);
    (words >= 2).then_some((state, Some(name)))
}

/// Past a listed organisation at byte `at` that a name word follows: a
/// force or ministry between a rank or title and the name ("Marsekal Muda
/// TNI Arif", "Panglima TNI Agus") qualifies the title.
fn past_force(context: &Context, at: usize) -> usize {
    let organisation = context.names.iter().find(|n| {
        let entity = context.gazetteer.entities.get(n.entity);
        n.start == at
            && entity.is_some_and(|e| e.kind == EntityKind::Organisation)
            && name_continues(context.sentence, n.end, context.language)
            && !context
                .names
                .iter()
                .any(|m| m.start == skip_spaces(context.sentence, n.end))
    });
    organisation.map_or(at, |n| skip_spaces(context.sentence, n.end))
}

/// After a person's title and the words of its unit, a listed organisation,
/// maybe a rank and a force, and a name of two words or more: that name.
fn person_after_unit(context: &Context, end: usize, kind: EntityKind) -> Option<(usize, usize)> {
    if kind != EntityKind::Person {
        return None;
    }
    let sentence = context.sentence;
    let at = skip_spaces(sentence, end);
    let body = context.names.iter().find(|n| {
        let entity = context.gazetteer.entities.get(n.entity);
        n.start == at && at > end && entity.is_some_and(|e| e.kind == EntityKind::Organisation)
    })?;
    let mut next = skip_spaces(sentence, body.end);
    if let Some(rank) = title_end(context, next) {
        next = past_force(context, skip_spaces(sentence, rank));
    }
    let name = read_name(context, next)?;
    let words = name_words(&sentence[name.0..name.1], context.language);
    (words >= 2).then_some(name)
}

/// The state named right before a title, across other titles and joiners
/// ("New Zealand Deputy Prime Minister and Foreign Minister", "Kenya's").
fn state_before(context: &Context, start: usize) -> Option<EntityIdx> {
    let named = context.names.iter().rev().find(|n| n.end <= start)?;
    let gap = &context.sentence[named.end..start];
    let language = context.language;
    let gap = language
        .possessives
        .iter()
        .find_map(|r| r.find(gap).filter(|p| p.start() == 0))
        .map_or(gap, |p| &gap[p.end()..]);
    let plain = gap.len() <= STATE_GAP
        && !gap.contains([',', '.', ';', ':', '(', ')', '"'])
        && gap.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || language.joiners.iter().any(|r| r.is_match(w))
        });
    plain.then(|| state_named(context, named)).flatten()
}

/// The end of a person's title starting at byte `at` of the sentence.
fn title_end(context: &Context, at: usize) -> Option<usize> {
    context
        .language
        .titles
        .titles
        .iter()
        .filter(|(kind, _)| *kind == EntityKind::Person)
        .find_map(|(_, r)| r.find_at(context.sentence, at).filter(|m| m.start() == at))
        .map(|m| m.end())
}

/// Whether a person's title at byte `at` introduces a name of two words or more.
fn rank_with_name(context: &Context, at: usize) -> bool {
    let Some(end) = title_end(context, at) else {
        return false;
    };
    let next = skip_spaces(context.sentence, end);
    // "Danlantamal VII Laksamana Pertama TNI Hermanto": a rank and a force
    // (after it, or read with it) open a name of their own, however short.
    let force = |n: &Named| {
        let entity = context.gazetteer.entities.get(n.entity);
        at < n.start && n.end <= end && entity.is_some_and(|e| e.kind == EntityKind::Organisation)
    };
    if past_force(context, next) != next || context.names.iter().any(force) {
        return true;
    }
    read_name(context, next).is_some_and(|(start, end)| {
        name_words(&context.sentence[start..end], context.language) >= 2
    })
}

fn skip_spaces(text: &str, at: usize) -> usize {
    at + (text[at..].len() - text[at..].trim_start().len())
}

/// The name starting at byte `at`: capitalised words (and particles between
/// them, "bin", "al-"), up to a word that cannot be part of a name or a
/// gazetteer name; `None` when it starts with one.
fn read_name(context: &Context, at: usize) -> Option<(usize, usize)> {
    read_name_from(context, at, false)
}

/// Whether a listed city or region at byte `at` is followed by another name
/// word ("Aden Duale", "Santiago Peña"), so may open a person's name.
fn city_then_name(context: &Context, at: usize) -> bool {
    context.names.iter().any(|n| {
        let place = context
            .gazetteer
            .entities
            .get(n.entity)
            .is_some_and(|e| matches!(e.kind, EntityKind::City | EntityKind::Region));
        n.start == at && place && name_continues(context.sentence, n.end, context.language)
    })
}

/// [`read_name`], where `listed_first` lets a listed name open it (a first
/// name that is also a city's, `city_then_name`).
fn read_name_from(context: &Context, at: usize, listed_first: bool) -> Option<(usize, usize)> {
    let (sentence, language) = (context.sentence, context.language);
    if !listed_first && context.names.iter().any(|n| n.start == at) {
        return None;
    }
    let mut end = at;
    let mut words = 0;
    let mut cursor = at;
    let mut after_particle = listed_first;
    for word in sentence[at..].split(' ') {
        // An abbreviation ("St.") or an initial ("M. Tonny Harjono") keeps
        // its point and the name goes on.
        let bare = match language.abbreviations.contains(word) || is_initial(word) {
            true => word,
            false => word.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '’', '\'']),
        };
        let bare = strip_possessive(bare, language);
        let particle = is_particle(bare, language);
        // A particle joined to a name ("el-Sissi", "al-Nahyan") is a name word.
        let starts_name =
            bare.chars().next().is_some_and(char::is_uppercase) || (particle && bare.contains('-'));
        let stop = bare.is_empty()
            || !(starts_name || particle)
            || language.stopwords.contains(&bare.to_lowercase())
            || is_date_word(bare, language)
            // A listed place after a particle is part of the name: "Donaciano
            // do Rosário", not the Argentine city.
            // A rank inside ("Filipina Jenderal Romeo Brawner") opens another name.
            || (words > 0 && title_end(context, cursor).is_some())
            || (!after_particle
                && !surname_of_another(context, cursor, words)
                && !town_as_surname(context, cursor, words)
                && context.names.iter().any(|n| n.start == cursor));
        if stop || words == MAX_NAME_WORDS {
            break;
        }
        if starts_name {
            words += 1;
            end = cursor + bare.len();
        }
        after_particle = particle && words > 0;
        // A word followed by punctuation or a possessive ends the name.
        if bare.len() != word.len() {
            break;
        }
        cursor += word.len() + 1;
    }
    let name = &sentence[at..end];
    let trigger = language.trigger_set.is_match(name);
    (words > 0 && !trigger).then_some((at, end))
}

/// Whether a listed town at byte `at`, one word, is the last name of the
/// name being read after its first name: "Admiral Ryo Sakai" is no Japanese
/// city. A capital (`is_town`) or a name going on past it is left listed.
fn town_as_surname(context: &Context, at: usize, words: usize) -> bool {
    words == 1
        && context.names.iter().any(|n| {
            let said = &context.sentence[n.start..n.end];
            let next = context.sentence[n.end..].trim_start_matches([',', '.', ' ']);
            n.start == at
                && !said.contains(' ')
                && is_town(context.gazetteer, n.entity)
                && !next.starts_with(char::is_uppercase)
        })
}

/// Whether a listed person's last name alone at byte `at` follows a first
/// name of the name being read: "Vice Admiral Mark Hammond" is no Philip
/// Hammond. A full name ("Presiden Terpilih Prabowo Subianto") stays theirs.
fn surname_of_another(context: &Context, at: usize, words: usize) -> bool {
    words > 0
        && context.names.iter().any(|n| {
            let said = &context.sentence[n.start..n.end];
            let last = context.gazetteer.entities.get(n.entity).and_then(|e| {
                let person = e.kind == EntityKind::Person;
                person.then(|| e.label_en.rsplit(' ').next()).flatten()
            });
            n.start == at && !said.contains(' ') && last == Some(said)
        })
}

fn strip_possessive<'w>(word: &'w str, language: &Language) -> &'w str {
    let cut = word
        .char_indices()
        .find(|(i, _)| language.possessives.iter().any(|r| r.is_match(&word[*i..])));
    cut.map_or(word, |(i, _)| &word[..i])
}

/// One capital letter and a full stop: the initial of a first or middle name.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next() == Some('.')
        && chars.next().is_none()
}

/// "bin", "van", or a word that starts with a particle and a hyphen ("al-Nahyan").
fn is_particle(word: &str, language: &Language) -> bool {
    let particles = &language.titles.particles;
    particles.contains(word)
        || word.split_once('-').is_some_and(|(head, tail)| {
            particles.contains(head) && tail.chars().next().is_some_and(char::is_uppercase)
        })
}

fn is_date_word(word: &str, language: &Language) -> bool {
    let dates = &language.dates;
    dates
        .months
        .iter()
        .map(|(w, _)| w)
        .chain(dates.weekdays.iter().map(|(w, _)| w))
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// How many capitalised words a name has (a particle joined to one, "al-Hamdan", counts).
fn name_words(name: &str, language: &Language) -> usize {
    name.split(' ')
        .filter(|w| {
            let particle = is_particle(w, language);
            (!particle && w.chars().next().is_some_and(char::is_uppercase))
                || (particle && w.contains('-'))
        })
        .count()
}

/// The index in `minted` of the entity a title introduces: the one already
/// introduced under the same key, or a new one.
fn introduce(
    name: &str,
    kind: EntityKind,
    state: Option<EntityIdx>,
    context: &Context,
    minted: &mut Vec<Entity>,
) -> usize {
    let id = minted_id(kind, &context.gazetteer.folding.fold(name));
    if let Some(index) = minted.iter().position(|e| e.id == id) {
        if minted[index].country.is_none() {
            minted[index].country = state;
        }
        return index;
    }
    minted.push(Entity {
        id,
        kind,
        label_en: name.to_string(),
        label_id: None,
        aliases: Vec::new(),
        country: state,
        capital_of: None,
        wikidata: None,
        geonames: None,
        iso2: None,
        iso3: None,
    });
    minted.len() - 1
}

/// The id (last segment of the IRI) of an introduced entity: its kind and
/// its name folded, letters and digits kept, anything else one `_`
/// ("person-Cevdet_Yilmaz"). The same name gets the same IRI in every article.
pub fn minted_id(kind: EntityKind, folded_name: &str) -> String {
    let mut id = kind.name().to_lowercase();
    id.push('-');
    let mut gap = false;
    for c in folded_name.chars() {
        if c.is_alphanumeric() {
            if gap && !id.ends_with('-') {
                id.push('_');
            }
            id.push(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    id
}

/// The first word of the minted person `index` when it may name them alone
/// later in the article, as Indonesian news does ("Jenderal Agus Subiyanto …
/// Agus mengatakan"): a name of two words or more whose first word is a
/// plain capitalised word of three letters or more, no stopword, no listed
/// person's last name ("Kim"), and no word of another person minted here.
fn first_name<'e>(context: &Context, minted: &'e [Entity], index: usize) -> Option<&'e str> {
    let (first, rest) = minted[index].label_en.split_once(' ')?;
    let plain = first.chars().count() >= 3
        && first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().all(char::is_alphabetic);
    let shared = minted.iter().enumerate().any(|(i, e)| {
        i != index && e.kind == EntityKind::Person && e.label_en.split(' ').any(|w| w == first)
    });
    let language = context.language;
    (plain
        && !rest.is_empty()
        && !shared
        && !is_particle(first, language)
        && !language.stopwords.contains(&first.to_lowercase())
        && !is_title(first, language)
        && !context.gazetteer.last_names.is_last_word(first))
    .then_some(first)
}

/// Whether `word` is a whole title ("General"): a name read with its title
/// ("General Shoigu") keeps no first name.
fn is_title(word: &str, language: &Language) -> bool {
    let whole = |r: &regex::Regex| r.find(word).is_some_and(|m| m.range() == (0..word.len()));
    language.titles.titles.iter().any(|(_, r)| whole(r))
}

/// The names of the sentence that earlier sentences introduced: a full name,
/// a person's last name ("Yilmaz") or first name ("Agus"), outside the
/// gazetteer's names.
fn mentioned_again(
    context: &Context,
    listed: usize,
    minted: &[Entity],
    first_names: &FirstNames,
) -> Vec<(usize, usize, EntityIdx)> {
    let sentence = context.sentence;
    let mut found = Vec::new();
    for (index, entity) in minted.iter().enumerate() {
        let person = entity.kind == EntityKind::Person;
        let last = person.then(|| entity.label_en.rsplit(' ').next()).flatten();
        let first = person.then(|| first_names.get(minted, index)).flatten();
        let forms = std::iter::once(entity.label_en.as_str()).chain(last);
        for (form, short) in forms.map(|f| (f, false)).chain(first.map(|f| (f, true))) {
            let surname = !short && form.len() < entity.label_en.len();
            for (start, _) in sentence.match_indices(form) {
                let end = start + form.len();
                let free = !context.names.iter().any(|n| {
                    let town =
                        n.start == start && n.end == end && is_town(context.gazetteer, n.entity);
                    n.start < end && start < n.end && !(surname && town)
                });
                // "Agus" is Agus Subiyanto, "Agus Harimurti" someone else.
                let other = short && name_continues(sentence, end, context.language);
                let bounded = crate::knowledge::gazetteer::is_word_boundary(sentence, start, end);
                if free && bounded && !other {
                    found.push((start, end, listed + index));
                }
            }
        }
    }
    // A full name and its last name found at one place: the full name stands.
    found.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut kept: Vec<(usize, usize, EntityIdx)> = Vec::new();
    for f in found {
        if kept.last().is_none_or(|k| f.0 >= k.1) {
            kept.push(f);
        }
    }
    kept
}

/// Whether a listed entity is a town that is no state's capital: a last name
/// it shares ("Sakai") names a person the article introduced, while a capital
/// ("Washington") more often stands for its government.
fn is_town(gazetteer: &Gazetteer, entity: EntityIdx) -> bool {
    gazetteer
        .entities
        .get(entity)
        .is_some_and(|e| e.kind == EntityKind::City && e.capital_of.is_none())
}
