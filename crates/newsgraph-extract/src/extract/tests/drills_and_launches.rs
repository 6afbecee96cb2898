//! Missile tests and military exercises (stop 39, e3drill), on sentences
//! written for these tests: a named series brings the states that hold it,
//! a state that tells how another's launch went only watched it, and the
//! sites launches are fired from are places.

use super::{events, strings, Found};

const PUBLISHED: &str = "2024-06-28 00:00:00";

fn of_type(language: &str, event_type: &str, text: &str) -> Vec<Found> {
    events(language, PUBLISHED, text)
        .into_iter()
        .filter(|f| f.0 == event_type)
        .collect()
}

fn actors(language: &str, event_type: &str, text: &str) -> Vec<Vec<String>> {
    of_type(language, event_type, text)
        .into_iter()
        .map(|f| f.1)
        .collect()
}

#[test]
fn a_named_series_of_drills_brings_the_states_that_hold_it() {
    for (language, text, states) in [
        (
            "en",
            "The Keen Sword exercise is scheduled to run for ten days next month.",
            &["Japan", "United_States"][..],
        ),
        (
            "en",
            "The exercises, dubbed Joint Sword, began at dawn with warships circling the island.",
            &["China"][..],
        ),
        (
            "id",
            "Latihan Freedom Edge dimulai pada Kamis di perairan internasional.",
            &["Japan", "South_Korea", "United_States"][..],
        ),
        (
            "id",
            "Latihan Eager Lion tahun ini diikuti ribuan prajurit.",
            &["Jordan", "United_States"][..],
        ),
    ] {
        assert_eq!(
            actors(language, "MilitaryExercise", text),
            vec![strings(states)],
            "{text}"
        );
    }
}

#[test]
fn a_state_that_tells_how_a_launch_went_only_watched_it() {
    for (language, text) in [
        (
            "en",
            "Seoul said the launch likely failed, with the missile breaking up in mid-air.",
        ),
        (
            "id",
            "Menurut militer Korsel, rudal diluncurkan dari kawasan pesisir pada Rabu pagi.",
        ),
        (
            "id",
            "Kepala Staf Gabungan Korea Selatan mengatakan rudal terbang sekitar 600 kilometer.",
        ),
    ] {
        for found in actors(language, "MissileTest", text) {
            assert!(
                !found.contains(&"South_Korea".to_string())
                    && !found.contains(&"Japan".to_string()),
                "{text}: {found:?}"
            );
        }
    }
    // A state telling of its own launch's success still launched it.
    let text = "Seoul said the test of its new cruise missile was a success.";
    assert_eq!(
        actors("en", "MissileTest", text),
        vec![strings(&["South_Korea"])]
    );
}

#[test]
fn a_launch_is_placed_at_the_site_it_was_fired_from() {
    for (language, text, place) in [
        (
            "en",
            "South Korea test-fired a ballistic missile from a range in Taean on Friday.",
            "Taean",
        ),
        (
            "id",
            "Korea Utara menembakkan dua rudal jelajah dari wilayah Onchon pada Rabu.",
            "Onchon",
        ),
        (
            "id",
            "Pyongyang meluncurkan sejumlah proyektil dari Semenanjung Hodo pada Sabtu.",
            "Hodo_Peninsula",
        ),
        (
            "id",
            "Militer Taiwan menggelar uji tembak rudal pertahanan udara di Pingtung pada Kamis.",
            "Pingtung",
        ),
    ] {
        let places: Vec<Option<String>> = of_type(language, "MissileTest", text)
            .into_iter()
            .map(|f| f.2)
            .collect();
        assert_eq!(places, vec![Some(place.to_string())], "{text}");
    }
}
