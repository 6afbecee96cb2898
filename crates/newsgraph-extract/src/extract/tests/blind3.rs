//! Rules prompted by the third blind corpus (stop 29), on sentences written
//! for these tests.

use super::events;

const PUBLISHED: &str = "2023-07-28 00:00:00";

#[test]
fn a_short_form_of_a_person_named_before_is_the_person_not_a_town() {
    // "Austin" is also a Texan city; after "Lloyd Austin" it is the secretary.
    let text = "US Defense Secretary Lloyd Austin arrived in Port Moresby on Thursday. \
                Austin met Papua New Guinea Prime Minister James Marape on Thursday.";
    let found = events("en", PUBLISHED, text);
    let meeting = found.iter().find(|f| f.0 == "Meeting");
    let meeting = meeting.unwrap_or_else(|| panic!("no meeting in {found:?}"));
    assert!(meeting.1.contains(&"Lloyd_Austin".to_string()), "{found:?}");
    assert_eq!(meeting.2.as_deref(), Some("Port_Moresby"), "{found:?}");
    // Named as a town first, and not as a person, it stays the town.
    let text = "Indonesian President Joko Widodo arrived in Austin on Thursday.";
    let found = events("en", PUBLISHED, text);
    assert!(
        found
            .iter()
            .any(|f| f.0 == "Visit" && f.2.as_deref() == Some("Austin")),
        "{found:?}"
    );
}

#[test]
fn a_plan_its_own_side_then_denies_is_no_event() {
    for (language, text) in [
        (
            "en",
            "Nikol Pashinyan and Ilham Aliyev could meet in Almaty next week, but Pashinyan's \
             spokeswoman denied that any such meeting was planned.",
        ),
        (
            "id",
            "Nikol Pashinyan dan Ilham Aliyev bisa bertemu di Almaty pekan depan, namun juru bicara \
             Pashinyan membantah adanya rencana pertemuan itu.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A denial of something else keeps the meeting.
    for text in [
        "Ararat Mirzoyan met Jeyhun Bayramov in Almaty on Friday, but the ministry denied that the \
         meeting produced a breakthrough.",
        "Ararat Mirzoyan met Jeyhun Bayramov in Almaty on Friday, but officials denied that any \
         deal on the border was reached.",
    ] {
        let found = events("en", PUBLISHED, text);
        assert!(found.iter().any(|f| f.0 == "Meeting"), "{text}: {found:?}");
    }
}

#[test]
fn a_speaker_named_also_as_a_party_stays_one() {
    // "Yoon's office said" names Yoon as a source; he met Kishida all the same.
    let text = "Yoon Suk Yeol met Fumio Kishida on Wednesday, where the two leaders agreed to \
                share missile data, Yoon's office said.";
    let found = events("en", PUBLISHED, text);
    let meeting = found.iter().find(|f| f.0 == "Meeting");
    let meeting = meeting.unwrap_or_else(|| panic!("no meeting in {found:?}"));
    assert_eq!(meeting.1, ["Fumio_Kishida", "Yoon_Suk-yeol"], "{found:?}");
    // A speaker named only as such is still no party of "the two leaders".
    let text = "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Kremlin spokesman \
                Dmitry Peskov said that the meeting of the two leaders lasted four hours.";
    let found = events("en", PUBLISHED, text);
    assert!(
        found
            .iter()
            .all(|f| !f.1.contains(&"Dmitry_Peskov".to_string())),
        "{found:?}"
    );
}

#[test]
fn where_the_reporting_officials_are_is_not_where_the_launch_is() {
    let text = "North Korea launched a long-range ballistic missile into the sea on Wednesday, \
                officials in Seoul and Tokyo said.";
    let found = events("en", PUBLISHED, text);
    let test = found.iter().find(|f| f.0 == "MissileTest");
    let test = test.unwrap_or_else(|| panic!("no test in {found:?}"));
    assert_eq!(test.2, None, "{found:?}");
}
