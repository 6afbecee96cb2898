//! Stage 5, describe: writes an article's events as RDF quads in the
//! article's own named graph, with provenance down to code-point offsets.
//! Entry point: [`describe`], which turns an [`Extraction`] into a
//! [`Description`]. The IRI patterns are documented in `ontology/README.md`.

use std::collections::HashSet;

use oxrdf::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::extract::{Event, Evidence, Extraction};
use crate::knowledge::{Entities, EntityIdx, EntityKind, Knowledge, Status};
use crate::segment::Span;
use crate::temporal::PartialDate;
use crate::vocab::*;

/// The quads of one article, all in one named graph.
#[derive(Debug, Clone)]
pub struct Description {
    /// The article's named graph (`graph/KEY`), which every quad is in.
    pub graph: NamedNode,
    /// The article's own IRI (`article/KEY`), subject of its metadata.
    pub article: NamedNode,
    /// Every quad of the description, in the order written.
    pub quads: Vec<Quad>,
    /// The number of events described: those of the extraction.
    pub n_events: usize,
}

/// The crate version, part of the tool's IRI and of each article's source
/// hash: a new version re-describes unchanged articles.
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

/// `entity/ID`: a gazetteer id, or for an entity the article introduced by a
/// title, its kind and folded name (`person-Cevdet_Yilmaz`, see
/// `recognise::open_world::minted_id`).
pub(crate) fn entity_iri(entities: Entities, entity: EntityIdx) -> NamedNode {
    iri(format!("{ENTITY}{}", entities[entity].id))
}

/// The event's IRI: the same real-world event — type, actors, date at its
/// precision, status — gets the same IRI from every article. A planned event
/// and the event held are two facts, so status is part of the key; so is a
/// visit's destination country (two legs of one trip are two visits). An undated event cannot
/// be told apart from others, so its IRI stays within its article.
pub fn event_iri(
    knowledge: &Knowledge,
    entities: Entities,
    event: &Event,
    article_key: &str,
) -> NamedNode {
    let mut actors: Vec<&str> = event
        .actors
        .iter()
        .map(|a| entities[*a].id.as_str())
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
    if let Some(country) = event.destination_country(knowledge, entities) {
        key.push_str("|to:");
        key.push_str(&entities[country].id);
    }
    iri(format!("{EVENT}{}", hex_key(&key)))
}

struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(subject.clone()),
            predicate.into_owned(),
            object.into(),
            self.graph.clone(),
        ));
    }

    fn add_type(&mut self, subject: &NamedNode, class: NamedNodeRef<'_>) {
        self.add(subject, rdf::TYPE, class.into_owned());
    }
}

fn typed(value: impl Into<String>, datatype: NamedNodeRef<'_>) -> Literal {
    Literal::new_typed_literal(value, datatype.into_owned())
}

fn tagged(value: &str, language: &str) -> Literal {
    Literal::new_language_tagged_literal(value, language)
        .unwrap_or_else(|_| Literal::new_simple_literal(value))
}

/// The tool's IRI, `tool/VERSION`.
pub fn tool_iri() -> NamedNode {
    iri([TOOL, TOOL_VERSION].concat())
}

/// A publisher or author named by an article, as `agent/KEY` (KEY from its name),
/// so that every article naming the same publisher points to one node.
pub fn agent_iri(name: &str) -> NamedNode {
    iri([AGENT, &hex_key(&["agent:", name].concat())].concat())
}

/// The IRI of a span of an article's text, in RFC 5147 form as NIF writes
/// offset-based strings: `article/KEY#char=BEGIN,END` (code points).
pub fn span_iri(article: &NamedNode, begin: usize, end: usize) -> NamedNode {
    iri(format!("{}#char={begin},{end}", article.as_str()))
}

/// What one article's description is building: the writer, the article's
/// IRIs and text, and what has been described once already.
struct Article<'a> {
    w: Writer,
    knowledge: &'a Knowledge,
    /// The gazetteer's entities and the article's own.
    view: Entities<'a>,
    key: String,
    iri: NamedNode,
    text: &'a str,
    offsets: CodePoints<'a>,
    /// Entities the graph points to (described when self-contained).
    entities: Vec<EntityIdx>,
    mentions: HashSet<NamedNode>,
    rules: HashSet<(NamedNode, String)>,
    pairs: HashSet<NamedNode>,
    self_contained: bool,
}

