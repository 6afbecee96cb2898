//! Status and background (e3bg): plans that two sides agree on, and events
//! told only as background. Sentences written for these tests.

use super::events;

#[test]
fn a_drill_or_meeting_two_sides_agree_to_hold_is_still_to_come() {
    for text in [
        "Indonesia dan Malaysia sepakat menggelar latihan bersama di Kalimantan tahun ini.",
        "Kedua negara, Indonesia dan Filipina, juga sepakat untuk kembali menggelar latihan gabungan matra laut tahun ini.",
        "Menlu Indonesia Sugiono dan Menlu Australia Penny Wong sepakat bertemu lagi di Canberra tahun ini.",
    ] {
        let found = events("id", "2024-05-02 00:00:00", text);
        assert!(!found.is_empty(), "{text}");
        assert!(found.iter().all(|e| e.4 == "expected"), "{text}: {found:?}");
    }
}

#[test]
fn the_purpose_of_a_trip_still_to_come_is_still_to_come() {
    // The talks are planned with the trip, even on the day of publication.
    for (language, text) in [
        ("en", "Erdogan will then fly to Doha on Friday to round off the tour with talks with Emir Tamim bin Hamad Al Thani."),
        ("id", "Prabowo dijadwalkan bertolak ke Tokyo, Jepang, Senin (6/5/2024), guna bertemu Perdana Menteri Fumio Kishida."),
    ] {
        let found = events(language, "2024-05-06 00:00:00", text);
        assert!(found.iter().any(|e| e.0 == "Meeting"), "{text}: {found:?}");
        assert!(found.iter().all(|e| e.4 == "expected"), "{text}: {found:?}");
    }
}
