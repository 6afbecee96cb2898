//! Regex helpers every stage that compiles lexicon patterns shares: the
//! bottom of the crate, depending on nothing of it.

use std::borrow::Cow;

/// Bytes of lazy-DFA cache for each pattern set (see `trigger_set`).
pub(crate) const LAZY_DFA_CACHE: usize = 32 << 20;

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
pub(crate) fn set_matches(set: &regex::RegexSet, text: &str) -> Option<regex::SetMatches> {
    set.is_match(text).then(|| set.matches(text))
}
