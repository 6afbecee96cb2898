//! Exercises named by capitalised words ("the African Lion manoeuvres",
//! "Exercise Bersama Lima"): they need no military word, and the names
//! inside an exercise's name are no party or place of it.

use super::events;

#[test]
fn an_exercise_named_by_capitalised_words_needs_no_military_word_and_its_name_is_no_party() {
    let cases = [
        (
            "Morocco and the United States kicked off the annual African Lion manoeuvres on Monday.",
            vec!["Morocco", "United_States"],
        ),
        (
            "Georgia and the United States launched the Noble Partner drills on Monday.",
            vec!["Georgia", "United_States"],
        ),
        (
            "Brazil and South Africa began the IBSAMAR maritime exercise on Monday.",
            vec!["Brazil", "South_Africa"],
        ),
        (
            "Malaysia and Singapore will join Exercise Bersama Lima next month.",
            vec!["Malaysia", "Singapore"],
        ),
    ];
    for (text, states) in cases {
        let found = events("en", "2024-06-05 10:00:00", text);
        let exercise = found.iter().find(|e| e.0 == "MilitaryExercise");
        let mut states: Vec<String> = states.iter().map(|s| s.to_string()).collect();
        states.sort();
        assert_eq!(exercise.map(|e| &e.1), Some(&states), "{text}: {found:?}");
        // "Lion" and "Lima" name the exercise, not Lyon or Lima.
        assert_eq!(
            exercise.and_then(|e| e.2.clone()),
            None,
            "{text}: {found:?}"
        );
    }
    // A name before another kind of exercise is no drill.
    let found = events(
        "en",
        "2024-06-05 10:00:00",
        "Kenya and Uganda joined the Nile Basin budget exercise on Monday.",
    );
    assert!(found.iter().all(|e| e.0 != "MilitaryExercise"), "{found:?}");
}
