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

#[test]
fn a_guest_meeting_several_hosts_of_one_state_meets_each() {
    // actors::one_per_host: one meeting per host listed after the trigger.
    let cases = [
        "Ferdinand Marcos Jr. is in Hanoi this week, where he will meet Vietnamese President Vo Van Thuong and Prime Minister Pham Minh Chinh.",
        "Prabowo Subianto held a bilateral meeting in Beijing with Zhao Leji, the head of China's parliament, and then with Premier Li Qiang.",
        "Anthony Albanese met Chinese Premier Li Qiang and parliament chief Zhao Leji in Beijing on Tuesday.",
    ];
    for text in cases {
        let found = events("en", "2024-07-16 08:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|f| f.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 2, "{text}: {found:?}");
        assert!(meetings.iter().all(|m| m.1.len() == 2), "{text}: {found:?}");
    }
}

#[test]
fn hosts_met_as_one_group_or_not_listed_together_stay_one_meeting() {
    // references.tsv host_group ("officials, including"), and no joiner between
    // the hosts (the second is a speaker after a comma).
    let cases = [
        "Kim Jong-un attended a meeting with Russian officials, including Alexander Kozlov and Oleg Kozhemyako, in Khasan on Tuesday.",
        "After the meeting of Antony Blinken with Joko Widodo, Foreign Minister Retno Marsudi said ties were strong.",
    ];
    for text in cases {
        let found = events("en", "2024-07-16 08:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|f| f.0 == "Meeting").collect();
        assert!(meetings.len() <= 1, "{text}: {found:?}");
    }
}

#[test]
fn a_sale_contract_or_transfer_of_military_hardware_is_weapons_talks() {
    // en.weapons.verb / en.weapons.named: the sale, contract, transfer and
    // donation words and the kinds of hardware beyond jets and tanks.
    for (text, parties) in [
        (
            "Nigeria and Italy sealed a deal for 24 light attack aircraft on Monday.",
            ["Italy", "Nigeria"],
        ),
        (
            "Japan agreed to transfer radar systems to the Philippines on Monday.",
            ["Japan", "Philippines"],
        ),
        (
            "Fiji accepted a donation of armoured vehicles from China on Monday.",
            ["China", "Fiji"],
        ),
        (
            "Washington and Taipei concluded an agreement for the sale of coastal defence missiles.",
            ["Taiwan", "United_States"],
        ),
        (
            "Indonesia signed a contract with Italy for two patrol vessels on Monday.",
            ["Indonesia", "Italy"],
        ),
    ] {
        let found = events("en", "2024-07-16 08:00:00", text);
        let talks = found.iter().find(|e| e.0 == "WeaponsTalks").expect(text);
        assert_eq!(talks.1, strings(&parties), "{text}");
    }
    // Airliners, shells of no artillery and missiles only talked about are
    // no arms deal.
    for text in [
        "Indonesia signed a deal with France for 50 Airbus aircraft on Monday.",
        "Vietnam bought shells and pearls from Japan on Monday.",
        "Yoon and Kishida discussed the threat of North Korean missiles in Tokyo on Monday.",
        // status.tsv: a conditional willingness is no event, not even a planned one.
        "Kenya would consider buying armoured vehicles from South Africa if loans could be found.",
    ] {
        let found = events("en", "2024-07-16 08:00:00", text);
        assert!(
            found.iter().all(|e| e.0 != "WeaponsTalks"),
            "{text}: {found:?}"
        );
    }
}
