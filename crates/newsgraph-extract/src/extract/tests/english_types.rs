//! English constructions of every type but Visit (issue 14), on sentences
//! written for these tests: each fails without the rule or data row it names.

use super::{events, strings};

#[test]
fn a_list_of_who_takes_part_adds_its_states_to_the_exercise_told_before() {
    // en.exercise.participants + merge::continue_event uniting actors of an
    // exercise (merge_overlap) with a list that shares one of its states.
    let cases = [
        "Australia opened the Pitch Black air exercise near Darwin on Monday. \
         The air forces involved are from Japan, India, France and Australia.",
        "Australian warplanes began Exercise Pitch Black over Darwin on Monday. \
         Participating nations include Australia, Japan, India and France.",
        "Australia launched the biennial Pitch Black drills in Darwin on Monday. \
         Also taking part are fighter squadrons of Japan, India, France and Australia.",
    ];
    for text in cases {
        let found = events("en", "2024-07-16 08:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "MilitaryExercise");
        assert_eq!(
            found[0].1,
            strings(&["Australia", "France", "India", "Japan"]),
            "{text}"
        );
    }
}

#[test]
fn a_list_of_who_takes_part_alone_states_no_exercise() {
    // The list only extends an exercise already told that shares a state.
    for text in [
        "The troops involved are from Japan, India and France, the ministry said.",
        "Kenya and Nigeria began a joint naval exercise on Monday. \
         The air forces involved are from Japan, India and France.",
    ] {
        let found = events("en", "2024-07-16 08:00:00", text);
        assert!(
            found.iter().all(|f| !f.1.contains(&"Japan".to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_deal_for_a_named_system_or_a_signed_pact_is_weapons_talks() {
    // weapon-systems.txt: a typographic apostrophe ("David’s Sling"); the
    // requires of en.weapons.verb: missile defence systems and jet engines; its
    // pattern: a signed pact, accord or memorandum of understanding.
    let cases = [
        ("Finland agreed a deal on Monday to buy Israel’s David’s Sling.", ["Finland", "Israel"]),
        ("Finland will buy a missile defence system from Israel, officials said on Monday.", ["Finland", "Israel"]),
        ("India signed a pact with the United States on Monday to build jet engines.", ["India", "United_States"]),
        ("India signed a memorandum of understanding with the United States on Monday to make jet engines.", ["India", "United_States"]),
    ];
    for (text, parties) in cases {
        let found = events("en", "2024-07-16 08:00:00", text);
        let talks: Vec<_> = found.iter().filter(|f| f.0 == "WeaponsTalks").collect();
        assert_eq!(talks.len(), 1, "{text}: {found:?}");
        assert_eq!(talks[0].1, strings(&parties), "{text}");
    }
}
