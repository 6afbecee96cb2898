//! The first report of each event in an ingest run, found without holding
//! every event in memory: each report is a fixed-size record (the event's
//! key, the article's place in the run, what it counts towards), sorted in
//! batches and spilled to an unnamed temporary file, then merged once at the
//! end of the run. Memory is one sort batch and one read buffer per spilled
//! batch (bounded in total), whatever the number of events; the file takes 32
//! bytes per report.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

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

const REPORT_BYTES: usize = 32;

impl Report {
    fn encode(&self, out: &mut [u8; REPORT_BYTES]) {
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
    /// Where spilled batches go: the store's directory, when it has one.
    spill_dir: Option<PathBuf>,
    batch: Vec<Report>,
    batch_limit: usize,
    file: Option<File>,
    /// Spilled batches: offset and number of reports.
    spilled: Vec<(u64, usize)>,
    end: u64,
    article: u32,
    order: u32,
}

/// Reports sorted in memory before a spill: 2 MiB.
const BATCH: usize = 1 << 16;
/// Read buffers of the final merge, all together: 4 MiB.
const MERGE_MEMORY: usize = 4 << 20;

impl FirstReports {
    pub fn new(spill_dir: Option<PathBuf>) -> Self {
        Self::with_batch(spill_dir, BATCH)
    }

    fn with_batch(spill_dir: Option<PathBuf>, batch_limit: usize) -> Self {
        Self {
            spill_dir,
            batch: Vec::new(),
            batch_limit,
            file: None,
            spilled: Vec::new(),
            end: 0,
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
        self.batch.push(Report {
            event,
            article: self.article,
            order: self.order,
            target,
        });
        self.order += 1;
        if self.batch.len() >= self.batch_limit {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        self.batch.sort_unstable();
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(spill_file(self.spill_dir.as_deref())?),
        };
        let mut out = BufWriter::new(&mut *file);
        let mut bytes = [0; REPORT_BYTES];
        for report in &self.batch {
            report.encode(&mut bytes);
            out.write_all(&bytes)?;
        }
        out.flush()?;
        self.spilled.push((self.end, self.batch.len()));
        self.end += (self.batch.len() * REPORT_BYTES) as u64;
        self.batch.clear();
        Ok(())
    }

    /// Calls `first` with each event's key and the targets of its first
    /// report (its first article's reports, in their order), event by event.
    pub fn for_each_first(mut self, mut first: impl FnMut(u128, &[Target])) -> io::Result<()> {
        self.batch.sort_unstable();
        let mut sources = vec![Source::Memory(std::mem::take(&mut self.batch).into_iter())];
        let capacity = (MERGE_MEMORY / REPORT_BYTES / self.spilled.len().max(1)).max(64);
        sources.extend(self.spilled.iter().map(|&(offset, left)| {
            Source::Spilled(Spilled {
                offset,
                left,
                buffer: Vec::new(),
                next: 0,
                capacity,
            })
        }));
        let mut file = self.file.take();
        let mut heap = BinaryHeap::with_capacity(sources.len());
        for (i, source) in sources.iter_mut().enumerate() {
            if let Some(report) = source.next(&mut file)? {
                heap.push(Reverse((report, i)));
            }
        }
        // The event being read, its first article, and that article's targets.
        let mut current: Option<(u128, u32)> = None;
        let mut targets: Vec<Target> = Vec::new();
        while let Some(Reverse((report, i))) = heap.pop() {
            if let Some(next) = sources[i].next(&mut file)? {
                heap.push(Reverse((next, i)));
            }
            match current {
                Some((event, article)) if event == report.event => {
                    if article == report.article {
                        targets.push(report.target);
                    }
                }
                _ => {
                    if let Some((event, _)) = current {
                        first(event, &targets);
                    }
                    current = Some((report.event, report.article));
                    targets.clear();
                    targets.push(report.target);
                }
            }
        }
        if let Some((event, _)) = current {
            first(event, &targets);
        }
        Ok(())
    }
}

/// An unnamed file in `dir` (else the system's temporary directory); an
/// error says where it was tried.
fn spill_file(dir: Option<&std::path::Path>) -> io::Result<File> {
    let dir = dir.map_or_else(std::env::temp_dir, Into::into);
    tempfile::tempfile_in(&dir).map_err(|error| {
        io::Error::new(
            error.kind(),
            format!(
                "cannot create a temporary file in {}: {error}",
                dir.display()
            ),
        )
    })
}

/// One sorted sequence of reports for the merge.
enum Source {
    Memory(std::vec::IntoIter<Report>),
    Spilled(Spilled),
}

/// A spilled batch, read a buffer at a time from the file all batches share.
struct Spilled {
    offset: u64,
    left: usize,
    buffer: Vec<u8>,
    next: usize,
    capacity: usize,
}

impl Source {
    fn next(&mut self, file: &mut Option<File>) -> io::Result<Option<Report>> {
        let spilled = match self {
            Source::Memory(reports) => return Ok(reports.next()),
            Source::Spilled(spilled) => spilled,
        };
        if spilled.next == spilled.buffer.len() {
            if spilled.left == 0 {
                return Ok(None);
            }
            let file = file
                .as_mut()
                .ok_or_else(|| io::Error::other("spill file missing"))?;
            let count = spilled.left.min(spilled.capacity);
            spilled.buffer.resize(count * REPORT_BYTES, 0);
            file.seek(SeekFrom::Start(spilled.offset))?;
            file.read_exact(&mut spilled.buffer)?;
            spilled.offset += spilled.buffer.len() as u64;
            spilled.left -= count;
            spilled.next = 0;
        }
        let at = spilled.next;
        spilled.next += REPORT_BYTES;
        Ok(Some(Report::decode(&spilled.buffer[at..at + REPORT_BYTES])))
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
    fn a_spill_that_cannot_start_says_where_it_tried() {
        let dir = std::env::temp_dir().join("newsgraph-no-such-dir/store");
        let mut reports = FirstReports::with_batch(Some(dir), 2);
        reports.next_article();
        reports.add(1, Target::Cell(0)).unwrap();
        let error = reports.add(2, Target::Cell(0)).unwrap_err();
        assert!(
            error.to_string().contains("newsgraph-no-such-dir/store"),
            "{error}"
        );
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
            let mut bytes = [0; REPORT_BYTES];
            report.encode(&mut bytes);
            assert_eq!(Report::decode(&bytes), report);
        }
    }
}
