//! Embeds the canned SPARQL queries under `queries/` into the binary, so
//! `newsgraph query NAME` works anywhere. (The data under `ontology/` is
//! embedded by the extraction crate, `crates/newsgraph-extract/build.rs`.)

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let queries = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("queries");
    let mut rq: Vec<PathBuf> = std::fs::read_dir(&queries)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    rq.retain(|p| p.extension().is_some_and(|e| e == "rq"));
    rq.sort();
    let mut out = String::from("/// Canned SPARQL queries under `queries/`, as (name, text).\npub static QUERIES: &[(&str, &str)] = &[\n");
    for file in &rq {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = file.file_stem().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            file.to_string_lossy()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("queries.rs");
    std::fs::write(dest, out).unwrap();
    println!("cargo:rerun-if-changed=queries");
}
