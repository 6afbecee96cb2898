//! Indonesian constructions of the third quality session (issue 14, qid),
//! on sentences written for these tests.

use super::{events, strings};

#[test]
fn each_clause_joined_by_sementara_keeps_its_own_traveller() {
    let text = "Presiden Joko Widodo berkunjung ke Tokyo, sementara Menteri Luar Negeri \
                Retno Marsudi berkunjung ke Seoul pada Senin (14/10/2024).";
    let found = events("id", "2024-10-15 08:00:00", text);
    let visit_to = |place: &str| {
        found
            .iter()
            .find(|e| e.0 == "Visit" && e.2.as_deref() == Some(place))
            .map(|e| e.1.clone())
    };
    assert_eq!(
        visit_to("Tokyo"),
        Some(strings(&["Joko_Widodo"])),
        "{found:?}"
    );
    assert_eq!(
        visit_to("Seoul"),
        Some(strings(&["Retno_Marsudi"])),
        "{found:?}"
    );
    // Two meetings in two clauses: each has its own pair.
    let text = "Prabowo Subianto bertemu Xi Jinping di Beijing, sedangkan Sugiono \
                bertemu Wang Yi di Shanghai pada Sabtu (9/11/2024).";
    let found = events("id", "2024-11-10 08:00:00", text);
    let meetings: Vec<&Vec<String>> = found
        .iter()
        .filter(|e| e.0 == "Meeting")
        .map(|e| &e.1)
        .collect();
    assert!(
        meetings.contains(&&strings(&["Prabowo_Subianto", "Xi_Jinping"])),
        "{found:?}"
    );
    assert!(
        meetings.iter().all(|m| m.len() == 2),
        "no meeting takes the other clause's pair: {found:?}"
    );
}

#[test]
fn a_clause_without_a_subject_of_its_own_takes_the_sentences() {
    // "while visiting" opens a clause with no subject: the traveller is the sentence's.
    let found = events(
        "en",
        "2024-05-20 08:00:00",
        "Anthony Albanese met business leaders while visiting Jakarta on Monday.",
    );
    let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
    assert_eq!(visit.1, strings(&["Anthony_Albanese"]), "{found:?}");
}

#[test]
fn a_guest_welcomed_by_a_host_is_the_visitor_not_the_host() {
    // "X disambut oleh Y": Y hosts, X travels.
    let text = "Presiden Joko Widodo disambut oleh Presiden Volodymyr Zelenskyy di Kyiv \
                dalam kunjungannya ke Ukraina pada Rabu (29/6/2022).";
    let found = events("id", "2022-06-30 08:00:00", text);
    let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
    assert_eq!(visit.1, strings(&["Joko_Widodo"]), "{found:?}");
    assert!(found.iter().any(|e| e.0 == "Meeting"), "{found:?}");
}

#[test]
fn an_honorific_introduces_a_person_the_gazetteer_lacks() {
    let text = "Wakil Presiden Jusuf Kalla menerima kunjungan Wakil Pemimpin Taliban, \
                Mullah Abdul Ghani Baradar, di Jakarta pada Sabtu (27/7/2019).";
    let found = events("id", "2019-07-28 08:00:00", text);
    let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
    assert_eq!(
        meeting.1,
        strings(&["Jusuf_Kalla", "person-Abdul_Ghani_Baradar"]),
        "{found:?}"
    );
}

#[test]
fn days_before_or_after_something_count_from_its_date_not_the_reports() {
    // The anchor's date dates the summit; the offset from it dates the visit.
    let text = "Dua hari setelah KTT ASEAN di Vientiane pada 10 Oktober 2024, \
                Prabowo Subianto berkunjung ke Beijing.";
    let found = events("id", "2024-10-20 08:00:00", text);
    let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
    assert_eq!(visit.3.as_deref(), Some("2024-10-12"), "{found:?}");
    let summit = found.iter().find(|e| e.0 == "Meeting").expect("the summit");
    assert_eq!(summit.3.as_deref(), Some("2024-10-10"), "{found:?}");
    // Without a date of the anchor, "sebelum" names no day ahead of the report.
    let text = "Tiga hari sebelum pelantikan itu, Menteri Pertahanan Sjafrie Sjamsoeddin \
                bertemu Menteri Pertahanan Australia Richard Marles di Jakarta.";
    let found = events("id", "2024-10-20 08:00:00", text);
    let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
    assert_ne!(meeting.3.as_deref(), Some("2024-10-23"), "{found:?}");
    assert_eq!(meeting.4, "occurred", "{found:?}");
}

