//! English news of outlets worldwide (stop 37, aeng): office holders of
//! smaller states, surnames and the ways such reports phrase events.

use super::{events, meetings, strings};

#[test]
fn a_surname_is_the_person_named_in_full_not_another_listed_with_it() {
    // "Singh" is listed as Manmohan Singh's short form; after Rajnath Singh
    // is named in full it is Rajnath Singh.
    let found = events(
        "en",
        "2023-10-05 10:00:00",
        "Defence Minister Rajnath Singh landed in Nairobi on Wednesday for a two-day visit. \
         Singh will call on President William Ruto on Friday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Rajnath_Singh", "William_Ruto"])],
        "{found:?}"
    );
}

#[test]
fn a_counterpart_from_a_state_then_a_comma_introduces_the_named_person() {
    let found = events(
        "en",
        "2024-03-12 10:00:00",
        "Prabowo Subianto held talks in Jakarta on Tuesday with his counterpart \
         from the Republic of Kenya, Baraka Wekesa, who is on a working visit.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Prabowo_Subianto", "person-Baraka_Wekesa"])],
        "{found:?}"
    );
}
