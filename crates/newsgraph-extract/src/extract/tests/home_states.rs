//! Stop 34 (vparty): a visitor travels for the state they serve
//! (`add_home_and_host_states`, events.tsv `home_states`). Sentences written for these tests.

use super::actors_after;
use crate::extract::add_home_and_host_states;

/// The sorted actor ids of each event of `event_type`, after `add_home_and_host_states`.
fn reported(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    actors_after(language, text, event_type, add_home_and_host_states)
}

#[test]
fn a_visit_counts_the_state_the_visitor_serves() {
    // A listed person: the gazetteer's state.
    // Its host (`host_state`): the state Jakarta lies in.
    let text = "Richard Marles landed in Jakarta on Monday for two days of defence talks.";
    assert_eq!(
        reported("en", text, "Visit"),
        vec![vec![
            "Australia".to_string(),
            "Indonesia".to_string(),
            "Richard_Marles".to_string()
        ]]
    );
    // A person the article introduces by a title: the title's state.
    let text =
        "Menteri Pertahanan Kenya Halima Wanjiru Odhiambo tiba di Seoul pada Senin (18/8/2025).";
    let visits = reported("id", text, "Visit");
    assert!(
        visits.iter().any(|a| a.contains(&"Kenya".to_string())),
        "{visits:?}"
    );
}

#[test]
fn a_meeting_keeps_its_people_alone() {
    // Who met whom stays between the people (events.tsv: Meeting has no home_states).
    let text = "Richard Marles met Sjafrie Sjamsoeddin in Jakarta on Monday.";
    assert_eq!(
        reported("en", text, "Meeting"),
        vec![vec![
            "Richard_Marles".to_string(),
            "Sjafrie_Sjamsoeddin".to_string()
        ]]
    );
}

#[test]
fn a_drill_counts_the_state_it_is_held_in() {
    // `host_state` of MilitaryExercise: a drill in Darwin is Australia's too.
    let text = "Japan and the United States held air combat drills in Darwin on Monday.";
    assert_eq!(
        reported("en", text, "MilitaryExercise"),
        vec![vec![
            "Australia".to_string(),
            "Japan".to_string(),
            "United_States".to_string()
        ]]
    );
    // A drill at sea has no host.
    let text = "Japan and the United States held naval drills in the Philippine Sea on Monday.";
    assert_eq!(
        reported("en", text, "MilitaryExercise"),
        vec![vec!["Japan".to_string(), "United_States".to_string()]]
    );
}
