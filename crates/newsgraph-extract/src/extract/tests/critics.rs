//! Critics of an event take no part in it (issue 14, qen; `critic` and
//! `critic_of` in references.tsv, `extract/critics.rs`). Sentences written
//! for these tests.

use super::{english_actors as actors, strings};

#[test]
fn a_critic_named_after_the_event_takes_no_part_in_it() {
    for (text, event_type, taking_part) in [
        (
            "Chile and Peru held joint naval drills off Arica on Tuesday, which Bolivia condemned as a provocation.",
            "MilitaryExercise",
            vec!["Chile", "Peru"],
        ),
        (
            "Greece and Egypt began air force exercises over Crete on Monday, drawing sharp criticism from Turkey.",
            "MilitaryExercise",
            vec!["Egypt", "Greece"],
        ),
        (
            "Armenia and France signed a deal on Wednesday to buy radars, prompting an angry protest from Azerbaijan.",
            "WeaponsTalks",
            vec!["Armenia", "France"],
        ),
        (
            "India and the Philippines held naval drills near Scarborough Shoal on Friday, amid protests from China.",
            "MilitaryExercise",
            vec!["India", "Philippines"],
        ),
    ] {
        assert_eq!(actors(text, event_type), vec![strings(&taking_part)], "{text}");
    }
}

#[test]
fn a_state_condemning_the_event_takes_no_part_but_keeps_its_own_launch() {
    // critic_of: the drills are what Venezuela condemns; the launch is its own.
    let text = "Colombia and the United States staged joint air drills on Monday. \
                Venezuela condemned the joint drills and fired two missiles on Tuesday.";
    assert_eq!(
        actors(text, "MilitaryExercise"),
        vec![strings(&["Colombia", "United_States"])],
        "{text}"
    );
    assert_eq!(
        actors(text, "MissileTest"),
        vec![strings(&["Venezuela"])],
        "{text}"
    );
    let text = "Tehran denounced the exercise and launched a missile on Tuesday.";
    assert_eq!(
        actors(text, "MissileTest"),
        vec![strings(&["Iran"])],
        "{text}"
    );
}

#[test]
fn a_drill_mentioned_again_within_its_days_stays_one_drill() {
    // merge::another_occasion: an actorless mention of a drill a day later
    // is that drill, not a second one with the same parties.
    let text = "Colombia and the United States staged joint air drills on Monday. \
                The joint drills ended on Tuesday.";
    assert_eq!(
        actors(text, "MilitaryExercise"),
        vec![strings(&["Colombia", "United_States"])],
        "{text}"
    );
}
