//! Event boundaries and parties (issue 14, sixth quality session, qevent):
//! what keeps two events apart and who is no party, on sentences written
//! for these tests; each fails without the rule or data row it names.

use super::{events, meetings, strings};

#[test]
fn a_sum_between_signed_and_contract_still_states_a_deal() {
    // aweap: en.weapons.verb lets a sum stand between the verb and the contract.
    for text in [
        "Vietnam signed a $700 million contract for two BrahMos batteries last March.",
        "Vietnam signed a US$700 million contract for two BrahMos batteries last March.",
    ] {
        let found = events("en", "2025-07-27 08:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "WeaponsTalks", "{text}");
        assert_eq!(found[0].1, vec!["India", "Vietnam"], "{text}: {found:?}");
    }
}

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
        // aweap: id `relation` "$" right after the name.
        (
            "id",
            "Vietnam menandatangani kontrak senilai US$700 juta dengan India untuk rudal BrahMos.",
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

#[test]
fn a_gathering_between_an_organisation_and_a_state_has_both_parties() {
    // references.tsv `group_before` "talks between …", "pertemuan antara …", id
    // `between` "antara"; actors::between counts the organisation in the list.
    let cases = [
        (
            "id",
            "Untuk pertemuan antara ASEAN dan Rusia, Indonesia menjadi tuan rumah pertemuan.",
            ["ASEAN", "Russia"],
        ),
        (
            "id",
            "KTT antara ASEAN dan Jepang digelar di Tokyo pada Sabtu.",
            ["ASEAN", "Japan"],
        ),
        (
            "en",
            "Talks between the European Union and China took place in Brussels on Monday.",
            ["China", "European_Union"],
        ),
    ];
    for (language, text, parties) in cases {
        let found = events(language, "2025-07-27 08:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, strings(&parties), "{text}: {found:?}");
    }
    // An organisation named for what is discussed is no party.
    let found = events(
        "en",
        "2025-07-27 08:00:00",
        "Xi met Widodo in Beijing on Monday to discuss trade between ASEAN and China.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.len(), 2, "{found:?}");
    // "antara" closes the list: a witness after it takes no part.
    let found = events(
        "id",
        "2025-07-27 08:00:00",
        "Pertemuan bilateral antara Presiden Jokowi dan Perdana Menteri Albanese digelar di Bogor pada Senin, disaksikan Menteri Luar Negeri Retno Marsudi.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.len(), 2, "{found:?}");
}

#[test]
fn a_since_date_dates_the_when_clause_it_opens() {
    // references.tsv `dated_clause`: "since September, when …" dates the
    // clause, another launch than the one reported.
    let text = "North Korea fired cruise missiles toward the Yellow Sea on Wednesday. \
                The launches were the first since September, when Pyongyang test-fired two cruise missiles toward the Yellow Sea.";
    let found = events("en", "2024-01-24 08:00:00", text);
    let dates: Vec<_> = found.iter().map(|e| e.3.clone()).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(dates.contains(&Some("2023-09".into())), "{found:?}");
    // A bare "since" date still dates nothing.
    let found = events(
        "en",
        "2024-01-24 08:00:00",
        "North Korea fired a ballistic missile on Wednesday, its first launch since September.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2024-01-24"), "{found:?}");
}

#[test]
fn what_a_drill_is_aimed_at_is_no_party() {
    // references.tsv `adversary`: "to counter", "in response to", "amid
    // concern over", "an invasion by"; id "untuk menangkal", "ancaman".
    let cases = [
        ("en", "Japan and the United States held naval exercises near Okinawa on Tuesday to counter China."),
        ("en", "South Korea and the United States staged air drills on Friday in response to North Korea's missile launches."),
        ("en", "Australia and India held naval exercises on Monday amid concern over China's growing presence in the region."),
        ("id", "Jepang dan AS menggelar latihan angkatan laut di dekat Okinawa pada Selasa guna menghadapi ancaman China."),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-04-10 08:00:00", text);
        let drills: Vec<_> = found.iter().filter(|e| e.0 == "MilitaryExercise").collect();
        assert_eq!(drills.len(), 1, "{text}: {found:?}");
        assert_eq!(drills[0].1.len(), 2, "{text}: {found:?}");
    }
    // The act it answers is still its actor's own.
    let found = events(
        "en",
        "2024-04-10 08:00:00",
        "South Korea and the United States staged air drills on Friday in response to North Korea's missile launches.",
    );
    assert!(
        found
            .iter()
            .any(|e| e.0 == "MissileTest" && e.1 == strings(&["North_Korea"])),
        "{found:?}"
    );
    let found = events(
        "en",
        "2024-04-10 08:00:00",
        "Taiwan held drills on Monday simulating an invasion by China.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, strings(&["Taiwan"]), "{found:?}");
}

#[test]
fn a_guest_received_by_a_host_meets_the_host() {
    // triggers.tsv id.meeting.terima: "diterima oleh" before a name.
    let found = events(
        "id",
        "2024-04-10 08:00:00",
        "Prabowo diterima oleh Presiden Prancis Emmanuel Macron di Paris pada Senin.",
    );
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{found:?}");
    assert_eq!(meetings[0].1.len(), 2, "{found:?}");
    // A thing received is no guest.
    let found = events(
        "id",
        "2024-04-10 08:00:00",
        "Surat itu diterima oleh Presiden Jokowi pada Senin.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_currency_named_for_a_state_is_no_destination() {
    // extract::places::choose_place: a `relation` state is no place either
    // (without it, each text told a visit to the United States).
    let cases = [
        (
            "id",
            "Presiden Prabowo Subianto tiba di Tokyo pada Jumat (8/11/2024). Menurut Menteri Luar Negeri Sugiono, nilai kesepakatan bisnis yang dicapai selama kunjungan mencapai sekitar 10 miliar dolar AS.",
        ),
        (
            "en",
            "President Prabowo Subianto arrived in Tokyo on Friday. Foreign Minister Sugiono said the business deals reached during the visit were worth about 10 billion US dollars.",
        ),
        (
            "en",
            "Trade Minister Budi Santoso said deals signed during the visit were worth 3 billion US dollars.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2024-11-10 08:00:00", text);
        assert!(
            found.iter().all(|e| e.2.as_deref() != Some("United_States")
                && !e.1.contains(&"United_States".to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn dialogue_as_a_means_is_no_meeting() {
    // triggers.tsv: the `hit` excludes of id.meeting.ktt ("mengedepankan
    // dialog", "melalui dialog") and en.meeting.talks ("through dialogue").
    let means = [
        (
            "id",
            "Pemerintah Indonesia menyerukan agar Pakistan dan India mengedepankan dialog dan menahan diri.",
        ),
        (
            "id",
            "Jepang meminta China dan Filipina menyelesaikan sengketa melalui dialog.",
        ),
        (
            "en",
            "Indonesia urged India and Pakistan to resolve their dispute through dialogue.",
        ),
        ("en", "China called for dialogue between India and Pakistan."),
    ];
    for (language, text) in means {
        let found = events(language, "2025-05-07 08:00:00", text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A dialogue held is a meeting.
    for (language, text) in [
        (
            "en",
            "India and Pakistan held a dialogue in Dubai on Monday.",
        ),
        (
            "id",
            "India dan Pakistan menggelar dialog di Dubai pada Senin.",
        ),
    ] {
        let found = events(language, "2025-05-07 08:00:00", text);
        assert_eq!(
            meetings(&found),
            [strings(&["India", "Pakistan"])],
            "{text}"
        );
    }
}

#[test]
fn a_drill_or_expo_hosted_by_states_is_no_meeting() {
    // triggers.tsv: the `hit` exclude of en.meeting.host ("the drill hosted
    // by", "hosted the … exercise").
    for text in [
        "Cobra Gold, the long-running drill hosted by Thailand and the United States, was held in February with Singapore and Japan also taking part.",
        "Norway hosted the Nordic Response exercise with Finland and Sweden in March.",
    ] {
        let found = events("en", "2025-05-07 08:00:00", text);
        assert!(meetings(&found).is_empty(), "{text}: {found:?}");
        assert!(found.iter().any(|e| e.0 == "MilitaryExercise"), "{text}");
    }
    // Nor is an expo: only the meeting told first is found.
    let text = "U.S. President Joe Biden met To Lam in Hanoi in September 2023. Next month Hanoi will host the Vietnam International Defence Expo for the second time, and delegations from Russia and South Korea are expected.";
    let found = events("en", "2024-11-07 08:00:00", text);
    assert_eq!(found.len(), 1, "{found:?}");
    // A leader hosting a guest still meets them.
    let found = events(
        "en",
        "2025-05-07 08:00:00",
        "Thai Prime Minister Srettha Thavisin hosted Singaporean Prime Minister Lee Hsien Loong in Bangkok on Monday.",
    );
    assert_eq!(
        meetings(&found),
        [strings(&["Lee_Hsien_Loong", "Srettha_Thavisin"])]
    );
}

#[test]
fn signing_with_an_industry_is_no_meeting() {
    // triggers.tsv: "industri" among the excludes of id.meeting.teken.
    let text = "Selain dengan Turki, Kementerian Pertahanan juga meneken sejumlah kontrak dan nota kesepahaman dengan industri pertahanan dalam negeri selama pameran berlangsung.";
    let found = events("id", "2025-05-07 08:00:00", text);
    assert!(meetings(&found).is_empty(), "{found:?}");
    // Two ministers who sign with each other met.
    let text = "Menteri Luar Negeri Retno Marsudi menandatangani nota kesepahaman dengan Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, Senin.";
    let found = events("id", "2025-05-07 08:00:00", text);
    assert_eq!(
        meetings(&found),
        [strings(&["Retno_Marsudi", "Yoko_Kamikawa"])]
    );
}

#[test]
fn the_states_of_a_background_invasion_are_no_parties() {
    // references.tsv: en `relation` "'s invasion of", `relation_before`
    // "invasion of".
    let text = "The first agreement, for 180 tanks, was signed in Gdynia in August 2022 under the framework deal struck after Russia's invasion of Ukraine.";
    let found = events("en", "2025-05-07 08:00:00", text);
    assert!(
        found
            .iter()
            .all(|e| !e.1.contains(&"Russia".to_string()) && !e.1.contains(&"Ukraine".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_state_that_is_buying_arms_tells_a_programme_not_a_deal() {
    // aweap: en.weapons.verb drops a progressive "is buying" / "are acquiring".
    for text in [
        "Chile is buying six frigates from Spain, the navy's chief said on Monday.",
        "Both Chile and Peru are currently acquiring Leopard tanks.",
    ] {
        let found = events("en", "2025-07-27 08:00:00", text);
        assert!(
            found.iter().all(|e| e.0 != "WeaponsTalks"),
            "{text}: {found:?}"
        );
    }
    // A purchase told as done stays a deal.
    let found = events(
        "en",
        "2025-07-27 08:00:00",
        "Chile bought six frigates from Spain on Monday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}
