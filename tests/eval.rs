//! `newsgraph eval` on the own-words gold corpora: a floor on the event F1 that
//! fails when extraction quality drops, and clear errors for bad annotations.

use crate::util::*;

/// Scores one gold corpus as JSON.
fn scores(dir: &str) -> serde_json::Value {
    let output = newsgraph()
        .args(["eval", "--json"])
        .arg(root().join(dir))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("one JSON object")
}

fn f1(report: &serde_json::Value) -> f64 {
    let c = &report["counts"];
    let (tp, fp, fn_) = (
        c["tp"].as_f64().unwrap(),
        c["fp"].as_f64().unwrap(),
        c["fn"].as_f64().unwrap(),
    );
    2.0 * tp / (2.0 * tp + fp + fn_)
}

fn share(report: &serde_json::Value, what: &str) -> f64 {
    report[what]["right"].as_f64().unwrap() / report[what]["total"].as_f64().unwrap()
}

/// The distractor articles (stem with "distractor") yield no event.
fn no_event_on_distractors(report: &serde_json::Value) {
    // The scorer counts them on every article whose gold has no event, not
    // only on those named "distractor".
    assert_eq!(report["events_on_distractors"], 0, "{report}");
}

/// Floors a little under today's figures: a rule change that loses events,
/// dates or places on these articles fails here.
#[test]
fn own_words_corpus_keeps_its_quality() {
    let report = scores("tests/corpus");
    assert_eq!(report["articles"], 28);
    assert!(f1(&report) >= 0.85, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
    assert!(share(&report, "date") >= 0.80, "{report}");
    assert!(share(&report, "status") >= 0.93, "{report}");
    assert_eq!(
        report["evidence_offsets_exact"]["right"],
        report["evidence_offsets_exact"]["total"]
    );
}

#[test]
fn fresh_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-fresh");
    assert_eq!(report["articles"], 16);
    assert!(f1(&report) >= 0.80, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// English blind corpus of issue 14 (qen): written, with its gold, before any
/// run of the extractor; 0.741 unseen, 0.829 after the rules it prompted.
#[test]
fn english_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind-qen");
    assert_eq!(report["articles"], 12);
    assert!(f1(&report) >= 0.79, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "location") >= 0.75, "{report}");
    no_event_on_distractors(&report);
}

