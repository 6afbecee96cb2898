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
