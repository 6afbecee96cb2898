//! False events and second records, stop 33 (ufalse): talk of an event,
//! habits told as frequency, schooling named "pendidikan dan latihan", and
//! a state that only has intelligence of another's plan. Sentences written
//! for these tests.

use super::{events, Found};

const PUBLISHED: &str = "2025-03-05 09:00:00";

fn of_type<'a>(found: &'a [Found], event_type: &str) -> Vec<&'a Found> {
    found.iter().filter(|e| e.0 == event_type).collect()
}

#[test]
fn talk_of_an_event_is_no_event() {
    for text in [
        "There was talk of a visit by the Japanese defence minister to Manila next month.",
        "There has been talk of a meeting between Modi and Xi Jinping in Kazan.",
    ] {
        let found = events("en", PUBLISHED, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // Two leaders who talk of ties still met.
    let found = events(
        "en",
        PUBLISHED,
        "Shigeru Ishiba met Narendra Modi in Tokyo on Friday; the two leaders talked of deeper defence ties.",
    );
    assert_eq!(of_type(&found, "Meeting").len(), 1, "{found:?}");
}

#[test]
fn events_said_to_grow_frequent_are_a_habit() {
    for (language, text) in [
        (
            "en",
            "Visits by Brazilian President Lula to Buenos Aires have become increasingly frequent.",
        ),
        (
            "id",
            "Presiden Joko Widodo mengatakan pertemuan para menteri Malaysia dan Indonesia cukup sering.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // One event told as intensive, or growing more intense, is still one.
    for (language, text, event_type) in [
        (
            "en",
            "Talks between Xi Jinping and Vladimir Putin in Moscow on Tuesday were intensive and frank.",
            "Meeting",
        ),
        (
            "id",
            "TNI AD dan Angkatan Darat Singapura menggelar latihan bersama di Baturaja, Senin (3/3/2025), dan latihan semakin intensif pada pekan kedua.",
            "MilitaryExercise",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert_eq!(of_type(&found, event_type).len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn schooling_is_no_drill() {
    let found = events(
        "id",
        PUBLISHED,
        "Menteri Pertahanan Sjafrie Sjamsoeddin menerima Menteri Pertahanan Brunei Halbi Yussof di Jakarta, Selasa (4/3/2025). \
         Keduanya membahas pengamanan perbatasan, pendidikan dan latihan militer, hingga rencana pengadaan alutsista buatan Indonesia oleh Brunei.",
    );
    assert!(of_type(&found, "MilitaryExercise").is_empty(), "{found:?}");
    assert_eq!(of_type(&found, "Meeting").len(), 1, "{found:?}");
    // A joint drill named before it is still one.
    let found = events(
        "id",
        PUBLISHED,
        "Latihan gabungan pendidikan dan latihan tempur itu diikuti prajurit Indonesia dan Singapura di Baturaja.",
    );
    assert_eq!(of_type(&found, "MilitaryExercise").len(), 1, "{found:?}");
}

#[test]
fn a_state_with_intelligence_of_a_plan_is_no_party() {
    let deal = |found: &[Found]| -> Vec<String> {
        let deals = of_type(found, "WeaponsTalks");
        assert_eq!(deals.len(), 1, "{found:?}");
        deals[0].1.clone()
    };
    for (language, text) in [
        (
            "en",
            "The White House said the United States had obtained intelligence that Kim Jong Un hoped to advance arms negotiations with Russia.",
        ),
        (
            "id",
            "Juru bicara Gedung Putih mengatakan Amerika Serikat telah mendapatkan informasi intelijen bahwa Kim Jong-un berharap melanjutkan negosiasi senjata dengan Rusia.",
        ),
    ] {
        let actors = deal(&events(language, PUBLISHED, text));
        assert_eq!(actors, ["North_Korea", "Russia"], "{text}: {actors:?}");
    }
}

#[test]
fn events_counted_without_number_or_date_are_no_event() {
    for (language, text) in [
        (
            "en",
            "Polish K2 crews have already trained with the new tanks during several large exercises, and the army wants them in service soon.",
        ),
        (
            "id",
            "TNI dan Angkatan Bersenjata Australia sudah menggelar berbagai latihan gabungan di Darwin.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(of_type(&found, "MilitaryExercise").is_empty(), "{text}: {found:?}");
    }
    // Several drills held on one day are one occasion; so is a series.
    for (language, text) in [
        (
            "en",
            "Indonesian and Australian navies held several joint drills in the Arafura Sea on Monday.",
        ),
        ("en", "China launched a series of military drills around Taiwan on Monday."),
        (
            "id",
            "Beberapa kapal perang China dan Rusia menggelar latihan bersama di Laut Jepang, Senin (3/3/2025).",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert_eq!(of_type(&found, "MilitaryExercise").len(), 1, "{text}: {found:?}");
    }
}
