//! Parties of Indonesian reports a title introduced and the text names again
//! by surname or across sentences (stop 39, e3parid).

use super::{events, visits_and_places};

#[test]
fn a_surname_is_the_person_a_title_introduced_not_a_listed_namesake() {
    // "Hammond" is listed as Philip Hammond's short form; here it is the
    // admiral the article introduced by his rank.
    let found = events(
        "id",
        "2023-06-06 10:00:00",
        "Kepala Staf Angkatan Laut menerima Kepala Angkatan Laut Australia Vice Admiral \
         Mark Hammond di Makassar, Senin. Hammond tiba di Makassar pada Minggu pagi \
         untuk menghadiri pembukaan latihan.",
    );
    let visitors: Vec<Vec<String>> = visits_and_places(&found)
        .into_iter()
        .map(|(actors, _)| actors)
        .collect();
    assert!(
        visitors
            .iter()
            .any(|a| a.contains(&"person-Mark_Hammond".to_string())),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|e| e.1.contains(&"Philip_Hammond".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_titled_surname_that_is_also_a_city_ends_the_name() {
    // Sakai is a listed Japanese city; after a rank and a given name it is
    // the admiral's surname, and the admiral is the visitor.
    let found = events(
        "id",
        "2024-06-19 10:00:00",
        "Laksamana Ryo Sakai berkunjung ke Markas Besar TNI AL di Jakarta, Selasa (18/6/2024).",
    );
    let visits = visits_and_places(&found);
    assert!(
        visits
            .iter()
            .any(|(a, _)| a.contains(&"person-Ryo_Sakai".to_string())),
        "{found:?}"
    );
}

#[test]
fn an_indonesian_provincial_capital_is_the_place_of_a_visit() {
    // Banda Aceh, Manado and Kendari are listed cities, not unknown words
    // that leave the visit with its visitor alone (or only its province).
    let found = events(
        "id",
        "2023-05-18 10:00:00",
        "Duta Besar Jepang Kenji Watanabe tiba di Banda Aceh, Rabu (17/5/2023). \
         Sehari kemudian ia terbang ke Manado.",
    );
    let places: Vec<Option<String>> = visits_and_places(&found)
        .into_iter()
        .map(|(_, place)| place)
        .collect();
    assert!(
        places.contains(&Some("Banda_Aceh".to_string())),
        "{found:?}"
    );
    assert!(places.contains(&Some("Manado".to_string())), "{found:?}");
}
