//! False events, sixth quality session (issue 14, qprec): attacks that are
//! no tests, hypotheticals, denials and background mentions. Sentences
//! written for these tests.

use super::events;

const PUBLISHED: &str = "2024-03-08 00:00:00";

pub(super) fn types(language: &str, text: &str) -> Vec<String> {
    events(language, PUBLISHED, text)
        .into_iter()
        .map(|e| e.0)
        .collect()
}

pub(super) fn has(found: &[String], event_type: &str) -> bool {
    found.iter().any(|t| t == event_type)
}

#[test]
fn english_missiles_fired_at_a_state_or_a_city_are_an_attack_not_a_test() {
    for text in [
        "Hamas fired rockets at Jerusalem on Sunday, the army said.",
        "Russia launched a wave of cruise missiles at Odesa overnight.",
        "Hezbollah fired dozens of rockets into northern Israel on Monday.",
        "Moscow fired a hypersonic missile at the city of Kharkiv last week.",
        "Russia launched drones and missiles toward Lviv early on Friday.",
    ] {
        let found = types("en", text);
        assert!(!has(&found, "MissileTest"), "{text}: {found:?}");
    }
    // Over a state, toward a state or a sea, or at a range, it stays a test.
    for text in [
        "North Korea fired a ballistic missile over Japan on Tuesday.",
        "North Korea fired two missiles toward the Sea of Japan on Monday.",
        "Pakistan test-fired a cruise missile at a range in Sindh on Thursday.",
    ] {
        let found = types("en", text);
        assert!(has(&found, "MissileTest"), "{text}: {found:?}");
    }
}

