//! The explorer's JSON API (`/api/*`): paged, filtered and aggregated on the
//! server by SPARQL, so that the page stays light on a large store.
//!
//! - `events?type=&from=&to=&status=&entity=&q=&offset=&limit=`: events, newest first
//! - `timeline?by=month|week&type=&entity=`: events per period, type and status
//! - `pairs?entity=`: who met whom, most meetings first
//! - `event?iri=`: one event, its parties and its evidence (article text and offsets)
//! - `entity?iri=`: one entity's labels and links
//! - `types`: the event types in the store
//!
//! User input reaches SPARQL only as a checked IRI or an escaped literal.
//!
//! The list and the timeline are answered from the summary graph
//! (`listing.rs`) while it is current; the SPARQL here is their direct form,
//! used when it is not and by the tests that compare the two ([`Plan`]).

use std::collections::BTreeMap;

use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::QuerySolution;
use serde_json::{json, Value};

use super::http::{error, ok, param, query_pairs};
use super::listing::{self, Filter, Listed};
use super::sparql::{select, store_error};
use super::Service;
use crate::vocab::{GAZETTEER_GRAPH, NG, SUMMARY_GRAPH};

const PREFIXES: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <http://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
";

const MAX_PAGE: usize = 200;

type Pairs = [(String, String)];

/// How the list and the timeline are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// From the summary graph when it is current, else as [`Plan::Direct`].
    Summary,
    /// By the direct SPARQL over the article graphs.
    Direct,
}

pub fn handle(service: &Service, request: &Request<Body>, api: &str, plan: Plan) -> Response<Body> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return error(
            StatusCode::METHOD_NOT_ALLOWED,
            "the explorer's API is read with GET",
        );
    }
    let pairs = query_pairs(request);
    let built = match api {
        "events" => events_query(&pairs),
        "timeline" => timeline_query(&pairs),
        "pairs" => pairs_query(&pairs),
        "event" => event_query(&pairs),
        "entity" => entity_query(&pairs),
        "types" => Ok(Api::Types(format!(
            "{PREFIXES}SELECT DISTINCT ?t WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?cell ng:eventType ?t }} }} ORDER BY ?t"
        ))),
        other => return error(StatusCode::NOT_FOUND, format!("no explorer API `{other}`: events, timeline, pairs, event, entity, types")),
    };
    let api = match built {
        Ok(api) => api,
        Err(message) => return error(StatusCode::BAD_REQUEST, message),
    };
    match api.answer(service, plan) {
        Ok(value) => ok("application/json", value.to_string()),
        Err((e, query)) => store_error(e, &query, service.options.time_limit),
    }
}

/// A checked API call: its SPARQL and how to shape the answer.
enum Api {
    Events {
        query: String,
        filter: Searched,
        limit: usize,
        offset: usize,
    },
    Timeline {
        query: String,
        filter: Searched,
        weekly: bool,
    },
    Pairs {
        query: String,
        entity: Option<NamedNode>,
        limit: usize,
    },
    Event {
        query: String,
        parties: String,
    },
    Entity(String),
    Types(String),
}

type Failed = (crate::store::StoreError, String);

/// A list or timeline filter for the summary path, with the query that
/// resolves a text search to entity IRIs (run first, under the time limit).
struct Searched {
    filter: Filter,
    names: Option<String>,
}

/// What a failure of the summary path names in place of a query.
const FROM_SUMMARY: &str = "the explorer's event index (the summary graph)";

impl Api {
    fn answer(self, service: &Service, plan: Plan) -> Result<Value, Failed> {
        // Only a summary marked complete answers for the article graphs.
        let from_summary = plan == Plan::Summary
            && matches!(
                self,
                Api::Events { .. } | Api::Timeline { .. } | Api::Pairs { .. }
            )
            && crate::summary::is_current(&service.store).map_err(from_summary_failed)?;
        let answerer = Answerer {
            service,
            from_summary,
        };
        match self {
            Api::Events {
                query,
                filter,
                limit,
                offset,
            } => answerer.events(&query, filter, limit, offset),
            Api::Timeline {
                query,
                filter,
                weekly,
            } => answerer.timeline(&query, filter, weekly),
            Api::Pairs {
                query,
                entity,
                limit,
            } => answerer.pairs(&query, entity.as_ref(), limit),
            Api::Event { query, parties } => Ok(event_detail(
                &answerer.run(&query)?,
                &answerer.run(&parties)?,
            )),
            Api::Entity(query) => Ok(entity(&answerer.run(&query)?)),
            Api::Types(query) => Ok(
                json!({ "types": answerer.run(&query)?.iter().filter_map(|r| text(r, "t")).collect::<Vec<_>>() }),
            ),
        }
    }
}

