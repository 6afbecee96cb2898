//! Cross-article identity (issue 14): reports of one real-world event in
//! different articles, languages and wordings get one event IRI; distinct
//! events keep distinct IRIs. Sentences written for these tests.

use newsgraph_extract::describe::describe;
use newsgraph_extract::extract::extract;
use newsgraph_extract::recognise::recognise;
use newsgraph_extract::segment::segment;
use newsgraph_extract::{Article, Knowledge};
use std::sync::OnceLock;

fn knowledge() -> &'static Knowledge {
    static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
    KNOWLEDGE.get_or_init(|| Knowledge::embedded().expect("the bundled knowledge loads"))
}

/// The IRIs of the events of `event_type` one article gives, in order.
fn iris(url: &str, language: &str, published: &str, text: &str, event_type: &str) -> Vec<String> {
    let k = knowledge();
    let article = Article {
        source: url.into(),
        url: Some(url.into()),
        title: None,
        date_published: Some(published.into()),
        language: Some(language.into()),
        text: text.into(),
    };
    let description = describe(&extract(recognise(segment(article, k), k), k), k, false);
    let class = format!("#{event_type}");
    let mut found: Vec<String> = description
        .quads
        .iter()
        .filter(|q| {
            q.subject.to_string().contains("/event/")
                && q.predicate.as_str().ends_with("#type")
                && q.object.to_string().ends_with(&format!("{class}>"))
        })
        .map(|q| q.subject.to_string())
        .collect();
    found.dedup();
    found
}

fn one(url: &str, language: &str, published: &str, text: &str, event_type: &str) -> String {
    let found = iris(url, language, published, text, event_type);
    assert_eq!(found.len(), 1, "{event_type} in {text:?}: {found:?}");
    found[0].clone()
}

#[test]
fn a_meeting_told_on_two_days_of_one_trip_is_one_event() {
    let day_one = one(
        "https://a.test/1",
        "en",
        "2024-07-08 18:00:00",
        "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow on Monday.",
        "Meeting",
    );
    let day_two = one(
        "https://b.test/2",
        "id",
        "2024-07-10 09:00:00",
        "Perdana Menteri India Narendra Modi bertemu Presiden Rusia Vladimir Putin di Moskwa pada Selasa (9/7/2024).",
        "Meeting",
    );
    let month_only = one(
        "https://c.test/3",
        "en",
        "2024-08-02 09:00:00",
        "Putin held talks with Narendra Modi in Moscow in July.",
        "Meeting",
    );
    assert_eq!(day_one, day_two);
    assert_eq!(day_one, month_only);
}

#[test]
fn a_visit_known_to_the_day_and_to_the_month_is_one_event() {
    let by_day = one(
        "https://a.test/4",
        "en",
        "2024-07-08 18:00:00",
        "Narendra Modi arrived in Moscow on Monday for a two-day visit.",
        "Visit",
    );
    let by_month = one(
        "https://b.test/5",
        "id",
        "2024-07-30 09:00:00",
        "Narendra Modi berkunjung ke Moskwa pada Juli 2024.",
        "Visit",
    );
    assert_eq!(by_day, by_month);
}

#[test]
fn two_meetings_one_article_tells_apart_keep_two_iris() {
    let text = "Modi met Putin in Moscow on July 9. The two leaders met again in Kazan on July 25.";
    let found = iris(
        "https://a.test/6",
        "en",
        "2024-07-30 18:00:00",
        text,
        "Meeting",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_ne!(found[0], found[1]);
}

#[test]
fn missile_tests_on_two_days_of_one_month_stay_two_events() {
    let first = one(
        "https://a.test/7",
        "en",
        "2023-09-13 12:00:00",
        "North Korea fired two ballistic missiles into the sea on Wednesday.",
        "MissileTest",
    );
    let second = one(
        "https://b.test/8",
        "id",
        "2023-09-30 12:00:00",
        "Korea Utara meluncurkan rudal balistik pada Senin (25/9/2023).",
        "MissileTest",
    );
    assert_ne!(first, second);
}

#[test]
fn meetings_of_two_months_or_of_a_plan_and_a_report_stay_apart() {
    let july = one(
        "https://a.test/9",
        "en",
        "2024-07-08 18:00:00",
        "Narendra Modi met Vladimir Putin in Moscow on Monday.",
        "Meeting",
    );
    let october = one(
        "https://b.test/10",
        "en",
        "2024-10-22 18:00:00",
        "Narendra Modi met Vladimir Putin in Kazan on Tuesday.",
        "Meeting",
    );
    let plan = one(
        "https://c.test/11",
        "en",
        "2024-07-01 18:00:00",
        "Narendra Modi will meet Vladimir Putin in Moscow on July 8.",
        "Meeting",
    );
    assert_ne!(july, october);
    assert_ne!(july, plan);
}
