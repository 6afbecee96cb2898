//! Scoring extracted events against gold ones, article by article. Pure: no
//! I/O. Entry point: [`score`].
//!
//! The semantics are those of the project's reference scorer: an extracted
//! event matches a gold event of the same article when the types are equal and
//! the union of participants and place shares at least min(2, size of the gold
//! union) entities; matching is one to one, greedy by overlap (plus one when
//! the date agrees), a required gold event winning ties over an optional one.
//! Optional gold events are neither rewarded nor penalised.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::gold::{GoldArticle, GoldEvent};

/// An entity as the extractor reports it.
#[derive(Debug, Clone, Default)]
pub struct Mention {
    pub iri: String,
    pub label: Option<String>,
    pub wikidata: Option<String>,
}

/// An extracted event of one article.
#[derive(Debug, Clone, Default)]
pub struct Predicted {
    pub iri: String,
    /// Type IRI (or its local name).
    pub event_type: String,
    pub participants: Vec<Mention>,
    pub location: Option<Mention>,
    pub date: Option<String>,
    /// Status IRI (or its local name).
    pub status: String,
    /// The first mention: quoted text and code-point offsets.
    pub evidence: Option<(String, usize, usize)>,
}

/// Correct and total counts of one attribute.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Ratio {
    pub right: usize,
    pub total: usize,
}

impl Ratio {
    fn add(&mut self, right: bool) {
        self.right += usize::from(right);
        self.total += 1;
    }
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// What went wrong in one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleReport {
    pub article: String,
    pub language: String,
    pub counts: Counts,
    /// Extracted events that match no gold event: `Type[entities]`.
    pub spurious: Vec<String>,
    /// Required gold events that no extracted event matches.
    pub missed: Vec<String>,
    /// Why each of `spurious` and `missed` went wrong (see [`super::causes`]).
    pub spurious_causes: Vec<&'static str>,
    pub missed_causes: Vec<&'static str>,
    /// Matched events whose date, place or status disagrees with the gold one.
    pub wrong: Vec<String>,
    /// Matched events as extracted: `Type[entities]`, in gold names, so a
    /// reader sees what else an event took in (JSON output only).
    pub matched: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub articles: usize,
    pub counts: Counts,
    pub by_type: BTreeMap<String, Counts>,
    pub by_language: BTreeMap<String, Counts>,
    pub date: Ratio,
    pub date_exact: Ratio,
    pub location: Ratio,
    pub status: Ratio,
    pub evidence_offsets_exact: Ratio,
    /// Pairs of articles reporting one gold event (same type, participants and
    /// day) whose extracted events share one IRI.
    pub cross_article_same_iri: Ratio,
    /// Those pairs whose events got two IRIs: the gold event, then each
    /// article's extracted event (its IRI key: actors, date, status).
    pub cross_article_split: Vec<String>,
    /// Articles whose gold holds no event at all (distractors), and the
    /// events extracted from them (each also counted as a false positive).
    pub distractors: usize,
    pub events_on_distractors: usize,
    /// Missed gold events and false events counted by cause.
    pub miss_causes: BTreeMap<&'static str, usize>,
    pub false_causes: BTreeMap<&'static str, usize>,
    pub per_article: Vec<ArticleReport>,
}

