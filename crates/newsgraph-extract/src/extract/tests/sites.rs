//! Names the gazetteer does not list, or should not read: sites named by a
//! head after the name ("Naval Base", "Test Range") or before it ("Camp",
//! "Puslatpur"), and exercises named by capitalised words ("the African Lion
//! manoeuvres"), whose name holds no party or place.

use super::{events, minted, Found};

fn place_of(found: &[Found], kind: &str) -> Option<String> {
    found.iter().find(|e| e.0 == kind).and_then(|e| e.2.clone())
}

#[test]
fn a_head_after_a_name_makes_a_site_the_event_is_held_at() {
    let cases = [
        (
            "Thai and American marines opened the Cobra Gold landing drill at Kortahip Naval Base on Tuesday.",
            "MilitaryExercise",
            "site-Kortahip_Naval_Base",
        ),
        (
            "China launched a long-range missile from the Lanshui Satellite Launch Center on Wednesday.",
            "MissileTest",
            "site-Lanshui_Satellite_Launch_Center",
        ),
        (
            "Pakistan test-fired a cruise missile at the Sonmiani Test Range on Thursday.",
            "MissileTest",
            "site-Sonmiani_Test_Range",
        ),
    ];
    for (text, kind, site) in cases {
        let found = events("en", "2024-05-03 10:00:00", text);
        assert_eq!(
            place_of(&found, kind).as_deref(),
            Some(site),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_head_before_a_name_makes_a_site_and_a_state_beside_it_only_locates_it() {
    let found = events(
        "id",
        "2024-05-03 10:00:00",
        "Marinir Indonesia dan Amerika Serikat menggelar latihan bersama di Puslatpur Sendaraja pada Selasa (30/4/2024).",
    );
    assert_eq!(
        place_of(&found, "MilitaryExercise").as_deref(),
        Some("site-Puslatpur_Sendaraja"),
        "{found:?}"
    );
    let found = events(
        "en",
        "2024-05-03 10:00:00",
        "South Korea and the United States held a joint exercise at Camp Bonifas on Monday.",
    );
    assert_eq!(
        place_of(&found, "MilitaryExercise").as_deref(),
        Some("site-Camp_Bonifas"),
        "{found:?}"
    );
    let sites = minted(
        "id",
        "Kapal perang kedua negara berlatih di Pangkalan Angkatan Laut Kortahip di Thailand pekan lalu.",
    );
    assert_eq!(
        sites,
        vec![(
            "site-Pangkalan_Angkatan_Laut_Kortahip".to_string(),
            "Pangkalan Angkatan Laut Kortahip".to_string(),
            Some("Thailand".to_string())
        )]
    );
}

#[test]
fn no_site_without_a_new_name_before_its_head() {
    // A listed place keeps its listed name; a lower-case head names nothing;
    // a listed city that begins with a head word stays the city.
    for text in [
        "Russia fired a hypersonic missile from the Kapustin Yar Test Range on Friday.",
        "Russia fired a hypersonic missile from a naval base in the Arctic on Friday.",
        "The Naval Base was closed to visitors on Friday.",
        "Kenyan President William Ruto met Joe Biden in Fort Worth on Friday.",
    ] {
        let sites: Vec<_> = minted("en", text)
            .into_iter()
            .filter(|(id, _, _)| id.starts_with("site-"))
            .collect();
        assert_eq!(sites, vec![], "{text}");
    }
    let found = events(
        "en",
        "2024-05-03 10:00:00",
        "Kenyan President William Ruto met Joe Biden in Fort Worth on Friday.",
    );
    assert_eq!(
        place_of(&found, "Meeting").as_deref(),
        Some("Fort_Worth"),
        "{found:?}"
    );
}

#[test]
fn an_exercise_named_by_capitalised_words_needs_no_military_word_and_its_name_is_no_party() {
    let cases = [
        (
            "Morocco and the United States kicked off the annual African Lion manoeuvres on Monday.",
            vec!["Morocco", "United_States"],
        ),
        (
            "Georgia and the United States launched the Noble Partner drills on Monday.",
            vec!["Georgia", "United_States"],
        ),
        (
            "Brazil and South Africa began the IBSAMAR maritime exercise on Monday.",
            vec!["Brazil", "South_Africa"],
        ),
        (
            "Malaysia and Singapore will join Exercise Bersama Lima next month.",
            vec!["Malaysia", "Singapore"],
        ),
    ];
    for (text, states) in cases {
        let found = events("en", "2024-06-05 10:00:00", text);
        let exercise = found.iter().find(|e| e.0 == "MilitaryExercise");
        let mut states: Vec<String> = states.iter().map(|s| s.to_string()).collect();
        states.sort();
        assert_eq!(exercise.map(|e| &e.1), Some(&states), "{text}: {found:?}");
        // "Lion" and "Lima" name the exercise, not Lyon or Lima.
        assert_eq!(
            exercise.and_then(|e| e.2.clone()),
            None,
            "{text}: {found:?}"
        );
    }
    // A name before another kind of exercise is no drill.
    let found = events(
        "en",
        "2024-06-05 10:00:00",
        "Kenya and Uganda joined the Nile Basin budget exercise on Monday.",
    );
    assert!(found.iter().all(|e| e.0 != "MilitaryExercise"), "{found:?}");
}
