//! Inputs passed over on purpose, counted by reason for the run summary:
//! WARC records that are not HTML pages, articles in a language without a
//! lexicon. They are not failures: nothing is wrong with them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use super::{Article, ReadError};
use crate::knowledge::Knowledge;

/// A shared tally of skipped inputs; clones count into the same tally.
#[derive(Clone, Debug, Default)]
pub struct Skips(Arc<Mutex<BTreeMap<String, usize>>>);

impl Skips {
    /// Counts one input skipped for `reason`, a plural noun phrase that
    /// reads after "skipped N", e.g. `articles: language fr has no lexicon`.
    pub fn note(&self, reason: impl Into<String>) {
        let mut tally = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *tally.entry(reason.into()).or_default() += 1;
    }

    /// `(reason, count)` in reason order.
    pub fn counts(&self) -> Vec<(String, usize)> {
        let tally = self.0.lock().unwrap_or_else(|e| e.into_inner());
        tally.iter().map(|(r, n)| (r.clone(), *n)).collect()
    }

    /// One line per reason: `skipped 12 articles: language fr has no lexicon`.
    pub fn lines(&self) -> Vec<String> {
        self.counts()
            .into_iter()
            .map(|(reason, n)| format!("skipped {n} {reason}"))
            .collect()
    }
}

/// Passes on the articles whose stated language has a lexicon; the others
/// are counted in `skips`, never mined with another language's rules.
/// Articles that state no language are passed on (they are detected later).
pub fn with_lexicon<'a, I>(
    articles: I,
    knowledge: &'a Knowledge,
    skips: Skips,
) -> impl Iterator<Item = Result<Article, ReadError>> + Send + 'a
where
    I: Iterator<Item = Result<Article, ReadError>> + Send + 'a,
{
    articles.filter(move |item| {
        let Ok(Article {
            language: Some(code),
            ..
        }) = item
        else {
            return true;
        };
        if knowledge.language(code).is_some() {
            return true;
        }
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        skips.note(format!(
            "articles: language {} has no lexicon",
            primary.to_ascii_lowercase()
        ));
        false
    })
}
