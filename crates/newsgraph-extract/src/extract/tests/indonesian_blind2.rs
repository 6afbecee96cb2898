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
