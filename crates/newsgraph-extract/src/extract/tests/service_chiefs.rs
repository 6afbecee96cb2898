//! A service chief named by office and state (f3roles): "KSAL Jepang",
//! "Kepala Staf Angkatan Laut Jepang" name Japan's navy chief, as "Panglima
//! Jepang" names Japan's commander; neither the abbreviation (a home title)
//! nor "Laut Jepang" (a sea inside "Angkatan Laut Jepang") may lose the state.
//! Sentences written for these tests.

use super::bare_roles::actors;
use super::strings;

#[test]
fn a_service_chief_with_a_state_is_that_state() {
    for role in [
        "KSAL Jepang",
        "KSAD Jepang",
        "Kasau Jepang",
        "Kepala Staf Angkatan Laut Jepang",
    ] {
        let text =
            format!("{role} bertemu Menteri Pertahanan Sjafrie Sjamsoeddin di Jakarta pada Senin.");
        let found = actors("id", &text, "Meeting");
        assert_eq!(
            found,
            vec![strings(&["Japan", "Sjafrie_Sjamsoeddin"])],
            "{text}"
        );
    }
}

#[test]
fn a_service_chief_with_a_state_is_the_chief_titled_through_a_force() {
    // The force between title and name ("… Maritim Jepang Laksamana …")
    // leaves the chief with no state of record: the title named Japan.
    let text = "Kepala Staf Angkatan Laut Pasukan Bela Diri Maritim Jepang Laksamana \
                Akira Saito tiba di Jakarta pada Senin. KSAL Jepang lalu bertemu Menteri \
                Pertahanan Sjafrie Sjamsoeddin di Jakarta pada Senin.";
    let found = actors("id", text, "Meeting");
    assert_eq!(
        found,
        vec![strings(&["Sjafrie_Sjamsoeddin", "person-Akira_Saito"])],
        "{text}"
    );
}

#[test]
fn a_leading_initial_before_a_listed_name_is_that_person() {
    let text = "Kepala Staf TNI AU Marsekal TNI M. Tonny Harjono bertemu Menteri \
                Pertahanan Sjafrie Sjamsoeddin di Jakarta pada Senin.";
    let found = actors("id", text, "Meeting");
    assert_eq!(
        found,
        vec![strings(&["Sjafrie_Sjamsoeddin", "Tonny_Harjono"])],
        "{text}"
    );
}

#[test]
fn a_state_qualifying_a_chiefs_title_flags_no_warship() {
    // "Japanese navy" reads as a ship's flag, but here it titles the admiral:
    // his arrival is his visit, not a Japanese port call.
    let text = "Japanese navy chief Adm. Akira Saito arrived in Busan on Tuesday.";
    let found = actors("en", text, "Visit");
    assert_eq!(found, vec![strings(&["person-Akira_Saito"])], "{text}");
}
