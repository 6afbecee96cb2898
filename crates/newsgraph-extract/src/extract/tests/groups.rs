//! Participants given as a group ("the two defence ministers", "kedua
//! menteri", "both sides"): the parties named before (issue 14, qmerge), on
//! sentences written for these tests.

use super::{events, strings};

/// The sorted actor ids of every event of `event_type` found.
fn actors_of(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    events(language, "2024-11-12 08:00:00", text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| e.1)
        .collect()
}

#[test]
fn a_pair_named_by_role_is_the_two_people_named_before() {
    let before_en = "Indonesian Defence Minister Sjafrie Sjamsoeddin and Australian Defence Minister Richard Marles watched the landing from a command post.";
    let before_id = "Menteri Pertahanan Sjafrie Sjamsoeddin dan Menteri Pertahanan Australia Richard Marles menyaksikan pendaratan itu dari pos komando.";
    let pair = strings(&["Richard_Marles", "Sjafrie_Sjamsoeddin"]);
    for (language, before, after) in [
        (
            "en",
            before_en,
            "Afterwards the two defence ministers held brief talks.",
        ),
        ("en", before_en, "Later both ministers met in Surabaya."),
        (
            "en",
            before_en,
            "The two sides then held talks on maritime patrols.",
        ),
        (
            "id",
            before_id,
            "Seusai latihan, kedua menteri pertahanan menggelar pertemuan singkat.",
        ),
        (
            "id",
            before_id,
            "Kedua menteri kemudian bertemu di Surabaya.",
        ),
        (
            "id",
            before_id,
            "Kedua pejabat itu lalu mengadakan pembicaraan tertutup.",
        ),
    ] {
        let text = format!("{before} {after}");
        let found = actors_of(language, &text, "Meeting");
        assert_eq!(found, vec![pair.clone()], "{text}");
    }
}

#[test]
fn a_role_pair_with_no_two_people_before_states_no_meeting() {
    // Nobody named before: "the two ministers" stand for no one we know.
    for (language, text) in [
        (
            "en",
            "The weather was calm. Afterwards the two defence ministers held brief talks.",
        ),
        (
            "id",
            "Cuaca cerah. Seusai latihan, kedua menteri pertahanan menggelar pertemuan singkat.",
        ),
    ] {
        assert!(actors_of(language, text, "Meeting").is_empty(), "{text}");
    }
}

#[test]
fn both_sides_in_an_event_of_states_are_the_two_states_named_before() {
    let pair = strings(&["Greece", "France"]);
    let mut pair_sorted = pair.clone();
    pair_sorted.sort();
    for (language, text) in [
        ("en", "Greece and France signed a strategic partnership. Both sides also agreed a deal for three frigates."),
        ("id", "Yunani dan Prancis menandatangani kemitraan strategis. Kedua pihak juga menyepakati pembelian tiga kapal fregat."),
    ] {
        let found = actors_of(language, text, "WeaponsTalks");
        assert!(found.contains(&pair_sorted), "{text}: {found:?}");
    }
}
