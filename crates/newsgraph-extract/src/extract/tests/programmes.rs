//! False events from articles heavy with security words (aprec): an arms
//! programme told in the progressive, a wish to expand drills, warships on
//! the move, jets sent to a drill, a state that regrets a launch and a plan
//! that never took place.
//! Sentences written for these tests.

use super::events;

const PUBLISHED: &str = "2024-07-13 09:00:00";

fn of_type(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    events(language, PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| e.1)
        .collect()
}

#[test]
fn an_arms_programme_in_the_progressive_is_no_deal() {
    let text = "While India is inducting French jets, Pakistan is buying frigates from China.";
    assert!(of_type("en", text, "WeaponsTalks").is_empty(), "{text}");
    // A purchase told as done stays a deal.
    let text = "Pakistan bought frigates from China in May.";
    assert_eq!(of_type("en", text, "WeaponsTalks").len(), 1, "{text}");
}

#[test]
fn a_wish_to_expand_drills_names_no_drill() {
    let text = "Marles and Teodoro discussed expanding joint naval exercises in the Arafura Sea.";
    assert!(of_type("en", text, "MilitaryExercise").is_empty(), "{text}");
    let text = "Indonesia dan Australia sepakat memperluas latihan bersama di Laut Arafura.";
    assert!(of_type("id", text, "MilitaryExercise").is_empty(), "{text}");
    // Drills held stay drills.
    let text = "Angkatan laut Indonesia dan Australia menggelar latihan bersama di Laut Arafura, Senin (4/3).";
    assert_eq!(of_type("id", text, "MilitaryExercise").len(), 1, "{text}");
}

#[test]
fn warships_on_the_move_are_no_goods_of_a_deal() {
    let text = "Marles and Teodoro discussed the planned passage of Australian frigates through the strait.";
    assert!(of_type("en", text, "WeaponsTalks").is_empty(), "{text}");
    let text = "Marles and Teodoro discussed the sale of Australian frigates to the Philippines.";
    assert_eq!(of_type("en", text, "WeaponsTalks").len(), 1, "{text}");
}

#[test]
fn jets_sent_to_a_drill_are_no_arms_transfer() {
    let text = "Latihan tahun ini diikuti Jepang, India dan Singapura, dan untuk pertama kalinya Prancis mengirimkan pesawat tempur dalam jumlah besar.";
    assert!(of_type("id", text, "WeaponsTalks").is_empty(), "{text}");
    assert_eq!(of_type("id", text, "MilitaryExercise").len(), 1, "{text}");
    let text = "Prancis mengirimkan pesawat tempur Rafale pertama ke Indonesia pada Senin (4/3).";
    assert_eq!(of_type("id", text, "WeaponsTalks").len(), 1, "{text}");
}

#[test]
fn a_state_that_regrets_a_launch_does_not_launch() {
    let text =
        "Pemerintah Jepang menyesalkan peluncuran rudal balistik oleh Korea Utara, Rabu (6/3).";
    let found = of_type("id", text, "MissileTest");
    assert!(
        found
            .iter()
            .all(|actors| !actors.iter().any(|a| a == "Japan")),
        "{text}: {found:?}"
    );
    let text = "Pemerintah Jepang menyesalkan peluncuran rudal balistik Korea Utara, Rabu (6/3).";
    assert_eq!(
        of_type("id", text, "MissileTest"),
        [vec!["North_Korea".to_string()]]
    );
}

#[test]
fn a_plan_that_never_took_place_is_no_event() {
    let text = "A planned trip by Indonesian Defense Minister Prabowo Subianto to Moscow, first reported in spring, never took place.";
    assert!(of_type("en", text, "Visit").is_empty(), "{text}");
    let text = "Pembelian jet tempur J-10 dari China oleh Indonesia tidak pernah terwujud.";
    assert!(of_type("id", text, "WeaponsTalks").is_empty(), "{text}");
    // The plan alone stays a plan.
    let text = "Indonesian Defense Minister Prabowo Subianto plans to travel to Moscow next month.";
    assert_eq!(of_type("en", text, "Visit").len(), 1, "{text}");
}
