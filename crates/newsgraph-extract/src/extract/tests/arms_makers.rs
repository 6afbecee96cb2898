//! Stop 38 (c2weap): a memorandum, agreement or contract in a sentence naming
//! an arms maker or arms agency (`lists/arms-makers.txt`) is a weapons deal
//! though no weapon is named; talks with a state on the purchase of arms are
//! that deal, no meeting. Sentences written for these tests.

use super::events;
use super::named_parties::reported;

/// The sorted actors of each WeaponsTalks, with the makers and signatories.
fn deals(language: &str, text: &str) -> Vec<Vec<String>> {
    reported(language, text, "WeaponsTalks")
}

#[test]
fn a_pact_of_two_makers_is_a_deal_without_a_weapon_word() {
    let cases = [
        (
            "en",
            "Turkey's Roketsan and Indonesia's PT Pindad signed a memorandum of \
             understanding on Tuesday on the maintenance of engines.",
            vec!["Indonesia", "PT_Pindad", "Roketsan", "Turkey"],
        ),
        (
            "id",
            "PT PAL dan Naval Group menandatangani nota kesepahaman untuk riset \
             bersama pada Senin.",
            vec!["France", "Indonesia", "Naval_Group", "PT_PAL"],
        ),
    ];
    for (language, text, parties) in cases {
        assert_eq!(deals(language, text), [parties], "{text}");
    }
}

#[test]
fn a_contract_with_a_maker_the_gazetteer_now_knows_is_a_deal() {
    let cases = [
        (
            "en",
            "Chile said it had signed a contract with Safran for engine maintenance.",
            vec!["Chile", "France", "Safran"],
        ),
        (
            "en",
            "Poland's PGZ signed an offset agreement with Raytheon last month.",
            vec!["PGZ", "Poland", "Raytheon", "United_States"],
        ),
        (
            "id",
            "Kemhan meneken kontrak dengan Airbus Defence and Space di Dubai pada Selasa.",
            vec![
                "Airbus",
                "France",
                "Indonesia",
                "Indonesian_Ministry_of_Defence",
            ],
        ),
    ];
    for (language, text, parties) in cases {
        assert_eq!(deals(language, text), [parties], "{text}");
    }
}

#[test]
fn an_airliner_bought_from_airbus_is_no_deal() {
    let text = "Maskapai itu menandatangani kontrak pembelian 12 pesawat penumpang \
                dengan Airbus di Jakarta pada Senin.";
    assert!(deals("id", text).is_empty(), "{text}");
}

#[test]
fn talks_with_a_state_on_a_possible_purchase_are_no_meeting() {
    let text = "Separately, Vietnam's talks with Russia on the possible purchase of \
                Su-35 jets were continuing.";
    let found = events("en", "2024-04-19 10:00:00", text);
    let types: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(types, ["WeaponsTalks"], "{found:?}");
}
