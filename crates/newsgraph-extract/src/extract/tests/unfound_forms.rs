//! Stop 34 (vfind): constructions of meetings and visits no trigger read
//! before. Each rule is a trigger row; each test pairs the construction with
//! sentences that must still state nothing. Sentences written for these
//! tests; each positive fails without its rule.

use super::{events, of_type, strings};

const PUBLISHED: &str = "2024-06-20 09:00:00";

fn nothing(language: &str, text: &str) {
    let found = events(language, PUBLISHED, text);
    assert!(found.is_empty(), "{text}: {found:?}");
}

/// The actors, place and status of the one event of `event_type`.
fn one(language: &str, text: &str, event_type: &str) -> (Vec<String>, Option<String>, String) {
    let found = of_type(language, PUBLISHED, text, event_type);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let (_, actors, place, _, status) = found[0].clone();
    (actors, place, status.to_string())
}

fn meeting(language: &str, text: &str, place: Option<&str>) {
    let (actors, found_place, _) = one(language, text, "Meeting");
    assert_eq!(
        actors,
        strings(&["Anthony_Albanese", "Prabowo_Subianto"]),
        "{text}"
    );
    if place.is_some() {
        assert_eq!(found_place.as_deref(), place, "{text}");
    }
}

fn visit(language: &str, text: &str, place: &str) -> String {
    let (actors, found_place, status) = one(language, text, "Visit");
    assert_eq!(actors, strings(&["Anthony_Albanese"]), "{text}");
    assert_eq!(found_place.as_deref(), Some(place), "{text}");
    status
}

#[test]
fn talks_held_in_a_place_between_two_leaders_are_a_meeting() {
    // en.meeting.talks_in_between, passive.
    meeting(
        "en",
        "Talks were held in Canberra between Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese on Tuesday.",
        Some("Canberra"),
    );
}

#[test]
fn conferring_a_meal_a_joint_press_conference_and_a_joint_signing_are_meetings() {
    // en.meeting.conferred.
    for text in [
        "Prabowo Subianto conferred with Anthony Albanese in Canberra on Tuesday.",
        "Prabowo Subianto had a working lunch with Anthony Albanese in Canberra on Tuesday.",
        "Prabowo Subianto and Anthony Albanese told a joint press conference in Canberra that the pact was ready.",
        "Prabowo Subianto and Anthony Albanese witnessed the signing of three agreements in Canberra on Tuesday.",
    ] {
        meeting("en", text, Some("Canberra"));
    }
    nothing(
        "en",
        "Anthony Albanese attended a charity dinner in Sydney with Prabowo Subianto.",
    );
}

#[test]
fn calling_on_someone_is_a_meeting_but_not_calling_on_them_to_act() {
    // en.meeting.called_on.
    let (actors, place, _) = one(
        "en",
        "Marcos then called on Vietnamese Prime Minister Pham Minh Chinh at his office in Hanoi.",
        "Meeting",
    );
    assert_eq!(actors, strings(&["Ferdinand_Marcos_Jr", "Pham_Minh_Chinh"]));
    assert_eq!(place.as_deref(), Some("Hanoi"));
    nothing(
        "en",
        "Prabowo Subianto called on Vladimir Putin to end the war in Ukraine.",
    );
    nothing(
        "en",
        "Anthony Albanese called on Tuesday for calm in the Pacific.",
    );
}

#[test]
fn discussing_something_with_a_named_person_is_a_meeting() {
    // en.meeting.discussed_with, id.meeting.membahas_dengan.
    meeting(
        "en",
        "Prabowo Subianto discussed maritime security with Anthony Albanese in Canberra on Tuesday.",
        Some("Canberra"),
    );
    meeting(
        "id",
        "Prabowo Subianto membahas keamanan maritim dengan Perdana Menteri Australia Anthony Albanese di Canberra, Selasa.",
        Some("Canberra"),
    );
    nothing(
        "en",
        "Prabowo Subianto discussed the budget with the Pentagon.",
    );
    nothing(
        "id",
        "Prabowo Subianto membahas anggaran dengan DPR pada Selasa.",
    );
}

