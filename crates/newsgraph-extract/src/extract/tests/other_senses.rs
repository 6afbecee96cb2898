//! False events of stop 38 (c2prec): a trigger word in another sense (a ship
//! sent with no one to receive it, a fleet flown, a thing welcomed) and a
//! denied deal. Sentences written for these tests.

// The same checks as qprec's false events.
use super::false_events::{has, types};

#[test]
fn indonesian_warships_sent_to_no_one_are_no_arms_transfer() {
    for text in [
        "Australia mengirimkan satu fregat, begitu pula Jepang dan Korea Selatan.",
        "Prancis dan Italia masing-masing mengirim kapal perusak, sedangkan Kanada mengirim personel.",
    ] {
        let found = types("id", text);
        assert!(!has(&found, "WeaponsTalks"), "{text}: {found:?}");
    }
    for text in [
        "Amerika Serikat mengirimkan rudal jelajah ke Taiwan bulan lalu.",
        "Korea Selatan mengirim tank kepada Polandia pada Februari.",
    ] {
        let found = types("id", text);
        assert!(has(&found, "WeaponsTalks"), "{text}: {found:?}");
    }
}

#[test]
fn indonesian_a_denied_deal_did_not_happen() {
    let text = "Pemerintah Vietnam menampik bahwa ada kesepakatan pembelian jet tempur dari Rusia.";
    let found = types("id", text);
    assert!(!has(&found, "WeaponsTalks"), "{text}: {found:?}");
}

#[test]
fn a_thing_welcomed_is_no_guest_received() {
    for (language, text) in [
        ("id", "Pemerintah Filipina menyambut setiap upaya Malaysia untuk meredakan ketegangan."),
        ("id", "Kanada menyambut keputusan Jepang soal perjanjian itu."),
        ("en", "Prime Minister Anthony Albanese welcomed the announcement by Indonesian President Joko Widodo on Monday."),
        ("en", "Indonesian President Joko Widodo welcomes any effort by Chinese Premier Li Qiang to calm the sea."),
    ] {
        let found = types(language, text);
        assert!(!has(&found, "Meeting"), "{text}: {found:?}");
    }
    let text = "Presiden Filipina menyambut Perdana Menteri Malaysia di Istana Malacanang.";
    assert!(has(&types("id", text), "Meeting"), "{text}");
}

#[test]
fn english_a_fleet_flown_is_no_trip() {
    let text = "Defence Minister Prabowo Subianto flies a mix of U.S. and Russian-made fighters in the air force he oversees.";
    let found = types("en", text);
    assert!(!has(&found, "Visit"), "{text}: {found:?}");
    let text = "The Malaysian prime minister flew to Tokyo on Monday for talks.";
    assert!(has(&types("en", text), "Visit"), "{text}");
}

#[test]
fn missiles_fired_at_targets_across_a_country_are_a_war_not_a_test() {
    for (language, text) in [
        ("en", "Russia has fired hundreds of cruise and ballistic missiles at targets across the country since February."),
        ("en", "Over the winter Russia launched dozens of missiles at power plants in Ukraine."),
        ("id", "Rusia telah menembakkan ratusan rudal jelajah ke sasaran di seluruh Ukraina sejak Februari."),
    ] {
        let found = types(language, text);
        assert!(!has(&found, "MissileTest"), "{text}: {found:?}");
    }
    let text =
        "North Korea fired two ballistic missiles into the sea off its east coast on Monday.";
    assert!(has(&types("en", text), "MissileTest"), "{text}");
}
