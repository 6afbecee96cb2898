//! False events and second records, stop 32 (tfalse): exclusions narrowed to
//! their own clause, shelved plans, habits, and mentions of one event told
//! again. Sentences written for these tests.

use super::{events, Found};

const PUBLISHED: &str = "2025-06-10 09:00:00";

fn of_type<'a>(found: &'a [Found], event_type: &str) -> Vec<&'a Found> {
    found.iter().filter(|e| e.0 == event_type).collect()
}

#[test]
fn a_delivery_arriving_drops_only_its_own_clause() {
    // The batteries arriving are no trip, but the president's arrival in the
    // same sentence is one.
    for (language, text, place) in [
        (
            "en",
            "Biden arrived in Hanoi on Monday, two days after the first Patriot batteries arrived in Poland.",
            "Hanoi",
        ),
        (
            "id",
            "Presiden Joko Widodo tiba di Tokyo pada Senin, dua hari setelah pesawat pertama tiba di Tanah Air.",
            "Tokyo",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        let visits = of_type(&found, "Visit");
        assert_eq!(visits.len(), 1, "{found:?}");
        assert_eq!(visits[0].2.as_deref(), Some(place), "{found:?}");
    }
    // A delivery alone is still no trip.
    for (language, text) in [
        (
            "en",
            "The first jets are due to arrive in Indonesia early next year.",
        ),
        ("id", "Kapal selam kedua akan tiba di Surabaya bulan depan."),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(found.is_empty(), "{found:?}");
    }
}

#[test]
fn a_habit_is_no_event() {
    for (language, text) in [
        (
            "en",
            "China and Russia routinely hold joint naval drills in the Sea of Japan.",
        ),
        (
            "en",
            "Japan and the Philippines regularly conduct joint naval exercises in the South China Sea.",
        ),
        (
            "id",
            "Korea Utara secara berkala menguji coba rudal balistik.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A habit told beside the occasion leaves the occasion.
    let text = "Japan and the Philippines, which regularly train together, began the Kamandag exercise on Monday.";
    let found = events("en", PUBLISHED, text);
    assert_eq!(of_type(&found, "MilitaryExercise").len(), 1, "{found:?}");
    let text =
        "TNI AL dan Angkatan Laut Australia menggelar latihan rutin di Laut Arafura pada Senin.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(of_type(&found, "MilitaryExercise").len(), 1, "{found:?}");
}

#[test]
fn a_meeting_of_the_pair_told_before_is_that_meeting() {
    let text =
        "Presiden Joko Widodo dijadwalkan bertemu Presiden Vladimir Putin di Moskwa pada 30 Juni. \
                Sumber di Kremlin mengatakan pertemuan kedua pemimpin itu sangat penting.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].4, "expected", "{found:?}");
    // Their meeting of another year stays another meeting.
    let text =
        "Presiden Prabowo Subianto akan bertemu Presiden Xi Jinping di Beijing pekan depan. \
                Pertemuan kedua pemimpin tahun lalu berlangsung di Jakarta.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(of_type(&found, "Meeting").len(), 2, "{found:?}");
}

#[test]
fn a_launch_site_and_the_sea_it_reached_are_one_launch() {
    // An undated headline names the site, the dated lead the waters.
    let text = "North Korea fires missiles from Wonsan. \
                North Korea fired several short-range ballistic missiles into the Sea of Japan on Thursday.";
    let found = events("en", PUBLISHED, text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2025-06-05"), "{found:?}");
    // Launches dated apart stay two, whatever their places.
    let text = "North Korea fired a cruise missile from Nampo on Monday. \
                North Korea fired two ballistic missiles into the Sea of Japan on Thursday.";
    let found = events("en", PUBLISHED, text);
    assert_eq!(found.len(), 2, "{found:?}");
    // A drill planned apart in other waters is another drill.
    let text = "TNI AL akan menggelar latihan multilateral di perairan Bali pada 15 Juni. \
                Rencana latihan bilateral TNI AL dengan Angkatan Laut Rusia di Laut Jawa bulan ini juga akan digelar.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(of_type(&found, "MilitaryExercise").len(), 2, "{found:?}");
}

#[test]
fn an_event_said_not_to_have_taken_place_is_no_event() {
    for (language, text) in [
        (
            "en",
            "A bilateral meeting between Trump and Spanish Prime Minister Pedro Sanchez did not take place.",
        ),
        (
            "en",
            "The planned visit by Japanese Prime Minister Fumio Kishida to Manila never materialised.",
        ),
        (
            "id",
            "Kunjungan Presiden Prabowo Subianto ke Tokyo pada Senin tidak jadi digelar.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // Something else that did not happen leaves the event.
    for (language, text) in [
        (
            "en",
            "Trump met Spanish Prime Minister Pedro Sanchez on Wednesday in talks that did not produce a deal.",
        ),
        (
            "id",
            "Latihan bersama TNI AL dan Angkatan Laut Australia berlangsung di Laut Arafura pada Senin dan tidak terjadi insiden.",
        ),
        (
            "id",
            "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing pada Senin, tetapi pertemuan itu tidak berlangsung lama.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}
