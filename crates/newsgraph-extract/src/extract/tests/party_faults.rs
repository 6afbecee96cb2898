//! Parties of found events, stop 32 (tparty), on sentences written for
//! these tests.

use super::bare_roles::actors;
use super::strings;

#[test]
fn a_short_name_is_the_person_the_article_names_most() {
    // The son is the article's subject; the father is named once, later,
    // in a history sentence, and "Kim" after it is still the son.
    let text = "North Korean leader Kim Jong Un will travel to Russia next month, his \
                office said. Kim Jong Un has not left the country since 2019. The last \
                summit of the two neighbours was held in the era of Kim Jong Il. Kim will \
                meet Russian President Vladimir Putin in Vladivostok.";
    assert_eq!(
        actors("en", text, "Meeting"),
        vec![strings(&["Kim_Jong-un", "Vladimir_Putin"])]
    );
    let text = "Pemimpin Korea Utara Kim Jong-un dijadwalkan ke Rusia bulan depan. Kim \
                Jong-un terakhir ke luar negeri pada 2019. Ayahnya, Kim Jong-il, pernah \
                naik kereta ke Moskow. Kim akan bertemu Presiden Vladimir Putin di \
                Vladivostok.";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["Kim_Jong-un", "Vladimir_Putin"])]
    );
}

#[test]
fn a_short_name_of_one_person_named_alike_stays_the_last_named() {
    // Named as often, the one named last: "Kim" right after Kim Jong Il is
    // his (the rule only weighs how often each was named).
    let text = "Kim Jong Un will travel to Russia next month. His father Kim Jong Il \
                toured Russia by train in 2001. Kim met President Vladimir Putin in Moscow \
                on that trip.";
    let found = actors("en", text, "Meeting");
    assert!(
        found.iter().any(|a| a.contains(&"Kim_Jong-il".to_string())),
        "{found:?}"
    );
}
