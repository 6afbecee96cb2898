//! Visits in both languages (constructions of the traveller, destinations,
//! legs of a trip), on sentences written for these tests.

use super::{events, strings};

/// (visitor ids, place id) of every visit found.
fn visits(language: &str, text: &str) -> Vec<(Vec<String>, Option<String>)> {
    events(language, "2024-05-20 08:00:00", text)
        .into_iter()
        .filter(|e| e.0 == "Visit")
        .map(|e| (e.1, e.2))
        .collect()
}

#[test]
fn a_fronted_clause_without_subject_takes_the_main_clauses_subject() {
    // The traveller of "Saat mengunjungi X, Y …" is Y, not someone named before.
    for (language, text, visitor, place) in [
        (
            "id",
            "Anthony Albanese berbicara di Canberra. Saat mengunjungi Vietnam pekan lalu, Prabowo Subianto menandatangani kesepakatan perikanan.",
            "Prabowo_Subianto",
            "Vietnam",
        ),
        (
            "id",
            "Dalam perjalanan ke Jepang bulan lalu, Menteri Luar Negeri AS Antony Blinken menyerukan kerja sama maritim.",
            "Antony_Blinken",
            "Japan",
        ),
        (
            "en",
            "Anthony Albanese spoke in Canberra. While visiting Peru last week, Prabowo Subianto signed a fisheries pact.",
            "Prabowo_Subianto",
            "Peru",
        ),
        (
            "en",
            "During his trip to Kenya, US Secretary of State Antony Blinken praised the peace talks.",
            "Antony_Blinken",
            "Kenya",
        ),
    ] {
        let found = visits(language, text);
        assert_eq!(
            found,
            vec![(strings(&[visitor]), Some(place.to_string()))],
            "{text}"
        );
    }
}

/// The places of `visitor`'s visits, sorted.
fn places_of(found: &[(Vec<String>, Option<String>)], visitor: &str) -> Vec<String> {
    let mut places: Vec<String> = found
        .iter()
        .filter(|(actors, _)| actors == &strings(&[visitor]))
        .filter_map(|(_, place)| place.clone())
        .collect();
    places.sort();
    places
}

#[test]
fn a_statement_continuing_a_trip_to_another_country_is_another_leg() {
    // A sentence naming no traveller but the trip ("the delegation's Samoa
    // stop", "rombongan") adds a visit per destination it marks.
    for (language, text, visitor, expected) in [
        (
            "en",
            "Winston Peters arrived in Samoa on Monday. The delegation's Samoa stop followed visits to Tonga and Fiji.",
            "Winston_Peters",
            vec!["Fiji", "Samoa", "Tonga"],
        ),
        (
            "en",
            "Prabowo Subianto arrived in Peru on Friday. The delegation will then travel to Brazil.",
            "Prabowo_Subianto",
            vec!["Brazil", "Peru"],
        ),
        (
            "id",
            "Presiden Joko Widodo tiba di Nairobi pada Minggu. Setelah itu, rombongan akan bertolak ke Maputo pada Selasa.",
            "Joko_Widodo",
            vec!["Maputo", "Nairobi"],
        ),
    ] {
        let found = visits(language, text);
        assert_eq!(places_of(&found, visitor), strings(&expected), "{text}: {found:?}");
    }
    // Told apart from the trip, an unnamed delegation's journey is no leg of it.
    let text = "Prabowo Subianto arrived in Peru on Friday. The weather was hot. A delegation later travelled to Chile.";
    let found = visits("en", text);
    assert_eq!(
        places_of(&found, "Prabowo_Subianto"),
        strings(&["Peru"]),
        "{found:?}"
    );
}

#[test]
fn a_fronted_trip_with_its_place_before_the_noun_or_set_off_by_di_sela_is_a_visit() {
    // wfront: "During his Nairobi visit, X …" (the place before the trip
    // noun) and "Di sela kunjungan kerjanya di Canberra, X …" (a scene set
    // by the traveller's own trip) tell the visit of the main clause's subject.
    for (language, text, visitor, place) in [
        (
            "en",
            "During his Nairobi visit, Indian Prime Minister Narendra Modi praised the peace talks.",
            "Narendra_Modi",
            "Nairobi",
        ),
        (
            "en",
            "On her first Tokyo trip as minister, Australian Foreign Minister Penny Wong praised the maritime talks.",
            "Penny_Wong",
            "Tokyo",
        ),
        (
            "id",
            "Di sela kunjungan kerjanya di Canberra, Menhan Sjafrie Sjamsoeddin menandatangani perjanjian pertahanan.",
            "Sjafrie_Sjamsoeddin",
            "Canberra",
        ),
        (
            "id",
            "Di sela-sela kunjungan kerja ke Manila, Panglima TNI Agus Subiyanto menandatangani nota kesepahaman.",
            "Agus_Subiyanto",
            "Manila",
        ),
    ] {
        let found = visits(language, text);
        assert_eq!(
            found,
            vec![(strings(&[visitor]), Some(place.to_string()))],
            "{text}"
        );
    }
    // Someone else's visit sets the scene of no trip of the subject.
    let text = "Di sela kunjungan Presiden Xi Jinping ke Jakarta, Presiden Joko Widodo meresmikan jalan tol.";
    assert!(visits("id", text).is_empty(), "{text}");
}

#[test]
fn a_travellers_stop_named_by_its_place_before_the_noun_is_a_visit() {
    // wfront: "Marles's Fiji stop", "cut short his Fiji stop".
    for text in [
        "Australian Defence Minister Richard Marles's Fiji stop lasted one day.",
        "Australian Defence Minister Richard Marles cut short his Fiji stop on Monday.",
    ] {
        assert_eq!(
            visits("en", text),
            vec![(strings(&["Richard_Marles"]), Some("Fiji".to_string()))],
            "{text}"
        );
    }
    // A call to stop something is no stop.
    let text = "Australian Defence Minister Richard Marles urged Fiji to stop the fighting.";
    assert!(visits("en", text).is_empty(), "{text}");
}
