//! Named exercises keep their identity (f3series): mentions naming two
//! series of `lists/standing-parties.tsv`, or two editions of one, are two
//! drills even when their parties nest; a mention naming none may join
//! either. Sentences written for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2022-05-30 09:00:00";

fn drills(language: &str, text: &str) -> Vec<super::Found> {
    events(language, PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == "MilitaryExercise")
        .collect()
}

#[test]
fn two_editions_of_one_series_stay_apart() {
    // Vostok-2018 (Russia, China, Mongolia) holds the parties of Vostok-2022.
    let found = drills(
        "en",
        "Russia will hold the Vostok-2022 exercise with China in the Far East in \
         September. China and Mongolia joined Russia in the Vostok-2018 exercise.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    let found = drills(
        "id",
        "Rusia akan menggelar latihan Vostok 2022 bersama Tiongkok pada September. \
         Tiongkok dan Mongolia mengikuti latihan Vostok 2018 bersama Rusia.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn two_series_between_nested_parties_stay_apart() {
    let found = drills(
        "en",
        "South Korea and the United States began the Freedom Shield exercise on \
         Monday. South Korea, Japan and the United States also staged the Freedom \
         Edge drills off Jeju on Monday.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_mention_naming_no_series_still_joins_a_named_one() {
    let found = drills(
        "en",
        "Russia will hold the Vostok-2022 exercise in September. Russia and China will \
         hold joint drills in the Far East in September, the ministry said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["China", "Russia"]), "{found:?}");
}

#[test]
fn a_named_exercise_may_open_the_sentence() {
    // en.exercise.named_any: "The" at a sentence start, as "the" inside one.
    let found = drills(
        "en",
        "The Atlas Spear exercise between Morocco and Senegal began on Monday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["Morocco", "Senegal"]), "{found:?}");
}
