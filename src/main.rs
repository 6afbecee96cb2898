//! The `newsgraph` binary: parses arguments, runs the command, and turns the
//! outcome into an exit code (0 ok, 1 some inputs failed, 2 fatal error).

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of glibc's allocator: see src/memory.rs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = newsgraph::cli::args::Cli::parse();
    match newsgraph::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            // A closed pipe (`newsgraph export | head`) is not a failure.
            if error.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: {}", one_line(&error));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes on one line, each said once: a message that
/// already quotes its cause (`cannot open …: lock held`) is not followed by
/// the cause again.
fn one_line(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let text = cause.to_string().replace('\n', " ");
        if line.contains(text.trim()) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(text.trim());
    }
    line
}
