//! Date forms that outlets write and the date patterns must read to the day,
//! on sentences written for these tests.

use super::{events, of_type};

/// The date of the one meeting in `text`, published on `published`.
fn meeting_date(language: &str, published: &str, text: &str) -> Option<String> {
    let found = events(language, &format!("{published} 09:00:00"), text);
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{text}: {found:?}");
    meetings[0].3.clone()
}

const ID_MEETING: &str =
    "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur";
const EN_MEETING: &str =
    "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur";

#[test]
fn a_day_with_lalu_or_silam_is_the_last_such_day_and_keeps_its_day() {
    let cases = [
        // Earlier in the month of publication: this year, not last year.
        ("2023-01-20", "pada 5 Januari lalu", "2023-01-05"),
        ("2023-01-20", "pada 5 Januari silam", "2023-01-05"),
        // A later day of that month has not come yet: last year's.
        ("2023-01-20", "pada 28 Januari lalu", "2022-01-28"),
        ("2023-03-02", "pada 20 Desember lalu", "2022-12-20"),
    ];
    for (published, date, expected) in cases {
        let text = format!("{ID_MEETING} {date}.");
        assert_eq!(
            meeting_date("id", published, &text).as_deref(),
            Some(expected),
            "{text}"
        );
    }
}

#[test]
fn a_day_with_mendatang_is_the_next_such_day() {
    let cases = [
        (
            "2023-03-02",
            "akan bertemu",
            "pada 5 Januari mendatang",
            "2024-01-05",
        ),
        (
            "2023-03-02",
            "akan bertemu",
            "pada 20 Maret mendatang",
            "2023-03-20",
        ),
    ];
    for (published, verb, date, expected) in cases {
        let text = format!(
            "Presiden Joko Widodo {verb} Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur {date}."
        );
        assert_eq!(
            meeting_date("id", published, &text).as_deref(),
            Some(expected),
            "{text}"
        );
    }
}

#[test]
fn ordinal_days_before_the_month_and_iso_dates_keep_the_day() {
    for date in [
        "on the 5th of March",
        "on 5th March",
        "on March 5th",
        "on 2023-03-05",
    ] {
        let text = format!("{EN_MEETING} {date}.");
        assert_eq!(
            meeting_date("en", "2023-03-09", &text).as_deref(),
            Some("2023-03-05"),
            "{text}"
        );
    }
    // No month 13: not a date.
    let text = format!("{EN_MEETING} on Tuesday, 2023-13-05 being a typo.");
    assert_ne!(
        meeting_date("en", "2023-03-09", &text).as_deref(),
        Some("2023-13-05")
    );
}

#[test]
fn a_range_of_days_reads_as_its_first_day() {
    assert_eq!(
        meeting_date(
            "id",
            "2023-03-09",
            &format!("{ID_MEETING} pada 5-6 Maret 2023.")
        )
        .as_deref(),
        Some("2023-03-05")
    );
    assert_eq!(
        meeting_date(
            "en",
            "2023-03-09",
            &format!("{EN_MEETING} on 5–6 March 2023.")
        )
        .as_deref(),
        Some("2023-03-05")
    );
}

#[test]
fn a_weekday_with_a_relative_week_is_that_weekday_of_that_week() {
    // Published on Friday 8 January 2021.
    let cases = [
        ("id", format!("{ID_MEETING} pada Jumat pekan lalu."), "2021-01-01"),
        ("id", format!("{ID_MEETING} pada Senin pekan lalu."), "2020-12-28"),
        ("en", format!("{EN_MEETING} on Monday last week."), "2020-12-28"),
        (
            "id",
            "Presiden Joko Widodo akan bertemu Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur pada Senin pekan depan."
                .to_string(),
            "2021-01-11",
        ),
    ];
    for (language, text, expected) in cases {
        assert_eq!(
            meeting_date(language, "2021-01-08", &text).as_deref(),
            Some(expected),
            "{text}"
        );
    }
}

/// The date of the one event of `event_type` in `text`.
fn date_of(event_type: &str, language: &str, published: &str, text: &str) -> Option<String> {
    let found = events(language, &format!("{published} 09:00:00"), text);
    let of_type: Vec<_> = found.iter().filter(|e| e.0 == event_type).collect();
    assert_eq!(of_type.len(), 1, "{text}: {found:?}");
    of_type[0].3.clone()
}

#[test]
fn a_date_right_on_the_saying_dates_the_report_not_the_event() {
    let cases = [
        (
            "en",
            "The agency said on Saturday (August 27) that Poland and South Korea signed an arms deal for K2 tanks.",
        ),
        (
            "en",
            "Officials said on Saturday that Poland and South Korea signed an arms deal for K2 tanks.",
        ),
        (
            "id",
            "Kementerian itu mengatakan pada Sabtu (27/8) bahwa Polandia dan Korea Selatan menandatangani kontrak pembelian tank K2.",
        ),
    ];
    for (language, text) in cases {
        assert_ne!(
            date_of("WeaponsTalks", language, "2022-08-29", text).as_deref(),
            Some("2022-08-27"),
            "{text}"
        );
    }
    // Set off by commas, the date belongs to what is said.
    let text = "Menteri itu mengatakan, pada Sabtu (27/8), Polandia dan Korea Selatan menandatangani kontrak pembelian tank K2.";
    assert_eq!(
        date_of("WeaponsTalks", "id", "2022-08-29", text).as_deref(),
        Some("2022-08-27")
    );
}

