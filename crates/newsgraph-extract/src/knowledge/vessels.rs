//! Warships named with their navy's prefix ("HMAS Brisbane", "KRI Bung
//! Tomo-357"), read from `lists/vessel-prefixes.tsv`: the name is the
//! ship's, not the city's or the person's it borrows, and the ship acts for
//! the state whose prefix it carries.

use std::collections::HashMap;

use regex::Regex;

use super::data::{tsv_rows, DataFiles};
use super::gazetteer::{state_cell, EntityIdx, EntityKind};
use super::KnowledgeError;

const PATH: &str = "lists/vessel-prefixes.tsv";

/// One word of a vessel's name: a capitalised word, a Roman numeral or a
/// number, each with an optional hull number ("Rai-332").
const NAME_WORD: &str = r"(?:\p{Lu}[\p{L}\p{M}'’]*|[IVX]+|\d+)(?:-\d+)?";

/// The prefixes and the states they stand for.
#[derive(Debug, Default)]
pub struct Vessels {
    /// A prefix (group `prefix`) and the name after it; `None` without a list.
    pattern: Option<Regex>,
    states: HashMap<String, EntityIdx>,
}

/// A vessel named in a text: where (bytes) and the state it acts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VesselName {
    /// Byte offset of the prefix.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// The state of the prefix.
    pub state: EntityIdx,
}

impl Vessels {
    /// Reads the prefixes, resolving each state through `state_of` (a
    /// gazetteer id to its entity and kind). No file means no vessels.
    pub(crate) fn load(
        files: &DataFiles,
        state_of: impl Fn(&str) -> Option<(EntityIdx, EntityKind)>,
    ) -> Result<Self, KnowledgeError> {
        let Some(text) = files.get(PATH) else {
            return Ok(Self::default());
        };
        let mut states = HashMap::new();
        for row in tsv_rows(files, PATH, text, &["prefix", "state"])? {
            let (prefix, state) = (row.cells[0].trim(), row.cells[1].trim());
            if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(row.error(format!("prefix `{prefix}` must be capital letters A-Z")));
            }
            states.insert(
                prefix.to_string(),
                state_cell(&state_of, state).map_err(|message| row.error(message))?,
            );
        }
        if states.is_empty() {
            return Ok(Self::default());
        }
        let mut prefixes: Vec<&str> = states.keys().map(String::as_str).collect();
        prefixes.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let pattern = format!(
            r"\b(?P<prefix>{})\s+{NAME_WORD}(?:[ \u{{a0}}]{NAME_WORD}){{0,4}}",
            prefixes.join("|")
        );
        let pattern = Regex::new(&pattern).map_err(|e| KnowledgeError::Invalid {
            path: files.display_path(PATH),
            message: e.to_string(),
        })?;
        Ok(Self {
            pattern: Some(pattern),
            states,
        })
    }

    /// Every vessel named in `text`, in text order.
    pub fn find(&self, text: &str) -> Vec<VesselName> {
        let Some(pattern) = &self.pattern else {
            return Vec::new();
        };
        pattern
            .captures_iter(text)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let state = *self.states.get(c.name("prefix")?.as_str())?;
                Some(VesselName {
                    start: whole.start(),
                    end: whole.end(),
                    state,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::gazetteer::Gazetteer;

    #[test]
    fn a_prefix_of_a_city_is_named_as_a_load_error() {
        let files =
            DataFiles::embedded().with_file(PATH, "prefix\tstate\nHMAS\tAustralia\nXS\tCanberra\n");
        let Err(err) = Gazetteer::load(&files) else {
            panic!("a city's prefix loads");
        };
        let err = err.to_string();
        assert!(err.contains("vessel-prefixes.tsv:3"), "{err}");
        assert!(err.contains("`Canberra` is no State"), "{err}");
    }

    #[test]
    fn a_name_stops_at_its_first_lower_case_word() {
        let gazetteer = Gazetteer::load(&DataFiles::embedded()).expect("loads");
        let text = "Yesterday USS Carl Vinson sailed, and KRI Bung Tomo-357 docked.";
        let found: Vec<&str> = gazetteer
            .vessels
            .find(text)
            .iter()
            .map(|v| &text[v.start..v.end])
            .collect();
        assert_eq!(found, ["USS Carl Vinson", "KRI Bung Tomo-357"]);
    }
}
