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

#[test]
fn the_first_person_of_an_interview_is_the_interviewee() {
    let cases = [
        (
            "id",
            "Harian ini mewawancarai Marsekal Muda TNI Arif Setiadi Nugroho di Jakarta, Senin \
             (3/3/2025). Kamis lalu kami bertemu delegasi Korea Selatan di Jakarta.",
            "Meeting",
            strings(&["Arif_Setiadi_Nugroho", "South_Korea"]),
        ),
        (
            "id",
            "Harian ini mewawancarai Marsekal Muda TNI Arif Setiadi Nugroho di Jakarta, Senin \
             (3/3/2025). Saya akan berangkat ke Seoul pekan depan.",
            "Visit",
            strings(&["Arif_Setiadi_Nugroho"]),
        ),
        (
            "en",
            "We spoke to Australian Defence Minister Richard Marles in Canberra on Tuesday. \
             Q: What did you discuss in Jakarta? A: I met Prabowo Subianto there last week.",
            "Meeting",
            strings(&["Prabowo_Subianto", "Richard_Marles"]),
        ),
    ];
    for (language, text, event_type, expected) in cases {
        let found: Vec<Vec<String>> = actors(language, text, event_type)
            .into_iter()
            .map(|a| a.into_iter().map(|p| p.replace("minted:", "")).collect())
            .collect();
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        for name in &expected {
            assert!(
                found[0]
                    .iter()
                    .any(|a| a.contains(name.as_str())
                        || a.replace('-', " ").contains(name.as_str())),
                "{text}: {found:?}"
            );
        }
    }
}

#[test]
fn the_first_person_outside_an_interview_answer_is_nobody() {
    for (language, text) in [
        // No interview introduced: "we" is the newspaper's, or nobody's.
        (
            "en",
            "Richard Marles met reporters in Canberra on Tuesday. We met President Joko \
             Widodo in Jakarta on Monday.",
        ),
        // A question names the interviewer's "we", and states no event.
        (
            "id",
            "Harian ini mewawancarai Marsekal Muda TNI Arif Setiadi Nugroho di Jakarta, \
             Senin (3/3/2025). Apakah kami akan bertemu Menteri Pertahanan Korea Selatan di \
             Seoul?",
        ),
    ] {
        assert_eq!(
            actors(language, text, "Meeting"),
            Vec::<Vec<String>>::new(),
            "{text}"
        );
    }
}

#[test]
fn a_force_or_unit_between_a_title_and_a_name_is_no_name() {
    // "Marsekal Muda TNI X", "Direktur Jenderal Strategi Pertahanan Kemhan X":
    // the person is X, not "Strategi Pertahanan", and is named at all.
    for text in [
        "Marsekal Muda TNI Arif Setiadi Nugroho bertemu Richard Marles di Jakarta pada Senin.",
        "Direktur Jenderal Strategi Pertahanan Kemhan Marsekal Muda TNI Arif Setiadi Nugroho \
         bertemu Richard Marles di Jakarta pada Senin.",
    ] {
        let found = actors("id", text, "Meeting");
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0].iter().any(|a| a.contains("Arif")),
            "{text}: {found:?}"
        );
        assert!(
            !found[0].iter().any(|a| a.contains("Strategi")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_abbreviation_the_article_defines_is_not_the_listed_one() {
    // AFP is listed as the news agency (of France); here it is the
    // Philippine armed forces, and names no French party.
    let text = "Kepala Staf Angkatan Bersenjata Filipina (AFP) Jenderal Romeo Brawner Jr. tiba \
                di Jakarta pada Senin. Kepala Staf AFP kemudian bertemu Panglima TNI Jenderal \
                Agus Subiyanto.";
    let found = actors("id", text, "Meeting");
    assert!(!found.iter().flatten().any(|a| a == "France"), "{found:?}");
    // Defined as itself, the agency stays listed.
    let text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo \
                pada Senin, seperti dikutip kantor berita Agence France-Presse (AFP).";
    assert_eq!(
        actors("id", text, "Meeting"),
        vec![strings(&["Fumio_Kishida", "Joko_Widodo"])]
    );
}

#[test]
fn what_a_concern_is_about_is_no_destination() {
    for (language, text) in [
        (
            "en",
            "Prime Minister Anthony Albanese began a trip dominated by worries about China's \
             military build-up on Monday.",
        ),
        (
            "id",
            "Presiden Prabowo Subianto memulai lawatan yang dibayangi kekhawatiran atas \
             perilaku China di Laut China Selatan pada Senin.",
        ),
    ] {
        let visits = actors(language, text, "Visit");
        assert!(visits.is_empty(), "{text}: {visits:?}");
    }
    // The trip's own destination stays.
    let text = "Prime Minister Anthony Albanese arrived in Manila on Monday, a trip dominated \
                by concern over China's conduct at sea.";
    assert_eq!(
        actors("en", text, "Visit"),
        vec![strings(&["Anthony_Albanese"])]
    );
}

#[test]
fn a_clause_of_time_with_a_group_before_its_states_names_its_own_drill() {
    let text = "Korea Utara menembakkan sejumlah rudal balistik ke Laut Kuning pada Senin, \
                beberapa jam setelah pasukan Korea Selatan dan AS memulai latihan tahunan.";
    assert_eq!(
        actors("id", text, "MilitaryExercise"),
        vec![strings(&["South_Korea", "United_States"])]
    );
    // A party named inside the clause stays.
    let text = "Korea Utara menembakkan rudal balistik pada Senin setelah pasukan China \
                mengadakan latihan bersama dengan Korea Utara.";
    assert_eq!(
        actors("id", text, "MilitaryExercise"),
        vec![strings(&["China", "North_Korea"])]
    );
}
