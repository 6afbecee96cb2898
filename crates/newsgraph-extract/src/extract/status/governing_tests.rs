//! Governing status cues (`before scope`, `after scope` in status.tsv):
//! denials, cancellations, postponements and invitations rule their whole
//! clause, on sentences written for these tests.

use crate::extract::tests::{events, Found};

fn of_type<'a>(found: &'a [Found], kind: &str) -> Vec<&'a Found> {
    found.iter().filter(|f| f.0 == kind).collect()
}

#[test]
fn a_denied_claim_is_no_event_whatever_its_tense() {
    for (language, text) in [
        ("en", "Kenya's defence ministry denied a newspaper report that Nairobi had held talks with Turkey on buying armed drones."),
        ("en", "The Philippine navy denies that China has conducted a joint naval exercise with Cambodia near Palawan."),
        ("en", "Officials in Tehran denied having test-fired a ballistic missile over the Gulf of Oman last week."),
        ("id", "Armenia membantah tuduhan bahwa pasukannya menembakkan rudal ke wilayah Azerbaijan pekan lalu."),
        ("id", "Korea Utara membantah telah menggelar pembicaraan senjata dengan Rusia di Vladivostok."),
    ] {
        let found = events(language, "2024-05-02 10:00:00", text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_cancelled_plan_is_no_event() {
    for (language, text) in [
        ("en", "Prime Minister Narendra Modi cancelled a planned visit to Washington."),
        ("en", "India had planned to test-fire an Agni-5 missile over the Bay of Bengal this month but called off the launch."),
        ("en", "The joint exercise of Japan and the Philippines was cancelled because of a typhoon."),
        ("id", "Presiden Joko Widodo membatalkan rencana kunjungan ke Canberra."),
        ("id", "Rencana latihan militer gabungan Indonesia dan Australia di Darwin dibatalkan karena cuaca buruk."),
    ] {
        let found = events(language, "2024-05-02 10:00:00", text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_plan_the_next_clause_calls_off_by_name_is_no_event() {
    // "but the visit was called off" names the planned event itself; the
    // plain cue of the plan ("due to", "akan") no longer decides.
    for (language, text) in [
        ("en", "The Dutch foreign minister was due to visit Hanoi on Monday, but the visit was called off because of the storm."),
        ("en", "Polish and Lithuanian troops were to hold drills near the border this week, but the exercise was cancelled after the floods."),
        ("id", "Menlu Belanda semula akan berkunjung ke Hanoi pada Senin, tetapi kunjungan itu dibatalkan karena badai."),
    ] {
        let found = events(language, "2024-05-02 10:00:00", text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // Another plan called off leaves the meeting held.
    let found = events(
        "id",
        "2024-05-02 10:00:00",
        "Presiden Prabowo bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Senin, namun rencana kunjungan ke Bandung batal.",
    );
    assert_eq!(of_type(&found, "Meeting").len(), 1, "{found:?}");
}

#[test]
fn a_clause_after_a_comma_keeps_its_own_status() {
    // "but" after a comma starts another clause: the meeting stands.
    let found = events(
        "en",
        "2024-05-02 10:00:00",
        "Vladimir Putin met Xi Jinping in Beijing on Monday, but a planned visit to Harbin was cancelled.",
    );
    let meetings = of_type(&found, "Meeting");
    assert_eq!(meetings.len(), 1, "{found:?}");
    assert_eq!(meetings[0].4, "occurred", "{found:?}");
}

#[test]
fn a_postponed_event_is_still_to_come_whatever_date_it_first_had() {
    for (language, text) in [
        ("en", "Anthony Albanese postponed a visit to Jakarta that had been planned for March."),
        ("en", "Joe Biden's visit to Beijing, first set for March, was postponed."),
        ("id", "Kunjungan Presiden Joko Widodo ke Canberra, yang sedianya digelar pada Maret, ditunda hingga waktu yang belum ditentukan."),
        ("id", "Presiden Prabowo Subianto menunda kunjungan ke Beijing yang semula dijadwalkan pada April."),
    ] {
        let found = events(language, "2024-05-02 10:00:00", text);
        assert!(!found.is_empty(), "{text}: nothing found");
        for event in &found {
            assert_eq!(event.4, "expected", "{text}: {found:?}");
        }
    }
}

#[test]
fn what_someone_is_invited_to_do_is_to_come() {
    for (language, text) in [
        ("en", "Russia has also invited Foreign Minister Subrahmanyam Jaishankar to attend the SCO foreign ministers meeting in Moscow."),
        ("en", "Beijing urged Kim Jong-un to hold talks with Joe Biden in Singapore."),
        ("id", "Presiden Joko Widodo mengundang Presiden Vladimir Putin untuk menghadiri KTT G20 di Bali."),
    ] {
        let found = events(language, "2024-05-02 10:00:00", text);
        assert!(!found.is_empty(), "{text}: nothing found");
        for event in &found {
            assert_eq!(event.4, "expected", "{text}: {found:?}");
        }
    }
}

#[test]
fn an_event_dated_the_reports_own_day_is_happening_even_beside_a_plan() {
    for (language, published, text, kind) in [
        (
            "id",
            "2025-05-27 00:00:00",
            "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Selasa (27/5/2025) malam. \
             Macron dijadwalkan berada di Jakarta hingga Kamis.",
            "Visit",
        ),
        (
            "id",
            "2025-11-07 00:00:00",
            "Korea Utara pada Jumat (7/11/2025) menembakkan rudal balistik ke arah laut. \
             Militer Korea Selatan mendeteksi persiapan peluncuran rudal Korea Utara itu.",
            "MissileTest",
        ),
        (
            "en",
            "2024-06-19 00:00:00",
            "Vladimir Putin arrives in Pyongyang on June 19, 2024. \
             Putin is expected to travel to Pyongyang with Foreign Minister Sergei Lavrov.",
            "Visit",
        ),
    ] {
        let found = events(language, published, text);
        let of_kind = of_type(&found, kind);
        assert_eq!(of_kind.len(), 1, "{text}: {found:?}");
        assert_eq!(of_kind[0].4, "occurred", "{text}: {found:?}");
    }
}

#[test]
fn an_event_something_comes_ahead_of_is_still_to_come() {
    for (language, text, kind) in [
        (
            "en",
            "The launch came just days ahead of joint military drills between South Korea and the United States.",
            "MilitaryExercise",
        ),
        (
            "en",
            "Seoul tightened security in the run-up to a meeting between Joe Biden and Yoon Suk Yeol in Seoul.",
            "Meeting",
        ),
        (
            "id",
            "Kedua menteri bertemu di Jakarta jelang kunjungan resmi Menteri Luar Negeri Wang Yi ke Indonesia.",
            "Visit",
        ),
    ] {
        let found = events(language, "2024-05-02 10:00:00", text);
        let of_kind = of_type(&found, kind);
        assert!(!of_kind.is_empty(), "{text}: {found:?}");
        assert_eq!(of_kind[0].4, "expected", "{text}: {found:?}");
    }
}
