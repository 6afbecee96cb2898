//! The bulk load of an ingest on a thread of its own, so that a commit does
//! not stop the writer. A commit waits for the load's last runs to be sorted,
//! then RocksDB copies every table file of the load into the store: ~1 s at
//! each 5,000-article commit of a 10k ingest, during which the writer, and
//! the extraction two chunks ahead of it, stood still (BENCHMARKS.md).
//!
//! Runs are handed over one at a time and each `load` returns once the
//! loader has taken its run, as when the writer called the loader itself:
//! no more quads wait in memory than before. Only a commit is left running.

use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::thread::JoinHandle;

use oxigraph::model::Quad;
use oxigraph::store::{BulkLoader, Store};

use super::{StoreError, LOADER_RUN, LOADER_THREADS};

enum Job {
    /// A run of quads, and whether it sorts on a second thread (see [`LoadThread::load`]).
    Run(Vec<Vec<Quad>>, bool),
    /// Commit the load: every run handed over so far.
    Commit,
}

/// A bulk loader on its own thread: runs in, commits out, in order.
pub(super) struct LoadThread {
    jobs: Option<SyncSender<Job>>,
    /// One message per run taken, the loader's answer.
    taken: Receiver<Result<(), StoreError>>,
    /// One message per commit finished.
    committed: Receiver<Result<(), StoreError>>,
    /// Commits sent and not yet reported by `committed`.
    in_flight: usize,
    thread: Option<JoinHandle<()>>,
}

impl LoadThread {
    /// Starts the thread; it loads into `store` (a handle on the same store).
    pub(super) fn start(store: Store) -> Self {
        let (jobs, receive_jobs) = sync_channel(0);
        let (send_taken, taken) = channel();
        let (send_committed, committed) = channel();
        let thread = std::thread::Builder::new()
            .name("newsgraph-load".into())
            .spawn(move || serve(&store, receive_jobs, send_taken, send_committed))
            .expect("the system starts a thread");
        Self {
            jobs: Some(jobs),
            taken,
            committed,
            in_flight: 0,
            thread: Some(thread),
        }
    }

    /// Hands the loader a run of quads; returns once it has taken it (after
    /// the commit before, if one is running). `beside`: sort it beside the
    /// run before it on a second thread rather than after it (the ingest's
    /// last, partial run, for which the final commit waits with both cores free).
    pub(super) fn load(&mut self, run: Vec<Vec<Quad>>, beside: bool) -> Result<(), StoreError> {
        self.send(Job::Run(run, beside))?;
        self.taken.recv().map_err(|_| stopped())?
    }

    /// Starts committing every run handed over so far; returns at once.
    pub(super) fn commit(&mut self) -> Result<(), StoreError> {
        self.send(Job::Commit)?;
        self.in_flight += 1;
        Ok(())
    }

    /// Whether every commit sent has finished (the first failed one is an error).
    pub(super) fn settled(&mut self) -> Result<bool, StoreError> {
        while self.in_flight > 0 {
            match self.committed.try_recv() {
                Ok(result) => {
                    self.in_flight -= 1;
                    result?;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => return Ok(false),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => return Err(stopped()),
            }
        }
        Ok(true)
    }

    /// Waits until every commit sent has finished.
    pub(super) fn wait(&mut self) -> Result<(), StoreError> {
        while self.in_flight > 0 {
            let result = self.committed.recv().map_err(|_| stopped())?;
            self.in_flight -= 1;
            result?;
        }
        Ok(())
    }

    /// Sends a job; when the thread has ended, the error that ended it.
    fn send(&mut self, job: Job) -> Result<(), StoreError> {
        let sent = self.jobs.as_ref().map(|jobs| jobs.send(job).is_ok());
        if sent == Some(true) {
            return Ok(());
        }
        self.jobs = None;
        self.wait()?;
        Err(stopped())
    }
}

impl Drop for LoadThread {
    /// Ends the thread: a commit already sent completes, a load not
    /// committed is dropped (Oxigraph removes its files).
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The thread: one loader per load, replaced at each commit. It ends when the
/// writer drops its end of `jobs`, or after an error, which it reports.
fn serve(
    store: &Store,
    jobs: Receiver<Job>,
    taken: Sender<Result<(), StoreError>>,
    committed: Sender<Result<(), StoreError>>,
) {
    let mut loader: Option<BulkLoader<'_>> = None;
    for job in jobs {
        let (result, answer) = match job {
            Job::Run(run, beside) => {
                let mut current = loader
                    .take()
                    .unwrap_or_else(|| bulk_loader(store, LOADER_THREADS));
                if beside {
                    current = current
                        .with_num_threads(LOADER_THREADS + 1)
                        .with_max_memory_size_in_megabytes(
                            LOADER_RUN * (LOADER_THREADS + 1) / 1_000,
                        );
                }
                let result = current.load_quads(run.into_iter().flatten());
                loader = Some(current);
                (result, &taken)
            }
            Job::Commit => {
                let result = loader.take().map_or(Ok(()), BulkLoader::commit);
                if result.is_ok() {
                    crate::checkpoint::reached("commit");
                }
                (result, &committed)
            }
        };
        let failed = result.is_err();
        if answer.send(result.map_err(StoreError::from)).is_err() || failed {
            return;
        }
    }
}

/// A bulk loader writing runs of [`LOADER_RUN`] quads on `threads` threads
/// (Oxigraph makes a run of its memory limit in MB times 1,000 quads,
/// divided by its threads).
pub(super) fn bulk_loader(store: &Store, threads: usize) -> BulkLoader<'_> {
    store
        .bulk_loader()
        .with_num_threads(threads)
        .with_max_memory_size_in_megabytes(LOADER_RUN * threads / 1_000)
}

fn stopped() -> StoreError {
    StoreError::Io(std::io::Error::other(
        "the bulk loader's thread stopped unexpectedly",
    ))
}
