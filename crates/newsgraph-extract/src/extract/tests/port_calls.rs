//! A warship's port call is a visit by its state (`subject` = `vessel` in
//! triggers.tsv, `actors::vessel_actor`, references.tsv `vessel_before` and
//! `vessel_after`). Sentences written for these tests.

use super::{events, strings, visits_and_places};

const PUBLISHED: &str = "2024-06-05 08:00:00";

#[test]
fn a_warship_calling_at_a_foreign_port_is_a_visit_by_its_state() {
    for (lang, text, state, port) in [
        // A prefix names the ship's state.
        (
            "en",
            "The frigate HMAS Warramunga docked at Busan on Monday.",
            "Australia",
            "Busan",
        ),
        // A demonym before a ship's noun (vessel_after).
        (
            "en",
            "A French naval task group made a port call in Manila on Tuesday.",
            "France",
            "Manila",
        ),
        // A ship's noun before the state (vessel_before).
        (
            "id",
            "Kapal perang Prancis bersandar di Pelabuhan Surabaya pada Senin (3/6/2024).",
            "France",
            "Surabaya",
        ),
        (
            "id",
            "Kapal latih INS Tir berlabuh di Pelabuhan Makassar sejak Senin (3/6/2024).",
            "India",
            "Makassar",
        ),
    ] {
        let found = events(lang, PUBLISHED, text);
        assert_eq!(
            visits_and_places(&found),
            vec![(strings(&[state]), Some(port.to_string()))],
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_port_call_is_expected_when_the_text_plans_it() {
    let text = "A U.S. nuclear-armed submarine will make a port call in South Korea next month.";
    let found = events("en", PUBLISHED, text);
    let visit: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
    assert_eq!(visit.len(), 1, "{found:?}");
    assert_eq!(visit[0].1, strings(&["United_States"]), "{found:?}");
    assert_eq!(visit[0].4, "expected", "{found:?}");
}

#[test]
fn a_ship_back_in_a_port_of_its_own_state_visits_no_one() {
    for (lang, text) in [
        (
            "en",
            "The destroyer HMAS Hobart docked at Darwin on Monday.",
        ),
        (
            "id",
            "KRI Bima Suci berlabuh di Pelabuhan Surabaya pada Senin (3/6/2024).",
        ),
    ] {
        let found = events(lang, PUBLISHED, text);
        assert!(visits_and_places(&found).is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_port_call_told_within_a_drill_is_part_of_the_drill() {
    let text = "The joint exercise involved the carrier USS Theodore Roosevelt, which arrived in Busan on Saturday.";
    let found = events("en", PUBLISHED, text);
    assert!(visits_and_places(&found).is_empty(), "{found:?}");
    assert!(found.iter().any(|e| e.0 == "MilitaryExercise"), "{found:?}");
}

#[test]
fn no_port_call_without_a_warship() {
    // A person arriving at a port travels as ever; a port call needs a ship.
    let text = "Wisatawan Jepang bersandar di Pelabuhan Benoa pada Senin (3/6/2024).";
    let found = events("id", PUBLISHED, text);
    assert!(visits_and_places(&found).is_empty(), "{found:?}");
}

#[test]
fn a_wharf_named_for_a_person_is_no_place_of_the_call() {
    let text = "Kapal perang Prancis bersandar di Dermaga Soekarno-Hatta, Pelabuhan Makassar, pada Senin (3/6/2024).";
    let found = events("id", PUBLISHED, text);
    assert_eq!(
        visits_and_places(&found),
        vec![(strings(&["France"]), Some("Makassar".to_string()))],
        "{found:?}"
    );
}

#[test]
fn a_ship_named_after_the_visit_noun_is_the_visitor() {
    let text =
        "Kunjungan kapal perang Prancis ke Pelabuhan Makassar berlangsung pada Senin (3/6/2024).";
    let found = events("id", PUBLISHED, text);
    assert_eq!(
        visits_and_places(&found),
        vec![(strings(&["France"]), Some("Makassar".to_string()))],
        "{found:?}"
    );
    // Foreign ships in general are no state's visit; a noun naming the call
    // with no port it goes to refers back to one told before.
    for text in [
        "Kunjungan kapal perang asing ke Pelabuhan Makassar semakin sering.",
        "Gubernur menyebut kunjungan kapal Prancis itu sebagai kehormatan bagi warga Sulawesi Selatan.",
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(visits_and_places(&found).is_empty(), "{text}: {found:?}");
    }
}
