//! Places named by a phrase that refers back (d2anaph): "the capital",
//! "the Saudi city", "ibu kota Turki itu", "kota tersebut", on sentences
//! written for these tests.

use super::events;

/// The places of the visits found.
fn visit_places(language: &str, text: &str) -> Vec<Option<String>> {
    events(language, "2024-05-20 08:00:00", text)
        .into_iter()
        .filter(|e| e.0 == "Visit")
        .map(|e| e.2)
        .collect()
}

fn assert_visit_in(language: &str, text: &str, place: &str) {
    let found = visit_places(language, text);
    assert!(
        found.iter().any(|p| p.as_deref() == Some(place)),
        "{text}: {found:?}"
    );
}

#[test]
fn the_capital_alone_is_the_capital_of_the_state_in_focus() {
    // references.tsv en `capital_alone`: the city named last is in Kenya.
    assert_visit_in(
        "en",
        "The two navies will sign the accord at a hotel in Mombasa. \
         Chilean Defence Minister Maya Fernandez landed in the capital on Sunday.",
        "Nairobi",
    );
    // A direction from the capital names no place of the event.
    let found = visit_places(
        "en",
        "Talks were held in Kenya. Chilean Defence Minister Maya Fernandez visited a port south of the capital on Sunday.",
    );
    assert!(
        !found.iter().any(|p| p.as_deref() == Some("Nairobi")),
        "{found:?}"
    );
}

#[test]
fn the_city_of_a_state_is_its_city_named_last() {
    // references.tsv en `city_after`: "the Saudi city" after Jeddah.
    assert_visit_in(
        "en",
        "Leaders of the Gulf will gather in Jeddah this week. \
         Chilean President Gabriel Boric arrived in the Saudi city on Monday.",
        "Jeddah",
    );
}

#[test]
fn ibu_kota_before_a_state_is_its_capital() {
    // references.tsv id `capital_prefix`: "ibu kota Kenya itu" is Nairobi.
    assert_visit_in(
        "id",
        "Presiden Chili Gabriel Boric tiba di ibu kota Kenya itu pada Senin (20/5).",
        "Nairobi",
    );
}

#[test]
fn ibu_kota_alone_and_kota_itu_refer_back() {
    // references.tsv id `capital_alone`: the city named last is in Kenya;
    // "Chili" qualifies the president's title, so it is not in focus.
    assert_visit_in(
        "id",
        "Kedua angkatan laut akan menandatangani kesepakatan di Mombasa. \
         Presiden Chili Gabriel Boric tiba di ibu kota pada Minggu (19/5).",
        "Nairobi",
    );
    // id `city_alone`: "kota tersebut" is the city named last.
    assert_visit_in(
        "id",
        "Forum ekonomi itu digelar di Mombasa pekan ini. \
         Presiden Chili Gabriel Boric dijadwalkan berkunjung ke kota tersebut pada Selasa (21/5).",
        "Mombasa",
    );
}
