//! The pair tallies of an ingest run: each article that reports a pair of
//! meeting parties, and each meeting the run reports first, is a 16-byte
//! record ([`SortedRuns`]), summed per pair when the run ends. Memory is one
//! sort batch and the parties' ids (bounded by the gazetteer), whatever the
//! number of pairs.

use std::collections::HashMap;
use std::io;
use std::path::PathBuf;

use super::sorted_runs::{Record, SortedRuns, BATCH};
use super::{PairCount, PairKey};
use crate::vocab::MeetingPair;

/// What one report adds to one pair: ordered by the pair first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Tally {
    first: u32,
    second: u32,
    meetings: u32,
    articles: u32,
}

impl Record for Tally {
    const BYTES: usize = 16;

    fn encode(&self, out: &mut [u8]) {
        for (i, n) in [self.first, self.second, self.meetings, self.articles]
            .into_iter()
            .enumerate()
        {
            out[i * 4..i * 4 + 4].copy_from_slice(&n.to_le_bytes());
        }
    }

    fn decode(bytes: &[u8]) -> Self {
        let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
        Self {
            first: u32_at(0),
            second: u32_at(4),
            meetings: u32_at(8),
            articles: u32_at(12),
        }
    }
}

/// Pairs by their two parties' ids, each id held once.
pub struct RunPairs {
    ids: Vec<Box<str>>,
    id_numbers: HashMap<Box<str>, u32>,
    tallies: SortedRuns<Tally>,
}

impl RunPairs {
    /// Spilled tallies go to an unnamed file in `spill_dir` (the store's
    /// directory), else in the system's temporary directory.
    pub fn new(spill_dir: Option<PathBuf>) -> Self {
        Self::with_batch(spill_dir, BATCH)
    }

    fn with_batch(spill_dir: Option<PathBuf>, batch: usize) -> Self {
        Self {
            ids: Vec::new(),
            id_numbers: HashMap::new(),
            tallies: SortedRuns::new(spill_dir, batch),
        }
    }

    /// The two parties' numbers of a pair.
    pub fn parties(&mut self, pair: MeetingPair) -> (u32, u32) {
        (self.number(pair.first), self.number(pair.second))
    }

    /// One more article reports the pair.
    pub fn add_article(&mut self, (first, second): (u32, u32)) -> io::Result<()> {
        self.tallies.push(Tally {
            first,
            second,
            meetings: 0,
            articles: 1,
        })
    }

    /// One more meeting of the pair.
    pub fn add_meeting(&mut self, (first, second): (u32, u32)) -> io::Result<()> {
        self.tallies.push(Tally {
            first,
            second,
            meetings: 1,
            articles: 0,
        })
    }

    fn number(&mut self, id: &str) -> u32 {
        if let Some(n) = self.id_numbers.get(id) {
            return *n;
        }
        // u32::MAX stays free: `FirstReports` marks cells with it.
        let n = u32::try_from(self.ids.len())
            .ok()
            .filter(|n| *n < u32::MAX)
            .expect("fewer than 2^32 - 1 entities");
        self.ids.push(id.into());
        self.id_numbers.insert(id.into(), n);
        n
    }

    /// Each pair's ids and counts, pair by pair, summed as they are read.
    pub fn into_counts(self) -> io::Result<impl Iterator<Item = io::Result<(PairKey, PairCount)>>> {
        let ids = self.ids;
        let mut tallies = self.tallies.merge()?;
        let mut pending: Option<Tally> = None;
        Ok(std::iter::from_fn(move || {
            let mut current = match pending.take() {
                Some(tally) => tally,
                None => match tallies.next()? {
                    Ok(tally) => tally,
                    Err(error) => return Some(Err(error)),
                },
            };
            let mut count = PairCount::default();
            loop {
                count.meetings += u64::from(current.meetings);
                count.articles += u64::from(current.articles);
                match tallies.next() {
                    Some(Ok(next))
                        if (next.first, next.second) == (current.first, current.second) =>
                    {
                        current = next;
                    }
                    Some(Ok(next)) => {
                        pending = Some(next);
                        break;
                    }
                    Some(Err(error)) => return Some(Err(error)),
                    None => break,
                }
            }
            let key = (
                ids[current.first as usize].clone(),
                ids[current.second as usize].clone(),
            );
            Some(Ok((key, count)))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_sum_per_pair_whether_spilled_or_not() {
        let keys = ["Q1/Q2", "Q2/Q3", "Q1/Q3", "Q4/Q1"];
        let mut want: HashMap<String, PairCount> = HashMap::new();
        let mut reports = Vec::new();
        for i in 0..1_000usize {
            let key = keys[(i * 7 + i / 3) % keys.len()];
            let meeting = i % 3 == 0;
            let entry = want.entry(key.to_owned()).or_default();
            if meeting {
                entry.meetings += 1;
            } else {
                entry.articles += 1;
            }
            reports.push((key, meeting));
        }
        for batch in [BATCH, 100, 3, 1] {
            let mut pairs = RunPairs::with_batch(None, batch);
            for (key, meeting) in &reports {
                let (first, second) = key.split_once('/').unwrap();
                let parties = pairs.parties(MeetingPair { first, second });
                if *meeting {
                    pairs.add_meeting(parties).unwrap();
                } else {
                    pairs.add_article(parties).unwrap();
                }
            }
            let got: HashMap<String, PairCount> = pairs
                .into_counts()
                .unwrap()
                .map(|pair| pair.map(|((a, b), count)| (format!("{a}/{b}"), count)))
                .collect::<io::Result<_>>()
                .unwrap();
            assert_eq!(got, want, "batch of {batch}");
        }
    }

    #[test]
    fn tallies_survive_the_file_round_trip() {
        let tally = Tally {
            first: 0,
            second: u32::MAX - 1,
            meetings: 3,
            articles: 70_000,
        };
        let mut bytes = [0; Tally::BYTES];
        tally.encode(&mut bytes);
        assert_eq!(Tally::decode(&bytes), tally);
    }
}
