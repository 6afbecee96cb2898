//! Parties of found events, stop 33 (uparty): officers named by an
//! abbreviated rank, the pronoun after a sentence whose subject acted, and a
//! ship named after a city. Sentences written for these tests.

use super::bare_roles::actors;
use super::{events, strings};

/// The actors of every event of `event_type`, minted ids without their prefix.
fn plain_actors(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    actors(language, text, event_type)
        .into_iter()
        .map(|a| a.into_iter().map(|p| p.replace("minted:", "")).collect())
        .collect()
}

fn holds(found: &[Vec<String>], name: &str) -> bool {
    let name = name.to_lowercase();
    found.iter().flatten().any(|a| {
        let a = a.to_lowercase().replace(['-', '_'], " ");
        a.contains(&name)
    })
}

#[test]
fn an_abbreviated_rank_introduces_the_name_after_it() {
    let cases = [
        (
            "Maj. Gen. Tobias Wrenfield met Indonesian army chief Maruli Simanjuntak in \
             Jakarta on Tuesday.",
            "Meeting",
            "tobias wrenfield",
        ),
        (
            "Lt. Gen. Oskar Talvik met his Estonian counterpart in Tallinn on Monday.",
            "Meeting",
            "oskar talvik",
        ),
        (
            "Brig. Gen. Harlan Vosk visited Manila on Wednesday for talks with Philippine \
             commanders.",
            "Visit",
            "harlan vosk",
        ),
    ];
    for (text, event_type, name) in cases {
        let found = plain_actors("en", text, event_type);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(holds(&found, name), "{text}: {found:?}");
    }
}

#[test]
fn a_rank_names_no_person_where_no_name_follows() {
    // "Gen." closing an abbreviation list or before a lower-case word reads no name.
    let text = "The general met Indonesian army chief Maruli Simanjuntak in Jakarta on \
                Tuesday, and a Maj. Gen. spokesman said the talks went well.";
    let found = plain_actors("en", text, "Meeting");
    assert!(found.iter().all(|a| a.len() <= 2), "{found:?}");
    assert!(!holds(&found, "spokesman"), "{found:?}");
}

#[test]
fn the_pronoun_after_a_sentence_whose_subject_acted_is_that_subject() {
    // Two generals are named more often than the prime minister; "he" in
    // the sentence after the prime minister's trip is still the traveller.
    let text = "Lt. Gen. Marcus Hale opened the Southern Shield drills on Sunday. Lt. Gen. \
                Marcus Hale and Rear Adm. Peter Coyle attended the opening ceremony in \
                Darwin. Lt. Gen. Marcus Hale spoke to reporters after the ceremony. The \
                drills coincide with a visit to China by Australian Prime Minister Anthony \
                Albanese. There, he is expected to meet with President Xi Jinping.";
    let found = plain_actors("en", text, "Meeting");
    assert_eq!(
        found,
        vec![strings(&["Anthony_Albanese", "Xi_Jinping"])],
        "{text}"
    );
}

#[test]
fn a_ship_named_after_a_city_is_no_place() {
    let text = "Rear Adm. Colin Faber attended a ceremony aboard the Adelaide on Sunday.";
    let found = events("en", "2024-05-15 09:00:00", text);
    assert!(
        found.iter().all(|e| e.2.as_deref() != Some("Adelaide")),
        "{found:?}"
    );
    // A city after "in" stays the place.
    let text = "Rear Adm. Colin Faber visited Adelaide on Sunday for talks with \
                Australian commanders.";
    let found = events("en", "2024-05-15 09:00:00", text);
    assert!(
        found.iter().any(|e| e.2.as_deref() == Some("Adelaide")),
        "{found:?}"
    );
}

#[test]
fn the_pronoun_after_a_guest_of_a_host_named_by_role_stays_the_host() {
    // Biden is the first name of the sentence before, but the president
    // named by role ("Kepala Negara") is its subject: "ia" is still him.
    let text = "Presiden Prabowo Subianto tiba di Beijing pada Sabtu (9/11/2024). Prabowo \
                bertemu Presiden Xi Jinping di Beijing. Dari China, Kepala Negara akan \
                melanjutkan perjalanan ke Washington untuk bertemu Presiden Amerika Serikat \
                Joe Biden. Setelah itu, ia direncanakan menghadiri KTT APEC di Lima, Peru.";
    let found = plain_actors("id", text, "Visit");
    assert!(
        found.iter().all(|a| !a.contains(&"Joe_Biden".to_string())),
        "{found:?}"
    );
}

#[test]
fn who_speaks_of_the_trip_a_talk_is_part_of_holds_no_talks() {
    // The trip is the premier's, told before; the minister only speaks of it.
    let cases = [
        (
            "en",
            "Chinese Premier Li Qiang will visit Australia in June. Trade Minister Don \
             Farrell said the trip would include talks with Prime Minister Anthony Albanese \
             in Canberra.",
        ),
        (
            "en",
            "Chinese Premier Li Qiang will visit Australia in June. The trip would include \
             talks with Prime Minister Anthony Albanese in Canberra, Trade Minister Don \
             Farrell said.",
        ),
        (
            "id",
            "Perdana Menteri China Li Qiang akan berkunjung ke Australia pada Juni. Menteri \
             Perdagangan Don Farrell mengatakan kunjungan tersebut akan mencakup pertemuan \
             dengan Perdana Menteri Anthony Albanese di Canberra.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-05-15 09:00:00", text);
        assert!(
            found
                .iter()
                .all(|e| !e.1.iter().any(|a| a.contains("Farrell"))),
            "{text}: {found:?}"
        );
        let meetings = plain_actors(language, text, "Meeting");
        assert_eq!(
            meetings,
            vec![strings(&["Anthony_Albanese", "Li_Qiang"])],
            "{text}"
        );
    }
}

#[test]
fn a_traveller_who_speaks_of_their_own_trip_still_holds_its_talks() {
    let text = "Prime Minister Anthony Albanese will visit China next week. Albanese said \
                the trip would include talks with President Xi Jinping in Beijing.";
    let found = plain_actors("en", text, "Meeting");
    assert_eq!(
        found,
        vec![strings(&["Anthony_Albanese", "Xi_Jinping"])],
        "{text}"
    );
}

#[test]
fn a_heading_in_capitals_ends_the_roundup_item_before_it() {
    // The unnamed delegation of the last item continues no trip of the
    // first (without the heading, it was taken as a further leg of it).
    let text = |line: &str| {
        format!(
            "Chinese Premier Li Qiang will visit Australia in June, officials said. Trade \
             Minister Don Farrell said the trip would include talks with Prime Minister \
             Anthony Albanese in Canberra.\n{line}\nThailand said talks with China on the \
             submarine deal would continue. The navy ordered the submarine in 2017. A navy \
             delegation is expected to travel to China next month."
        )
    };
    let to_china = |text: &str| {
        events("en", "2024-04-22 09:00:00", text)
            .into_iter()
            .filter(|e| e.0 == "Visit" && e.2.as_deref() == Some("China"))
            .count()
    };
    assert_eq!(to_china(&text("THAI SUBMARINE TALKS")), 0);
}