#[test]
fn a_condition_on_what_a_name_does_states_no_event() {
    for (language, text) in [
        ("en", "If Pyongyang test-fires another missile, Tokyo will impose new sanctions."),
        ("en", "Unless Putin meets Zelensky in Istanbul, the fighting will go on."),
        ("id", "Jika Pyongyang kembali menguji rudal balistik, Tokyo akan menjatuhkan sanksi baru."),
        ("id", "Apabila Rusia menggelar latihan militer di dekat perbatasan, Finlandia akan memperkuat pasukannya."),
    ] {
        let found = types(language, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A condition on a thing presupposes it: the deal was made.
    let text = "Thailand can review other options if its deal to buy submarines from China is deemed untenable.";
    assert!(has(&types("en", text), "WeaponsTalks"), "{text}");
}

#[test]
fn a_claim_the_accused_denies_is_no_event() {
    for (language, text) in [
        (
            "en",
            "Kyiv accused Minsk of supplying drones to Russia, which Belarus denied.",
        ),
        (
            "en",
            "Kyiv said Minsk was supplying drones to Russia, allegations Belarus has rejected.",
        ),
        (
            "en",
            "North Korea is supplying artillery shells to Russia, a claim Pyongyang has denied.",
        ),
    ] {
        let found = types(language, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn never_yet_is_no_event() {
    let text = "Presiden Korea Selatan belum pernah mengunjungi Korea Utara.";
    let found = types("id", text);
    assert!(found.is_empty(), "{text}: {found:?}");
    let text = "Presiden Korea Selatan pernah mengunjungi Korea Utara pada 2018.";
    assert!(has(&types("id", text), "Visit"), "{text}");
}

#[test]
fn a_plural_word_is_no_brazilian_city() {
    // "Para" (plural) folded from "Pará", a name of Belém; no place at all.
    let found = events(
        "id",
        PUBLISHED,
        "Para menteri pertahanan Jepang dan Australia bertemu pada Senin (4/3/2024).",
    );
    assert!(found.iter().all(|e| e.2.is_none()), "{found:?}");
}

#[test]
fn what_is_unlikely_rejected_or_to_be_refrained_from_is_no_event() {
    for (language, text) in [
        ("en", "Diplomats say a meeting between Putin and Zelensky remains unlikely this year."),
        ("en", "The parliament rejected a proposal to use frozen Russian assets to buy weapons for Ukraine."),
        ("en", "Tokyo called on Pyongyang to refrain from missile launches."),
        ("id", "Diplomat menilai pertemuan Putin dan Zelensky kecil kemungkinannya terjadi tahun ini."),
        ("id", "Parlemen menolak usulan penggunaan aset Rusia untuk membeli senjata bagi Ukraina."),
        ("id", "Tokyo meminta Pyongyang menahan diri dari peluncuran rudal."),
        ("id", "Duta Besar China mengatakan Beijing menentang setiap penjualan senjata ke Taiwan."),
    ] {
        let found = types(language, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn an_indonesian_state_condemning_a_drill_takes_no_part_in_it() {
    let found = events(
        "id",
        PUBLISHED,
        "China berulang kali mengecam latihan gabungan Amerika Serikat dan Filipina di Laut China Selatan.",
    );
    let parties: Vec<&Vec<String>> = found
        .iter()
        .filter(|e| e.0 == "MilitaryExercise")
        .map(|e| &e.1)
        .collect();
    assert_eq!(
        parties,
        vec![&vec![
            "Philippines".to_string(),
            "United_States".to_string()
        ]],
        "{found:?}"
    );
}

#[test]
fn indonesian_rockets_fired_into_a_state_are_an_attack() {
    let text = "Hizbullah menembakkan puluhan roket ke Israel utara pada Minggu (3/3/2024).";
    let found = types("id", text);
    assert!(!has(&found, "MissileTest"), "{text}: {found:?}");
    // A missile toward a state's sea stays a test.
    let text = "Korea Utara menembakkan rudal balistik ke arah Jepang pada Minggu (3/3/2024).";
    assert!(has(&types("id", text), "MissileTest"), "{text}");
}

#[test]
fn airliners_are_no_arms() {
    for text in [
        "Boeing delivered 20 passenger jets to Garuda Indonesia on Monday.",
        "Boeing said it would deliver more commercial jets to Indonesian airlines this year.",
    ] {
        let found = types("en", text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn an_english_rocket_that_carries_a_payload_is_no_weapons_test() {
    for text in [
        "India launched a rocket that carried a lunar probe into space on Friday.",
        "Russian President Vladimir Putin's rocket-launch program for civilian satellites is lagging behind schedule.",
        // A research or hobby rocket (stop 37).
        "Students from a Malaysian university test-fired a home-built sounding rocket at a range in Johor on Sunday.",
    ] {
        let found = types("en", text);
        assert!(!has(&found, "MissileTest"), "{text}: {found:?}");
    }
    let text = "Tim mahasiswa Indonesia meluncurkan roket sonda rakitan sendiri di pantai selatan Garut, Sabtu (1/3).";
    let found = types("id", text);
    assert!(!has(&found, "MissileTest"), "{text}: {found:?}");
    // An anti-satellite missile, or a missile fired days after a satellite, is a test.
    for text in [
        "Russia tested an anti-satellite missile on Monday, destroying one of its old satellites.",
        "North Korea fired a ballistic missile on Monday, days after it launched a spy satellite.",
    ] {
        assert!(has(&types("en", text), "MissileTest"), "{text}");
    }
}

#[test]
fn two_days_named_for_one_plan_are_one_planned_event() {
    let found = events(
        "en",
        "2024-08-30 00:00:00",
        "Erdogan will hold talks with Putin in Sochi on September 8, Turkish officials said. \
         A diplomatic source said a meeting between Putin and Erdogan is planned in Sochi, \
         naming September 4 as a possible date.",
    );
    let meetings = found.iter().filter(|e| e.0 == "Meeting").count();
    assert_eq!(meetings, 1, "{found:?}");
    // Held meetings on two days, or plans weeks apart, stay two.
    let found = events(
        "en",
        "2024-08-30 00:00:00",
        "Erdogan will meet Putin in Sochi on September 8. Erdogan will meet Putin again in Moscow on October 20.",
    );
    let meetings = found.iter().filter(|e| e.0 == "Meeting").count();
    assert_eq!(meetings, 2, "{found:?}");
}
