//! Affix rules of one language (`lexicons/<lang>/morphology.tsv`): how a stem
//! yields its inflected and derived forms, so that a trigger names a stem once
//! and covers its forms. In a pattern, `<~kunjung:ber|meN+i|di+i|an>` stands
//! for `(?:berkunjung|mengunjungi|dikunjungi|kunjungan)`; `<~visit:|s|ed|ing>`
//! (an empty chain is the bare stem) for `(?:visit|visits|visited|visiting)`.
//!
//! A chain is affix names joined by `+`, applied left to right. An affix is a
//! list of rows tried in file order: the first whose `stem` regex matches the
//! whole word rewrites it to `form` (`${0}` the word, `${1}`… its groups), as
//! the Indonesian nasal prefix meN- does (k-unjung → meng-unjung, t-embak →
//! men-embak, b-eli → mem-beli) and English -ed does (like → liked, visit →
//! visited). No rule matching is an error: the data must say what happens.

use regex::Regex;

use super::data::{tsv_rows, DataFiles};
use super::KnowledgeError;

/// One rewrite of an affix: a word matching `stem` becomes `form`.
#[derive(Debug, Clone)]
struct Rule {
    stem: Regex,
    form: String,
}

/// The affixes of one language, by name, each with its rules in file order.
#[derive(Debug, Clone, Default)]
pub struct Morphology {
    affixes: Vec<(String, Vec<Rule>)>,
}

impl Morphology {
    /// Reads `morphology.tsv` (columns `affix`, `stem`, `form`).
    pub fn load(files: &DataFiles, path: &str, text: &str) -> Result<Self, KnowledgeError> {
        let mut morphology = Morphology::default();
        for row in tsv_rows(files, path, text, &["affix", "stem", "form"])? {
            let (name, stem, form) = (
                row.cells[0].trim(),
                row.cells[1].trim(),
                row.cells[2].trim(),
            );
            if name.is_empty() || name.contains(['+', '|', ':', '>']) {
                return Err(row.error(format!(
                    "affix name `{name}` must be non-empty and free of + | : >"
                )));
            }
            let stem = Regex::new(&format!("^(?:{stem})$"))
                .map_err(|e| row.error(format!("invalid stem pattern `{stem}`: {e}")))?;
            let rule = Rule {
                stem,
                form: form.to_string(),
            };
            match morphology.affixes.iter_mut().find(|(n, _)| n == name) {
                Some((_, rules)) => rules.push(rule),
                None => morphology.affixes.push((name.to_string(), vec![rule])),
            }
        }
        Ok(morphology)
    }

    /// The form of `stem` that the chain of affixes (`meN+i`) makes.
    pub fn form(&self, stem: &str, chain: &str) -> Result<String, String> {
        let mut word = stem.to_string();
        for name in chain.split('+').map(str::trim).filter(|n| !n.is_empty()) {
            let (_, rules) = self
                .affixes
                .iter()
                .find(|(n, _)| n == name)
                .ok_or_else(|| format!("`{name}` is not an affix of morphology.tsv"))?;
            let rule = rules
                .iter()
                .find(|r| r.stem.is_match(&word))
                .ok_or_else(|| format!("no rule of affix `{name}` applies to `{word}`"))?;
            let captures = rule.stem.captures(&word).expect("the rule matched");
            let mut next = String::new();
            captures.expand(&rule.form, &mut next);
            word = next;
        }
        Ok(word)
    }

