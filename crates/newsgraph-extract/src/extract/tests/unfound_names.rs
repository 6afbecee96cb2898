//! Stop 37 (arecall): events found nowhere because a party went unread —
//! an initial inside a name, an envoy named after the place of posting, a
//! defence maker the gazetteer lacked, the states of a named exercise
//! series the sentence does not name — or a value stood inside the deal's
//! phrase. Sentences written for these tests.

use super::{english_actors, events, meetings};

#[test]
fn a_value_before_the_contract_still_makes_the_deal() {
    let deals = english_actors(
        "Chile signed a US$410 million contract with Japan for six frigates on Monday.",
        "WeaponsTalks",
    );
    assert_eq!(deals, vec![vec!["Chile".to_string(), "Japan".to_string()]]);
}

#[test]
fn an_initial_inside_a_name_does_not_end_it() {
    let text = "Kasau Marsekal TNI R. Adi Wibowo menerima kunjungan Air Marshal Glen Braddon \
                di Jakarta, Senin (7/7).";
    let found = events("id", "2025-07-09 00:00:00", text);
    let met = meetings(&found);
    assert!(
        met.iter()
            .any(|m| m.contains(&"person-R_Adi_Wibowo".to_string())
                && m.contains(&"person-Glen_Braddon".to_string())),
        "{found:?}"
    );
}

#[test]
fn an_envoy_is_named_after_the_place_of_posting() {
    let id = "Menteri Pertahanan Sjafrie Sjamsoeddin menerima Duta Besar Jepang untuk Indonesia \
              Hiroshi Tanaka di Jakarta, Senin (14/7).";
    let found = events("id", "2025-07-16 00:00:00", id);
    assert!(
        meetings(&found)
            .iter()
            .any(|m| m.contains(&"person-Hiroshi_Tanaka".to_string())),
        "{found:?}"
    );
    let en = "Defence Minister Sjafrie Sjamsoeddin received the Chinese Ambassador to Indonesia, \
              Chen Wei, in Jakarta on Monday.";
    let met = english_actors(en, "Meeting");
    assert!(
        met.iter()
            .any(|m| m.contains(&"person-Chen_Wei".to_string())),
        "{met:?}"
    );
}

#[test]
fn a_contract_with_a_listed_defence_maker_is_a_deal_with_its_state() {
    let deals = english_actors(
        "Malaysia signed a contract with Roketsan for anti-ship missiles in 2022.",
        "WeaponsTalks",
    );
    assert!(
        deals
            .iter()
            .any(|d| d.contains(&"Malaysia".to_string()) && d.contains(&"Turkey".to_string())),
        "{deals:?}"
    );
}

#[test]
fn a_named_series_brings_its_standing_states() {
    let text = "Latihan gabungan Elang AusIndo akan kembali digelar di Kalimantan Timur \
                pada akhir tahun ini.";
    let found = events("id", "2025-03-13 00:00:00", text);
    let drills: Vec<_> = found.iter().filter(|e| e.0 == "MilitaryExercise").collect();
    assert_eq!(drills.len(), 1, "{found:?}");
    assert_eq!(drills[0].1, ["Australia", "Indonesia"], "{found:?}");
}
