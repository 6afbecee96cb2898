//! English constructions of the fourth quality session (issue 14, qen):
//! inserted relative clauses. Sentences written for these tests; each fails
//! without the rule it names.

use super::{events, strings};

#[test]
fn an_inserted_relative_clause_keeps_its_date_and_place_to_its_own_event() {
    // inserted::view: "who visited Beijing last month" is Mohammed bin
    // Salman's trip, not Xi's, and its month does not date the meeting.
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "Chinese President Xi Jinping met Saudi Crown Prince Mohammed bin Salman, \
         who visited Beijing last month, in Riyadh on Thursday.",
    );
    let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
    assert_eq!(meeting.1, strings(&["Mohammed_bin_Salman", "Xi_Jinping"]));
    assert_eq!(meeting.2.as_deref(), Some("Riyadh"), "{found:?}");
    assert_eq!(meeting.3.as_deref(), Some("2024-05-09"), "{found:?}");
    let visits: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
    assert_eq!(visits.len(), 1, "{found:?}");
    assert_eq!(visits[0].1, strings(&["Mohammed_bin_Salman"]), "{found:?}");
    assert_eq!(visits[0].2.as_deref(), Some("Beijing"), "{found:?}");
    assert_eq!(visits[0].3.as_deref(), Some("2024-04"), "{found:?}");
}

#[test]
fn the_main_clause_takes_no_date_from_a_clause_about_a_name() {
    // inserted::view, a clause about a name with no event of its own: its
    // year is the predecessor's, not the meeting's.
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "Chinese Defence Minister Dong Jun, whose predecessor was dismissed last year, \
         met US Defence Secretary Lloyd Austin in Singapore on Friday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2024-05-10"), "{found:?}");
}

#[test]
fn a_clause_about_the_event_itself_still_dates_it() {
    // Not foreign: "which began on Monday" follows the exercise's name, not a
    // party's, and states no event of its own.
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "The Talisman Sabre exercise, which began on Monday, involves troops from \
         Australia and the United States.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["Australia", "United_States"]));
    assert_eq!(found[0].3.as_deref(), Some("2024-05-06"), "{found:?}");
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "North Korea fired a ballistic missile, which landed in the Sea of Japan on Tuesday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Sea_of_Japan"), "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2024-05-07"), "{found:?}");
}

#[test]
fn an_organisation_named_for_its_members_takes_part_in_a_meeting() {
    // actors::group_parties: "leaders of the GCC", "ASEAN leaders", "the
    // Quad leaders" name the organisation's members as a party.
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "Xi Jinping met leaders of the Gulf Cooperation Council in Riyadh on Friday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Gulf_Cooperation_Council", "Xi_Jinping"])
    );
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "The Quad leaders met in Tokyo on Tuesday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["Quad"]));
    assert_eq!(found[0].2.as_deref(), Some("Tokyo"), "{found:?}");
}

#[test]
fn an_organisation_only_mentioned_by_a_meeting_is_no_party() {
    // Not a group party: a topic ("cooperation with ASEAN"), a body a person
    // belongs to ("NATO Secretary General"), or one nearer another trigger.
    for text in [
        "Modi met Albanese in Sydney on Tuesday and discussed cooperation with ASEAN.",
        "Putin met Xi in Beijing on Tuesday, days after NATO leaders met in Washington.",
    ] {
        let found = events("en", "2024-05-10 10:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.len(), 2, "{text}: {found:?}");
    }
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "Japanese Prime Minister Fumio Kishida met NATO Secretary General Jens \
         Stoltenberg in Tokyo on Monday.",
    );
    assert_eq!(found[0].1, strings(&["Fumio_Kishida", "Jens_Stoltenberg"]));
}

#[test]
fn the_host_after_welcomed_by_is_no_guest() {
    // references.tsv `guest`: "was received by President Joe Biden" names the
    // host; taken as the guest, he was the visitor, at home, and the visit
    // of the subject was lost.
    for text in [
        "Kenyan President William Ruto visited Washington and was received by \
         President Joe Biden on Thursday.",
        "Kenyan President William Ruto arrived in Washington on Wednesday and was \
         welcomed by President Joe Biden on Thursday.",
    ] {
        let found = events("en", "2024-05-10 10:00:00", text);
        let visits: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
        assert_eq!(visits.len(), 1, "{text}: {found:?}");
        assert_eq!(visits[0].1, strings(&["William_Ruto"]), "{text}: {found:?}");
        assert_eq!(
            visits[0].2.as_deref(),
            Some("Washington"),
            "{text}: {found:?}"
        );
    }
    // The guest after the verb still is one, behind "the visiting".
    let found = events(
        "en",
        "2024-05-10 10:00:00",
        "Biden welcomed the visiting Kenyan President William Ruto to the White House on Thursday.",
    );
    let visits: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
    assert_eq!(visits.len(), 1, "{found:?}");
    assert_eq!(visits[0].1, strings(&["William_Ruto"]), "{found:?}");
}
