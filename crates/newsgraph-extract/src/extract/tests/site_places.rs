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

#[test]
fn provinces_towns_and_ranges_of_recurring_drills_and_launches_are_listed() {
    for (text, event_type, place) in [
        (
            "Australian and American marines began a joint exercise in Queensland on Monday.",
            "MilitaryExercise",
            "Queensland",
        ),
        (
            "Indonesian and US soldiers opened a joint drill in Baturaja on Monday.",
            "MilitaryExercise",
            "Baturaja",
        ),
        (
            "Japanese and Indonesian warships began a joint drill off Sabang on Monday.",
            "MilitaryExercise",
            "Sabang",
        ),
        (
            "North Korea fired a ballistic missile from North Hwanghae province on Monday.",
            "MissileTest",
            "North_Hwanghae",
        ),
        (
            "Thai and American sailors held a joint exercise at Sattahip Naval Base on Friday.",
            "MilitaryExercise",
            "Sattahip_Naval_Base",
        ),
    ] {
        let found = places_of("en", text, event_type);
        assert_eq!(found, vec![Some(place.to_string())], "{text}");
    }
}

#[test]
fn a_pronoun_launched_from_a_site_gives_the_launch_told_before_its_place() {
    for (text, place) in [
        (
            "North Korea fired two ballistic missiles on Tuesday. They were launched from Wonsan and flew 400 km.",
            Some("Wonsan"),
        ),
        (
            "North Korea fired a cruise missile on Friday. It was launched from Sinpo, the military said.",
            Some("Sinpo"),
        ),
    ] {
        let found = places_of("en", text, "MissileTest");
        assert_eq!(found, vec![place.map(String::from)], "{text}");
    }
    // Alone it states no launch.
    let found = places_of(
        "en",
        "It was launched from Wonsan on Friday.",
        "MissileTest",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_site_named_after_a_listed_person_is_the_place_and_no_party() {
    // The person's name is part of the site's name; a lower-case head
    // ("training ground", "test site") names a site as a capitalised one does.
    for (text, place) in [
        (
            "Jordanian and American troops ended a joint exercise at the King Abdullah II Special Forces Training Centre on Friday.",
            "site-King_Abdullah_II_Special_Forces_Training_Centre",
        ),
        (
            "Russian and Belarusian troops held a joint drill at the Mulino training ground on Monday.",
            "site-Mulino_training_ground",
        ),
        (
            "Russian and Belarusian troops held a joint drill at the Gorelovo training ground on Monday.",
            "site-Gorelovo_training_ground",
        ),
    ] {
        let found = events("en", "2024-08-20 08:00:00", text);
        let drills: Vec<_> = found.iter().filter(|e| e.0 == "MilitaryExercise").collect();
        assert_eq!(drills.len(), 1, "{text}: {found:?}");
        assert_eq!(drills[0].2.as_deref(), Some(place), "{text}: {found:?}");
        let people = ["Abdullah_II_of_Jordan", "Jose_Raul_Mulino"];
        assert!(
            drills[0].1.iter().all(|a| !people.contains(&a.as_str())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_launch_during_a_drill_of_its_state_takes_the_drills_place() {
    // events.tsv place_from: a launch told with no place of its own, by a
    // state that holds a drill at the time, was fired where the drill is.
    let text = "Australian and American troops began a joint exercise at Shoalwater Bay on Monday. \
                On Wednesday an Australian Army launcher fired a guided missile at a target at sea, the army said.";
    let found = events("en", "2025-07-20 10:00:00", text);
    let launches: Vec<_> = found.iter().filter(|e| e.0 == "MissileTest").collect();
    assert_eq!(launches.len(), 1, "{found:?}");
    assert_eq!(
        launches[0].2.as_deref(),
        Some("Shoalwater_Bay"),
        "{found:?}"
    );
}
