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
