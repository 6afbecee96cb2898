//! Two occasions of the same parties stay two events (issue 14, qmerge):
//! an earlier meeting told as background, the deal an agreement followed, an
//! exercise's first edition. Sentences written for these tests; each fails
//! without the rule of `merge.rs` it names.

use super::{events, strings};

#[test]
fn a_continuation_dated_in_another_month_is_another_occasion() {
    // merge::another_occasion `apart`: the statement names one party only,
    // so it continues the deal, but its date is months before.
    let found = events(
        "en",
        "2024-08-27 10:00:00",
        "Poland signed contracts on Friday to buy 180 tanks from South Korea. \
         The contracts follow framework agreements signed in July, which foresee \
         Poland buying up to 1,000 tanks.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    let dates: Vec<_> = found.iter().map(|e| e.3.as_deref()).collect();
    assert_eq!(dates, [Some("2024-08-23"), Some("2024-07")], "{found:?}");
    for event in &found {
        assert_eq!(event.1, strings(&["Poland", "South_Korea"]), "{found:?}");
    }
}

#[test]
fn a_continuation_a_few_days_off_or_referring_back_stays_one_event() {
    // Not `apart`: the same month ("began his trip on Monday … where he met"),
    // and a definite "the visit" beside a date of another clause.
    let found = events(
        "en",
        "2024-05-24 10:00:00",
        "Joe Biden welcomed William Ruto to the White House on Thursday. \
         Ruto began his trip on Monday in Atlanta, where he met executives.",
    );
    let meetings = found.iter().filter(|e| e.0 == "Meeting").count();
    assert_eq!(meetings, 1, "{found:?}");
    let found = events(
        "en",
        "2023-01-12 10:00:00",
        "Anthony Albanese arrived in Port Moresby on Wednesday for a two-day visit. \
         The visit comes as Australia competes with China for influence, after Beijing \
         signed a security pact with the Solomon Islands last year.",
    );
    let visits: Vec<_> = found.iter().filter(|e| e.0 == "Visit").collect();
    assert_eq!(visits.len(), 1, "{found:?}");
    assert_eq!(visits[0].3.as_deref(), Some("2023-01-11"), "{found:?}");
}

#[test]
fn a_continuation_goes_to_the_event_of_its_date() {
    // merge::continue_event `same_time`: the latest event with the party is a
    // meeting months before; the statement's day is that of the first one.
    let found = events(
        "en",
        "2019-04-26 10:00:00",
        "Vladimir Putin and Kim Jong-un held talks in Vladivostok on Thursday. \
         Kim met Donald Trump in Hanoi in February. \
         Kim prepared on Thursday for his meeting at the university.",
    );
    let meetings: Vec<_> = found.iter().filter(|e| e.0 == "Meeting").collect();
    assert_eq!(meetings.len(), 2, "{found:?}");
}

#[test]
fn an_undated_mention_is_not_a_background_event_of_an_earlier_year() {
    // merge::merge_into `long_before`: the lead tells no date, so it is of the
    // article's present, not of 2015.
    let found = events(
        "id",
        "2021-05-04 10:00:00",
        "Mesir mendapatkan kontrak pembelian 30 jet tempur Rafale dari Prancis. \
         Mesir juga telah membeli 24 jet Rafale dari Prancis pada 2015.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    let dates: Vec<_> = found.iter().map(|e| e.3.as_deref()).collect();
    assert_eq!(dates, [Some("2021-05"), Some("2015")], "{found:?}");
}

#[test]
fn a_first_edition_keeps_its_own_parties_and_the_list_joins_the_present_one() {
    // merge::another_occasion takes the statement's own parties, and
    // merge::join_event gives an undated list to the event of the
    // publication's month, not to the 1990 edition told last.
    let found = events(
        "en",
        "2018-07-28 10:00:00",
        "Exercise Pitch Black opened in Darwin on Saturday with Australia as host. \
         The biennial Pitch Black exercise began in 1990 between Australia and Singapore. \
         The air forces involved are from Japan, India and France.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0].1,
        strings(&["Australia", "France", "India", "Japan"]),
        "{found:?}"
    );
    assert_eq!(
        found[1].1,
        strings(&["Australia", "Singapore"]),
        "{found:?}"
    );
    assert_eq!(found[1].3.as_deref(), Some("1990"), "{found:?}");
}

#[test]
fn a_mention_told_as_another_occasion_stays_apart() {
    // references.tsv `other_occasion` ("their previous meeting") and
    // `other_occasion_after` ("uji coba … sebelumnya"): with neither mention
    // dated, the wording alone keeps them apart, and the other occasion is
    // left undated rather than given the publication's month.
    let found = events(
        "en",
        "2024-06-20 10:00:00",
        "Lloyd Austin met Chinese Defence Minister Dong Jun in Singapore. \
         Their previous meeting was held in Jakarta.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Singapore"), "{found:?}");
    assert_eq!(found[1].2.as_deref(), Some("Jakarta"), "{found:?}");
    assert_eq!(found[1].3, None, "{found:?}");
    let found = events(
        "id",
        "2024-06-20 10:00:00",
        "Pakistan menguji rudal balistik Shaheen-III. \
         Uji coba Shaheen-III sebelumnya dilakukan di Laut Arab.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].3.as_deref(), Some("2024-06"), "{found:?}");
    assert_eq!(found[1].2.as_deref(), Some("Arabian_Sea"), "{found:?}");
}

#[test]
fn a_drill_of_some_of_the_parties_in_another_month_is_another_drill() {
    // merge::merge_into: an undated drill told first is the article's present.
    let cases = [
        ("id", "TNI AL dan Angkatan Laut Rusia menggelar latihan bersama di Surabaya. TNI juga menggelar latihan bersama dengan AS di Jawa Timur pada Agustus lalu."),
        ("en", "Indonesia and Russia are holding a joint naval exercise off Surabaya. Indonesia also held a joint exercise with the United States in East Java in August."),
    ];
    for (language, text) in cases {
        let found: Vec<_> = events(language, "2024-11-05 09:00:00", text)
            .into_iter()
            .filter(|e| e.0 == "MilitaryExercise")
            .collect();
        assert_eq!(found.len(), 2, "{text}: {found:?}");
    }
    // A later undated mention refers back to the drill told before it.
    let text = "Pada Agustus, AS dan Korea Selatan menggelar latihan militer gabungan. Ini merupakan latihan gabungan terbesar yang melibatkan kapal induk AS.";
    let found: Vec<_> = events("id", "2024-11-05 09:00:00", text)
        .into_iter()
        .filter(|e| e.0 == "MilitaryExercise")
        .collect();
    assert_eq!(found.len(), 1, "{text}: {found:?}");
}
