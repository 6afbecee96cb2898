//! Fixed-size records sorted without holding them all: they are sorted in
//! batches, each full batch spilled to one unnamed temporary file, and the
//! batches merged once, in order, at the end. Memory is one batch and the
//! merge's read buffers (bounded in total), whatever the number of records.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// A record that goes to the file as `BYTES` bytes.
pub trait Record: Ord + Copy {
    const BYTES: usize;
    fn encode(&self, out: &mut [u8]);
    fn decode(bytes: &[u8]) -> Self;
}

/// Records sorted in memory before a spill, by default.
pub const BATCH: usize = 1 << 16;
/// Read buffers of the final merge, all together: 4 MiB.
const MERGE_MEMORY: usize = 4 << 20;

pub struct SortedRuns<R: Record> {
    /// Where spilled batches go: the store's directory, when it has one.
    spill_dir: Option<PathBuf>,
    batch: Vec<R>,
    batch_limit: usize,
    file: Option<File>,
    /// Spilled batches: offset and number of records.
    spilled: Vec<(u64, usize)>,
    end: u64,
}

impl<R: Record> SortedRuns<R> {
    pub fn new(spill_dir: Option<PathBuf>, batch_limit: usize) -> Self {
        Self {
            spill_dir,
            batch: Vec::new(),
            batch_limit: batch_limit.max(1),
            file: None,
            spilled: Vec::new(),
            end: 0,
        }
    }

    pub fn push(&mut self, record: R) -> io::Result<()> {
        self.batch.push(record);
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
        let mut bytes = vec![0; R::BYTES];
        for record in &self.batch {
            record.encode(&mut bytes);
            out.write_all(&bytes)?;
        }
        out.flush()?;
        self.spilled.push((self.end, self.batch.len()));
        self.end += (self.batch.len() * R::BYTES) as u64;
        self.batch.clear();
        Ok(())
    }

    /// Every record pushed, in order.
    pub fn merge(mut self) -> io::Result<Merged<R>> {
        self.batch.sort_unstable();
        let mut sources = vec![Source::Memory(std::mem::take(&mut self.batch).into_iter())];
        let capacity = (MERGE_MEMORY / R::BYTES / self.spilled.len().max(1)).max(64);
        sources.extend(self.spilled.iter().map(|&(offset, left)| {
            Source::Spilled(Spilled {
                offset,
                left,
                buffer: Vec::new(),
                next: 0,
                capacity,
            })
        }));
        let mut merged = Merged {
            file: self.file.take(),
            heap: BinaryHeap::with_capacity(sources.len()),
            sources,
        };
        for i in 0..merged.sources.len() {
            if let Some(record) = merged.sources[i].next(&mut merged.file)? {
                merged.heap.push(Reverse((record, i)));
            }
        }
        Ok(merged)
    }
}

/// The records of [`SortedRuns::merge`], smallest first.
pub struct Merged<R: Record> {
    file: Option<File>,
    sources: Vec<Source<R>>,
    heap: BinaryHeap<Reverse<(R, usize)>>,
}

impl<R: Record> Iterator for Merged<R> {
    type Item = io::Result<R>;

    fn next(&mut self) -> Option<Self::Item> {
        let Reverse((record, i)) = self.heap.pop()?;
        match self.sources[i].next(&mut self.file) {
            Ok(Some(next)) => self.heap.push(Reverse((next, i))),
            Ok(None) => {}
            Err(error) => {
                self.heap.clear();
                return Some(Err(error));
            }
        }
        Some(Ok(record))
    }
}

/// An unnamed file in `dir` (else the system's temporary directory); an
/// error says where it was tried.
fn spill_file(dir: Option<&Path>) -> io::Result<File> {
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

/// One sorted sequence of records for the merge.
enum Source<R> {
    Memory(std::vec::IntoIter<R>),
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

impl<R: Record> Source<R> {
    fn next(&mut self, file: &mut Option<File>) -> io::Result<Option<R>> {
        let spilled = match self {
            Source::Memory(records) => return Ok(records.next()),
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
            spilled.buffer.resize(count * R::BYTES, 0);
            file.seek(SeekFrom::Start(spilled.offset))?;
            file.read_exact(&mut spilled.buffer)?;
            spilled.offset += spilled.buffer.len() as u64;
            spilled.left -= count;
            spilled.next = 0;
        }
        let at = spilled.next;
        spilled.next += R::BYTES;
        Ok(Some(R::decode(&spilled.buffer[at..at + R::BYTES])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    struct Number(u64);

    impl Record for Number {
        const BYTES: usize = 8;
        fn encode(&self, out: &mut [u8]) {
            out.copy_from_slice(&self.0.to_le_bytes());
        }
        fn decode(bytes: &[u8]) -> Self {
            Number(u64::from_le_bytes(bytes.try_into().expect("8 bytes")))
        }
    }

    #[test]
    fn records_come_back_in_order_whether_spilled_or_not() {
        let records: Vec<u64> = (0..5_000u64).map(|i| (i * 7_919) % 1_237).collect();
        let mut want = records.clone();
        want.sort_unstable();
        for batch in [1 << 16, 1_000, 7, 1] {
            let mut runs = SortedRuns::new(None, batch);
            for r in &records {
                runs.push(Number(*r)).unwrap();
            }
            let got: Vec<u64> = runs.merge().unwrap().map(|r| r.unwrap().0).collect();
            assert_eq!(got, want, "batch of {batch}");
        }
    }

    #[test]
    fn a_spill_that_cannot_start_says_where_it_tried() {
        let dir = std::env::temp_dir().join("newsgraph-no-such-dir/store");
        let mut runs = SortedRuns::new(Some(dir), 2);
        runs.push(Number(1)).unwrap();
        let error = runs.push(Number(2)).unwrap_err();
        assert!(
            error.to_string().contains("newsgraph-no-such-dir/store"),
            "{error}"
        );
    }
}
