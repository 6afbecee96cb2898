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
    let article = article(language, "2024-03-04", text);
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

#[test]
fn a_summit_named_for_an_organisation_takes_it_as_a_party() {
    // "KTT ke-44 ASEAN": the bloc takes part; with a place it needs no second actor.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "KTT ke-44 ASEAN akan digelar di Vientiane pada Oktober.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Meeting");
    assert_eq!(found[0].1, strings(&["ASEAN"]));
    assert_eq!(found[0].2.as_deref(), Some("Vientiane"));
    // Who attends it is a party beside the organisation.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Perdana Menteri Anthony Albanese menghadiri KTT G20 di Rio de Janeiro pekan lalu.",
    );
    let meeting = found.iter().find(|f| f.0 == "Meeting").expect("{found:?}");
    assert_eq!(meeting.1, strings(&["Anthony_Albanese", "G20"]));
    // Named alone, without a place, it states no gathering.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Tahun ini Brasil memegang keketuaan G20 dan KTT G20 masih jauh.",
    );
    assert!(found.iter().all(|f| f.0 != "Meeting"), "{found:?}");
}

#[test]
fn a_summit_in_a_locative_phrase_only_sets_the_scene() {
    // "Di KTT ASEAN, X akan bertemu …": the meeting is X's, the summit is its setting.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Di KTT ASEAN, Presiden Joko Widodo akan bertemu Perdana Menteri Anthony Albanese.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Anthony_Albanese", "Joko_Widodo"]),
        "{found:?}"
    );
}

#[test]
fn the_state_after_an_event_noun_is_its_possessor() {
    // Indonesian puts the possessor after the noun: the launch is North Korea's,
    // though Russia's president is named before it.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Kunjungan Presiden Rusia Vladimir Putin diwarnai peluncuran dua rudal jarak pendek Korea Utara.",
    );
    let test = found
        .iter()
        .find(|f| f.0 == "MissileTest")
        .expect("{found:?}");
    assert_eq!(test.1, strings(&["North_Korea"]), "{found:?}");
    // A state after a preposition is a target, not a possessor.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Korea Utara kembali melakukan peluncuran rudal balistik ke arah Jepang.",
    );
    let test = found
        .iter()
        .find(|f| f.0 == "MissileTest")
        .expect("{found:?}");
    assert_eq!(test.1, strings(&["North_Korea"]), "{found:?}");
}

#[test]
fn a_short_name_followed_by_another_name_word_is_someone_else() {
    // "Shin" alone is the only listed Shin, the minister; "Shin Tae-yong" is not him.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Shin tiba di Jakarta pada Senin untuk kunjungan kerja.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.0 == "Visit" && f.1 == strings(&["Shin_Won-sik"])),
        "{found:?}"
    );
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Shin Tae-yong tiba di Jakarta pada Senin untuk kunjungan kerja.",
    );
    assert!(
        found
            .iter()
            .all(|f| !f.1.contains(&"Shin_Won-sik".to_string())),
        "{found:?}"
    );
    // A date word after the name does not make it another name.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Shin Senin tiba di Jakarta untuk kunjungan kerja.",
    );
    assert!(
        found.iter().any(|f| f.1 == strings(&["Shin_Won-sik"])),
        "{found:?}"
    );
}

#[test]
fn the_two_states_just_named_take_part_in_an_event_of_states() {
    // "kedua negara" refers back to Japan and India, named in the sentence before.
    let found = events(
        "id",
        "2024-03-04 08:00:00",
        "Jepang dan India mengirim kapal perang ke Laut Arab. Angkatan laut kedua negara lalu menggelar latihan gabungan bersama Prancis di sana.",
    );
    let drill = found
        .iter()
        .find(|f| f.0 == "MilitaryExercise")
        .expect("{found:?}");
    for state in ["France", "India", "Japan"] {
        assert!(drill.1.contains(&state.to_string()), "{state}: {found:?}");
    }
}

#[test]
fn a_number_word_before_a_counted_noun_is_no_place_named_like_it() {
    // "Lima" is five before "kapal", and Lima, Peru, elsewhere.
    let found = events(
        "id",
        "2024-11-11 09:00:00",
        "Lima kapal perang China menggelar latihan militer di Laut China Selatan pada Senin.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["China"]), "{found:?}");
    let found = events(
        "id",
        "2024-11-11 09:00:00",
        "Indonesia dan Peru menggelar pertemuan bilateral di Lima pada Senin.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Lima"), "{found:?}");
}

#[test]
fn an_island_named_with_pulau_and_its_title_is_the_listed_site() {
    // "Pulau Dr APJ Abdul Kalam": the Indonesian form keeps the English title.
    let found = events(
        "id",
        "2024-03-12 08:00:00",
        "India berhasil melakukan uji terbang rudal balistik Agni-5 pada Senin. Rudal itu diluncurkan dari Pulau Dr APJ Abdul Kalam di lepas pantai Odisha.",
    );
    let test = found
        .iter()
        .find(|f| f.0 == "MissileTest")
        .expect("{found:?}");
    assert_eq!(test.2.as_deref(), Some("Abdul_Kalam_Island"), "{found:?}");
}
