//! The canned SPARQL queries (`queries/*.rq`), built into the binary.

include!(concat!(env!("OUT_DIR"), "/queries.rs"));

/// The text of the canned query `queries/NAME.rq` as built into the binary.
pub fn canned_query(name: &str) -> Option<&'static str> {
    QUERIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Names of the canned queries built into the binary.
pub fn canned_query_names() -> Vec<&'static str> {
    QUERIES.iter().map(|(n, _)| *n).collect()
}
