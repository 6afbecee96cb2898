//! Parties of found events, stop 31 (sparty): people named by their role
//! and "the two countries", on sentences written for these tests.

use super::bare_roles::actors;
use super::strings;

#[test]
fn ministers_of_the_two_countries_are_the_two_people_named_before() {
    let before_en = "Foreign Minister Retno Marsudi and Australian Foreign Minister Penny Wong \
                     opened a forum on Sunday.";
    let before_id = "Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Australia Penny \
                     Wong membuka sebuah forum pada Minggu.";
    let pair = strings(&["Penny_Wong", "Retno_Marsudi"]);
    for (language, before, after) in [
        (
            "en",
            before_en,
            "The foreign ministers of the two countries met in Perth on Monday.",
        ),
        (
            "en",
            before_en,
            "Leaders from both nations will meet in Perth next month.",
        ),
        (
            "id",
            before_id,
            "Menteri luar negeri kedua negara bertemu di Perth pada Senin.",
        ),
        (
            "id",
            before_id,
            "Para pemimpin dari kedua negara dijadwalkan bertemu di Perth bulan depan.",
        ),
    ] {
        let text = format!("{before} {after}");
        assert_eq!(
            actors(language, &text, "Meeting"),
            vec![pair.clone()],
            "{text}"
        );
    }
}

#[test]
fn the_two_countries_without_a_role_or_two_people_name_no_meeting() {
    for (language, text) in [
        // No role: trade and relations of the two countries are no people.
        (
            "en",
            "Foreign Minister Retno Marsudi praised Penny Wong. Trade between the two \
             countries grew after the ministers met.",
        ),
        (
            "id",
            "Menteri Luar Negeri Retno Marsudi memuji Penny Wong. Hubungan kedua negara \
             semakin erat.",
        ),
        // One person in focus: "the two countries" names no second one.
        (
            "en",
            "The weather was calm. The foreign ministers of the two countries met in Perth \
             on Monday.",
        ),
    ] {
        assert!(actors(language, text, "Meeting").is_empty(), "{text}");
    }
}
