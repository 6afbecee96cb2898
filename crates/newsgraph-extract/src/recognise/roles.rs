//! Role references: a state's demonym or name followed by a role ("the North
//! Korean leader", "his Russian counterpart", "India's prime minister",
//! `role` and `role_determiner` rows of `titles.tsv`) names the person of
//! that state whom the article has named so far: one it introduced with that
//! role as a title first ("North Korean leader Kim Jong-un"), then the one it
//! named most, then the one it named last. With no such person the phrase
//! is a mention of the state, a party in its own right even when it opens
//! with a demonym ("the Japanese foreign minister" acts for Japan).
//! A language that puts the state after the role (`role_before`: "Presiden
//! Kazakhstan", "Menlu Inggris") reads the role before the name the same way.

use super::EntityMention;
use crate::knowledge::{Entities, EntityIdx, EntityKind, Language, NameForm};
use crate::segment::Span;

/// Most bytes before a person's name that are kept as its title.
const TITLE_BYTES: usize = 48;
/// Most bytes after a state's name that a role may take.
const ROLE_BYTES: usize = 48;

/// The people the article has named so far, with how often and the words
/// that stood before their names (their titles, lower-cased).
#[derive(Default)]
pub(super) struct People(Vec<Person>);

struct Person {
    entity: EntityIdx,
    count: usize,
    last: usize,
    titles: String,
}

impl People {
    /// Notes one more mention of `entity`, `before` being the text before it.
    fn note(&mut self, entity: EntityIdx, before: &str) {
        let order = self.0.len() + self.0.iter().map(|p| p.count).sum::<usize>();
        let title = before[floor_boundary(before, before.len().saturating_sub(TITLE_BYTES))..]
            .to_lowercase();
        match self.0.iter_mut().find(|p| p.entity == entity) {
            Some(person) => {
                person.count += 1;
                person.last = order;
                person.titles.push('\n');
                person.titles.push_str(&title);
            }
            None => self.0.push(Person {
                entity,
                count: 1,
                last: order,
                titles: title,
            }),
        }
    }

    /// The person of `state` a reference by `role` names: titled with the
    /// role first, then named most, then named last. A person of no known
    /// state whose title named the state counts as its ("Kepala Staf Angkatan
    /// Laut Pasukan Bela Diri Maritim Jepang Laksamana X": a force between).
    fn best(&self, state: EntityIdx, role: &str, entities: Entities) -> Option<EntityIdx> {
        let of = &entities[state];
        let names = [Some(&of.label_en), of.label_id.as_ref()].map(|n| n.map(|n| n.to_lowercase()));
        let titled_of = |p: &Person| {
            names
                .iter()
                .flatten()
                .any(|n| p.titles.contains(n.as_str()))
        };
        self.0
            .iter()
            .filter(|p| match entities[p.entity].country {
                Some(country) => country == state,
                None => titled_of(p),
            })
            .max_by_key(|p| (p.titles.contains(role), p.count, p.last))
            .map(|p| p.entity)
    }

    /// The person of any state the article titled with one of `roles`, one of
    /// `home` first, then named most, then last.
    fn titled(
        &self,
        roles: &[&str],
        home: Option<EntityIdx>,
        entities: Entities,
    ) -> Option<EntityIdx> {
        self.0
            .iter()
            .filter(|p| roles.iter().any(|role| p.titles.contains(role)))
            .max_by_key(|p| {
                let at_home = home.is_some() && entities[p.entity].country == home;
                (at_home, p.count, p.last)
            })
            .map(|p| p.entity)
    }
}

/// Roles standing alone, with no state or name after them (`bare_role` in
/// `titles.tsv`: "Presiden kemudian menerima …", "the prime minister met …"):
/// each names the person the article titled with that role; with nobody
/// so titled, the language's `home_state` acting for its official (an
/// Indonesian report's "Menhan" is Indonesia's), else no one. Run before
/// [`resolve`] notes this sentence's people, whose titles may hold the role
/// words as mere context ("Presiden menerima PM X").
pub(super) fn bare(
    sentence: &str,
    offset: usize,
    mentions: &mut Vec<EntityMention>,
    entities: Entities,
    language: &Language,
    people: &People,
) {
    let titles = &language.titles;
    let home = titles
        .home_state
        .as_deref()
        .and_then(|id| entities.gazetteer.get(id));
    for pattern in &titles.bare_roles {
        for found in pattern.captures_iter(sentence) {
            let Some(role) = found.name("role").filter(|_| found.name("det").is_none()) else {
                continue;
            };
            let span = Span {
                start: offset + role.start(),
                end: offset + role.end(),
            };
            let after = sentence[role.end()..].trim_start();
            // "the president of Indonesia": the role of a named state (`role_of`).
            let linked = titles.links.iter().any(|r| r.is_match(after));
            let taken = mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end);
            if linked || taken {
                continue;
            }
            let words = role.as_str().to_lowercase();
            // "Menlu" names the person titled "Menteri Luar Negeri" (`same_role`).
            let forms: Vec<&str> = titles
                .same_roles
                .iter()
                .find(|forms| forms.contains(&words))
                .map_or_else(
                    || vec![words.as_str()],
                    |forms| forms.iter().map(String::as_str).collect(),
                );
            // A person the sentence names is not also its bare role
            // ("Kamikawa akan bertemu Menlu": the home state's).
            let titled = people
                .titled(&forms, home, entities)
                .filter(|person| !mentions.iter().any(|m| m.entity == *person));
            let mut mention = match titled {
                Some(person) => EntityMention::new(span, person, NameForm::Short),
                None => match home {
                    Some(state) => EntityMention::new(span, state, NameForm::Full),
                    None => continue,
                },
            };
            mention.office = entities[mention.entity].kind == EntityKind::State;
            let at = mentions.partition_point(|m| m.span.start < span.start);
            mentions.insert(at, mention);
        }
    }
}