/// The second English blind corpus (qen, issue 14): 12 own-words articles
/// of outlets and regions the others lack, gold written before any run;
/// 0.708 unseen, 0.902 after the rules it led to.
#[test]
fn second_english_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind2-qen");
    assert_eq!(report["articles"], 12);
    assert!(f1(&report) >= 0.85, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The Indonesian blind corpus (qid, issue 14): gold written before any
/// extraction run; 0.738 unseen, 0.781 after the rules it led to.
#[test]
fn indonesian_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind-qid");
    assert_eq!(report["articles"], 11);
    assert!(f1(&report) >= 0.75, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The second Indonesian blind corpus (qid, issue 14; other outlets, regions
/// and years): gold written before any extraction run; 0.708 unseen, 0.719
/// after the rules it led to.
#[test]
fn second_indonesian_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind2-qid");
    assert_eq!(report["articles"], 12);
    assert!(f1(&report) >= 0.68, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

#[test]
fn per_article_lists_misses_and_min_f1_sets_the_exit_status() {
    let output = newsgraph()
        .args(["eval", "--per-article", "--min-f1", "0.99"])
        .arg(root().join("tests/corpus-fresh"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("id-fresh-lula-xi-beijing: tp="), "{text}");
    assert!(text.contains("   missed   "), "{text}");
    assert!(text.contains("event F1 "), "{text}");
    // Every miss is given its cause, and the summary counts them.
    let causes = [
        "merged into",
        "too few of its parties",
        "another type",
        "no event of its type",
        "not found",
    ];
    for line in text.lines().filter(|l| l.starts_with("   missed   ")) {
        assert!(
            causes.iter().any(|c| line.ends_with(c) || line.contains(c)),
            "{line}"
        );
    }
    assert!(text.contains("misses, why"), "{text}");
    assert!(stderr(&output).contains("below --min-f1 0.99"));
}

#[test]
fn a_bad_annotation_is_named_and_the_others_are_scored() {
    let dir = tempfile::tempdir().unwrap();
    let article = r#"{"url": "https://news.example.org/a", "title": "Ana Lopes visits Lima",
        "date_publish": "2024-05-02 08:00:00", "language": "en",
        "maintext": "Ana Lopes visits Lima.\nShe arrived on Thursday."}"#;
    std::fs::write(dir.path().join("good.json"), article).unwrap();
    std::fs::write(
        dir.path().join("good.gold.json"),
        r#"{"article": "good", "entities": {}, "events": []}"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("bad.json"), article).unwrap();
    std::fs::write(
        dir.path().join("bad.gold.json"),
        r#"{"entities": {}, "events": [{"type": "Visit", "participants": ["Ana Lopes"]}]}"#,
    )
    .unwrap();
    let output = newsgraph()
        .arg("eval")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(
            "bad.gold.json: events[0] names `Ana Lopes`, which is not a key of `entities`"
        ),
        "{err}"
    );
    assert!(
        stdout(&output).starts_with("1 articles: "),
        "{}",
        stdout(&output)
    );
}

/// One annotated article is scored alone, named by its article or its gold
/// file; an article with no gold beside it is named with the file expected.
#[test]
fn one_article_is_scored_by_its_own_path() {
    let corpus = root().join("tests/corpus-fresh");
    let article = corpus.join("id-fresh-lula-xi-beijing.json");
    let gold = corpus.join("id-fresh-lula-xi-beijing.gold.json");
    for path in [&article, &gold] {
        let output = newsgraph().arg("eval").arg(path).output().expect("runs");
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(
            stdout(&output).starts_with("1 articles: "),
            "{}",
            stdout(&output)
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let lone = dir.path().join("lone.json");
    std::fs::copy(&article, &lone).unwrap();
    let output = newsgraph()
        .arg("eval")
        .arg(&lone)
        .arg(&article)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("lone.json: no gold annotation beside it (expected "),
        "{err}"
    );
    assert!(err.contains("lone.gold.json)"), "{err}");
    assert!(
        stdout(&output).starts_with("1 articles: "),
        "{}",
        stdout(&output)
    );
}

/// The held-out corpus of issue 14: 20 articles (10 en, 10 id; 4
/// distractors) written with their gold by an author who saw neither the
/// rules nor their output, scored once before and once after a session's
/// rule work (0.711 and 0.734) and never tuned on.
#[test]
fn held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout");
    assert_eq!(report["articles"], 20);
    assert!(f1(&report) >= 0.70, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// A second held-out corpus of issue 14: 20 more articles (10 en, 10 id; 4
/// distractors) by another author who saw neither the rules, their output
/// nor the first held-out corpus; other outlets, years and regions. 0.755
/// when added, never tuned on.
#[test]
fn second_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout2");
    assert_eq!(report["articles"], 20);
    assert!(f1(&report) >= 0.72, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.85, "{report}");
    no_event_on_distractors(&report);
}

/// A third held-out corpus of issue 14: 20 articles (10 en, 10 id; 4
/// distractors) by a third author who saw neither the rules, their output nor
/// the other held-out corpora. 0.683 on the rules of the session that added
/// it before its work, 0.692 after; never tuned on.
#[test]
fn third_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout3");
    assert_eq!(report["articles"], 20);
    assert!(f1(&report) >= 0.72, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// A fourth held-out corpus of issue 14: 20 articles (10 en, 10 id; 4
/// distractors) by a fourth author who saw neither the rules, their output
/// nor the other held-out corpora. 0.696 on the rules of the session that
/// added it, before its work and after; never tuned on.
#[test]
fn fourth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout4");
    assert_eq!(report["articles"], 20);
    assert!(f1(&report) >= 0.66, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// A fifth held-out corpus of issue 14: 20 articles (10 en, 10 id; 4
/// distractors) by a fifth author who saw neither the rules, their output nor
/// the other held-out corpora; regions the others barely touch (the Gulf,
/// Central Asia, Africa, Latin America, the Balkans). Its author places a
/// visit in the city, where the real articles' annotators mostly name the
/// country. 0.673 (P 0.627) on the rules of the session that added it, before
/// its work; never tuned on.
#[test]
fn fifth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout5");
    assert_eq!(report["articles"], 20);
    assert!(f1(&report) >= 0.64, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// A sixth held-out corpus of issue 14: 20 articles (10 en, 10 id; 4
/// distractors: a space launch, a football match, a concert, a shareholders'
/// meeting) by a sixth author who saw neither the rules, their output nor the
/// other held-out corpora; Japan, Australia, South Asia, the Nordic states,
/// Turkey, Egypt. 0.741 (P 0.694) on the rules of the session that added it,
/// before its work, with 2 events on its distractors; never tuned on.
#[test]
fn sixth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout6");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.70, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    let on_distractors = report["events_on_distractors"].as_u64().unwrap();
    assert!(
        on_distractors <= 2,
        "{on_distractors} events on distractors in {report}"
    );
}

/// A seventh held-out corpus of issue 14: 20 articles (10 en, 10 id; 4
/// distractors: a mine's drilling results, a football final, a concert, a
/// satellite on a commercial rocket) by a seventh author who saw neither the
/// rules, their output nor the other held-out corpora; the Philippines, the
/// Caucasus, Poland and the Baltic states, Pakistan, the Pacific, Mongolia,
/// Taiwan, Thailand and Cambodia, Iran. 0.602 (P 0.552) on the rules of the
/// session that added it, before its work; never tuned on.
#[test]
fn seventh_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout7");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.58, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The third blind corpus (stop 29): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run: background events of other years,
/// planned and denied meetings, observers and critics of drills. 0.598
/// (P 0.551) when first scored; the session that added it tuned on it.
#[test]
fn third_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind3");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.62, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// An eighth held-out corpus (stop 30): 20 articles (10 en, 10 id; 4
/// distractors: a space launch, a band's concert tour, a mine's rescue drill,
/// a shareholders' meeting) by an author who saw neither the rules, their
/// output nor the other corpora, varying genre: wire briefs, long analyses
/// full of other years' events, a live blog, ministry press releases,
/// regional papers, a cancelled summit. 0.630 (P 0.662) on the rules of the
/// session that added it, before its work; never tuned on.
#[test]
fn eighth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout8");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.60, "F1 {} in {report}", f1(&report));
    // Stop 34's host states matched four more visits, two of them with the
    // wrong status: 49/54 -> 51/58 (0.907 -> 0.879).
    assert!(share(&report, "status") >= 0.86, "{report}");
    no_event_on_distractors(&report);
}

/// The fourth blind corpus (stop 30): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run: names with diacritics and variant
/// spellings, smaller states' ministers, tests by states other than North
/// Korea, deals told through companies, tours of several capitals, summits
/// of organisations. 0.662 (P 0.710) when first scored; tuned on since.
#[test]
fn fourth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind4");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.64, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// A ninth held-out corpus (stop 31): 20 articles (10 en, 10 id; 4
/// distractors: a space launch, a mine's board meeting and evacuation drill,
/// a football friendly, a shareholders' meeting) by an author who saw neither
/// the rules, their output nor the other corpora, varying region and outlet:
/// South Asian, Gulf, African, Latin American, European, Pacific and Korean
/// English papers, Indonesian regional bureaus and a navy press office, with
/// local titles and transliterated names. 0.622 (P 0.613) on the rules of
/// the session that added it, before its work; never tuned on.
#[test]
fn ninth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout9");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.58, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.92, "{report}");
    no_event_on_distractors(&report);
}

/// The fifth blind corpus (stop 31): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, varying genre: wire briefs with
/// datelines, long analyses with earlier years' events and scenario talk,
/// interviews, a week's roundup, an opinion column, a summit called off.
/// 0.708 (P 0.712) when first scored; tuned on since.
#[test]
fn fifth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind5");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.66, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// A tenth held-out corpus (stop 32): 20 articles (10 en, 10 id; 4
/// distractors: a satellite launch, a pop concert tour, a badminton final, a
/// mining company's shareholders' meeting and emergency drill) by an author
/// who saw neither the rules, their output nor the other corpora, varying the
/// years: every event in 2015–2020, with the office holders, exercises and
/// spellings of that time ("Swaziland", "Turkey"). 0.626 (P 0.687) on the rules
/// of the session that added it, before its work; never tuned on.
#[test]
fn tenth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout10");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.58, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The sixth blind corpus (stop 32): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, varying density and phrasing:
/// ministers' tours with a meeting on every leg, summits with side meetings
/// and deals, nominal and passive host-guest wording ("was received by",
/// "diterima oleh", "dijamu"), officials named by role and counterpart.
/// 0.697 (P 0.795) when first scored; tuned on since.
#[test]
fn sixth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind6");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.65, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// An eleventh held-out corpus (stop 33): 20 articles (10 en, 10 id; 4
/// distractors: a satellite on a rocket, a lithium mine's drilling and board
/// meeting, a pop band's trip, a football final) by an author who saw neither
/// the rules, their output nor the other corpora, varying the regions and
/// outlets: the Sahel, the Horn, southern Africa, the Caribbean, Central Asia,
/// the Nordic and Baltic states, the Balkans, the Pacific islands. 0.710 (P
/// 0.724) on the rules of the session that added it, before its work, with
/// one event on a distractor; never tuned on.
#[test]
fn eleventh_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout11");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.66, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    // Not tuned on, so the one false event it met is kept as found, a
    // ceiling rather than a fix.
    assert!(
        report["events_on_distractors"].as_u64().unwrap() <= 1,
        "{report}"
    );
}

/// The seventh blind corpus (stop 33): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, centred on visits and arms business:
/// state and working visits told by arrival, welcome and return, visits cut
/// short; purchase talks, offers, loans, co-production and offsets; a
/// ministry press release and a news roundup in each language. 0.548 (P
/// 0.566) when first scored; 0.577 after this session's rules.
#[test]
fn seventh_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind7");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.55, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// Status and modality blind corpus of issue 14 (qstatus2, both languages):
/// written, with its gold, before any run of the extractor; F1 0.833 and
/// status 28/30 unseen, 0.896 and 29/30 after the status rules it prompted.
#[test]
fn status_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind-qstatus2");
    assert_eq!(report["articles"], 10);
    assert!(f1(&report) >= 0.85, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    // Precision: denied, cancelled and distractor mentions mint no event.
    let c = &report["counts"];
    assert!(c["fp"].as_u64().unwrap() <= 2, "{report}");
    no_event_on_distractors(&report);
}

/// One event one record blind corpus of issue 14 (qmerge, both languages):
/// events told over several sentences, participants given as a group,
/// observers, and three pairs of articles from different outlets about one
/// event; written, with its gold, before any run of the extractor. F1 0.824
/// and same IRI across 4/5 unseen; 0.863 after the rules it prompted.
#[test]
fn merge_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind2-qmerge");
    assert_eq!(report["articles"], 12);
    assert!(f1(&report) >= 0.82, "F1 {} in {report}", f1(&report));
    // The paired reports of one event keep one IRI.
    let same = &report["cross_article_same_iri"];
    assert!(same["right"].as_u64().unwrap() >= 4, "{report}");
    // Each pair that got two IRIs is listed with what each article made of
    // the event, so a reader sees which of actors, date or status differs.
    let split = report["cross_article_split"].as_array().unwrap();
    let apart = same["total"].as_u64().unwrap() - same["right"].as_u64().unwrap();
    assert_eq!(split.len() as u64, apart, "{report}");
    for line in split {
        let line = line.as_str().unwrap();
        assert_eq!(
            line.matches("-blind2-").count(),
            2,
            "two articles named: {line}"
        );
        assert!(line.contains(" | occurred)"), "status shown: {line}");
    }
    no_event_on_distractors(&report);
}

#[test]
fn train_writes_a_model_that_loads_and_names_bad_sentence_rows() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let sentences = write_file(
        dir.path(),
        "labelled.tsv",
        "type\tsentence\nMeeting\tAna Lopes met Ren Wei in Lima.\nParade\tTroops marched.\n",
    );
    let model = dir.path().join("model.tsv");
    let output = newsgraph()
        .args(["train", "--folds", "2", "--sentences"])
        .arg(&sentences)
        .arg("--out")
        .arg(&model)
        .arg(root().join("tests/corpus"))
        .output()
        .expect("runs");
    // The bad row is named and skipped; the rest trains, exit status 1.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("labelled.tsv:3: type `Parade`"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("2-fold cross-validation by article"));
    let text = std::fs::read_to_string(&model).expect("the model is written");
    assert!(text.starts_with("# Trained by `newsgraph train`"), "{text}");
    assert!(text.contains("\nfeature\ttype\tweight\n") && text.contains("<bias>\tMeeting\t"));
    // A data directory with the model loads, and extraction runs with it.
    let data = dir.path().join("data");
    copy_dir(&root().join("ontology"), &data);
    std::fs::copy(&model, data.join("classifier/sentence-types.tsv")).expect("copies");
    let output = newsgraph()
        .args(["extract", "--data"])
        .arg(&data)
        .arg(root().join("examples"))
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("creates");
    for entry in std::fs::read_dir(from).expect("reads").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copies");
        }
    }
}

