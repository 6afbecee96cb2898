//! Keeping a long ingest's memory flat and its allocations cheap.
//!
//! Every allocation goes to mimalloc: Rust's (the global allocator,
//! src/main.rs) and, through its `override` feature, C and C++ code's
//! `malloc` and `free` (RocksDB's). An ingest allocates and frees millions of
//! small strings and keys across threads (extraction threads build the
//! quads, the bulk loader's thread frees them), and glibc's allocator spent
//! about a quarter of a 10k-article ingest's CPU in malloc and free
//! (BENCHMARKS.md). One allocator for both is required, not only faster:
//! Oxigraph hands RocksDB's error strings (C `malloc`) to `CString::from_raw`,
//! so Rust frees them; with mimalloc for Rust alone, opening a locked store
//! crashed. mimalloc is set to give freed memory back after 10 ms and to
//! commit its arenas page by page, so that peak RSS stays near glibc's
//! (`configure`, Linux).
//!
//! Where glibc's allocator is still in use (a build without mimalloc's
//! override), it keeps freed memory in per-thread arenas and serves later
//! large buffers from them, so resident memory grows with the run: a fixed
//! mmap threshold and a trim after every chunk give that memory back; with
//! mimalloc's override they do nothing. Other platforms: they do nothing.

/// mimalloc's option numbers (`mi_option_e` in mimalloc.h, the same in its
/// versions 2 and 3; the crate does not export them).
#[cfg(target_os = "linux")]
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
#[cfg(target_os = "linux")]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Buffers from this size on get their own mapping, returned when freed
/// (glibc's default threshold starts at 128 KiB and rises as they are freed).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 1 << 20;

/// Sets mimalloc's options. Measured on a 10k-article ingest: with
/// mimalloc's defaults (purge after 1 s, arenas committed whole) peak RSS was
/// 564 MiB against glibc's 384; with these, 416-431 (glibc 377 in the same
/// pairs), for a third of the CPU saved given back to purging. It must run
/// before the first allocation, which reserves mimalloc's first arena
/// (setting the options in `main` left the peak at 515 MiB): so it runs from
/// `.init_array`, as the `ctor` crate's constructors do, before Rust's
/// runtime starts.
#[cfg(target_os = "linux")]
extern "C" fn configure() {
    // SAFETY: mi_option_set only changes the allocator's parameters; it runs
    // once, before any other thread exists.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        // mimalloc's own variable, when set, wins (for measuring).
        if libc::getenv(c"MIMALLOC_PURGE_DELAY".as_ptr()).is_null() {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 10);
        }
    }
}

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static CONFIGURE: extern "C" fn() = configure;

/// Sets glibc's allocator (RocksDB's) up for a long run. Call once, before the work starts.
pub fn prepare_for_long_run() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes glibc's allocation parameters.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}

/// Returns the free memory glibc's allocator holds to the system.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages.
    unsafe {
        libc::malloc_trim(0);
    }
}
