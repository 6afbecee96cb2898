//! Named weapon systems and the state whose industry makes them, read from
//! `lists/weapon-makers.tsv`: a deal told with one state ("Taiwan's
//! purchase of 66 F-16V jets") is a deal with the maker of what it buys.

use regex::Regex;

use crate::patterns::{PatternSet, SET_DFA_CACHE};

use super::data::{tsv_rows, DataFiles};
use super::gazetteer::{state_cell, EntityIdx, EntityKind};
use super::KnowledgeError;

const PATH: &str = "lists/weapon-makers.tsv";
/// Named series of exercises and the states that hold every edition.
pub(crate) const STANDING_PATH: &str = "lists/standing-parties.tsv";

/// The systems, one pattern each, and their makers' states.
#[derive(Debug, Default)]
pub struct WeaponMakers {
    /// Every system's pattern between word boundaries; `None` without a list.
    systems: Option<PatternSet>,
    /// The state of each pattern of `systems`, by index.
    states: Vec<EntityIdx>,
    /// Each pattern alone, to find where a name stands ("Vostok-2018": the
    /// edition follows it).
    singles: Vec<Regex>,
    /// For each pattern, the first row of the same name: one series, one id.
    first_row: Vec<usize>,
}

impl WeaponMakers {
    /// Reads the systems, resolving each state through `state_of` (a
    /// gazetteer id to its entity and kind). No file means no makers.
    pub(crate) fn load(
        files: &DataFiles,
        state_of: impl Fn(&str) -> Option<(EntityIdx, EntityKind)>,
    ) -> Result<Self, KnowledgeError> {
        Self::load_from(files, PATH, state_of)
    }

    /// [`WeaponMakers::load`] from the list at `path` (same columns): the
    /// standing parties of named exercises are read the same way, a name
    /// pattern and a state per row, a name repeated for each of its states.
    pub(crate) fn load_from(
        files: &DataFiles,
        path: &str,
        state_of: impl Fn(&str) -> Option<(EntityIdx, EntityKind)>,
    ) -> Result<Self, KnowledgeError> {
        let Some(text) = files.get(path) else {
            return Ok(Self::default());
        };
        let mut patterns: Vec<String> = Vec::new();
        let mut states = Vec::new();
        let mut singles = Vec::new();
        let mut first_row = Vec::new();
        for row in tsv_rows(files, path, text, &["system", "state"])? {
            let (system, state) = (row.cells[0].trim(), row.cells[1].trim());
            let pattern = format!(r"\b(?:{system})\b");
            let single = Regex::new(&pattern)
                .map_err(|e| row.error(format!("invalid system `{system}`: {e}")))?;
            states.push(state_cell(&state_of, state).map_err(|message| row.error(message))?);
            first_row.push(
                patterns
                    .iter()
                    .position(|p| *p == pattern)
                    .unwrap_or(patterns.len()),
            );
            patterns.push(pattern);
            singles.push(single);
        }
        if patterns.is_empty() {
            return Ok(Self::default());
        }
        let systems = PatternSet::new(&patterns, false, SET_DFA_CACHE).map_err(|e| {
            KnowledgeError::Invalid {
                path: files.display_path(path),
                message: e.to_string(),
            }
        })?;
        Ok(Self {
            systems: Some(systems),
            states,
            singles,
            first_row,
        })
    }

    /// The names `text` holds, each as its series (the first row of its
    /// name) and the byte range where it stands, in list order.
    pub fn names_in(&self, text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
        let Some(systems) = &self.systems else {
            return Vec::new();
        };
        let mut names: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        for index in systems.matches(text).iter() {
            let series = self.first_row[index];
            if names.iter().any(|(s, _)| *s == series) {
                continue;
            }
            if let Some(m) = self.singles[index].find(text) {
                names.push((series, m.range()));
            }
        }
        names
    }

    /// The rows of the systems `text` names, in list order: which weapons a
    /// statement is about.
    pub fn systems_in(&self, text: &str) -> Vec<usize> {
        self.systems
            .as_ref()
            .map_or_else(Vec::new, |systems| systems.matches(text).iter().collect())
    }

    /// The distinct states whose systems `text` names, in list order.
    pub fn makers_in(&self, text: &str) -> Vec<EntityIdx> {
        let Some(systems) = &self.systems else {
            return Vec::new();
        };
        let mut makers: Vec<EntityIdx> = Vec::new();
        for index in systems.matches(text).iter() {
            let state = self.states[index];
            if !makers.contains(&state) {
                makers.push(state);
            }
        }
        makers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::gazetteer::Gazetteer;

    #[test]
    fn a_city_as_maker_is_named_as_a_load_error() {
        let files = DataFiles::embedded().with_file(
            PATH,
            "system\tstate\nRafales?\tFrance\nGripens?\tStockholm\n",
        );
        let Err(err) = Gazetteer::load(&files) else {
            panic!("a city as maker loads");
        };
        let err = err.to_string();
        assert!(err.contains("weapon-makers.tsv:3"), "{err}");
        assert!(err.contains("`Stockholm` is no State"), "{err}");
    }

    #[test]
    fn systems_name_their_makers_and_ordinary_words_none() {
        let gazetteer = Gazetteer::load(&DataFiles::embedded()).expect("loads");
        let makers = |text: &str| gazetteer.weapon_makers.makers_in(text);
        let korea = gazetteer.get("South_Korea").expect("listed");
        let states = gazetteer.get("United_States").expect("listed");
        assert_eq!(makers("Poland ordered 180 K2 tanks."), [korea]);
        assert_eq!(makers("the purchase of 66 F-16V jets"), [states]);
        assert!(makers("a patriot who loved apache helicopters").is_empty());
        assert!(makers("an F-160 engine").is_empty());
    }
}
