//! The place of an event at the precision the text gives it, on sentences
//! written for these tests.

use super::events;

/// The place ids of the events of `event_type` found in `text`.
fn places_of(language: &str, text: &str, event_type: &str) -> Vec<Option<String>> {
    events(language, "2024-08-20 08:00:00", text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| e.2)
        .collect()
}

#[test]
fn a_lower_case_place_noun_after_a_name_is_no_part_of_it() {
    // A launch site told in the next sentence, as "the X area" or "X county".
    for (text, place) in [
        (
            "North Korea fired two ballistic missiles on Tuesday, Seoul said. The missiles were launched from the Torvang area and flew 400 km.",
            "region-Torvang",
        ),
        (
            "North Korea fired a cruise missile on Friday. The missile was launched from Sinpyong county, the military said.",
            "region-Sinpyong",
        ),
    ] {
        let found = places_of("en", text, "MissileTest");
        assert_eq!(found, vec![Some(place.to_string())], "{text}");
    }
}
