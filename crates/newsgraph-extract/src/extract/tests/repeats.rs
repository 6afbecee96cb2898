//! Repeats: "another launch", "a similar test", "uji coba serupa" name an
//! event of the type told before without a missile word; on another day they
//! are another event of that event's actors, and they never state one alone.
//! Sentences written for these tests; published on Thursday 2024-12-12.

use super::events;

const PUBLISHED: &str = "2024-12-12 09:00:00";

/// The (actors, date) of the events of `event_type` in `text`.
fn tests(language: &str, event_type: &str, text: &str) -> Vec<(Vec<String>, Option<String>)> {
    events(language, PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| (e.1, e.3))
        .collect()
}

#[test]
fn a_repeat_on_another_day_is_another_event_of_the_same_actors() {
    let north = vec!["North_Korea".to_string()];
    let cases = [
        ("en", "MissileTest", "North Korea fired a ballistic missile into the sea on Monday. Another launch followed on Wednesday, officials said.", "2024-12-11"),
        ("en", "MissileTest", "North Korea fired a ballistic missile on Monday. A similar test in October ended in failure.", "2024-10"),
        ("id", "MissileTest", "Korea Utara menembakkan rudal balistik ke laut pada Senin. Peluncuran kedua dilakukan pada Rabu.", "2024-12-11"),
        ("id", "MissileTest", "Korea Utara menembakkan rudal balistik pada Senin. Uji coba serupa dilakukan pada Oktober lalu.", "2024-10"),
    ];
    for (language, event_type, text, day) in cases {
        let found = tests(language, event_type, text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1], (north.clone(), Some(day.to_string())), "{text}");
    }
}

