//! Measuring the extractor against gold annotations (`newsgraph eval`).
//! Entry point: [`evaluate`].
//!
//! The articles go through the same stages as `ingest`, into a store in
//! memory, and the events are read back with the canned `events` query, so
//! what is scored is exactly what a user's query returns.

pub mod causes;
pub mod gold;
pub mod score;

use std::collections::HashMap;
use std::path::PathBuf;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::knowledge::Knowledge;
use crate::pipeline::{describe_chunk, prepare_store, CHUNK};
use crate::queries::canned_query;
use crate::store::{GraphStore, StoreError};
pub use gold::{GoldArticle, GoldEvent};
pub use score::{Counts, Predicted, Ratio, Report};

/// The scores, and the gold files that could not be read.
pub struct Evaluation {
    pub report: Report,
    pub failures: Vec<String>,
}

/// Extracts the events of every annotated article below `dirs` and scores them.
pub fn evaluate(dirs: &[PathBuf], knowledge: &Knowledge) -> Result<Evaluation, StoreError> {
    let (articles, failures) = gold::load(dirs);
    let predicted = extract_events(&articles, knowledge)?;
    Ok(Evaluation {
        report: score::score(&articles, &predicted),
        failures,
    })
}

/// The events of each article (by stem) as the `events` query returns them.
pub fn extract_events(
    articles: &[GoldArticle],
    knowledge: &Knowledge,
) -> Result<HashMap<String, Vec<Predicted>>, StoreError> {
    let store = GraphStore::in_memory()?;
    prepare_store(&store, knowledge)?;
    let mut stem_of: HashMap<String, String> = HashMap::new();
    for chunk in articles.chunks(CHUNK) {
        let batch = chunk.iter().map(|a| a.article.clone()).collect();
        let descriptions = describe_chunk(batch, knowledge, false);
        for (description, article) in descriptions.iter().zip(chunk) {
            stem_of.insert(
                description.article.as_str().to_string(),
                article.stem.clone(),
            );
        }
        store.write(descriptions)?;
    }
    let query = canned_query("events").expect("queries/events.rq is built in");
    let QueryResults::Solutions(solutions) = store.query(query)? else {
        unreachable!("queries/events.rq is a SELECT query")
    };
    // One row per event and participant, in the order of the query.
    let mut events: HashMap<String, Vec<Predicted>> = HashMap::new();
    for solution in solutions {
        let row = solution?;
        let text = |name: &str| row.get(name).map(term_text);
        let Some(stem) = text("article").and_then(|a| stem_of.get(&a).cloned()) else {
            continue;
        };
        let iri = text("event").unwrap_or_default();
        let list = events.entry(stem).or_default();
        let index = match list.iter().position(|e| e.iri == iri) {
            Some(i) => i,
            None => {
                list.push(first_row(&text, iri));
                list.len() - 1
            }
        };
        if let Some(participant) = text("participant") {
            list[index].participants.push(score::Mention {
                iri: participant,
                label: text("participantLabel"),
                wikidata: text("participantWikidata"),
            });
        }
    }
    Ok(events)
}

/// An event from the first row that names it: type, place, date, status, evidence.
fn first_row(text: &dyn Fn(&str) -> Option<String>, iri: String) -> Predicted {
    let offset = |name: &str| text(name).and_then(|v| v.parse::<usize>().ok());
    let evidence = match (text("evidence"), offset("start"), offset("end")) {
        (Some(quote), Some(start), Some(end)) => Some((quote, start, end)),
        _ => None,
    };
    Predicted {
        iri,
        event_type: text("type").unwrap_or_default(),
        participants: Vec::new(),
        location: text("location").map(|location| score::Mention {
            iri: location,
            label: text("locationLabel"),
            wikidata: text("locationWikidata"),
        }),
        date: text("date"),
        status: text("status").unwrap_or_default(),
        evidence,
    }
}

/// An IRI's text, or a literal's lexical value.
fn term_text(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => node.as_str().to_string(),
        Term::Literal(literal) => literal.value().to_string(),
        other => other.to_string(),
    }
}
