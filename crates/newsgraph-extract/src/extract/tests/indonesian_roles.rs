//! Indonesian officials named only by role, and travel forms (issue 14, qid,
//! fifth quality session), on sentences written for these tests.

use super::{events, strings};

const PUBLISHED: &str = "2024-05-15 08:00:00";

fn visitors(found: &[super::Found]) -> Vec<Vec<String>> {
    found
        .iter()
        .filter(|e| e.0 == "Visit")
        .map(|e| e.1.clone())
        .collect()
}

#[test]
fn an_official_named_only_by_role_travels_for_the_state() {
    for (text, state) in [
        (
            "Presiden Kazakhstan terbang ke Beijing pada Senin.",
            "Kazakhstan",
        ),
        (
            "Menlu Inggris tiba di Kyiv dengan kereta malam.",
            "United_Kingdom",
        ),
        (
            "Perdana Menteri Jepang akan melakukan kunjungan resmi ke Seoul bulan depan.",
            "Japan",
        ),
        // A noun trigger: the role and its state after it.
        (
            "Kunjungan Menhan Mesir ke Ankara berlangsung dua hari.",
            "Egypt",
        ),
        // Someone named after the verb is no subject: the state still travels.
        (
            "Presiden Kazakhstan terbang ke Beijing atas undangan Xi Jinping.",
            "Kazakhstan",
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        assert_eq!(
            visitors(&found),
            vec![strings(&[state])],
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_role_before_a_state_names_the_person_introduced_with_it() {
    let text = "Presiden Kazakhstan Kassym-Jomart Tokayev menerima undangan itu pekan lalu. \
                Presiden Kazakhstan terbang ke Beijing pada Senin.";
    let found = events("id", PUBLISHED, text);
    assert_eq!(
        visitors(&found),
        vec![strings(&["Kassym-Jomart_Tokayev"])],
        "{found:?}"
    );
}

#[test]
fn a_role_and_state_before_a_name_stay_a_title() {
    let text = "Menlu Inggris, David Lammy, tiba di Kyiv pada Kamis.";
    let found = events("id", PUBLISHED, text);
    assert!(
        visitors(&found)
            .iter()
            .all(|v| v != &strings(&["United_Kingdom"])),
        "{found:?}"
    );
}

#[test]
fn a_role_at_home_or_in_passing_is_no_visit() {
    for text in [
        // At home: no visit.
        "Presiden Kazakhstan tiba di Astana setelah kunjungan kerja di daerah.",
        // Speaking of someone else's trip.
        "Menlu Inggris mengatakan Presiden Prabowo Subianto akan berkunjung ke London.",
        // A critic of a trip is not the traveller.
        "Kunjungan Presiden Prabowo Subianto ke Tokyo disambut baik oleh Perdana Menteri Jepang.",
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(
            visitors(&found)
                .iter()
                .all(|v| !v.contains(&"Kazakhstan".to_string())
                    && !v.contains(&"United_Kingdom".to_string())
                    && !v.contains(&"Japan".to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_counterpart_from_a_state_is_a_party_of_the_meeting() {
    let text =
        "Menhan Sjafrie Sjamsoeddin bertemu mitranya dari Prancis di Paris, Kamis (9/5/2024).";
    let found = events("id", PUBLISHED, text);
    assert!(
        found
            .iter()
            .any(|e| e.0 == "Meeting" && e.1 == strings(&["France", "Sjafrie_Sjamsoeddin"])),
        "{found:?}"
    );
}

#[test]
fn arriving_opens_a_clause_whose_subject_follows() {
    let text = "Setibanya di Jakarta, Perdana Menteri Vietnam langsung menuju Istana Merdeka, Senin (13/5/2024).";
    let found = events("id", PUBLISHED, text);
    assert_eq!(visitors(&found), vec![strings(&["Vietnam"])], "{found:?}");
}

#[test]
fn a_commander_of_a_state_force_travels_for_the_state() {
    for (text, state) in [
        (
            "Panglima Angkatan Darat Pakistan tiba di Washington untuk kunjungan selama sepekan.",
            "Pakistan",
        ),
        (
            "Panglima TNI terbang ke Kuala Lumpur, Selasa, untuk kunjungan kerja.",
            "Indonesia",
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        assert_eq!(
            visitors(&found),
            vec![strings(&[state])],
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_leader_of_a_movement_is_no_official_of_its_state() {
    // The guest's titles stand between the movement and his name.
    let text = "Wakil Presiden Jusuf Kalla menerima kunjungan Wakil Pemimpin Taliban, \
                Mullah Abdul Ghani Baradar, pada Sabtu (11/5/2024).";
    let found = events("id", PUBLISHED, text);
    assert!(
        found
            .iter()
            .all(|e| !e.1.contains(&"Afghanistan".to_string())
                && e.2.as_deref() != Some("Afghanistan")),
        "{found:?}"
    );
}

#[test]
fn sitting_down_together_and_courtesy_calls_are_meetings() {
    for (text, pair) in [
        (
            "Menlu Mesir dan Menlu Etiopia akhirnya duduk satu meja di Kairo pada Senin.",
            ["Egypt", "Ethiopia"],
        ),
        (
            "Kepala Staf Angkatan Darat Nepal bersilaturahmi dengan mitranya dari India di Kathmandu.",
            ["India", "Nepal"],
        ),
        (
            "Menhan Thailand melakukan kunjungan kehormatan kepada Perdana Menteri Vietnam di Hanoi.",
            ["Thailand", "Vietnam"],
        ),
    ] {
        let found = events("id", PUBLISHED, text);
        assert!(
            found
                .iter()
                .any(|e| e.0 == "Meeting" && e.1 == strings(&pair)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_launch_from_a_site_is_by_the_state_of_that_site() {
    let text = "Rudal antarbenua Yars diluncurkan dari Plesetsk pada Senin (13/5/2024).";
    let found = events("id", PUBLISHED, text);
    assert!(
        found
            .iter()
            .any(|e| e.0 == "MissileTest" && e.1 == strings(&["Russia"])),
        "{found:?}"
    );
}

#[test]
fn a_warship_arriving_in_port_is_no_trip_of_an_official() {
    // Its port call is the state's (id.visit.port_call), no official's trip.
    let text = "Kapal induk AS, USS Carl Vinson, tiba di Busan pada Selasa (14/5/2024).";
    let found = events("id", PUBLISHED, text);
    assert_eq!(
        visitors(&found),
        vec![strings(&["United_States"])],
        "{found:?}"
    );
}
