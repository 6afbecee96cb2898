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
