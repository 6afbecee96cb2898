//! Embeds every data file under `ontology/` into the binary, so that a new
//! language or event type is added by dropping files in place: the list of
//! files is discovered here, never written out by hand in Rust.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("ontology");
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
    // Canned queries travel with the binary too, so `newsgraph query NAME` works anywhere.
    let queries = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("queries");
    let mut rq = Vec::new();
    collect(&queries, &mut rq);
    rq.retain(|p| p.extension().is_some_and(|e| e == "rq"));
    rq.sort();
    out.push_str("/// Canned SPARQL queries under `queries/`, as (name, text).\npub static QUERIES: &[(&str, &str)] = &[\n");
    for file in &rq {
        let name = file.file_stem().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            file.to_string_lossy()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_data.rs");
    std::fs::write(dest, out).unwrap();
    println!("cargo:rerun-if-changed=ontology");
    println!("cargo:rerun-if-changed=queries");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(&path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tsv" | "txt" | "ttl" | "rq")
        ) {
            files.push(path);
        }
    }
}