/// Turns the role references of one sentence (at byte `offset` of the text)
/// into mentions of the people they name, and notes every person named.
/// Demonyms joined before one role ("the Estonian and Finnish defence
/// ministers") each take that role.
pub(super) fn resolve(
    sentence: &str,
    offset: usize,
    mentions: &mut [EntityMention],
    entities: Entities,
    language: &Language,
    people: &mut People,
) {
    let mut taken: Vec<Option<Role>> = vec![None; mentions.len()];
    // "U.S. and Iranian negotiators": a state's abbreviation stands as an
    // adjective, joined like a demonym.
    let demonyms: Vec<bool> = mentions
        .iter()
        .map(|m| {
            let name = &sentence[m.span.start - offset..m.span.end - offset];
            (m.form == NameForm::Demonym || is_abbreviation(name))
                && entities[m.entity].kind == EntityKind::State
        })
        .collect();
    for i in 0..mentions.len() {
        let m = mentions[i];
        let before = &sentence[..m.span.start - offset];
        let entity = &entities[m.entity];
        if entity.kind == EntityKind::Person && m.form != NameForm::Demonym {
            people.note(m.entity, before);
            continue;
        }
        // "Panglima TNI", "Komandan Komando Indo-Pasifik AS": a role before a
        // state's force or agency names an official of that state.
        let force_of = match entity.kind {
            EntityKind::Organisation => entity.country,
            _ => None,
        };
        if entity.kind != EntityKind::State && force_of.is_none() {
            continue;
        }
        let joined =
            i > 0 && joined_demonyms(sentence, offset, mentions, &demonyms, i - 1, language);
        let after = &sentence[m.span.end - offset..];
        let next_start = mentions.get(i + 1).map(|n| n.span.start - offset);
        let named = named_next(&m, mentions.get(i + 1), after, entities);
        let titles = &language.titles;
        let role = match force_of {
            Some(_) => role_before(before, m.form, named, &titles.force_roles_before),
            None => role_after(before, after, m.form, joined, language)
                .or_else(|| role_of(before, after, m.form, language))
                .or_else(|| role_before(before, m.form, named, &titles.roles_before)),
        };
        let Some(role) = role else {
            continue;
        };
        if next_start.is_some_and(|s| s < m.span.end - offset + role.end) {
            continue;
        }
        if let Some(state) = force_of {
            mentions[i].entity = state;
        }
        take_role(&mut mentions[i], &role, role.end, entities, people);
        taken[i] = Some(role);
    }
    // Back along a chain of joined demonyms: each takes the role of the last.
    for i in (0..mentions.len().saturating_sub(1)).rev() {
        if taken[i].is_some()
            || !joined_demonyms(sentence, offset, mentions, &demonyms, i, language)
        {
            continue;
        }
        if let Some(role) = taken[i + 1].clone() {
            take_role(&mut mentions[i], &role, 0, entities, people);
            taken[i] = Some(role);
        }
    }
}

/// A role a state's mention takes: its words (lower-cased), where it ends
/// after the name, and whether it names a group ("officials"), which always
/// stands for the state.
#[derive(Clone)]
struct Role {
    words: String,
    end: usize,
    group: bool,
}

/// Makes a state's mention the person of that state whom the role names, or
/// with nobody named (or a group role) the state as a party: "the Japanese
/// foreign minister" acts for Japan as "Japan's foreign minister" does. The
/// span grows by `extend` bytes (the role, when it follows this name).
fn take_role(
    mention: &mut EntityMention,
    role: &Role,
    extend: usize,
    entities: Entities,
    people: &People,
) {
    let person = match role.group {
        true => None,
        false => people.best(mention.entity, &role.words, entities),
    };
    if person.is_none() && mention.form != NameForm::Demonym {
        mention.office = true;
        return;
    }
    mention.span.end += extend;
    match person {
        Some(person) => {
            mention.entity = person;
            mention.form = NameForm::Short;
        }
        None => {
            mention.form = NameForm::Full;
            mention.office = true;
        }
    }
}

