//! Stage 5, describe: writes an article's events as RDF quads in the
//! article's own named graph, with provenance down to code-point offsets.
//! Entry point: [`describe`], which turns an [`Extraction`] into a
//! [`Description`]. The IRI patterns are documented in `ontology/README.md`.

use oxrdf::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::extract::{Event, Extraction};
use crate::knowledge::{EntityIdx, Knowledge};
use crate::segment::Span;
use crate::temporal::PartialDate;
use crate::vocab::*;

/// The quads of one article, all in one named graph.
#[derive(Debug, Clone)]
pub struct Description {
    pub graph: NamedNode,
    pub article: NamedNode,
    pub quads: Vec<Quad>,
    pub n_events: usize,
}

pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

fn hex_key(input: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(input.as_bytes());
    let mut key = String::with_capacity(20);
    for byte in &digest[..10] {
        key.push(char::from(HEX[usize::from(byte >> 4)]));
        key.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    key
}

/// The key an article's IRIs derive from: its URL, or its text when it has none,
/// so that the same article always lands in the same graph.
pub fn article_key(url: Option<&str>, text: &str) -> String {
    match url {
        // The URL as its IRI is written: `a b` and `a%20b` are one article.
        Some(url) => hex_key(url_to_iri(url).as_ref().map_or(url, |iri| iri.as_str())),
        None => hex_key(&["text:", text].concat()),
    }
}

fn iri(value: String) -> NamedNode {
    // Every caller builds from fixed prefixes and hex or gazetteer slugs.
    NamedNode::new_unchecked(value)
}

/// Percent-encodes what an IRI may not hold (spaces, quotes, `<>`, …), so any
/// URL a crawler emits becomes a valid IRI; `None` when it is not absolute.
pub fn url_to_iri(url: &str) -> Option<NamedNode> {
    let mut encoded = String::with_capacity(url.len());
    let bytes = url.as_bytes();
    for (i, ch) in url.char_indices() {
        let keep = match ch {
            'A'..='Z' | 'a'..='z' | '0'..='9' => true,
            '-' | '.' | '_' | '~' | ':' | '/' | '?' | '#' | '[' | ']' | '@' | '!' | '$' | '&'
            | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=' => true,
            '%' => bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)),
            c => !c.is_ascii() && !c.is_control() && !c.is_whitespace(),
        };
        if keep {
            encoded.push(ch);
        } else {
            let mut buffer = [0; 4];
            for b in ch.encode_utf8(&mut buffer).bytes() {
                encoded.push_str(&format!("%{b:02X}"));
            }
        }
    }
    NamedNode::new(encoded).ok()
}

/// Converts byte offsets into Unicode code-point offsets, scanning once:
/// marks every [`CodePoints::STEP`] bytes hold the count so far, so each
/// offset counts at most a step's characters (recounting from the start per
/// mention made an 8 MB non-ASCII article take 13 s).
struct CodePoints<'a> {
    text: &'a str,
    ascii: bool,
    /// (byte, code points before it), ascending, starting at (0, 0).
    marks: Vec<(usize, usize)>,
}

impl<'a> CodePoints<'a> {
    const STEP: usize = 4096;

    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut marks = vec![(0, 0)];
        if !ascii {
            let mut next = Self::STEP;
            for (count, (byte, _)) in text.char_indices().enumerate() {
                if byte >= next {
                    marks.push((byte, count));
                    next = byte + Self::STEP;
                }
            }
        }
        Self { text, ascii, marks }
    }

    fn at(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let i = self.marks.partition_point(|(b, _)| *b <= byte) - 1;
        let (start, count) = self.marks[i];
        count + self.text[start..byte].chars().count()
    }
}

pub fn entity_iri(knowledge: &Knowledge, entity: EntityIdx) -> NamedNode {
    iri(format!(
        "{ENTITY}{}",
        knowledge.gazetteer.entities[entity].id
    ))
}