/// The twelfth held-out corpus (stop 34): 20 articles (10 en, 10 id; 4
/// distractors: two football training camps, tourist arrivals, a school
/// tsunami drill) by an author who saw neither the rules, their output nor
/// the other corpora, set in 2021–2026 and varying region and outlet: South
/// America, Iraq, mainland Southeast Asia, Korea–Japan, Canada, and
/// Indonesian regional bureaus (Natuna, Aceh, Papua, Sulawesi, NTT); told
/// largely through quotes, with a brief, a feature, an interview, a
/// correction and a live report. 0.661 (P 0.704; id 0.488) on the rules of
/// the session that added it, before its work; never tuned on.
#[test]
fn twelfth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout12");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.62, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The eighth blind corpus (stop 34): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, on military exercises and missile
/// tests: multinational drills with observers, drills told over several
/// days, postponed and cancelled drills, tests reported by a neighbour,
/// failed tests and series of launches. 0.632 (P 0.667; status 32/36) when
/// first scored; 0.761 after stop 37's work.
#[test]
fn eighth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind8");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.72, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.85, "{report}");
    no_event_on_distractors(&report);
}

/// The thirteenth held-out corpus (stop 35): 20 articles (10 en, 10 id; 4
/// distractors: a chamber of commerce's annual meeting, a private rocket
/// launch, a football training camp, a satellite launch) by an author who
/// saw neither the rules, their output nor the other corpora, set in
/// 2011–2014 and 2024–2026: the Indian Ocean, Western Europe, West Africa,
/// the Arctic, and Indonesian outlets on foreign affairs; a chronology, a
/// Q&A, an op-ed, a roundup of briefs, a photo-caption story and an
/// embassy's statement. 0.662 (P 0.696; en 0.677, id 0.650) on the rules of
/// the session that added it, before its work; never tuned on.
#[test]
fn thirteenth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout13");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.62, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The fourteenth held-out corpus (stop 36): 20 articles (10 en, 10 id; 4
/// distractors: a bank's annual general meeting, a start-up's satellite
/// launch, a youth football team's training camp and friendlies, a school's
/// tsunami drill) by an author who saw neither the rules, their output nor
/// the other corpora, set in 2016–2020 and 2022–2023: the Mediterranean, the
/// Black Sea, East Africa, the Andes, a US base town, Indonesia's
/// neighbours; a breaking story with updates, a listicle, a briefing told
/// question by question, a newsletter digest, a speech report. 0.694 (P
/// 0.796; en 0.704, id 0.679) on the rules of the session that added it,
/// before its work; never tuned on.
#[test]
fn fourteenth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout14");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.64, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.88, "{report}");
    no_event_on_distractors(&report);
}

