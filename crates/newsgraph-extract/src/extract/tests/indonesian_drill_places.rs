//! Where an Indonesian-told drill happens (issue 14, qid, fourth session),
//! on sentences written for these tests.

use super::events;

const PUBLISHED: &str = "2024-06-02 00:00:00";

#[test]
fn what_a_drill_is_aimed_at_is_not_where_it_is() {
    // "terhadap"/"melawan" name the adversary a drill warns, not its place.
    for text in [
        "Iran menggelar latihan militer besar pada Sabtu (1/6/2024) sebagai peringatan terhadap Tel Aviv.",
        "Korea Utara menggelar latihan militer pada Sabtu (1/6/2024) untuk memperkuat pencegahan terhadap Washington dan Seoul.",
    ] {
        let found = events("id", PUBLISHED, text);
        let drill = found.iter().find(|f| f.0 == "MilitaryExercise");
        assert!(drill.is_some(), "{text}: {found:?}");
        assert_eq!(drill.unwrap().2, None, "{text}: {found:?}");
    }
    // Other locatives still place it.
    let found = events(
        "id",
        PUBLISHED,
        "Iran menggelar latihan militer besar di Bandar Abbas pada Sabtu (1/6/2024).",
    );
    assert!(
        found
            .iter()
            .any(|f| f.0 == "MilitaryExercise" && f.2.as_deref() == Some("Bandar_Abbas")),
        "{found:?}"
    );
}

#[test]
fn a_drill_told_with_its_launches_takes_the_sea_they_flew_to() {
    let text =
        "Korea Utara menggelar simulasi latihan serangan nuklir taktis pada Sabtu (1/6/2024) \
                yang mencakup dua rudal jelajah. Kedua rudal jelajah itu ditembakkan ke arah \
                Laut Kuning dan terbang sejauh 1.200 kilometer.";
    let found = events("id", PUBLISHED, text);
    let drill = found.iter().find(|f| f.0 == "MilitaryExercise");
    assert!(drill.is_some(), "{found:?}");
    assert_eq!(drill.unwrap().2.as_deref(), Some("Yellow_Sea"), "{found:?}");
    // A drill with a place of its own keeps it.
    let text = "Korea Utara menggelar latihan militer di Wonsan pada Sabtu (1/6/2024). \
                Korea Utara juga menembakkan dua rudal balistik ke Laut Jepang pada hari itu.";
    let found = events("id", PUBLISHED, text);
    assert!(
        found
            .iter()
            .any(|f| f.0 == "MilitaryExercise" && f.2.as_deref() == Some("Wonsan")),
        "{found:?}"
    );
}
