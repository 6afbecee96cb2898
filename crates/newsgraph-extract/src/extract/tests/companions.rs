//! Stop 39 (e3paren): an event found with too few of its parties. The
//! people who travel with a visitor (references.tsv `companion`), a name
//! after an honorific (titles.tsv), and "sat down" with an adverb between
//! (en.meeting.sat_down). Sentences written for these tests.

use super::{actors_after, strings};
use crate::extract::add_named_parties;
// The same sentence checks as stop 32's finds.
use super::unfound::one;

#[test]
fn the_people_who_accompany_a_visitor_make_the_visit() {
    let text = "Defence Minister Amina Wekesa arrived in Lisbon on Monday, accompanied by \
                General Omar Kiptoo and Principal Secretary Ruth Njeri.";
    let visits = actors_after("en", text, "Visit", add_named_parties);
    assert_eq!(visits.len(), 1, "{visits:?}");
    for who in [
        "person-Amina_Wekesa",
        "person-Omar_Kiptoo",
        "person-Ruth_Njeri",
    ] {
        assert!(visits[0].contains(&who.to_string()), "{visits:?}");
    }
    let text = "Foreign Minister Lena Varga flew to Quito on Sunday at the head of a delegation \
                that included Ambassador Pedro Salas.";
    let visits = actors_after("en", text, "Visit", add_named_parties);
    assert!(
        visits[0].contains(&"person-Pedro_Salas".to_string()),
        "{visits:?}"
    );
}

#[test]
fn a_companion_stretch_ends_at_a_clause_break() {
    // A person after the clause break is no companion.
    let text = "Defence Minister Amina Wekesa arrived in Lisbon on Monday, accompanied by her \
                aides; meanwhile General Omar Kiptoo stayed in Nairobi.";
    let visits = actors_after("en", text, "Visit", add_named_parties);
    assert!(
        !visits[0].contains(&"person-Omar_Kiptoo".to_string()),
        "{visits:?}"
    );
}

#[test]
fn an_honorific_before_a_full_name_names_a_person() {
    let (actors, _) = one(
        "en",
        "Ms Amina Wekesa met Defence Minister Paulo Rocha in Lisbon on Tuesday.",
        "Meeting",
    );
    assert_eq!(
        actors,
        strings(&["person-Amina_Wekesa", "person-Paulo_Rocha"])
    );
}

#[test]
fn sitting_down_separately_with_someone_is_a_meeting() {
    let (actors, _) = one(
        "en",
        "General Omar Kiptoo sat down separately with Admiral Paulo Rocha in Lisbon on Tuesday.",
        "Meeting",
    );
    assert_eq!(
        actors,
        strings(&["person-Omar_Kiptoo", "person-Paulo_Rocha"])
    );
}
