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