#[test]
fn talks_by_telephone_are_no_meeting() {
    // en.meeting.talks, id.meeting.bertemu and id.meeting.ktt exclude a call.
    nothing(
        "en",
        "Prabowo Subianto held phone talks with Anthony Albanese on Tuesday.",
    );
    nothing(
        "en",
        "Prabowo Subianto held talks with Anthony Albanese by telephone on Tuesday.",
    );
    nothing(
        "id",
        "Prabowo Subianto melakukan pembicaraan telepon dengan Anthony Albanese pada Selasa.",
    );
    nothing(
        "id",
        "Prabowo Subianto berbincang dengan Anthony Albanese melalui sambungan telepon, Selasa.",
    );
    meeting(
        "id",
        "Prabowo Subianto berbincang dengan Anthony Albanese di Canberra, Selasa.",
        Some("Canberra"),
    );
}

#[test]
fn coming_back_from_a_named_place_tells_a_trip_there() {
    // en.visit.returned, id.visit.habiskan.
    visit(
        "en",
        "Anthony Albanese returned from Jakarta on Wednesday.",
        "Jakarta",
    );
    visit(
        "en",
        "Anthony Albanese returned home from Papua New Guinea on Sunday.",
        "Papua_New_Guinea",
    );
    visit(
        "id",
        "Anthony Albanese kembali dari Jakarta pada Rabu.",
        "Jakarta",
    );
    visit(
        "id",
        "Sepulang dari Jakarta, Anthony Albanese langsung menggelar rapat kabinet.",
        "Jakarta",
    );
    nothing("en", "Anthony Albanese returned from exile in Jakarta.");
    nothing("en", "Kim Jong Un returned from his summit in Hanoi.");
    nothing("id", "Anthony Albanese kembali dari liburan di Bali.");
}

#[test]
fn spending_days_in_a_place_is_a_stay_there() {
    // id.visit.habiskan.
    visit(
        "id",
        "Anthony Albanese menghabiskan tiga hari di Jakarta pekan lalu.",
        "Jakarta",
    );
}

#[test]
fn coming_to_a_place_a_stop_there_or_a_plan_to_be_there_is_a_visit() {
    // en.visit.came, en.visit.stay ("will be").
    visit(
        "en",
        "Anthony Albanese came to Jakarta on Monday.",
        "Jakarta",
    );
    visit(
        "en",
        "Anthony Albanese made a brief stop in Port Moresby on his way home.",
        "Port_Moresby",
    );
    let status = visit(
        "en",
        "Anthony Albanese will be in Jakarta on Monday.",
        "Jakarta",
    );
    assert_eq!(status, "expected");
    nothing("en", "Prabowo Subianto came to power in Indonesia in 2024.");
}

#[test]
fn a_guest_welcomed_in_a_place_by_a_host_is_on_a_visit_there() {
    // en.visit.received_by: a place may stand before "by".
    visit(
        "en",
        "Anthony Albanese was welcomed in Jakarta by President Prabowo Subianto on Monday.",
        "Jakarta",
    );
}

