//! English phrasings behind events not found at all (stop 39, e3finden), on
//! sentences written for these tests: each fails without the rule or data
//! row it names.

use super::{events, strings};

#[test]
fn a_planned_call_on_someone_is_a_meeting() {
    // triggers.tsv en.meeting.called_on: "is to call on", "will call on" as
    // "called on"; "will call on X to …" is still a demand.
    let found = events(
        "en",
        "2024-04-20 08:00:00",
        "Japanese Defence Minister Minoru Kihara arrived in Seoul on Tuesday. \
         Kihara is also scheduled to call on President Lee Jae-myung on Thursday.",
    );
    let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
    assert_eq!(meeting.1, strings(&["Lee_Jae-myung", "Minoru_Kihara"]));
    assert_eq!(meeting.4, "expected", "{found:?}");
    let found = events(
        "en",
        "2024-04-20 08:00:00",
        "Japanese Defence Minister Minoru Kihara will call on Seoul to scrap the plan.",
    );
    assert!(found.iter().all(|e| e.0 != "Meeting"), "{found:?}");
}

#[test]
fn a_long_title_after_by_still_marks_the_agent() {
    // references.tsv `agent`: up to eight capitalised words between "by" and
    // the name ("by Indonesian Air Force Chief of Staff Marshal X").
    let found = events(
        "en",
        "2024-04-20 08:00:00",
        "A visit to Darwin by Indonesian Air Force Chief of Staff Marshal Budi Santoso Wirawan is planned for next week.",
    );
    let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
    assert!(
        visit.1.contains(&"person-Budi_Santoso_Wirawan".to_string()),
        "{found:?}"
    );
    assert_eq!(visit.4, "expected", "{found:?}");
}

#[test]
fn a_town_that_spells_a_last_name_is_the_person_named_in_full() {
    // recognise/open_world.rs `town_as_surname`, `is_town`: "Admiral Ryo
    // Sakai" is a person, though Sakai is a listed Japanese city, and the
    // "Sakai" after it is him; a capital keeps its own sense.
    let found = events(
        "en",
        "2024-04-20 08:00:00",
        "Admiral Ryo Sakai met Admiral Yang Yong-mo in Gyeryong on Wednesday. \
         Sakai is also scheduled to call on President Lee Jae-myung on Thursday.",
    );
    let people: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert!(
        people
            .iter()
            .any(|e| e.1.contains(&"person-Ryo_Sakai".to_string())
                && e.1.contains(&"Lee_Jae-myung".to_string())),
        "{found:?}"
    );
    assert!(
        found.iter().all(|e| e.2.as_deref() != Some("Sakai")),
        "{found:?}"
    );
}