#[test]
fn what_a_counted_phrase_tells_is_that_long_before_the_rest() {
    // "The summit comes two months after talks …": the talks are two months back.
    let text = "The summit comes two months after talks between Donald Trump and \
                Kim Jong Un in Hanoi ended without an agreement.";
    let found = events("en", "2019-04-25 08:00:00", text);
    let talks = found
        .iter()
        .find(|e| e.1.contains(&"Donald_Trump".to_string()))
        .expect("the talks");
    assert_eq!(talks.3.as_deref(), Some("2019-02"), "{found:?}");
}

#[test]
fn a_particle_joined_to_a_name_ends_the_name_it_belongs_to() {
    // "al-Hamdan" is the last word of the name the title introduces.
    let text = "Menteri Pertahanan Yordania Khaled al-Hamdan bertemu Presiden Prabowo \
                Subianto di Jakarta pada Senin (3/3/2025).";
    let found = events("id", "2025-03-04 08:00:00", text);
    let meeting = found.iter().find(|e| e.0 == "Meeting").expect("a meeting");
    assert!(
        meeting.1.contains(&"person-Khaled_al_Hamdan".to_string()),
        "{found:?}"
    );
    // A spelling of a listed name with a doubled letter ("el-Sissi").
    let text = "Kesepakatan itu terjadi setelah kunjungan kenegaraan el-Sissi ke Paris \
                pada Desember 2020.";
    let found = events("id", "2021-05-04 08:00:00", text);
    let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
    assert_eq!(visit.1, strings(&["Abdel_Fattah_el-Sisi"]), "{found:?}");
}

#[test]
fn a_listed_place_after_a_particle_is_part_of_the_name() {
    // "do Rosário" is no visit to the Argentine city Rosario.
    for (language, text) in [
        ("id", "Menteri Pertahanan Brasil José do Rosário Mendes tiba di Jakarta pada Senin (3/3/2025)."),
        ("en", "Brazil's Defence Minister José do Rosário Mendes arrived in Jakarta on Monday."),
    ] {
        let found = events(language, "2025-03-04 08:00:00", text);
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.1, strings(&["person-Jose_do_Rosario_Mendes"]), "{found:?}");
        assert_eq!(visit.2.as_deref(), Some("Jakarta"), "{found:?}");
    }
}

#[test]
fn a_listed_city_after_a_title_of_a_state_may_open_a_name() {
    // "Aden Duale" is a person, not a trip to the Yemeni port.
    for (language, text) in [
        (
            "id",
            "Menteri Pertahanan Kenya Aden Duale mengunjungi Jakarta pada Senin (3/3/2025).",
        ),
        (
            "en",
            "Kenyan Defence Minister Aden Duale visited Jakarta on Monday.",
        ),
    ] {
        let found = events(language, "2025-03-04 08:00:00", text);
        let visit = found.iter().find(|e| e.0 == "Visit").expect("a visit");
        assert_eq!(visit.1, strings(&["person-Aden_Duale"]), "{found:?}");
        assert_eq!(visit.2.as_deref(), Some("Jakarta"), "{found:?}");
    }
    // The city alone after the title, then a date, stays the city.
    let found = events(
        "en",
        "2025-03-04 08:00:00",
        "The Kenyan defence minister flew to Aden on Tuesday.",
    );
    assert_eq!(found[0].2.as_deref(), Some("Aden"), "{found:?}");
}
