//! A state as the place of a drill or test, where states are the parties
//! (stop 29): only when the text holds the event in or around it, and only
//! when no nearer place is named; on sentences written for these tests.

use super::events;

const PUBLISHED: &str = "2024-06-02 00:00:00";

fn drill_place(language: &str, text: &str) -> (Vec<String>, Option<String>) {
    let found = events(language, PUBLISHED, text);
    let drill = found.iter().find(|f| f.0 == "MilitaryExercise");
    let drill = drill.unwrap_or_else(|| panic!("{text}: no drill in {found:?}"));
    (drill.1.clone(), drill.2.clone())
}

#[test]
fn a_drill_held_in_or_around_a_state_takes_it_as_its_place() {
    for (language, text, place) in [
        (
            "en",
            "The United States and the Philippines began their annual drills in the Philippines on Saturday.",
            "Philippines",
        ),
        (
            "id",
            "Pasukan Amerika Serikat dan Maroko memulai latihan militer di Maroko pada Sabtu (1/6/2024).",
            "Morocco",
        ),
    ] {
        let (_, found) = drill_place(language, text);
        assert_eq!(found.as_deref(), Some(place), "{text}");
    }
    // Around a state: the place, and no party.
    let (actors, place) = drill_place("en", "China staged war games around Taiwan on Saturday.");
    assert_eq!(place.as_deref(), Some("Taiwan"));
    assert_eq!(actors, ["China"]);
}

#[test]
fn a_state_a_drill_is_against_is_not_its_place() {
    for (language, text) in [
        ("en", "Japan and the United States held naval drills against North Korea on Saturday."),
        ("id", "Jepang dan Amerika Serikat menggelar latihan militer melawan Korea Utara pada Sabtu (1/6/2024)."),
    ] {
        let (_, place) = drill_place(language, text);
        assert_eq!(place, None, "{text}");
    }
}

#[test]
fn a_nearer_place_outranks_the_state_and_a_later_one_refines_it() {
    let (_, place) = drill_place(
        "en",
        "Thai and US marines began drills in Thailand at the Kortahip naval base on Saturday.",
    );
    assert_eq!(place.as_deref(), Some("site-Kortahip_naval_base"));
    // The lead names the state, the detail the island: the island is kept.
    let (_, place) = drill_place(
        "id",
        "Pasukan Filipina dan Amerika Serikat memulai latihan militer di wilayah Filipina pada Sabtu (1/6/2024). \
         Latihan itu digelar di beberapa lokasi di Pulau Luzon.",
    );
    assert_eq!(place.as_deref(), Some("Luzon"));
}

#[test]
fn a_province_is_not_read_as_the_island_its_name_begins_with() {
    // "Sumatera Selatan" is a province; the gazetteer's "Sumatera" (the
    // island) matches inside it unless the province is listed too.
    let (_, place) = drill_place(
        "id",
        "Tentara Indonesia dan Amerika Serikat memulai latihan gabungan di Sendaraja, Sumatera Selatan, pada Sabtu (1/6/2024).",
    );
    assert_eq!(place.as_deref(), Some("South_Sumatra"));
}
