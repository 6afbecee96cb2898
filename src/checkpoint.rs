//! Named points of an ingest run where the crash tests stop the process.
//!
//! With `NEWSGRAPH_PAUSE_AT=NAME` in the environment, the process prints
//! `newsgraph: paused at NAME` on stderr the first time it reaches point NAME
//! and then waits forever, so that a test can `kill -9` it at exactly that
//! point (tests/crash.rs). Unset, a point costs one comparison.
//!
//! Points: `start` (summary marked stale, nothing written), `commit` (after a
//! batch of articles committed), `written` (every article committed, summary
//! not yet updated), `summary` (summary half rewritten); and `export` (all
//! written, the output file not yet in place).

use std::sync::OnceLock;

fn pause_at() -> Option<&'static str> {
    static PAUSE_AT: OnceLock<Option<String>> = OnceLock::new();
    PAUSE_AT
        .get_or_init(|| std::env::var("NEWSGRAPH_PAUSE_AT").ok())
        .as_deref()
}

/// Marks point `name`; pauses the process there when asked to (see the module).
pub fn reached(name: &str) {
    if pause_at() == Some(name) {
        eprintln!("newsgraph: paused at {name}");
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
}
