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

#[test]
fn a_rank_after_a_role_introduces_the_name_and_a_surname_of_another_is_theirs() {
    // "Hammond" alone is a listed person's last name; after "Mark" it is
    // another's. A rank of two words is one title ("Laksamana Madya").
    for (language, text) in [
        (
            "en",
            "Navy chief Admiral Budi Santosa held talks with Australian Chief of Navy \
             Vice Admiral Mark Hammond in Darwin on Monday.",
        ),
        (
            "id",
            "Kepala Staf Angkatan Laut Laksamana Budi Santosa bertemu Kepala Angkatan \
             Laut Australia Laksamana Madya Mark Hammond di Darwin pada Senin.",
        ),
    ] {
        assert_eq!(
            actors(language, text, "Meeting"),
            vec![strings(&["person-Budi_Santosa", "person-Mark_Hammond"])],
            "{text}"
        );
    }
}

#[test]
fn a_listed_full_name_after_a_title_stays_the_listed_person() {
    for (language, text) in [
        (
            "id",
            "Presiden Terpilih Prabowo Subianto bertemu Presiden Fumio Kishida di Tokyo pada Senin.",
        ),
        (
            "en",
            "British Foreign Secretary Philip Hammond met Foreign Minister Retno Marsudi \
             in Jakarta on Monday.",
        ),
    ] {
        let found = actors(language, text, "Meeting");
        assert_eq!(found.len(), 1, "{text}");
        assert!(
            found[0].contains(&"Prabowo_Subianto".to_string())
                || found[0].contains(&"Philip_Hammond".to_string()),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn members_named_by_office_before_an_organisation_are_a_party_in_indonesian() {
    for (text, expected) in [
        (
            "Para pemimpin ASEAN bertemu di Vientiane pada Kamis.",
            strings(&["ASEAN"]),
        ),
        (
            "Presiden Joko Widodo bertemu para pemimpin negara anggota ASEAN di Vientiane pada Kamis.",
            strings(&["ASEAN", "Joko_Widodo"]),
        ),
    ] {
        assert_eq!(actors("id", text, "Meeting"), vec![expected], "{text}");
    }
    // Their views conveyed in a meeting of others make them no party.
    let text = "Menlu Retno Marsudi menyampaikan pandangan para pemimpin ASEAN dalam \
                pertemuan dengan Menlu Jepang Yoko Kamikawa di Tokyo pada Senin.";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["Retno_Marsudi", "Yoko_Kamikawa"])],
        "{text}"
    );
}

#[test]
fn a_title_that_reads_no_name_of_its_own_is_a_word_of_the_name() {
    // "Sultan Hamid" after "King": "Sultan" alone introduces no two-word name.
    let text = "Brunei's King Sultan Hamid arrived in Moscow on Monday for a state visit.";
    assert_eq!(
        actors("en", text, "Visit"),
        vec![strings(&["person-Sultan_Hamid"])],
        "{text}"
    );
}
