//! The first report of each event in an ingest run, found without holding
//! every event in memory: each report is a fixed-size record (the event's
//! key, the article's place in the run, what it counts towards), sorted
//! without holding them all ([`SortedRuns`]) and read back in order once at
//! the end of the run. Memory is bounded whatever the number of events; the
//! temporary file takes 32 bytes per report.

use std::io;
use std::path::PathBuf;

use super::sorted_runs::{Record, SortedRuns, BATCH};

/// What a report of an event counts towards when it is the event's first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// The event's timeline cell (an index the caller keeps).
    Cell(u32),
    /// One pair of meeting parties (the caller's party ids).
    Pair(u32, u32),
}

/// One report: ordered by event, then by when the run read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Report {
    event: u128,
    article: u32,
    order: u32,
    target: Target,
}

impl Record for Report {
    const BYTES: usize = 32;

    fn encode(&self, out: &mut [u8]) {
        let (a, b) = match self.target {
            Target::Cell(cell) => (u32::MAX, cell),
            Target::Pair(a, b) => (a, b),
        };
        out[..16].copy_from_slice(&self.event.to_le_bytes());
        out[16..20].copy_from_slice(&self.article.to_le_bytes());
        out[20..24].copy_from_slice(&self.order.to_le_bytes());
        out[24..28].copy_from_slice(&a.to_le_bytes());
        out[28..32].copy_from_slice(&b.to_le_bytes());
    }

    fn decode(bytes: &[u8]) -> Self {
        let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().expect("4 bytes"));
        let (a, b) = (u32_at(24), u32_at(28));
        Self {
            event: u128::from_le_bytes(bytes[..16].try_into().expect("16 bytes")),
            article: u32_at(16),
            order: u32_at(20),
            // Party ids stop short of u32::MAX (see `RunPairs`), so the marker is a cell's.
            target: if a == u32::MAX {
                Target::Cell(b)
            } else {
                Target::Pair(a, b)
            },
        }
    }
}

/// The reports of a run; see the module documentation.
pub struct FirstReports {
    reports: SortedRuns<Report>,
    article: u32,
    order: u32,
}

impl FirstReports {
    /// Spilled batches go to an unnamed file in `spill_dir` (the store's
    /// directory), else in the system's temporary directory.
    pub fn new(spill_dir: Option<PathBuf>) -> Self {
        Self::with_batch(spill_dir, BATCH)
    }

    fn with_batch(spill_dir: Option<PathBuf>, batch: usize) -> Self {
        Self {
            reports: SortedRuns::new(spill_dir, batch),
            article: 0,
            order: 0,
        }
    }

    /// Reports that follow come from the next article of the run.
    pub fn next_article(&mut self) {
        self.article += 1;
        self.order = 0;
    }

    /// The current article reports `event` (an event key), counting towards `target`.
    pub fn add(&mut self, event: u128, target: Target) -> io::Result<()> {
        self.reports.push(Report {
            event,
            article: self.article,
            order: self.order,
            target,
        })?;
        self.order += 1;
        Ok(())
    }

    /// Calls `first` with each event's key and the targets of its first
    /// report (its first article's reports, in their order), event by event.
    pub fn for_each_first(
        self,
        mut first: impl FnMut(u128, &[Target]) -> io::Result<()>,
    ) -> io::Result<()> {
        // The event being read, its first article, and that article's targets.
        let mut current: Option<(u128, u32)> = None;
        let mut targets: Vec<Target> = Vec::new();
        for report in self.reports.merge()? {
            let report = report?;
            match current {
                Some((event, article)) if event == report.event => {
                    if article == report.article {
                        targets.push(report.target);
                    }
                }
                _ => {
                    if let Some((event, _)) = current {
                        first(event, &targets)?;
                    }
                    current = Some((report.event, report.article));
                    targets.clear();
                    targets.push(report.target);
                }
            }
        }
        if let Some((event, _)) = current {
            first(event, &targets)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Each event's first article's targets, computed the obvious way.
    fn expected(articles: &[Vec<(u128, Target)>]) -> HashMap<u128, Vec<Target>> {
        let mut first: HashMap<u128, (usize, Vec<Target>)> = HashMap::new();
        for (i, reports) in articles.iter().enumerate() {
            for (event, target) in reports {
                let entry = first.entry(*event).or_insert((i, Vec::new()));
                if entry.0 == i {
                    entry.1.push(*target);
                }
            }
        }
        first.into_iter().map(|(e, (_, t))| (e, t)).collect()
    }

    fn run(articles: &[Vec<(u128, Target)>], batch: usize) -> HashMap<u128, Vec<Target>> {
        let mut reports = FirstReports::with_batch(None, batch);
        for article in articles {
            reports.next_article();
            for (event, target) in article {
                reports.add(*event, *target).unwrap();
            }
        }
        let mut got = HashMap::new();
        let mut last = None;
        reports
            .for_each_first(|event, targets| {
                assert!(last < Some(event), "events come once, in order");
                last = Some(event);
                got.insert(event, targets.to_vec());
                Ok(())
            })
            .unwrap();
        got
    }

    #[test]
    fn first_reports_are_the_first_articles_whether_spilled_or_not() {
        // 300 articles of 7 reports each, over 500 events (and so often the same).
        let articles: Vec<Vec<(u128, Target)>> = (0..300u32)
            .map(|a| {
                (0..7u32)
                    .map(|k| {
                        let event = (a * 37 + k * 101) % 500;
                        let target = if k == 0 {
                            Target::Cell(a)
                        } else {
                            Target::Pair(k, a)
                        };
                        (u128::from(event), target)
                    })
                    .collect()
            })
            .collect();
        let want = expected(&articles);
        assert_eq!(want.len(), 500);
        // All in memory, one spill, and many small spills merged.
        for batch in [1 << 16, 1_000, 13] {
            assert_eq!(run(&articles, batch), want, "batch of {batch}");
        }
    }

    #[test]
    fn reports_survive_the_file_round_trip() {
        for target in [Target::Cell(7), Target::Pair(0, u32::MAX - 1)] {
            let report = Report {
                event: u128::MAX - 3,
                article: 9,
                order: 2,
                target,
            };
            let mut bytes = [0; Report::BYTES];
            report.encode(&mut bytes);
            assert_eq!(Report::decode(&bytes), report);
        }
    }
}
