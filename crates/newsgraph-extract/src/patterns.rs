//! Regex helpers every stage that compiles lexicon patterns shares: the
//! bottom of the crate, depending on nothing of it.

use std::borrow::Cow;

use regex_automata::hybrid::dfa as lazy;
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternID};
use regex_syntax::hir::{Look, Properties};

/// Bytes of lazy-DFA cache for each pattern set (see `trigger_set`).
pub(crate) const LAZY_DFA_CACHE: usize = 32 << 20;

/// The regex crate's default lazy-DFA cache for a `RegexSet` (the title and maker sets').
pub(crate) const SET_DFA_CACHE: usize = 2 << 20;

/// A lexicon pattern as it is compiled: with only ASCII letters, its `\b` are ASCII
/// word boundaries. A Unicode `\b` stops the regex engine's fast DFA on any
/// non-ASCII text (a curly quote is enough) and the search falls back to a
/// slow NFA, for every pattern tried on that sentence. Next to the ASCII
/// letters of such a pattern the two boundaries differ only beside a
/// non-ASCII letter ("No" in "Noël"). A pattern with non-ASCII letters keeps
/// Unicode boundaries, which an ASCII one would get wrong beside them.
pub(crate) fn ascii_boundaries(pattern: &str) -> Cow<'_, str> {
    if ascii_letters(pattern) {
        pattern.replace(r"\b", r"(?-u:\b)").into()
    } else {
        pattern.into()
    }
}

/// A compiled pattern's form in a prefilter set, which must find every text
/// the pattern matches, fast: as compiled when its boundaries are ASCII ones,
/// else without its boundaries (a Unicode one would slow the whole set).
pub(crate) fn prefilter_form(compiled: &str) -> Cow<'_, str> {
    if ascii_letters(compiled) {
        compiled.into()
    } else {
        compiled.replace(r"\b", "").into()
    }
}

/// Whether every letter of `pattern` is ASCII, so that its `\b` may be ASCII ones.
pub(crate) fn ascii_letters(pattern: &str) -> bool {
    pattern
        .chars()
        .all(|c| c.is_ascii() || !c.is_alphanumeric())
}

/// Which patterns of `set` match `text`, if any: a plain search first, which
/// stops at the first match and can use the set's literal prefilter, then
/// the overlapping search (which reads the whole text) only where something
/// matched. Most sentences hold no trigger, quote or date, and for them the
/// overlapping search was most of the sets' cost (a third on 56,000
/// generated sentences, more before the lazy DFAs warm up).
pub(crate) fn set_matches(set: &PatternSet, text: &str) -> Option<Which> {
    set.is_match(text).then(|| set.matches(text))
}

/// Which of many patterns a text holds, like `regex::RegexSet`, but built
/// with only the engines such a question needs: a forward lazy DFA, and the
/// PikeVM should the DFA give up. A `RegexSet` also builds a reverse NFA
/// (about 4x the forward one) and, in every thread, a reverse lazy-DFA
/// cache and a PikeVM cache sized by the NFAs, for searches a set never
/// runs: with the sets of both lexicons that was ~100 MiB of an ingest.
pub struct PatternSet {
    /// `None` when the cache capacity cannot hold the DFA's few first states.
    dfa: Option<lazy::DFA>,
    pikevm: PikeVM,
    len: usize,
    caches: Pool<Caches, CreateCaches>,
}

type CreateCaches = Box<dyn Fn() -> Caches + Send + Sync>;

/// One thread's search state; the PikeVM's only once the DFA gave up.
struct Caches {
    dfa: Option<lazy::Cache>,
    pikevm: Option<pikevm::Cache>,
}

impl Caches {
    fn pikevm(&mut self, engine: &PikeVM) -> &mut pikevm::Cache {
        self.pikevm.get_or_insert_with(|| engine.create_cache())
    }
}

impl std::fmt::Debug for PatternSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PatternSet")
            .field("len", &self.len)
            .finish()
    }
}

