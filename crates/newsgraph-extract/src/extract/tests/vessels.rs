//! Warships named with their navy's prefix (`lists/vessel-prefixes.tsv`):
//! the name a ship borrows is no place or person, and the ship acts for its
//! state.

use super::{events, strings};

#[test]
fn a_warship_named_for_a_city_is_no_place_and_launches_for_its_state() {
    let found = events(
        "en",
        "2024-12-10",
        "The destroyer HMAS Brisbane test-fired a Tomahawk missile on Tuesday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "MissileTest");
    assert_eq!(found[0].1, strings(&["Australia"]));
    assert_eq!(
        found[0].2, None,
        "Brisbane is the ship, not the city: {found:?}"
    );
}

#[test]
fn a_warship_named_for_a_person_is_its_navy_in_a_drill() {
    let found = events(
        "en",
        "2024-12-10",
        "USS Ronald Reagan and JS Ise held a joint exercise in the Philippine Sea on Friday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Japan", "United_States"]),
        "{found:?}"
    );
    assert_eq!(found[0].2.as_deref(), Some("Philippine_Sea"));
}

#[test]
fn indonesian_hull_numbers_belong_to_the_ship() {
    let found = events(
        "id",
        "2024-12-10",
        "KRI I Gusti Ngurah Rai-332 dan Angkatan Laut Australia menggelar latihan bersama di Laut Arafura pada Senin.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Australia", "Indonesia"]),
        "{found:?}"
    );
}

#[test]
fn the_city_itself_is_still_a_place() {
    let found = events(
        "en",
        "2024-12-10",
        "President Joko Widodo visited Brisbane on Monday.",
    );
    assert_eq!(found[0].2.as_deref(), Some("Brisbane"), "{found:?}");
}

#[test]
fn a_ship_named_after_a_town_after_its_class_noun_is_no_place() {
    // `ship_name` of references.tsv: navies name ships after towns.
    for (lang, text) in [
        (
            "en",
            "The Chinese navy joined the drill with the destroyers Qiqihar and Guiyang and the frigate Rizhao on Monday.",
        ),
        (
            "id",
            "Angkatan Laut China ikut dalam latihan gabungan dengan kapal perusak Qiqihar dan Guiyang pada Senin.",
        ),
    ] {
        let found = events(lang, "2024-07-25", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "MilitaryExercise");
        assert_eq!(found[0].2, None, "a ship, not the town: {text}: {found:?}");
    }
}

#[test]
fn the_town_and_the_sea_beside_a_ship_are_still_places() {
    for (lang, text, place) in [
        (
            "en",
            "China and Russia held a joint naval exercise near Qiqihar on Monday.",
            "Qiqihar",
        ),
        (
            "en",
            "China and Russia held a joint naval exercise with the destroyer Qiqihar in the Sea of Japan on Monday.",
            "Sea_of_Japan",
        ),
        (
            "id",
            "China dan Rusia menggelar latihan gabungan dengan kapal perusak Kunming di Laut Jepang pada Senin.",
            "Sea_of_Japan",
        ),
    ] {
        let found = events(lang, "2024-07-25", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2.as_deref(), Some(place), "{text}: {found:?}");
    }
}
