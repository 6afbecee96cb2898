//! One event, one record (issue 14, qmerge, second session): a detail dated
//! years back is another deal, a plan whose day has come joins the report
//! of the event under way, and a return visit keeps its own date. Sentences
//! written for these tests; each fails without the rule it names.

use super::{events, strings};

const PUBLISHED: &str = "2024-06-29 09:00:00";

#[test]
fn a_detail_dated_years_back_is_another_deal_of_an_undated_one() {
    // merge::another_occasion `earlier`: the lead names no date, so it is of
    // the article's present; the detail names one party and 2016.
    for (language, text) in [
        ("en", "Vietnam signed a contract to buy 12 Rafale jets from France. Vietnam had bought eight Rafale jets in 2016."),
        ("id", "Vietnam memesan 12 jet tempur Su-30 dari Rusia. Vietnam sudah membeli delapan jet Su-30 pada 2016."),
    ] {
        let found = events(language, PUBLISHED, text);
        let dates: Vec<_> = found.iter().map(|e| e.3.as_deref()).collect();
        assert_eq!(dates, [Some("2024-06"), Some("2016")], "{found:?}");
    }
}

#[test]
fn a_plan_told_with_a_date_years_back_stays_with_the_event() {
    // Only what happened is dated years back: the armistice's date is no
    // other visit, nor the visit's time.
    let found = events(
        "id",
        PUBLISHED,
        "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang. \
         Korea Utara mengundang delegasi dari Rusia untuk datang dalam acara yang \
         menandai gencatan senjata pada 27 Juli 1953.",
    );
    let visits: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
    assert_eq!(visits.len(), 1, "{found:?}");
    assert_eq!(visits[0].3.as_deref(), Some("2024-06"), "{found:?}");
}

#[test]
fn a_plan_whose_day_has_come_joins_the_report_within_the_event_span() {
    // merge::statuses_agree: "scheduled to end on Saturday" (the publication
    // day) and "held … on Wednesday" lie within an exercise's duration.
    let found = events(
        "en",
        PUBLISHED,
        "Australia, India and Japan are scheduled to end their first joint naval \
         exercise on Saturday afternoon. Japan and India held a naval exercise near \
         Darwin on Wednesday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Australia", "India", "Japan"]),
        "{found:?}"
    );
    assert_eq!(found[0].4, "occurred", "{found:?}");
}

#[test]
fn a_date_past_a_return_visit_is_that_visit_s() {
    // dates::of_another_occasion: "kunjungan balasan … pada tahun 2023" and
    // "the previous visit … in 2016" date those visits, not the trip reported.
    let found = events(
        "id",
        PUBLISHED,
        "Presiden Prabowo Subianto tiba di Tokyo untuk kunjungan kenegaraan. \
         Kunjungan ke Tokyo merupakan kunjungan balasan Perdana Menteri Jepang \
         Fumio Kishida ke Indonesia pada tahun 2023 lalu.",
    );
    let prabowo: Vec<_> = found
        .iter()
        .filter(|e| e.1 == strings(&["Prabowo_Subianto"]))
        .collect();
    assert_eq!(prabowo.len(), 1, "{found:?}");
    assert_eq!(prabowo[0].3.as_deref(), Some("2024-06"), "{found:?}");
    let found = events(
        "en",
        PUBLISHED,
        "Emmanuel Macron arrived in Hanoi for a state visit. The trip to Hanoi \
         follows the previous visit of a French president to Vietnam in 2016.",
    );
    let hanoi: Vec<_> = found
        .iter()
        .filter(|e| e.2.as_deref() == Some("Hanoi"))
        .collect();
    assert_eq!(hanoi.len(), 1, "{found:?}");
    assert_eq!(hanoi[0].3.as_deref(), Some("2024-06"), "{found:?}");
}

