//! Indonesian drills and deals, fourth quality session (issue 14, qid):
//! where a drill happens, and verbs of buying arms; on sentences written for these tests.

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

#[test]
fn buying_in_bulk_or_bringing_in_arms_is_a_deal() {
    // "memborong"/"mendatangkan"/"mengimpor" with arms as their object.
    for (text, parties) in [
        (
            "Vietnam memborong 12 unit jet tempur dari Swedia pada Senin (27/5/2024).",
            ["Sweden", "Vietnam"],
        ),
        (
            "Thailand mendatangkan empat helikopter serbu dari Turki pada Senin (27/5/2024).",
            ["Thailand", "Turkey"],
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        let talks = found.iter().find(|f| f.0 == "WeaponsTalks");
        assert_eq!(
            talks.map(|f| f.1.clone()),
            Some(parties.iter().map(|s| s.to_string()).collect()),
            "{text}: {found:?}"
        );
    }
    // Other objects are no deal.
    for text in [
        "Pendukung Vietnam memborong tiket laga melawan Thailand di Hanoi, Senin (27/5/2024).",
        "Vietnam mengimpor beras dari Thailand dan mendatangkan pupuk dari Rusia.",
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(
            found.iter().all(|f| f.0 != "WeaponsTalks"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_trip_to_meet_a_host_keeps_its_destination() {
    // "ke Rusia untuk bertemu Putin": the state is where he goes, not Putin's title.
    for (language, text) in [
        (
            "id",
            "Pemimpin Korea Utara Kim Jong Un melakukan perjalanan ke Rusia untuk bertemu Vladimir Putin.",
        ),
        ("id", "Kim Jong Un tiba di Rusia untuk bertemu Vladimir Putin."),
        (
            "en",
            "North Korean leader Kim Jong Un travelled to Russia to meet Vladimir Putin.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Visit" && f.2.as_deref() == Some("Russia")),
            "{text}: {found:?}"
        );
    }
    // A title right before the name still qualifies it: no visit of Putin's.
    let found = events(
        "id",
        PUBLISHED,
        "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vladivostok.",
    );
    assert!(found.iter().all(|f| f.0 != "Visit"), "{found:?}");
    assert!(
        found
            .iter()
            .any(|f| f.0 == "Meeting" && f.2.as_deref() == Some("Vladivostok")),
        "{found:?}"
    );
}

#[test]
fn a_combat_training_centre_is_no_sports_camp() {
    // c2drill: "pusat latihan" of a sports team drops only its own word, so a
    // drill held at a "Pusat Latihan Tempur" is still a drill.
    let text = "Marinir Indonesia dan Amerika Serikat menggelar latihan pendaratan amfibi di Pusat Latihan Tempur Marinir Baluran, Situbondo, Senin.";
    let found = events("id", PUBLISHED, text);
    assert!(found.iter().any(|f| f.0 == "MilitaryExercise"), "{found:?}");
    // A team's training centre stays no drill.
    let text = "Pemain timnas berlatih di pusat latihan klub di Antalya bersama tentara, Senin.";
    let found = events("id", PUBLISHED, text);
    assert!(
        !found.iter().any(|f| f.0 == "MilitaryExercise"),
        "{found:?}"
    );
}
