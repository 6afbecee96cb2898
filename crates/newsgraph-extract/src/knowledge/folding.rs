//! Accent folding of names, from `ontology/gazetteer/folding.txt`: each line
//! maps one letter to the letters it is written as without its marks
//! (`ğ` → `g`, `ı` → `i`, `ß` → `ss`), so that "Erdoğan" and "Erdogan",
//! "Türkiye" and "Turkiye" are one name to the gazetteer.

use std::borrow::Cow;
use std::collections::HashMap;

use super::data::DataFiles;
use super::KnowledgeError;

/// Where the letter table lies under the data root.
pub const FOLDING_PATH: &str = "gazetteer/folding.txt";

/// The letter table: each letter with marks and what it folds to.
#[derive(Debug, Default, Clone)]
pub struct Folding {
    map: HashMap<char, String>,
    /// Whether the table folds an ASCII letter: when it folds none (the
    /// data's case), ASCII letters need no lookup, and most text is ASCII.
    ascii: bool,
}

/// A folded text with, for each of its bytes (and its end), the byte of the
/// original text it came from.
pub struct Folded {
    /// The text, folded.
    pub text: String,
    /// For each byte of `text` (and its end), the byte of the original it came from.
    pub origin: Vec<usize>,
}

impl Folding {
    /// Reads `folding.txt`: `LETTER<TAB>REPLACEMENT` per line, `#` comments.
    pub fn load(files: &DataFiles) -> Result<Self, KnowledgeError> {
        let mut map = HashMap::new();
        let Some(text) = files.get(FOLDING_PATH) else {
            return Ok(Self::new(map));
        };
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cells = line.split('\t');
            let (from, to) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""));
            let mut chars = from.chars();
            let (Some(letter), None, false) = (chars.next(), chars.next(), to.is_empty()) else {
                return Err(KnowledgeError::Tsv {
                    path: files.display_path(FOLDING_PATH),
                    line: index + 1,
                    message: format!(
                        "expected one letter, a tab and its folded form, found `{line}`"
                    ),
                });
            };
            map.insert(letter, to.to_string());
        }
        Ok(Self::new(map))
    }

    fn new(map: HashMap<char, String>) -> Self {
        let ascii = map.keys().any(char::is_ascii);
        Self { map, ascii }
    }

    /// What the table folds a letter to, if it folds it.
    fn folded(&self, c: char) -> Option<&str> {
        if c.is_ascii() && !self.ascii {
            return None;
        }
        self.map.get(&c).map(String::as_str)
    }

    /// The text with every letter of the table folded; borrowed when none is.
    pub fn fold<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if !text.chars().any(|c| self.folded(c).is_some()) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match self.folded(c) {
                Some(to) => out.push_str(to),
                None => out.push(c),
            }
        }
        Cow::Owned(out)
    }

    /// Like [`Folding::fold`], keeping where each byte came from; `None`
    /// when there is nothing to fold (the text can be searched as it is).
    pub fn fold_with_origin(&self, text: &str) -> Option<Folded> {
        if text.is_ascii() || !text.chars().any(|c| self.folded(c).is_some()) {
            return None;
        }
        let mut folded = Folded {
            text: String::with_capacity(text.len()),
            origin: Vec::with_capacity(text.len() + 1),
        };
        for (at, c) in text.char_indices() {
            let before = folded.text.len();
            match self.folded(c) {
                Some(to) => folded.text.push_str(to),
                None => folded.text.push(c),
            }
            folded
                .origin
                .extend(std::iter::repeat_n(at, folded.text.len() - before));
        }
        folded.origin.push(text.len());
        Some(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folding() -> Folding {
        let mut map = HashMap::new();
        map.insert('ğ', "g".to_string());
        map.insert('ß', "ss".to_string());
        map.insert('ü', "u".to_string());
        Folding::new(map)
    }

    #[test]
    fn folded_bytes_point_back_to_their_letters() {
        let f = folding();
        let folded = f.fold_with_origin("Erdoğan in Türkiye, Straße").unwrap();
        assert_eq!(folded.text, "Erdogan in Turkiye, Strasse");
        let at = folded.text.find("Turkiye").unwrap();
        let original = "Erdoğan in Türkiye, Straße";
        let (start, end) = (folded.origin[at], folded.origin[at + "Turkiye".len()]);
        assert_eq!(&original[start..end], "Türkiye");
        assert_eq!(*folded.origin.last().unwrap(), original.len());
        assert!(f.fold_with_origin("Erdogan").is_none());
        assert_eq!(f.fold("Erdoğan"), "Erdogan");
    }

    #[test]
    fn a_table_that_folds_an_ascii_letter_folds_it_in_ascii_text() {
        let mut map = HashMap::new();
        map.insert('q', "k".to_string());
        let f = Folding::new(map);
        assert_eq!(f.fold("Iraq"), "Irak");
        assert_eq!(f.fold_with_origin("Iraq’s").unwrap().text, "Irak’s");
        assert!(folding().fold_with_origin("Iraq’s").is_none());
    }
}