/// The event's IRI: the same real-world event — type, actors, date at its
/// precision, status — gets the same IRI from every article. A planned event
/// and the event held are two facts, so status is part of the key; so is a
/// visit's destination country (two legs of one trip are two visits). An undated event cannot
/// be told apart from others, so its IRI stays within its article.
pub fn event_iri(knowledge: &Knowledge, event: &Event, article_key: &str) -> NamedNode {
    let mut actors: Vec<&str> = event
        .actors
        .iter()
        .map(|a| knowledge.gazetteer.entities[*a].id.as_str())
        .collect();
    actors.sort_unstable();
    let type_name = &knowledge.event_types[event.event_type].name;
    let mut key = match event.date {
        Some(date) => format!(
            "{type_name}|{}|{date}|{}",
            actors.join(","),
            event.status.name()
        ),
        None => format!(
            "{type_name}|{}|undated|{}|{article_key}",
            actors.join(","),
            event.status.name()
        ),
    };
    if let Some(country) = event.destination_country(knowledge) {
        key.push_str("|to:");
        key.push_str(&knowledge.gazetteer.entities[country].id);
    }
    iri(format!("{EVENT}{}", hex_key(&key)))
}

struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, subject: &NamedNode, predicate: impl Into<String>, object: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(subject.clone()),
            NamedNode::new_unchecked(predicate),
            object.into(),
            self.graph.clone(),
        ));
    }
}

fn typed(value: impl Into<String>, xsd_local: &str) -> Literal {
    Literal::new_typed_literal(value, NamedNode::new_unchecked([XSD, xsd_local].concat()))
}

fn tagged(value: &str, language: &str) -> Literal {
    Literal::new_language_tagged_literal(value, language)
        .unwrap_or_else(|_| Literal::new_simple_literal(value))
}