#[test]
fn a_delivery_that_would_arrive_is_no_trip() {
    // The delivery exclusion of the arrive rows takes any modal.
    let found = of_type(
        "en",
        PUBLISHED,
        "US Defense Secretary Lloyd Austin said the first Abrams tanks would arrive in Poland by December.",
        "Visit",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn indonesian_meals_joint_press_conferences_and_joint_signings_are_meetings() {
    // id.meeting.jamuan; "berdiskusi dengan" in id.meeting.bertemu.
    for text in [
        "Dalam jamuan kenegaraan di Canberra, Prabowo Subianto dan Anthony Albanese membahas kerja sama maritim.",
        "Prabowo Subianto dan Anthony Albanese menggelar konferensi pers bersama di Canberra, Selasa.",
        "Prabowo Subianto dan Anthony Albanese menyaksikan penandatanganan tiga nota kesepahaman di Canberra.",
        "Prabowo Subianto berdiskusi dengan Anthony Albanese di Canberra, Selasa.",
    ] {
        meeting("id", text, Some("Canberra"));
    }
    nothing(
        "id",
        "Anthony Albanese makan malam bersama keluarga di Sydney.",
    );
}

#[test]
fn heading_a_delegation_leaving_one_place_for_another_and_landing_at_are_trips() {
    // en.visit.delegation, en.visit.left_for, "landed at" in en.visit.travel;
    // "memimpin delegasi ke", "bertolak dari X menuju Y", "menjejakkan kaki di",
    // "mampir ke" in id.visit.tiba and id.visit.menuju.
    let status = visit(
        "en",
        "Anthony Albanese will head a trade delegation to Jakarta next week.",
        "Jakarta",
    );
    assert_eq!(status, "expected");
    visit(
        "en",
        "Anthony Albanese left Canberra for Jakarta on Monday.",
        "Jakarta",
    );
    visit(
        "en",
        "Anthony Albanese landed at the main airport in Jakarta on Monday.",
        "Jakarta",
    );
    visit(
        "id",
        "Anthony Albanese memimpin delegasi dagang Australia ke Jakarta pekan depan.",
        "Jakarta",
    );
    visit(
        "id",
        "Anthony Albanese bertolak dari Canberra menuju Jakarta, Senin.",
        "Jakarta",
    );
    visit(
        "id",
        "Anthony Albanese menjejakkan kaki di Jakarta, Senin.",
        "Jakarta",
    );
    visit(
        "id",
        "Anthony Albanese mampir ke Jakarta, Senin.",
        "Jakarta",
    );
    nothing("en", "Anthony Albanese left office for a job in Sydney.");
}

#[test]
fn exchanging_views_and_shaking_hands_are_meetings() {
    // "exchanged views" in en.meeting.conferred; "bertukar pandangan",
    // "bersalaman", "rapat bilateral" in id.meeting.ktt; "pernyataan pers
    // bersama" in id.meeting.jamuan.
    meeting(
        "en",
        "Prabowo Subianto and Anthony Albanese exchanged views on the Pacific in Canberra.",
        Some("Canberra"),
    );
    for text in [
        "Prabowo Subianto dan Anthony Albanese bertukar pandangan di Canberra, Selasa.",
        "Prabowo Subianto dan Anthony Albanese bersalaman di Canberra, Selasa.",
        "Prabowo Subianto mengadakan rapat bilateral dengan Anthony Albanese di Canberra.",
        "Prabowo Subianto menyampaikan pernyataan pers bersama Anthony Albanese di Canberra.",
    ] {
        meeting("id", text, Some("Canberra"));
    }
}

#[test]
fn forces_that_train_together_or_practise_a_combat_task_are_exercising() {
    // en.exercise.trained, id.exercise.praktik.
    for (language, text) in [
        (
            "en",
            "The Indonesian and US navies trained together off Bali on Friday.",
        ),
        (
            "en",
            "Marines from Indonesia and the United States practised amphibious landings near Bali.",
        ),
        (
            "id",
            "Marinir Indonesia dan Amerika Serikat mempraktikkan pendaratan amfibi di Bali.",
        ),
    ] {
        let (actors, place, _) = one(language, text, "MilitaryExercise");
        assert_eq!(actors, strings(&["Indonesia", "United_States"]), "{text}");
        assert_eq!(place.as_deref(), Some("Bali"), "{text}");
    }
    nothing(
        "en",
        "Players from Indonesia and Japan trained together in Bali.",
    );
    nothing(
        "id",
        "Siswa Indonesia dan Jepang mempraktikkan pertempuran bantal di Bali.",
    );
}