/// A name written in capitals and dots only ("US", "U.S.", "UK").
fn is_abbreviation(name: &str) -> bool {
    name.chars().any(char::is_uppercase) && name.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Whether the demonyms of states at `first` and the mention after it stand
/// joined before one role: only a `role_coordinator` ("and", a comma) between
/// them.
fn joined_demonyms(
    sentence: &str,
    offset: usize,
    mentions: &[EntityMention],
    demonyms: &[bool],
    first: usize,
    language: &Language,
) -> bool {
    let (a, b) = (&mentions[first], &mentions[first + 1]);
    demonyms[first]
        && demonyms[first + 1]
        && a.span.end <= b.span.start
        && language
            .titles
            .role_coordinators
            .iter()
            .any(|r| r.is_match(&sentence[a.span.end - offset..b.span.start - offset]))
}

/// The role right after a state's name and where it ends in `after`: after
/// a demonym opened by a determiner or joined to one before it, after a
/// possessive, or a group role after joined demonyms; `None` when a name
/// follows the role (it is then a title: "the Russian President Vladimir Putin").
fn role_after(
    before: &str,
    after: &str,
    form: NameForm,
    joined: bool,
    language: &Language,
) -> Option<Role> {
    let titles = &language.titles;
    let window = &after[..floor_boundary(after, after.len().min(ROLE_BYTES))];
    let demonym = form == NameForm::Demonym;
    // One state's "officials" may be anyone's; joined states' are the parties.
    if demonym && joined {
        if let Some(group) = titles.group_roles.iter().find_map(|r| r.find(window)) {
            return Some(Role {
                words: group.as_str().trim().to_lowercase(),
                end: group.end(),
                group: true,
            });
        }
    }
    let possessive = language
        .possessives
        .iter()
        .find_map(|r| r.find(window))
        .filter(|p| p.start() == 0)
        .map_or(0, |p| p.end());
    let determined =
        demonym && (joined || titles.role_determiners.iter().any(|r| r.is_match(before)));
    if possessive == 0 && !determined {
        return None;
    }
    let role = titles
        .roles
        .iter()
        .find_map(|r| r.find(&window[possessive..]))?;
    let end = possessive + role.end();
    let rest = after[end..].trim_start();
    if rest.starts_with(char::is_uppercase) {
        return None;
    }
    Some(Role {
        words: role.as_str().trim().to_lowercase(),
        end,
        group: false,
    })
}

/// Whether a person's name follows `m` with at most a comma and capitalised
/// titles between ("Presiden Rusia Vladimir Putin", "Menlu Inggris, David
/// Lammy,", "Wakil Pemimpin Taliban, Mullah Abdul Ghani Baradar").
fn named_next(
    m: &EntityMention,
    next: Option<&EntityMention>,
    after: &str,
    entities: Entities,
) -> bool {
    next.is_some_and(|n| {
        entities[n.entity].kind == EntityKind::Person
            && n.span
                .start
                .checked_sub(m.span.end)
                .and_then(|gap| after.get(..gap))
                .is_some_and(|gap| {
                    gap.split(|c: char| c == ',' || c.is_whitespace())
                        .all(|word| word.is_empty() || word.starts_with(char::is_uppercase))
                })
    })
}

/// The role right before a state's name, in a language that puts the state
/// after the role ("Presiden Kazakhstan terbang ke Beijing", "mitranya dari
/// Korea Selatan"); `None` when a person's name follows the state (then role
/// and state are a title: "Presiden Rusia Vladimir Putin").
fn role_before(
    before: &str,
    form: NameForm,
    named_next: bool,
    roles: &[regex::Regex],
) -> Option<Role> {
    if form == NameForm::Demonym || named_next {
        return None;
    }
    let window = &before[floor_boundary(before, before.len().saturating_sub(ROLE_BYTES))..];
    let role = roles.iter().find_map(|r| r.find(window))?;
    Some(Role {
        words: role.as_str().trim().to_lowercase(),
        end: 0,
        group: false,
    })
}

/// A role joined by "of" before a state's name ("the prime minister of
/// Malaysia"), unless a name follows the state (then the role is a title:
/// "the President of Indonesia Prabowo Subianto").
fn role_of(before: &str, after: &str, form: NameForm, language: &Language) -> Option<Role> {
    if form == NameForm::Demonym || after.trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let window = &before[floor_boundary(before, before.len().saturating_sub(ROLE_BYTES))..];
    let role = language
        .titles
        .roles_of
        .iter()
        .find_map(|r| r.captures(window))?;
    let words = role.get(1).map_or("", |w| w.as_str());
    Some(Role {
        words: words.trim().to_lowercase(),
        end: 0,
        group: false,
    })
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
