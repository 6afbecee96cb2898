//! English places named by reference (issue 14, qen), on sentences written
//! for these tests.

use super::events;

/// (type, place id) of every event found.
fn places(text: &str) -> Vec<(String, Option<String>)> {
    events("en", "2023-03-15 08:00:00", text)
        .into_iter()
        .map(|e| (e.0, e.2))
        .collect()
}

#[test]
fn a_states_capital_by_demonym_or_possessive_is_its_capital_city() {
    for (text, place) in [
        (
            "Kenyan President William Ruto landed in the Egyptian capital on Monday.",
            "Cairo",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva will travel to the Chinese capital next week for talks.",
            "Beijing",
        ),
        (
            "Indian Prime Minister Narendra Modi arrived in France's capital late on Thursday.",
            "Paris",
        ),
        (
            "After a stop in Nairobi, Antony Blinken flew on to the Nigerian capital, where he met officials.",
            "Abuja",
        ),
    ] {
        let found = places(text);
        assert!(
            found
                .iter()
                .any(|(t, p)| t == "Visit" && p.as_deref() == Some(place)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn capital_in_its_money_sense_names_no_city() {
    for text in [
        "Kenyan President William Ruto visited Egypt as Chinese capital poured into its ports.",
        "Indian Prime Minister Narendra Modi visited France's capital markets regulator on Thursday.",
    ] {
        let found = places(text);
        assert!(
            found
                .iter()
                .all(|(_, p)| p.as_deref() != Some("Beijing") && p.as_deref() != Some("Paris")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_place_the_gazetteer_lacks_is_named_by_its_place_noun() {
    for (text, place) in [
        (
            "Turkey test-fired a ballistic missile in the province of Zorvan on Tuesday.",
            "region-Zorvan",
        ),
        (
            "Australian Defence Minister Richard Marles visited Kelbrum Island in October.",
            "site-Kelbrum_Island",
        ),
        (
            "Kazakhstan and Uzbekistan will hold a joint exercise in the Dostyk region next year.",
            "region-Dostyk",
        ),
        (
            "Japanese Prime Minister Fumio Kishida visited the Morvash naval base on Friday.",
            "site-Morvash_naval_base",
        ),
        (
            "Belarus and China held joint drills near the city of Kravetsk last week.",
            "city-Kravetsk",
        ),
    ] {
        let found = places(text);
        assert!(
            found.iter().any(|(_, p)| p.as_deref() == Some(place)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_adjective_or_known_name_before_a_place_noun_mints_no_place() {
    for text in [
        // "island of X" names the island after the noun, the adjective before it is no place.
        "Venezuelan President Nicolas Maduro met Guyanese President Irfaan Ali on the Caribbean island of Dominica.",
        // A name the gazetteer lists stays that entity.
        "North Korea fired a missile into the Sea of Japan from the Pyongyang region on Monday.",
    ] {
        let found = places(text);
        assert!(
            found
                .iter()
                .all(|(_, p)| !p.as_deref().is_some_and(|p| ["site-", "region-", "city-"].iter().any(|k| p.starts_with(k)))),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_name_qualifying_a_place_noun_is_not_the_place() {
    // The sea or state before "coastal province of X" / "X naval base" only says where X is.
    for (text, place) in [
        (
            "Iran test-fired a cruise missile from the Caspian Sea coastal province of Tavrish on Monday.",
            "region-Tavrish",
        ),
        (
            "North Korea launched a missile from the Yellow Sea port of Kaltor on Friday.",
            "city-Kaltor",
        ),
        (
            "Australian Defence Minister Richard Marles visited PNG's Kelbrum naval base in October.",
            "site-Kelbrum_naval_base",
        ),
    ] {
        let found = places(text);
        assert!(
            found.iter().any(|(_, p)| p.as_deref() == Some(place)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_broad_region_yields_to_a_nearer_place() {
    // lists/broad-regions.txt: annotators name the town, sea or base.
    let found = events(
        "en",
        "2024-07-25",
        "Australia and Japan held a naval exercise in the Indo-Pacific on Monday, off the coast of Darwin.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Darwin"), "{found:?}");
    // Alone, it still says where.
    let found = events(
        "en",
        "2024-07-25",
        "Australia and Japan held a naval exercise in the Indo-Pacific on Monday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Indo-Pacific"), "{found:?}");
}

#[test]
fn a_broad_region_told_first_yields_to_a_later_town() {
    // The lead's "in the Indo-Pacific" and a later sentence's town are one drill, at the town.
    for text in [
        "Australia and Japan held a naval exercise in the Indo-Pacific on Monday. The exercise took place off Darwin.",
        "Australia and Japan began a naval exercise in the Indo-Pacific on Monday. The northern city of Darwin is hosting ships from both navies as they take part in the Australian exercise.",
    ] {
        let found = events("en", "2024-07-25", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2.as_deref(), Some("Darwin"), "{text}: {found:?}");
    }
}

#[test]
fn a_meeting_placed_only_in_a_state_is_in_the_datelines_city_of_it() {
    let text = "CANBERRA, March 3 (Wire) - Japanese Foreign Minister Yoko Kamikawa held talks with Australian Foreign Minister Penny Wong in Australia on Friday, officials said.";
    let found = places(text);
    assert!(
        found
            .iter()
            .any(|(t, p)| t == "Meeting" && p.as_deref() == Some("Canberra")),
        "{found:?}"
    );
    // A trip is to the state the text names, wherever the report is filed.
    let text = "CANBERRA, March 3 (Wire) - Japanese Foreign Minister Yoko Kamikawa arrived in Australia on Friday for a three-day visit.";
    let found = places(text);
    assert!(
        found
            .iter()
            .any(|(t, p)| t == "Visit" && p.as_deref() == Some("Australia")),
        "{found:?}"
    );
}

#[test]
fn talks_and_deals_placed_nowhere_are_in_the_datelines_city() {
    // events.tsv `dateline_place`: the report is filed where the talks or the
    // signing are, when the text names no place for them.
    let text = "OSLO, May 6 (Wire) - Norwegian Defence Minister Bjorn Arild Gram held talks with his Swedish counterpart Pal Jonson on Tuesday about air defence.";
    let found = places(text);
    assert!(
        found
            .iter()
            .any(|(t, p)| t == "Meeting" && p.as_deref() == Some("Oslo")),
        "{found:?}"
    );
    let text = "OSLO, May 6 (Wire) - Norway signed a contract with South Korea on Tuesday to buy 54 K9 howitzers.";
    let found = places(text);
    assert!(
        found
            .iter()
            .any(|(t, p)| t == "WeaponsTalks" && p.as_deref() == Some("Oslo")),
        "{found:?}"
    );
    // A launch is reported from afar: it does not happen at the bureau.
    let text = "SEOUL, May 6 (Wire) - North Korea fired a ballistic missile on Tuesday, the Joint Chiefs of Staff said.";
    let found = places(text);
    assert!(
        !found.iter().any(|(_, p)| p.as_deref() == Some("Seoul")),
        "{found:?}"
    );
}
