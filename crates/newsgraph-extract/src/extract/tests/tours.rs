//! Event boundaries, stop 30 (rsplit): the legs of a tour each on its own
//! date, and the earlier agreement a deal follows. Sentences written for
//! these tests; each fails without the rule it names.

use super::{events, strings};

/// The (place, date) of each visit found in `text`, sorted.
fn visits(language: &str, text: &str) -> Vec<(Option<String>, Option<String>)> {
    let found = events(language, "2024-07-18 09:00:00", text);
    let mut visits: Vec<_> = found
        .iter()
        .filter(|e| e.0 == "Visit")
        .map(|e| (e.2.clone(), e.3.clone()))
        .collect();
    visits.sort();
    visits
}

#[test]
fn a_further_leg_takes_the_date_named_after_it() {
    // places::further_legs `leg_date`: the second leg's day, not the first's.
    let cases = [
        (
            "en",
            "Ramaphosa visited Jakarta on Monday and then travelled on to Kuala Lumpur on Wednesday.",
            ["Jakarta", "Kuala_Lumpur"],
        ),
        (
            "id",
            "Jokowi mengunjungi Hanoi pada Senin, lalu terbang ke Manila pada Rabu.",
            ["Hanoi", "Manila"],
        ),
    ];
    for (language, text, places) in cases {
        let expected: Vec<_> = places
            .iter()
            .zip(["2024-07-15", "2024-07-17"])
            .map(|(p, d)| (Some(p.to_string()), Some(d.to_string())))
            .collect();
        assert_eq!(visits(language, text), expected, "{text}");
    }
    // A leg with no date of its own keeps the trip's.
    let text = "Prabowo tiba di Tokyo pada Senin (15/7/2024) dan selanjutnya ke Seoul.";
    let dates: Vec<_> = visits("id", text).into_iter().map(|v| v.1).collect();
    let day = Some("2024-07-15".to_string());
    assert_eq!(dates, [day.clone(), day], "{text}");
}

#[test]
fn continuing_a_tour_to_a_place_is_a_visit() {
    // en.visit.travel "continued his tour to", "moved on to".
    let text = "From Hanoi, Marcos continued his tour to Vientiane on Friday.";
    assert_eq!(
        visits("en", text),
        [(
            Some("Vientiane".to_string()),
            Some("2024-07-12".to_string())
        )],
        "{text}"
    );
    let text = "Marcos arrived in Hanoi on Tuesday. He then moved on to Vientiane on Friday.";
    assert_eq!(visits("en", text).len(), 2, "{text}");
    // Continuing to do something, or a band's tour, is no trip of a state's person.
    for text in [
        "Beijing continued to pressure Taiwan with drills around the island.",
        "Xi continued to push for talks with Taiwan's opposition.",
        "The band continued its tour to Manila on Friday.",
        "Prices continued on to record highs in Tokyo.",
    ] {
        assert!(
            events("en", "2024-07-18 09:00:00", text).is_empty(),
            "{text}"
        );
    }
}