impl PatternSet {
    /// The set of `patterns` (regex syntax), with `cache` bytes of lazy-DFA
    /// cache a thread; the engines configured as the regex crate's for a set.
    pub(crate) fn new<P: AsRef<str>>(
        patterns: &[P],
        case_insensitive: bool,
        cache: usize,
    ) -> Result<Self, regex::Error> {
        let invalid = |e: &dyn std::fmt::Display| regex::Error::Syntax(e.to_string());
        let syntax = syntax::Config::new().case_insensitive(case_insensitive);
        let hirs = syntax::parse_many_with(patterns, &syntax).map_err(|e| invalid(&e))?;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .shrink(false)
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(10 << 20)),
            )
            .build_many_from_hir(&hirs)
            .map_err(|e| invalid(&e))?;
        let anchored = Properties::union(hirs.iter().map(|h| h.properties()))
            .look_set_prefix()
            .contains(Look::Start);
        let prefilter = (!anchored)
            .then(|| Prefilter::from_hirs_prefix(MatchKind::All, &hirs))
            .flatten();
        let dfa = lazy::Builder::new()
            .configure(
                lazy::Config::new()
                    .match_kind(MatchKind::All)
                    .specialize_start_states(prefilter.is_some())
                    .prefilter(prefilter)
                    .starts_for_each_pattern(true)
                    .unicode_word_boundary(true)
                    .cache_capacity(cache)
                    .skip_cache_capacity_check(false)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .ok();
        // All, as the DFA: a leftmost-first PikeVM stops at the first match.
        let pikevm = PikeVM::builder()
            .configure(PikeVM::config().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|e| invalid(&e))?;
        let for_caches = dfa.clone();
        let create: CreateCaches = Box::new(move || Caches {
            dfa: for_caches.as_ref().map(lazy::DFA::create_cache),
            pikevm: None,
        });
        Ok(Self {
            dfa,
            pikevm,
            len: patterns.len(),
            caches: Pool::new(create),
        })
    }

    /// Whether any pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let input = Input::new(text).earliest(true);
        let mut caches = self.caches.get();
        if let (Some(dfa), Some(cache)) = (&self.dfa, caches.dfa.as_mut()) {
            if let Ok(found) = dfa.try_search_fwd(cache, &input) {
                return found.is_some();
            }
        }
        self.pikevm.is_match(caches.pikevm(&self.pikevm), input)
    }

    /// Which patterns match somewhere in `text`.
    pub fn matches(&self, text: &str) -> Which {
        let input = Input::new(text);
        let mut which = regex_automata::PatternSet::new(self.len);
        let mut caches = self.caches.get();
        if let (Some(dfa), Some(cache)) = (&self.dfa, caches.dfa.as_mut()) {
            if dfa
                .try_which_overlapping_matches(cache, &input, &mut which)
                .is_ok()
            {
                return Which(which);
            }
            which.clear();
        }
        let pikevm = caches.pikevm(&self.pikevm);
        self.pikevm
            .which_overlapping_matches(pikevm, &input, &mut which);
        Which(which)
    }
}

/// The patterns of a [`PatternSet`] that matched, by index.
pub struct Which(regex_automata::PatternSet);

impl Which {
    /// Whether pattern `index` matched.
    pub fn matched(&self, index: usize) -> bool {
        PatternID::new(index).is_ok_and(|id| self.0.contains(id))
    }

    /// The indices of the patterns that matched, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|id| id.as_usize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `PatternSet` answers as the `regex::RegexSet` of the same patterns:
    /// through its lazy DFA, and through the PikeVM where the DFA gives up
    /// (a Unicode `\b` makes it quit on the first non-ASCII byte).
    #[test]
    fn a_pattern_set_finds_what_a_regex_set_finds() {
        let patterns = [
            r"(?-u:\b)met(?-u:\b)",
            r"(?-u:\b)talks?(?-u:\b)",
            r"\bkunjungan\b",
            r"^Jakarta",
            r"(?:\W+[\w-]+){0,3}?\s+visit",
        ];
        let texts = [
            "The ministers met for talks.",
            "Kunjungan kenegaraan ke Jakarta.",
            "Jakarta hosted the “state” visit of Noël Roe.",
            "Rain fell all week.",
            "",
        ];
        for case_insensitive in [false, true] {
            let ours = PatternSet::new(&patterns, case_insensitive, LAZY_DFA_CACHE).unwrap();
            let theirs = regex::RegexSetBuilder::new(patterns)
                .case_insensitive(case_insensitive)
                .build()
                .unwrap();
            for text in texts {
                let expected: Vec<usize> = theirs.matches(text).iter().collect();
                assert_eq!(
                    ours.matches(text).iter().collect::<Vec<_>>(),
                    expected,
                    "{text}"
                );
                assert_eq!(ours.is_match(text), !expected.is_empty(), "{text}");
                let found = set_matches(&ours, text).map(|w| w.iter().collect::<Vec<_>>());
                assert_eq!(found.unwrap_or_default(), expected, "{text}");
            }
        }
    }
}
