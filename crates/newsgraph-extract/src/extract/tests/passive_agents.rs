//! The agent after "by"/"oleh" of an event of states (bby): it acts however
//! long the event noun's phrase while no clause break or other event stands
//! between; a maker ("developed by") never fires; a state that deplores a
//! launch takes no part in it. Sentences written for these tests.

use super::{english_actors, events, strings};

fn indonesian_launches(text: &str) -> Vec<Vec<String>> {
    events("id", "2024-03-15 10:00:00", text)
        .into_iter()
        .filter(|e| e.0 == "MissileTest")
        .map(|e| e.1)
        .collect()
}

#[test]
fn the_agent_of_a_long_launch_phrase_launches() {
    let text = "Pemerintah Chile menyesalkan peluncuran rudal balistik antarbenua (ICBM) oleh Korea Utara pada Rabu.";
    assert_eq!(
        indonesian_launches(text),
        [strings(&["North_Korea"])],
        "{text}"
    );
}

#[test]
fn the_troops_named_before_the_state_still_act() {
    let text = "Uji tembak rudal oleh pasukan Korea Utara dilakukan pada Senin.";
    assert_eq!(
        indonesian_launches(text),
        [strings(&["North_Korea"])],
        "{text}"
    );
}

#[test]
fn who_made_the_missile_does_not_fire_it() {
    let text = "Peru condemned the test of a hypersonic missile developed by Russia.";
    assert!(english_actors(text, "MissileTest").is_empty(), "{text}");
    let text = "Jepang mengecam uji coba rudal hipersonik yang dikembangkan oleh Rusia pada Rabu.";
    assert!(indonesian_launches(text).is_empty(), "{text}");
}

#[test]
fn a_state_that_deplores_a_launch_does_not_launch() {
    let text = "The Chilean government deplored the launch of an intercontinental ballistic missile by North Korea on Wednesday.";
    assert_eq!(
        english_actors(text, "MissileTest"),
        [strings(&["North_Korea"])],
        "{text}"
    );
}

#[test]
fn the_agent_of_a_later_visit_is_not_the_launcher() {
    let text = "North Korea fired a missile on Jan. 6, a test that coincided with a visit to Seoul by U.S. Secretary of State Antony Blinken.";
    let found = english_actors(text, "MissileTest");
    assert!(
        found
            .iter()
            .all(|actors| actors == &strings(&["North_Korea"])),
        "{text}: {found:?}"
    );
}