/// The fifteenth held-out corpus (stop 37): 20 articles (10 en, 10 id; 4
/// distractors: a cricket training camp, a start-up's rocket engine test, a
/// radio interview on a school's tsunami drill, a football training camp)
/// by an author who saw neither the rules, their output nor the other
/// corpora, set in 2012–2015, 2021 and 2024–2026: Southern and Central
/// Europe, North Africa, Bangladesh, Vietnam, Korea; Indonesian outlets of
/// Aceh, Papua, Maluku and Sumatra and on the Middle East, China, Japan and
/// Korea; a fact-check, a "what we know", a week-by-week timeline, an
/// editorial, an obituary, a parliamentary hearing, a weekly roundup. 0.585
/// (P 0.692 R 0.507; en 0.585, id 0.586) on the rules of the session that
/// added it, before its work; never tuned on.
#[test]
fn fifteenth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout15");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.54, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    // Not tuned on, so the one false event it met is kept as found, a
    // ceiling rather than a fix.
    assert!(
        report["events_on_distractors"].as_u64().unwrap() <= 1,
        "{report}"
    );
}

/// The sixteenth held-out corpus (stop 38): 20 articles (10 en, 10 id; 4
/// distractors: a rugby training camp, an earthquake drill, a football
/// training camp, a tsunami evacuation drill) by an author who saw neither
/// the rules, their output nor the other corpora, set in 2011, 2016–2020
/// and 2022–2023: a think-tank readout from Munich, Israel, Saudi Arabia,
/// Oman, Myanmar, Malaysia, Ukraine, a US Navy release; Indonesian outlets
/// of Kalimantan, Sulawesi, Batam and Kupang and on Europe, Africa and
/// India, a TNI AL release, a DPR hearing; a factbox, a year-end review, a
/// "from the archives" piece, a press-conference transcript, a numbered
/// bulletin, a long read, an itinerary announced in advance. 0.676 (P 0.712
/// R 0.644; en 0.667, id 0.684) on the rules of the session that added it,
/// before its work; never tuned on.
#[test]
fn sixteenth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout16");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.63, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The seventeenth held-out corpus (stop 39): 20 articles (10 en, 10 id; 4
/// distractors: a rugby sevens camp, a start-up's CubeSat launch, a football
/// club's training camp, a students' rocket flight) by an author who saw
/// neither the rules, their output nor the other corpora, set in 2012–2015,
/// 2021 and 2024–2026: a defence firm on a French business page, a Dutch
/// morning briefing, a Spanish explainer, Cypriot photo captions, a Kenyan
/// profile, a Nigerian Air Force release, a Singapore liveblog, a Sri Lankan
/// committee summary; Indonesian coverage of Japan, Australia, the Middle
/// East and China, a Kemhan and a Kemlu release, a Bandung business page, a
/// Koarmada III site. 0.624 (P 0.696 R 0.565; en 0.577, id 0.658; one event
/// on a distractor) on the rules of the session that added it, before its
/// work; never tuned on.
#[test]
fn seventeenth_held_out_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-heldout17");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.58, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    assert!(
        report["events_on_distractors"].as_u64().unwrap() <= 1,
        "{report}"
    );
}

