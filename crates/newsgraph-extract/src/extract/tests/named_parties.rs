//! Stop 35 (xarms): a deal is reported with the people and organisations its
//! statement names for the states that take part (`add_named_parties`,
//! events.tsv `named_parties`). Sentences written for these tests.

use super::actors_after;
use crate::extract::add_named_parties;
use crate::recognise::recognise;
use crate::segment::segment;

/// The sorted actor ids of each event of `event_type`, after `add_named_parties`.
pub(super) fn reported(language: &str, text: &str, event_type: &str) -> Vec<Vec<String>> {
    actors_after(language, text, event_type, add_named_parties)
}

fn ids(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_deal_names_the_maker_beside_its_state() {
    let text = "Poland signed a contract with Hyundai Rotem on Monday for 96 more tanks.";
    assert_eq!(
        reported("en", text, "WeaponsTalks"),
        vec![ids(&["Hyundai_Rotem", "Poland", "South_Korea"])]
    );
    // A ministry and a shipyard of one state, the maker of another.
    let text = "Kemhan menandatangani kontrak pengadaan dua kapal selam dengan Naval Group \
                pada Kamis (28/3/2024).";
    let deals = reported("id", text, "WeaponsTalks");
    assert_eq!(
        deals,
        vec![ids(&[
            "France",
            "Indonesia",
            "Indonesian_Ministry_of_Defence",
            "Naval_Group"
        ])]
    );
}

#[test]
fn a_deal_names_who_signed_it() {
    let text = "Richard Marles and Sjafrie Sjamsoeddin signed a defence cooperation agreement \
                on Monday.";
    assert_eq!(
        reported("en", text, "WeaponsTalks"),
        vec![ids(&[
            "Australia",
            "Indonesia",
            "Richard_Marles",
            "Sjafrie_Sjamsoeddin"
        ])]
    );
}

#[test]
fn the_source_of_a_deal_is_no_party() {
    // The agency that reports the sale speaks; it does not sell.
    let text = "Egypt will buy 30 more Rafale jets from France, according to Agence France-Presse.";
    let deals = reported("en", text, "WeaponsTalks");
    assert_eq!(deals, vec![ids(&["Egypt", "France"])]);
}

#[test]
fn a_meeting_gets_no_named_parties() {
    // events.tsv: a meeting has no named_parties; its organisations stay out.
    let text = "Prabowo Subianto met the chief executive of Naval Group in Paris on Monday.";
    for actors in reported("en", text, "Meeting") {
        assert!(!actors.contains(&"Naval_Group".to_string()), "{actors:?}");
    }
}

#[test]
fn a_shipyard_a_deal_builds_at_is_a_party() {
    // "di galangan PT PAL" is where the boats are built, and the yard is a party of the deal.
    let text = "Kemhan menandatangani kontrak pengadaan dua kapal selam dengan Naval Group. \
                Kedua kapal selam itu akan dibangun di PT PAL Indonesia dengan skema alih teknologi.";
    let deals = reported("id", text, "WeaponsTalks");
    assert!(
        deals.iter().any(|a| a.contains(&"PT_PAL".to_string())),
        "{deals:?}"
    );
}

/// The status of each event of `event_type` (no date in these sentences, so the cue decides).
fn statuses(language: &str, text: &str) -> Vec<&'static str> {
    super::of_type(language, "2025-08-19 00:00:00", text, "WeaponsTalks")
        .into_iter()
        .map(|e| e.4)
        .collect()
}

#[test]
fn talks_held_about_a_possible_transfer_occurred() {
    // The status belongs to the talks, not to the transfer they were about.
    let text = "Japan and the Philippines discussed the possible transfer of six used destroyers.";
    assert_eq!(statuses("en", text), vec!["occurred"]);
    let text =
        "Indonesia dan Timor-Leste membahas rencana pengadaan kapal patroli buatan Indonesia.";
    assert_eq!(statuses("id", text), vec!["occurred"]);
    // Talks still to come stay expected.
    let text =
        "Japan and the Philippines will discuss the possible transfer of six used destroyers.";
    assert_eq!(statuses("en", text), vec!["expected"]);
    let text =
        "Indonesia dan Timor-Leste akan membahas rencana pengadaan kapal patroli buatan Indonesia.";
    assert_eq!(statuses("id", text), vec!["expected"]);
}