fn from_summary_failed(e: crate::store::StoreError) -> Failed {
    (e, FROM_SUMMARY.to_string())
}

/// Answers one checked call, from the summary graph when `from_summary`.
struct Answerer<'a> {
    service: &'a Service,
    from_summary: bool,
}

impl Answerer<'_> {
    fn run(&self, query: &str) -> Result<Vec<QuerySolution>, Failed> {
        select(&self.service.store, query, self.service.options.time_limit)
            .map_err(|e| (e, query.to_string()))
    }

    /// The summary path's filter, with a text search resolved to entity IRIs.
    fn resolve(&self, searched: Searched) -> Result<Filter, Failed> {
        let mut filter = searched.filter;
        if let Some(query) = searched.names {
            let names = self
                .run(&query)?
                .iter()
                .filter_map(|r| text(r, "x"))
                .filter_map(|x| NamedNode::new(x).ok())
                .collect();
            filter.names = Some(names);
        }
        Ok(filter)
    }

    fn events(
        &self,
        query: &str,
        filter: Searched,
        limit: usize,
        offset: usize,
    ) -> Result<Value, Failed> {
        let listed = if self.from_summary {
            let filter = self.resolve(filter)?;
            listing::page(&self.service.store, &filter, offset, limit + 1)
                .map_err(from_summary_failed)?
        } else {
            self.run(query)?.iter().map(listed_row).collect()
        };
        let more = listed.len() > limit;
        let listed = &listed[..listed.len().min(limit)];
        let events: Vec<String> = listed.iter().map(|e| e.event.clone()).collect();
        let parties = if events.is_empty() {
            Vec::new()
        } else {
            self.run(&parties_query(&events))?
        };
        Ok(json!({ "offset": offset, "more": more, "events": event_rows(listed, &parties) }))
    }

    fn timeline(&self, query: &str, filter: Searched, weekly: bool) -> Result<Value, Failed> {
        let counts = if self.from_summary {
            let filter = self.resolve(filter)?;
            listing::timeline(&self.service.store, &filter).map_err(from_summary_failed)?
        } else {
            self.run(query)?
                .iter()
                .map(|row| {
                    (
                        text(row, "date").unwrap_or_default(),
                        text(row, "type").unwrap_or_default(),
                        text(row, "st").unwrap_or_default(),
                        int(row, "n"),
                    )
                })
                .collect()
        };
        Ok(timeline(&counts, weekly))
    }

    fn pairs(
        &self,
        query: &str,
        entity: Option<&NamedNode>,
        limit: usize,
    ) -> Result<Value, Failed> {
        if !self.from_summary {
            return Ok(json!({ "pairs": rows_json(&self.run(query)?) }));
        }
        let top = crate::summary::top_pairs(&self.service.store, entity, limit)
            .map_err(from_summary_failed)?;
        let labels = match top.is_empty() {
            true => Vec::new(),
            false => self.run(&labels_query(
                top.iter().flat_map(|p| [&p.first, &p.second]),
            ))?,
        };
        Ok(json!({ "pairs": pair_rows(&top, &labels) }))
    }
}

fn iri(value: &str) -> Result<String, String> {
    NamedNode::new(value)
        .map(|n| n.to_string())
        .map_err(|e| format!("not an IRI: `{value}`: {e}"))
}

fn literal(value: &str) -> String {
    Literal::new_simple_literal(value).to_string()
}

fn number(pairs: &Pairs, name: &str, default: usize) -> Result<usize, String> {
    match param(pairs, name) {
        None | Some("") => Ok(default),
        Some(v) => v
            .parse()
            .map_err(|_| format!("`{name}` must be a whole number, not `{v}`")),
    }
}

/// An ISO date or its prefix (`2024`, `2024-03`, `2024-03-12`).
fn date(pairs: &Pairs, name: &str) -> Result<Option<String>, String> {
    match param(pairs, name) {
        None | Some("") => Ok(None),
        Some(v) if v.len() <= 10 && v.chars().all(|c| c.is_ascii_digit() || c == '-') => {
            Ok(Some(v.to_string()))
        }
        Some(v) => Err(format!(
            "`{name}` must be a date such as 2024-03-12, not `{v}`"
        )),
    }
}