#[test]
fn a_deal_that_follows_an_earlier_agreement_tells_that_agreement() {
    // en.repeat.weapons, id.repeat.weapons: another deal of the same states
    // on the day the earlier agreement was signed.
    let cases = [
        (
            "en",
            "Poland signed a contract on Tuesday to buy 96 Apache helicopters from the \
             United States. The deal follows an agreement signed on June 11.",
            ["Poland", "United_States"],
        ),
        (
            "id",
            "Indonesia menandatangani kontrak pembelian 24 helikopter dengan Amerika Serikat \
             pada Selasa (16/7/2024). Penandatanganan ini merupakan tindak lanjut dari \
             kesepakatan antarpemerintah yang telah ditandatangani pada 11 Juni 2024.",
            ["Indonesia", "United_States"],
        ),
    ];
    for (language, text, states) in cases {
        let found = events(language, "2024-07-18 09:00:00", text);
        let mut dates: Vec<_> = found.iter().map(|e| e.3.clone()).collect();
        dates.sort();
        assert_eq!(
            dates,
            [
                Some("2024-06-11".to_string()),
                Some("2024-07-16".to_string())
            ],
            "{text}: {found:?}"
        );
        for event in &found {
            assert_eq!(event.1, strings(&states), "{text}");
        }
    }
    // The same day, a trade agreement, a visit, or another pair's agreement: no second deal.
    for text in [
        "Poland signed a contract on Tuesday to buy 96 Apache helicopters from the United \
         States. The deal follows an agreement signed on Tuesday morning by the two ministers.",
        "Poland signed a contract on Tuesday to buy 96 Apache helicopters from the United \
         States. The deal follows a trade agreement signed in June.",
        "Poland signed a contract on Tuesday to buy 96 Apache helicopters from the United \
         States. The deal follows an agreement signed in June between France and Germany.",
        "Prabowo arrived in Paris on Tuesday. The visit follows an agreement signed in June.",
    ] {
        let found = events("en", "2024-07-18 09:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn an_apposition_restates_the_event_of_its_sentence() {
    // references::is_appositive: the apposition after the speakers is the
    // launch told, not a second launch of the state the speakers' city names.
    let cases = [
        (
            "en",
            "North Korea launched a long-range ballistic missile on Wednesday, officials in \
             Seoul and Tokyo said, its first intercontinental ballistic missile test in three \
             months. The missile was fired from the Pyongyang area and fell into the sea \
             outside Japan's exclusive economic zone, according to Japan's Defense Ministry.",
        ),
        (
            "id",
            "Korea Utara meluncurkan rudal balistik jarak jauh pada Rabu, kata pejabat di Seoul \
             dan Tokyo, uji coba ICBM pertamanya dalam tiga bulan. Rudal itu ditembakkan dari \
             wilayah Pyongyang dan jatuh di laut di luar zona ekonomi eksklusif Jepang, menurut \
             Kementerian Pertahanan Jepang.",
        ),
    ];
    for (language, text) in cases {
        let found = events(language, "2023-07-12 09:00:00", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, strings(&["North_Korea"]), "{text}");
        assert_eq!(found[0].3.as_deref(), Some("2023-07-12"), "{text}");
    }
}

#[test]
fn the_two_as_a_subject_keeps_their_earlier_meeting_apart() {
    // references.tsv `pair` "the two met": the background meeting is the
    // pair's, on its own date and place, not a detail of this week's.
    let text = "Prime Minister Kishida met President Yoon Suk Yeol in Seoul on Tuesday. \
                The two met in Bali last year.";
    let found = events("en", "2024-07-18 09:00:00", text);
    let mut meetings: Vec<_> = found
        .iter()
        .map(|e| (e.1.clone(), e.2.clone(), e.3.clone()))
        .collect();
    meetings.sort();
    let pair = strings(&["Fumio_Kishida", "Yoon_Suk-yeol"]);
    assert_eq!(
        meetings,
        [
            (
                pair.clone(),
                Some("Bali".to_string()),
                Some("2023".to_string())
            ),
            (
                pair,
                Some("Seoul".to_string()),
                Some("2024-07-16".to_string())
            ),
        ],
        "{found:?}"
    );
}

/// (type, status) of each event in `text`.
fn statuses(language: &str, published: &str, text: &str) -> Vec<(String, &'static str)> {
    events(language, published, text)
        .into_iter()
        .map(|e| (e.0, e.4))
        .collect()
}

#[test]
fn the_purpose_of_a_trip_to_come_is_to_come_too() {
    // On the day of publication the date decides nothing: the plan does.
    for (language, published, text) in [
        (
            "en",
            "2025-09-11 07:30:00",
            "Marles is due in Hanoi on Thursday for talks with Vietnamese Defence Minister Phan Van Giang.",
        ),
        (
            "en",
            "2025-09-11 07:30:00",
            "Marles is due in Hanoi on Saturday for talks with Vietnamese Defence Minister Phan Van Giang.",
        ),
        (
            "id",
            "2025-07-10 08:00:00",
            "Dari Paris, Menhan dijadwalkan terbang ke Roma, Italia, Kamis (10/7/2025), untuk bertemu \
             Menteri Pertahanan Italia Guido Crosetto.",
        ),
    ] {
        let found = statuses(language, published, text);
        assert!(found.iter().any(|e| e.0 == "Meeting"), "{text}: {found:?}");
        assert!(found.iter().all(|e| e.1 == "expected"), "{text}: {found:?}");
    }
    // A trip to come told beside one made says nothing of the one made.
    for (language, published, text) in [
        (
            "en",
            "2025-09-11 07:30:00",
            "Marles, who is due in Hanoi on Saturday, met Philippine Defence Secretary Gilberto \
             Teodoro in Manila on Monday for talks.",
        ),
        (
            "id",
            "2025-07-10 08:00:00",
            "Menhan, yang dijadwalkan terbang ke Roma pekan depan, telah tiba di Paris pada Selasa \
             untuk bertemu Menteri Angkatan Bersenjata Prancis Sébastien Lecornu.",
        ),
    ] {
        let found = statuses(language, published, text);
        let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
        assert!(!meetings.is_empty(), "{text}: {found:?}");
        assert!(meetings.iter().all(|e| e.1 == "occurred"), "{text}: {found:?}");
    }
}
