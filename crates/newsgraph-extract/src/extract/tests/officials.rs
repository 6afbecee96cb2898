//! Officials named only by role act for their state (issue 14, qen):
//! `actors::stands_for_official`, `role`/`role_of` rows of titles.tsv.
//! Sentences written for these tests.

use super::{english_actors as actors, events, strings};

#[test]
fn an_official_named_only_by_role_travels_for_the_state() {
    // actors::stands_for_official: a visit's traveller named by role.
    for (text, traveller) in [
        ("Peru's foreign minister flew to Quito on Monday.", "Peru"),
        (
            "The Chilean defence minister arrived in Lima on Tuesday for a two-day visit.",
            "Chile",
        ),
    ] {
        assert_eq!(actors(text, "Visit"), vec![strings(&[traveller])], "{text}");
    }
    // A person named beside the role is the traveller.
    let text = "Peru's army chief, General Ana Rojas, will visit Quito next week.";
    let found = actors(text, "Visit");
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    assert!(!found[0].contains(&"Peru".to_string()), "{text}: {found:?}");
}

#[test]
fn a_role_before_the_state_joined_by_of_is_an_official_of_it() {
    // titles.tsv role_of, recognise::roles::role_of; and the added roles.
    for (text, traveller) in [
        (
            "The prime minister of Ecuador travelled to Lima on Tuesday.",
            "Ecuador",
        ),
        (
            "Peru's foreign secretary arrived in Quito on Thursday.",
            "Peru",
        ),
        (
            "Chile's deputy defence minister arrived in Lima on Monday.",
            "Chile",
        ),
    ] {
        assert_eq!(actors(text, "Visit"), vec![strings(&[traveller])], "{text}");
    }
    // A name after the state makes the role its title: the person travels.
    let text = "The President of Peru Dina Boluarte flew to Quito on Monday.";
    let found = actors(text, "Visit");
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    assert!(!found[0].contains(&"Peru".to_string()), "{text}: {found:?}");
    // Someone named after the trigger is no traveller: the official still is.
    let text = "Peru's president flew to Quito on Monday at the invitation of Daniel Noboa.";
    assert_eq!(actors(text, "Visit"), vec![strings(&["Peru"])], "{text}");
}

#[test]
fn drills_states_hold_are_an_exercise_and_civil_drills_are_not() {
    // triggers.tsv en.exercise.held_drills: no other military word needed.
    let text = "Peru and Chile held drills off Arica on Monday.";
    assert_eq!(
        actors(text, "MilitaryExercise"),
        vec![strings(&["Chile", "Peru"])],
        "{text}"
    );
    for none in [
        "Peru held evacuation drills in Lima on Tuesday.",
        "Schools in Lima held earthquake drills on Monday.",
        "The football squad held drills in Lima ahead of the final.",
    ] {
        assert!(actors(none, "MilitaryExercise").is_empty(), "{none}");
    }
}

#[test]
fn sitting_down_with_being_expected_in_and_a_tour_of_are_told_events() {
    // en.meeting.talks "sat down with"; en.visit.travel "expected in", "a tour of".
    let text = "Peru's foreign minister sat down with his Chilean counterpart in Quito on Monday.";
    assert_eq!(
        actors(text, "Meeting"),
        vec![strings(&["Chile", "Peru"])],
        "{text}"
    );
    let text = "Chile's president is expected in Lima later this month.";
    assert_eq!(actors(text, "Visit"), vec![strings(&["Chile"])], "{text}");
    let text = "Peru's president began a tour of South America on Monday with a stop in Quito.";
    assert_eq!(actors(text, "Visit"), vec![strings(&["Peru"])], "{text}");
    for none in [
        "The minister sat down with reporters in Lima on Monday.",
        "Inflation is expected in Peru to ease next year.",
    ] {
        assert!(
            events("en", "2024-03-15 10:00:00", none).is_empty(),
            "{none}"
        );
    }
}

#[test]
fn a_warship_calling_at_a_port_is_no_official_travelling() {
    // actors::stands_for_official leaves vessels (recognise::vessels) out:
    // the call is a visit by the state (en.visit.port_call), of no official.
    let text = "The carrier USS Carl Vinson arrived in Busan on Tuesday.";
    assert_eq!(
        actors(text, "Visit"),
        vec![strings(&["United_States"])],
        "{text}"
    );
    let text = "The carrier USS Carl Vinson flew the flag in Busan on Tuesday.";
    assert!(actors(text, "Visit").is_empty(), "{text}");
}

#[test]
fn a_chief_of_a_service_staff_is_one_title_not_a_name() {
    // "Chief of Defence" alone is a title too: "Staff Gen." is no person.
    let found = events(
        "en",
        "2026-02-12 10:00:00",
        "The Brazilian defence minister was later hosted at a working lunch by Chief of \
         Defence Staff Gen. Anil Chauhan.",
    );
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{found:?}");
    assert!(
        meetings[0].1.contains(&"Anil_Chauhan".to_string()),
        "{found:?}"
    );
    assert!(
        meetings[0].1.iter().all(|a| !a.contains("Staff")),
        "{found:?}"
    );
}