/// The seventeenth blind corpus (stop 39): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// gold written before any run: who took part (delegations, people named by
/// role only, counterparts, organisations and firms as parties, observers
/// and critics beside them). 0.743 when first scored; 0.852 after that
/// session's work.
#[test]
fn seventeenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind17");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.80, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The eighteenth blind corpus (stop 39): 20 articles (10 en, 10 id; 4
/// distractors) by another such author: missile tests and exercises in
/// every form, several per article, beside war strikes, a satellite launch,
/// a parade and civilian drills. 0.707 when first scored; 0.768 after that
/// session's work.
#[test]
fn eighteenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind18");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.66, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The nineteenth blind corpus (stop 39): 20 articles (10 en, 10 id; 4
/// distractors on spending, budgets and drills in general) by another such
/// author: what happened and when (recalled events of other years, planned,
/// postponed, cancelled, denied and rumoured ones, relative dates). 0.835
/// when first scored; 0.855 after that session's work.
#[test]
fn nineteenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind19");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.81, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.85, "{report}");
    no_event_on_distractors(&report);
}

/// The fourteenth blind corpus (stop 38): 20 articles (10 en, 10 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// gold written before any run: meetings and visits told every way
/// (courtesy calls, "played host to", "sat down with", tours, audiensi,
/// bertandang, menjamu, lawatan, governors receiving envoys). 0.716 (one
/// event on a distractor: a football team "meeting" its group rivals) when
/// first scored; 0.798 and none after that session's work on it.
#[test]
fn fourteenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind14");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.75, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The fifteenth blind corpus (stop 38): 20 articles (10 en, 10 id; 4
/// distractors) by another such author: arms deals told every way (LOAs,
/// MoUs with makers, handovers, co-production) and missile tests of many
/// states beside war strikes, satellites, parades and budget debates. 0.604
/// when first scored; 0.667 after that session's work.
#[test]
fn fifteenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind15");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.62, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The sixteenth blind corpus (stop 38): 20 articles (10 en, 10 id; 4
/// distractors) by another such author: long articles where event identity
/// is hard (tours of several capitals, side meetings of a summit, exercise
/// phases with observers, two tests in a week, deals and deliveries,
/// recaps). 0.802 when first scored; 0.841 after that session's work.
#[test]
fn sixteenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind16");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.79, "F1 {} in {report}", f1(&report));
    assert!(share(&report, "status") >= 0.90, "{report}");
    no_event_on_distractors(&report);
}

