//! One event, one record; two events, two records: mentions of the same
//! parties told on different occasions stay apart, and mentions of one
//! occasion join. Sentences written for these tests.

use super::events;

const PUBLISHED: &str = "2025-09-04 09:00:00";

/// The (place, date) of each event of `event_type` in `text`.
fn of_type(language: &str, event_type: &str, text: &str) -> Vec<(Option<String>, Option<String>)> {
    let mut found: Vec<_> = events(language, PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| (e.2, e.3))
        .collect();
    found.sort();
    found
}

#[test]
fn a_deal_that_follows_a_framework_signed_during_a_visit_is_another_deal() {
    let text = "Indonesia signed a contract with Turkey on Wednesday for 48 fighter jets. \
                The deal follows a framework agreement concluded during the Turkish \
                president's visit to Bogor in February.";
    let found = of_type("en", "WeaponsTalks", text);
    let mut dates: Vec<_> = found.iter().map(|f| f.1.clone()).collect();
    dates.sort();
    // dates.rs `beyond_another_trigger`: a repeat keeps the date of the
    // earlier event it names, even past the visit it was concluded during.
    assert_eq!(
        dates,
        [Some("2025-02".to_string()), Some("2025-09-03".to_string())],
        "{text}: {found:?}"
    );
}

#[test]
fn a_trip_continued_in_another_city_on_another_day_is_another_visit() {
    let cases = [
        (
            "id",
            "Menteri Pertahanan Sjafrie Sjamsoeddin tiba di Tokyo, Jepang, pada Rabu (3/9/2025). \
             Rangkaian kunjungan tersebut akan dilanjutkan dengan peninjauan galangan kapal di \
             Osaka pada Kamis (4/9/2025).",
        ),
        (
            "en",
            "Defence Minister Sjafrie Sjamsoeddin arrived in Tokyo on Wednesday. The visit \
             will continue with a tour of a shipyard in Osaka on Thursday.",
        ),
    ];
    for (language, text) in cases {
        let found = of_type(language, "Visit", text);
        let places: Vec<_> = found.iter().filter_map(|f| f.0.clone()).collect();
        assert!(
            places.contains(&"Osaka".to_string()) && places.contains(&"Tokyo".to_string()),
            "{text}: {found:?}"
        );
    }
    // The same day in the same city, or a venue of it, stays the one visit.
    let text = "Defence Minister Sjafrie Sjamsoeddin arrived in Tokyo on Wednesday. \
                The visit continued with talks in Tokyo on Wednesday.";
    assert_eq!(of_type("en", "Visit", text).len(), 1, "{text}");
}

#[test]
fn a_drill_a_state_holds_on_its_own_is_not_the_joint_one() {
    // references.tsv `own_event`, `own_event_after`: the wording tells the
    // drill apart, so one of the joint drill's parties does not rejoin it.
    let cases = [
        (
            "en",
            "Poland, Lithuania and Latvia began a joint military exercise on Monday \
             near Suwalki. Poland is also staging its own Shield East exercise this \
             week with some 20,000 soldiers.",
        ),
        (
            "id",
            "Indonesia dan Australia memulai latihan militer gabungan di Darwin pada \
             Senin bersama Malaysia. Malaysia juga menggelar latihan militer sendiri \
             di Sabah pekan ini.",
        ),
    ];
    for (language, text) in cases {
        let found: Vec<_> = events(language, PUBLISHED, text)
            .into_iter()
            .filter(|e| e.0 == "MilitaryExercise")
            .map(|e| e.1)
            .collect();
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(
            found.iter().any(|actors| actors.len() == 1),
            "{text}: {found:?}"
        );
    }
}
