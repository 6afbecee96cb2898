//! Second records of one trip, stop 35 (xsecond): a departure for home, a
//! welcome at the airport and a day range told as its last day each made a
//! second visit or meeting. Sentences written for these tests.

use super::{events, of_type};

#[test]
fn a_departure_for_home_is_no_second_visit() {
    // The flight home ends the trip told before: one visit, dated by its
    // arrival, not a planned one on the day of the flight.
    let visit = "Japanese Prime Minister Fumio Kishida was welcomed at Parliament House in Canberra on Tuesday, on the first full day of a two-day visit to Australia. Kishida touched down at Fairbairn air base late on Monday. On Tuesday morning he was greeted by Prime Minister Anthony Albanese, who walked him past an honour guard before the two leaders sat down for talks.";
    for departure in [
        "Kishida is scheduled to fly home on Wednesday morning.",
        "He will lay a wreath at the war memorial before flying back home on Wednesday.",
    ] {
        let text = format!("{visit} {departure}");
        let visits = of_type("en", "2024-03-12 10:00:00", &text, "Visit");
        assert_eq!(visits.len(), 1, "{visits:?}");
        assert_eq!(visits[0].3.as_deref(), Some("2024-03-11"), "{visits:?}");
        assert_eq!(visits[0].4, "occurred", "{visits:?}");
    }
    // A flight to a named place is still a trip.
    let visits = of_type(
        "en",
        "2024-03-12 10:00:00",
        "Kishida is scheduled to fly to Canberra on Wednesday.",
        "Visit",
    );
    assert_eq!(visits.len(), 1, "{visits:?}");
}

#[test]
fn a_welcome_on_landing_is_no_meeting() {
    // The minister who meets a guest at the airport holds no talks with
    // him; the host's reception at the palace is the meeting.
    for text in [
        "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Rabu malam. Setibanya di Tanah Air, Macron disambut oleh Menteri Luar Negeri Sugiono.",
        "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Rabu malam. Ia disambut langsung oleh Menteri Luar Negeri Sugiono di bandara.",
    ] {
        let found = events("id", "2025-10-23 10:00:00", text);
        assert!(found.iter().all(|e| e.0 != "Meeting"), "{found:?}");
        assert_eq!(found.iter().filter(|e| e.0 == "Visit").count(), 1, "{found:?}");
    }
    let meetings = of_type(
        "id",
        "2025-10-23 10:00:00",
        "Presiden Prancis Emmanuel Macron disambut oleh Presiden Prabowo Subianto di Istana Merdeka, Jakarta.",
        "Meeting",
    );
    assert_eq!(meetings.len(), 1, "{meetings:?}");
}

#[test]
fn a_range_of_days_dates_an_event_by_its_first_day() {
    for (language, published, text, date) in [
        (
            "en",
            "2024-05-21 10:00:00",
            "Japanese Prime Minister Fumio Kishida is on an official visit to Australia from 20 to 23 May 2024.",
            "2024-05-20",
        ),
        (
            "en",
            "2024-05-02 10:00:00",
            "Kishida will visit Australia between May 20 and 23, his office said.",
            "2024-05-20",
        ),
        (
            "id",
            "2025-08-18 10:00:00",
            "Perdana Menteri Jepang Fumio Kishida akan berkunjung ke Australia pada 19 hingga 21 Agustus 2025.",
            "2025-08-19",
        ),
        (
            "id",
            "2025-01-10 10:00:00",
            "TNI AL dan Angkatan Laut Australia akan menggelar latihan bersama di perairan Bali pada 15-22 Februari mendatang.",
            "2025-02-15",
        ),
    ] {
        let found = events(language, published, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3.as_deref(), Some(date), "{text}: {found:?}");
    }
}

#[test]
fn meeting_a_crowd_is_no_second_meeting() {
    // A community, business owners or students met on the trip are no
    // party: the trigger drops, and the host met before is not borrowed
    // for a planned meeting on another day.
    for (language, published, text) in [
        (
            "id",
            "2025-05-09 10:00:00",
            "Presiden Filipina Ferdinand Marcos Jr. diterima Presiden Prabowo Subianto di Istana Merdeka, Jakarta, Jumat (9/5/2025). Marcos dijadwalkan bertemu komunitas warga Filipina di Jakarta sebelum terbang kembali ke Manila pada Sabtu.",
        ),
        (
            "en",
            "2025-05-08 10:00:00",
            "Philippine President Ferdinand Marcos Jr. held talks with Prime Minister Anthony Albanese in Canberra on Thursday. Marcos is due to meet Filipino business owners in Sydney on Friday.",
        ),
        (
            "en",
            "2025-05-08 10:00:00",
            "Philippine President Ferdinand Marcos Jr. held talks with Prime Minister Anthony Albanese in Canberra on Thursday. Marcos will hold talks with business leaders in Sydney on Friday.",
        ),
    ] {
        let meetings = of_type(language, published, text, "Meeting");
        assert_eq!(meetings.len(), 1, "{text}: {meetings:?}");
        assert_eq!(meetings[0].4, "occurred", "{meetings:?}");
    }
}
