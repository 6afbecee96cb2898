//! English constructions (role references, "between" lists, a welcome on
//! arrival), on sentences written for these tests.

use super::{events, meetings, strings, visits_and_places};

#[test]
fn a_role_after_a_demonym_names_the_person_of_that_state() {
    let found = events(
        "en",
        "2024-06-20",
        "Kim Jong-un inspected a tank factory on Monday. \
         Russian President Vladimir Putin met the North Korean leader in Pyongyang on Wednesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Kim_Jong-un", "Vladimir_Putin"])],
        "{found:?}"
    );
}

#[test]
fn a_role_prefers_the_person_introduced_with_that_title() {
    // Putin is named more often, but Lavrov is the one titled foreign minister.
    let found = events(
        "en",
        "2024-06-20",
        "Russian President Vladimir Putin praised Foreign Minister Sergei Lavrov on Monday. \
         Putin spoke on Tuesday. \
         Chinese Foreign Minister Wang Yi met the Russian foreign minister in Beijing on Wednesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Sergei_Lavrov", "Wang_Yi"])],
        "{found:?}"
    );
}

#[test]
fn a_role_before_a_name_or_with_nobody_named_stays_the_state() {
    // With no person of the state named before, "the Russian president" stays
    // the state's demonym and names no one.
    let found = events(
        "en",
        "2024-06-20",
        "Chinese President Xi Jinping met the Russian president in Beijing on Wednesday.",
    );
    assert!(
        meetings(&found)
            .iter()
            .all(|m| m.len() < 2 || !m.contains(&"Vladimir_Putin".to_string())),
        "{found:?}"
    );
    // A title before a name is the name's title, not a reference.
    let found = events(
        "en",
        "2024-06-20",
        "Kim Jong-un inspected a tank factory on Monday. \
         Xi Jinping met the Russian President Vladimir Putin in Beijing on Wednesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Vladimir_Putin", "Xi_Jinping"])],
        "{found:?}"
    );
}

#[test]
fn a_possessive_state_with_a_role_names_its_person() {
    let found = events(
        "en",
        "2024-06-20",
        "Narendra Modi spoke in Parliament on Monday. \
         Anthony Albanese held talks with India's prime minister in New Delhi on Wednesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Anthony_Albanese", "Narendra_Modi"])],
        "{found:?}"
    );
}

#[test]
fn the_names_listed_after_between_are_the_only_parties() {
    let found = events(
        "en",
        "2023-10-19",
        "Sergei Lavrov arrived in Pyongyang on Wednesday after the summit between \
         Kim Jong-un and Vladimir Putin on September 13.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Kim_Jong-un", "Vladimir_Putin"])],
        "{found:?}"
    );
}

#[test]
fn a_welcome_on_arrival_is_no_meeting_of_its_own() {
    let found = events(
        "en",
        "2024-04-08",
        "Chinese Foreign Minister Wang Yi welcomed Sergei Lavrov at the airport in Beijing on Monday.",
    );
    assert!(meetings(&found).is_empty(), "{found:?}");
    // A welcome elsewhere still is one.
    let found = events(
        "en",
        "2024-04-08",
        "Chinese Foreign Minister Wang Yi welcomed Sergei Lavrov in Beijing on Monday.",
    );
    assert_eq!(meetings(&found).len(), 1, "{found:?}");
}

#[test]
fn leading_a_delegation_to_a_place_or_going_there_is_a_visit() {
    let found = events(
        "en",
        "2025-04-17",
        "Winston Peters, who led a cross-party delegation to Fiji this week, praised the partnership.",
    );
    assert_eq!(
        visits_and_places(&found),
        vec![(strings(&["Winston_Peters"]), Some("Fiji".to_string()))],
        "{found:?}"
    );
    let found = events(
        "en",
        "2023-08-30",
        "Recep Tayyip Erdogan will go to Sochi for talks with Vladimir Putin next week.",
    );
    assert!(
        visits_and_places(&found).contains(&(
            strings(&["Recep_Tayyip_Erdogan"]),
            Some("Sochi".to_string())
        )),
        "{found:?}"
    );
}

#[test]
fn ships_and_travel_as_nouns_make_no_event() {
    let found = events(
        "en",
        "2024-06-11",
        "The Houthis have been targeting ships bound for Israel with missiles and drones.",
    );
    assert!(found.iter().all(|e| e.0 != "WeaponsTalks"), "{found:?}");
    let found = events(
        "en",
        "2025-04-17",
        "Winston Peters outlined a plan to ease travel access for Fijians.",
    );
    assert!(visits_and_places(&found).is_empty(), "{found:?}");
}

#[test]
fn a_lower_case_chairman_introduces_the_person_he_names() {
    let found = events(
        "en",
        "2023-06-22",
        "Narendra Modi met General Electric chairman Lawrence Culp in Washington on Wednesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Narendra_Modi", "person-Lawrence_Culp"])],
        "{found:?}"
    );
}

#[test]
fn being_due_in_a_place_is_a_visit_there() {
    let found = events(
        "en",
        "2023-07-17",
        "Recep Tayyip Erdogan will travel to Qatar on Tuesday. On Wednesday, he is due in the United Arab Emirates.",
    );
    let places: Vec<Option<String>> = visits_and_places(&found).into_iter().map(|v| v.1).collect();
    assert!(
        places.contains(&Some("United_Arab_Emirates".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_summit_named_for_an_organisation_takes_it_as_a_party() {
    let found = events(
        "en",
        "2020-09-03",
        "Rajnath Singh attended the SCO Defence Ministers' meeting in Moscow on Friday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&[
            "Rajnath_Singh",
            "Shanghai_Cooperation_Organisation"
        ])],
        "{found:?}"
    );
}