/// Describes one article. With `self_contained`, the graph also types and
/// labels every entity it mentions and describes the tool, so it validates and
/// reads on its own; without, those facts are left to the gazetteer graph.
pub fn describe(
    extraction: &Extraction,
    knowledge: &Knowledge,
    self_contained: bool,
) -> Description {
    let article = &extraction.recognised.document.article;
    let key = article_key(article.url.as_deref(), &article.text);
    let graph_iri = iri([GRAPH, &key].concat());
    let mut a = Article {
        w: Writer {
            graph: GraphName::NamedNode(graph_iri.clone()),
            // About 30 quads per event (its evidence, parties and keys) and a dozen for
            // the article: one allocation instead of a chain of growing ones.
            quads: Vec::with_capacity(20 + 32 * extraction.events.len()),
        },
        knowledge,
        view: extraction.recognised.entities(knowledge),
        iri: iri([ARTICLE, &key].concat()),
        key,
        text: &article.text,
        offsets: CodePoints::new(&article.text),
        entities: Vec::new(),
        mentions: HashSet::new(),
        rules: HashSet::new(),
        pairs: HashSet::new(),
        self_contained,
    };
    describe_article(&mut a, extraction);
    let tool = tool_iri();
    a.w.add_type(&graph_iri, prov::ENTITY);
    a.w.add(&graph_iri, prov::WAS_DERIVED_FROM, a.iri.clone());
    a.w.add(&graph_iri, prov::WAS_ATTRIBUTED_TO, tool.clone());
    for event in &extraction.events {
        describe_event(&mut a, event);
    }
    // Entity names and links live once, in the gazetteer graph; repeating them in
    // every article graph would multiply the store's size for nothing. A
    // self-contained description (for `extract --self-contained`) carries them.
    if self_contained {
        describe_entities(&mut a);
        describe_tool(&mut a.w, &tool);
    } else {
        // The entities the article introduced are in no gazetteer graph: their
        // type, label and state are the article's statement, in its graph.
        let view = a.view;
        a.entities.retain(|e| view.is_minted(*e));
        describe_entities(&mut a);
    }
    Description {
        graph: graph_iri,
        article: a.iri,
        quads: a.w.quads,
        n_events: extraction.events.len(),
    }
}

/// The article itself: a schema.org news article and the NIF context whose
/// text the offsets count into.
fn describe_article(a: &mut Article<'_>, extraction: &Extraction) {
    let document = &extraction.recognised.document;
    let article = &document.article;
    let language_code = &a.knowledge.languages[document.language].code;
    let subject = a.iri.clone();
    a.w.add_type(&subject, schema::NEWS_ARTICLE);
    a.w.add_type(&subject, nif::CONTEXT);
    a.w.add_type(&subject, prov::ENTITY);
    if let Some(url) = article.url.as_deref().and_then(url_to_iri) {
        a.w.add(&subject, schema::URL, url);
    }
    if let Some(title) = &article.title {
        a.w.add(&subject, schema::HEADLINE, tagged(title, language_code));
    }
    if let Some(published) = published_literal(article.date_published.as_deref(), extraction) {
        a.w.add(&subject, schema::DATE_PUBLISHED, published);
    }
    a.w.add(
        &subject,
        schema::IN_LANGUAGE,
        Literal::new_simple_literal(language_code),
    );
    // Publisher and author are agents (schema.org's ranges): named nodes that
    // every article naming them shares, described in each graph that does.
    let agents = [
        (
            document.publisher.as_deref(),
            schema::PUBLISHER,
            schema::ORGANIZATION,
        ),
        (document.author.as_deref(), schema::AUTHOR, schema::PERSON),
    ];
    for (name, property, class) in agents {
        if let Some(name) = name {
            let agent = agent_iri(name);
            a.w.add(&subject, property, agent.clone());
            a.w.add_type(&agent, class);
            a.w.add(&agent, schema::NAME, Literal::new_simple_literal(name));
        }
    }
    if let Some(place) = document.dateline_entity {
        a.w.add(
            &subject,
            schema::LOCATION_CREATED,
            entity_iri(a.view, place),
        );
        a.entities.push(place);
    }
    a.w.add(
        &subject,
        nif::IS_STRING,
        Literal::new_simple_literal(&article.text),
    );
}