#[test]
fn the_airport_a_trip_lands_at_is_no_second_visit() {
    // merge::venue_in_country: a site in the country of the trip's town is
    // the same trip, and the town stands as its place; a town of another
    // country, or a second town, is another visit.
    let visits = |text: &str| -> Vec<Option<String>> {
        events("id", PUBLISHED, text)
            .into_iter()
            .filter(|e| e.0 == "Visit")
            .map(|e| e.2)
            .collect()
    };
    let halim = "Presiden Afrika Selatan Cyril Ramaphosa mendarat di Bandara Halim Perdanakusuma pada Rabu (26/6).";
    assert_eq!(
        visits("Presiden Afrika Selatan Cyril Ramaphosa tiba di Jakarta pada Rabu (26/6) untuk kunjungan kenegaraan. Pesawat yang membawa Ramaphosa mendarat di Bandara Halim Perdanakusuma."),
        [Some("Jakarta".to_string())]
    );
    assert_eq!(
        visits(&format!(
            "{halim} Ramaphosa kemudian berkunjung ke Surabaya pada Kamis (27/6)."
        )),
        [Some("Surabaya".to_string())]
    );
    assert_eq!(
        visits(&format!(
            "{halim} Ramaphosa kemudian berkunjung ke Kuala Lumpur pada Kamis (27/6)."
        ))
        .len(),
        2
    );
    assert_eq!(
        visits("Presiden Afrika Selatan Cyril Ramaphosa tiba di Jakarta pada Rabu (26/6). Ramaphosa kemudian berkunjung ke Surabaya pada Kamis (27/6).").len(),
        2
    );
}

#[test]
fn a_name_of_another_event_of_the_sentence_is_not_a_party() {
    // actors::without_other_events: Putin stands past the second meeting's
    // trigger, Zelensky after the trigger of the fronted clause; each
    // meeting keeps its own guest, and the trip is Widodo's.
    for (language, text) in [
        ("id", "Presiden Joko Widodo bertemu Presiden Ukraina Volodymyr Zelenskyy di Kyiv pada Rabu (26/6). Usai dari pertemuan dengan Zelenskyy, Presiden Jokowi dijadwalkan menuju Rusia guna bertemu Presiden Rusia Vladimir Putin."),
        ("en", "Joko Widodo met Volodymyr Zelensky in Kyiv on Wednesday. After the talks with Zelensky, Widodo is scheduled to travel to Moscow in order to meet Russian President Vladimir Putin."),
    ] {
        let found = events(language, PUBLISHED, text);
        let meetings: Vec<_> = found
            .iter()
            .filter(|e| e.0 == "Meeting")
            .map(|e| e.1.clone())
            .collect();
        assert_eq!(
            meetings,
            [
                strings(&["Joko_Widodo", "Volodymyr_Zelensky"]),
                strings(&["Joko_Widodo", "Vladimir_Putin"])
            ],
            "{found:?}"
        );
        for visit in found.iter().filter(|e| e.0 == "Visit") {
            assert_eq!(visit.1, strings(&["Joko_Widodo"]), "{found:?}");
        }
    }
    // A place in the fronted clause stays the event's.
    let found = events(
        "id",
        PUBLISHED,
        "Saat berkunjung ke Tokyo, Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Fumio Kishida.",
    );
    let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
    assert_eq!(meeting.2.as_deref(), Some("Tokyo"), "{found:?}");
}

#[test]
fn a_meeting_told_in_a_fronted_clause_keeps_the_main_clauses_host_out() {
    // actors::without_other_events `main_clause`: "After meeting A, X held
    // talks with B" tells two meetings, the earlier one only as a time; B is
    // not a third party of the meeting with A, however near its trigger.
    for (language, text) in [
        ("en", "Prime Minister Anthony Albanese met President Joko Widodo in Jakarta on Thursday. After meeting Widodo, Albanese held talks with Prabowo Subianto."),
        ("id", "Perdana Menteri Anthony Albanese bertemu Presiden Joko Widodo di Jakarta pada Kamis. Seusai bertemu Jokowi, Albanese menggelar pembicaraan dengan Prabowo Subianto."),
    ] {
        let found = events(language, PUBLISHED, text);
        let mut meetings: Vec<Vec<String>> = found
            .iter()
            .filter(|e| e.0 == "Meeting")
            .map(|e| {
                let mut actors = e.1.clone();
                actors.sort();
                actors
            })
            .collect();
        meetings.sort();
        assert_eq!(
            meetings,
            [
                strings(&["Anthony_Albanese", "Joko_Widodo"]),
                strings(&["Anthony_Albanese", "Prabowo_Subianto"]),
            ],
            "{found:?}"
        );
    }
}