/// Scores `predicted` (extracted events by article stem) against `gold`.
pub fn score(gold: &[GoldArticle], predicted: &HashMap<String, Vec<Predicted>>) -> Report {
    let mut report = Report {
        articles: gold.len(),
        ..Report::default()
    };
    let mut same_event: BTreeMap<SameEventKey, Vec<(String, String, String)>> = BTreeMap::new();
    for article in gold {
        let none = Vec::new();
        let extracted = predicted.get(&article.stem).unwrap_or(&none);
        if article.gold.events.is_empty() {
            report.distractors += 1;
            report.events_on_distractors += extracted.len();
        }
        let (article_report, merged) = score_article(article, extracted, &mut report);
        for (key, iri, keyed) in merged {
            same_event
                .entry(key)
                .or_default()
                .push((article.stem.clone(), iri, keyed));
        }
        report.counts.add(article_report.counts);
        report
            .by_language
            .entry(article_report.language.clone())
            .or_default()
            .add(article_report.counts);
        report.per_article.push(article_report);
    }
    for ((event_type, parts, date), members) in &same_event {
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                if a.0 != b.0 {
                    report.cross_article_same_iri.add(a.1 == b.1);
                    if a.1 != b.1 {
                        report.cross_article_split.push(format!(
                            "{event_type}[{}] {date}: {} {} / {} {}",
                            parts.join(", "),
                            a.0,
                            a.2,
                            b.0,
                            b.2
                        ));
                    }
                }
            }
        }
    }
    report
}

/// An extracted event as the scorer sees it: gold names it shares.
pub(super) struct Resolved<'a> {
    pub event: &'a Predicted,
    pub event_type: String,
    pub entities: BTreeSet<String>,
    pub location: Option<String>,
}

impl Resolved<'_> {
    /// How many of a gold event's entities this extracted event holds.
    pub fn shared(&self, gold: &[&str]) -> usize {
        gold.iter().filter(|e| self.entities.contains(**e)).count()
    }
}

type SameEventKey = (String, Vec<String>, String);

/// The extracted events with their entities in the gold article's names,
/// counting on the way whether each evidence quote sits at its offsets.
fn resolve_all<'p>(
    article: &GoldArticle,
    extracted: &'p [Predicted],
    report: &mut Report,
) -> Vec<Resolved<'p>> {
    let resolver = Resolver::new(article);
    let text: Vec<char> = article.article.text.chars().collect();
    extracted
        .iter()
        .map(|p| {
            let location = p.location.as_ref().and_then(|m| resolver.resolve(m));
            let mut entities: BTreeSet<String> = p
                .participants
                .iter()
                .filter_map(|m| resolver.resolve(m))
                .collect();
            entities.extend(location.clone());
            if let Some((quote, start, end)) = &p.evidence {
                let stated: String = text
                    .get(*start..*end)
                    .map(|s| s.iter().collect())
                    .unwrap_or_default();
                report.evidence_offsets_exact.add(&stated == quote);
            }
            Resolved {
                event: p,
                event_type: local(&p.event_type).to_string(),
                entities,
                location,
            }
        })
        .collect()
}

fn score_article(
    article: &GoldArticle,
    extracted: &[Predicted],
    report: &mut Report,
) -> (ArticleReport, Vec<(SameEventKey, String, String)>) {
    let resolved = resolve_all(article, extracted, report);
    let golds = &article.gold.events;
    let matches = match_events(&resolved, golds);
    let mut out = ArticleReport {
        article: article.stem.clone(),
        language: article
            .article
            .language
            .clone()
            .unwrap_or_else(|| "?".into()),
        ..ArticleReport::default()
    };
    let mut merged = Vec::new();
    let (mut used_p, mut used_g) = (vec![false; resolved.len()], vec![false; golds.len()]);
    for &(i, j) in &matches {
        used_p[i] = true;
        used_g[j] = true;
        let (p, g) = (&resolved[i], &golds[j]);
        out.matched.push(shown(&p.event_type, p.entities.iter()));
        if g.optional {
            continue;
        }
        if let Some(date) = g.date.as_deref().filter(|d| d.len() == 10) {
            let mut parts = g.participants.clone();
            parts.sort();
            merged.push((
                (g.event_type.clone(), parts, date.to_string()),
                p.event.iri.clone(),
                identity_key(p.event),
            ));
        }
        out.counts.tp += 1;
        report.by_type.entry(g.event_type.clone()).or_default().tp += 1;
        check_attributes(p, g, report, &mut out.wrong);
    }
    for (p, used) in resolved.iter().zip(&used_p) {
        if !used {
            out.counts.fp += 1;
            report.by_type.entry(p.event_type.clone()).or_default().fp += 1;
            out.spurious.push(shown(&p.event_type, p.entities.iter()));
        }
    }
    for (g, used) in golds.iter().zip(&used_g) {
        if !used && !g.optional {
            out.counts.fn_ += 1;
            report.by_type.entry(g.event_type.clone()).or_default().fn_ += 1;
            out.missed
                .push(shown(&g.event_type, g.entities().into_iter()));
        }
    }
    let explained = super::causes::explain(&resolved, golds, &matches);
    for (_, cause) in explained.spurious {
        out.spurious_causes.push(cause);
        *report.false_causes.entry(cause).or_default() += 1;
    }
    for (_, cause) in explained.missed {
        out.missed_causes.push(cause);
        *report.miss_causes.entry(cause).or_default() += 1;
    }
    (out, merged)
}