/// Describes one article. With `self_contained`, the graph also types and
/// labels every entity it mentions and describes the tool, so it validates and
/// reads on its own; without, those facts are left to the gazetteer graph.
pub fn describe(
    extraction: &Extraction,
    knowledge: &Knowledge,
    self_contained: bool,
) -> Description {
    let document = &extraction.recognised.document;
    let article = &document.article;
    let key = article_key(article.url.as_deref(), &article.text);
    let article_iri = iri([ARTICLE, &key].concat());
    let graph_iri = iri([GRAPH, &key].concat());
    let tool = iri([TOOL, TOOL_VERSION].concat());
    let language_code = &knowledge.languages[document.language].code;
    let mut w = Writer {
        graph: GraphName::NamedNode(graph_iri.clone()),
        // About 30 quads per event (its evidence, parties and keys) and a dozen for
        // the article: one allocation instead of a chain of growing ones.
        quads: Vec::with_capacity(16 + 32 * extraction.events.len()),
    };
    let offsets = CodePoints::new(&article.text);

    w.add(
        &article_iri,
        RDF_TYPE,
        iri([SCHEMA, "NewsArticle"].concat()),
    );
    w.add(&article_iri, RDF_TYPE, iri([NIF, "Context"].concat()));
    if let Some(url) = article.url.as_deref().and_then(url_to_iri) {
        w.add(&article_iri, [SCHEMA, "url"].concat(), url);
    }
    if let Some(title) = &article.title {
        w.add(
            &article_iri,
            [SCHEMA, "headline"].concat(),
            tagged(title, language_code),
        );
    }
    if let Some(published) = published_literal(article.date_published.as_deref(), extraction) {
        w.add(&article_iri, [SCHEMA, "datePublished"].concat(), published);
    }
    w.add(
        &article_iri,
        [SCHEMA, "inLanguage"].concat(),
        Literal::new_simple_literal(language_code),
    );
    if let Some(publisher) = &document.publisher {
        w.add(
            &article_iri,
            [SCHEMA, "publisher"].concat(),
            Literal::new_simple_literal(publisher),
        );
    }
    if let Some(author) = &document.author {
        w.add(
            &article_iri,
            [SCHEMA, "author"].concat(),
            Literal::new_simple_literal(author),
        );
    }
    let mut entities: Vec<EntityIdx> = Vec::new();
    if let Some(place) = document
        .dateline_place
        .as_deref()
        .and_then(|p| knowledge.gazetteer.place_named(p))
    {
        w.add(
            &article_iri,
            [SCHEMA, "locationCreated"].concat(),
            entity_iri(knowledge, place),
        );
        entities.push(place);
    }
    w.add(
        &article_iri,
        [NIF, "isString"].concat(),
        Literal::new_simple_literal(&article.text),
    );
    w.add(
        &graph_iri,
        [PROV, "wasDerivedFrom"].concat(),
        article_iri.clone(),
    );
    w.add(&graph_iri, [PROV, "wasAttributedTo"].concat(), tool.clone());

    let mut described_mentions = std::collections::HashSet::new();
    let mut described_pairs = std::collections::HashSet::new();
    for event in &extraction.events {
        let event_type = &knowledge.event_types[event.event_type].name;
        let event_iri = event_iri(knowledge, event, &key);
        w.add(&event_iri, RDF_TYPE, iri(ng(event_type)));
        w.add(&event_iri, ng("status"), iri(ng(event.status.name())));
        for actor in &event.actors {
            w.add(
                &event_iri,
                [SEM, "hasActor"].concat(),
                entity_iri(knowledge, *actor),
            );
        }
        if let Some(place) = event.place {
            w.add(
                &event_iri,
                [SEM, "hasPlace"].concat(),
                entity_iri(knowledge, place),
            );
        }
        if let Some(date) = event.date {
            w.add(
                &event_iri,
                [SEM, "hasTimeStamp"].concat(),
                typed(date.to_string(), date.xsd_type()),
            );
        }
        // Derived key: the timeline cell (time stamp, type, status) as one IRI, so
        // that counting or listing the events of a type by date reads index
        // ranges instead of joining type, status and time stamp per event.
        w.add(
            &event_iri,
            ng("timelineCell"),
            timeline_cell(event.date, event_type, event.status.name()),
        );
        if knowledge.event_types[event.event_type].pair_keys {
            // Derived key: each pair of parties, so that who met whom is one scan;
            // the pair names its two parties once per article graph.
            for (pair, first, second) in meeting_pairs(knowledge, &event.actors) {
                w.add(&event_iri, ng("meetingPair"), pair.clone());
                if described_pairs.insert(pair.clone()) {
                    w.add(&pair, ng("firstParty"), first);
                    w.add(&pair, ng("secondParty"), second);
                }
            }
        }
        for evidence in &event.evidence {
            let (begin, end) = (
                offsets.at(evidence.span.start),
                offsets.at(evidence.span.end),
            );
            let mention = iri([
                MENTION,
                &key,
                "-",
                &begin.to_string(),
                "-",
                &end.to_string(),
                "-",
                event_type,
            ]
            .concat());
            w.add(&event_iri, [GAF, "denotedBy"].concat(), mention.clone());
            // One sentence may state two events of a type (two visits); it is one
            // mention, described once, with the rule that fired first.
            if !described_mentions.insert(mention.clone()) {
                continue;
            }
            w.add(&mention, RDF_TYPE, iri(ng("EventMention")));
            w.add(
                &mention,
                [NIF, "referenceContext"].concat(),
                article_iri.clone(),
            );
            w.add(
                &mention,
                [NIF, "beginIndex"].concat(),
                typed(begin.to_string(), "nonNegativeInteger"),
            );
            w.add(
                &mention,
                [NIF, "endIndex"].concat(),
                typed(end.to_string(), "nonNegativeInteger"),
            );
            w.add(
                &mention,
                [NIF, "anchorOf"].concat(),
                Literal::new_simple_literal(slice(&article.text, evidence.span)),
            );
            w.add(
                &mention,
                ng("rule"),
                Literal::new_simple_literal(&evidence.rule),
            );
            if let Some(attribution) = evidence.attribution {
                w.add(
                    &mention,
                    ng("attribution"),
                    Literal::new_simple_literal(slice(&article.text, attribution)),
                );
            }
            if let Some(source) = evidence.source {
                w.add(
                    &mention,
                    [SEM, "accordingTo"].concat(),
                    entity_iri(knowledge, source),
                );
                entities.push(source);
            }
        }
        entities.extend(event.actors.iter().copied());
        entities.extend(event.place);
    }
    // Entity names and links live once, in the gazetteer graph; repeating them in
    // every article graph would multiply the store's size for nothing. A
    // self-contained description (for `extract --self-contained`) carries them.
    if self_contained {
        // Their countries too, which their descriptions point to.
        let countries: Vec<EntityIdx> = entities
            .iter()
            .filter_map(|e| knowledge.gazetteer.entities[*e].country)
            .collect();
        entities.extend(countries);
        entities.sort_unstable();
        entities.dedup();
        for entity in entities {
            describe_entity_core(&mut w, knowledge, entity);
        }
        w.add(&tool, RDF_TYPE, iri([PROV, "SoftwareAgent"].concat()));
        w.add(
            &tool,
            RDFS_LABEL,
            Literal::new_simple_literal(["newsgraph ", TOOL_VERSION].concat()),
        );
    }
    Description {
        graph: graph_iri,
        article: article_iri,
        quads: w.quads,
        n_events: extraction.events.len(),
    }
}