/// One event: its keys (type, status, actors, time stamp), the place this
/// article gives it, the derived keys and its evidence.
fn describe_event(a: &mut Article<'_>, event: &Event) {
    let (knowledge, view) = (a.knowledge, a.view);
    let event_type = &knowledge.event_types[event.event_type].name;
    let event_iri = event_iri(knowledge, view, event, &a.key);
    a.w.add(&event_iri, rdf::TYPE, ng_class(event_type));
    a.w.add(
        &event_iri,
        ng::STATUS,
        status_iri(event.status).into_owned(),
    );
    for actor in &event.actors {
        a.w.add(&event_iri, sem::HAS_ACTOR, entity_iri(view, *actor));
    }
    // Not part of the event's key: another article may give another place.
    // Each article states its own in its own graph (the graph is the
    // article's statement; see ontology/README.md, "Per-article statements").
    if let Some(place) = event.place {
        a.w.add(&event_iri, sem::HAS_PLACE, entity_iri(view, place));
    }
    if let Some(date) = event.date {
        a.w.add(
            &event_iri,
            sem::HAS_TIME_STAMP,
            typed(date.to_string(), xsd_type(date)),
        );
    }
    // Derived key: the timeline cell (time stamp, type, status) as one IRI, so
    // that counting or listing the events of a type by date reads index
    // ranges instead of joining type, status and time stamp per event.
    a.w.add(
        &event_iri,
        ng::TIMELINE_CELL,
        timeline_cell(event.date, event_type, event.status.name()),
    );
    if knowledge.event_types[event.event_type].pair_keys {
        // Derived key: each pair of parties, so that who met whom is one scan;
        // the pair names its two parties once per article graph.
        for (pair, first, second) in meeting_pairs(view, &event.actors) {
            a.w.add(&event_iri, ng::MEETING_PAIR, pair.clone());
            if a.pairs.insert(pair.clone()) {
                a.w.add(&pair, ng::FIRST_PARTY, first);
                a.w.add(&pair, ng::SECOND_PARTY, second);
            }
        }
    }
    for evidence in &event.evidence {
        let mention = describe_mention(a, evidence);
        a.w.add(&event_iri, gaf::DENOTED_BY, mention);
    }
    a.entities.extend(event.actors.iter().copied());
    a.entities.extend(event.place);
}

/// The evidence span, once per span however many events it states (a
/// sentence may state a visit and a meeting): its offsets, text, every rule
/// that fired on it, and who the article says it is according to.
fn describe_mention(a: &mut Article<'_>, evidence: &Evidence) -> NamedNode {
    let (begin, end) = (
        a.offsets.at(evidence.span.start),
        a.offsets.at(evidence.span.end),
    );
    let mention = span_iri(&a.iri, begin, end);
    if a.mentions.insert(mention.clone()) {
        describe_span(a, &mention, evidence, (begin, end));
    }
    if a.rules.insert((mention.clone(), evidence.rule.clone())) {
        a.w.add(
            &mention,
            ng::RULE,
            Literal::new_simple_literal(&evidence.rule),
        );
    }
    mention
}

/// A span's own facts, written once: class, context, offsets, text, attribution.
fn describe_span(
    a: &mut Article<'_>,
    mention: &NamedNode,
    evidence: &Evidence,
    (begin, end): (usize, usize),
) {
    let mention = mention.clone();
    a.w.add_type(&mention, ng::EVENT_MENTION);
    a.w.add(&mention, nif::REFERENCE_CONTEXT, a.iri.clone());
    a.w.add(
        &mention,
        nif::BEGIN_INDEX,
        typed(begin.to_string(), xsd::NON_NEGATIVE_INTEGER),
    );
    a.w.add(
        &mention,
        nif::END_INDEX,
        typed(end.to_string(), xsd::NON_NEGATIVE_INTEGER),
    );
    a.w.add(
        &mention,
        nif::ANCHOR_OF,
        Literal::new_simple_literal(slice(a.text, evidence.span)),
    );
    if let Some(attribution) = evidence.attribution {
        a.w.add(
            &mention,
            ng::ATTRIBUTION,
            Literal::new_simple_literal(slice(a.text, attribution)),
        );
    }
    // PROV's attribution of an entity (the statement) to an agent (who the
    // article says made it): only agents can be its source, and a capital
    // speaks for its state ("Beijing said").
    if let Some(source) = evidence.source.and_then(|s| source_agent(a.view, s)) {
        a.w.add(
            &mention,
            prov::WAS_ATTRIBUTED_TO,
            entity_iri(a.view, source),
        );
        a.entities.push(source);
    }
}

/// The agent a statement is attributed to: the source itself when it can act
/// (a person, state or organisation), the state of a capital, else none.
fn source_agent(entities: Entities, source: EntityIdx) -> Option<EntityIdx> {
    let entity = &entities[source];
    if entity.kind.is_agent() {
        Some(source)
    } else {
        entity.capital_of
    }
}

/// Every entity the graph points to, and their countries, which their
/// descriptions point to.
fn describe_entities(a: &mut Article<'_>) {
    let view = a.view;
    let mut entities = std::mem::take(&mut a.entities);
    let countries: Vec<EntityIdx> = entities.iter().filter_map(|e| view[*e].country).collect();
    if a.self_contained {
        entities.extend(countries);
    }
    entities.sort_unstable();
    entities.dedup();
    for entity in entities {
        describe_entity_core(&mut a.w, view, entity);
    }
}

fn describe_tool(w: &mut Writer, tool: &NamedNode) {
    w.add_type(tool, prov::SOFTWARE_AGENT);
    w.add(
        tool,
        rdfs::LABEL,
        Literal::new_simple_literal(["newsgraph ", TOOL_VERSION].concat()),
    );
}

