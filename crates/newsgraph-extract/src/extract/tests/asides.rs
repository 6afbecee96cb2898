//! A third party acting beside the event takes no part in it (rparty;
//! `aside` and the relative `critic` rows of references.tsv,
//! `critics::without_asides`). Sentences written for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2024-05-15 09:00:00";

/// The sorted actors of every event of `event_type`.
fn actors(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    events(language, PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| e.1)
        .collect()
}

#[test]
fn a_state_acting_in_a_clause_of_time_takes_no_part_in_the_drill() {
    for (language, text) in [
        ("en", "Chile and Peru held naval drills off Arica on Tuesday, days after Bolivia fired a rocket."),
        ("en", "Two weeks after Bolivia sent troops to the border, Chile and Peru began naval drills on Tuesday."),
        ("en", "Chile and Peru held naval drills off Arica on Tuesday as Bolivia looked on."),
        ("en", "Chile and Peru held naval drills off Arica on Tuesday that Bolivia called a provocation."),
        ("id", "Chile dan Peru menggelar latihan angkatan laut pada Selasa, sepekan setelah Bolivia menembakkan roket."),
        ("id", "Chile dan Peru menggelar latihan angkatan laut yang dikecam Bolivia pada Selasa."),
    ] {
        let found = actors(language, text, "MilitaryExercise");
        assert_eq!(found, vec![strings(&["Chile", "Peru"])], "{text}");
    }
}

#[test]
fn a_launch_right_after_a_drill_keeps_each_its_own_parties() {
    // The drill's trigger stands in the clause of time: the launcher before it is another's.
    let text = "Venezuela fired two missiles on Tuesday, hours after Colombia and Brazil ended their joint drills.";
    assert_eq!(
        actors("en", text, "MilitaryExercise"),
        vec![strings(&["Brazil", "Colombia"])],
        "{text}"
    );
    assert_eq!(
        actors("en", text, "MissileTest"),
        vec![strings(&["Venezuela"])],
        "{text}"
    );
}

#[test]
fn parties_named_only_in_the_clause_or_by_their_own_name_for_the_event_stay() {
    // Nobody else named: the clause names the parties themselves.
    let text =
        "The naval drills began off Arica on Tuesday after Chile and Peru agreed on the plan.";
    assert_eq!(
        actors("en", text, "MilitaryExercise"),
        vec![strings(&["Chile", "Peru"])],
        "{text}"
    );
    // A launcher naming its own missile is its actor, not a critic.
    let text = "Venezuela fired a missile on Tuesday that Venezuela called the Relampago-2.";
    assert_eq!(
        actors("en", text, "MissileTest"),
        vec![strings(&["Venezuela"])],
        "{text}"
    );
    // What the third party acted on may be the event's parties.
    let text = "Chile and Peru held naval drills on Tuesday after Bolivia voiced concern about ties between Chile and Peru.";
    assert_eq!(
        actors("en", text, "MilitaryExercise"),
        vec![strings(&["Chile", "Peru"])],
        "{text}"
    );
}
