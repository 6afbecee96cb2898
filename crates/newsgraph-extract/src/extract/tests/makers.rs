//! A deal told with one state is a deal with the maker of the weapon system
//! it names (events.tsv `maker`, lists/weapon-makers.tsv; seventh quality
//! session, qfind). Sentences written for these tests.

use super::{events, of_type, strings};

fn deals(language: &str, text: &str) -> Vec<Vec<String>> {
    events(language, "2025-03-12 08:00:00", text)
        .into_iter()
        .filter(|f| f.0 == "WeaponsTalks")
        .map(|f| f.1)
        .collect()
}

#[test]
fn the_maker_of_a_named_system_is_the_other_party_of_a_one_state_deal() {
    let cases = [
        (
            "en",
            "Chile signed a contract on Monday for 24 F-16V jets.",
            ["Chile", "United_States"],
        ),
        (
            "en",
            "Estonia ordered 30 more K9 howitzers last week.",
            ["Estonia", "South_Korea"],
        ),
        (
            "en",
            "Greece agreed to buy six more Rafale jets.",
            ["France", "Greece"],
        ),
        (
            "id",
            "Filipina membeli 20 jet tempur Gripen pada Senin.",
            ["Philippines", "Sweden"],
        ),
        (
            "id",
            "Mesir memesan 12 helikopter Ka-52 tahun lalu.",
            ["Egypt", "Russia"],
        ),
    ];
    for (language, text, parties) in cases {
        assert_eq!(deals(language, text), [strings(&parties)], "{text}");
    }
}

#[test]
fn no_maker_joins_a_handover_two_makers_or_the_maker_itself() {
    for (language, text) in [
        // Handed over: the other party is who receives the jets.
        ("en", "Norway delivered six F-16 jets last week."),
        (
            "id",
            "TNI AU mengirimkan empat pesawat F-16 ke Darwin pada Senin.",
        ),
        // Two makers: which one the deal is with is left open.
        (
            "en",
            "Peru signed a contract to replace its MiG-29 jets with Gripens.",
        ),
        // The maker buys its own system.
        ("en", "The United States ordered 40 more F-35 jets."),
        // A system named in passing, a negated purchase, a critic.
        ("en", "Chile's F-16 jets flew over the parade on Monday."),
        ("en", "Chile will not buy F-16V jets, the minister said."),
        (
            "en",
            "Peru criticised the purchase of F-35 jets by its rival.",
        ),
    ] {
        assert!(deals(language, text).is_empty(), "{text}");
    }
}

#[test]
fn a_second_state_named_outranks_the_maker() {
    // "from Poland": the seller is named, the maker stays out.
    let found = deals("en", "Ukraine bought 40 K2 tanks from Poland on Monday.");
    assert_eq!(found, [strings(&["Poland", "Ukraine"])]);
}

#[test]
fn a_passive_report_names_the_buyer_not_a_speaker() {
    // attribution.tsv en.attr.reported: "is reported to have" is no "X reported".
    let found = deals(
        "en",
        "Chile is reported to have ordered Swedish-made air defence systems worth $300 million.",
    );
    assert_eq!(found, [strings(&["Chile", "Sweden"])]);
}

#[test]
fn contracts_concluded_or_awarded_and_systems_of_the_longer_list_are_deals() {
    // triggers.tsv en.weapons.verb: concluded/awarded … contract, a single
    // missile system, jet trainers; weapon-systems.txt: Barak MX, Yak-130.
    let cases = [
        (
            "Peru and Israel concluded a contract for a missile system worth $90 million.",
            ["Israel", "Peru"],
        ),
        (
            "Laos ordered a dozen Yak-130 jet trainers on Monday.",
            ["Laos", "Russia"],
        ),
        (
            "Kenya has ordered Barak MX batteries worth $200 million.",
            ["Israel", "Kenya"],
        ),
    ];
    for (text, parties) in cases {
        assert_eq!(deals("en", text), [strings(&parties)], "{text}");
    }
}

#[test]
fn a_negated_plan_states_no_event() {
    // status.tsv: "not expected to", "unlikely to" govern their clause.
    for text in [
        "Laos is not expected to sign any contract for Yak-130 jet trainers.",
        "Putin is unlikely to visit Beijing this month.",
        "Putin is not expected to visit Beijing next week.",
    ] {
        assert!(
            events("en", "2025-03-12 08:00:00", text).is_empty(),
            "{text}"
        );
    }
}

#[test]
fn a_launch_of_a_missile_one_state_makes_is_that_states() {
    // events.tsv MissileTest `maker`: a launch told with no state, the
    // first of its type in the article; en.missile.test_of "trial of the X missile".
    for (text, state) in [
        (
            "The launch of the Hwasong-19, which flew for 86 minutes, alarmed Tokyo.",
            "North_Korea",
        ),
        (
            "A user trial of the Agni-IV missile was carried out from Abdul Kalam Island.",
            "India",
        ),
    ] {
        let found = events("en", "2025-03-12 08:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0.as_str(), &found[0].1),
            ("MissileTest", &strings(&[state])),
            "{text}"
        );
    }
}

#[test]
fn a_missile_named_after_a_launch_told_continues_it() {
    // told_before: the second sentence adds to the first launch, no new one.
    let found = events(
        "en",
        "2025-03-12 08:00:00",
        "North Korea fired a ballistic missile on Monday. \
         The Hwasong-19 flew for 86 minutes before landing in the sea.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_named_person_staying_in_a_place_is_on_a_visit_there() {
    // triggers.tsv en.visit.stay: the name right before the verb, a
    // capitalised place right after "in".
    for (text, place) in [
        (
            "Prime Minister Anthony Albanese has been in Japan since Tuesday.",
            "Japan",
        ),
        (
            "Prime Minister Anthony Albanese is in Jakarta this week.",
            "Jakarta",
        ),
    ] {
        let found = events("en", "2025-03-12 08:00:00", text);
        let visit = found.iter().find(|f| f.0 == "Visit");
        assert_eq!(
            visit.and_then(|v| v.2.as_deref()),
            Some(place),
            "{text}: {found:?}"
        );
    }
    for text in [
        "Anthony Albanese said the ball is in Japan's court.",
        "Anthony Albanese, whose daughter is in London, said nothing.",
        "Prime Minister Anthony Albanese is in Canberra for the budget debate.",
    ] {
        let found = events("en", "2025-03-12 08:00:00", text);
        assert!(found.iter().all(|f| f.0 != "Visit"), "{text}: {found:?}");
    }
}

#[test]
fn an_organisation_named_after_a_missile_noun_is_the_missile() {
    // "Fatah" is also the Palestinian group: after "rudal" it is Pakistan's missile.
    let text = "Pakistan kembali menguji rudal permukaan-ke-permukaan Fatah berjangkauan 120 \
                kilometer pada Senin (5/5/2025), dua hari setelah meluncurkan rudal balistik Abdali.";
    let found: Vec<Vec<String>> = of_type("id", "2025-05-06 08:00:00", text, "MissileTest")
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert!(!found.is_empty(), "{text}");
    assert!(
        found.iter().all(|actors| actors == &strings(&["Pakistan"])),
        "{found:?}"
    );
}
