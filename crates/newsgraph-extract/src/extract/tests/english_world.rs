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
         Singh will meet President William Ruto on Friday.",
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

#[test]
fn a_minister_for_a_portfolio_introduces_the_named_person() {
    // Commonwealth usage: "Minister for" and two portfolios joined by "and".
    let found = events(
        "en",
        "2024-05-14 10:00:00",
        "Prabowo Subianto met Kenya's Minister for Internal Affairs and National Security \
         Baraka Wekesa in Jakarta on Tuesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Prabowo_Subianto", "person-Baraka_Wekesa"])],
        "{found:?}"
    );
}

#[test]
fn a_missile_first_tested_years_before_is_an_earlier_test() {
    let found = events(
        "en",
        "2023-10-18 10:00:00",
        "India test-fired an Agni missile from an island off Odisha on Wednesday. \
         The missile was first tested in May 2012.",
    );
    let mut dates: Vec<Option<String>> = found
        .iter()
        .filter(|e| e.0 == "MissileTest")
        .map(|e| e.3.clone())
        .collect();
    dates.sort();
    assert_eq!(
        dates,
        vec![Some("2012-05".to_string()), Some("2023-10-18".to_string())],
        "{found:?}"
    );
}

#[test]
fn leaders_who_shake_hands_meet() {
    let found = events(
        "en",
        "2024-06-20 10:00:00",
        "Cameras showed Joe Biden and Xi Jinping shake hands in Woodside on Wednesday.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Joe_Biden", "Xi_Jinping"])],
        "{found:?}"
    );
}

#[test]
fn what_a_which_clause_expects_somewhere_is_a_delivery_not_a_trip() {
    let found = events(
        "en",
        "2024-04-16 10:00:00",
        "Prabowo Subianto and his Kenyan counterpart Baraka Wekesa discussed the transfer \
         of six patrol boats on Tuesday, the first of which are expected in Kenya by December.",
    );
    assert!(found.iter().all(|e| e.0 != "Visit"), "{found:?}");
}
