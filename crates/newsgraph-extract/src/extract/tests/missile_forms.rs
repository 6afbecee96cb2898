//! Stop 38 (c2weap): a flight test of a missile named anywhere in its
//! sentence, and missiles fired at targets across a country or at cities,
//! a war's strikes, no test. Sentences written for these tests.

use super::of_type;

/// The (actors, date) of each MissileTest in an article of 2024-03-11.
fn launches(text: &str) -> Vec<(Vec<String>, Option<String>)> {
    of_type("en", "2024-03-11 20:00:00", text, "MissileTest")
        .into_iter()
        .map(|f| (f.1, f.3))
        .collect()
}

#[test]
fn an_earlier_flight_test_of_a_named_missile_is_its_own_launch() {
    let text = "India on Monday carried out a flight test of its Agni-5 missile. \
                The Agni-5, which can reach targets more than 5,000 km away, was \
                first flight-tested in April 2012.";
    let found = launches(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("2012-04"), "{found:?}");
}

#[test]
fn missiles_fired_at_targets_across_a_country_are_no_test() {
    let text = "The test came weeks after Russia, which invaded Ukraine, fired dozens of \
                cruise missiles at targets across the country.";
    assert!(launches(text).is_empty(), "{text}");
}
