//! False events, stop 30 (rfalse): tallies and counts of occasions, what
//! buyers in general do, a sanctioning state, talks about buying arms read
//! as a meeting, states that sign a pact, "has … before". Sentences written
//! for these tests.

// The same helpers and publication date as the false events of stop 29.
use super::events;
use super::generic_mentions::{none, some, types, PUBLISHED};

#[test]
fn a_tally_is_no_event() {
    none(&[
        (
            "en",
            "Pyongyang has fired more than 80 ballistic missiles since early 2022, a Seoul study found.",
        ),
        (
            "en",
            "The Houthis have launched some 150 drones and missiles at tankers since October.",
        ),
        (
            "en",
            "Iran has conducted at least seven missile launches so far this year.",
        ),
        (
            "id",
            "Korea Utara telah meluncurkan puluhan rudal balistik sepanjang tahun lalu.",
        ),
        (
            "id",
            "Iran sudah melakukan sedikitnya tujuh uji coba rudal sejak Maret.",
        ),
    ]);
    // A count of one day's launches, and troops counted in an exercise of this year, keep their event.
    some(&[
        (
            "en",
            "North Korea fired more than 20 missiles on Wednesday, the most in a single day.",
            "MissileTest",
        ),
        (
            "en",
            "More than 9,000 Thai and American troops opened this year's Cobra Gold exercise on Tuesday.",
            "MilitaryExercise",
        ),
        (
            "id",
            "Korea Utara menembakkan lebih dari 20 rudal pada Rabu.",
            "MissileTest",
        ),
    ]);
}

#[test]
fn a_count_of_occasions_or_a_frequency_is_no_event() {
    none(&[
        (
            "en",
            "Pakistan has tested nuclear-capable missiles many times since the 1990s.",
        ),
        (
            "en",
            "Beijing has staged drills near the island almost every month this year.",
        ),
        (
            "id",
            "Pakistan telah berkali-kali menguji rudal berkemampuan nuklir.",
        ),
        (
            "id",
            "Menteri Rusia telah bertemu mitra Iran-nya puluhan kali sejak 2022.",
        ),
        (
            "id",
            "China menggelar latihan militer di dekat pulau itu hampir setiap bulan.",
        ),
    ]);
}

#[test]
fn what_buyers_in_general_do_is_no_deal() {
    none(&[
        (
            "en",
            "Fighter jet purchases from Moscow expose buyers to penalties under US law.",
        ),
        (
            "id",
            "Sanksi AS berlaku bagi negara-negara yang membeli persenjataan dari Rusia.",
        ),
        (
            "id",
            "Washington menjatuhkan sanksi kepada perusahaan yang memasok drone ke Rusia.",
        ),
        (
            "id",
            "Pembelian jet tempur dari Rusia membuat pembeli terancam sanksi AS.",
        ),
    ]);
    // One state named as the buyer keeps its deal.
    some(&[(
        "id",
        "Mesir adalah negara pertama yang membeli jet tempur Rafale dari Prancis pada 2015.",
        "WeaponsTalks",
    )]);
}

#[test]
fn talks_about_buying_arms_are_no_meeting() {
    let found = types(
        "en",
        "Chile is in talks with Sweden to acquire used Gripen fighters.",
    );
    assert!(!found.iter().any(|t| t == "Meeting"), "{found:?}");
    let found = types(
        "en",
        "Egypt has held talks with South Korea about buying the K9 howitzer.",
    );
    assert!(!found.iter().any(|t| t == "Meeting"), "{found:?}");
    // Talks with no purchase in them stay a meeting.
    some(&[(
        "en",
        "Chile held talks with Sweden on Monday about trade and climate.",
        "Meeting",
    )]);
}

#[test]
fn has_happened_before_is_no_event_of_the_news() {
    none(&[
        ("en", "Lula has visited Beijing before."),
        ("id", "Lula pernah mengunjungi Beijing sebelumnya."),
    ]);
    // A day before is a date of its own.
    some(&[(
        "en",
        "Lula visited Beijing on Monday, a day before the summit.",
        "Visit",
    )]);
}

#[test]
fn who_sanctions_an_arms_transfer_takes_no_part_in_it() {
    for (language, text) in [
        (
            "en",
            "Canada sanctioned Belarusian firms over the supply of drones to Russia.",
        ),
        (
            "id",
            "Kanada menjatuhkan sanksi kepada perusahaan Belarus atas pasokan drone ke Rusia.",
        ),
    ] {
        let found = events(language, PUBLISHED, text);
        assert!(
            found.iter().all(|e| !e.1.iter().any(|p| p == "Canada")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_chamber_of_commerce_is_no_state() {
    none(&[(
        "id",
        "Kadin Indonesia dan Kadin Korea Selatan menggelar pertemuan di Seoul pada Selasa.",
    )]);
}

#[test]
fn a_generic_frequency_or_a_vague_future_is_no_event() {
    none(&[
        (
            "en",
            "Missile launches by Iran have become increasingly common.",
        ),
        (
            "en",
            "Arms deals with Moscow irritate Washington every time.",
        ),
        (
            "en",
            "The navy wants to hold exercises with Vietnam in the future.",
        ),
        (
            "id",
            "TNI AD ingin menggelar latihan bersama Vietnam di masa depan.",
        ),
        (
            "id",
            "Rudal Kinzhal bisa terbang dengan kecepatan hipersonik.",
        ),
    ]);
}

#[test]
fn states_that_sign_a_pact_did_not_meet() {
    none(&[
        ("en", "Fiji signed a policing agreement with Australia in 2023."),
        (
            "id",
            "Pemerintah Malaysia menandatangani perjanjian kerja sama dengan Korea Selatan untuk proyek pelabuhan.",
        ),
    ]);
    // People who sign with each other met.
    some(&[
        (
            "en",
            "Prime Minister Sitiveni Rabuka signed the agreement with Anthony Albanese in Canberra.",
            "Meeting",
        ),
        (
            "id",
            "Presiden Jokowi menandatangani perjanjian dengan Perdana Menteri Anthony Albanese di Canberra.",
            "Meeting",
        ),
    ]);
}
