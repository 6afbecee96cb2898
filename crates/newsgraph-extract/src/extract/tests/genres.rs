//! English wire briefs, long analyses and interviews (stop 31, sgenre): a
//! dateline's own date, background events told inside a "since" phrase,
//! "a visit by X", talks held for the first time, offers turned down,
//! conditions, cancelled plans, "would be the first time", the hosts of a
//! drill and a speaker telling where missiles landed. Sentences written for
//! these tests.

use super::{strings, Found};

fn found(published: &str, text: &str, event_type: &str) -> Vec<Found> {
    super::of_type("en", published, text, event_type)
}

fn actors(text: &str, event_type: &str) -> Vec<Vec<String>> {
    found("2024-03-15 09:00:00", text, event_type)
        .into_iter()
        .map(|e| e.1)
        .collect()
}

#[test]
fn a_dateline_date_without_a_publisher_dates_no_event() {
    for text in [
        "SEOUL, March 3 - North Korea fired two ballistic missiles into the sea on Tuesday, the South's military said.",
        "SEOUL, March 3, 2024 — North Korea fired two ballistic missiles into the sea on Tuesday.",
        "Seoul, March 3 (Wire) North Korea fired two ballistic missiles into the sea on Tuesday.",
        "SEOUL, March 3 (Wire): North Korea fired two ballistic missiles into the sea on Tuesday.",
    ] {
        let tests = found("2024-03-06 09:00:00", text, "MissileTest");
        assert_eq!(tests.len(), 1, "{text}: {tests:?}");
        assert_eq!(tests[0].3.as_deref(), Some("2024-03-05"), "{text}");
        // The dateline's city is where the reporter files, not the launch site.
        assert_eq!(tests[0].2, None, "{text}");
    }
}

#[test]
fn a_trigger_inside_a_since_phrase_takes_its_date() {
    let text = "Albanese arrived in Beijing on Monday. It is the first visit by an Australian leader since Malcolm Turnbull travelled to China in 2016.";
    let visits = found("2024-03-15 09:00:00", text, "Visit");
    let turnbull = visits
        .iter()
        .find(|e| e.1 == strings(&["Malcolm_Turnbull"]))
        .unwrap_or_else(|| panic!("{visits:?}"));
    assert_eq!(turnbull.3.as_deref(), Some("2016"));
    // The reported visit still takes no date from the "since" phrase.
    let albanese = visits
        .iter()
        .find(|e| e.1 == strings(&["Anthony_Albanese"]))
        .unwrap_or_else(|| panic!("{visits:?}"));
    assert_eq!(albanese.3.as_deref(), Some("2024-03-11"));
}

#[test]
fn a_visit_by_a_named_person_is_theirs() {
    for text in [
        "A visit by Putin to Beijing is expected later this year.",
        "The visit by Vladimir Putin to Beijing took place on Monday.",
        "The launch came during a visit to Beijing by Russian President Vladimir Putin on Monday.",
    ] {
        assert_eq!(
            actors(text, "Visit"),
            [strings(&["Vladimir_Putin"])],
            "{text}"
        );
    }
    // A title with "of" between the agent marker and the name.
    let text = "The test coincided with a visit to Seoul by U.S. Secretary of State Antony Blinken on Monday.";
    assert_eq!(actors(text, "Visit"), [strings(&["Antony_Blinken"])]);
}

#[test]
fn a_visit_by_people_of_no_name_is_no_visit() {
    for text in [
        "A visit by tourists to the old palace was cancelled on Monday.",
        "The museum recorded a visit by 3,000 schoolchildren on Monday.",
    ] {
        assert!(actors(text, "Visit").is_empty(), "{text}");
    }
}

#[test]
fn talks_held_for_the_first_time_are_a_meeting() {
    let text = "Russian and Ukrainian delegations held their first direct peace talks in Istanbul on Friday.";
    assert_eq!(
        actors(text, "Meeting"),
        [strings(&["Russia", "Ukraine"])],
        "{text}"
    );
    // A conference on talks is no talks held.
    for text in [
        "Russia and Ukraine held a news conference on the talks on Friday.",
        "Russia and Ukraine held a joint press briefing after the talks on Friday.",
    ] {
        assert!(actors(text, "Meeting").is_empty(), "{text}");
    }
}

#[test]
fn an_offer_to_meet_turned_down_is_no_meeting() {
    for text in [
        "Putin had ignored Zelensky's challenge to meet him face to face.",
        "Putin rejected Zelensky's offer to meet in Istanbul on Thursday.",
    ] {
        assert!(actors(text, "Meeting").is_empty(), "{text}");
    }
    // An accepted invitation is still a plan.
    let text = "Putin accepted Xi's invitation to meet in Beijing next month.";
    assert_eq!(
        actors(text, "Meeting"),
        [strings(&["Vladimir_Putin", "Xi_Jinping"])]
    );
}

#[test]
fn a_condition_on_ones_own_trip_states_no_plan() {
    let text =
        "Trump said he would only go to Budapest if there was a real prospect of a ceasefire.";
    assert!(actors(text, "Visit").is_empty(), "{text}");
    let text = "Trump said he would go to Budapest next week.";
    assert_eq!(actors(text, "Visit"), [strings(&["Donald_Trump"])]);
}