/// The ninth blind corpus (stop 35): 20 articles (16 id, 4 en; 3
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, on Indonesian news in its many
/// registers: regional papers, ministries' and TNI's press releases, a TV
/// site, a commentary; di- passives, nominal events, people by office
/// (Menhan, Panglima TNI, Danlantamal). 0.557 (P 0.711; id 0.514) when
/// first scored; 0.648 after that session's work on it, 0.739 after stop
/// 36's (port calls by warships), 0.779 after stop 37's.
#[test]
fn ninth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind9");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 3, "{report}");
    assert!(f1(&report) >= 0.74, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The tenth blind corpus (stop 36): 20 articles (14 en, 6 id; 3
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, on English news in many of the
/// ways outlets tell it: wire copy, a navy's news page, a government release,
/// the trade press, TV briefs, a regional paper, a magazine's analysis;
/// passives, nominal events, host and guest, port calls, side meetings at a
/// summit, cancelled trips and denied deals. 0.724 (P 0.750; en 0.699, id
/// 0.788) when first scored; 0.769 after that session's work, 0.803 after stop 37's.
#[test]
fn tenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind10");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 3, "{report}");
    assert!(f1(&report) >= 0.76, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The eleventh blind corpus (stop 37): 20 articles (14 id, 6 en; 4
/// distractors: an airline's annual general meeting, a football training
/// camp, a satellite launch, a school's tsunami drill) by an author who saw
/// neither the rules nor their output, written with its gold before any
/// run, on Indonesian news in its registers: wire copy, national dailies,
/// online portals, TNI and ministry releases, TV sites; di- passives,
/// nominal events, offices by abbreviation, named bases, ranges and seas.
/// 0.724 (P 0.691; en 0.824, id 0.676) when first scored, 0.826 after
/// that session's work.
#[test]
fn eleventh_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind11");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.78, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The twelfth blind corpus (stop 37): 20 articles (12 en, 8 id; 4
/// distractors) by an author who saw neither the rules nor their output,
/// written with its gold before any run, to test precision: articles full of
/// security words with one or two events among strikes in a war, an expo,
/// budget hearings, interviews, denied visits, postponed meetings and
/// proposed drills. 0.679 (P 0.581) when first scored, 0.735 (P 0.667)
/// after that session's work.
#[test]
fn twelfth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind12");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.69, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}

/// The thirteenth blind corpus (stop 37): 20 articles (16 en, 4 id; 4
/// distractors: a cricket camp, students' home-built rocket, an airport's
/// emergency drill beside a vaccine trial, a football training camp) by an
/// author who saw neither the rules nor their output, written with its gold
/// before any run: English outlets of the whole world, office holders of
/// smaller states and earlier years, names with diacritics, courtesy calls,
/// deliveries, drills that end or are called off. 0.715 (P 0.759; en 0.725,
/// id 0.667) when first scored, with one event on a distractor (students'
/// sounding rocket, now excluded by `lists/research-rockets.txt`); 0.790
/// after that session's work.
#[test]
fn thirteenth_blind_corpus_keeps_its_quality() {
    let report = scores("tests/corpus-blind13");
    assert_eq!(report["articles"], 20);
    assert_eq!(report["distractors"], 4, "{report}");
    assert!(f1(&report) >= 0.74, "F1 {} in {report}", f1(&report));
    no_event_on_distractors(&report);
}