/// What an event's IRI is made of, as a reader checks it: actors, date, status.
fn identity_key(event: &Predicted) -> String {
    let mut actors: Vec<&str> = event
        .participants
        .iter()
        .map(|m| m.label.as_deref().unwrap_or(&m.iri))
        .collect();
    actors.sort_unstable();
    let status = event.status.rsplit(['#', '/']).next().unwrap_or("");
    format!(
        "({} | {} | {status})",
        actors.join(", "),
        event.date.as_deref().unwrap_or("undated")
    )
}

/// Greedy one-to-one matching: (extracted index, gold index) pairs.
fn match_events(resolved: &[Resolved], golds: &[GoldEvent]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, p) in resolved.iter().enumerate() {
        for (j, g) in golds.iter().enumerate() {
            if p.event_type != g.event_type {
                continue;
            }
            let gold_entities = g.entities();
            let need = gold_entities.len().min(2);
            let overlap = p.shared(&gold_entities);
            if overlap >= need {
                let bonus =
                    usize::from(date_ok(p.event.date.as_deref(), g.date.as_deref()) == Some(true));
                pairs.push((overlap + bonus, !g.optional, i, j));
            }
        }
    }
    // Best overlap first; on a tie a required gold event, then the earliest of each.
    pairs.sort_by(|a, b| {
        (b.0, b.1)
            .cmp(&(a.0, a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let (mut used_p, mut used_g) = (BTreeSet::new(), BTreeSet::new());
    let mut matches = Vec::new();
    for (_, _, i, j) in pairs {
        if used_p.contains(&i) || used_g.contains(&j) {
            continue;
        }
        used_p.insert(i);
        used_g.insert(j);
        matches.push((i, j));
    }
    matches
}

fn check_attributes(p: &Resolved, g: &GoldEvent, report: &mut Report, wrong: &mut Vec<String>) {
    let what = shown(&g.event_type, g.entities().into_iter());
    if let Some(ok) = date_ok(p.event.date.as_deref(), g.date.as_deref()) {
        report.date.add(ok);
        let predicted = day_of(p.event.date.as_deref().unwrap_or(""));
        report.date_exact.add(Some(predicted) == g.date.as_deref());
        if !ok {
            wrong.push(format!(
                "{what}: date {} (gold {})",
                p.event.date.as_deref().unwrap_or("none"),
                g.date.as_deref().unwrap_or("none")
            ));
        }
    }
    if let Some(place) = &g.location {
        let ok = p.location.as_ref() == Some(place);
        report.location.add(ok);
        if !ok {
            let got = p
                .event
                .location
                .as_ref()
                .map(|m| m.label.clone().unwrap_or_else(|| local(&m.iri).to_string()));
            wrong.push(format!(
                "{what}: place {} (gold {place})",
                got.as_deref().unwrap_or("none")
            ));
        }
    }
    if let Some(status) = &g.status {
        let got = local(&p.event.status);
        report.status.add(got == status);
        if got != status {
            wrong.push(format!("{what}: status {got} (gold {status})"));
        }
    }
}

fn shown<'a>(
    event_type: &str,
    entities: impl Iterator<Item = &'a (impl AsRef<str> + 'a + ?Sized)>,
) -> String {
    let names: Vec<&str> = entities.map(AsRef::as_ref).collect();
    format!("{event_type}[{}]", names.join(", "))
}

/// A date is right when as precise as the gold one, or less or more precise
/// but consistent with it; `None` when the gold event has no date.
pub fn date_ok(predicted: Option<&str>, gold: Option<&str>) -> Option<bool> {
    let gold = gold?;
    let predicted = predicted.filter(|p| !p.is_empty()).map(day_of);
    Some(predicted.is_some_and(|p| p.starts_with(gold) || gold.starts_with(p)))
}

fn day_of(date: &str) -> &str {
    date.split('T').next().unwrap_or(date)
}

/// The last segment of an IRI (after `/` or `#`).
pub fn local(iri: &str) -> &str {
    iri.trim_end_matches('/')
        .rsplit(['/', '#'])
        .next()
        .unwrap_or(iri)
}

/// Lower case, ASCII letters and digits only: how names are compared.
pub fn norm(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect()
}

/// Maps an extracted entity onto a gold entity key: by Wikidata id, else by
/// its label or the local name of its IRI against gold names and aliases.
struct Resolver<'a> {
    by_qid: HashMap<&'a str, &'a str>,
    by_name: HashMap<String, &'a str>,
}

