//! Summits and other multilateral gatherings: the organisation takes part
//! (gazetteer `organisations.tsv`, the `organisation` subject of the summit
//! triggers), apart from the trip to it and the side meetings held at it.
//! Sentences written for these tests.

use super::{events, meetings, strings};

const PUBLISHED: &str = "2024-12-10 08:00:00";

#[test]
fn a_summit_of_the_developing_eight_takes_the_group_as_a_party() {
    // D-8 is a gazetteer organisation, so "KTT D-8" names its summit.
    let found = events(
        "id",
        PUBLISHED,
        "Perdana Menteri Anwar Ibrahim akan menghadiri KTT D-8 di Kairo pekan depan.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["Anwar_Ibrahim", "D-8"])],
        "{found:?}"
    );
}

#[test]
fn one_state_attending_a_summit_is_its_party_beside_the_organisation() {
    // The organisation is the second party: one state named is enough.
    for (lang, text, org, state) in [
        (
            "id",
            "Vietnam akan menghadiri KTT ASEAN di Vientiane pada bulan depan.",
            "ASEAN",
            "Vietnam",
        ),
        (
            "en",
            "Chile will attend the APEC summit in Lima next month.",
            "APEC",
            "Chile",
        ),
    ] {
        let found = events(lang, PUBLISHED, text);
        assert_eq!(meetings(&found), vec![strings(&[org, state])], "{found:?}");
    }
}

#[test]
fn a_summit_joined_with_its_place_is_told_even_with_the_organisation_alone() {
    // "ikut serta dalam" refers back; told first, a summit with its place stands alone.
    let found = events(
        "id",
        PUBLISHED,
        "Para pemimpin kawasan akan ikut serta dalam KTT ASEAN di Vientiane pada bulan depan.",
    );
    let summit = found.iter().find(|f| f.0 == "Meeting").expect("{found:?}");
    assert_eq!(summit.1, strings(&["ASEAN"]), "{found:?}");
    assert_eq!(summit.2.as_deref(), Some("Vientiane"), "{found:?}");
}

#[test]
fn a_state_attending_a_summit_its_leader_attends_restates_it() {
    // The state's own leader was named at the same summit before: one event.
    let found = events(
        "id",
        PUBLISHED,
        "Presiden Luiz Inácio Lula da Silva akan terbang ke Johannesburg untuk menghadiri KTT BRICS pada 22 Agustus. Brasil juga akan menghadiri KTT BRICS di Johannesburg pada 22 Agustus.",
    );
    assert_eq!(
        meetings(&found),
        vec![strings(&["BRICS", "Brazil", "Luiz_Inacio_Lula_da_Silva"])],
        "{found:?}"
    );
}
