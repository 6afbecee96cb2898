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
fn a_list_of_who_takes_part_joins_the_exercise_even_without_a_shared_state() {
    // references.tsv participant_list: the list's states join the drill told before.
    let found = events(
        "en",
        "2024-07-16 08:00:00",
        "Kenya and Nigeria began a joint naval exercise off Lagos on Monday. \
         Also taking part are warships of India and France.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["France", "India", "Kenya", "Nigeria"])
    );
}

#[test]
fn a_list_of_who_takes_part_alone_states_no_exercise() {
    // With no exercise told before, the list states none.
    for text in [
        "The troops involved are from Japan, India and France, the ministry said.",
        "Vladimir Putin met Xi Jinping in Beijing on Monday. \
         The delegations involved were from Russia, China and India.",
    ] {
        let found = events("en", "2024-07-16 08:00:00", text);
        assert!(
            found.iter().all(|f| f.0 != "MilitaryExercise"),
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

#[test]
fn a_statement_back_about_the_exercise_adds_the_states_it_shares_it_with() {
    // merge::continue_event, merge_overlap: a continuation sharing one state
    // with the exercise attaches to it, and its other states join.
    let found = events(
        "en",
        "2024-07-16 08:00:00",
        "Russia and Belarus began joint military drills near Minsk on Monday. \
         Troops of India and Russia took part in the drills on Tuesday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["Belarus", "India", "Russia"]));
}
