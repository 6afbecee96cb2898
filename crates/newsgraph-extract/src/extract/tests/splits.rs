//! Events that one sentence tells apart (stop 29, qsplit): each counterpart
//! with a place or a trigger of its own, each clause joined by ", and" with
//! a traveller of its own. Sentences written for these tests; each fails
//! without the rule it names.

use super::{events, strings};

#[test]
fn each_counterpart_met_at_a_place_of_its_own_is_a_meeting() {
    // split::one_per_counterpart, by place.
    let cases = [
        (
            "en",
            "Chancellor Karl Nehammer spent the week meeting Zelensky in Kyiv and Putin in Moscow.",
        ),
        (
            "id",
            "Kanselir Karl Nehammer bertemu Zelensky di Kyiv dan Putin di Moskow pekan ini.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-12-01 09:00:00", text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        let mut pairs: Vec<_> = found.iter().map(|e| (e.1.clone(), e.2.clone())).collect();
        pairs.sort();
        assert_eq!(
            pairs,
            [
                (
                    strings(&["Karl_Nehammer", "Vladimir_Putin"]),
                    Some("Moscow".to_string())
                ),
                (
                    strings(&["Karl_Nehammer", "Volodymyr_Zelensky"]),
                    Some("Kyiv".to_string())
                ),
            ],
            "{text}"
        );
    }
    // Each takes the date of its own part.
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "Prabowo met Fumio Kishida in Tokyo on Monday and Xi Jinping in Beijing on Wednesday.",
    );
    let mut dates: Vec<_> = found.iter().map(|e| e.3.clone()).collect();
    dates.sort();
    assert_eq!(
        dates,
        [
            Some("2024-11-25".to_string()),
            Some("2024-11-27".to_string())
        ],
        "{found:?}"
    );
}

