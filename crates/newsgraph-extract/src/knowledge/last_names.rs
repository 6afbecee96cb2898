//! The last words of the listed people's names, as one automaton: a
//! sentence is scanned once for all of them, not once per person the
//! article has named (`recognise::last_names`).

use aho_corasick::AhoCorasick;

use super::gazetteer::{is_word_boundary, Entity, EntityIdx, EntityKind};

/// The shortest last word that may stand for a person ("Xi" is listed as a
/// short form where it is one; two letters alone are too often something else).
const MIN_LAST_NAME: usize = 3;

/// Every distinct last word of a listed person's name, and which word each
/// person has.
#[derive(Debug)]
pub struct LastNames {
    /// One pattern per distinct last word, matched as written.
    matcher: AhoCorasick,
    /// The pattern of each entity's last word, by entity index (none for
    /// entities that are no person or whose name has no usable last word).
    pattern_of: Vec<Option<u32>>,
}

/// Where a last word occurs in a text.
#[derive(Debug, Clone, Copy)]
pub struct Occurrence {
    pub start: usize,
    pub end: usize,
    pattern: u32,
    /// On word boundaries: only these stand for a person.
    bounded: bool,
}

impl LastNames {
    /// The last words of the people among `entities`.
    pub(crate) fn build(entities: &[Entity]) -> Result<Self, aho_corasick::BuildError> {
        let mut words: Vec<&str> = Vec::new();
        let mut index: std::collections::HashMap<&str, u32> = Default::default();
        let pattern_of = entities
            .iter()
            .map(|e| {
                let word = (e.kind == EntityKind::Person)
                    .then(|| last_word(&e.label_en))
                    .flatten()?;
                Some(*index.entry(word).or_insert_with(|| {
                    words.push(word);
                    (words.len() - 1) as u32
                }))
            })
            .collect();
        Ok(Self {
            // Overlapping search needs the standard match semantics.
            matcher: AhoCorasick::new(&words)?,
            pattern_of,
        })
    }

    /// Every occurrence of any last word in `text`, in order of their ends
    /// (so of their starts, for one word); none when no occurrence is on
    /// word boundaries.
    pub fn occurrences(&self, text: &str) -> Vec<Occurrence> {
        let found: Vec<Occurrence> = self
            .matcher
            .find_overlapping_iter(text)
            .map(|m| Occurrence {
                start: m.start(),
                end: m.end(),
                pattern: m.pattern().as_u32(),
                bounded: is_word_boundary(text, m.start(), m.end()),
            })
            .collect();
        if found.iter().any(|o| o.bounded) {
            found
        } else {
            Vec::new()
        }
    }

    /// Whether `word` is the whole last word of some listed person.
    pub fn is_last_word(&self, word: &str) -> bool {
        self.matcher
            .find_overlapping_iter(word)
            .any(|m| m.start() == 0 && m.end() == word.len())
    }

    /// The occurrences of `entity`'s last word among `found` that are on
    /// word boundaries, as `str::match_indices` of that word then filtered
    /// to word boundaries gives them: in order, none starting inside the one before.
    pub fn of<'a>(
        &self,
        entity: EntityIdx,
        found: &'a [Occurrence],
    ) -> impl Iterator<Item = &'a Occurrence> + 'a {
        let pattern = self.pattern_of.get(entity).copied().flatten();
        let mut after = 0;
        found
            .iter()
            .filter(move |o| {
                let next = Some(o.pattern) == pattern && o.start >= after;
                if next {
                    after = o.end;
                }
                next
            })
            .filter(|o| o.bounded)
    }
}

/// The last word of a multi-word name, when it is long enough and capitalised.
fn last_word(label: &str) -> Option<&str> {
    let (_, last) = label.rsplit_once(' ')?;
    let capitalised = last.chars().next().is_some_and(char::is_uppercase);
    (capitalised && last.chars().count() >= MIN_LAST_NAME && last.chars().all(char::is_alphabetic))
        .then_some(last)
}