#[test]
fn a_repeat_alone_or_of_another_speaker_states_nothing() {
    let cases = [
        // Nothing told before to repeat.
        ("en", "Another launch followed on Wednesday, officials said."),
        ("en", "The company said another launch of the phone was planned for October."),
        // A state that only speaks of it is no launcher.
        ("en", "North Korea fired a ballistic missile on Monday. Japan said another launch would be a grave provocation."),
        // A test of something else.
        ("en", "North Korea fired a ballistic missile on Monday. A second test of the new vaccine starts in March."),
        ("id", "Jepang menyatakan peluncuran lain akan menjadi provokasi."),
        ("id", "Korea Utara menembakkan rudal balistik pada Senin. Uji coba kedua vaksin itu dimulai Maret."),
    ];
    for (language, text) in cases {
        let found = tests(language, "MissileTest", text);
        assert!(found.len() <= 1, "{text}: {found:?}");
        assert!(
            found
                .iter()
                .all(|(actors, _)| actors == &["North_Korea".to_string()]),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_repeat_told_by_one_party_is_the_repeat_of_all_of_them() {
    // A speaker of one of the parties does not narrow the repeat to them;
    // status.tsv: "bakal digelar" after the noun is a plan, as "akan digelar".
    let text = "Turki dan Azerbaijan menggelar latihan militer gabungan di Baku pada Februari lalu. Latihan serupa bakal digelar lagi pada September, ujar seorang pejabat Azerbaijan.";
    let found: Vec<_> = events("id", PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == "MilitaryExercise")
        .map(|e| (e.1, e.3, e.4))
        .collect();
    let parties = vec!["Azerbaijan".to_string(), "Turkey".to_string()];
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[1],
        (parties, Some("2025-09".to_string()), "expected"),
        "{found:?}"
    );
}

#[test]
fn a_planned_repeat_of_a_held_launch_is_another_launch() {
    // mod.rs `repeat`: a stated status unlike the event's tells another event,
    // even with no date of its own.
    let cases = [
        ("en", "Japan fired a Type 12 missile from a range in Hokkaido on Tuesday. A second launch is planned later this week, a ministry official said."),
        ("en", "North Korea fired a cruise missile on Monday. Another test is expected soon, Seoul said."),
        ("id", "Korea Utara menembakkan rudal balistik pada Senin. Peluncuran kedua akan dilakukan dalam waktu dekat."),
    ];
    for (language, text) in cases {
        let found: Vec<_> = events(language, PUBLISHED, text)
            .into_iter()
            .filter(|e| e.0 == "MissileTest")
            .collect();
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].4, "expected", "{text}: {found:?}");
        assert_eq!(found[1].1, found[0].1, "{text}: {found:?}");
    }
    // A repeat told as held stays the one launch when undated; a denied plan
    // (status.tsv "tidak akan dilakukan") adds none.
    for (language, text) in [
        ("en", "North Korea fired a cruise missile on Monday. The launch was a second test of the system, Seoul said."),
        ("en", "North Korea fired a cruise missile on Monday. Another launch will not be held this year."),
        ("id", "Korea Utara menembakkan rudal balistik pada Senin. Uji coba serupa tidak akan dilakukan tahun ini."),
    ] {
        let found = tests(language, "MissileTest", text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

/// (actors, date) of the drills in `text`.
fn drills(language: &str, text: &str) -> Vec<(Vec<String>, Option<String>)> {
    tests(language, "MilitaryExercise", text)
}

#[test]
fn an_earlier_edition_of_a_drill_is_another_event_of_its_states() {
    // c2drill: a recap of last year's edition, with the year inside the
    // trigger's own words, is the earlier drill, not the one reported.
    let cases = [
        ("en", "Thailand and the United States opened the Cobra Gold exercise in Lopburi on Monday. The 2024 drills are larger than last year's edition."),
        ("id", "Indonesia dan Amerika Serikat membuka latihan Garuda Shield pada Senin. Latihan tahun ini lebih besar dari edisi tahun lalu."),
    ];
    for (language, text) in cases {
        let found = drills(language, text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].1.as_deref(), Some("2023"), "{text}: {found:?}");
        assert_eq!(found[1].0, found[0].0, "{text}: {found:?}");
    }
}

#[test]
fn a_drill_after_a_repeat_in_its_sentence_is_no_restatement_of_it() {
    // c2drill: "last year's exercises came after China staged war games":
    // the war games are China's own drill.
    let text = "Indonesia and the United States opened the Garuda Shield exercise on Monday. Last year's exercises came after China staged war games around Taiwan.";
    let found = drills("en", text);
    assert!(
        found
            .iter()
            .any(|(actors, _)| actors.contains(&"China".to_string())),
        "{found:?}"
    );
}

#[test]
fn an_earlier_occasion_recalled_without_parties_is_another_event_of_theirs() {
    // triggers.tsv `en.repeat.recalled_*`, `id.repeat.recalled_*` (reads
    // `recall`): the recalled clause names no party, so without the rows it
    // states nothing or joins this week's event.
    let cases = [
        ("en", "MilitaryExercise", "Australia and Indonesia began a joint air exercise in Darwin on Monday. The last edition was held in Darwin in March 2023.", "2023-03"),
        ("en", "MilitaryExercise", "South Korea and Japan began joint air drills on Monday. The drill was last held in April.", "2024-04"),
        ("en", "MissileTest", "Pakistan test-fired the Ababeel missile on Monday. The Ababeel, first tested in January 2017, can carry several warheads.", "2017-01"),
        ("en", "Meeting", "Japanese and South Korean officials held talks in Tokyo on Monday. The previous round of talks took place in Seoul in May.", "2024-05"),
        ("id", "MilitaryExercise", "TNI AU dan Angkatan Udara Australia membuka latihan udara di Darwin pada Senin. Edisi terakhir digelar di kota yang sama pada Maret 2023.", "2023-03"),
        ("id", "MilitaryExercise", "Marinir Indonesia dan Amerika Serikat menggelar latihan amfibi di Situbondo pada Senin. Latihan itu terakhir digelar pada Agustus 2022.", "2022-08"),
        ("id", "Meeting", "Pejabat Jepang dan Korea Selatan menggelar perundingan di Tokyo pada Senin. Putaran sebelumnya berlangsung di Seoul pada Mei.", "2024-05"),
    ];
    for (language, event_type, text, day) in cases {
        let found = tests(language, event_type, text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].0, found[0].0, "{text}: {found:?}");
        assert_eq!(found[1].1.as_deref(), Some(day), "{text}: {found:?}");
    }
}

#[test]
fn a_follow_up_after_a_recalled_occasion_tells_the_reported_one() {
    // merge::follow_up passes over an event marked as another occasion: a
    // dated recall (`recall`) is one, so "the launch" after it is this week's.
    let text = "Pakistan test-fired the Ababeel missile on Monday. \
                The Ababeel, first tested in January 2017, can carry several warheads. \
                The launch took place from a range in Balochistan.";
    let found: Vec<_> = events("en", PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == "MissileTest")
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2024-12-09"), "{found:?}");
    assert!(found[0].2.is_some(), "{found:?}");
    assert!(found[1].2.is_none(), "{found:?}");
}

#[test]
fn a_recall_with_its_own_subject_is_left_to_the_launch_rules() {
    // `en.repeat.recalled_test` takes only a passive or a participle: "which
    // the North first tested on April 13" names its party, and as a repeat it
    // would lose the day to the launch of its sentence.
    let text = "North Korea launched a long-range missile into the sea on Monday. \
                Officials said the launch appeared to involve the Hwasong-18, which the North \
                first tested on April 13.";
    let found = tests("en", "MissileTest", text);
    let days: Vec<_> = found.iter().map(|e| e.1.as_deref()).collect();
    assert_eq!(days, [Some("2024-12-09"), Some("2024-04-13")], "{found:?}");
}
