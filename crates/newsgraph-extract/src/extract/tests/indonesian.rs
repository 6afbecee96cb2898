//! Indonesian constructions, on sentences written for these tests.

use super::*;

#[test]
fn a_tour_after_a_light_verb_is_a_visit_to_each_listed_state() {
    // "melakukan tur ke A, B dan C": "tur" is a visit noun after a light verb.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Sebelum tiba di Jakarta, Menteri Luar Negeri Antony Blinken sempat melakukan tur ke Vietnam, Kamboja dan Laos.",
    );
    let mut places: Vec<String> = found
        .iter()
        .filter(|f| f.0 == "Visit" && f.1 == strings(&["Antony_Blinken"]))
        .filter_map(|f| f.2.clone())
        .collect();
    places.sort();
    for state in ["Cambodia", "Laos", "Vietnam"] {
        assert!(places.iter().any(|p| p == state), "{state}: {found:?}");
    }
}

#[test]
fn the_polite_you_is_no_place() {
    // "Anda" is a Chinese town's variant name in GeoNames, and "you" in Indonesian.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "\"Kunjungan Anda sangat berarti,\" kata Presiden Joko Widodo kepada Menteri Luar Negeri Antony Blinken di Jakarta.",
    );
    assert!(
        found.iter().all(|f| f.2.as_deref() != Some("Daqing")),
        "{found:?}"
    );
}

/// The gazetteer ids a text's names resolve to.
fn named(language: &str, text: &str) -> Vec<String> {
    let k = knowledge();
    let article = Article {
        source: "test".into(),
        url: None,
        title: None,
        date_published: Some("2024-03-04".into()),
        language: Some(language.into()),
        text: text.into(),
    };
    let recognised = recognise(segment(article, k), k);
    let entities = recognised.entities(k);
    let sentences = recognised.sentences.iter();
    sentences
        .flat_map(|s| s.entities.iter().map(|m| entities[m.entity].id.clone()))
        .collect()
}

#[test]
fn indonesian_words_that_are_variant_place_names_name_nothing() {
    // "Tiba" (arrives) is a variant name of Chiba, "Selam" (dive) one of Salem.
    let ids = named(
        "id",
        "Tiba di Jakarta, Menteri Luar Negeri Antony Blinken meninjau Kapal Selam milik TNI AL.",
    );
    assert!(ids.contains(&"Jakarta".to_string()), "{ids:?}");
    assert!(
        !ids.iter().any(|id| id == "Chiba" || id == "Salem"),
        "{ids:?}"
    );
}
