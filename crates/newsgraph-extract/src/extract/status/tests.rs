//! Status, event identity at merge and place choice, on sentences written
//! for these tests.

use crate::extract::tests::{events, strings, Found};

fn find<'a>(found: &'a [Found], kind: &str, place: Option<&str>) -> Option<&'a Found> {
    found
        .iter()
        .find(|f| f.0 == kind && f.2.as_deref() == place)
}

#[test]
fn a_past_occasion_told_after_a_plan_is_another_event() {
    let found = events(
        "en",
        "2025-10-02 10:00:00",
        "President Vladimir Putin will visit India in December for a summit with Prime Minister Narendra Modi. \
         The Russian leader had last visited New Delhi in 2021.",
    );
    let plan = find(&found, "Visit", Some("India")).expect("the planned visit");
    assert_eq!(plan.1, strings(&["Vladimir_Putin"]));
    assert_eq!(
        (plan.3.as_deref(), plan.4),
        (Some("2025-12"), "expected"),
        "{found:?}"
    );
    let past = find(&found, "Visit", Some("New_Delhi")).expect("the past visit");
    assert_eq!(past.1, strings(&["Vladimir_Putin"]));
    assert_eq!(
        (past.3.as_deref(), past.4),
        (Some("2021"), "occurred"),
        "{found:?}"
    );
}

#[test]
fn a_meeting_in_the_programme_of_a_planned_visit_is_planned() {
    let found = events(
        "en",
        "2018-08-09 10:00:00",
        "President Recep Tayyip Erdogan will pay a state visit to Germany on 28 September. \
         The programme includes a meeting between Erdogan and Frank-Walter Steinmeier.",
    );
    let meeting = found
        .iter()
        .find(|f| f.0 == "Meeting")
        .expect("the meeting");
    assert_eq!(meeting.4, "expected", "{found:?}");
    assert_eq!(meeting.3.as_deref(), Some("2018-09-28"), "{found:?}");
}

#[test]
fn a_planned_meeting_does_not_make_the_trip_it_falls_in_planned() {
    let found = events(
        "id",
        "2024-12-17 10:00:00",
        "Presiden Prabowo Subianto bertolak ke Kairo, Mesir, 17 Desember 2024. \
         Prabowo dijadwalkan bertemu Presiden Mesir Abdel Fattah el-Sisi di Kairo.",
    );
    let visit = find(&found, "Visit", Some("Cairo")).expect("the visit");
    assert_eq!(visit.4, "occurred", "{found:?}");
    let meeting = found
        .iter()
        .find(|f| f.0 == "Meeting")
        .expect("the meeting");
    assert_eq!(meeting.4, "expected", "{found:?}");
}

#[test]
fn a_deal_warned_against_is_not_one_made() {
    let found = events(
        "en",
        "2023-09-14 10:00:00",
        "Washington warned Russia and North Korea against proceeding with any new arms deal.",
    );
    let talks = found
        .iter()
        .find(|f| f.0 == "WeaponsTalks")
        .expect("the talks");
    assert_eq!(talks.4, "expected", "{found:?}");
}

#[test]
fn a_future_predicate_far_after_its_noun_states_a_plan() {
    let found = events(
        "en",
        "2022-12-07 10:00:00",
        "A summit of King Salman and President Xi Jinping, with the participation of Crown \
         Prince Mohammed bin Salman, will be held in Riyadh.",
    );
    let meeting = found
        .iter()
        .find(|f| f.0 == "Meeting")
        .expect("the meeting");
    assert_eq!(meeting.4, "expected", "{found:?}");
}

#[test]
fn an_indonesian_modal_of_possibility_states_a_plan() {
    let found = events(
        "id",
        "2023-09-15 10:00:00",
        "Pertemuan itu bisa mengarah ke kesepakatan pasokan amunisi antara Rusia dan Korea Utara.",
    );
    let talks = found
        .iter()
        .find(|f| f.0 == "WeaponsTalks")
        .expect("the talks");
    assert_eq!(talks.4, "expected", "{found:?}");
}

#[test]
fn the_next_meeting_is_a_plan_in_both_languages() {
    for (language, text) in [
        (
            "en",
            "Putin said the next meeting with Kim Jong-un would take place in Moscow.",
        ),
        (
            "id",
            "Putin mengatakan pertemuan berikutnya dengan Kim Jong-un berlangsung di Moskow.",
        ),
    ] {
        let found = events(language, "2024-06-19 10:00:00", text);
        let meeting = found
            .iter()
            .find(|f| f.0 == "Meeting")
            .expect("the meeting");
        assert_eq!(meeting.4, "expected", "{language}: {found:?}");
    }
}

#[test]
fn a_dateline_city_is_where_the_reporter_is_not_the_event() {
    // A publisher whose name holds a digit ("Kabar24.com") still opens a
    // dateline, and a launch is not where its report is filed.
    let found = events(
        "id",
        "2023-09-13 10:00:00",
        "Kabar24.com, Seoul - Korea Utara menembakkan dua rudal balistik jarak \
         pendek pada Rabu pagi, menurut militer Korea Selatan.",
    );
    let test = found
        .iter()
        .find(|f| f.0 == "MissileTest")
        .expect("the launch");
    assert_eq!(test.2, None, "{found:?}");
}

#[test]
fn a_trip_to_a_state_takes_a_city_from_its_meeting_but_not_a_venue() {
    let venue = events(
        "id",
        "2021-12-14 10:00:00",
        "Menteri Luar Negeri AS Antony Blinken menemui Presiden Joko Widodo di Istana Merdeka, Senin (13/12). \
         Indonesia menjadi negara pertama yang dikunjungi Blinken dalam turnya.",
    );
    let visit = venue.iter().find(|f| f.0 == "Visit").expect("the visit");
    assert_eq!(visit.2.as_deref(), Some("Indonesia"), "{venue:?}");
    let city = events(
        "en",
        "2024-12-20 10:00:00",
        "President Prabowo Subianto made his first trip to Egypt on Thursday. \
         He met President Abdel Fattah el-Sisi in Cairo on Thursday.",
    );
    let visit = city.iter().find(|f| f.0 == "Visit").expect("the visit");
    assert_eq!(visit.2.as_deref(), Some("Cairo"), "{city:?}");
}

#[test]
fn a_visit_planned_in_a_passive_after_its_traveller_and_place_is_planned() {
    // status.tsv: the plan stands far after the noun ("is planned for",
    // "direncanakan pekan depan"); a past-tense trigger keeps its own cue.
    let cases = [
        (
            "en",
            "A visit to Jakarta by Japanese Prime Minister Shigeru Ishiba is planned for next week.",
        ),
        (
            "id",
            "Kunjungan Perdana Menteri Jepang Shigeru Ishiba ke Jakarta direncanakan pekan depan.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2025-01-08 10:00:00", text);
        let visit = find(&found, "Visit", Some("Jakarta")).expect("the visit");
        assert_eq!(visit.4, "expected", "{text}: {found:?}");
    }
    let text =
        "Ishiba visited Jakarta on Monday, and a return visit by Prabowo is planned for next year.";
    let found = events("en", "2025-01-08 10:00:00", text);
    let held = find(&found, "Visit", Some("Jakarta")).expect("the held visit");
    assert_eq!(held.4, "occurred", "{found:?}");
}
