//! Indonesian constructions that the second blind own-words corpus
//! (tests/corpus-blind2-qid, issue 14) showed missing, on sentences written
//! for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2023-09-14 12:00:00";

#[test]
fn coming_to_or_staying_in_a_foreign_place_is_a_visit() {
    for (text, visitor, place, status) in [
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov datang ke Jakarta pada Selasa (12/9/2023).",
            "Sergei_Lavrov",
            "Jakarta",
            "occurred",
        ),
        (
            "Presiden Prancis Emmanuel Macron dijadwalkan datang ke Port Moresby pekan depan.",
            "Emmanuel_Macron",
            "Port_Moresby",
            "expected",
        ),
        (
            "Pemimpin Korea Utara Kim Jong Un sudah berada di Rusia selama tiga hari.",
            "Kim_Jong-un",
            "Russia",
            "occurred",
        ),
        (
            "Perdana Menteri Jepang Fumio Kishida, yang sedang berada di Vilnius untuk KTT NATO, mengecam peluncuran itu.",
            "Fumio_Kishida",
            "Vilnius",
            "occurred",
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(
            found.iter().any(|f| f.0 == "Visit"
                && f.1 == strings(&[visitor])
                && f.2.as_deref() == Some(place)
                && f.4 == status),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn staying_at_home_or_coming_to_no_place_is_no_visit() {
    for text in [
        "Presiden Joko Widodo berada di Jakarta selama dua hari untuk memimpin rapat kabinet.",
        "Presiden Vladimir Putin berada di Moskow ketika peluncuran itu terjadi.",
        "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan bantuan akan datang pada waktunya.",
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(found.iter().all(|f| f.0 != "Visit"), "{text}: {found:?}");
    }
}

#[test]
fn a_since_date_of_the_event_itself_is_its_start() {
    const NOV: &str = "2024-11-13 12:00:00";
    for (text, date) in [
        (
            "Latihan gabungan TNI dan Angkatan Bersenjata Australia digelar sejak 4 November di Jawa Timur.",
            "2024-11-04",
        ),
        (
            "Latihan gabungan Angkatan Laut China dan Rusia berlangsung sejak Senin (11/11/2024) di Laut Jepang.",
            "2024-11-11",
        ),
        (
            "Angkatan Laut Iran dan Rusia berlatih bersama sejak Selasa di Teluk Oman.",
            "2024-11-12",
        ),
    ] {
        let found = events("id", NOV, text);
        assert!(
            found
                .iter()
                .any(|f| f.0 == "MilitaryExercise" && f.3.as_deref() == Some(date)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_since_date_of_something_else_still_dates_nothing() {
    const NOV: &str = "2024-11-13 12:00:00";
    for text in [
        // The office held since 2014, not the meeting: it takes Friday.
        "Presiden Joko Widodo, yang menjabat sejak Oktober 2014, bertemu Presiden Xi Jinping di Beijing pada Jumat.",
        // The largest since 2016: a comparison, not the start.
        "Latihan militer Filipina dan Amerika Serikat di Luzon ini merupakan yang terbesar sejak 2016.",
    ] {
        let found = events("id", NOV, text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found
                .iter()
                .all(|f| !f.3.as_deref().is_some_and(|d| d.starts_with("2014") || d.starts_with("2016"))),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_place_after_the_person_met_does_not_make_the_meeting_a_reference() {
    // Each counterpart is written so that the 24 bytes after "bertemu" end
    // right after "di ": the look for "di sela …" must not read a cut there.
    for (text, other, place) in [
        (
            "Prabowo Subianto bertemu Presiden Xi Jinping di Shanghai, China, pada Jumat.",
            "Xi_Jinping",
            "Shanghai",
        ),
        (
            "Prabowo Subianto bertemu PM Anthony Albanese di Sydney pada Selasa.",
            "Anthony_Albanese",
            "Sydney",
        ),
        (
            "Menlu Retno Marsudi bertemu Menlu Sergei Lavrov di Moskow pada Senin.",
            "Sergei_Lavrov",
            "Moscow",
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(
            found.iter().any(|f| f.0 == "Meeting"
                && f.1.contains(&other.to_string())
                && f.2.as_deref() == Some(place)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn forces_included_in_an_exercise_told_before_join_it() {
    for (text, states) in [
        (
            "Filipina dan Amerika Serikat memulai latihan gabungan di Luzon, Senin (11/9/2023). Sekitar 16.000 personel terlibat, termasuk pasukan Australia serta kapal perang Prancis.",
            vec!["Australia", "France", "Philippines", "United_States"],
        ),
        (
            "Angkatan Laut India dan Amerika Serikat menggelar latihan maritim di Teluk Benggala pada Senin (11/9/2023). Latihan itu diikuti 20 kapal, di antaranya kapal perang dari Jepang dan Australia.",
            vec!["Australia", "India", "Japan", "United_States"],
        ),
        // A taking part told with its own verb ("ambil bagian dalam").
        (
            "Tentara Amerika Serikat dan Filipina memulai latihan militer tahunan pada Senin (11/9/2023). Pasukan Australia dan Jepang juga ambil bagian dalam latihan itu.",
            vec!["Australia", "Japan", "Philippines", "United_States"],
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        let drills: Vec<_> = found
            .iter()
            .filter(|f| f.0 == "MilitaryExercise")
            .collect();
        assert_eq!(drills.len(), 1, "{text}: {found:?}");
        assert_eq!(drills[0].1, strings(&states), "{text}");
    }
}

#[test]
fn included_forces_alone_state_no_exercise() {
    let text = "Delegasi itu beranggotakan 40 orang, termasuk pasukan pengamanan dari Rusia.";
    let found = events("id", PUBLISHED, text);
    assert!(found.is_empty(), "{found:?}");
}