fn status_iri(status: Status) -> NamedNodeRef<'static> {
    match status {
        Status::Occurred => ng::OCCURRED,
        Status::Expected => ng::EXPECTED,
    }
}

fn xsd_type(date: PartialDate) -> NamedNodeRef<'static> {
    match date.xsd_type() {
        "date" => xsd::DATE,
        "gYearMonth" => xsd::G_YEAR_MONTH,
        _ => xsd::G_YEAR,
    }
}

/// The timeline cell of an event: `timeline/2023-09-13/Meeting/occurred`, with
/// the lexical form of its time stamp (a day, a month or a year), and
/// `undated` when it has none.
pub fn timeline_cell(date: Option<PartialDate>, event_type: &str, status: &str) -> NamedNode {
    let period = date.map(|d| d.to_string());
    TimelineCell {
        period: period.as_deref(),
        event_type,
        status,
    }
    .iri()
}

/// Every unordered pair of distinct parties, as `pair/A/B` with the entity ids
/// in code-point order (the order of their IRIs), with the two entities.
pub fn meeting_pairs(
    entities: Entities,
    actors: &[EntityIdx],
) -> Vec<(NamedNode, NamedNode, NamedNode)> {
    let mut actors: Vec<EntityIdx> = actors.to_vec();
    let id = |a: &EntityIdx| entities[*a].id.as_str();
    actors.sort_unstable_by(|a, b| id(a).cmp(id(b)));
    actors.dedup_by(|a, b| id(a) == id(b));
    let mut pairs = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for b in &actors[i + 1..] {
            pairs.push((
                MeetingPair {
                    first: id(a),
                    second: id(b),
                }
                .iri(),
                entity_iri(entities, *a),
                entity_iri(entities, *b),
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
                return Some(typed(
                    format!("{}T{time}{zone}", &given[..10]),
                    xsd::DATE_TIME,
                ));
            }
        }
        if well_formed_date {
            return Some(typed(&given[..10], xsd::DATE));
        }
    }
    extraction
        .recognised
        .published
        .map(|d| typed(d.to_string(), xsd_type(d)))
}

/// The type, English label and country of an entity: enough for the article
/// graph to stand alone. Links to other datasets live in the gazetteer graph.
fn describe_entity_core(w: &mut Writer, entities: Entities, entity: EntityIdx) {
    let e = &entities[entity];
    let subject = entity_iri(entities, entity);
    w.add(&subject, rdf::TYPE, ng_class(e.kind.name()));
    w.add(&subject, rdfs::LABEL, tagged(&e.label_en, "en"));
    if let Some(qid) = &e.wikidata {
        w.add(&subject, owl::SAME_AS, iri([WIKIDATA, qid].concat()));
    }
    // The country, which also keys a visit's IRI (`event_iri`), with the
    // property schema.org gives that kind of thing: a person's nationality, an
    // organisation's location, a place's containing place.
    if let Some(country) = e.country {
        let predicate = match e.kind {
            EntityKind::Person => schema::NATIONALITY,
            EntityKind::Organisation | EntityKind::ArmedGroup => schema::LOCATION,
            _ => schema::CONTAINED_IN_PLACE,
        };
        w.add(&subject, predicate, entity_iri(entities, country));
    }
}

/// Every gazetteer entity with all its names and links, for the store's
/// gazetteer graph and `export --links`.
pub fn describe_gazetteer(knowledge: &Knowledge) -> Vec<Quad> {
    let mut w = Writer {
        graph: GraphName::NamedNode(iri(GAZETTEER_GRAPH.to_string())),
        quads: Vec::new(),
    };
    describe_tool(&mut w, &tool_iri());
    let view = knowledge.gazetteer.view();
    for (idx, e) in knowledge.gazetteer.entities.iter().enumerate() {
        let subject = entity_iri(view, idx);
        describe_entity_core(&mut w, view, idx);
        if let Some(label) = &e.label_id {
            w.add(&subject, rdfs::LABEL, tagged(label, "id"));
        }
        for alias in &e.aliases {
            w.add(
                &subject,
                skos::ALT_LABEL,
                Literal::new_simple_literal(alias),
            );
        }
        if let Some(geonames) = &e.geonames {
            w.add(
                &subject,
                owl::SAME_AS,
                iri([GEONAMES, geonames, "/"].concat()),
            );
        }
        if let Some(code) = &e.iso2 {
            w.add(
                &subject,
                ng::ISO3166_ALPHA2,
                Literal::new_simple_literal(code),
            );
        }
        if let Some(code) = &e.iso3 {
            w.add(
                &subject,
                ng::ISO3166_ALPHA3,
                Literal::new_simple_literal(code),
            );
        }
        if let Some(state) = e.capital_of {
            w.add(&subject, ng::CAPITAL_OF, entity_iri(view, state));
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