#[test]
fn a_planned_meeting_dropped_after_an_inserted_clause_is_no_event() {
    let text = "A preparatory meeting between Marco Rubio and Sergei Lavrov, which had been pencilled in for this week, was also dropped after the two men spoke by phone on Monday.";
    assert!(actors(text, "Meeting").is_empty(), "{text}");
}

#[test]
fn what_would_be_the_first_time_is_still_to_come() {
    let text = "Japan is scheduled to fire a Type 12 missile off the Queensland coast later this month. It would be the first time Japan has launched the missile abroad.";
    let tests = found("2024-03-15 09:00:00", text, "MissileTest");
    assert_eq!(tests.len(), 1, "{tests:?}");
    assert_eq!(tests[0].4, "expected");
}

#[test]
fn the_hosts_of_a_drill_receive_no_guest() {
    let text = "Joining the two hosts are Japan, the United Kingdom, Canada and New Zealand.";
    assert!(actors(text, "Meeting").is_empty(), "{text}");
    let text = "Kishida hosts Canadian Prime Minister Justin Trudeau in Tokyo on Monday.";
    assert_eq!(actors(text, "Meeting").len(), 1, "{text}");
}

#[test]
fn a_speaker_telling_where_the_missiles_landed_launched_none() {
    let text = "Japan's defence ministry said the missiles appeared to have landed outside its exclusive economic zone.";
    assert!(actors(text, "MissileTest").is_empty(), "{text}");
    let text = "North Korea fired two missiles on Monday, and Japan said the missiles landed outside its zone.";
    assert_eq!(actors(text, "MissileTest"), [strings(&["North_Korea"])]);
}

#[test]
fn an_exercise_of_the_rocket_force_is_no_launch() {
    let text = "The Eastern Theater Command launched joint army, navy and rocket force exercises around Taiwan on Tuesday.";
    assert!(actors(text, "MissileTest").is_empty(), "{text}");
    let text = "China's rocket force launched two ballistic missiles into the sea on Tuesday.";
    assert_eq!(actors(text, "MissileTest"), [strings(&["China"])]);
}

#[test]
fn the_days_that_followed_a_dated_event_share_its_time() {
    let text = "The pattern was set in August 2022, when Nancy Pelosi visited Taipei. In the days that followed, China fired ballistic missiles into waters off the island.";
    let tests = found("2025-04-03 09:00:00", text, "MissileTest");
    assert_eq!(tests.len(), 1, "{tests:?}");
    assert_eq!(tests[0].3.as_deref(), Some("2022-08"));
}

#[test]
fn scenario_talk_states_no_event() {
    for (text, event_type) in [
        (
            "A war game run by the Center for Strategic and International Studies found that China would lose most of its navy.",
            "MilitaryExercise",
        ),
        (
            "Were Russia to supply fighter jets to Iran, Israel would respond.",
            "WeaponsTalks",
        ),
        (
            "A researcher said Australia and Japan should hold more drills together.",
            "MilitaryExercise",
        ),
    ] {
        assert!(actors(text, event_type).is_empty(), "{text}");
    }
    // A drill staged by states, and one that should begin on a date, stay.
    let text = "The war games, staged by China around Taiwan, ended on Wednesday.";
    assert_eq!(actors(text, "MilitaryExercise"), [strings(&["China"])]);
    let text = "Japan and Australia should hold their first joint drills next month.";
    assert_eq!(
        actors(text, "MilitaryExercise"),
        [strings(&["Australia", "Japan"])]
    );
}

#[test]
fn what_one_state_wants_another_to_do_is_to_come() {
    let text = "Washington wants Tokyo to buy Tomahawk missiles.";
    let deals = found("2024-03-15 09:00:00", text, "WeaponsTalks");
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(deals[0].4, "expected");
    // Pressing ahead with a sale is doing it.
    let text = "Washington pressed ahead with the sale of F-16 jets to Turkey on Monday.";
    let deals = found("2024-03-15 09:00:00", text, "WeaponsTalks");
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(deals[0].4, "occurred");
}

#[test]
fn those_joining_the_hosts_take_part_in_the_drill() {
    let text = "Australia and the United States opened the Talisman Sabre exercise on Sunday. Joining the two hosts are Japan, Canada and New Zealand.";
    assert_eq!(
        actors(text, "MilitaryExercise"),
        [strings(&[
            "Australia",
            "Canada",
            "Japan",
            "New_Zealand",
            "United_States"
        ])]
    );
    // Joining talks or an alliance is no part in the drill.
    for text in [
        "Australia and the United States opened the Talisman Sabre exercise on Sunday. Joining the talks were envoys from France and Germany.",
        "Australia and the United States opened the Talisman Sabre exercise on Sunday. Joining the alliance were Finland and Sweden.",
    ] {
        assert_eq!(
            actors(text, "MilitaryExercise"),
            [strings(&["Australia", "United_States"])],
            "{text}"
        );
    }
}
