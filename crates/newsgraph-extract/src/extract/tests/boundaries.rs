//! Event boundaries and parties (issue 14, sixth quality session, qevent):
//! what keeps two events apart and who is no party, on sentences written
//! for these tests; each fails without the rule or data row it names.

use super::{events, strings};

#[test]
fn a_currency_named_for_a_state_is_no_party() {
    // references.tsv: id `relation_before` "dolar", en `relation` "$", "dollars".
    let cases = [
        (
            "id",
            "Malaysia membeli dua kapal perang dari Turki senilai 500 juta dolar AS.",
        ),
        (
            "en",
            "Poland signed a US$6 billion deal with South Korea for K2 tanks.",
        ),
        (
            "en",
            "Poland signed a deal worth 6 billion US dollars with South Korea for K2 tanks.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2025-07-27 08:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "WeaponsTalks", "{text}");
        assert!(
            !found[0].1.contains(&"United_States".to_string()),
            "{text}: {found:?}"
        );
    }
    // The seller named outright stays a party.
    let found = events(
        "id",
        "2025-07-27 08:00:00",
        "Indonesia membeli jet tempur dari AS senilai 10 miliar dolar.",
    );
    assert_eq!(
        found[0].1,
        strings(&["Indonesia", "United_States"]),
        "{found:?}"
    );
}