/// The filters of the list and the timeline for the summary path (the
/// parameters are checked by [`event_filters`] first).
fn searched(pairs: &Pairs) -> Result<Searched, String> {
    let given = |name: &str| {
        param(pairs, name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let entity = match param(pairs, "entity").filter(|e| !e.is_empty()) {
        Some(e) => Some(NamedNode::new(e).map_err(|e| format!("not an IRI: {e}"))?),
        None => None,
    };
    let names = given("q").map(|q| {
        format!(
            "{PREFIXES}SELECT DISTINCT ?x WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?x rdfs:label|skos:altLabel ?l }} FILTER(CONTAINS(LCASE(STR(?l)), {})) }}",
            literal(&q.to_lowercase())
        )
    });
    let filter = Filter {
        event_type: param(pairs, "type")
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        status: param(pairs, "status")
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        from: date(pairs, "from")?,
        to: date(pairs, "to")?,
        entity,
        names: None,
    };
    Ok(Searched { filter, names })
}

/// The graph pattern and filters shared by the event list and the timeline.
fn event_filters(pairs: &Pairs) -> Result<String, String> {
    let mut pattern = String::new();
    if let Some(t) = param(pairs, "type").filter(|t| !t.is_empty()) {
        pattern += &format!("FILTER(?t = {})\n", iri(&format!("{NG}{t}"))?);
    }
    if let Some(s) = param(pairs, "status").filter(|s| !s.is_empty()) {
        pattern += &format!("FILTER(?s = {})\n", iri(&format!("{NG}{s}"))?);
    }
    if let Some(e) = param(pairs, "entity").filter(|e| !e.is_empty()) {
        pattern += &format!(
            "FILTER EXISTS {{ GRAPH ?g {{ ?event sem:hasActor|sem:hasPlace {} }} }}\n",
            iri(e)?
        );
    }
    // A date filter compares as many characters as the event's date has, so
    // an event dated 2024-03 is in a range from 2024-03-15.
    if let Some(from) = date(pairs, "from")? {
        pattern += &format!(
            "FILTER(BOUND(?d) && STR(?d) >= SUBSTR({}, 1, STRLEN(STR(?d))))\n",
            literal(&from)
        );
    }
    if let Some(to) = date(pairs, "to")? {
        pattern += &format!(
            "FILTER(BOUND(?d) && STR(?d) <= SUBSTR({}, 1, STRLEN(STR(?d))))\n",
            literal(&to)
        );
    }
    // Names first (the gazetteer is small), then the events that point to
    // them: a join, not a filter evaluated for every event.
    let mut named = String::new();
    if let Some(q) = param(pairs, "q").map(str::trim).filter(|q| !q.is_empty()) {
        named = format!(
            "{{ SELECT DISTINCT ?x WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?x rdfs:label|skos:altLabel ?l }} FILTER(CONTAINS(LCASE(STR(?l)), {})) }} }}
GRAPH ?g {{ ?event sem:hasActor|sem:hasPlace ?x }}\n",
            literal(&q.to_lowercase())
        );
    }
    Ok(format!(
        "{named}GRAPH ?g {{ ?event ng:status ?s ; a ?t . OPTIONAL {{ ?event sem:hasTimeStamp ?d }} }}
FILTER(STRSTARTS(STR(?t), \"{NG}\"))
{pattern}"
    ))
}

fn events_query(pairs: &Pairs) -> Result<Api, String> {
    let limit = number(pairs, "limit", 50)?.clamp(1, MAX_PAGE);
    let offset = number(pairs, "offset", 0)?;
    let filters = event_filters(pairs)?;
    let filter = searched(pairs)?;
    Ok(Api::Events {
        query: format!(
            "{PREFIXES}SELECT ?event ?type (MAX(STR(?d)) AS ?date) (GROUP_CONCAT(DISTINCT ?st; separator=\" \") AS ?status) (COUNT(DISTINCT ?g) AS ?articles)
WHERE {{ {filters}
BIND(STRAFTER(STR(?t), \"#\") AS ?type) BIND(STRAFTER(STR(?s), \"#\") AS ?st) }}
GROUP BY ?event ?type ORDER BY DESC(?date) ?event LIMIT {} OFFSET {offset}",
            limit + 1
        ),
        filter,
        limit,
        offset,
    })
}

/// Parties and places of the listed events, with English labels.
fn parties_query(events: &[String]) -> String {
    let values: String = events
        .iter()
        .filter_map(|e| iri(e).ok())
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{PREFIXES}SELECT DISTINCT ?event ?role ?x ?label ?link WHERE {{
VALUES ?event {{ {values} }}
{{ GRAPH ?g {{ ?event sem:hasActor ?x }} BIND(\"actor\" AS ?role) }} UNION {{ GRAPH ?g {{ ?event sem:hasPlace ?x }} BIND(\"place\" AS ?role) }}
OPTIONAL {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?x rdfs:label ?label FILTER(LANG(?label) = \"en\") }} }}
OPTIONAL {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?x owl:sameAs ?link }} }}
}}"
    )
}

fn timeline_query(pairs: &Pairs) -> Result<Api, String> {
    let weekly = match param(pairs, "by").unwrap_or("month") {
        "month" => false,
        "week" => true,
        other => return Err(format!("`by` is month or week, not `{other}`")),
    };
    let filters = event_filters(pairs)?;
    let filter = searched(pairs)?;
    Ok(Api::Timeline {
        query: format!(
            "{PREFIXES}SELECT ?date ?type ?st (COUNT(DISTINCT ?event) AS ?n) WHERE {{ {filters}
FILTER(BOUND(?d)) BIND(STR(?d) AS ?date) BIND(STRAFTER(STR(?t), \"#\") AS ?type) BIND(STRAFTER(STR(?s), \"#\") AS ?st) }}
GROUP BY ?date ?type ?st"
        ),
        filter,
        weekly,
    })
}

fn pairs_query(pairs: &Pairs) -> Result<Api, String> {
    let limit = number(pairs, "limit", 50)?.clamp(1, MAX_PAGE);
    let entity = match param(pairs, "entity").filter(|e| !e.is_empty()) {
        Some(e) => Some(NamedNode::new(e).map_err(|err| format!("not an IRI: `{e}`: {err}"))?),
        None => None,
    };
    let only = match &entity {
        Some(e) => format!("FILTER(?x = {e} || ?y = {e})"),
        None => String::new(),
    };
    Ok(Api::Pairs {
        entity,
        limit,
        query: format!(
        "{PREFIXES}SELECT ?x ?a ?y ?b ?meetings ?articles WHERE {{
GRAPH <{SUMMARY_GRAPH}> {{ ?pair ng:meetings ?meetings ; ng:articles ?articles ; ng:firstParty ?x ; ng:secondParty ?y }}
{only}
OPTIONAL {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?x rdfs:label ?a FILTER(LANG(?a) = \"en\") }} }}
OPTIONAL {{ GRAPH <{GAZETTEER_GRAPH}> {{ ?y rdfs:label ?b FILTER(LANG(?b) = \"en\") }} }}
}} ORDER BY DESC(?meetings) DESC(?articles) ?pair LIMIT {limit}"
        ),
    })
}

/// English labels of these entities, from the gazetteer graph.
fn labels_query<'a>(entities: impl Iterator<Item = &'a NamedNode>) -> String {
    let values: Vec<String> = entities.map(|e| e.to_string()).collect();
    format!(
        "{PREFIXES}SELECT DISTINCT ?x ?label WHERE {{ VALUES ?x {{ {} }} GRAPH <{GAZETTEER_GRAPH}> {{ ?x rdfs:label ?label FILTER(LANG(?label) = \"en\") }} }}",
        values.join(" ")
    )
}

/// Pairs as the direct query's rows: parties, their labels, counts as text.
fn pair_rows(top: &[crate::summary::PairCountRow], labels: &[QuerySolution]) -> Vec<Value> {
    let mut label_of: BTreeMap<String, String> = BTreeMap::new();
    for row in labels {
        if let (Some(x), Some(label)) = (text(row, "x"), text(row, "label")) {
            label_of.entry(x).or_insert(label);
        }
    }
    top.iter()
        .map(|p| {
            let mut row = serde_json::Map::new();
            for (party, label) in [(&p.first, "a"), (&p.second, "b")] {
                let key = if label == "a" { "x" } else { "y" };
                row.insert(key.into(), json!(party.as_str()));
                if let Some(l) = label_of.get(party.as_str()) {
                    row.insert(label.into(), json!(l));
                }
            }
            row.insert("meetings".into(), json!(p.meetings.to_string()));
            row.insert("articles".into(), json!(p.articles.to_string()));
            Value::Object(row)
        })
        .collect()
}

fn event_query(pairs: &Pairs) -> Result<Api, String> {
    let event = iri(param(pairs, "iri").ok_or("name the event: event?iri=IRI")?)?;
    Ok(Api::Event {
        query: format!(
            "{PREFIXES}SELECT ?type ?status ?date ?article ?url ?headline ?published ?text ?start ?end ?anchor ?rule ?attribution WHERE {{
GRAPH ?g {{ {event} a ?t ; ng:status ?s ; gaf:denotedBy ?m .
  FILTER(STRSTARTS(STR(?t), \"{NG}\"))
  OPTIONAL {{ {event} sem:hasTimeStamp ?date }}
  ?m nif:referenceContext ?article ; nif:beginIndex ?start ; nif:endIndex ?end ; nif:anchorOf ?anchor ; ng:rule ?rule .
  OPTIONAL {{ ?m ng:attribution ?attribution }}
  ?article nif:isString ?text .
  OPTIONAL {{ ?article schema:url ?url }} OPTIONAL {{ ?article schema:headline ?headline }} OPTIONAL {{ ?article schema:datePublished ?published }} }}
BIND(STRAFTER(STR(?t), \"#\") AS ?type) BIND(STRAFTER(STR(?s), \"#\") AS ?status)
}} ORDER BY ?article ?start"
        ),
        parties: parties_query(&[event.trim_matches(['<', '>']).to_string()]),
    })
}

fn entity_query(pairs: &Pairs) -> Result<Api, String> {
    let entity = iri(param(pairs, "iri").ok_or("name the entity: entity?iri=IRI")?)?;
    Ok(Api::Entity(format!(
        "{PREFIXES}SELECT ?p ?o WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{ {entity} ?p ?o }} }}"
    )))
}

/// The lexical value of a variable, for IRIs and literals alike.
fn text(row: &QuerySolution, var: &str) -> Option<String> {
    row.get(var).map(|t| match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    })
}

fn int(row: &QuerySolution, var: &str) -> u64 {
    text(row, var).and_then(|v| v.parse().ok()).unwrap_or(0)
}

fn rows_json(rows: &[QuerySolution]) -> Vec<Value> {
    rows.iter()
        .map(|row| {
            let object = row
                .iter()
                .map(|(var, _)| (var.as_str().to_string(), json!(text(row, var.as_str()))))
                .collect::<serde_json::Map<_, _>>();
            Value::Object(object)
        })
        .collect()
}

/// `{event: {actors: [..], places: [..]}}` from [`parties_query`] rows.
fn parties_by_event(rows: &[QuerySolution]) -> BTreeMap<String, (Vec<Value>, Vec<Value>)> {
    let mut by_event: BTreeMap<String, (Vec<Value>, Vec<Value>)> = BTreeMap::new();
    for row in rows {
        let (Some(event), Some(x)) = (text(row, "event"), text(row, "x")) else {
            continue;
        };
        let entry = by_event.entry(event).or_default();
        let list = if text(row, "role").as_deref() == Some("place") {
            &mut entry.1
        } else {
            &mut entry.0
        };
        let link = text(row, "link");
        match list.iter_mut().find(|v| v["iri"] == x.as_str()) {
            Some(existing) => {
                if let (Some(link), Some(links)) = (link, existing["links"].as_array_mut()) {
                    links.push(json!(link));
                }
            }
            None => list.push(json!({ "iri": x, "label": text(row, "label"), "links": link.into_iter().collect::<Vec<_>>() })),
        }
    }
    by_event
}

/// A row of the direct list query.
fn listed_row(row: &QuerySolution) -> Listed {
    Listed {
        event: text(row, "event").unwrap_or_default(),
        event_type: text(row, "type").unwrap_or_default(),
        date: text(row, "date"),
        status: text(row, "status").unwrap_or_default(),
        articles: int(row, "articles"),
    }
}

fn event_rows(listed: &[Listed], parties: &[QuerySolution]) -> Vec<Value> {
    let parties = parties_by_event(parties);
    listed
        .iter()
        .map(|e| {
            let (actors, places) = parties.get(&e.event).cloned().unwrap_or_default();
            json!({
                "event": e.event, "type": e.event_type, "date": e.date,
                "status": e.status, "articles": e.articles,
                "actors": actors, "places": places,
            })
        })
        .collect()
}

fn event_detail(mentions: &[QuerySolution], parties: &[QuerySolution]) -> Value {
    let Some(first) = mentions.first() else {
        return json!({ "found": false });
    };
    let (actors, places) = parties_by_event(parties)
        .into_values()
        .next()
        .unwrap_or_default();
    let evidence: Vec<Value> = mentions
        .iter()
        .map(|m| {
            json!({
                "article": text(m, "article"), "url": text(m, "url"), "headline": text(m, "headline"),
                "published": text(m, "published"), "text": text(m, "text"),
                "start": int(m, "start"), "end": int(m, "end"), "anchor": text(m, "anchor"),
                "rule": text(m, "rule"), "attribution": text(m, "attribution"),
            })
        })
        .collect();
    let mut statuses: Vec<String> = mentions.iter().filter_map(|m| text(m, "status")).collect();
    statuses.sort();
    statuses.dedup();
    json!({
        "found": true, "type": text(first, "type"), "date": text(first, "date"),
        "status": statuses.join(" "), "actors": actors, "places": places, "evidence": evidence,
    })
}

/// Sums events per time stamp, type and status into weeks or months.
fn timeline(counts: &[listing::Count], weekly: bool) -> Value {
    let mut cells: BTreeMap<(String, String, String), u64> = BTreeMap::new();
    for (date, kind, status, n) in counts {
        let period = if weekly {
            iso_week(date)
        } else {
            date.get(..7).map(str::to_string)
        };
        let Some(period) = period else { continue };
        *cells
            .entry((period, kind.clone(), status.clone()))
            .or_default() += n;
    }
    let cells: Vec<Value> = cells
        .into_iter()
        .map(|((period, kind, status), n)| json!({ "period": period, "type": kind, "status": status, "events": n }))
        .collect();
    json!({ "by": if weekly { "week" } else { "month" }, "cells": cells })
}

/// `2024-W11` for a full date; `None` for a month or a year.
fn iso_week(date: &str) -> Option<String> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let ordinal = |y: i64, m: i64, d: i64| days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1;
    // Monday = 1 … Sunday = 7; 1970-01-01 was a Thursday.
    let weekday = (days_from_civil(y, m, d) + 3).rem_euclid(7) + 1;
    let week = (ordinal(y, m, d) - weekday + 10) / 7;
    let weeks_in = |y: i64| {
        let jan1 = (days_from_civil(y, 1, 1) + 3).rem_euclid(7) + 1;
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if jan1 == 4 || (leap && jan1 == 3) {
            53
        } else {
            52
        }
    };
    let (year, week) = if week < 1 {
        (y - 1, weeks_in(y - 1))
    } else if week > weeks_in(y) {
        (y + 1, 1)
    } else {
        (y, week)
    };
    Some(format!("{year}-W{week:02}"))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn entity(rows: &[QuerySolution]) -> Value {
    let mut labels = Vec::new();
    let mut links = Vec::new();
    let mut types = Vec::new();
    for row in rows {
        let (Some(p), Some(o)) = (text(row, "p"), row.get("o")) else {
            continue;
        };
        use crate::vocab::{owl, rdfs, skos, RDF_TYPE};
        let p = p.as_str();
        match o {
            Term::Literal(l) if p == rdfs::LABEL.as_str() || p == skos::ALT_LABEL.as_str() => {
                labels.push(json!({ "value": l.value(), "lang": l.language() }))
            }
            Term::NamedNode(n) if p == owl::SAME_AS.as_str() => links.push(json!(n.as_str())),
            Term::NamedNode(n) if p == RDF_TYPE => types.push(json!(n.as_str())),
            _ => {}
        }
    }
    json!({ "found": !rows.is_empty(), "labels": labels, "links": links, "types": types })
}

#[cfg(test)]
mod tests {
    use super::iso_week;

    #[test]
    fn iso_weeks_across_year_ends() {
        assert_eq!(iso_week("2024-03-12").as_deref(), Some("2024-W11"));
        assert_eq!(iso_week("2021-01-03").as_deref(), Some("2020-W53"));
        assert_eq!(iso_week("2024-12-30").as_deref(), Some("2025-W01"));
        assert_eq!(iso_week("2023-09-13").as_deref(), Some("2023-W37"));
        assert_eq!(iso_week("2023-09"), None);
    }
}