#[test]
fn a_cue_group_stands_on_its_words_only() {
    // The talk cue's `cue` group is the deal word: "latihan militer" inside its context is not reached.
    let k = super::knowledge();
    let text = "Keduanya membahas latihan militer bersama hingga rencana pengadaan kapal patroli.";
    let article = super::article("id", "2025-08-19 00:00:00", text);
    let recognised = recognise(segment(article, k), k);
    let language = &k.languages[recognised.document.language];
    let cues: Vec<&str> = recognised.sentences[0]
        .status_cues
        .iter()
        .filter(|hit| language.status_cues[hit.cue].cue_group)
        .map(|hit| &text[hit.span.start..hit.span.end])
        .collect();
    assert!(!cues.is_empty());
    assert!(cues.iter().all(|c| *c == "pengadaan"), "{cues:?}");
}

#[test]
fn an_air_force_that_chose_a_jet_made_a_deal_with_its_maker() {
    let text =
        "Angkatan Udara Thailand memilih jet tempur Gripen buatan Saab untuk menggantikan F-16.";
    let deals = reported("id", text, "WeaponsTalks");
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert!(deals[0].contains(&"Saab".to_string()), "{deals:?}");
    // The rivals a "before choosing" clause lists are no deal.
    let text =
        "Sebelum memilih FA-50, Malaysia juga mempertimbangkan jet tempur Tejas buatan India.";
    assert!(reported("id", text, "WeaponsTalks").is_empty());
}

#[test]
fn deals_for_different_weapons_between_the_same_states_stay_apart() {
    // events.tsv `distinct_systems`: a fighter deal and a submarine deal
    // signed on one day by the same two states are two deals, each with its
    // maker; a later mention of the fighters is the first deal again.
    let text = "Indonesia signed a contract with France on Monday for 24 Rafale jets made by \
                Dassault Aviation. On Monday Indonesia also signed a deal with France for two \
                Scorpène submarines built by Naval Group. Lawmakers welcomed the Rafale \
                purchase from France by Indonesia.";
    assert_eq!(
        reported("en", text, "WeaponsTalks"),
        vec![
            ids(&["Dassault_Aviation", "France", "Indonesia"]),
            ids(&["France", "Indonesia", "Naval_Group"])
        ]
    );
}

#[test]
fn a_statement_of_one_party_on_another_weapon_is_another_deal() {
    // `distinct_systems` in a continuation: talks naming only France and
    // submarines after a fighter deal are talks of their own; a later
    // statement on the fighters continues the fighter deal, not the latest.
    let text = "Indonesia signed a contract with France on Monday for 24 Rafale jets. \
                Negotiations on two Scorpène submarines with France are also under way, \
                officials said. The Rafale contract with France followed years of talks.";
    let deals = super::of_type("en", "2025-03-05 10:00:00", text, "WeaponsTalks");
    let dates: Vec<_> = deals.iter().map(|d| d.3.clone()).collect();
    assert_eq!(
        dates,
        vec![Some("2025-03-03".to_string()), None],
        "{deals:?}"
    );
}

#[test]
fn a_launch_names_the_leader_who_oversees_it() {
    // The leader watching his state's launch takes part in it (zmissile).
    let text =
        "North Korea fired two cruise missiles on Sunday, and Kim Jong Un watched the launch.";
    assert_eq!(
        reported("en", text, "MissileTest"),
        vec![ids(&["Kim_Jong-un", "North_Korea"])]
    );
    // The agency that conducts a state's test is a party beside it.
    let text = "India menguji coba rudal Agni-4 pada Kamis (6/6/2024), uji terbang yang \
                dilakukan oleh DRDO.";
    assert_eq!(
        reported("id", text, "MissileTest"),
        vec![ids(&["DRDO", "India"])]
    );
}

#[test]
fn a_drill_names_the_force_that_holds_it() {
    // The force beside its state: a report of the drill may name either.
    let text = "Angkatan Darat Pakistan menggelar latihan militer di dekat perbatasan pada Senin.";
    assert_eq!(
        reported("id", text, "MilitaryExercise"),
        vec![ids(&["Pakistan", "Pakistan_Army"])]
    );
}

#[test]
fn a_deal_between_two_firms_stays_apart_from_the_states_deal() {
    // `makers::firms_named`: a memorandum that names only a firm for each
    // party is a deal between those firms, not the purchase by a state named
    // in the sentence before, though both are between the same two states.
    let text = "Indonesia signed a contract on Tuesday for 12 Rafale jets from Dassault \
                Aviation. PT Dirgantara Indonesia and Dassault Aviation also signed a \
                memorandum of understanding on the maintenance of the jets.";
    assert_eq!(
        reported("en", text, "WeaponsTalks"),
        vec![
            ids(&["Dassault_Aviation", "France", "Indonesia"]),
            ids(&[
                "Dassault_Aviation",
                "France",
                "Indonesia",
                "PT_Dirgantara_Indonesia"
            ])
        ]
    );
}