/// The timeline cell of an event: `timeline/2023-09-13/Meeting/occurred`, with
/// the lexical form of its time stamp (a day, a month or a year), and
/// `undated` when it has none.
pub fn timeline_cell(date: Option<PartialDate>, event_type: &str, status: &str) -> NamedNode {
    let period = date.map_or_else(|| "undated".to_string(), |d| d.to_string());
    iri([TIMELINE, &period, "/", event_type, "/", status].concat())
}

/// Every unordered pair of distinct parties, as `pair/A/B` with the entity ids
/// in code-point order (the order of their IRIs), with the two entities.
pub fn meeting_pairs(
    knowledge: &Knowledge,
    actors: &[EntityIdx],
) -> Vec<(NamedNode, NamedNode, NamedNode)> {
    let mut actors: Vec<EntityIdx> = actors.to_vec();
    let id = |a: &EntityIdx| knowledge.gazetteer.entities[*a].id.as_str();
    actors.sort_unstable_by(|a, b| id(a).cmp(id(b)));
    actors.dedup_by(|a, b| id(a) == id(b));
    let mut pairs = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for b in &actors[i + 1..] {
            pairs.push((
                iri(format!("{PAIR}{}/{}", id(a), id(b))),
                entity_iri(knowledge, *a),
                entity_iri(knowledge, *b),
            ));
        }
    }
    pairs
}

fn slice(text: &str, span: Span) -> &str {
    &text[span.start..span.end]
}

/// The time-zone offset after a publication time (`Z`, `+07:00`, `+0700`,
/// after optional fractional seconds), as `xsd:dateTime` writes it.
fn time_zone(rest: &str) -> Option<String> {
    let rest = rest.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let rest = rest.trim();
    if rest == "Z" {
        return Some("Z".into());
    }
    let digits: String = rest.get(1..)?.chars().filter(|c| *c != ':').collect();
    let sign = rest.chars().next()?;
    let valid = matches!(sign, '+' | '-')
        && digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits[..2] <= *"14"
        && digits[2..] < *"60";
    valid.then(|| format!("{sign}{}:{}", &digits[..2], &digits[2..]))
}

fn published_literal(given: Option<&str>, extraction: &Extraction) -> Option<Literal> {
    if let Some(given) = given {
        let given = given.trim();
        let bytes = given.as_bytes();
        let well_formed_date = crate::temporal::parse_published(given).is_some();
        if well_formed_date && given.len() >= 19 && (bytes[10] == b' ' || bytes[10] == b'T') {
            let time = &given[11..19];
            if time.bytes().enumerate().all(|(i, b)| {
                if i == 2 || i == 5 {
                    b == b':'
                } else {
                    b.is_ascii_digit()
                }
            }) {
                let zone = time_zone(&given[19..]).unwrap_or_default();
                return Some(typed(format!("{}T{time}{zone}", &given[..10]), "dateTime"));
            }
        }
        if well_formed_date {
            return Some(typed(&given[..10], "date"));
        }
    }
    extraction
        .recognised
        .published
        .map(|d| typed(d.to_string(), d.xsd_type()))
}

/// The type, English label and country of an entity: enough for the article
/// graph to stand alone. Links to other datasets live in the gazetteer graph.
fn describe_entity_core(w: &mut Writer, knowledge: &Knowledge, entity: EntityIdx) {
    let e = &knowledge.gazetteer.entities[entity];
    let subject = entity_iri(knowledge, entity);
    w.add(&subject, RDF_TYPE, iri(ng(e.kind.name())));
    w.add(&subject, RDFS_LABEL, tagged(&e.label_en, "en"));
    if let Some(qid) = &e.wikidata {
        w.add(&subject, OWL_SAME_AS, iri([WIKIDATA, qid].concat()));
    }
    // The country, which also keys a visit's IRI (`event_iri`).
    if let Some(country) = e.country {
        let predicate = if e.kind == crate::knowledge::EntityKind::Person {
            "nationality"
        } else {
            "containedInPlace"
        };
        w.add(
            &subject,
            [SCHEMA, predicate].concat(),
            entity_iri(knowledge, country),
        );
    }
}