impl<'a> Resolver<'a> {
    fn new(article: &'a GoldArticle) -> Self {
        let mut by_qid = HashMap::new();
        let mut by_name = HashMap::new();
        for (key, entity) in &article.gold.entities {
            if let Some(q) = entity.wikidata.as_deref().filter(|q| !q.is_empty()) {
                by_qid.insert(q, key.as_str());
            }
            let aliases = entity.aliases.iter().flatten();
            for name in std::iter::once(key).chain(aliases) {
                by_name.entry(norm(name)).or_insert(key.as_str());
            }
        }
        Self { by_qid, by_name }
    }

    fn resolve(&self, mention: &Mention) -> Option<String> {
        if let Some(q) = mention.wikidata.as_deref().and_then(qid) {
            if let Some(key) = self.by_qid.get(q) {
                return Some(key.to_string());
            }
        }
        let from_iri = local(&mention.iri).replace('_', " ");
        let found = [mention.label.as_deref().unwrap_or(""), from_iri.as_str()]
            .into_iter()
            .filter(|c| !c.is_empty())
            .find_map(|c| self.by_name.get(&norm(c)).map(|k| k.to_string()));
        found
    }
}

/// The trailing `Q…` id of a Wikidata IRI or id.
fn qid(text: &str) -> Option<&str> {
    let digits = text.len() - text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let start = text.len() - digits;
    (digits > 0 && text[..start].ends_with('Q')).then(|| &text[start - 1..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::gold::{Gold, GoldEntity};
    use crate::read::Article;

    fn entity(wikidata: Option<&str>, aliases: &[&str]) -> GoldEntity {
        GoldEntity {
            wikidata: wikidata.map(String::from),
            aliases: Some(aliases.iter().map(|s| s.to_string()).collect()),
        }
    }

    fn gold_event(
        t: &str,
        parts: &[&str],
        loc: Option<&str>,
        date: &str,
        optional: bool,
    ) -> GoldEvent {
        GoldEvent {
            event_type: t.into(),
            participants: parts.iter().map(|s| s.to_string()).collect(),
            location: loc.map(String::from),
            date: Some(date.into()),
            status: Some("occurred".into()),
            evidence: None,
            optional,
        }
    }

    fn article() -> GoldArticle {
        let mut entities = BTreeMap::new();
        entities.insert("Ana Lopes".to_string(), entity(Some("Q1"), &["Lopes"]));
        entities.insert("Bo Ren".to_string(), entity(None, &["Ren"]));
        entities.insert("Türkiye".to_string(), entity(Some("Q43"), &["Turkey"]));
        entities.insert("Lima".to_string(), entity(None, &[]));
        GoldArticle {
            stem: "a".into(),
            article: Article {
                source: "a.json".into(),
                url: None,
                title: None,
                date_published: None,
                language: Some("en".into()),
                text: "Lopes met Ren in Lima.".into(),
            },
            gold: Gold {
                entities,
                events: vec![
                    gold_event(
                        "Meeting",
                        &["Ana Lopes", "Bo Ren"],
                        Some("Lima"),
                        "2024-05-02",
                        false,
                    ),
                    gold_event("Visit", &["Ana Lopes"], Some("Lima"), "2024-05", false),
                    gold_event("MissileTest", &["Türkiye"], None, "2024", true),
                ],
            },
        }
    }

    fn mention(iri: &str, label: Option<&str>, wikidata: Option<&str>) -> Mention {
        Mention {
            iri: iri.into(),
            label: label.map(String::from),
            wikidata: wikidata.map(String::from),
        }
    }

    fn predicted(t: &str, parts: Vec<Mention>, loc: Option<Mention>, date: &str) -> Predicted {
        Predicted {
            iri: format!("e:{t}{}", parts.len()),
            event_type: format!("https://w3id.org/newsgraph/ontology#{t}"),
            participants: parts,
            location: loc,
            date: Some(date.into()),
            status: "https://w3id.org/newsgraph/ontology#occurred".into(),
            evidence: Some(("Lopes met Ren".into(), 0, 13)),
        }
    }

    #[test]
    fn matches_by_wikidata_label_or_iri_and_counts_misses() {
        let gold = vec![article()];
        let meeting = predicted(
            "Meeting",
            vec![
                mention(
                    "x:person/1",
                    None,
                    Some("http://www.wikidata.org/entity/Q1"),
                ),
                mention("x:person/Bo_Ren", None, None),
            ],
            Some(mention("x:place/9", Some("Lima"), None)),
            "2024-05-02",
        );
        // A test by a state the article does not name is spurious; the visit is missed.
        let stray = predicted(
            "MissileTest",
            vec![mention("x:c/1", Some("Peru"), None)],
            None,
            "2024",
        );
        let mut by_article = HashMap::new();
        by_article.insert("a".to_string(), vec![meeting, stray]);
        let report = score(&gold, &by_article);
        assert_eq!(
            report.counts,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(report.date, Ratio { right: 1, total: 1 });
        assert_eq!(report.location, Ratio { right: 1, total: 1 });
        assert_eq!(report.evidence_offsets_exact, Ratio { right: 2, total: 2 });
        assert_eq!(report.per_article[0].missed, vec!["Visit[Ana Lopes, Lima]"]);
        assert_eq!(report.per_article[0].matched.len(), 1);
        assert!(report.per_article[0].matched[0].starts_with("Meeting[Ana Lopes"));
        assert!((report.counts.f1() - 0.5).abs() < 1e-9);
        let causes = &report.per_article[0];
        assert_eq!(causes.missed_causes, vec![crate::eval::causes::NO_TYPE]);
        assert_eq!(causes.spurious_causes, vec![crate::eval::causes::UNRELATED]);
    }

    #[test]
    fn misses_and_false_events_are_given_a_cause() {
        use crate::eval::causes::{MERGED, PARTIAL, SPLIT};
        let mut gold = article();
        let earlier = gold_event("Meeting", &["Ana Lopes", "Bo Ren"], None, "2023", false);
        gold.gold.events.push(earlier);
        let lopes = || mention("x:p/1", Some("Ana Lopes"), None);
        let ren = || mention("x:p/2", Some("Bo Ren"), None);
        let lima = || Some(mention("x:pl/9", Some("Lima"), None));
        let meeting = predicted("Meeting", vec![lopes(), ren()], lima(), "2024-05-02");
        let again = predicted("Meeting", vec![lopes(), ren()], lima(), "2024-05-02");
        let mut by_article = HashMap::new();
        by_article.insert("a".to_string(), vec![meeting.clone(), again]);
        let report = score(&[gold.clone()], &by_article);
        // Both records match a meeting: the 2023 one by overlap, so none is false.
        assert_eq!(report.counts.tp, 2);
        // One record for both meetings: the earlier one was merged into it.
        by_article.insert("a".to_string(), vec![meeting.clone()]);
        let report = score(&[gold.clone()], &by_article);
        assert_eq!(report.miss_causes.get(MERGED), Some(&1));
        // Without the earlier meeting, a second record of the one meeting is a split,
        // and a visit naming one of the missed visit's two entities a partial one.
        let stray = predicted("Visit", vec![lopes()], None, "2024-05");
        let twice = vec![meeting.clone(), meeting, stray];
        by_article.insert("a".to_string(), twice);
        let report = score(&[article()], &by_article);
        assert_eq!(report.per_article[0].spurious_causes, vec![SPLIT, PARTIAL]);
    }

    #[test]
    fn optional_gold_events_neither_reward_nor_penalise() {
        let gold = vec![article()];
        let test = predicted(
            "MissileTest",
            vec![mention("x:c/tr", Some("Turkey"), None)],
            None,
            "2024-03",
        );
        let mut by_article = HashMap::new();
        by_article.insert("a".to_string(), vec![test]);
        let report = score(&gold, &by_article);
        assert_eq!(
            report.counts,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 2
            }
        );
    }

    #[test]
    fn events_on_an_article_without_gold_events_are_counted_as_on_a_distractor() {
        let mut distractor = article();
        distractor.stem = "d".into();
        distractor.gold.events.clear();
        let gold = vec![article(), distractor];
        let meeting = || {
            predicted(
                "Meeting",
                vec![
                    mention("x:p/lopes", Some("Ana Lopes"), Some("Q1")),
                    mention("x:p/ren", Some("Bo Ren"), None),
                ],
                None,
                "2024-05-02",
            )
        };
        let mut by_article = HashMap::new();
        by_article.insert("a".to_string(), vec![meeting()]);
        by_article.insert("d".to_string(), vec![meeting(), meeting()]);
        let report = score(&gold, &by_article);
        assert_eq!((report.distractors, report.events_on_distractors), (1, 2));
        assert_eq!((report.counts.tp, report.counts.fp), (1, 2));
    }

    #[test]
    fn one_entity_is_not_enough_for_a_gold_event_of_two() {
        let gold = vec![article()];
        let half = predicted(
            "Meeting",
            vec![mention("x:p/1", Some("Ana Lopes"), None)],
            None,
            "2024-05-02",
        );
        let mut by_article = HashMap::new();
        by_article.insert("a".to_string(), vec![half]);
        let report = score(&gold, &by_article);
        assert_eq!(
            report.counts,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 2
            }
        );
    }

    #[test]
    fn dates_agree_when_one_refines_the_other() {
        assert_eq!(date_ok(Some("2024-05-02"), Some("2024-05")), Some(true));
        assert_eq!(date_ok(Some("2024"), Some("2024-05-02")), Some(true));
        assert_eq!(
            date_ok(Some("2024-06-02T10:00:00"), Some("2024-06-02")),
            Some(true)
        );
        assert_eq!(date_ok(Some("2024-04"), Some("2024-05")), Some(false));
        assert_eq!(date_ok(None, Some("2024")), Some(false));
        assert_eq!(date_ok(Some("2024"), None), None);
    }

    #[test]
    fn names_compare_folded_and_ids_by_their_tail() {
        assert_eq!(norm("Kim Jong-un"), "kimjongun");
        assert_eq!(norm("Türkiye"), "trkiye");
        assert_eq!(qid("http://www.wikidata.org/entity/Q159"), Some("Q159"));
        assert_eq!(qid("Q"), None);
        assert_eq!(local("https://w3id.org/newsgraph/ontology#Visit"), "Visit");
        assert_eq!(local("https://x.org/entity/person/Bo_Ren/"), "Bo_Ren");
    }
}