#[test]
fn counterparts_met_at_one_place_stay_one_meeting() {
    for text in [
        "Vladimir Putin met Xi Jinping and Narendra Modi in Beijing on Monday.",
        "Recep Tayyip Erdogan met Vladimir Putin in Sochi, Russia, on Monday.",
        "Xi Jinping met Joe Biden in Woodside and Anthony Albanese at the same summit.",
    ] {
        let found = events("en", "2024-12-01 09:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn a_deal_per_trigger_with_a_seller_of_its_own() {
    // split::one_per_counterpart, by trigger: "a deal … from A and a deal … from B".
    let cases = [
        (
            "en",
            "Egypt signed a deal to buy Rafale jets from France and a deal to buy submarines from Germany on Monday.",
        ),
        (
            "id",
            "Mesir menandatangani kontrak pembelian jet Rafale dari Prancis dan kontrak pembelian kapal selam dari Jerman pada Senin.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-12-01 09:00:00", text);
        let mut parties: Vec<_> = found.iter().map(|e| e.1.clone()).collect();
        parties.sort();
        assert_eq!(
            parties,
            [
                strings(&["Egypt", "France"]),
                strings(&["Egypt", "Germany"])
            ],
            "{text}: {found:?}"
        );
    }
    // One deal that names its price after a comma stays one.
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "Indonesia signed a deal with France to buy 42 Rafale jets, and the deal is worth 8.1 billion dollars.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_clause_joined_by_and_keeps_its_own_traveller() {
    // references.tsv `clause_join` (", and", ", dan") between two triggers of a type.
    let cases = [
        (
            "en",
            "Emmanuel Macron visited China in April, and Xi Jinping visited France in May.",
        ),
        (
            "id",
            "Presiden Emmanuel Macron mengunjungi China pada April, dan Presiden Xi Jinping mengunjungi Prancis pada Mei.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-12-01 09:00:00", text);
        let mut visits: Vec<_> = found.iter().map(|e| (e.1.clone(), e.2.clone())).collect();
        visits.sort();
        assert_eq!(
            visits,
            [
                (strings(&["Emmanuel_Macron"]), Some("China".to_string())),
                (strings(&["Xi_Jinping"]), Some("France".to_string())),
            ],
            "{text}: {found:?}"
        );
    }
    // Two meetings close together, each with the parties of its clause.
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "Putin met Xi Jinping in Beijing on Monday, and Narendra Modi met Fumio Kishida in Tokyo.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_list_joined_by_and_stays_whole() {
    // A join ends no clause in a list of parties, nor before a clause of one name.
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "Japan, South Korea, and the United States held joint drills in the East China Sea on Monday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.len(), 3, "{found:?}");
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "The Philippines and the United States launched drills on Monday, and Japan joined the drills on Wednesday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.len(), 3, "{found:?}");
}

#[test]
fn a_frame_during_the_meeting_takes_no_date_of_its_own() {
    // references.tsv en `anaphor` "During the …": the June date is the forum's.
    let found = events(
        "en",
        "2021-04-28 09:00:00",
        "Ng Eng Hen and Ismail Sabri Yaakob held online talks on April 27. \
         During the virtual meeting, Ng Eng Hen also invited Ismail Sabri Yaakob \
         to attend the Shangri-La Dialogue in June.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2021-04-27"), "{found:?}");
}

#[test]
fn a_later_phase_of_a_drill_is_another_event() {
    // references.tsv `other_occasion` "second phase of", "tahap kedua"; a
    // follow-up noun so marked continues the drill as an event of its own.
    let cases = [
        (
            "en",
            "The US and the Philippines began the Balikatan drills on Monday. \
             The second phase of the drills will start in Palawan next month.",
        ),
        (
            "id",
            "Amerika Serikat dan Filipina memulai latihan Balikatan pada Senin. \
             Tahap kedua latihan tersebut akan digelar di Palawan bulan depan.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-11-28 09:00:00", text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].2.as_deref(), Some("Palawan"), "{found:?}");
        assert_eq!(found[1].4, "expected", "{found:?}");
    }
    // The phase the article reports is the drill itself.
    let found = events(
        "en",
        "2024-11-28 09:00:00",
        "The second phase of the Garuda Shield exercise between Indonesia and the \
         United States began on Monday. The drills will end on Friday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_later_trigger_does_not_meet_again_whom_an_earlier_one_met() {
    // split::without_earlier_counterparts.
    let cases = [
        "Kishida met Prime Minister Pham Minh Chinh in Hanoi on Monday and later held talks with President Vo Van Thuong.",
        "Kishida met Prime Minister Pham Minh Chinh in Hanoi on Monday, and on Tuesday he held talks with President Vo Van Thuong.",
    ];
    for text in cases {
        let found = events("en", "2024-05-15 09:00:00", text);
        let mut pairs: Vec<_> = found.iter().map(|e| e.1.clone()).collect();
        pairs.sort();
        assert_eq!(
            pairs,
            [
                strings(&["Fumio_Kishida", "Pham_Minh_Chinh"]),
                strings(&["Fumio_Kishida", "Vo_Van_Thuong"]),
            ],
            "{text}: {found:?}"
        );
    }
    // One met again by name, or by a pronoun, stays in the one meeting.
    for text in [
        "Xi Jinping met Joe Biden in Woodside on Wednesday and later held talks with him over lunch.",
        "Vladimir Putin met Xi Jinping in Beijing on Monday and later held talks with Xi and Narendra Modi.",
    ] {
        let found = events("en", "2024-05-15 09:00:00", text);
        assert!(
            found.iter().all(|e| e.1.len() >= 2) && !found.is_empty(),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_drill_joined_in_a_clause_of_its_own_is_a_drill_of_its_own() {
    // introduce_orphans, by clause (zsent): "took part in Exercise X" only
    // refers to a drill, but across a clause break ("while", "sementara")
    // from another drill of other states it is no scene of that one.
    let cases = [
        (
            "en",
            "Indonesian fighter jets took part in Exercise Southern Kite in northern Australia in July, while the United States and the Philippines are preparing for joint drills in the South China Sea next month.",
        ),
        (
            "id",
            "Jet tempur Indonesia ikut dalam latihan Southern Kite di Australia pada Juli, sementara Amerika Serikat dan Filipina bersiap menggelar latihan bersama di Laut China Selatan bulan depan.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-09-26 09:00:00", text);
        let drills: Vec<_> = found
            .iter()
            .filter(|e| e.0 == "MilitaryExercise")
            .map(|e| e.1.clone())
            .collect();
        assert_eq!(drills.len(), 2, "{text}: {found:?}");
        assert!(
            drills.iter().any(|a| a.contains(&"Indonesia".to_string())
                && !a.contains(&"United_States".to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_bare_destination_after_and_then_is_a_further_leg() {
    // references.tsv next_leg (zsent): "visited Japan … and then Vietnam",
    // "mengunjungi Jepang …, kemudian Vietnam": a visit to each.
    let cases = [
        (
            "en",
            "Prabowo Subianto visited Japan on Monday and then Vietnam on Wednesday.",
        ),
        (
            "id",
            "Prabowo Subianto mengunjungi Jepang pada Senin, kemudian Vietnam pada Rabu.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-12-01 09:00:00", text);
        let mut places: Vec<_> = found
            .iter()
            .filter(|e| e.0 == "Visit")
            .map(|e| e.2.clone())
            .collect();
        places.sort();
        assert_eq!(
            places,
            [Some("Japan".to_string()), Some("Vietnam".to_string())],
            "{text}: {found:?}"
        );
    }
    // A verb after "then" tells another event, not a leg.
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "Prabowo Subianto visited Japan on Monday and then met Xi Jinping in Beijing.",
    );
    assert!(
        found
            .iter()
            .all(|e| e.0 != "Visit" || e.2.as_deref() == Some("Japan")),
        "{found:?}"
    );
}

#[test]
fn a_place_in_another_clause_with_its_own_trigger_is_that_events() {
    // clauses::without_other_events (zsent): the sea of the first launch is
    // not where the second, told in a clause of its own, went.
    let cases = [
        (
            "en",
            "North Korea fired a ballistic missile into the Sea of Japan on Monday, while Pakistan test-fired a cruise missile on Wednesday.",
        ),
        (
            "id",
            "Korea Utara meluncurkan rudal balistik ke Laut Jepang pada Senin, sementara Pakistan menguji rudal jelajah pada Rabu.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-12-01 09:00:00", text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        for event in &found {
            let north = event.1.contains(&"North_Korea".to_string());
            assert_eq!(event.2.is_some(), north, "{text}: {found:?}");
        }
    }
}

#[test]
fn a_guest_received_by_two_hosts_at_two_places_has_two_meetings() {
    // split::mention_after (zsent): the trigger "diterima (oleh) P…" reads
    // the first letter of the host's name, which still stands after it.
    for text in [
        "Marles diterima oleh Prabowo Subianto di Jakarta pada Senin dan oleh Anwar Ibrahim di Kuala Lumpur pada Rabu.",
        "Marles diterima Prabowo Subianto di Jakarta pada Senin dan Anwar Ibrahim di Kuala Lumpur pada Rabu.",
    ] {
        let found = events("id", "2024-12-01 09:00:00", text);
        let mut places: Vec<_> = found
            .iter()
            .filter(|e| e.0 == "Meeting")
            .map(|e| (e.1.len(), e.2.clone()))
            .collect();
        places.sort();
        assert_eq!(
            places,
            [
                (2, Some("Jakarta".to_string())),
                (2, Some("Kuala_Lumpur".to_string()))
            ],
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_frame_place_before_both_clauses_is_both_events() {
    // clauses::without_other_events claims only the places after the other
    // clause's trigger: a fronted frame belongs to every event of the sentence.
    let found = events(
        "en",
        "2024-12-01 09:00:00",
        "At the ASEAN summit in Kuala Lumpur, Prabowo Subianto met Anthony Albanese, while Anwar Ibrahim met Luiz Inacio Lula da Silva.",
    );
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 2, "{found:?}");
    assert!(
        meetings
            .iter()
            .all(|e| e.2.as_deref() == Some("Kuala_Lumpur")),
        "{found:?}"
    );
}