    /// Replaces every `<~stem:chain|chain…>` in `pattern` with the alternation
    /// of the forms, longest first (so that "kunjungannya" is not cut to
    /// "kunjungan"), each escaped as literal text.
    pub fn expand(&self, pattern: &str) -> Result<String, String> {
        let mut out = String::with_capacity(pattern.len());
        let mut rest = pattern;
        while let Some(start) = rest.find("<~") {
            let end = rest[start..]
                .find('>')
                .map(|e| start + e)
                .ok_or_else(|| format!("`{}` lacks its closing `>`", &rest[start..]))?;
            let inner = &rest[start + 2..end];
            let (stem, chains) = inner
                .split_once(':')
                .ok_or_else(|| format!("`<~{inner}>` must be `<~stem:affix+affix|…>`"))?;
            let mut forms = chains
                .split('|')
                .map(|chain| self.form(stem.trim(), chain))
                .collect::<Result<Vec<_>, _>>()?;
            forms.sort_by_key(|f| (std::cmp::Reverse(f.len()), f.clone()));
            forms.dedup();
            let escaped: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
            out.push_str(&rest[..start]);
            out.push_str("(?:");
            out.push_str(&escaped.join("|"));
            out.push(')');
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indonesian() -> Morphology {
        let path = "lexicons/id/morphology.tsv";
        let files = DataFiles::embedded();
        Morphology::load(&files, path, files.get(path).expect("embedded")).unwrap()
    }

    #[test]
    fn the_nasal_prefix_assimilates_to_the_first_sound_of_the_stem() {
        let m = indonesian();
        assert_eq!(m.form("kunjung", "meN+i").unwrap(), "mengunjungi");
        assert_eq!(m.form("tembak", "meN+kan").unwrap(), "menembakkan");
        assert_eq!(m.form("sambut", "meN").unwrap(), "menyambut");
        assert_eq!(m.form("pasok", "meN").unwrap(), "memasok");
        assert_eq!(m.form("beli", "meN").unwrap(), "membeli");
        assert_eq!(m.form("uji", "meN").unwrap(), "menguji");
        assert_eq!(m.form("luncur", "meN+kan").unwrap(), "meluncurkan");
        assert_eq!(m.form("jual", "peN+an").unwrap(), "penjualan");
        assert_eq!(m.form("tembak", "peN+an").unwrap(), "penembakan");
    }

    #[test]
    fn prefixes_suffixes_and_confixes_combine_in_a_chain() {
        let m = indonesian();
        assert_eq!(m.form("kunjung", "di+i").unwrap(), "dikunjungi");
        assert_eq!(m.form("kunjung", "ber").unwrap(), "berkunjung");
        assert_eq!(m.form("kunjung", "an+nya").unwrap(), "kunjungannya");
        assert_eq!(m.form("temu", "per+an").unwrap(), "pertemuan");
        assert_eq!(m.form("datang", "ke+an").unwrap(), "kedatangan");
        assert_eq!(m.form("runding", "ber").unwrap(), "berunding");
        assert_eq!(m.form("kunjung", "").unwrap(), "kunjung");
    }

    #[test]
    fn a_pattern_names_a_stem_once_for_all_its_forms() {
        let m = indonesian();
        let expanded = m.expand(r"\b<~kunjung:ber|meN+i|di+i>\b").unwrap();
        assert_eq!(expanded, r"\b(?:mengunjungi|berkunjung|dikunjungi)\b");
        let regex = Regex::new(&expanded).unwrap();
        assert!(regex.is_match("Ibu kota itu dikunjungi sang menteri."));
        assert!(!regex.is_match("kunjungan"));
    }

    #[test]
    fn english_inflection_fits_the_same_format() {
        let text = "affix\tstem\tform\n\
                    s\t.*(?:s|x|ch|sh)\t${0}es\ns\t.*\t${0}s\n\
                    ed\t.*e\t${0}d\ned\t.*\t${0}ed\n\
                    ing\t(.*[^e])e\t${1}ing\ning\t.*\t${0}ing\n";
        let files = DataFiles::embedded();
        let m = Morphology::load(&files, "lexicons/xx/morphology.tsv", text).unwrap();
        assert_eq!(
            m.expand("<~visit:|s|ed|ing>").unwrap(),
            "(?:visiting|visited|visits|visit)"
        );
        assert_eq!(m.form("launch", "s").unwrap(), "launches");
        assert_eq!(m.form("stage", "ing").unwrap(), "staging");
        assert_eq!(m.form("stage", "ed").unwrap(), "staged");
    }

    #[test]
    fn unknown_affixes_and_bad_rows_are_errors_that_say_what_is_wrong() {
        let m = indonesian();
        let err = m.expand("<~kunjung:xyz>").unwrap_err();
        assert!(err.contains("`xyz` is not an affix"), "{err}");
        assert!(m.expand("<~kunjung").unwrap_err().contains("closing"));
        let files = DataFiles::embedded();
        let bad = "affix\tstem\tform\nmeN\t(k\tmeng\n";
        let err = Morphology::load(&files, "lexicons/xx/morphology.tsv", bad).unwrap_err();
        assert!(
            err.to_string().contains(":2: invalid stem pattern"),
            "{err}"
        );
        let none = "affix\tstem\tform\nmeN\tk.*\tmeng\n";
        let m = Morphology::load(&files, "lexicons/xx/morphology.tsv", none).unwrap();
        assert!(m.form("beli", "meN").unwrap_err().contains("no rule"));
    }
}
