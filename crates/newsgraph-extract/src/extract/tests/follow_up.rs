//! Follow-up nouns: a later sentence names the event only by a definite noun
//! ("The launch took place on Tuesday", "Uji coba tersebut dilakukan pada
//! Selasa") and gives it its day; it never states an event of its own.
//! Sentences written for these tests; published on Thursday 2024-12-12.

use super::events;

const PUBLISHED: &str = "2024-12-12 09:00:00";

/// The dates of the events of `event_type` in `text`.
fn dates(language: &str, event_type: &str, text: &str) -> Vec<Option<String>> {
    events(language, PUBLISHED, text)
        .into_iter()
        .filter(|e| e.0 == event_type)
        .map(|e| e.3)
        .collect()
}

#[test]
fn a_definite_noun_gives_the_event_told_before_its_day() {
    let cases = [
        ("en", "MissileTest", "North Korea fired a ballistic missile into the sea, Seoul said. The launch took place on Tuesday morning off the east coast.", "2024-12-10"),
        ("en", "MissileTest", "North Korea fired a ballistic missile into the sea, Seoul said.\nTuesday's launch was the third this month.", "2024-12-10"),
        ("en", "Meeting", "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian Defence Minister Richard Marles in Canberra. The talks on Tuesday also covered submarines.", "2024-12-10"),
        ("en", "Meeting", "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian Defence Minister Richard Marles in Canberra.\nTuesday's talks also covered submarines.", "2024-12-10"),
        ("en", "MilitaryExercise", "South Korea and the United States are holding joint military drills near the border. The exercise began on Monday with 10,000 troops.", "2024-12-09"),
        ("id", "MissileTest", "Korea Utara menembakkan rudal balistik ke laut. Uji coba tersebut dilakukan pada Selasa (10/12) pagi.", "2024-12-10"),
        ("id", "MissileTest", "Korea Utara menembakkan rudal balistik ke laut.\nPeluncuran itu dilakukan pada Selasa (10/12) dari dekat Pyongyang.", "2024-12-10"),
        ("id", "MilitaryExercise", "Korea Selatan dan Amerika Serikat menggelar latihan militer gabungan di dekat perbatasan. Latihan tersebut berlangsung sejak Senin (9/12).", "2024-12-09"),
        ("id", "MilitaryExercise", "Korea Selatan dan Amerika Serikat menggelar latihan militer gabungan di dekat perbatasan.\nLatihan yang dimulai Senin (9/12) itu melibatkan 10.000 prajurit.", "2024-12-09"),
        // A deal told undated, then signed on a day ("the contract was signed").
        ("en", "WeaponsTalks", "Brazil has ordered 12 Gripen fighter jets from Sweden. The contract was signed on Tuesday in Stockholm.", "2024-12-10"),
        ("id", "WeaponsTalks", "Filipina memesan dua kapal korvet dari Korea Selatan. Kontrak tersebut ditandatangani pada Selasa (10/12) di Manila.", "2024-12-10"),
    ];
    for (language, event_type, text, day) in cases {
        assert_eq!(
            dates(language, event_type, text),
            vec![Some(day.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_follow_up_noun_alone_states_no_event() {
    for (language, text) in [
        (
            "en",
            "The launch took place on Tuesday morning. The talks on Wednesday went well.",
        ),
        (
            "en",
            "The exercise began on Monday, and Tuesday's test was a success.",
        ),
        // Parties named beside it make it no statement either.
        (
            "en",
            "Tuesday's test by North Korea drew protests from Japan.",
        ),
        (
            "id",
            "Uji coba tersebut dilakukan pada Selasa (10/12). Latihan itu dimulai Senin.",
        ),
    ] {
        assert_eq!(events(language, PUBLISHED, text), Vec::new(), "{text}");
    }
}

#[test]
fn a_deal_of_another_kind_or_a_report_about_the_deal_gives_no_day() {
    for (language, text) in [
        ("en", "Brazil has ordered 12 Gripen fighter jets from Sweden. The trade agreement with Chile was signed on Tuesday."),
        ("en", "Brazil has ordered 12 Gripen fighter jets from Sweden. The deal, critics said on Tuesday, was too costly."),
        ("id", "Filipina memesan dua kapal korvet dari Korea Selatan. Kesepakatan dagang itu ditandatangani pada Selasa (10/12)."),
        ("id", "Filipina memesan dua kapal korvet dari Korea Selatan. Kontrak itu, kata pengamat pada Selasa (10/12), terlalu mahal."),
    ] {
        assert_eq!(dates(language, "WeaponsTalks", text), vec![Some("2024-12".to_string())], "{text}");
    }
}

#[test]
fn a_day_inside_the_events_month_refines_it_and_another_day_is_not_its_own() {
    // "this month" is known to the month; the follow-up names the day.
    let refined = dates(
        "en",
        "MilitaryExercise",
        "Indonesia and Australia will hold joint military drills this month. The exercise begins on Dec. 16.",
    );
    assert_eq!(refined, vec![Some("2024-12-16".to_string())]);
    // A test dated Monday: "the test" on another day is something else, and
    // the follow-up neither moves the date nor adds a test.
    let kept = dates(
        "en",
        "MissileTest",
        "North Korea fired a ballistic missile on Monday. The test in October had failed.",
    );
    assert_eq!(kept, vec![Some("2024-12-09".to_string())]);
}
