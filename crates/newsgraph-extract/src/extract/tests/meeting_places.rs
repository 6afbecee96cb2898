//! Where a meeting is, on sentences written for these tests.

use super::{events, of_type};

#[test]
fn a_sea_named_with_talks_is_their_topic_not_their_place() {
    for (language, text, place) in [
        ("en", "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian Defence Minister Richard Marles on Friday. The meeting covered the South China Sea.", None),
        ("en", "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian Defence Minister Richard Marles in Singapore on Friday to discuss the South China Sea.", Some("Singapore")),
        ("id", "Menteri Pertahanan Sjafrie Sjamsoeddin bertemu Menteri Pertahanan Australia Richard Marles pada Jumat. Pertemuan itu membahas Laut China Selatan.", None),
    ] {
        let found = events(language, "2024-06-01 09:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{text}: {found:?}");
        assert_eq!(meetings[0].2.as_deref(), place, "{text}");
    }
}

/// (participants, place) of the WeaponsTalks in `text`.
fn deal_places(language: &str, text: &str) -> Vec<(Vec<String>, Option<String>)> {
    let found = of_type(language, "2025-06-26 09:00:00", text, "WeaponsTalks");
    found.into_iter().map(|e| (e.1, e.2)).collect()
}

#[test]
fn a_deal_between_the_states_of_a_meeting_is_made_where_they_met() {
    let found = deal_places(
        "en",
        "Donald Trump met Volodymyr Zelensky in The Hague on Wednesday. Trump said \
         the United States would sell more Patriot air defence systems to Ukraine.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("The_Hague"), "{found:?}");
    let found = deal_places(
        "id",
        "Menteri Pertahanan Sjafrie Sjamsoeddin bertemu Menteri Pertahanan Turki Yasar \
         Guler di Ankara pada Senin. Indonesia dan Turki menandatangani kontrak pembelian \
         48 jet tempur KAAN.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Ankara"), "{found:?}");
    // A deal of a state that did not meet there is not made there.
    let found = deal_places(
        "en",
        "Donald Trump met Volodymyr Zelensky in The Hague on Wednesday. Separately, the \
         United States approved the sale of 66 F-16 jets to Taiwan.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, None, "{found:?}");
}

#[test]
fn a_meeting_with_no_place_is_where_its_party_met_another_that_day() {
    let meetings = |text: &str| -> Vec<(Vec<String>, Option<String>)> {
        let found = of_type("en", "2025-06-26 09:00:00", text, "Meeting");
        found.into_iter().map(|e| (e.1, e.2)).collect()
    };
    let found = meetings(
        "Donald Trump met Volodymyr Zelensky in The Hague on Wednesday. Trump also held \
         talks on Wednesday with Turkish President Tayyip Erdogan.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().all(|m| m.1.as_deref() == Some("The_Hague")),
        "{found:?}"
    );
    // Another day is another place, unless the text says so.
    let found = meetings(
        "Donald Trump met Volodymyr Zelensky in The Hague on Wednesday. Trump held talks \
         with Turkish President Tayyip Erdogan on June 2.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1, None, "{found:?}");
}

#[test]
fn a_venue_told_with_its_city_puts_the_event_in_the_city() {
    // places::city_of_venue: "at the hall, City" names the city as the place;
    // a venue told alone stays the place.
    for (language, text, place) in [
        ("id", "Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Aula Besar Rakyat, Beijing, pada Senin.", "Beijing"),
        ("en", "Prabowo Subianto met Chinese President Xi Jinping at the Great Hall of the People, Beijing, on Monday.", "Beijing"),
        ("en", "Prabowo Subianto met Chinese President Xi Jinping at the Great Hall of the People on Monday.", "Great_Hall_of_the_People"),
        // A seat of government standing for its state, told with its city.
        ("id", "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow, pada Kamis.", "Moscow"),
        ("en", "Indonesian President Prabowo Subianto met Russian President Vladimir Putin at the Kremlin, Moscow, on Thursday.", "Moscow"),
        ("en", "Indonesian President Prabowo Subianto met Russian President Vladimir Putin at the Kremlin on Thursday.", "Russia"),
    ] {
        let found = events(language, "2024-06-01 09:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{text}: {found:?}");
        assert_eq!(meetings[0].2.as_deref(), Some(place), "{text}");
    }
}

#[test]
fn a_meeting_on_the_sidelines_of_a_gathering_is_where_the_gathering_is() {
    // places::sideline_places (references.tsv `sideline`).
    for (language, text, place) in [
        ("en", "Troops from Japan and Australia began the Southern Jackaroo exercise at Shoalwater Bay on Monday. \
                On the sidelines of the opening ceremony, General Yoshida Yoshihide held talks with General Angus Campbell.", "Shoalwater_Bay"),
        ("en", "Troops from Japan and Australia began the Southern Jackaroo exercise at Shoalwater Bay on Monday. \
                General Yoshida Yoshihide held talks with General Angus Campbell on the margins of the opening ceremony.", "Shoalwater_Bay"),
        ("id", "Latihan gabungan Indonesia dan Singapura resmi dibuka di Surabaya pada Senin (2/9/2024). \
                Di sela upacara pembukaan, Panglima TNI Agus Subiyanto bertemu Kepala Angkatan Bersenjata Singapura Aaron Beng.", "Surabaya"),
    ] {
        let found = events(language, "2024-09-03 09:00:00", text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{text}: {found:?}");
        assert_eq!(meetings[0].2.as_deref(), Some(place), "{text}: {found:?}");
    }
}

#[test]
fn a_signing_told_after_the_deal_gives_it_its_place() {
    // triggers.tsv `follow.signing` (reads follow_up).
    for (language, text) in [
        ("en", "Indonesia signed a contract with Naval Group for two Scorpene submarines on Tuesday. \
                The signing took place in Surabaya."),
        ("id", "Kementerian Pertahanan meneken kontrak pengadaan dua kapal selam Scorpene dengan Naval Group pada Selasa (2/4/2024). \
                Penandatanganan dilakukan di sela pameran maritim di Surabaya."),
    ] {
        let found = deal_places(language, text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Surabaya"), "{text}: {found:?}");
    }
}