/// Every gazetteer entity with all its names and links, for the store's
/// gazetteer graph and `export --links`.
pub fn describe_gazetteer(knowledge: &Knowledge) -> Vec<Quad> {
    let mut w = Writer {
        graph: GraphName::NamedNode(iri(GAZETTEER_GRAPH.to_string())),
        quads: Vec::new(),
    };
    let tool = iri([TOOL, TOOL_VERSION].concat());
    w.add(&tool, RDF_TYPE, iri([PROV, "SoftwareAgent"].concat()));
    w.add(
        &tool,
        RDFS_LABEL,
        Literal::new_simple_literal(["newsgraph ", TOOL_VERSION].concat()),
    );
    for (idx, e) in knowledge.gazetteer.entities.iter().enumerate() {
        let subject = entity_iri(knowledge, idx);
        describe_entity_core(&mut w, knowledge, idx);
        if let Some(label) = &e.label_id {
            w.add(&subject, RDFS_LABEL, tagged(label, "id"));
        }
        for alias in &e.aliases {
            w.add(&subject, SKOS_ALT_LABEL, Literal::new_simple_literal(alias));
        }
        if let Some(geonames) = &e.geonames {
            w.add(
                &subject,
                OWL_SAME_AS,
                iri([GEONAMES, geonames, "/"].concat()),
            );
        }
        if let Some(code) = &e.iso2 {
            w.add(
                &subject,
                ng("iso3166Alpha2"),
                Literal::new_simple_literal(code),
            );
        }
        if let Some(code) = &e.iso3 {
            w.add(
                &subject,
                ng("iso3166Alpha3"),
                Literal::new_simple_literal(code),
            );
        }
        if let Some(state) = e.capital_of {
            w.add(&subject, ng("capitalOf"), entity_iri(knowledge, state));
        }
    }
    w.quads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_url_becomes_a_valid_iri() {
        let node = url_to_iri("https://news.test/a b\"c>d{e}?q=1%2").unwrap();
        assert_eq!(
            node.as_str(),
            "https://news.test/a%20b%22c%3Ed%7Be%7D?q=1%252"
        );
        assert!(url_to_iri("not a url").is_none());
    }

    #[test]
    fn timeline_cell_keeps_the_time_stamp_or_undated() {
        let cell = |date, status| timeline_cell(date, "Meeting", status).as_str().to_string();
        let base = "https://w3id.org/newsgraph/timeline/";
        assert_eq!(
            cell(PartialDate::day(2023, 9, 13), "occurred"),
            format!("{base}2023-09-13/Meeting/occurred")
        );
        assert_eq!(
            cell(PartialDate::month(2024, 1), "expected"),
            format!("{base}2024-01/Meeting/expected")
        );
        assert_eq!(
            cell(Some(PartialDate::year(2023)), "occurred"),
            format!("{base}2023/Meeting/occurred")
        );
        assert_eq!(
            cell(None, "expected"),
            format!("{base}undated/Meeting/expected")
        );
    }

    #[test]
    fn article_key_is_stable_and_distinguishes_text() {
        assert_eq!(
            article_key(Some("https://x.test/1"), "a"),
            article_key(Some("https://x.test/1"), "b")
        );
        assert_ne!(article_key(None, "a"), article_key(None, "b"));
        assert_eq!(article_key(None, "a").len(), 20);
    }

    #[test]
    fn a_url_and_its_percent_encoded_form_are_one_article() {
        assert_eq!(
            article_key(Some("https://x.test/a b"), ""),
            article_key(Some("https://x.test/a%20b"), "")
        );
    }

    #[test]
    fn code_point_offsets_agree_with_counting_from_the_start() {
        let text = "é".repeat(5000) + "x" + &"日本".repeat(3000);
        let offsets = CodePoints::new(&text);
        for (byte, _) in text.char_indices().step_by(997).chain([(text.len(), ' ')]) {
            assert_eq!(
                offsets.at(byte),
                text[..byte].chars().count(),
                "at byte {byte}"
            );
        }
    }

    #[test]
    fn publication_time_zones_are_kept() {
        assert_eq!(time_zone("+07:00").as_deref(), Some("+07:00"));
        assert_eq!(time_zone(".123-0330").as_deref(), Some("-03:30"));
        assert_eq!(time_zone("Z").as_deref(), Some("Z"));
        assert_eq!(time_zone(""), None);
        assert_eq!(time_zone(" WIB"), None);
    }
}