#[test]
fn a_hyphenated_prefix_and_old_month_spellings_name_their_month() {
    let cases = [
        ("en", format!("{EN_MEETING} in mid-November."), "2024-11"),
        ("en", format!("{EN_MEETING} in late-November."), "2024-11"),
        (
            "id",
            format!("{ID_MEETING} pada 28 Nopember 2024."),
            "2024-11-28",
        ),
        (
            "id",
            format!("{ID_MEETING} pada 3 Pebruari 2024."),
            "2024-02-03",
        ),
    ];
    for (language, text, expected) in cases {
        assert_eq!(
            meeting_date(language, "2024-12-12", &text).as_deref(),
            Some(expected),
            "{text}"
        );
    }
}

#[test]
fn a_stay_since_its_arrival_takes_the_arrivals_day() {
    let visit_date = |text: &str| {
        let found = events("id", "2023-09-15 09:00:00", text);
        let visits: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
        assert_eq!(visits.len(), 1, "{text}: {found:?}");
        visits[0].3.clone()
    };
    let text = "Presiden Prabowo Subianto sudah berada di Jepang selama tiga hari, terhitung sejak tiba pada Selasa (12/9) lalu.";
    assert_eq!(visit_date(text).as_deref(), Some("2023-09-12"), "{text}");
    // A "sejak" date of something else still dates nothing of the visit.
    let text = "Presiden Prabowo Subianto berada di Jepang, kunjungan pertamanya sejak dilantik pada Selasa (12/9).";
    assert_eq!(visit_date(text).as_deref(), Some("2023-09"), "{text}");
}

/// The WeaponsTalks of `text` as (date, status) pairs, in order.
fn deals(language: &str, text: &str) -> Vec<(Option<String>, &'static str)> {
    let found = of_type(language, "2025-04-29 09:00:00", text, "WeaponsTalks");
    found.into_iter().map(|e| (e.3, e.4)).collect()
}

#[test]
fn a_year_before_a_deal_dates_an_earlier_deal_kept_apart() {
    // "a 2016 deal": the year modifies the noun as in "the 2016 deal".
    let found = deals(
        "en",
        "India and France on Monday signed an agreement for 26 Rafale Marine jets. \
         The air force already flies 36 Rafales bought from France under a 2016 deal.",
    );
    let dates: Vec<_> = found.iter().map(|d| d.0.as_deref()).collect();
    assert_eq!(dates, [Some("2025-04-28"), Some("2016")], "{found:?}");
    // Indonesian puts the year after the contract noun.
    let found = deals(
        "id",
        "TNI AU sudah memesan 42 Rafale dari Prancis lewat kontrak 2022.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0.as_deref(), Some("2022"));
}

#[test]
fn a_visit_told_first_by_its_talks_is_dated_by_its_arrival() {
    // The lead dates the talks; the arrival, told after, is the visit's start.
    let cases = [
        (
            "en",
            "Japanese Defence Minister Gen Nakatani visited Manila on Monday (February 24) for talks \
             with his Philippine counterpart. Nakatani arrived in Manila on Sunday (February 23) \
             evening.",
            "2025-02-23",
        ),
        (
            "id",
            "Menteri Luar Negeri Sugiono mengunjungi Tokyo, Jepang, pada Selasa (25/2/2025) untuk \
             bertemu Menlu Takeshi Iwaya. Sugiono tiba di Tokyo pada Senin (24/2/2025) sore.",
            "2025-02-24",
        ),
    ];
    for (language, text, arrival) in cases {
        assert_eq!(
            date_of("Visit", language, "2025-02-26", text).as_deref(),
            Some(arrival),
            "{text}"
        );
    }
    // A day a week before the talks is no arrival: the first date stands.
    let text = "Japanese Defence Minister Gen Nakatani visited Manila on Monday (February 24) for \
                talks. Nakatani arrived in Manila on February 17 for the visit.";
    assert_eq!(
        date_of("Visit", "en", "2025-02-26", text).as_deref(),
        Some("2025-02-24")
    );
}

#[test]
fn a_day_later_counts_from_a_weekday_told_before() {
    // 2025-07-17 is a Thursday: "on Tuesday" is 07-15, a day later 07-16.
    for (language, text) in [
        (
            "en",
            "Chinese President Xi Jinping arrived in Moscow on Tuesday.\nA day later, Xi Jinping met Russian President Vladimir Putin.",
        ),
        (
            "id",
            "Presiden China Xi Jinping tiba di Moskwa pada Selasa.\nSehari kemudian, Xi Jinping bertemu Presiden Rusia Vladimir Putin.",
        ),
    ] {
        let date = date_of("Meeting", language, "2025-07-17", text);
        assert_eq!(date.as_deref(), Some("2025-07-16"), "{text}");
    }
    // Two launches a day apart are two tests.
    let text = "The US Army fired a Precision Strike Missile at Shoalwater Bay on Tuesday.\nA day later, the US Army fired an SM-6 missile at a maritime target.";
    let found = events("en", "2025-07-17 09:00:00", text);
    let dates: Vec<_> = found
        .iter()
        .filter(|e| e.0 == "MissileTest")
        .map(|e| e.3.as_deref())
        .collect();
    assert_eq!(dates, [Some("2025-07-15"), Some("2025-07-16")], "{found:?}");
}

#[test]
fn a_range_written_with_s_d_stays_one_sentence_and_reads_its_first_day() {
    // "s.d." (sampai dengan) ends with a full stop before a day number: an
    // abbreviation, not the end of the sentence, or the meeting loses its date.
    for link in ["s.d.", "s/d"] {
        let text = format!("{ID_MEETING} pada 19 {link} 21 Agustus 2023.");
        assert_eq!(
            meeting_date("id", "2023-08-25", &text).as_deref(),
            Some("2023-08-19"),
            "{text}"
        );
    }
}
