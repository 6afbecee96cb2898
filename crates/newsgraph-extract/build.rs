//! Embeds every data file under the repository's `ontology/` into the crate,
//! so that a new language or event type is added by dropping files in place:
//! the list of files is discovered here, never written out by hand in Rust.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.join("../../ontology");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut out = String::from("/// Data files under `ontology/`, as (relative path, contents).\npub static EMBEDDED: &[(&str, &str)] = &[\n");
    for file in &files {
        let relative = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            out,
            "    ({relative:?}, include_str!({:?})),",
            file.to_string_lossy()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_data.rs");
    std::fs::write(dest, out).unwrap();
    println!("cargo:rerun-if-changed={}", root.display());
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            // Official vocabulary files, for the conformance test only: not data
            // the extractor reads, and 1.2 MB the binary need not carry.
            if path.file_name().is_some_and(|n| n == "vocabularies") {
                continue;
            }
            collect(&path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tsv" | "txt" | "ttl")
        ) {
            files.push(path);
        }
    }
}
