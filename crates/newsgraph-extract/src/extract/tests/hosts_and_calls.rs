//! Stop 38 (c2meet): meetings and visits told by hosting, calls, sitting
//! down and tours, and officials below minister. Each rule is data (a
//! trigger or title row); sentences written for these tests, each positive
//! fails without its row, each negative keeps the row from reading too much.

use super::strings;
// The same sentence checks as stop 32's finds.
use super::unfound::{nothing, one};

#[test]
fn a_governor_or_mayor_is_a_titled_official() {
    // en titles.tsv: Governor, Mayor.
    let (actors, _) = one(
        "en",
        "Nakuru Governor Susan Kihika met Chinese Ambassador Zhou Pingjian on Monday.",
        "Meeting",
    );
    assert_eq!(
        actors,
        strings(&["person-Susan_Kihika", "person-Zhou_Pingjian"])
    );
    let (actors, _) = one(
        "en",
        "Mayor Rodrigo Alves met Japanese Ambassador Kenta Mori on Monday.",
        "Meeting",
    );
    assert_eq!(
        actors,
        strings(&["person-Kenta_Mori", "person-Rodrigo_Alves"])
    );
}

#[test]
fn a_host_who_plays_host_to_a_guest_meets_them() {
    // en.meeting.host (played host to), en.visit.hosted_guest.
    let text = "East Java Governor Siti Rahmawati played host to Australian Ambassador Daniel Hart in Surabaya on Tuesday.";
    let (actors, place) = one("en", text, "Meeting");
    assert_eq!(
        actors,
        strings(&["person-Daniel_Hart", "person-Siti_Rahmawati"])
    );
    assert_eq!(place.as_deref(), Some("Surabaya"));
    let (actors, place) = one("en", text, "Visit");
    assert!(
        actors.contains(&"person-Daniel_Hart".to_string()),
        "{actors:?}"
    );
    assert_eq!(place.as_deref(), Some("Surabaya"));
    nothing(
        "en",
        "Surabaya will play host to a regional trade fair next year.",
    );
}

#[test]
fn a_guest_a_host_is_to_receive_is_on_a_visit() {
    // en.visit.hosted_guest: a plan to host a titled guest.
    let (actors, place) = one(
        "en",
        "Malaysian Defence Minister Mohamed Khaled Nordin will host Thai Defence Minister Sutin Klungsang in Kuala Lumpur next week.",
        "Visit",
    );
    assert!(
        actors.contains(&"Sutin_Klungsang".to_string()),
        "{actors:?}"
    );
    assert_eq!(place.as_deref(), Some("Kuala_Lumpur"));
    nothing("en", "Jakarta will host the President's Cup next year.");
}

#[test]
fn a_call_paid_on_someone_is_a_meeting() {
    // en.meeting.courtesy_call: "paid a call on".
    let (actors, _) = one(
        "en",
        "Chinese Ambassador Zhou Pingjian paid a call on Nakuru Governor Susan Kihika at her office.",
        "Meeting",
    );
    assert_eq!(
        actors,
        strings(&["person-Susan_Kihika", "person-Zhou_Pingjian"])
    );
    nothing(
        "en",
        "Chinese Ambassador Zhou Pingjian paid a phone call on Kenyan President William Ruto.",
    );
}

#[test]
fn leaving_one_place_for_another_is_a_trip_there() {
    // en.visit.left_for: "leave".
    let (actors, place) = one(
        "en",
        "Turkish President Recep Tayyip Erdoğan is set to leave Ankara for Baku on Tuesday.",
        "Visit",
    );
    assert!(
        actors.contains(&"Recep_Tayyip_Erdogan".to_string()),
        "{actors:?}"
    );
    assert_eq!(place.as_deref(), Some("Baku"));
}

#[test]
fn two_leaders_who_sat_down_together_met() {
    // en.meeting.sat_down.
    let (actors, place) = one(
        "en",
        "Japanese Prime Minister Fumio Kishida and Kenyan President William Ruto sat down at State House in Nairobi on Wednesday.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Fumio_Kishida", "William_Ruto"]));
    assert_eq!(place.as_deref(), Some("Nairobi"));
    nothing(
        "en",
        "Vladimir Putin sat down with a state television journalist for an interview in Moscow.",
    );
    nothing(
        "en",
        "Protesters sat down in the road outside parliament in Nairobi on Wednesday.",
    );
}

#[test]
fn a_tour_wrapped_up_is_a_trip() {
    // en.visit.travel: "wrapped up a tour of".
    let (actors, place) = one(
        "en",
        "Indonesian Defence Minister Sjafrie Sjamsoeddin wrapped up a three-day tour of France on Friday.",
        "Visit",
    );
    assert!(
        actors.contains(&"Sjafrie_Sjamsoeddin".to_string()),
        "{actors:?}"
    );
    assert_eq!(place.as_deref(), Some("France"));
}

#[test]
fn a_goodwill_trip_is_a_visit() {
    // id.visit.light: "melakukan muhibah".
    let (actors, place) = one(
        "id",
        "Presiden Prabowo Subianto melakukan muhibah ke Kairo, Mesir, pada Jumat.",
        "Visit",
    );
    assert!(
        actors.contains(&"Prabowo_Subianto".to_string()),
        "{actors:?}"
    );
    assert_eq!(place.as_deref(), Some("Cairo"));
}
